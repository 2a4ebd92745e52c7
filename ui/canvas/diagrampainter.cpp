#include "diagrampainter.h"

#include "componenticons.h"
#include "svgwriter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintEngine>
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

    // Card with a soft shadow, a tier-coloured stripe on the left and the selection ring. Into
    // an SVG it is written once per look and size and placed with a <use> (SvgWriter::drawSymbol):
    // building and writing its three paths was half of a card's time and bytes.
    const QPen border = node.selected ? QPen(s.selection, 2.5) : QPen(node.hovered ? s.secondaryText : s.nodeBorder, 1);
    const QColor tier = s.tierColor(kindTier(node.kind));
    const QColor shadow(0, 0, 0, 18);
    const qreal radius = s.cornerRadius;
    const auto key = [&]() -> QString {
        return QStringLiteral("card-%1-%2-%3-%4-%5-%6")
            .arg(tier.name(QColor::HexArgb).mid(1), s.nodeFill.name(QColor::HexArgb).mid(1), border.color().name(QColor::HexArgb).mid(1))
            .arg(border.widthF())
            .arg(shadow.name(QColor::HexArgb).mid(1))
            .arg(radius);
    };
    // The <use> carries the painter's state as it is (not what came before the card).
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::NoBrush);
    SvgWriter::drawSymbol(painter, key, rect.adjusted(0, 0, 0, 2), [&](QPainter *p, const QRectF &area) {
        const QRectF card(area.topLeft(), rect.size());
        p->setPen(Qt::NoPen);
        p->setBrush(shadow);
        p->drawRoundedRect(card.translated(0, 2), radius, radius);
        p->setBrush(s.nodeFill);
        p->setPen(border);
        p->drawRoundedRect(card, radius, radius);
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 2 * radius, card.height()), radius, radius);
        QPainterPath clip;
        clip.addRect(QRectF(card.left(), card.top(), 5, card.height()));
        p->setPen(Qt::NoPen);
        p->setBrush(tier);
        p->drawPath(stripe.intersected(clip));
    });

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

namespace {

// The parts of an edge's path that can reach `clip` (device pixels) through the cosmetic
// stroker; `*whole` set where that cannot be told (the caller draws all of it).
// An axis-aligned line has the same pixels along its length wherever it starts and ends (the
// stroker steps along the major axis with a constant minor coordinate); only its first and
// last pixels and its caps depend on its ends. So the straight legs are cut where they leave
// `clip` widened by a margin (more than a corner reaches), a new subpath starting at such a cut (its cap falls
// there, far from the clip). A corner (a curve) near the clip is kept with the legs on either
// side, as in the whole path (a curve is drawn differently at the start or end of a subpath);
// one that does not come near it is left out (a stroke reaches about a pixel beyond its control
// points), and the legs then end or begin at its ends, outside the clip too.
constexpr qreal kCurveReach = 4;
constexpr qreal kCornerRadius = 6; // scene units

bool samePoint(const QPointF &a, const QPointF &b)
{
    return a.x() == b.x() && a.y() == b.y(); // exact: QPointF's == is fuzzy
}

// Closed rectangles overlapping (QRectF::intersects() is false for a box without area).
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

QPainterPath cutToClip(const std::vector<QPainterPath::Element> &path, const QTransform &t, const QRect &clip, bool *whole)
{
    *whole = true;
    const int n = int(path.size());
    if (n < 2 || !path[0].isMoveTo())
        return {};
    // A corner near the clip has its ends within `near`: a curve spans its radius on either axis.
    const qreal margin = std::max<qreal>(6, kCurveReach + 2 * kCornerRadius * std::abs(t.m11()) + 2);
    const QRectF near = QRectF(clip).adjusted(-margin, -margin, margin, margin);
    const QRectF curveNear = QRectF(clip).adjusted(-kCurveReach, -kCurveReach, kCurveReach, kCurveReach);
    const auto inNear = [&](const QPointF &scene) {
        const QPointF d = t.map(scene);
        return d.x() >= near.left() && d.x() <= near.right() && d.y() >= near.top() && d.y() <= near.bottom();
    };
    const QPointF first(path[0].x, path[0].y);
    QPainterPath out;
    // The subpath of `out` being built: whether it runs up to `prev`, where it began, and how
    // many elements it has (QPainterPath drops a line to where it already is).
    bool open = false;
    QPointF start;
    int elements = 0;
    QPointF prev = first;
    const auto begin = [&](const QPointF &at) {
        out.moveTo(at);
        open = true;
        start = at;
        elements = 0;
    };
    // Ends the subpath at `end`; false if it would be closed (drawn without caps).
    const auto finish = [&](const QPointF &end) {
        const bool closed = open && elements > 0 && samePoint(start, end);
        open = false;
        return !closed;
    };
    if (inNear(first))
        begin(first);
    for (int i = 1; i < n; ++i) {
        const QPainterPath::Element &e = path[size_t(i)];
        if (e.isLineTo()) {
            const QPointF q(e.x, e.y);
            const bool horizontal = prev.y() == q.y(), vertical = prev.x() == q.x();
            if (!horizontal && !vertical)
                return {};
            const QPointF dp = t.map(prev), dq = t.map(q);
            // The part of the leg within `near`, along its axis (device pixels).
            const qreal across = horizontal ? dp.y() : dp.x();
            const qreal acrossMin = horizontal ? near.top() : near.left(), acrossMax = horizontal ? near.bottom() : near.right();
            const qreal a0 = horizontal ? dp.x() : dp.y(), a1 = horizontal ? dq.x() : dq.y();
            const qreal min = horizontal ? near.left() : near.top(), max = horizontal ? near.right() : near.bottom();
            if (!(across >= acrossMin && across <= acrossMax && std::max(a0, a1) >= min && std::min(a0, a1) <= max)) {
                if (!finish(prev))
                    return {};
                prev = q;
                continue;
            }
            // An end outside `near` moves to its border (in scene units: the map back is not
            // exact, but the point stays the margin away from the clip give or take a bit).
            const auto cut = [&](qreal along, const QPointF &end) {
                const qreal device = std::clamp(along, min, max);
                if (device == along)
                    return end;
                return horizontal ? QPointF((device - t.dx()) / t.m11(), end.y()) : QPointF(end.x(), (device - t.dy()) / t.m22());
            };
            const QPointF from = cut(a0, prev), to = cut(a1, q);
            if (!open || !samePoint(from, prev)) {
                if (!finish(prev))
                    return {};
                begin(from);
            }
            const int before = out.elementCount();
            out.lineTo(to);
            elements += out.elementCount() - before;
            if (!samePoint(to, q)) {
                if (!finish(to))
                    return {};
            }
            prev = q;
        } else if (e.isCurveTo()) {
            if (i + 2 >= n)
                return {};
            const QPointF c1(e.x, e.y), c2(path[size_t(i) + 1].x, path[size_t(i) + 1].y),
                end(path[size_t(i) + 2].x, path[size_t(i) + 2].y);
            i += 2;
            if (overlaps(t.mapRect(QPolygonF{prev, c1, c2, end}.boundingRect()), curveNear)) {
                // As in the whole path: after the leg before it (or first in the path, as there).
                const bool atFirst = open && elements == 0 && samePoint(start, first) && out.elementCount() == 1;
                if (!open || (elements == 0 && !atFirst) || !inNear(prev) || !inNear(end))
                    return {};
                const int before = out.elementCount();
                out.cubicTo(c1, c2, end);
                elements += out.elementCount() - before;
            } else if (!finish(prev)) {
                return {};
            }
            prev = end;
        } else {
            return {}; // one subpath only
        }
    }
    if (samePoint(prev, first) || !finish(prev))
        return {}; // a closed path: no caps, drawn otherwise
    *whole = false;
    return out;
}

} // namespace

DiagramPainter::EdgeShape DiagramPainter::edgeShape(const QPolygonF &points)
{
    EdgeShape shape;
    if (points.size() < 2)
        return shape;
    // Orthogonal polyline with rounded corners.
    QPainterPath &path = shape.line;
    path.moveTo(points.first());
    const qreal radius = kCornerRadius;
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF a = points[i - 1], b = points[i], c = points[i + 1];
        const QLineF in(b, a), out(b, c);
        const qreal r = std::min({radius, in.length() / 2, out.length() / 2});
        const QPointF p1 = in.pointAt(in.length() > 0 ? r / in.length() : 0);
        const QPointF p2 = out.pointAt(out.length() > 0 ? r / out.length() : 0);
        path.lineTo(p1);
        path.quadTo(b, p2);
    }
    const QPointF tip = points.last();
    const QPointF before = points[points.size() - 2];
    const QLineF lastLeg(tip, before);
    const qreal arrow = 7;
    path.lineTo(lastLeg.pointAt(lastLeg.length() > arrow ? arrow / lastLeg.length() : 0));

    // Arrow head at the target.
    const QLineF dir(before, tip);
    const qreal angle = std::atan2(dir.dy(), dir.dx());
    shape.head << tip << tip - QPointF(std::cos(angle - 0.45) * arrow, std::sin(angle - 0.45) * arrow)
               << tip - QPointF(std::cos(angle + 0.45) * arrow, std::sin(angle + 0.45) * arrow);
    shape.headBounds = shape.head.boundingRect();
    shape.elements.reserve(size_t(path.elementCount()));
    for (int i = 0; i < path.elementCount(); ++i)
        shape.elements.push_back(path.elementAt(i));
    return shape;
}

void DiagramPainter::paintEdge(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge, bool highlighted) const
{
    paintEdgeWithin(painter, route, edge, QRect(), highlighted);
}

void DiagramPainter::paintEdgeWithin(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge, const QRect &clip,
                                     bool highlighted, const EdgeShape *shape) const
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

    const EdgeShape made = shape ? EdgeShape() : edgeShape(route.points);
    if (!shape)
        shape = &made;
    const QPainterPath &path = shape->line;
    bool whole = true;
    QPainterPath cut;
    if (!clip.isNull() && pen.style() == Qt::SolidLine) {
        // Only where the raster engine draws the line with its cosmetic stroker: a pen under a
        // device pixel wide (with a margin) under a scale and translation.
        const QTransform &t = painter->worldTransform();
        if (t.type() <= QTransform::TxScale && t.m11() > 0 && t.m11() == t.m22() && pen.widthF() * t.m11() < 0.999
            && painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster)
            cut = cutToClip(shape->elements, t, clip, &whole);
    }
    if (whole)
        painter->drawPath(path);
    else if (cut.elementCount() > 1)
        painter->drawPath(cut);

    // Arrow head at the target.
    const QPolygonF &head = shape->head;
    if (!whole && !painter->worldTransform().mapRect(shape->headBounds).adjusted(-2, -2, 2, 2).intersects(QRectF(clip))) {
        // Filled with antialiasing, it reaches a pixel beyond its corners: nothing in the clip.
        painter->restore();
        return;
    }
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
