#include "diagrampainter.h"

#include "componenticons.h"
#include "svgwriter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Infra {

DiagramPainter::DiagramPainter(DiagramStyle style)
    : m_style(std::move(style))
    , m_elisions(std::make_unique<ElisionCache>())
{
}

DiagramPainter::DiagramPainter(const DiagramPainter &other)
    : m_style(other.m_style)
    , m_presentation(other.m_presentation)
    , m_elisions(std::make_unique<ElisionCache>())
{
}

DiagramPainter &DiagramPainter::operator=(const DiagramPainter &other)
{
    if (this != &other) {
        m_style = other.m_style;
        m_presentation = other.m_presentation;
        m_elisions = std::make_unique<ElisionCache>();
    }
    return *this;
}

DiagramPainter::DiagramPainter(DiagramPainter &&other) noexcept = default;
DiagramPainter &DiagramPainter::operator=(DiagramPainter &&other) noexcept = default;
DiagramPainter::~DiagramPainter() = default;

QString DiagramPainter::elidedText(const QFont &font, const QString &text, qreal width) const
{
    if (!m_elisions) // moved from
        return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
    const std::lock_guard lock(m_elisions->mutex);
    // The canvas's painter lives as long as the window: texts edited away are forgotten now and then.
    if (m_elisions->entries.size() > 20000)
        m_elisions->entries.clear();
    std::vector<ElisionCache::Entry> &entries = m_elisions->entries[text];
    for (const ElisionCache::Entry &e : entries) {
        // Compared as numbers: a NaN width is never found again, and simply asked again.
        if (!e.advance && e.width == width && e.font == font)
            return e.elided;
    }
    ++m_elisions->computed;
    QString elided = QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
    entries.push_back({font, width, elided, false});
    return elided;
}

qreal DiagramPainter::horizontalAdvance(const QFont &font, const QString &text) const
{
    if (!m_elisions)
        return QFontMetricsF(font).horizontalAdvance(text);
    const std::lock_guard lock(m_elisions->mutex);
    if (m_elisions->entries.size() > 20000)
        m_elisions->entries.clear();
    std::vector<ElisionCache::Entry> &entries = m_elisions->entries[text];
    for (const ElisionCache::Entry &e : entries) {
        if (e.advance && e.font == font)
            return e.width;
    }
    ++m_elisions->computed;
    const qreal advance = QFontMetricsF(font).horizontalAdvance(text);
    entries.push_back({font, advance, QString(), true});
    return advance;
}

int DiagramPainter::elisionsComputed() const
{
    if (!m_elisions)
        return 0;
    const std::lock_guard lock(m_elisions->mutex);
    return m_elisions->computed;
}

void DiagramPainter::paintBackground(QPainter *painter, const QRectF &sceneRect, bool grid) const
{
    painter->fillRect(sceneRect, m_style.background);
    if (!grid)
        return;
    const qreal step = m_style.gridSize;
    // Thin out the grid when zoomed out so it stays a texture rather than a grey wash.
    const qreal scale = painter->worldTransform().m11();
    qreal s = step;
    while (s * scale < 12)
        s *= 2;
    painter->save();
    QPen pen(m_style.gridDot, 1.5 / scale);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    const qreal x0 = std::floor(sceneRect.left() / s) * s;
    const qreal y0 = std::floor(sceneRect.top() / s) * s;
    QList<QPointF> dots;
    for (qreal y = y0; y <= sceneRect.bottom(); y += s) {
        for (qreal x = x0; x <= sceneRect.right(); x += s)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
    painter->restore();
}

void DiagramPainter::paintNode(QPainter *painter, const QRectF &rect, const NodeVisual &node, qreal viewScale) const
{
    const DiagramStyle &s = m_style;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Card with a soft shadow, a tier-coloured stripe on the left and the selection ring.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 18));
    painter->drawRoundedRect(rect.translated(0, 2), s.cornerRadius, s.cornerRadius);
    painter->setBrush(s.nodeFill);
    painter->setPen(node.selected ? QPen(s.selection, 2.5) : QPen(node.hovered ? s.secondaryText : s.nodeBorder, 1));
    painter->drawRoundedRect(rect, s.cornerRadius, s.cornerRadius);

    const QColor tier = s.tierColor(kindTier(node.kind));
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 2 * s.cornerRadius, rect.height()), s.cornerRadius, s.cornerRadius);
    QPainterPath clip;
    clip.addRect(QRectF(rect.left(), rect.top(), 5, rect.height()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(tier);
    painter->drawPath(stripe.intersected(clip));

    const qreal left = rect.left() + s.padding + 4;
    const QRectF iconRect(left, rect.top() + s.padding, s.iconSize, s.iconSize);
    ComponentIcons::paint(painter, node.kind, iconRect);

    if (viewScale < compactBelow() || m_presentation) {
        const bool text = viewScale >= textHiddenBelow();
        if (text)
            paintCompactText(painter, rect, iconRect, node, viewScale);
        paintBadges(painter, rect, node, std::min(1.8, 0.9 / viewScale), text);
        painter->restore();
        return;
    }

    const qreal textLeft = iconRect.right() + 8;
    const qreal badgeSpace = (node.errors || node.warnings || node.infos) ? 28 : 0;
    const qreal textWidth = rect.right() - s.padding - textLeft;

    painter->setPen(s.text);
    painter->setFont(s.nameFont);
    const QFontMetricsF nameMetrics(s.nameFont);
    SvgWriter::drawText(painter, QRectF(textLeft, rect.top() + s.padding, textWidth - badgeSpace, nameMetrics.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, elidedText(s.nameFont, node.name, textWidth - badgeSpace));

    const QFontMetricsF detailMetrics(s.detailFont);
    painter->setFont(s.detailFont);
    painter->setPen(s.secondaryText);
    SvgWriter::drawText(painter, QRectF(textLeft, rect.top() + s.padding + nameMetrics.height() + 1, textWidth, detailMetrics.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, elidedText(s.detailFont, node.subtitle, textWidth));

    // Key parameters under the icon, across the whole card.
    painter->setPen(s.text);
    qreal y = iconRect.bottom() + 6;
    const qreal fullWidth = rect.right() - s.padding - left;
    // The cost at the end of the last line, as wide as it needs ("$1,392/Monat" in German).
    QFont costFont = s.detailFont;
    costFont.setWeight(QFont::DemiBold);
    const qreal costWidth = node.cost.isEmpty() ? 0 : std::max<qreal>(64, horizontalAdvance(costFont, node.cost) + 6);
    for (int i = 0; i < std::min<qsizetype>(2, node.details.size()); ++i) {
        const bool last = i == 1;
        const qreal width = last ? fullWidth - costWidth : fullWidth;
        SvgWriter::drawText(painter, QRectF(left, y, width, detailMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                            elidedText(s.detailFont, node.details.at(i), width));
        y += detailMetrics.height();
    }
    if (!node.cost.isEmpty()) {
        painter->setFont(costFont);
        painter->setPen(s.text);
        SvgWriter::drawText(painter,
                            QRectF(rect.right() - s.padding - costWidth, rect.bottom() - s.padding - detailMetrics.height(), costWidth,
                                   detailMetrics.height()),
                            Qt::AlignRight | Qt::AlignVCenter, node.cost);
    }
    paintBadges(painter, rect, node);
    painter->restore();
}

void DiagramPainter::paintCompactText(QPainter *painter, const QRectF &rect, const QRectF &iconRect, const NodeVisual &node,
                                      qreal viewScale) const
{
    // Seen from afar: the name in up to two lines, large enough to read on screen (about
    // 10-11 px), and the monthly cost; the kind and key parameters would be a grey smudge.
    const DiagramStyle &s = m_style;
    QFont nameFont = s.nameFont;
    // Presentation: the compact card at every zoom, its name at least 17 px in the scene (13 px
    // in the normal card); up to 22 px so that two lines of name and the cost fit the card.
    const qreal nameTarget = m_presentation ? 14.0 : 11.0;
    const qreal costTarget = m_presentation ? 12.0 : 9.5;
    nameFont.setPixelSize(int(std::clamp(nameTarget / viewScale, m_presentation ? 17.0 : 14.0, compactNamePx())));
    const QFontMetricsF nameMetrics(nameFont);
    QFont costFont = s.detailFont;
    costFont.setWeight(QFont::DemiBold);
    costFont.setPixelSize(int(std::clamp(costTarget / viewScale, m_presentation ? 13.0 : 11.0, m_presentation ? 17.0 : 19.0)));
    const QFontMetricsF costMetrics(costFont);

    const qreal textLeft = iconRect.right() + 8;
    const qreal textWidth = rect.right() - s.padding - textLeft;
    const qreal costHeight = node.cost.isEmpty() ? 0 : costMetrics.height();
    const qreal nameHeight = rect.height() - 2 * s.padding - costHeight;
    // Break at word boundaries; a second line that still overflows is elided.
    QStringList lines;
    QString line;
    const QStringList words = node.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && nameMetrics.horizontalAdvance(candidate) > textWidth && lines.size() < 1) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    lines << line;
    const int maxLines = std::max(1, int(nameHeight / nameMetrics.height()));
    // (Taken first: in `a += b` C++17 evaluates b first, and takeLast() would shift the index.)
    while (lines.size() > maxLines) {
        const QString last = lines.takeLast();
        lines.last() += QLatin1Char(' ') + last;
    }
    painter->setFont(nameFont);
    painter->setPen(s.text);
    qreal y = rect.top() + s.padding + std::max<qreal>(0, (nameHeight - lines.size() * nameMetrics.height()) / 2);
    for (const QString &l : std::as_const(lines)) {
        SvgWriter::drawText(painter, QRectF(textLeft, y, textWidth, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                            elidedText(nameFont, l, textWidth));
        y += nameMetrics.height();
    }
    if (!node.cost.isEmpty()) {
        painter->setFont(costFont);
        painter->setPen(s.secondaryText);
        SvgWriter::drawText(painter,
                            QRectF(rect.left() + s.padding, rect.bottom() - s.padding - costHeight, rect.width() - 2 * s.padding, costHeight),
                            Qt::AlignRight | Qt::AlignVCenter, node.cost);
    }
}

void DiagramPainter::paintBadges(QPainter *painter, const QRectF &rect, const NodeVisual &node, qreal grow, bool showText) const
{
    // Without text (too small to read), each pill as wide as with its count.
    // One pill per severity present, right-aligned on the top edge, worst first.
    struct Badge { int count; QColor color; };
    const Badge badges[] = {{node.errors, m_style.error}, {node.warnings, m_style.warning}, {node.infos, m_style.info}};
    QFont font = m_style.labelFont;
    font.setWeight(QFont::Bold);
    font.setPixelSize(int(font.pixelSize() * grow));
    painter->setFont(font);
    qreal right = rect.right() - 6;
    const qreal h = 16 * grow;
    const qreal top = rect.top() - h / 2;
    for (const Badge &b : badges) {
        if (b.count <= 0)
            continue;
        const QString text = QString::number(b.count);
        const qreal w = std::max(h, horizontalAdvance(font, text) + 10 * grow);
        const QRectF pill(right - w, top, w, h);
        painter->setPen(QPen(m_style.nodeFill, 1.5));
        painter->setBrush(b.color);
        painter->drawRoundedRect(pill, h / 2, h / 2);
        if (showText) {
            painter->setPen(Qt::white);
            SvgWriter::drawText(painter, pill, Qt::AlignCenter, text);
        }
        right = pill.left() - 3;
    }
}

void DiagramPainter::paintEdge(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge, bool highlighted) const
{
    if (route.points.size() < 2)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = highlighted ? m_style.selection : (edge.explicitLink ? m_style.explicitEdge : m_style.edge);
    if (edge.api && !highlighted)
        color.setAlpha(90); // IAM-only API calls recede behind the network connections
    QPen pen(color, edgePenWidth(edge, highlighted));
    if (edge.explicitLink)
        pen.setStyle(Qt::DashLine);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);

    // Orthogonal polyline with rounded corners.
    QPainterPath path(route.points.first());
    const qreal radius = 6;
    for (qsizetype i = 1; i + 1 < route.points.size(); ++i) {
        const QPointF a = route.points[i - 1], b = route.points[i], c = route.points[i + 1];
        const QLineF in(b, a), out(b, c);
        const qreal r = std::min({radius, in.length() / 2, out.length() / 2});
        const QPointF p1 = in.pointAt(in.length() > 0 ? r / in.length() : 0);
        const QPointF p2 = out.pointAt(out.length() > 0 ? r / out.length() : 0);
        path.lineTo(p1);
        path.quadTo(b, p2);
    }
    const QPointF tip = route.points.last();
    const QPointF before = route.points[route.points.size() - 2];
    const QLineF lastLeg(tip, before);
    const qreal arrow = 7;
    path.lineTo(lastLeg.pointAt(lastLeg.length() > arrow ? arrow / lastLeg.length() : 0));
    painter->drawPath(path);

    // Arrow head at the target.
    const QLineF dir(before, tip);
    const qreal angle = std::atan2(dir.dy(), dir.dx());
    QPolygonF head;
    head << tip << tip - QPointF(std::cos(angle - 0.45) * arrow, std::sin(angle - 0.45) * arrow)
         << tip - QPointF(std::cos(angle + 0.45) * arrow, std::sin(angle + 0.45) * arrow);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
    painter->restore();
}

void DiagramPainter::paintEdgeLabel(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge) const
{
    if (edge.label.isEmpty() || route.labelRect.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge.explicitLink ? m_style.explicitEdge : m_style.nodeBorder, 0.8));
    painter->setBrush(m_style.labelFill);
    painter->drawRoundedRect(route.labelRect, 4, 4);
    painter->setFont(m_style.labelFont);
    painter->setPen(edge.explicitLink ? m_style.explicitEdge : m_style.secondaryText);
    SvgWriter::drawText(painter, route.labelRect, Qt::AlignCenter, edge.label);
    painter->restore();
}

void DiagramPainter::paintLinkDraft(QPainter *painter, const QPointF &from, const QPointF &to) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_style.explicitEdge, 1.6, Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(from, to);
    painter->setBrush(m_style.explicitEdge);
    painter->drawEllipse(to, 3.5, 3.5);
    painter->restore();
}

QSizeF DiagramPainter::labelSize(const QString &label) const
{
    const QFontMetricsF fm(m_style.labelFont);
    return {fm.horizontalAdvance(label) + 8, fm.height() + 2};
}

} // namespace Infra
