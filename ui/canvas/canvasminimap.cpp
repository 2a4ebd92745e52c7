#include "canvasminimap.h"

#include "canvascontroller.h"
#include "document.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QRegion>

#include <algorithm>

namespace Infra {

namespace {
constexpr qreal margin = 6;
// More changed areas than this, or more than this share of the map: all of it again.
constexpr int kMaxAreas = 48;
constexpr double kMaxAreaShare = 0.4;
constexpr qreal kBoxRadius = 1.5;
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

void CanvasMinimap::setCached(bool on)
{
    if (m_cached == on)
        return;
    m_cached = on;
    m_map = QImage();
    m_mapBoxes.clear();
    update();
}

std::vector<CanvasMinimap::Box> CanvasMinimap::boxes() const
{
    // toItem() for every node, with the area and the scale worked out once.
    const QRectF area = sceneArea();
    const qreal s = scale();
    const QPointF offset((width() - area.width() * s) / 2, (height() - area.height() * s) / 2);
    const DiagramStyle &style = m_controller->painter().style();
    const Design &design = m_controller->document()->design();
    const auto &rects = m_controller->scene().nodeRects();
    std::vector<Box> out;
    out.reserve(size_t(rects.size()));
    // In the design's order: boxes smaller than a pixel overlap, and the order of the scene's
    // hash changes from process to process (the same design's minimap differed by 1 of 255).
    for (const Component &c : design.components()) {
        const auto it = rects.constFind(c.id);
        if (it == rects.cend())
            continue;
        QColor colour = style.tierColor(kindTier(c.kind));
        colour.setAlpha(m_controller->isSelected(c.id) ? 255 : 170);
        out.push_back({QRectF(offset + (it.value().topLeft() - area.topLeft()) * s, it.value().size() * s), colour.rgba()});
    }
    return out;
}

void CanvasMinimap::paintBackground(QPainter *painter) const
{
    const DiagramStyle &style = m_controller->painter().style();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = style.nodeFill;
    fill.setAlpha(230);
    painter->setPen(QPen(style.nodeBorder, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(0.5, 0.5, width() - 1, height() - 1), 6, 6);
}

void CanvasMinimap::paintBoxes(QPainter *painter, const std::vector<Box> &boxes, const QRectF &area) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    for (const Box &b : boxes) {
        if (!area.isNull() && !b.rect.intersects(area))
            continue;
        painter->setBrush(QColor::fromRgba(b.colour));
        painter->drawRoundedRect(b.rect, kBoxRadius, kBoxRadius);
    }
}

void CanvasMinimap::paintVisibleArea(QPainter *painter) const
{
    const DiagramStyle &style = m_controller->painter().style();
    const QRectF viewport = m_controller->viewport();
    const QRectF visible(m_controller->toScene(viewport.topLeft()), m_controller->toScene(viewport.bottomRight()));
    QColor frame = style.selection;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(frame, 1.5));
    frame.setAlpha(30);
    painter->setBrush(frame);
    painter->drawRect(toItem(visible).intersected(QRectF(1, 1, width() - 2, height() - 2)));
}

void CanvasMinimap::updateMap(QPainter *painter, std::vector<Box> boxes)
{
    const DiagramStyle &style = m_controller->painter().style();
    const QList<QColor> colours{style.nodeFill, style.nodeBorder};
    const QPaintDevice *device = painter->device();
    const QSize size(device->width(), device->height());
    // The format of the item's own image, so that the map holds the pixels a direct paint gives.
    QImage::Format format = QImage::Format_ARGB32_Premultiplied;
    if (device->devType() == QInternal::Pixmap)
        format = static_cast<const QPixmap *>(device)->hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    else if (device->devType() == QInternal::Image)
        format = static_cast<const QImage *>(device)->format();
    const QTransform transform = painter->worldTransform();
    const QRect imageRect(QPoint(0, 0), size);
    // Sizes and colours are compared exactly: any other difference paints everything.
    const bool whole = m_map.size() != size || m_map.format() != format || m_mapTransform != transform
                       || m_mapColours != colours || m_mapSize != QSizeF(width(), height()) || m_mapBoxes.size() != boxes.size();
    QRegion dirty;
    bool tooMany = false;
    if (!whole) {
        int changed = 0;
        const auto add = [&](const QRectF &r) {
            const QRect device = transform.mapRect(r).toAlignedRect().adjusted(-2, -2, 2, 2) & imageRect;
            if (!device.isEmpty())
                dirty += device;
        };
        for (size_t i = 0; i < boxes.size() && !tooMany; ++i) {
            const Box &was = m_mapBoxes[i], &now = boxes[i];
            if (was.colour == now.colour && was.rect.x() == now.rect.x() && was.rect.y() == now.rect.y()
                && was.rect.width() == now.rect.width() && was.rect.height() == now.rect.height())
                continue;
            add(was.rect);
            add(now.rect);
            tooMany = ++changed > 4 * kMaxAreas;
        }
    }
    qint64 dirtyArea = 0;
    for (const QRect &r : dirty)
        dirtyArea += qint64(r.width()) * r.height();
    const bool paintAll = whole || tooMany || dirty.rectCount() > kMaxAreas
                          || double(dirtyArea) > kMaxAreaShare * double(size.width()) * double(size.height());
    m_lastWhole = paintAll;
    m_lastAreas = paintAll ? 1 : int(dirty.rectCount());
    if (paintAll) {
        // As QSGSoftwarePainterNode prepares the item's image: cleared under a clip of all of it.
        const auto prepare = [&](QImage &image) {
            if (image.size() != size || image.format() != format)
                image = QImage(size, format);
            QPainter p(&image);
            p.setClipRect(imageRect);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.fillRect(imageRect, fillColor());
        };
        prepare(m_background);
        {
            QPainter p(&m_background);
            p.setRenderHints(painter->renderHints());
            p.setClipRect(imageRect);
            p.setWorldTransform(transform);
            paintBackground(&p);
        }
        m_map = m_background;
        {
            QPainter p(&m_map);
            p.setRenderHints(painter->renderHints());
            p.setClipRect(imageRect);
            p.setWorldTransform(transform);
            paintBoxes(&p, boxes, QRectF());
        }
    } else if (!dirty.isEmpty()) {
        QPainter p(&m_map);
        p.setRenderHints(painter->renderHints());
        const QTransform inverse = transform.inverted();
        for (const QRect &r : dirty) {
            // The background as it was painted whole, then every box that reaches the area
            // (antialiasing spills a pixel), in the order of a full paint, under its clip.
            p.resetTransform();
            p.setClipRect(r);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.drawImage(r, m_background, r);
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
            p.setWorldTransform(transform);
            paintBoxes(&p, boxes, inverse.mapRect(QRectF(r.adjusted(-2, -2, 2, 2))));
        }
    }
    m_mapTransform = transform;
    m_mapColours = colours;
    m_mapSize = QSizeF(width(), height());
    m_mapBoxes = std::move(boxes);
}

void CanvasMinimap::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    if (m_cached) {
        updateMap(painter, boxes());
        painter->save();
        painter->resetTransform();
        painter->setCompositionMode(QPainter::CompositionMode_Source);
        painter->drawImage(0, 0, m_map);
        painter->restore();
    } else {
        paintBackground(painter);
        paintBoxes(painter, boxes(), QRectF());
    }
    paintVisibleArea(painter);
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
