#include "svgwriter.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Infra {

namespace {

// The resolution the device reports, as QSvgGenerator's default: the diagram's fonts have
// pixel sizes, so the layout does not depend on it.
constexpr int kDpi = 72;

void appendInteger(QByteArray &out, unsigned long long n)
{
    char digits[24];
    int i = 0;
    do {
        digits[i++] = char('0' + n % 10);
        n /= 10;
    } while (n);
    while (i)
        out += digits[--i];
}

// A number with at most `decimals` decimals and no trailing zeros ("12", "3.5", "-0.25"):
// shorter than QTextStream's six significant digits, exact enough for scene units, and the
// same bytes on every run.
void appendNumber(QByteArray &out, qreal value, int decimals = 3)
{
    static constexpr qreal kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (!std::isfinite(value))
        value = 0;
    const qreal scaled = std::round(std::abs(value) * kScale[decimals]);
    if (scaled >= 9e15) { // not a diagram coordinate, but written correctly all the same
        out += QByteArray::number(value, 'g', 15);
        return;
    }
    const auto n = static_cast<unsigned long long>(scaled);
    if (n == 0) {
        out += '0';
        return;
    }
    if (value < 0)
        out += '-';
    const auto unit = static_cast<unsigned long long>(kScale[decimals]);
    appendInteger(out, n / unit);
    unsigned long long fraction = n % unit;
    if (!fraction)
        return;
    int width = decimals;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --width;
    }
    out += '.';
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + fraction % 10);
        fraction /= 10;
    }
    out.append(digits, width);
}

void appendPoint(QByteArray &out, const QPointF &p)
{
    appendNumber(out, p.x());
    out += ' ';
    appendNumber(out, p.y());
}

void appendAttribute(QByteArray &out, const char *name, qreal value, int decimals = 3)
{
    out += ' ';
    out += name;
    out += "=\"";
    appendNumber(out, value, decimals);
    out += '"';
}

void appendColor(QByteArray &out, const char *name, const char *opacityName, const QColor &color, qreal opacity)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QRgb rgb = color.rgba();
    const int channels[] = {qRed(rgb), qGreen(rgb), qBlue(rgb)};
    out += ' ';
    out += name;
    out += "=\"#";
    for (const int c : channels) {
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    out += '"';
    const qreal alpha = qAlpha(rgb) / 255.0 * opacity;
    if (alpha < 1)
        appendAttribute(out, opacityName, alpha);
}

// Text and attribute values, escaped for XML; characters XML 1.0 cannot carry are left out.
void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n')
                out += c;
        }
    }
}

// The CSS font-family of a QFont: its family, then the generic family a browser falls back to.
// Qt's default family on Linux is fontconfig's alias "Sans Serif", which no browser knows: alone
// it is drawn in the browser's default face, a serif one. The family is written unquoted when
// it is a run of CSS identifiers ("Sans Serif", "DejaVu Sans"), which every reader takes as one
// name (Qt's SVG renderer strips one pair of quotes around the whole list, so a quoted first
// name would lose its closing quote there), and in single quotes otherwise.
void appendFontFamily(QByteArray &out, const QFont &font)
{
    const QString family = font.family();
    const QString lower = family.toLower();
    const char *generic = "sans-serif";
    switch (font.styleHint()) {
    case QFont::Serif: generic = "serif"; break;
    case QFont::TypeWriter:
    case QFont::Monospace: generic = "monospace"; break;
    case QFont::Cursive: generic = "cursive"; break;
    case QFont::Fantasy: generic = "fantasy"; break;
    default:
        // fontconfig's aliases name their generic family.
        if (lower == QLatin1String("serif"))
            generic = "serif";
        else if (lower == QLatin1String("monospace") || lower == QLatin1String("mono"))
            generic = "monospace";
        break;
    }
    if (family.isEmpty()) {
        out += generic;
        return;
    }
    // Identifiers: no leading digit or "-digit"/"--", then letters, digits, '-', '_' or non-ASCII.
    bool identifiers = true;
    for (const QStringView word : QStringView(family).split(QLatin1Char(' '))) {
        if (word.isEmpty() || word.front().isDigit() || (word.front() == QLatin1Char('-') && (word.size() < 2 || word[1].isDigit() || word[1] == QLatin1Char('-')))) {
            identifiers = false;
            break;
        }
        for (const QChar c : word) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c.unicode() >= 0x80)) {
                identifiers = false;
                break;
            }
        }
    }
    if (identifiers) {
        appendEscaped(out, family);
    } else {
        QString quoted = family;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        out += '\'';
        appendEscaped(out, quoted);
        out += '\'';
    }
    if (lower != QLatin1String(generic)) {
        out += ", ";
        out += generic;
    }
}

QColor brushColor(const QBrush &brush)
{
    if (const QGradient *g = brush.gradient(); g && !g->stops().isEmpty())
        return g->stops().constFirst().second;
    return brush.color();
}

} // namespace

class SvgPaintEngine : public QPaintEngine
{
public:
    static constexpr Type kType = Type(QPaintEngine::User + 19);

    SvgPaintEngine()
        : QPaintEngine(PaintEngineFeatures(QPaintEngine::AllFeatures) & ~PaintEngineFeatures(QPaintEngine::PatternBrush)
                       & ~PaintEngineFeatures(QPaintEngine::PerspectiveTransform)
                       & ~PaintEngineFeatures(QPaintEngine::ConicalGradientFill) & ~PaintEngineFeatures(QPaintEngine::PorterDuff))
    {
    }

    QByteArray out;

    bool begin(QPaintDevice *device) override
    {
        m_writer = static_cast<SvgWriter *>(device);
        out.clear();
        m_outputOk = true;
        m_groupOpen = false;
        m_groupAttributes.clear();
        m_symbols.clear();
        m_symbolIds.clear();
        m_textLayouts.clear();
        m_textStats = {};
        m_pen = QPen();
        m_brush = QBrush();
        m_transform = QTransform();
        m_opacity = 1;
        m_font = QFont();
        if (m_writer->m_fragment)
            return true;
        const QSizeF size = m_writer->m_size;
        out.reserve(m_writer->m_output ? SvgWriter::kOutputPart + 32 * 1024 : 64 * 1024);
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.2\" "
               "baseProfile=\"tiny\"";
        // In millimetres at the device's 72 dpi, as QSvgGenerator wrote them (the same size in
        // a browser and in the review report as before).
        out += " width=\"";
        appendNumber(out, size.width() * 25.4 / kDpi);
        out += "mm\" height=\"";
        appendNumber(out, size.height() * 25.4 / kDpi);
        out += "mm\"";
        out += " viewBox=\"0 0 ";
        appendPoint(out, QPointF(size.width(), size.height()));
        out += "\" fill-rule=\"evenodd\">\n<title>";
        appendEscaped(out, m_writer->m_title);
        out += "</title>\n<desc>";
        appendEscaped(out, m_writer->m_description);
        out += "</desc>\n";
        if (!m_writer->m_topLeft.isNull()) {
            out += "<g transform=\"translate(";
            appendPoint(out, QPointF() - m_writer->m_topLeft);
            out += ")\">\n";
        }
        return true;
    }

    bool end() override
    {
        closeGroup();
        if (!m_writer->m_fragment && !m_writer->m_topLeft.isNull())
            out += "</g>\n";
        if (!m_writer->m_fragment)
            out += "</svg>\n";
        handOver(0);
        return true;
    }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyOpacity)
            m_opacity = state.opacity();
        if (flags & DirtyFont)
            m_font = state.font();
    }

    void drawPath(const QPainterPath &path) override
    {
        if (!drawsOutsideText())
            return;
        if (path.isEmpty())
            return;
        openGroup();
        out += "<path";
        if (path.fillRule() == Qt::WindingFill)
            out += " fill-rule=\"nonzero\"";
        out += " d=\"";
        // A closed figure (a rounded rectangle) ends where it began: written with 'Z' so that
        // its stroke joins there as Qt's stroker joins it, not with two line caps.
        QPointF start, last;
        int segments = 0;
        const auto closeIfReturned = [&] {
            if (segments > 0 && start == last)
                out += "Z ";
        };
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            switch (e.type) {
            case QPainterPath::MoveToElement:
                closeIfReturned();
                out += 'M';
                start = last = e;
                segments = 0;
                appendPoint(out, e);
                break;
            case QPainterPath::LineToElement:
                out += 'L';
                last = e;
                ++segments;
                appendPoint(out, e);
                break;
            case QPainterPath::CurveToElement:
                out += 'C';
                appendPoint(out, e);
                last = e;
                for (int k = 0; k < 2 && i + 1 < path.elementCount(); ++k) {
                    const QPainterPath::Element d = path.elementAt(++i);
                    out += ' ';
                    appendPoint(out, d);
                    last = d;
                }
                ++segments;
                break;
            case QPainterPath::CurveToDataElement: // consumed with its CurveToElement
                continue;
            }
            out += ' ';
        }
        closeIfReturned();
        if (out.endsWith(' '))
            out.chop(1);
        out += "\"/>\n";
    }

    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override
    {
        if (!drawsOutsideText())
            return;
        if (pointCount < 1)
            return;
        openGroup();
        if (mode == PolylineMode) {
            out += "<polyline fill=\"none\" points=\"";
        } else {
            out += mode == WindingMode ? "<polygon fill-rule=\"nonzero\" points=\"" : "<polygon points=\"";
        }
        for (int i = 0; i < pointCount; ++i) {
            if (i)
                out += ' ';
            appendPoint(out, points[i]);
        }
        out += "\"/>\n";
    }

    void drawRects(const QRectF *rects, int rectCount) override
    {
        if (!drawsOutsideText())
            return;
        openGroup();
        for (int i = 0; i < rectCount; ++i) {
            const QRectF r = rects[i].normalized();
            out += "<rect";
            appendAttribute(out, "x", r.x());
            appendAttribute(out, "y", r.y());
            appendAttribute(out, "width", r.width());
            appendAttribute(out, "height", r.height());
            out += "/>\n";
        }
    }

    void drawEllipse(const QRectF &r) override
    {
        if (!drawsOutsideText())
            return;
        openGroup();
        out += "<ellipse";
        appendAttribute(out, "cx", r.center().x());
        appendAttribute(out, "cy", r.center().y());
        appendAttribute(out, "rx", r.width() / 2);
        appendAttribute(out, "ry", r.height() / 2);
        out += "/>\n";
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        if (m_recording) {
            m_recording->push_back({p, item.text(), item.font(), item.renderFlags(), item.width(), item.ascent() + item.descent()});
            if (m_recordOnly)
                return;
        }
        writeText(p, item.text(), item.font(), item.renderFlags());
    }

    // What drawTextItem() writes for a run of text whose baseline starts at `p`.
    void writeText(const QPointF &p, const QString &text, const QFont &font, QTextItem::RenderFlags renderFlags)
    {
        if (text.isEmpty() || m_pen.style() == Qt::NoPen)
            return;
        openGroup();
        out += "<text";
        appendAttribute(out, "x", p.x());
        appendAttribute(out, "y", p.y());
        // Text is drawn with the pen's colour; SVG fills glyphs.
        appendColor(out, "fill", "fill-opacity", m_pen.color(), m_opacity);
        out += " stroke=\"none\" font-family=\"";
        appendFontFamily(out, font);
        out += '"';
        const qreal size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * kDpi / 72.0;
        appendAttribute(out, "font-size", size);
        if (font.weight() != QFont::Normal)
            appendAttribute(out, "font-weight", font.weight());
        if (font.style() != QFont::StyleNormal)
            out += font.style() == QFont::StyleItalic ? " font-style=\"italic\"" : " font-style=\"oblique\"";
        if (renderFlags & (QTextItem::Underline | QTextItem::Overline | QTextItem::StrikeOut)) {
            out += " text-decoration=\"";
            out += renderFlags & QTextItem::Underline ? "underline" : renderFlags & QTextItem::Overline ? "overline" : "line-through";
            out += '"';
        }
        out += " xml:space=\"preserve\">";
        appendEscaped(out, text);
        out += "</text>\n";
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        drawImage(r, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &source, Qt::ImageConversionFlags) override
    {
        if (!drawsOutsideText())
            return;
        // Not drawn by the diagram; written correctly all the same, as an embedded PNG.
        const QImage part = source == QRectF(image.rect()) ? image : image.copy(source.toAlignedRect());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!part.save(&buffer, "PNG"))
            return;
        openGroup();
        out += "<image";
        appendAttribute(out, "x", r.x());
        appendAttribute(out, "y", r.y());
        appendAttribute(out, "width", r.width());
        appendAttribute(out, "height", r.height());
        out += " preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,";
        out += png.toBase64();
        out += "\"/>\n";
    }

    Type type() const override { return kType; }

    void drawText(QPainter *painter, const QRectF &rect, int flags, const QString &text)
    {
        // Reusable: a text in a box whose corners are multiples of 1/64 (QFixed, Qt's text unit),
        // drawn with a visible pen on a transparent background and without decorations (their
        // lines are drawn apart from the text). Anything else is laid out by Qt every time.
        const QFont &font = painter->font();
        const auto onGrid = [](qreal v) { return std::abs(v) < 16777216 && v * 64 == std::trunc(v * 64); };
        if (m_recording || text.isEmpty() || painter->pen().style() == Qt::NoPen || painter->backgroundMode() != Qt::TransparentMode
            || font.underline() || font.overline() || font.strikeOut() || !onGrid(rect.x()) || !onGrid(rect.y())
            || !onGrid(rect.width()) || !onGrid(rect.height())) {
            painter->drawText(rect, flags, text);
            return;
        }
        const QTransform &transform = painter->deviceTransform();
        std::vector<TextLayout> &layouts = m_textLayouts[text];
        const auto found = std::find_if(layouts.begin(), layouts.end(), [&](const TextLayout &l) {
            return l.flags == flags && l.size == rect.size() && l.font == font && l.transform == transform;
        });
        if (found == layouts.end()) {
            // Drawn by Qt (and written) while its runs are recorded: a layout to reuse if the
            // text comes again.
            ++m_textStats.laidOut;
            std::vector<TextRun> runs;
            const bool onlyText = record(&runs, false, [&] { painter->drawText(rect, flags, text); });
            if (onlyText) {
                for (TextRun &run : runs)
                    run.position -= rect.topLeft(); // exact: multiples of 1/64 well inside a double's precision
                TextLayout layout{flags, rect.size(), font, transform, std::move(runs), {}};
                // How far from the box's corner the alignment can put the text's origin, at
                // most: the box's size and the text's own (its runs' widths and heights).
                layout.reachX = std::abs(rect.width()) + 64;
                layout.reachY = std::abs(rect.height()) + 64;
                for (const TextRun &run : layout.runs) {
                    layout.reachX += std::abs(run.width);
                    layout.reachY += std::abs(run.height);
                }
                layouts.push_back(std::move(layout));
            }
            return;
        }
        TextLayout &layout = *found;
        if (!layout.checked) {
            // Qt places text in QFixed units (1/64) from the box's corner, truncating towards
            // zero: moving the box by a multiple of 1/64 moves every run by as much, unless the
            // alignment puts the text's origin half a unit off that grid, where the truncation
            // turns at zero. So the text is laid out once more on each side of zero, far from
            // it and at odd fractions, when it is first to be reused: along an axis where the
            // two agree, the runs are placed the same anywhere; where they do not, each side's
            // runs are reused only far enough from zero for the text's origin to stay on it.
            layout.checked = true;
            m_textStats.laidOut += 2;
            std::vector<TextRun> sides[2];
            bool onlyText = true;
            for (int i = 0; i < 2; ++i) {
                const qreal side = i == 0 ? 1 : -1;
                const QPointF moved(side * 16384 + 13.0 / 64, side * 16384 + 37.0 / 64);
                onlyText = record(&sides[i], true, [&] { painter->drawText(QRectF(moved, rect.size()), flags, text); }) && onlyText;
                for (TextRun &run : sides[i])
                    run.position -= moved; // exact, as above
            }
            layout.sameX = layout.sameY = onlyText && sides[0].size() == sides[1].size() && sides[0].size() == layout.runs.size();
            for (size_t i = 0; (layout.sameX || layout.sameY) && i < sides[0].size(); ++i) {
                const TextRun &a = sides[0][i], &b = sides[1][i], &first = layout.runs[i];
                const bool sameRun = b.text == a.text && b.font == a.font && b.renderFlags == a.renderFlags && b.width == a.width
                    && a.text == first.text && a.font == first.font && a.renderFlags == first.renderFlags;
                layout.sameX = layout.sameX && sameRun && a.position.x() == b.position.x();
                layout.sameY = layout.sameY && sameRun && a.position.y() == b.position.y();
            }
            layout.usable = onlyText && sides[0].size() == sides[1].size() && sides[0].size() == layout.runs.size();
            layout.runs = std::move(sides[0]);
            layout.negativeRuns = std::move(sides[1]);
        }
        if (layout.usable) {
            const int sideX = layout.sameX ? 1 : layout.sideOf(rect.x(), layout.reachX);
            const int sideY = layout.sameY ? 1 : layout.sideOf(rect.y(), layout.reachY);
            if (sideX && sideY) {
                ++m_textStats.reused;
                syncState();
                for (size_t i = 0; i < layout.runs.size(); ++i) {
                    const TextRun &run = layout.runs[i];
                    const QPointF &x = (sideX > 0 ? run : layout.negativeRuns[i]).position;
                    const QPointF &y = (sideY > 0 ? run : layout.negativeRuns[i]).position;
                    writeText(rect.topLeft() + QPointF(x.x(), y.y()), run.text, run.font, run.renderFlags);
                }
                return;
            }
        }
        ++m_textStats.laidOut;
        painter->drawText(rect, flags, text);
    }

    SvgWriter::TextStats textStats() const { return m_textStats; }

    void drawSymbol(const QString &key, const QRectF &rect, const std::function<void(QPainter *, const QRectF &)> &draw)
    {
        syncState();
        QByteArray mapKey = key.toUtf8() + '@';
        appendPoint(mapKey, QPointF(rect.width(), rect.height()));
        auto it = m_symbols.constFind(mapKey);
        if (it == m_symbols.cend()) {
            // An id that is an XML name: the key's letters, digits, '-' and '_'; a second size of
            // the same key gets a number.
            QByteArray id = "infra-";
            for (const char c : key.toUtf8()) {
                const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                id += ok ? c : '_';
            }
            const int seen = m_symbolIds.value(id);
            m_symbolIds.insert(id, seen + 1);
            if (seen > 0)
                id += '-' + QByteArray::number(seen + 1);
            SvgWriter symbol(rect.size());
            symbol.m_fragment = true;
            {
                QPainter painter(&symbol);
                draw(&painter, QRectF(QPointF(0, 0), rect.size()));
            }
            // Defined where first used (the attributes a <use> copies inherit from the <use>, and
            // the symbol's groups set every one they need), before any <use> of it; outside the
            // group of what was drawn before, so that a part (insertPart()) that defines it
            // writes what the document would have.
            closeGroup();
            out += "<defs><g id=\"";
            out += id;
            out += "\">\n";
            out += symbol.data();
            out += "</g></defs>\n";
            it = m_symbols.insert(mapKey, id);
        }
        openGroup();
        out += "<use xlink:href=\"#";
        out += it.value();
        out += '"';
        appendAttribute(out, "x", rect.x());
        appendAttribute(out, "y", rect.y());
        if (m_opacity < 1)
            appendAttribute(out, "opacity", m_opacity);
        out += "/>\n";
    }

    bool insertPart(SvgWriter &partWriter)
    {
        const SvgPaintEngine &part = *partWriter.m_engine;
        for (auto it = part.m_symbolIds.cbegin(); it != part.m_symbolIds.cend(); ++it) {
            if (m_symbolIds.contains(it.key()))
                return false;
        }
        for (const QByteArray &id : part.m_symbols) {
            for (const QByteArray &taken : m_symbols) {
                if (id == taken)
                    return false;
            }
        }
        closeGroup();
        for (auto it = part.m_symbols.cbegin(); it != part.m_symbols.cend(); ++it)
            m_symbols.insert(it.key(), it.value());
        for (auto it = part.m_symbolIds.cbegin(); it != part.m_symbolIds.cend(); ++it)
            m_symbolIds.insert(it.key(), it.value());
        m_textStats.laidOut += part.m_textStats.laidOut;
        m_textStats.reused += part.m_textStats.reused;
        const qsizetype outputPart = m_writer->m_outputPart;
        const auto insert = [&](QByteArrayView rest) {
            if (!m_writer->m_output) {
                out += rest;
                return;
            }
            // Handed over in parts of the promised size, as if drawn here.
            while (!rest.isEmpty()) {
                const qsizetype take = std::min(rest.size(), std::max<qsizetype>(outputPart - out.size(), 1));
                out += rest.first(take);
                rest = rest.sliced(take);
                handOver(outputPart);
            }
        };
        for (QByteArray &piece : partWriter.m_pieces) {
            insert(piece);
            piece = QByteArray(); // back to the heap for what is drawn next
        }
        partWriter.m_pieces.clear();
        insert(part.out);
        return true;
    }

private:
    void groupAttributes(QByteArray &a) const
    {
        if (m_brush.style() == Qt::NoBrush)
            a += " fill=\"none\"";
        else
            appendColor(a, "fill", "fill-opacity", brushColor(m_brush), m_opacity);
        if (m_pen.style() == Qt::NoPen) {
            a += " stroke=\"none\"";
        } else {
            appendColor(a, "stroke", "stroke-opacity", m_pen.color(), m_opacity);
            const qreal width = m_pen.widthF() > 0 ? m_pen.widthF() : 1;
            appendAttribute(a, "stroke-width", width);
            if (m_pen.isCosmetic())
                a += " vector-effect=\"non-scaling-stroke\"";
            switch (m_pen.capStyle()) {
            case Qt::FlatCap: a += " stroke-linecap=\"butt\""; break;
            case Qt::RoundCap: a += " stroke-linecap=\"round\""; break;
            default: a += " stroke-linecap=\"square\""; break;
            }
            switch (m_pen.joinStyle()) {
            case Qt::RoundJoin: a += " stroke-linejoin=\"round\""; break;
            case Qt::BevelJoin: a += " stroke-linejoin=\"bevel\""; break;
            default:
                a += " stroke-linejoin=\"miter\"";
                appendAttribute(a, "stroke-miterlimit", m_pen.miterLimit());
                break;
            }
            if (m_pen.style() != Qt::SolidLine) {
                // Qt's dashes are in pen widths, SVG's in user units.
                a += " stroke-dasharray=\"";
                const QList<qreal> pattern = m_pen.dashPattern();
                for (qsizetype i = 0; i < pattern.size(); ++i) {
                    if (i)
                        a += ',';
                    appendNumber(a, pattern.at(i) * width);
                }
                a += '"';
                if (m_pen.dashOffset() != 0)
                    appendAttribute(a, "stroke-dashoffset", m_pen.dashOffset() * width);
            }
        }
        if (!m_transform.isIdentity()) {
            a += " transform=\"matrix(";
            const qreal m[] = {m_transform.m11(), m_transform.m12(), m_transform.m21(), m_transform.m22(), m_transform.dx(), m_transform.dy()};
            for (int i = 0; i < 6; ++i) {
                if (i)
                    a += ' ';
                appendNumber(a, m[i], i < 4 ? 6 : 3);
            }
            a += ")\"";
        }
    }

    // With an output, what has been written since the last part once it is `atLeast` bytes
    // (at the start of an element: every element begins with openGroup()).
    void handOver(qsizetype atLeast)
    {
        if (!m_writer->m_output || out.size() < atLeast || out.isEmpty())
            return;
        if (m_outputOk)
            m_outputOk = m_writer->m_output(QByteArrayView(out));
        out.truncate(0); // keeps the capacity
    }

    // The painter's state as the attributes of a <g>: a new group only when they changed.
    void openGroup()
    {
        handOver(m_writer->m_outputPart);
        m_scratch.clear();
        groupAttributes(m_scratch);
        if (m_groupOpen && m_scratch == m_groupAttributes)
            return;
        closeGroup();
        out += "<g";
        out += m_scratch;
        out += ">\n";
        m_groupAttributes = m_scratch;
        m_groupOpen = true;
    }

    void closeGroup()
    {
        if (m_groupOpen)
            out += "</g>\n";
        m_groupOpen = false;
    }

    SvgWriter *m_writer = nullptr;
    bool m_outputOk = true;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    qreal m_opacity = 1;
    QFont m_font;
    bool m_groupOpen = false;
    QByteArray m_groupAttributes;
    QByteArray m_scratch;
    QHash<QByteArray, QByteArray> m_symbols;  // key@size -> id
    QHash<QByteArray, int> m_symbolIds;       // id -> sizes seen

    // A run of text Qt's layout handed to drawTextItem(), at its position (relative to its box's
    // top left corner once in a TextLayout).
    struct TextRun
    {
        QPointF position;
        QString text;
        QFont font;
        QTextItem::RenderFlags renderFlags;
        qreal width = 0;
        qreal height = 0;
    };
    // The runs of one text drawn in a box of one size with one font, flags and transform.
    struct TextLayout
    {
        int flags;
        QSizeF size;
        QFont font;
        QTransform transform;
        std::vector<TextRun> runs; // relative to the box's top left corner
        // Until checked (when first to be reused), the runs as first drawn; then as drawn far
        // right of and below zero, and negativeRuns as drawn far left of and above it.
        std::vector<TextRun> negativeRuns;
        bool checked = false;
        bool usable = false;
        bool sameX = false; // the two sides place the runs alike along x: reused anywhere
        bool sameY = false;
        qreal reachX = 0;
        qreal reachY = 0;

        // The side of zero the text's origin lies on for a box at `at`: 0 when too close to tell.
        static int sideOf(qreal at, qreal reach) { return at > reach ? 1 : at < -reach ? -1 : 0; }
    };

    // Runs `draw` with the text runs it draws recorded into `runs` (and, with `only`, nothing
    // written); false when it drew anything other than text.
    template<typename Draw>
    bool record(std::vector<TextRun> *runs, bool only, Draw draw)
    {
        m_recording = runs;
        m_recordOnly = only;
        m_recordedOther = false;
        draw();
        m_recording = nullptr;
        m_recordOnly = false;
        return !m_recordedOther;
    }

    // Whether a draw call other than text is to be written (not while a text is laid out only
    // to be recorded).
    bool drawsOutsideText()
    {
        if (m_recording)
            m_recordedOther = true;
        return !m_recordOnly;
    }

    QHash<QString, std::vector<TextLayout>> m_textLayouts;
    std::vector<TextRun> *m_recording = nullptr;
    bool m_recordOnly = false;
    bool m_recordedOther = false;
    SvgWriter::TextStats m_textStats;
};

SvgWriter::SvgWriter(const QSizeF &size)
    : m_size(size)
    , m_engine(std::make_unique<SvgPaintEngine>())
{
}

SvgWriter::~SvgWriter() = default;

std::unique_ptr<SvgWriter> SvgWriter::part()
{
    // Its size only bounds the painter's default window and viewport, which stay the identity.
    auto part = std::make_unique<SvgWriter>(QSizeF(1 << 20, 1 << 20));
    part->m_fragment = true;
    // Below malloc's mmap threshold (128 KiB), so that a piece reuses freed heap.
    part->m_outputPart = 32 * 1024;
    part->m_output = [pieces = &part->m_pieces](QByteArrayView bytes) {
        pieces->emplace_back(bytes.data(), bytes.size());
        return true;
    };
    return part;
}

const QByteArray &SvgWriter::data() const
{
    return m_engine->out;
}

QPaintEngine *SvgWriter::paintEngine() const
{
    return m_engine.get();
}

bool SvgWriter::writesSvg(QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == SvgPaintEngine::kType;
}

void SvgWriter::writeSymbol(QPainter *painter, const QString &key, const QRectF &rect,
                            const std::function<void(QPainter *, const QRectF &)> &draw)
{
    static_cast<SvgPaintEngine *>(painter->paintEngine())->drawSymbol(key, rect, draw);
}

void SvgWriter::drawText(QPainter *painter, const QRectF &rect, int flags, const QString &text)
{
    QPaintEngine *engine = painter->paintEngine();
    if (engine && engine->type() == SvgPaintEngine::kType)
        static_cast<SvgPaintEngine *>(engine)->drawText(painter, rect, flags, text);
    else
        painter->drawText(rect, flags, text);
}

bool SvgWriter::insertPart(QPainter *painter, SvgWriter &part)
{
    if (!writesSvg(painter) || !part.m_fragment)
        return false;
    return static_cast<SvgPaintEngine *>(painter->paintEngine())->insertPart(part);
}

SvgWriter::TextStats SvgWriter::textStats() const
{
    return m_engine->textStats();
}

int SvgWriter::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return qRound(m_size.width());
    case PdmHeight: return qRound(m_size.height());
    case PdmWidthMM: return qRound(m_size.width() * 25.4 / kDpi);
    case PdmHeightMM: return qRound(m_size.height() * 25.4 / kDpi);
    case PdmNumColors: return int(0xffffffff);
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return kDpi;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return qRound(1 * QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace Infra
