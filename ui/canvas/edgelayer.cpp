#include "edgelayer.h"

#include "canvascontroller.h"
#include "document.h"

#include <QPainter>
#include <QPixmap>
#include <QRegion>

#include <algorithm>

namespace Infra {

namespace {

// How far an edge's drawing reaches beyond its polyline, in scene units: the pen, the
// arrow head (7 long, ±0.45 rad: 3.1 across) and the rounded corners (inside the legs' boxes).
constexpr qreal kEdgeReach = 10;
// More changed areas than this, or more than this share of the image: the whole base.
constexpr int kMaxAreas = 48;
constexpr double kMaxAreaShare = 0.4;
// Up to this many selected edges in view are drawn only by the overlay while they are dragged
// (see Frame::inBase).
constexpr int kMaxLiftedEdges = 64;
// Up to this many edges in view whose routes a drag changed are drawn only by the overlay
// while it lasts (see Frame::inBase); more paint the base again.
constexpr int kMaxMovedEdges = 400;

bool samePoints(const QPolygonF &a, const QPolygonF &b)
{
    if (a.constData() == b.constData() && a.size() == b.size())
        return true;
    if (a.size() != b.size())
        return false;
    for (qsizetype k = 0; k < a.size(); ++k) {
        if (a[k].x() != b[k].x() || a[k].y() != b[k].y())
            return false;
    }
    return true;
}

QRectF legBox(const QPointF &a, const QPointF &b)
{
    return QRectF(a, b).normalized().adjusted(-kEdgeReach, -kEdgeReach, kEdgeReach, kEdgeReach);
}

// Whether a leg of the polyline comes near `area` (scene units, a rectangle of positive size):
// legBox(a, b).intersects(area), written out (an area repaint asks it of every edge near the
// area, leg by leg; QRectF's normalized() and intersects() are calls into Qt).
bool touches(const QPolygonF &points, const QRectF &area)
{
    const qreal left = area.left(), right = area.right(), top = area.top(), bottom = area.bottom();
    for (qsizetype k = 1; k < points.size(); ++k) {
        const QPointF &a = points[k - 1], &b = points[k];
        // legBox: the leg's box widened by kEdgeReach on every side (never empty); intersects():
        // overlapping with positive width and height, edges touching do not count.
        if (std::min(a.x(), b.x()) - kEdgeReach < right && left < std::max(a.x(), b.x()) + kEdgeReach
            && std::min(a.y(), b.y()) - kEdgeReach < bottom && top < std::max(a.y(), b.y()) + kEdgeReach)
            return true;
    }
    return false;
}

} // namespace

// What one frame draws from: the transform from scene to device, the visible part of the
// scene, and per scene edge whether it is in view and whether it is highlighted.
struct EdgeLayer::Frame
{
    QTransform transform;
    QRectF visible;
    qreal zoom = 1;
    bool grid = true;
    std::vector<char> inView;
    std::vector<char> highlighted;
    // In the base: every edge in view but the selection's while they are dragged and few (up
    // to kMaxLiftedEdges). Otherwise they are in the base too and the overlay draws them again
    // on top, except a selected explicit link (its wider dashes would not cover the base's).
    std::vector<char> inBase;
    // Drawn by the overlay under the selection's, in the normal style: while nodes are dragged,
    // the edges whose routes a step of the drag changed (the dragged nodes' neighbours, edges
    // whose end slots shifted or whose corridors the nodes crossed), when few
    // (CanvasController::edgesMovedInDrag()). Out of the base, an edge that keeps moving, or
    // moves back, costs the base nothing; the first frame after the drag puts them back.
    std::vector<char> moved;
    std::vector<QRectF> bounds; // of the edge's drawing
    qreal thinnestPen = 0;      // of the base's edges in view, in device pixels
};

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
    m_base = QImage();
    m_baseEdges.clear();
    Q_EMIT controllerChanged();
    update();
}

void EdgeLayer::setCached(bool on)
{
    if (m_cached == on)
        return;
    m_cached = on;
    m_base = QImage();
    m_baseEdges.clear();
    update();
}

EdgeLayer::Frame EdgeLayer::frame(QPainter *painter) const
{
    Frame f;
    f.zoom = m_controller->zoom();
    f.grid = m_controller->gridVisible();
    painter->save();
    painter->translate(m_controller->panX(), m_controller->panY());
    painter->scale(f.zoom, f.zoom);
    f.transform = painter->worldTransform();
    painter->restore();
    f.visible = QRectF(m_controller->toScene({0, 0}), m_controller->toScene({width(), height()}));
    const DiagramScene &scene = m_controller->scene();
    const auto &edges = scene.edges();
    const auto &routes = scene.routes();
    f.inView.resize(edges.size());
    f.highlighted.resize(edges.size());
    f.inBase.resize(edges.size());
    f.bounds.resize(edges.size());
    int highlightedCount = 0;
    for (size_t i = 0; i < edges.size(); ++i) {
        const QRectF box = routes[i].points.boundingRect();
        f.bounds[i] = box.adjusted(-kEdgeReach, -kEdgeReach, kEdgeReach, kEdgeReach);
        f.inView[i] = box.adjusted(-8, -8, 8, 8).intersects(f.visible);
        f.highlighted[i] = f.inView[i] && (m_controller->isSelected(edges[i].from) || m_controller->isSelected(edges[i].to));
        highlightedCount += f.highlighted[i] ? 1 : 0;
    }
    // The edges of a dragged selection, when few, are lifted out of the base: moving them
    // leaves it alone. A click leaves them in it, under the overlay's wider line, so that
    // selecting and deselecting repaint nothing there; so do many (a rubber band over part of
    // a big design: a selection step of hundreds of nodes). The first step of a drag lifts
    // them (one repaint of their areas) and the first frame after it puts them back.
    const bool dragging = m_controller->isDraggingNodes();
    const bool lift = dragging && highlightedCount <= kMaxLiftedEdges;
    f.moved.assign(edges.size(), 0);
    const std::vector<char> &moved = m_controller->edgesMovedInDrag();
    if (dragging && moved.size() == edges.size()) {
        int movedCount = 0;
        for (size_t i = 0; i < edges.size(); ++i) {
            f.moved[i] = f.inView[i] && !f.highlighted[i] && moved[i];
            movedCount += f.moved[i] ? 1 : 0;
        }
        if (movedCount > kMaxMovedEdges)
            f.moved.assign(edges.size(), 0);
    }
    for (size_t i = 0; i < edges.size(); ++i) {
        f.inBase[i] = f.inView[i] && !f.moved[i] && !(f.highlighted[i] && (lift || edges[i].explicitLink));
        if (f.inBase[i]) {
            const qreal pen = DiagramPainter::edgePenWidth(edges[i]) * f.zoom;
            f.thinnestPen = f.thinnestPen > 0 ? std::min(f.thinnestPen, pen) : pen;
        }
    }
    return f;
}

void EdgeLayer::paintBase(QPainter *painter, const Frame &f, const std::vector<QRectF> &areas, bool background,
                          const QRect &clip) const
{
    const DiagramPainter &dp = m_controller->painter();
    const DiagramScene &scene = m_controller->scene();
    const bool all = areas.empty();
    if (background)
        dp.paintBackground(painter, f.visible, f.grid);
    const auto &edges = scene.edges();
    const auto &routes = scene.routes();
    for (size_t i = 0; i < edges.size(); ++i) {
        if (!f.inBase[i])
            continue;
        if (!all && std::none_of(areas.cbegin(), areas.cend(), [&](const QRectF &area) {
                return f.bounds[i].intersects(area) && touches(routes[i].points, area);
            }))
            continue;
        if (clip.isNull()) {
            dp.paintEdge(painter, routes[i], edges[i]);
            continue;
        }
        if (m_shapes.size() != edges.size()) {
            m_shapes.resize(edges.size());
            m_shapePoints.resize(edges.size());
        }
        if (m_shapePoints[i].isEmpty() || !samePoints(m_shapePoints[i], routes[i].points)) {
            m_shapes[i] = DiagramPainter::edgeShape(routes[i].points);
            m_shapePoints[i] = routes[i].points;
        }
        dp.paintEdgeWithin(painter, routes[i], edges[i], clip, false, &m_shapes[i]);
    }
}

void EdgeLayer::paintOverlay(QPainter *painter, const Frame &f) const
{
    const DiagramPainter &dp = m_controller->painter();
    const DiagramScene &scene = m_controller->scene();
    const auto &edges = scene.edges();
    const auto &routes = scene.routes();
    // Edges a drag moved, out of the base while it lasts, in the order the base draws them.
    for (size_t i = 0; i < edges.size(); ++i) {
        if (f.moved[i])
            dp.paintEdge(painter, routes[i], edges[i]);
    }
    // Edges of the selection on top, so the user sees where the selected node connects,
    // its IAM access edges among them (routed apart, see CanvasController::accessScene()).
    for (size_t i = 0; i < edges.size(); ++i) {
        if (f.highlighted[i])
            dp.paintEdge(painter, routes[i], edges[i], true);
    }
    const DiagramScene &access = m_controller->accessScene();
    for (size_t i = 0; i < access.edges().size(); ++i) {
        if (access.routes()[i].points.boundingRect().adjusted(-8, -8, 8, 8).intersects(f.visible))
            dp.paintEdge(painter, access.routes()[i], access.edges()[i], true);
    }
    // Labels are small print: seen from afar only the selection's edges keep theirs.
    const bool allLabels = f.zoom >= DiagramPainter::compactBelow();
    for (size_t i = 0; i < edges.size(); ++i) {
        if (!routes[i].labelRect.intersects(f.visible))
            continue;
        if (allLabels || f.highlighted[i])
            dp.paintEdgeLabel(painter, routes[i], edges[i]);
    }
    for (size_t i = 0; i < access.edges().size(); ++i) {
        if (access.routes()[i].labelRect.intersects(f.visible))
            dp.paintEdgeLabel(painter, access.routes()[i], access.edges()[i]);
    }
    if (m_controller->hasLinkDraft())
        dp.paintLinkDraft(painter, m_controller->linkDraftStart(), m_controller->linkDraftEnd());
}

void EdgeLayer::updateBase(QPainter *painter, const Frame &f)
{
    const DiagramScene &scene = m_controller->scene();
    const auto &edges = scene.edges();
    const auto &routes = scene.routes();
    const DiagramStyle &style = m_controller->painter().style();
    const QList<QColor> colours{style.background, style.gridDot, style.edge, style.explicitEdge};
    const QPaintDevice *device = painter->device();
    const QSize size(device->width(), device->height());
    // The format of the item's own image, so that the base holds the pixels a direct paint
    // would give.
    QImage::Format format = QImage::Format_ARGB32_Premultiplied;
    if (device->devType() == QInternal::Pixmap)
        format = static_cast<const QPixmap *>(device)->hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    else if (device->devType() == QInternal::Image)
        format = static_cast<const QImage *>(device)->format();

    const bool whole = m_base.size() != size || m_base.format() != format || m_baseTransform != f.transform
                       || m_baseGrid != f.grid || m_baseColours != colours || m_baseGridSize != style.gridSize;
    const QRect imageRect(QPoint(0, 0), size);
    std::vector<QRect> legs; // the changed edges' legs, old and new
    bool tooMany = false;
    if (!whole) {
        const auto addRoute = [&](const QPolygonF &points) {
            for (qsizetype k = 1; k < points.size() && !tooMany; ++k) {
                const QRect r = f.transform.mapRect(legBox(points[k - 1], points[k])).toAlignedRect().adjusted(-2, -2, 2, 2) & imageRect;
                if (!r.isEmpty())
                    legs.push_back(r);
                tooMany = legs.size() > size_t(8 * kMaxAreas);
            }
        };
        // An edge changed in the base when it came or went (into or out of view or the
        // selection, another edge set) or took another route or style.
        static const BaseEdge none;
        for (size_t i = 0; i < std::max(edges.size(), m_baseEdges.size()) && !tooMany; ++i) {
            const bool inBase = i < edges.size() && f.inBase[i];
            const BaseEdge &was = i < m_baseEdges.size() ? m_baseEdges[i] : none;
            if (!inBase && was.points.isEmpty())
                continue;
            if (inBase && was.explicitLink == edges[i].explicitLink && was.api == edges[i].api
                && samePoints(was.points, routes[i].points))
                continue;
            addRoute(was.points);
            if (inBase)
                addRoute(routes[i].points);
        }
    }
    QRegion dirty;
    if (!tooMany) {
        for (const QRect &r : legs)
            dirty += r;
    }
    qint64 dirtyArea = 0;
    for (const QRect &r : dirty)
        dirtyArea += qint64(r.width()) * r.height();
    const bool paintAll = whole || tooMany || dirty.rectCount() > kMaxAreas
                          || double(dirtyArea) > kMaxAreaShare * double(size.width()) * double(size.height());
    m_lastWhole = paintAll;
    m_lastAreas = paintAll ? 1 : int(dirty.rectCount());
    if (whole) {
        // The background and grid, kept apart: the base starts from it, all of it or an area
        // (a zoomed-out grid is thousands of dots; copying them is a fraction of drawing them).
        // As QSGSoftwarePainterNode prepares the item's image, then the background.
        m_grid = QImage(size, format);
        QPainter g(&m_grid);
        g.setRenderHints(painter->renderHints());
        g.setCompositionMode(QPainter::CompositionMode_Source);
        g.fillRect(imageRect, fillColor());
        g.setCompositionMode(QPainter::CompositionMode_SourceOver);
        g.setWorldTransform(f.transform);
        m_controller->painter().paintBackground(&g, f.visible, f.grid);
    }
    if (paintAll) {
        m_base = m_grid;
        dirty = QRegion(imageRect);
    }
    if (!dirty.isEmpty()) {
        QPainter p(&m_base);
        p.setRenderHints(painter->renderHints());
        const QTransform inverse = f.transform.inverted();
        std::vector<QRectF> areas;
        for (const QRect &r : dirty) {
            if (!paintAll) {
                p.setCompositionMode(QPainter::CompositionMode_Source);
                p.drawImage(r.topLeft(), m_grid, r);
            }
            // Every edge that can reach a pixel of the area (antialiasing spills a pixel).
            areas.push_back(inverse.mapRect(QRectF(r.adjusted(-2, -2, 2, 2))));
        }
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        // Then the edges that reach an area, in edge order as a full paint draws them; the
        // raster engine draws the same pixels under a clip as without one (lines are clipped
        // to the device, not to the clip). Lines wider than a pixel: each edge once, under the
        // whole changed region. Thinner ones (zoomed out) are drawn pixel by pixel, which
        // under a region costs a look-up per pixel of the whole line: area by area then,
        // each under its rectangle (an edge across several areas is drawn for each), with
        // its straight legs cut to the area's surroundings first (the stroker walks a line
        // along its whole length in the device, testing the clip pixel by pixel: ~1.3 ms an
        // area at 10 % when the long routes to shared services reach it).
        if (paintAll || f.thinnestPen > 1) {
            p.resetTransform();
            p.setClipRegion(dirty);
            p.setWorldTransform(f.transform);
            paintBase(&p, f, paintAll ? std::vector<QRectF>{} : areas, false);
        } else {
            qsizetype k = 0;
            for (const QRect &r : dirty) {
                p.resetTransform();
                p.setClipRect(r);
                p.setWorldTransform(f.transform);
                paintBase(&p, f, {areas[size_t(k++)]}, false, r);
            }
        }
    }
    m_baseTransform = f.transform;
    m_baseGrid = f.grid;
    m_baseColours = colours;
    m_baseGridSize = style.gridSize;
    m_baseEdges.assign(edges.size(), BaseEdge{});
    for (size_t i = 0; i < edges.size(); ++i) {
        if (f.inBase[i])
            m_baseEdges[i] = {routes[i].points, edges[i].explicitLink, edges[i].api};
    }
}

void EdgeLayer::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    const Frame f = frame(painter);
    if (m_cached) {
        updateBase(painter, f);
        painter->save();
        painter->resetTransform();
        painter->setCompositionMode(QPainter::CompositionMode_Source);
        painter->drawImage(0, 0, m_base);
        painter->restore();
    }
    painter->setWorldTransform(f.transform);
    if (!m_cached)
        paintBase(painter, f, {}, true);
    paintOverlay(painter, f);
}

} // namespace Infra
