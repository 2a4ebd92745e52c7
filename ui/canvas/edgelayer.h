#pragma once

#include "diagrampainter.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QPolygonF>
#include <QQuickPaintedItem>
#include <QTransform>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace Infra {

class CanvasController;

// The layer under the nodes: the grid and every edge of the scene with its label, and the
// link being drawn, painted through DiagramPainter in view coordinates. One item for all
// edges keeps a 500-node design to one texture; only edges in the viewport are drawn.
//
// The part that a drag or a click mostly leaves alone — background, grid and every edge in
// view — is kept in an image of its own (the base) and painted again only where an edge of it
// changed: a frame copies the base and draws the selection's edges (wider, in the selection
// colour, over their own line in the base) and the labels on top, in the order a full paint
// draws them. The selection's edges are in the base too, under the overlay's wider line, so
// that selecting (a click, a rubber band changing hundreds of nodes' selection) repaints
// nothing there — except while a few of them are dragged (moving them then repaints nothing
// there: they are lifted out for the drag) and a selected explicit link, never in the base
// (its wider dashes would not cover the base's). The other edges a drag reroutes leave the base
// too, at their first change until the drag ends, and the overlay draws them under the
// selection's: an edge that keeps moving then costs the base nothing. A new view (zoom, pan, size) or
// another look paints the whole base again. Each changed area is painted again under a
// rectangular clip, in the same order as the whole base, so the picture is the one painting
// everything gives (tst_canvas compares them pixel for pixel).
class EdgeLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Infra::CanvasController *controller READ controller WRITE setController NOTIFY controllerChanged)

public:
    explicit EdgeLayer(QQuickItem *parent = nullptr);

    CanvasController *controller() const { return m_controller; }
    void setController(CanvasController *controller);

    // On by default; off paints every edge on every frame (tests compare the two).
    bool isCached() const { return m_cached; }
    void setCached(bool on);
    // What the last frame did to the base (tests, benchmarks): painted all of it again, or
    // only the changed areas (their number; 0 when nothing changed).
    bool lastPaintedWholeBase() const { return m_lastWhole; }
    int lastPaintedAreas() const { return m_lastAreas; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();

private:
    struct Frame;
    Frame frame(QPainter *painter) const;
    // The background (when asked) and the edges of the base that reach one of the scene
    // areas (every one when none is given). With `clip` (the device rectangle the painter is
    // clipped to, one area), only what reaches it is stroked (DiagramPainter::paintEdgeWithin()).
    void paintBase(QPainter *painter, const Frame &f, const std::vector<QRectF> &areas, bool background,
                   const QRect &clip = QRect()) const;
    void paintOverlay(QPainter *painter, const Frame &f) const;
    void updateBase(QPainter *painter, const Frame &f);

    QPointer<CanvasController> m_controller;
    bool m_cached = true;
    // The base and what it was painted from: the view, the colours, and per scene edge what
    // paintEdge() drew from (no points when the edge is not in the base).
    struct BaseEdge
    {
        QPolygonF points;
        bool explicitLink = false;
        bool api = false;
    };
    QImage m_base;
    QImage m_grid; // background and grid: the base without edges (whole-base repaints and areas start from it)
    QTransform m_baseTransform;
    bool m_baseGrid = false;
    QList<QColor> m_baseColours;
    qreal m_baseGridSize = 0;
    std::vector<BaseEdge> m_baseEdges;
    // Each edge's line and arrow head as last drawn into an area of the base, and the route
    // they were made from (an area repaint draws hundreds of edges, most of them unchanged).
    mutable std::vector<DiagramPainter::EdgeShape> m_shapes;
    mutable std::vector<QPolygonF> m_shapePoints;
    bool m_lastWhole = false;
    int m_lastAreas = 0;
};

} // namespace Infra
