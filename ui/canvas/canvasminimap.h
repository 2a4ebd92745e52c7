#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace Infra {

class CanvasController;

// The canvas's minimap: the whole diagram small (each node a box in its tier's colour) with
// the visible part outlined. A click or drag centres the view on that point (CanvasController
// ::centerOnScenePoint); the minimap never edits the design.
class CanvasMinimap : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Infra::CanvasController *controller READ controller WRITE setController NOTIFY controllerChanged)

public:
    explicit CanvasMinimap(QQuickItem *parent = nullptr);

    CanvasController *controller() const { return m_controller; }
    void setController(CanvasController *controller);

    // The scene area drawn (the diagram and the visible part together) and the mapping of a
    // point of the item to the scene, for the gestures and the tests.
    QRectF sceneArea() const;
    QPointF toScene(const QPointF &itemPos) const;
    QRectF toItem(const QRectF &sceneRect) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    qreal scale() const;

    QPointer<CanvasController> m_controller;
    QRectF m_dragArea; // the area while a drag pans, so the map holds still under the mouse
};

} // namespace Infra
