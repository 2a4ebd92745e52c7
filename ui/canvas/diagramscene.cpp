#include "diagramscene.h"

#include "model/design.h"

#include <QLineF>
#include <QVarLengthArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Infra {

namespace {

constexpr qreal kLeave = 16;     // first/last leg length out of and into a node
constexpr qreal kLane = 5;       // spacing of parallel legs sharing a gap
constexpr qreal kClearance = 18; // distance a detour keeps from a node

qreal polylineLength(const QPolygonF &p)
{
    qreal len = 0;
    for (qsizetype i = 1; i < p.size(); ++i)
        len += QLineF(p[i - 1], p[i]).length();
    return len;
}

// The x of the detour corridor left or right of a node (lane: the target slot's index % 3).
qreal leftCorridorOf(const QRectF &r, int lane)
{
    return r.left() - kClearance - kLane * lane;
}

qreal rightCorridorOf(const QRectF &r, int lane)
{
    return r.right() + kClearance + kLane * lane;
}

// A candidate route's score: crossings weigh most, then length and bends. One function, so
// that route() and rescore() compute the same number.
qreal routeScore(int crossings, qreal length, qsizetype points)
{
    return crossings * 10000.0 + length + 12.0 * (points - 2);
}

QRectF segmentBox(const QPointF &a, const QPointF &b)
{
    return QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
}

QPolygonF simplified(const QPolygonF &p)
{
    QPolygonF out;
    for (const QPointF &pt : p) {
        if (!out.isEmpty() && QLineF(out.last(), pt).length() < 0.01)
            continue;
        // Drop the middle of three collinear points.
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.last();
            if ((std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - pt.x()) < 0.01)
                || (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - pt.y()) < 0.01)) {
                out.last() = pt;
                continue;
            }
        }
        out.append(pt);
    }
    return out;
}

} // namespace

DiagramScene::DiagramScene(DiagramStyle style)
    : m_style(std::move(style))
    , m_labelMetrics(m_style.labelFont)
{
}

QRectF DiagramScene::placeOf(const Component &component) const
{
    return QRectF(component.position, m_style.nodeSize);
}

void DiagramScene::rebuild(const Design &design, std::vector<DiagramEdge> edges)
{
    m_nodes.clear();
    for (const Component &c : design.components())
        m_nodes.insert(c.id, placeOf(c));
    m_nodeIds.clear();
    m_nodeRects.clear();
    m_nodeIndex.clear();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        m_nodeIndex.insert(it.key(), int(m_nodeIds.size()));
        m_nodeIds.append(it.key());
        m_nodeRects.push_back(it.value());
    }
    m_nodesIndexed = false;
    replaceEdges(std::move(edges));
}

void DiagramScene::replaceEdges(std::vector<DiagramEdge> edges)
{
    m_edges = std::move(edges);
    m_edgeIndex.clear();
    m_edgesByNode.clear();
    for (size_t i = 0; i < m_edges.size(); ++i) {
        m_edgeIndex.insert(m_edges[i].id, int(i));
        m_edgesByNode[m_edges[i].from].append(int(i));
        m_edgesByNode[m_edges[i].to].append(int(i));
    }
    indexEdges();
    // Over the same nodes (a click showing the selection's access edges): their grid and index
    // as they are, kept up to date by moves; indexing 2,000 nodes again took most of a click.
    if (m_nodesIndexed)
        routeEdges();
    else
        rerouteAll();
}

void DiagramScene::indexEdges()
{
    // Ends on ids that are no node are grouped by id, as the nodes are.
    QHash<QString, int> unknown;
    const auto endOf = [&](const QString &id) {
        const auto known = m_nodeIndex.constFind(id);
        if (known != m_nodeIndex.cend())
            return *known;
        const auto it = unknown.constFind(id);
        if (it != unknown.cend())
            return *it;
        const int end = int(m_nodeRects.size()) + int(unknown.size());
        unknown.insert(id, end);
        return end;
    };
    m_fromEnd.resize(m_edges.size());
    m_toEnd.resize(m_edges.size());
    for (size_t i = 0; i < m_edges.size(); ++i) {
        m_fromEnd[i] = endOf(m_edges[i].from);
        m_toEnd[i] = endOf(m_edges[i].to);
    }
    m_endCount = int(m_nodeRects.size()) + int(unknown.size());
}

QRectF DiagramScene::endRect(int end) const
{
    return size_t(end) < m_nodeRects.size() ? m_nodeRects[size_t(end)] : QRectF();
}

void DiagramScene::indexNodes()
{
    m_nodeGrid.clear();
    for (size_t k = 0; k < m_nodeRects.size(); ++k)
        m_nodeGrid.insert(int(k), m_nodeRects[k]);
    m_staleNodes = 0;
    m_nodesIndexed = true;
    if (m_nodeGrid.isEnabled())
        m_rectIndex.build(m_nodeRects, 2); // the insets crossings() tests
    else
        m_rectIndex.clear();
}

void DiagramScene::indexLabels()
{
    m_labelGrid.clear();
    for (size_t i = 0; i < m_routes.size(); ++i) {
        if (!m_routes[i].labelRect.isEmpty())
            m_labelGrid.insert(int(i), m_routes[i].labelRect.adjusted(-2, -2, 2, 2));
    }
    m_staleLabels = 0;
}

void DiagramScene::rerouteAll()
{
    indexNodes();
    routeEdges();
}

void DiagramScene::routeEdges()
{
    m_bounds.reset();
    m_labelGrid.clear();
    m_staleLabels = 0;
    m_routes.assign(m_edges.size(), EdgeRoute{});
    m_routeReach.resize(m_edges.size());
    m_routeBounds.assign(m_edges.size(), QRectF());
    m_routeMemo.resize(m_edges.size());
    m_labelReach.assign(m_edges.size(), QRectF());
    assignSlots(m_sourceSlots, m_targetSlots);
    for (size_t i = 0; i < m_edges.size(); ++i)
        route(i);
    for (size_t i = 0; i < m_edges.size(); ++i)
        placeLabel(i);
    m_staleLabels = 0;
}

namespace {

// Closed rectangles sharing a point, with a unit of slack: a superset of every test the
// routing makes (QRectF::intersects, intersected(), the corridor bounds).
bool near(const QRectF &a, const QRectF &b)
{
    return std::min(a.left(), a.right()) <= std::max(b.left(), b.right()) + 1
           && std::min(b.left(), b.right()) <= std::max(a.left(), a.right()) + 1
           && std::min(a.top(), a.bottom()) <= std::max(b.top(), b.bottom()) + 1
           && std::min(b.top(), b.bottom()) <= std::max(a.top(), a.bottom()) + 1;
}

bool sameRect(const QRectF &a, const QRectF &b)
{
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height(); // exact
}

bool samePolygon(const QPolygonF &a, const QPolygonF &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype k = 0; k < a.size(); ++k) {
        if (a[k].x() != b[k].x() || a[k].y() != b[k].y())
            return false;
    }
    return true;
}

} // namespace

void DiagramScene::updateNodes(const Design &design, const QStringList &ids)
{
    m_lastRerouted = 0;
    m_lastRelabelled = 0;
    m_lastRescored = 0;
    m_bounds.reset();
    QVarLengthArray<QRectF, 16> moved; // old and new rectangles
    std::vector<MovedNode> movedNodes;
    std::vector<char> movedNode;
    bool added = false;
    for (const QString &id : ids) {
        const Component *c = design.component(id);
        if (!c)
            continue;
        const QRectF rect = placeOf(*c);
        m_nodes.insert(id, rect);
        const auto known = m_nodeIndex.constFind(id);
        if (known == m_nodeIndex.cend()) {
            m_nodeIndex.insert(id, int(m_nodeIds.size()));
            m_nodeIds.append(id);
            m_nodeRects.push_back(rect);
            added = true;
            continue;
        }
        QRectF &current = m_nodeRects[size_t(*known)];
        if (sameRect(current, rect))
            continue;
        moved << current << rect;
        movedNodes.push_back({*known, current, rect});
        if (movedNode.empty())
            movedNode.assign(size_t(m_endCount), 0);
        movedNode[size_t(*known)] = 1;
        current = rect;
        // Listed under its new cells too; the stale ones go when they pile up.
        m_nodeGrid.insert(*known, rect);
        ++m_staleNodes;
    }
    if (!m_keepReach && !moved.isEmpty()) {
        // Nothing kept to tell which routes a move can change: all of them again.
        added = true;
    }
    if (added) {
        // A node the edges' ends did not know: number the ends again and route everything.
        indexEdges();
        rerouteAll();
        m_lastRerouted = m_lastRelabelled = int(m_edges.size());
        return;
    }
    if (moved.isEmpty())
        return;
    if (m_staleNodes > m_nodeRects.size())
        indexNodes();
    else if (m_nodeGrid.isEnabled())
        m_rectIndex.build(m_nodeRects, 2); // the rectangles as they are now (~0.3 ms at 2,000 nodes)
    // Many moved nodes (a large selection dragged, a layout applied): look them up in a grid.
    RectGrid movedGrid;
    const bool manyMoved = moved.size() > 32;
    if (manyMoved) {
        for (qsizetype k = 0; k < moved.size(); ++k)
            movedGrid.insert(int(k), moved[k]);
    }
    RectGrid::Candidates found;
    const auto nearMoved = [&](const QRectF &box) {
        if (manyMoved) {
            movedGrid.candidates(box.normalized().adjusted(-1, -1, 1, 1), found);
            for (int k : std::as_const(found)) {
                if (near(moved[k], box))
                    return true;
            }
            return false;
        }
        for (const QRectF &m : moved) {
            if (near(m, box))
                return true;
        }
        return false;
    };

    // Routes: an edge of a moved node, an edge whose end slots changed (routed again), or one
    // that tested a box near where a moved node was or is (scored again, see rescore()).
    std::vector<EndSlot> sources, targets;
    assignSlots(sources, targets);
    enum : char { Clean, Ends, Near };
    std::vector<char> routeChanged(m_edges.size(), Clean);
    for (size_t i = 0; i < m_edges.size(); ++i) {
        const EndSlot &s0 = m_sourceSlots[i], &s1 = sources[i], &t0 = m_targetSlots[i], &t1 = targets[i];
        if (movedNode[size_t(m_fromEnd[i])] || movedNode[size_t(m_toEnd[i])] || s0.side != s1.side
            || s0.index != s1.index || s0.count != s1.count || t0.side != t1.side || t0.index != t1.index
            || t0.count != t1.count) {
            routeChanged[i] = Ends;
        } else if (nearMoved(m_routeBounds[i])) {
            for (const QRectF &box : m_routeReach[i]) {
                if (nearMoved(box)) {
                    routeChanged[i] = Near;
                    break;
                }
            }
        }
    }
    m_sourceSlots = std::move(sources);
    m_targetSlots = std::move(targets);
    for (size_t i = 0; i < m_edges.size(); ++i) {
        if (routeChanged[i] == Clean)
            continue;
        if (routeChanged[i] == Near && rescore(i, movedNodes.data(), qsizetype(movedNodes.size()))) {
            routeChanged[i] = Clean;
            ++m_lastRescored;
            continue;
        }
        const QPolygonF before = m_routes[i].points;
        route(i);
        routeChanged[i] = !samePolygon(before, m_routes[i].points);
        ++m_lastRerouted;
    }

    // Labels, in edge order as rerouteAll() places them: one whose route changed, whose spots
    // come near a moved node or near a label before it that moved, or that may now share (or no
    // longer share) the box of an earlier edge into the same target with the same label.
    QVarLengthArray<QRectF, 32> movedLabels;
    std::vector<char> targetChanged(size_t(m_endCount), 0);
    for (size_t i = 0; i < m_edges.size(); ++i) {
        bool dirty = routeChanged[i] || (targetChanged[size_t(m_toEnd[i])] && !m_edges[i].label.isEmpty());
        if (!dirty && !m_labelReach[i].isNull()) {
            dirty = nearMoved(m_labelReach[i]);
            for (qsizetype k = 0; !dirty && k < movedLabels.size(); ++k)
                dirty = near(movedLabels[k], m_labelReach[i]);
        }
        if (!dirty)
            continue;
        const QRectF before = m_routes[i].labelRect;
        placeLabel(i);
        ++m_lastRelabelled;
        const QRectF &after = m_routes[i].labelRect;
        if (sameRect(before, after))
            continue;
        if (!before.isEmpty())
            movedLabels << before.adjusted(-2, -2, 2, 2);
        if (!after.isEmpty())
            movedLabels << after.adjusted(-2, -2, 2, 2);
        targetChanged[size_t(m_toEnd[i])] = 1;
    }
    if (m_staleLabels > m_edges.size())
        indexLabels();
}

void DiagramScene::assignSlots(std::vector<EndSlot> &sources, std::vector<EndSlot> &targets)
{
    sources.assign(m_edges.size(), EndSlot{});
    targets.assign(m_edges.size(), EndSlot{});
    // Ends grouped by node and side, each group in edge order (then sorted stably).
    m_sideEnds.resize(size_t(m_endCount) * 4);
    for (std::vector<End> &ends : m_sideEnds)
        ends.clear();
    for (size_t i = 0; i < m_edges.size(); ++i) {
        const QRectF a = endRect(m_fromEnd[i]), b = endRect(m_toEnd[i]);
        Side sa, sb;
        if (b.top() >= a.bottom() + 2 * kLeave) {
            sa = Side::Bottom; sb = Side::Top;
        } else if (b.bottom() <= a.top() - 2 * kLeave) {
            sa = Side::Top; sb = Side::Bottom;
        } else if (b.center().x() >= a.center().x()) {
            sa = Side::Right; sb = Side::Left;
        } else {
            sa = Side::Left; sb = Side::Right;
        }
        const bool vertical = sa == Side::Top || sa == Side::Bottom;
        // Order ends along a side by where the other end lies, so edges do not cross there.
        m_sideEnds[size_t(m_fromEnd[i]) * 4 + size_t(sa)].push_back({i, true, vertical ? b.center().x() : b.center().y()});
        m_sideEnds[size_t(m_toEnd[i]) * 4 + size_t(sb)].push_back({i, false, vertical ? a.center().x() : a.center().y()});
        sources[i].side = sa;
        targets[i].side = sb;
    }
    for (std::vector<End> &ends : m_sideEnds) {
        if (ends.size() > 1)
            std::stable_sort(ends.begin(), ends.end(), [](const End &x, const End &y) { return x.key < y.key; });
        for (size_t k = 0; k < ends.size(); ++k) {
            EndSlot &slot = ends[k].source ? sources[ends[k].edge] : targets[ends[k].edge];
            slot.index = int(k);
            slot.count = int(ends.size());
        }
    }
}

QPointF DiagramScene::anchor(const QRectF &rect, const EndSlot &slot) const
{
    const qreal f = (slot.index + 1.0) / (slot.count + 1.0);
    switch (slot.side) {
    case Side::Top: return {rect.left() + rect.width() * (0.15 + 0.7 * f), rect.top()};
    case Side::Bottom: return {rect.left() + rect.width() * (0.15 + 0.7 * f), rect.bottom()};
    case Side::Left: return {rect.left(), rect.top() + rect.height() * (0.2 + 0.6 * f)};
    case Side::Right: return {rect.right(), rect.top() + rect.height() * (0.2 + 0.6 * f)};
    }
    return rect.center();
}

namespace {

// The closed-open extent of a rectangle as QRectF::intersects() computes it: empty (l == r or
// t == b) when the rectangle has no area.
struct Extent
{
    qreal l, r, t, b;
    explicit Extent(const QRectF &rect)
        : l(rect.x()), r(rect.x()), t(rect.y()), b(rect.y())
    {
        (rect.width() < 0 ? l : r) += rect.width();
        (rect.height() < 0 ? t : b) += rect.height();
    }
    bool empty() const { return l == r || t == b; }
};

// QRectF::intersects(), inline: the same comparisons on the same numbers (routing tests every
// candidate route's segments against the nodes near them, and the out-of-line call was ~10 %
// of a 500-component render).
bool intersects(const Extent &a, const Extent &b)
{
    return !a.empty() && !b.empty() && !(a.l >= b.r || b.l >= a.r) && !(a.t >= b.b || b.t >= a.b); // NaN as Qt
}

} // namespace

int DiagramScene::crossings(const QPolygonF &points, int from, int to) const
{
    int n = 0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QRectF seg = segmentBox(points[i - 1], points[i]);
        if (m_rectIndex.isValid()) {
            // Counted in O(log n) however long the segment (the grid visits every cell along it).
            n += m_rectIndex.intersecting(seg);
            if (from >= 0 && m_rectIndex.intersects(from, seg))
                --n;
            if (to >= 0 && to != from && m_rectIndex.intersects(to, seg))
                --n;
            continue;
        }
        const Extent segment(seg);
        m_nodeGrid.candidates(seg, m_candidates);
        for (int k : std::as_const(m_candidates)) {
            if (k == from || k == to)
                continue;
            if (intersects(Extent(m_nodeRects[size_t(k)].adjusted(2, 2, -2, -2)), segment))
                ++n;
        }
    }
    return n;
}

bool DiagramScene::rescore(size_t i, const MovedNode *moved, qsizetype count)
{
    RouteMemo &memo = m_routeMemo[i];
    const std::vector<QRectF> &reach = m_routeReach[i];
    if (memo.chosen < 0)
        return false;
    size_t box = 0;
    if (memo.corridorBox) {
        // The corridors tried are the nearest ten to the middle on either side among the nodes
        // in the search box: a node that, before and after the move, is outside the box or
        // further from the middle than the last corridor taken on its side leaves them as they
        // were (the order of the others does not change). Closed bounds: ties count as near.
        if (reach.empty())
            return false;
        const QRectF &search = reach.front();
        if (!std::isfinite(search.left()) || !std::isfinite(search.right()) || !std::isfinite(search.top())
            || !std::isfinite(search.bottom()))
            return false;
        const int lane = m_targetSlots[i].index % 3;
        for (qsizetype m = 0; m < count; ++m) {
            for (const QRectF *rect : {&moved[m].before, &moved[m].after}) {
                if (!near(*rect, search))
                    continue;
                if (memo.anyCorridorNode)
                    return false;
                for (int side = 0; side < 2; ++side) {
                    const qreal x = side == 0 ? leftCorridorOf(*rect, lane) : rightCorridorOf(*rect, lane);
                    if (!std::isfinite(x))
                        return false;
                    if (x >= memo.mid ? x <= memo.after[side] : std::abs(x - memo.mid) <= memo.beforeDistance[side])
                        return false;
                }
            }
        }
        box = 1;
    }
    // The same candidates: each one's crossings change by the moved nodes' own (a moved node is
    // none of the route's ends), segment by segment as crossings() counts them.
    m_rescored.clear();
    qreal best = std::numeric_limits<qreal>::max();
    int chosen = -1;
    for (size_t c = 0; c < memo.candidates.size(); ++c) {
        const Scored &candidate = memo.candidates[c];
        int crossings = candidate.crossings;
        for (qsizetype k = 1; k < candidate.points; ++k, ++box) {
            if (box >= reach.size())
                return false;
            const Extent segment(reach[box]);
            for (qsizetype m = 0; m < count; ++m) {
                crossings += int(intersects(Extent(moved[m].after.adjusted(2, 2, -2, -2)), segment))
                             - int(intersects(Extent(moved[m].before.adjusted(2, 2, -2, -2)), segment));
            }
        }
        m_rescored.push_back(crossings);
        const qreal score = routeScore(crossings, candidate.length, candidate.points);
        if (score < best) {
            best = score;
            chosen = int(c);
        }
    }
    if (box != reach.size() || chosen != memo.chosen)
        return false;
    for (size_t c = 0; c < memo.candidates.size(); ++c)
        memo.candidates[c].crossings = m_rescored[c];
    return true;
}

void DiagramScene::route(size_t i)
{
    const DiagramEdge &e = m_edges[i];
    const QRectF a = m_nodes.value(e.from), b = m_nodes.value(e.to);
    const EndSlot &ss = m_sourceSlots[i], &ts = m_targetSlots[i];
    const QPointF s = anchor(a, ss), t = anchor(b, ts);
    const bool vertical = ss.side == Side::Top || ss.side == Side::Bottom;
    const int fromIndex = m_nodeIndex.value(e.from, -1), toIndex = m_nodeIndex.value(e.to, -1);
    std::vector<QRectF> &reach = m_routeReach[i];
    reach.clear();
    RouteMemo &memo = m_routeMemo[i];
    memo.candidates.clear();
    memo.chosen = -1;
    memo.corridorBox = false;
    memo.anyCorridorNode = true;
    constexpr qreal kAll = std::numeric_limits<qreal>::infinity();

    std::vector<QPolygonF> candidates;
    if (vertical) {
        const qreal dir = ss.side == Side::Bottom ? 1 : -1;
        const qreal y1 = s.y() + dir * (kLeave + kLane * (ss.index % 3));
        const qreal y2 = t.y() - dir * (kLeave + kLane * (ts.index % 3));
        if (std::abs(s.x() - t.x()) < 0.5)
            candidates.push_back(QPolygonF{s, t});
        for (qreal ym : {y1, y2, (s.y() + t.y()) / 2})
            candidates.push_back(QPolygonF{s, {s.x(), ym}, {t.x(), ym}, t});
        // Detours through the corridors beside the nodes in between.
        const qreal lo = std::min(y1, y2), hi = std::max(y1, y2);
        QList<qreal> corridors;
        const qreal left = std::min(s.x(), t.x()) - 400, right = std::max(s.x(), t.x()) + 400;
        reach.push_back(QRectF(QPointF(left, lo), QPointF(right, hi)));
        memo.corridorBox = true;
        const auto leftCorridor = [&](const QRectF &r) { return leftCorridorOf(r, ts.index % 3); };
        const auto rightCorridor = [&](const QRectF &r) { return rightCorridorOf(r, ts.index % 3); };
        const qreal mid = (s.x() + t.x()) / 2;
        memo.mid = mid;
        memo.after[0] = memo.after[1] = memo.beforeDistance[0] = memo.beforeDistance[1] = kAll;
        if (m_rectIndex.isValid() && std::isfinite(left) && std::isfinite(right) && std::isfinite(lo)
            && std::isfinite(hi) && std::isfinite(mid)) {
            // The nodes in the box by their left edges, walked outwards from the middle on
            // either side for each kind of corridor: the nearest ten of all are among the
            // nearest ten on each side (on the left side, nodes as near as the tenth too: equal
            // distances are ordered by position, not by nearness).
            const UniformRectIndex::Window w = m_rectIndex.window(left, right, lo, hi);
            const int inBox = m_rectIndex.count(w);
            memo.anyCorridorNode = false;
            // For rescore(): on each side the last corridor taken, if the side had more nodes
            // than it took (otherwise every node of the box on that side counts).
            const auto walk = [&](const auto &corridor, int side) {
                const int split = m_rectIndex.countBelow(w, m_rectIndex.firstRank([&](const QRectF &r) { return corridor(r) >= mid; }));
                // At or after the middle, ascending: the first ten are the side's nearest.
                for (int k = split, taken = 0; k < inBox && taken < 10; ++k) {
                    const int rank = m_rectIndex.kth(w, k);
                    const int node = m_rectIndex.item(rank);
                    if (node == fromIndex || node == toIndex)
                        continue;
                    corridors << corridor(m_rectIndex.rect(rank));
                    if (++taken == 10)
                        memo.after[side] = corridors.last();
                }
                // Before the middle, descending; after ten, the corridors as far as the tenth
                // that lie further left (ordered before it), each run of one value skipped.
                qreal last = 0, lastX = 0;
                int taken = 0;
                for (int k = split - 1; k >= 0;) {
                    const int rank = m_rectIndex.kth(w, k);
                    const int node = m_rectIndex.item(rank);
                    if (node == fromIndex || node == toIndex) {
                        --k;
                        continue;
                    }
                    const qreal x = corridor(m_rectIndex.rect(rank));
                    const qreal distance = std::abs(x - mid);
                    if (taken >= 10) {
                        if (distance != last)
                            break;
                        if (x == lastX) {
                            k = m_rectIndex.countBelow(w, m_rectIndex.firstRank([&](const QRectF &r) { return corridor(r) >= lastX; })) - 1;
                            continue;
                        }
                    }
                    corridors << x;
                    ++taken;
                    last = distance;
                    lastX = x;
                    --k;
                }
                if (taken >= 10)
                    memo.beforeDistance[side] = last;
            };
            if (inBox > 0) {
                walk(leftCorridor, 0);
                walk(rightCorridor, 1);
            }
        } else {
            m_nodeGrid.candidates(reach.back(), m_candidates);
            for (int k : std::as_const(m_candidates)) {
                const QRectF &r = m_nodeRects[size_t(k)];
                if (r.bottom() < lo || r.top() > hi || k == fromIndex || k == toIndex)
                    continue;
                if (r.right() < std::min(s.x(), t.x()) - 400 || r.left() > std::max(s.x(), t.x()) + 400)
                    continue;
                corridors << leftCorridor(r) << rightCorridor(r);
            }
        }
        // The grid lists nodes in m_nodes' (hash) order: corridors at the same distance on
        // either side come in hash order, so the position breaks the tie (the diagram must not change from run to run).
        // Only the nearest ten are tried: a total order (equal only for equal values), so the
        // partial sort picks the same ten in the same order as a full one.
        const qsizetype tried = std::min<qsizetype>(corridors.size(), 10);
        std::partial_sort(corridors.begin(), corridors.begin() + tried, corridors.end(), [&](qreal x, qreal y) {
            const qreal dx = std::abs(x - (s.x() + t.x()) / 2), dy = std::abs(y - (s.x() + t.x()) / 2);
            return dx < dy || (dx == dy && x < y);
        });
        for (qsizetype k = 0; k < tried; ++k) {
            const qreal xc = corridors[k];
            candidates.push_back(QPolygonF{s, {s.x(), y1}, {xc, y1}, {xc, y2}, {t.x(), y2}, t});
        }
    } else {
        const qreal dir = ss.side == Side::Right ? 1 : -1;
        const qreal x1 = s.x() + dir * (kLeave + kLane * (ss.index % 3));
        const qreal x2 = t.x() - dir * (kLeave + kLane * (ts.index % 3));
        if (std::abs(s.y() - t.y()) < 0.5)
            candidates.push_back(QPolygonF{s, t});
        for (qreal xm : {(s.x() + t.x()) / 2, x1, x2})
            candidates.push_back(QPolygonF{s, {xm, s.y()}, {xm, t.y()}, t});
        // Around the rows in between: over the top or under the bottom of both nodes.
        const qreal over = std::min(a.top(), b.top()) - kClearance - kLane * (ts.index % 3);
        const qreal under = std::max(a.bottom(), b.bottom()) + kClearance + kLane * (ts.index % 3);
        for (qreal yc : {over, under})
            candidates.push_back(QPolygonF{s, {x1, s.y()}, {x1, yc}, {x2, yc}, {x2, t.y()}, t});
    }

    qreal best = std::numeric_limits<qreal>::max();
    QPolygonF chosen;
    QRectF bounds = reach.empty() ? QRectF() : reach.front().normalized();
    for (QPolygonF &c : candidates) {
        c = simplified(c);
        for (qsizetype k = 1; k < c.size(); ++k) {
            reach.push_back(segmentBox(c[k - 1], c[k]));
            bounds = bounds.isNull() ? reach.back() : bounds.united(reach.back());
        }
        const Scored scored{crossings(c, fromIndex, toIndex), c.size(), polylineLength(c)};
        const qreal score = routeScore(scored.crossings, scored.length, scored.points);
        if (score < best) {
            best = score;
            chosen = c;
            memo.chosen = int(memo.candidates.size());
        }
        if (m_keepReach)
            memo.candidates.push_back(scored);
    }
    m_routes[i].points = chosen;
    m_routeBounds[i] = bounds;
    if (!m_keepReach) {
        std::vector<QRectF>().swap(reach);
        memo = RouteMemo();
    }
}

void DiagramScene::placeLabel(size_t i)
{
    const DiagramEdge &e = m_edges[i];
    EdgeRoute &r = m_routes[i];
    r.labelRect = {};
    m_labelReach[i] = {};
    if (e.label.isEmpty() || r.points.size() < 2)
        return;
    // Edges into the same target with the same label share one label box: the first one.
    for (int other : m_edgesByNode.value(e.to)) {
        if (size_t(other) >= i)
            break;
        if (m_edges[size_t(other)].to == e.to && m_edges[size_t(other)].label == e.label
            && !m_routes[size_t(other)].labelRect.isEmpty())
            return;
    }
    const QSizeF size(m_labelMetrics.horizontalAdvance(e.label) + 8, m_labelMetrics.height() + 2);
    // Every spot lies on the route: its box is within half a label of the route's bounds.
    m_labelReach[i] = r.points.boundingRect().adjusted(-size.width() / 2, -size.height() / 2, size.width() / 2, size.height() / 2);
    // Candidate centres: along the last leg near the target first, then along the others.
    QList<QPointF> spots;
    for (qsizetype k = r.points.size() - 1; k >= 1; --k) {
        const QLineF seg(r.points[k - 1], r.points[k]);
        for (qreal f : {0.5, 0.3, 0.7, 0.15, 0.85})
            spots << seg.pointAt(f);
    }
    const auto overlap = [&](const QRectF &box) {
        // Summed in a fixed order: floating-point sums in m_nodes' hash order differ in the
        // last bits from run to run, and so would the chosen spot.
        QVarLengthArray<qreal, 8> areas;
        m_nodeGrid.candidates(box, m_candidates);
        for (int k : std::as_const(m_candidates)) {
            const QRectF x = m_nodeRects[size_t(k)].intersected(box);
            if (!x.isEmpty())
                areas.append(x.width() * x.height() * 4);
        }
        std::sort(areas.begin(), areas.end());
        qreal cost = 0;
        for (qreal a : areas)
            cost += a;
        // The labels placed before this one near the box, in edge order like the sum always was
        // (a label that does not overlap adds exactly zero). After a move the grid lists the
        // later labels too (updateNodes() places only some again): they do not count.
        m_labelGrid.candidates(box, m_candidates, RectGrid::Order::Ascending);
        for (int candidate : std::as_const(m_candidates)) {
            const size_t j = size_t(candidate);
            if (j >= i || m_routes[j].labelRect.isEmpty())
                continue;
            const QRectF x = m_routes[j].labelRect.adjusted(-2, -2, 2, 2).intersected(box);
            cost += x.width() * x.height() * 2;
        }
        return cost;
    };
    qreal best = std::numeric_limits<qreal>::max();
    for (qsizetype k = 0; k < spots.size(); ++k) {
        const QRectF box(spots[k] - QPointF(size.width() / 2, size.height() / 2), size);
        const qreal cost = overlap(box) + k; // prefer earlier spots on ties
        if (cost < best) {
            best = cost;
            r.labelRect = box;
            if (cost < k + 1)
                break;
        }
    }
    if (!r.labelRect.isEmpty()) {
        m_labelGrid.insert(int(i), r.labelRect.adjusted(-2, -2, 2, 2));
        ++m_staleLabels;
    }
}

int DiagramScene::edgeIndex(const QString &edgeId) const
{
    return m_edgeIndex.value(edgeId, -1);
}

QRectF DiagramScene::boundingRect() const
{
    if (m_bounds)
        return *m_bounds;
    QRectF r;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        r = r.united(it.value());
    for (const EdgeRoute &route : m_routes) {
        r = r.united(route.points.boundingRect());
        if (!route.labelRect.isEmpty())
            r = r.united(route.labelRect);
    }
    m_bounds = r;
    return r;
}

QString DiagramScene::nodeAt(const QPointF &scenePos) const
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.value().contains(scenePos))
            return it.key();
    }
    return {};
}

int DiagramScene::edgeAt(const QPointF &scenePos, qreal tolerance) const
{
    int best = -1;
    qreal bestDistance = tolerance;
    for (size_t i = 0; i < m_routes.size(); ++i) {
        if (m_routes[i].labelRect.contains(scenePos))
            return int(i);
        const QPolygonF &p = m_routes[i].points;
        for (qsizetype k = 1; k < p.size(); ++k) {
            // Distance to an axis-aligned (or any) segment.
            const QPointF a = p[k - 1], b = p[k];
            const QPointF ab = b - a;
            const qreal len2 = QPointF::dotProduct(ab, ab);
            const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(scenePos - a, ab) / len2, 0.0, 1.0) : 0.0;
            const qreal d = QLineF(scenePos, a + t * ab).length();
            if (d <= bestDistance) {
                bestDistance = d;
                best = int(i);
            }
        }
    }
    return best;
}

QStringList DiagramScene::nodesIn(const QRectF &sceneRect) const
{
    QStringList ids;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (sceneRect.intersects(it.value()))
            ids.append(it.key());
    }
    ids.sort();
    return ids;
}

void DiagramScene::setKeepsReach(bool on)
{
    m_keepReach = on;
    if (!on) {
        for (std::vector<QRectF> &reach : m_routeReach)
            std::vector<QRectF>().swap(reach);
        for (RouteMemo &memo : m_routeMemo)
            memo = RouteMemo();
    }
}

void DiagramScene::setSpatialIndex(bool on)
{
    m_nodeGrid.setEnabled(on);
    m_labelGrid.setEnabled(on);
    m_nodesIndexed = false;
    if (!on)
        m_rectIndex.clear(); // built again by the next full reroute when on
}

QPointF DiagramScene::snapped(const QPointF &pos) const
{
    const qreal g = m_style.gridSize;
    return {std::round(pos.x() / g) * g, std::round(pos.y() / g) * g};
}

} // namespace Infra
