#pragma once

#include "diagramedge.h"
#include "diagramstyle.h"
#include "rectgrid.h"

#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace Infra {

class Design;

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

    // Everything from scratch.
    void rebuild(const Design &design, std::vector<DiagramEdge> edges);
    // Nodes that moved: their rectangles and the routes near them.
    void updateNodes(const Design &design, const QStringList &ids);
    // Nodes added or removed, or the edge set changed.
    void setEdges(const Design &design, std::vector<DiagramEdge> edges) { rebuild(design, std::move(edges)); }
    // Routes every edge again (after a drag, when positions have settled).
    void rerouteAll();

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

    // Routing looks up nearby nodes and labels in a grid (on by default). Off, every route is
    // tested against every node and label: the same routes, slower (tests compare the two).
    void setSpatialIndex(bool on);

private:
    enum class Side { Top, Bottom, Left, Right };
    struct EndSlot { Side side = Side::Bottom; int index = 0; int count = 1; };

    void assignSlots();
    void route(size_t edge);
    void placeLabel(size_t edge);
    QPointF anchor(const QRectF &rect, const EndSlot &slot) const;
    int crossings(const QPolygonF &points, int from, int to) const;
    void indexNodes();

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
    mutable RectGrid::Candidates m_candidates;
    std::vector<DiagramEdge> m_edges;
    std::vector<EdgeRoute> m_routes;
    std::vector<EndSlot> m_sourceSlots;
    std::vector<EndSlot> m_targetSlots;
    QHash<QString, QList<int>> m_edgesByNode;
    QHash<QString, int> m_edgeIndex;
};

} // namespace Infra
