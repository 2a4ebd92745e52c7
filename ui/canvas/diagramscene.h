#pragma once

#include "diagramedge.h"
#include "diagramstyle.h"
#include "rectgrid.h"
#include "uniformrectindex.h"

#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <vector>

namespace Infra {

class Design;
struct Component;

// The geometry of a diagram, usable without a QML engine: node rectangles (from the
// components' positions) and edge routes (orthogonal, leaving and entering on the sides
// facing each other, spread along each side, avoiding node bodies where a detour exists),
// with label boxes that avoid nodes and each other. The canvas and the headless renderer
// both read it.
class DiagramScene
{
public:
    explicit DiagramScene(DiagramStyle style = DiagramStyle::standard());

    const DiagramStyle &style() const { return m_style; }
    // Where the scene places a component's card: at its position, the style's node size. Reads
    // the style only (safe beside a rebuild on another thread).
    QRectF placeOf(const Component &component) const;

    // Everything from scratch.
    void rebuild(const Design &design, std::vector<DiagramEdge> edges);
    // Nodes that moved: their rectangles, then exactly the routes and labels a full reroute
    // would change (the same result as rerouteAll(), for a fraction of its time): the edges
    // of the moved nodes, those whose end slots shift, those whose candidate routes or label
    // spots come near a moved node's old or new rectangle, and the labels after them that
    // meet a label which moved.
    void updateNodes(const Design &design, const QStringList &ids);
    // Nodes added or removed, or the edge set changed.
    void setEdges(const Design &design, std::vector<DiagramEdge> edges) { rebuild(design, std::move(edges)); }
    // Another edge set over the same nodes (as last rebuilt or updated): routes them all
    // without indexing the nodes again.
    void replaceEdges(std::vector<DiagramEdge> edges);
    // Routes every edge again.
    void rerouteAll();
    // How many routes and labels the last updateNodes() computed again (tests, benchmarks).
    int lastRerouted() const { return m_lastRerouted; }
    int lastRelabelled() const { return m_lastRelabelled; }
    // How many routes the last updateNodes() only scored again: a moved node came near their
    // candidates, but neither their ends nor their detour corridors changed, so the candidates
    // were the same and only their crossing counts (kept per candidate) needed the move's
    // difference; the route was computed again only if another candidate won (then counted in
    // lastRerouted()).
    int lastRescored() const { return m_lastRescored; }

    QRectF nodeRect(const QString &id) const { return m_nodes.value(id); }
    const QHash<QString, QRectF> &nodeRects() const { return m_nodes; }
    const std::vector<DiagramEdge> &edges() const { return m_edges; }
    const std::vector<EdgeRoute> &routes() const { return m_routes; }
    int edgeIndex(const QString &edgeId) const;

    QRectF boundingRect() const;
    QString nodeAt(const QPointF &scenePos) const;
    int edgeAt(const QPointF &scenePos, qreal tolerance = 5) const;
    QStringList nodesIn(const QRectF &sceneRect) const;

    QPointF snapped(const QPointF &pos) const;

    // Whether each route keeps the boxes its candidates were tested in, which updateNodes()
    // needs to reroute only what a move changes (on by default). Off, a route's boxes are freed
    // once it is chosen (at 2,000 components ~6 MB, most of the routing's memory) and
    // updateNodes() routes everything again: for a diagram drawn once (DiagramRenderer).
    void setKeepsReach(bool on);

    // Routing looks up nearby nodes and labels in a grid (on by default). Off, every route is
    // tested against every node and label: the same routes, slower (tests compare the two).
    void setSpatialIndex(bool on);

private:
    enum class Side { Top, Bottom, Left, Right };
    struct EndSlot { Side side = Side::Bottom; int index = 0; int count = 1; };

    void assignSlots(std::vector<EndSlot> &sources, std::vector<EndSlot> &targets);
    void route(size_t edge);
    // A node moved near the edge's candidates (not one of its ends, its slots unchanged):
    // the candidates' crossing counts updated by the move's difference, and true if the
    // route stays as it was; false if the move reaches into the detour corridors the route
    // was chosen from, or another candidate now scores best (route() it again then).
    struct MovedNode { int node; QRectF before, after; };
    bool rescore(size_t edge, const MovedNode *moved, qsizetype count);
    void placeLabel(size_t edge);
    QPointF anchor(const QRectF &rect, const EndSlot &slot) const;
    int crossings(const QPolygonF &points, int from, int to) const;
    void indexNodes();
    // Every route and label again over the nodes as indexed (rerouteAll() indexes them first).
    void routeEdges();
    void indexEdges();
    void indexLabels();
    QRectF endRect(int end) const;

    DiagramStyle m_style;
    QFontMetricsF m_labelMetrics;
    QHash<QString, QRectF> m_nodes;
    // The same rectangles by index, and a grid over them (and over the label boxes placed so
    // far), so that routing an edge tests only the nodes and labels near its candidate routes.
    QStringList m_nodeIds;
    std::vector<QRectF> m_nodeRects;
    QHash<QString, int> m_nodeIndex;
    RectGrid m_nodeGrid;
    RectGrid m_labelGrid;
    // The same nodes for the queries whose cost must not grow with a route's length: how many
    // nodes a segment crosses, and the detour corridors beside the nodes between two rows
    // (invalid, and the grid used, after a move or with nodes of other sizes).
    UniformRectIndex m_rectIndex;
    mutable RectGrid::Candidates m_candidates;
    std::vector<DiagramEdge> m_edges;
    std::vector<EdgeRoute> m_routes;
    std::vector<EndSlot> m_sourceSlots;
    std::vector<EndSlot> m_targetSlots;
    QHash<QString, QList<int>> m_edgesByNode;
    QHash<QString, int> m_edgeIndex;
    // Each edge's ends by node index (ids that are no node get numbers after the nodes, one
    // per id), and the buffer assignSlots() groups ends in (node × side).
    std::vector<int> m_fromEnd;
    std::vector<int> m_toEnd;
    int m_endCount = 0;
    struct End { size_t edge; bool source; qreal key; };
    std::vector<std::vector<End>> m_sideEnds;
    // What each route and label was computed from besides its own ends: the boxes its
    // candidate routes were tested in (and the corridor search box), and the box its label
    // spots were tried in. A node moving outside them cannot change the result.
    std::vector<std::vector<QRectF>> m_routeReach;
    std::vector<QRectF> m_routeBounds;
    std::vector<QRectF> m_labelReach;
    // Per route, what rescore() needs to choose among its candidates again without testing
    // them against every node: each candidate's crossing count, length and point count (its
    // segments are its boxes in m_routeReach, after the corridor search box), the candidate
    // chosen, and for a route with detour corridors the range of corridor positions whose
    // nodes took part in choosing them (a node outside it, before and after a move, cannot
    // change which corridors are tried).
    struct Scored { int crossings; qsizetype points; qreal length; };
    struct RouteMemo
    {
        std::vector<Scored> candidates;
        int chosen = -1;
        bool corridorBox = false;      // m_routeReach's first box is the corridor search box
        bool anyCorridorNode = true;   // every node in that box counts (no walk bound kept)
        qreal mid = 0;
        // Per kind of corridor (left, right): at or after mid, the last corridor taken; before
        // it, the distance from mid of the last taken (infinite: the side took all it found).
        qreal after[2] = {0, 0};
        qreal beforeDistance[2] = {0, 0};
    };
    std::vector<RouteMemo> m_routeMemo;
    std::vector<int> m_rescored; // rescore()'s buffer
    // Entries the grids hold for rectangles that have moved on since (cleared when many).
    size_t m_staleNodes = 0;
    size_t m_staleLabels = 0;
    // boundingRect(), asked by the view on every change and frame (minimap, "whole design
    // visible"): kept until the geometry changes.
    mutable std::optional<QRectF> m_bounds;
    bool m_keepReach = true;
    // The node grid and index hold every node's rectangle as it is (moves keep them so).
    bool m_nodesIndexed = false;
    int m_lastRerouted = 0;
    int m_lastRelabelled = 0;
    int m_lastRescored = 0;
};

} // namespace Infra
