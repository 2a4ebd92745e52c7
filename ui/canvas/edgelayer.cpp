#include "edgelayer.h"

#include "canvascontroller.h"
#include "document.h"

#include <QPainter>

#include <algorithm>

namespace Infra {

EdgeLayer::EdgeLayer(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setOpaquePainting(true);
}

void EdgeLayer::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &CanvasController::viewChanged, this, [this] { update(); });
        connect(m_controller, &CanvasController::edgesChanged, this, [this] { update(); });
    }
    Q_EMIT controllerChanged();
    update();
}

void EdgeLayer::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    const DiagramPainter &dp = m_controller->painter();
    const DiagramScene &scene = m_controller->scene();
    const qreal z = m_controller->zoom();
    painter->translate(m_controller->panX(), m_controller->panY());
    painter->scale(z, z);
    const QRectF visible(m_controller->toScene({0, 0}), m_controller->toScene({width(), height()}));
    dp.paintBackground(painter, visible, m_controller->gridVisible());

    const auto &edges = scene.edges();
    const auto &routes = scene.routes();
    std::vector<size_t> highlighted;
    std::vector<char> isHighlighted(edges.size(), 0);
    for (size_t i = 0; i < edges.size(); ++i) {
        if (!routes[i].points.boundingRect().adjusted(-8, -8, 8, 8).intersects(visible))
            continue;
        if (m_controller->isSelected(edges[i].from) || m_controller->isSelected(edges[i].to)) {
            highlighted.push_back(i);
            isHighlighted[i] = 1;
        } else
            dp.paintEdge(painter, routes[i], edges[i]);
    }
    // Edges of the selection on top, so the user sees where the selected node connects,
    // its IAM access edges among them (routed apart, see CanvasController::accessScene()).
    for (size_t i : highlighted)
        dp.paintEdge(painter, routes[i], edges[i], true);
    const DiagramScene &access = m_controller->accessScene();
    for (size_t i = 0; i < access.edges().size(); ++i) {
        if (access.routes()[i].points.boundingRect().adjusted(-8, -8, 8, 8).intersects(visible))
            dp.paintEdge(painter, access.routes()[i], access.edges()[i], true);
    }
    // Labels are small print: seen from afar only the selection's edges keep theirs.
    const bool allLabels = z >= DiagramPainter::compactBelow();
    for (size_t i = 0; i < edges.size(); ++i) {
        if (!routes[i].labelRect.intersects(visible))
            continue;
        if (allLabels || isHighlighted[i])
            dp.paintEdgeLabel(painter, routes[i], edges[i]);
    }
    for (size_t i = 0; i < access.edges().size(); ++i) {
        if (access.routes()[i].labelRect.intersects(visible))
            dp.paintEdgeLabel(painter, access.routes()[i], access.edges()[i]);
    }
    if (m_controller->hasLinkDraft())
        dp.paintLinkDraft(painter, m_controller->linkDraftStart(), m_controller->linkDraftEnd());
}

} // namespace Infra
