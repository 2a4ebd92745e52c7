#pragma once

#include "diagramedge.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>

namespace Infra {

class Design;

// Auto-layout in tiers (edge → load balancer → services → data → platform) with Graphviz's
// layered layout (dot): each tier one rank (a tier too wide for a screen-shaped picture wraps
// into several), nodes ordered to keep edges short and uncrossed; IAM-only API paths, hidden
// by default, do not shape it.
// Returns the new top-left position of every component, snapped to `grid` when non-zero.
class GraphvizLayout
{
public:
    static QHash<QString, QPointF> layout(const Design &design, const std::vector<DiagramEdge> &edges,
                                          const QSizeF &nodeSize, qreal grid = 0);
};

} // namespace Infra
