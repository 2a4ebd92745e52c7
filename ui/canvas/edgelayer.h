#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace Infra {

class CanvasController;

// The layer under the nodes: the grid and every edge of the scene with its label, and the
// link being drawn, painted through DiagramPainter in view coordinates. One item for all
// edges keeps a 500-node design to one texture; only edges in the viewport are drawn.
class EdgeLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Infra::CanvasController *controller READ controller WRITE setController NOTIFY controllerChanged)

public:
    explicit EdgeLayer(QQuickItem *parent = nullptr);

    CanvasController *controller() const { return m_controller; }
    void setController(CanvasController *controller);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();

private:
    QPointer<CanvasController> m_controller;
};

} // namespace Infra
