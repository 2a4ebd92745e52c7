#pragma once

#include "cost/costestimate.h"
#include "diagrampainter.h"
#include "diagramscene.h"
#include "nodemodel.h"

#include <QAccessible>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <future>
#include <memory>
#include <optional>

namespace Infra {

class Document;
struct DesignChange;
struct DerivedDelta;

// The logic of the canvas, with no QML engine needed: the view transform (zoom around a
// point, pan, fit), selection gestures (click, Ctrl/Shift toggles, rubber band), node drags
// (one MoveComponents per drag, snapped to the grid), drawing a link from node to node, drops
// from the palette and context-menu requests. It keeps the DiagramScene (geometry) in step
// with the document. QML binds to its properties and calls its invokables; every edit is
// an undo command pushed on the document's stack.
class CanvasController : public QObject, private QAccessible::ActivationObserver
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the canvas widget")
    Q_PROPERTY(Infra::NodeModel *nodes READ nodes CONSTANT)
    Q_PROPERTY(qreal zoom READ zoom NOTIFY viewChanged)
    Q_PROPERTY(qreal panX READ panX NOTIFY viewChanged)
    Q_PROPERTY(qreal panY READ panY NOTIFY viewChanged)
    Q_PROPERTY(qreal nodeMargin READ nodeMargin CONSTANT)
    Q_PROPERTY(qreal nodeWidth READ nodeWidth CONSTANT)
    Q_PROPERTY(qreal nodeHeight READ nodeHeight CONSTANT)
    Q_PROPERTY(QRectF rubberBand READ rubberBand NOTIFY rubberBandChanged)
    Q_PROPERTY(bool snapToGrid READ snapToGrid WRITE setSnapToGrid NOTIFY snapToGridChanged)
    Q_PROPERTY(bool gridVisible READ gridVisible WRITE setGridVisible NOTIFY gridVisibleChanged)
    Q_PROPERTY(bool showAccessEdges READ showAccessEdges WRITE setShowAccessEdges NOTIFY showAccessEdgesChanged)
    Q_PROPERTY(bool legendVisible READ legendVisible WRITE setLegendVisible NOTIFY legendVisibleChanged)
    Q_PROPERTY(bool minimapVisible READ minimapVisible WRITE setMinimapVisible NOTIFY minimapVisibleChanged)
    Q_PROPERTY(bool wholeDesignVisible READ isWholeDesignVisible NOTIFY wholeDesignVisibleChanged)
    Q_PROPERTY(bool describing READ isDescribing NOTIFY describingChanged)

public:
    explicit CanvasController(Document *document, QObject *parent = nullptr);
    ~CanvasController() override;

    Document *document() const { return m_document; }
    NodeModel *nodes() const { return m_nodes; }
    const DiagramScene &scene() const { return m_scene; }
    // While a reset's routes are laid out on a second thread: from the moment the controller
    // hears of the reset until the node model has made its rows (the scene has the new nodes
    // meanwhile, its edges come when the routes are done, before the reset's announcement ends).
    bool isRouting() const { return m_routing.valid(); }
    // The IAM access edges of the selected nodes while not all are shown (see showAccessEdges).
    const DiagramScene &accessScene() const { return m_accessScene; }
    bool isEdgeShown(const QString &edgeId) const;
    // The document's selection as a set: asked for every node and edge drawn (the document's
    // list costs a scan per question, hundreds of ids after a rubber band).
    bool isSelected(const QString &id) const { return m_selected.contains(id); }
    // Edge `index` as contextMenuRequested numbers them: the scene's, then the access scene's.
    std::optional<DiagramEdge> edge(int index) const;
    // The edge under a view position, numbered as edge() takes them; -1 over a node or nothing.
    int edgeAt(qreal x, qreal y) const;
    // An edge's tooltip: which components it joins and its purpose, in the user's language.
    QString edgeToolTip(int index) const;
    const DiagramPainter &painter() const { return m_painter; }
    // `withText` false: without name, kind, key parameters and cost (a card too small to read).
    NodeVisual nodeVisual(const QString &id, bool withText = true) const;
    // Pictures of zoomed-out cards, which draw no text and so look the same for every card of
    // one look (NodeItem keys them); emptied when the colours or the card text change.
    QHash<QString, QImage> &cardImages() const { return m_cardImages; }

    // The comparison overlay (File → Compare…): components marked "added" or "changed" against
    // another version of the design get a coloured outline and a tag on the canvas; empty clears.
    void setCompareMarks(const QHash<QString, QString> &marks);
    QString compareMark(const QString &id) const { return m_compareMarks.value(id); }
    // What a screen reader says about a node: kind, key parameters, cost, findings, selection.
    // `revision` only makes QML re-evaluate the binding when the node changes.
    Q_INVOKABLE QString accessibleDescription(const QString &id, int revision = 0) const;
    // Whether the nodes carry that description: while an assistive technology is active
    // (QAccessible::isActive() at the start, then the platform's word when a screen reader
    // starts or stops). With none, no delegate asks for it: describing every node was a
    // twentieth of opening a 2,000-component design, for nobody.
    bool isDescribing() const { return m_describing; }

    qreal zoom() const { return m_zoom; }
    qreal panX() const { return m_pan.x(); }
    qreal panY() const { return m_pan.y(); }
    qreal nodeMargin() const { return 12; }
    qreal nodeWidth() const { return m_scene.style().nodeSize.width(); }
    qreal nodeHeight() const { return m_scene.style().nodeSize.height(); }
    QRectF rubberBand() const { return m_rubberBand; }
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool on);
    bool gridVisible() const { return m_gridVisible; }
    void setGridVisible(bool on);
    // IAM-only access paths (tasks → S3, Secrets Manager, ECR, CloudWatch) are drawn for the
    // selected nodes only, unless this is on: with every ECS service reaching the same four
    // services they would otherwise bury the network connections in a bundle of lines.
    bool showAccessEdges() const { return m_showAccessEdges; }
    void setShowAccessEdges(bool on);
    // The legend (kinds and edge styles shown; closed until asked for, it covers a corner of
    // the diagram) and the minimap (open) in the canvas's lower corners.
    bool legendVisible() const { return m_legendVisible; }
    void setLegendVisible(bool on);
    bool minimapVisible() const { return m_minimapVisible; }
    void setMinimapVisible(bool on);
    // Every node is inside the view (the minimap shows only when there is somewhere to go).
    bool isWholeDesignVisible() const { return m_wholeDesignVisible; }
    // Light or dark colours for the canvas (the application palette decides; exports stay light).
    void setDarkAppearance(bool dark);
    bool isDarkAppearance() const { return m_painter.style().isDark(); }
    // Presentation-size card text (the review layout); see DiagramPainter::setPresentation.
    void setPresentation(bool on);
    bool isPresentation() const { return m_painter.isPresentation(); }
    // The monthly cost label shown on a node ("$412/mo", desired scale), empty if unpriced.
    QString costLabel(const QString &id) const { return m_costs.value(id); }

    // Where a node's card (with its margin) is in the view, from the design's position; null
    // when there is no such component.
    QRectF nodeViewRect(const QString &id) const;
    QPointF toScene(const QPointF &viewPos) const { return (viewPos - m_pan) / m_zoom; }
    QPointF toView(const QPointF &scenePos) const { return scenePos * m_zoom + m_pan; }
    QRectF viewport() const { return m_viewport; }
    // The link being drawn, in scene coordinates (null when none).
    bool hasLinkDraft() const { return !m_linkFrom.isEmpty(); }
    QPointF linkDraftStart() const;
    QPointF linkDraftEnd() const { return m_linkTo; }

    // Node gestures (view coordinates; modifiers as Qt::KeyboardModifiers).
    Q_INVOKABLE void pressNode(const QString &id, qreal x, qreal y, int modifiers);
    Q_INVOKABLE void dragTo(qreal x, qreal y);
    Q_INVOKABLE void release();
    // Nodes are being dragged: pressed and moved past the threshold, not yet released.
    bool isDraggingNodes() const { return m_dragged; }
    // While dragging: per scene edge, whether a step of this drag changed its route (the edge
    // layer draws those on top instead of painting its cache again at every step; once moved,
    // an edge stays so until the drag ends, even back on its old route); empty otherwise.
    const std::vector<char> &edgesMovedInDrag() const { return m_movedInDrag; }
    // The press was taken over (a pinch started, the window lost the mouse): a drag in
    // progress is taken back and leaves no undo step.
    Q_INVOKABLE void cancelPress();
    // Link drawing from a node's connector to another node.
    Q_INVOKABLE void beginLink(const QString &id, qreal x, qreal y);
    Q_INVOKABLE void updateLink(qreal x, qreal y);
    Q_INVOKABLE void endLink(qreal x, qreal y);
    // Background gestures.
    Q_INVOKABLE void beginRubberBand(qreal x, qreal y, int modifiers);
    Q_INVOKABLE void updateRubberBand(qreal x, qreal y);
    Q_INVOKABLE void endRubberBand();
    Q_INVOKABLE void zoomAt(qreal factor, qreal x, qreal y);
    Q_INVOKABLE void panBy(qreal dx, qreal dy);
    Q_INVOKABLE void setViewportSize(qreal width, qreal height);
    Q_INVOKABLE void requestContextMenu(qreal x, qreal y);
    // A palette kind dropped at a view position: adds a component there.
    Q_INVOKABLE bool dropKind(const QString &kind, qreal x, qreal y);
    // The keyboard's way to add: in the middle of the visible canvas, beside any node there.
    Q_INVOKABLE bool addKind(const QString &kind);
    // Selects the next (or previous) node in design order and shows it; false, with the
    // selection cleared, after the last (before the first) one.
    bool selectNext(bool forward);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();
    void centerOn(const QString &id);
    // Pans so that a scene point is in the middle of the view (the minimap's click and drag).
    void centerOnScenePoint(const QPointF &scenePos);
    // Graphviz layered layout of the whole design, pushed as one AutoLayout command.
    void autoLayout();

Q_SIGNALS:
    void viewChanged();
    void rubberBandChanged();
    void snapToGridChanged(bool on);
    void gridVisibleChanged(bool on);
    void showAccessEdgesChanged(bool on);
    void legendVisibleChanged(bool on);
    void minimapVisibleChanged(bool on);
    void wholeDesignVisibleChanged(bool on);
    void describingChanged(bool on);
    // The scene's edges or their routes changed: the edge layer repaints.
    void edgesChanged();
    // Right click: on a node (nodeId set), an edge (edgeIndex >= 0) or the background.
    void contextMenuRequested(const QString &nodeId, int edgeIndex, const QPointF &viewPos);

private:
    void accessibilityActiveChanged(bool active) override;
    void onChanged(const DesignChange &change);
    void onDerivedChanged(const DerivedDelta &delta);
    void rebuildScene();
    std::vector<DiagramEdge> shownEdges();   // m_allEdges again, and those drawn of them
    void startRouting();                     // a reset's routes on a second thread
    void finishRouting();
    bool isHiddenAccessEdge(const DiagramEdge &edge) const; // drawn for the selection only
    std::vector<DiagramEdge> selectedAccessEdges() const;
    void onSelectionChanged();
    enum class CostTouch { Changed, None };
    void updateCosts(CostTouch touch = CostTouch::Changed);
    void setZoomAround(qreal zoom, const QPointF &viewPos);
    void updateWholeDesignVisible();

    Document *m_document;
    NodeModel *m_nodes = nullptr;
    QHash<QString, QString> m_compareMarks;
    DiagramScene m_scene;
    DiagramPainter m_painter;
    std::vector<DiagramEdge> m_allEdges;  // every derived edge, shown or not
    bool m_showAccessEdges = false;
    DiagramScene m_accessScene;           // the selection's access edges, routed on their own
    std::future<std::unique_ptr<DiagramScene>> m_routing; // see isRouting()
    QHash<QString, QString> m_costs;      // component id → cost label
    mutable QHash<QString, QImage> m_cardImages;
    QSet<QString> m_selected;             // Document::selectedIds()
    qreal m_zoom = 1.0;
    QPointF m_pan{40, 40};
    QRectF m_viewport;
    bool m_snapToGrid = true;
    bool m_gridVisible = true;
    bool m_legendVisible = false;
    bool m_minimapVisible = true;
    bool m_wholeDesignVisible = true;
    bool m_describing = false;
    bool m_fitPending = true;
    bool m_sceneRebuiltForChange = false; // onChanged rebuilt the scene for the change announced last

    // Drag state (view state only; the design changes through MoveComponents).
    QString m_pressedId;
    QPointF m_pressScene;
    QHash<QString, QPointF> m_dragOrigins;
    int m_dragSerial = 0;
    bool m_dragged = false;
    std::vector<char> m_movedInDrag;

    QRectF m_rubberBand;
    QPointF m_rubberOrigin;
    QStringList m_rubberBase;

    QString m_linkFrom;
    QPointF m_linkTo;
};

} // namespace Infra
