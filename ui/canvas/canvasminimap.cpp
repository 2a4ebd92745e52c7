#include "canvasminimap.h"

#include "canvascontroller.h"
#include "document.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Infra {

namespace {
constexpr qreal margin = 6;
}

CanvasMinimap::CanvasMinimap(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setAcceptedMouseButtons(Qt::LeftButton);
}

void CanvasMinimap::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &CanvasController::viewChanged, this, [this] { update(); });
        connect(m_controller, &CanvasController::edgesChanged, this, [this] { update(); });
        connect(m_controller->nodes(), &QAbstractItemModel::dataChanged, this, [this] { update(); });
        connect(m_controller->nodes(), &QAbstractItemModel::modelReset, this, [this] { update(); });
        connect(m_controller->nodes(), &QAbstractItemModel::rowsInserted, this, [this] { update(); });
        connect(m_controller->nodes(), &QAbstractItemModel::rowsRemoved, this, [this] { update(); });
    }
    Q_EMIT controllerChanged();
    update();
}

QRectF CanvasMinimap::sceneArea() const
{
    if (!m_controller)
        return {};
    if (!m_dragArea.isNull())
        return m_dragArea;
    const QRectF bounds = m_controller->scene().boundingRect();
    const QRectF viewport = m_controller->viewport();
    const QRectF visible(m_controller->toScene(viewport.topLeft()), m_controller->toScene(viewport.bottomRight()));
    return bounds.isEmpty() ? visible : bounds.united(visible);
}

qreal CanvasMinimap::scale() const
{
    const QRectF area = sceneArea();
    if (area.isEmpty())
        return 1;
    return std::min((width() - 2 * margin) / area.width(), (height() - 2 * margin) / area.height());
}

QRectF CanvasMinimap::toItem(const QRectF &sceneRect) const
{
    const QRectF area = sceneArea();
    const qreal s = scale();
    // Centred in the item.
    const QPointF offset((width() - area.width() * s) / 2, (height() - area.height() * s) / 2);
    return QRectF(offset + (sceneRect.topLeft() - area.topLeft()) * s, sceneRect.size() * s);
}

QPointF CanvasMinimap::toScene(const QPointF &itemPos) const
{
    const QRectF area = sceneArea();
    const qreal s = scale();
    const QPointF offset((width() - area.width() * s) / 2, (height() - area.height() * s) / 2);
    return area.topLeft() + (itemPos - offset) / s;
}

void CanvasMinimap::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    const DiagramStyle &style = m_controller->painter().style();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = style.nodeFill;
    fill.setAlpha(230);
    painter->setPen(QPen(style.nodeBorder, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(0.5, 0.5, width() - 1, height() - 1), 6, 6);

    const Design &design = m_controller->document()->design();
    const auto &rects = m_controller->scene().nodeRects();
    painter->setPen(Qt::NoPen);
    for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
        const Component *c = design.component(it.key());
        QColor colour = c ? style.tierColor(kindTier(c->kind)) : style.edge;
        colour.setAlpha(m_controller->isSelected(it.key()) ? 255 : 170);
        painter->setBrush(colour);
        painter->drawRoundedRect(toItem(it.value()), 1.5, 1.5);
    }
    const QRectF viewport = m_controller->viewport();
    const QRectF visible(m_controller->toScene(viewport.topLeft()), m_controller->toScene(viewport.bottomRight()));
    QColor frame = style.selection;
    painter->setPen(QPen(frame, 1.5));
    frame.setAlpha(30);
    painter->setBrush(frame);
    painter->drawRect(toItem(visible).intersected(QRectF(1, 1, width() - 2, height() - 2)));
}

void CanvasMinimap::mousePressEvent(QMouseEvent *event)
{
    if (!m_controller)
        return;
    m_dragArea = sceneArea();
    m_controller->centerOnScenePoint(toScene(event->position()));
    event->accept();
}

void CanvasMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_controller && (event->buttons() & Qt::LeftButton))
        m_controller->centerOnScenePoint(toScene(event->position()));
    event->accept();
}

void CanvasMinimap::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragArea = QRectF();
    update();
    event->accept();
}

} // namespace Infra
