#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlComponent;

namespace Infra {

class CanvasController;
struct NodeVisual;

// One node on the canvas: shows the component `componentId` through DiagramPainter at the
// controller's zoom (painted at device resolution, so it stays sharp when zoomed), and
// turns mouse gestures into controller calls: press/drag/release moves the selection; a
// drag from the connector dot at the bottom draws a link to another node.
class NodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Infra::CanvasController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString componentId READ componentId WRITE setComponentId NOTIFY componentIdChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(bool hovered READ isHovered NOTIFY hoveredChanged)
    // The component's note, and what shows it: `noteBadge` is made from this component, as a
    // child item, while the note is not empty (most nodes have none: a badge on every card,
    // hidden, was a third of making the delegates of a 2,000-node design).
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY noteChanged)
    Q_PROPERTY(QQmlComponent *noteBadgeComponent READ noteBadgeComponent WRITE setNoteBadgeComponent NOTIFY noteBadgeComponentChanged)
    Q_PROPERTY(QQuickItem *noteBadge READ noteBadge NOTIFY noteBadgeChanged)

public:
    explicit NodeItem(QQuickItem *parent = nullptr);

    CanvasController *controller() const { return m_controller; }
    void setController(CanvasController *controller);
    QString componentId() const { return m_id; }
    void setComponentId(const QString &id);
    int revision() const { return m_revision; }
    void setRevision(int revision);
    bool isHovered() const { return m_hovered; }
    QString note() const { return m_note; }
    void setNote(const QString &note);
    QQmlComponent *noteBadgeComponent() const { return m_noteBadgeComponent; }
    void setNoteBadgeComponent(QQmlComponent *component);
    QQuickItem *noteBadge() const { return m_noteBadge; }

    void paint(QPainter *painter) override;
    // Whether the card is in the view now (off it, it is not painted: a 2,000-node design
    // would otherwise paint every card on each zoom and at the first frame).
    bool isOnScreen() const { return m_onScreen; }

Q_SIGNALS:
    void controllerChanged();
    void componentIdChanged();
    void revisionChanged();
    void hoveredChanged();
    void noteChanged();
    void noteBadgeComponentChanged();
    void noteBadgeChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void componentComplete() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseUngrabEvent() override;
    void hoverEnterEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;

private:
    void paintCard(QPainter *painter, const NodeVisual &visual) const;
    QPointF connectorCenter() const;  // item coordinates
    QPointF toCanvas(const QPointF &itemPos) const;
    void updateCulling();
    void updateNoteBadge();

    QPointer<CanvasController> m_controller;
    QString m_id;
    int m_revision = 0;
    bool m_hovered = false;
    bool m_linking = false;
    bool m_onScreen = true;
    bool m_paintPending = false; // asked to repaint while off screen
    QString m_note;
    QPointer<QQmlComponent> m_noteBadgeComponent;
    QPointer<QQuickItem> m_noteBadge;
};

} // namespace Infra
