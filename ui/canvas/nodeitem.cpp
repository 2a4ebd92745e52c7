#include "nodeitem.h"

#include "canvascontroller.h"
#include "nodevisual.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QQmlComponent>
#include <QQmlContext>

namespace Infra {

NodeItem::NodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setAntialiasing(true);
}

void NodeItem::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &CanvasController::viewChanged, this, [this] {
            updateCulling();
            if (m_onScreen)
                update();
            else
                m_paintPending = true;
        });
    }
    Q_EMIT controllerChanged();
    updateCulling();
    update();
}

void NodeItem::updateCulling()
{
    bool on = true;
    if (m_controller && !m_id.isEmpty()) {
        // From the design and the view transform, not from the item's place in the window:
        // the layer's pan binding may not have followed the view yet when this runs.
        const QRectF view = m_controller->nodeViewRect(m_id);
        const QRectF viewport = m_controller->viewport();
        on = view.isNull() || viewport.isEmpty() || view.intersects(viewport.adjusted(-2, -2, 2, 2));
    }
    if (on == m_onScreen)
        return;
    m_onScreen = on;
    if (on && m_paintPending)
        update();
}

QSGNode *NodeItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data)
{
    if (!m_onScreen) {
        // Keep whatever was drawn (it is out of view) and paint when the card comes back.
        m_paintPending = true;
        return oldNode;
    }
    m_paintPending = false;
    return QQuickPaintedItem::updatePaintNode(oldNode, data);
}

void NodeItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    updateCulling();
}

void NodeItem::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickPaintedItem::itemChange(change, value);
    if (change == ItemSceneChange)
        updateCulling();
}

void NodeItem::setComponentId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    Q_EMIT componentIdChanged();
    updateCulling();
    update();
}

void NodeItem::setRevision(int revision)
{
    if (m_revision == revision)
        return;
    m_revision = revision;
    Q_EMIT revisionChanged();
    update();
}

void NodeItem::setNote(const QString &note)
{
    if (m_note == note)
        return;
    m_note = note;
    Q_EMIT noteChanged();
    updateNoteBadge();
}

void NodeItem::setNoteBadgeComponent(QQmlComponent *component)
{
    if (m_noteBadgeComponent == component)
        return;
    m_noteBadgeComponent = component;
    Q_EMIT noteBadgeComponentChanged();
    if (m_noteBadge) {
        delete m_noteBadge;
        Q_EMIT noteBadgeChanged();
    }
    updateNoteBadge();
}

void NodeItem::componentComplete()
{
    QQuickPaintedItem::componentComplete();
    updateNoteBadge();
}

void NodeItem::updateNoteBadge()
{
    if (!isComponentComplete())
        return; // the note and the component may both still come
    const bool wanted = !m_note.isEmpty() && m_noteBadgeComponent;
    if (wanted == bool(m_noteBadge))
        return;
    if (!wanted) {
        delete m_noteBadge;
        Q_EMIT noteBadgeChanged();
        return;
    }
    // In the node's context (a delegate's: it ends with the delegate, so the badge's bindings
    // stop with the node's); the node is its parent item.
    QQmlContext *context = qmlContext(this) ? qmlContext(this) : m_noteBadgeComponent->creationContext();
    QObject *made = m_noteBadgeComponent->beginCreate(context);
    auto *badge = qobject_cast<QQuickItem *>(made);
    if (!badge) {
        delete made;
        qWarning() << "NodeItem: the note badge is not an Item:" << m_noteBadgeComponent->errors();
        return;
    }
    badge->setParent(this);
    badge->setParentItem(this);
    m_noteBadgeComponent->completeCreate();
    m_noteBadge = badge;
    Q_EMIT noteBadgeChanged();
}

QPointF NodeItem::connectorCenter() const
{
    if (!m_controller)
        return {};
    const qreal z = m_controller->zoom();
    const qreal m = m_controller->nodeMargin();
    return {(m + m_controller->nodeWidth() / 2) * z, (m + m_controller->nodeHeight()) * z};
}

QPointF NodeItem::toCanvas(const QPointF &itemPos) const
{
    // The canvas fills its window, so window coordinates are the controller's view coordinates.
    return mapToScene(itemPos);
}

void NodeItem::paint(QPainter *painter)
{
    if (!m_controller || m_id.isEmpty())
        return;
    const qreal z = m_controller->zoom();
    if (z >= DiagramPainter::textHiddenBelow()) {
        NodeVisual visual = m_controller->nodeVisual(m_id);
        visual.hovered = m_hovered;
        paintCard(painter, visual);
        return;
    }
    // Too small for text: every card of one look has the same pixels. Painted once into an
    // image like the item's own (size, format, transform, hints, font), then copied.
    NodeVisual visual = m_controller->nodeVisual(m_id, false);
    visual.hovered = m_hovered;
    const QPaintDevice *device = painter->device();
    QImage::Format format = QImage::Format_ARGB32_Premultiplied;
    if (device->devType() == QInternal::Pixmap)
        format = static_cast<const QPixmap *>(device)->hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    else if (device->devType() == QInternal::Image)
        format = static_cast<const QImage *>(device)->format();
    else
        return paintCard(painter, visual);
    const QTransform t = painter->worldTransform();
    QString key = m_controller->compareMark(m_id) + QLatin1Char('|') + painter->font().key();
    for (const double v : {double(visual.kind), double(visual.selected), double(visual.hovered), double(visual.errors),
                           double(visual.warnings), double(visual.infos), double(int(painter->renderHints())), double(format),
                           double(device->width()), double(device->height()), device->devicePixelRatio(), z, t.m11(), t.m12(),
                           t.m21(), t.m22(), t.dx(), t.dy()})
        key += QLatin1Char(' ') + QString::number(v, 'g', 17);
    QHash<QString, QImage> &cards = m_controller->cardImages();
    auto it = cards.find(key);
    if (it == cards.end()) {
        if (cards.size() > 512)
            cards.clear();
        QImage image(device->width(), device->height(), format);
        image.setDevicePixelRatio(device->devicePixelRatio());
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHints(painter->renderHints());
        p.setFont(painter->font());
        p.setWorldTransform(t);
        paintCard(&p, visual);
        p.end();
        it = cards.insert(key, image);
    }
    painter->save();
    painter->resetTransform();
    painter->setCompositionMode(QPainter::CompositionMode_Source);
    painter->drawImage(0, 0, *it);
    painter->restore();
}

void NodeItem::paintCard(QPainter *painter, const NodeVisual &visual) const
{
    const qreal z = m_controller->zoom();
    const qreal m = m_controller->nodeMargin();
    painter->scale(z, z);
    const QRectF rect(m, m, m_controller->nodeWidth(), m_controller->nodeHeight());
    m_controller->painter().paintNode(painter, rect, visual, z);
    if (const QString mark = m_controller->compareMark(m_id); !mark.isEmpty()) {
        // The comparison overlay: a dashed outline in the change's colour and its tag.
        const QColor colour = mark == QLatin1String("added") ? QColor(0x1a, 0x7f, 0x37) : QColor(0xbf, 0x87, 0x00);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(colour, 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 8, 8);
        QFont font = painter->font();
        font.setPixelSize(10);
        font.setBold(true);
        painter->setFont(font);
        const QString tag = mark == QLatin1String("added") ? tr("added") : tr("changed");
        const qreal w = QFontMetricsF(font).horizontalAdvance(tag) + 10;
        const QRectF pill(rect.right() - w - 6, rect.top() - 9, w, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(pill, 7, 7);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, tag);
        painter->restore();
    }
    if (m_hovered || visual.selected) {
        // The connector: drag from it to another node to add an explicit link.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(m_controller->painter().style().explicitEdge);
        painter->drawEllipse(QPointF(rect.center().x(), rect.bottom()), 5, 5);
    }
}

void NodeItem::mousePressEvent(QMouseEvent *event)
{
    if (!m_controller) {
        event->ignore();
        return;
    }
    const QPointF pos = event->position();
    const QPointF canvas = toCanvas(pos);
    if (QLineF(pos, connectorCenter()).length() <= 8 * std::max<qreal>(1.0, m_controller->zoom())) {
        m_linking = true;
        m_controller->beginLink(m_id, canvas.x(), canvas.y());
    } else {
        m_linking = false;
        m_controller->pressNode(m_id, canvas.x(), canvas.y(), int(event->modifiers()));
    }
    event->accept();
}

void NodeItem::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_controller)
        return;
    const QPointF canvas = toCanvas(event->position());
    if (m_linking)
        m_controller->updateLink(canvas.x(), canvas.y());
    else
        m_controller->dragTo(canvas.x(), canvas.y());
}

void NodeItem::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_controller)
        return;
    const QPointF canvas = toCanvas(event->position());
    if (m_linking)
        m_controller->endLink(canvas.x(), canvas.y());
    else
        m_controller->release();
    m_linking = false;
}

void NodeItem::mouseUngrabEvent()
{
    // After a normal release the controller has nothing pressed and this does nothing; when a
    // pinch takes the touch point over mid-drag, the drag is taken back.
    if (m_controller)
        m_controller->cancelPress();
    m_linking = false;
}

void NodeItem::hoverEnterEvent(QHoverEvent *)
{
    m_hovered = true;
    Q_EMIT hoveredChanged();
    update();
}

void NodeItem::hoverLeaveEvent(QHoverEvent *)
{
    m_hovered = false;
    Q_EMIT hoveredChanged();
    update();
}

} // namespace Infra
