#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTransform>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace Infra {

class CanvasController;

// The canvas's minimap: the whole diagram small (each node a box in its tier's colour) with
// the visible part outlined. A click or drag centres the view on that point (CanvasController
// ::centerOnScenePoint); the minimap never edits the design.
//
// The map without the outline of the view — background and the nodes' boxes — is kept in an
// image and painted again only where a box moved or changed colour (a drag, a selection): at
// 2,000 nodes painting every box took a few milliseconds of each frame. A changed area is
// painted again under a rectangular clip with every box that reaches it, in the order of a
// full paint, over the background copied from an image of its own, so the picture is the one
// painting everything gives (tst_canvas compares them pixel for pixel).
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

    // On by default; off paints every box on every frame (tests compare the two).
    bool isCached() const { return m_cached; }
    void setCached(bool on);
    // What the last paint did to the kept map (tests): painted all of it again, or only the
    // changed areas (their number; 0 when nothing changed).
    bool lastPaintedWhole() const { return m_lastWhole; }
    int lastPaintedAreas() const { return m_lastAreas; }

Q_SIGNALS:
    void controllerChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    qreal scale() const;
    // Each node's box in item coordinates and its colour, in the order they are drawn (the
    // design's: the same from run to run).
    struct Box
    {
        QRectF rect;
        QRgb colour = 0;
    };
    std::vector<Box> boxes() const;
    void paintBackground(QPainter *painter) const;
    void paintBoxes(QPainter *painter, const std::vector<Box> &boxes, const QRectF &area) const;
    void paintVisibleArea(QPainter *painter) const;
    void updateMap(QPainter *painter, std::vector<Box> boxes);

    QPointer<CanvasController> m_controller;
    QRectF m_dragArea; // the area while a drag pans, so the map holds still under the mouse
    bool m_cached = true;
    // The kept map, its background alone, and what they were painted from.
    QImage m_map;
    QImage m_background;
    QTransform m_mapTransform;
    QList<QColor> m_mapColours;
    QSizeF m_mapSize;
    std::vector<Box> m_mapBoxes;
    bool m_lastWhole = false;
    int m_lastAreas = 0;
};

} // namespace Infra
