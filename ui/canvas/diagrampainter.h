#pragma once

#include "diagramedge.h"
#include "diagramstyle.h"
#include "nodevisual.h"

class QPainter;

namespace Infra {

// The one drawing code of the diagram. The canvas items (NodeItem, EdgeLayer) and the
// headless DiagramRenderer (SVG and PNG export) all paint through it, in scene units.
class DiagramPainter
{
public:
    explicit DiagramPainter(DiagramStyle style = DiagramStyle::standard());

    const DiagramStyle &style() const { return m_style; }

    void paintBackground(QPainter *painter, const QRectF &sceneRect, bool grid) const;
    void paintNode(QPainter *painter, const QRectF &rect, const NodeVisual &node) const;
    void paintEdge(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge, bool highlighted = false) const;
    void paintEdgeLabel(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge) const;
    // The dashed line while the user drags a new link from one node to another.
    void paintLinkDraft(QPainter *painter, const QPointF &from, const QPointF &to) const;

    // The size of an edge label box (for routing, which places labels).
    QSizeF labelSize(const QString &label) const;

private:
    void paintBadges(QPainter *painter, const QRectF &rect, const NodeVisual &node) const;

    DiagramStyle m_style;
};

} // namespace Infra
