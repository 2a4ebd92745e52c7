#include "canvascontroller.h"

#include "componentcommands.h"
#include "document.h"
#include "graphvizlayout.h"
#include "linkcommands.h"
#include "nodemodel.h"
#include "schematext.h"

#include <QLineF>
#include <QUndoStack>

#include <algorithm>
#include <utility>
#include <optional>

namespace Infra {

namespace {

constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;

// Short id stems for new components ("web", "web-2", …).
QString idStem(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::CloudFront: return QStringLiteral("cdn");
    case ComponentKind::Alb: return QStringLiteral("alb");
    case ComponentKind::EcsWeb: return QStringLiteral("web");
    case ComponentKind::EcsWorker: return QStringLiteral("worker");
    case ComponentKind::EcsBeat: return QStringLiteral("beat");
    case ComponentKind::RdsPostgres: return QStringLiteral("db");
    case ComponentKind::PgBouncer: return QStringLiteral("pgbouncer");
    case ComponentKind::ElastiCacheRedis: return QStringLiteral("redis");
    case ComponentKind::S3Bucket: return QStringLiteral("bucket");
    case ComponentKind::Ecr: return QStringLiteral("ecr");
    case ComponentKind::SecretsManager: return QStringLiteral("secrets");
    case ComponentKind::CloudWatch: return QStringLiteral("logs");
    case ComponentKind::Sqs: return QStringLiteral("queue");
    case ComponentKind::AuroraPostgres: return QStringLiteral("aurora");
    case ComponentKind::EventBridgeScheduler: return QStringLiteral("schedules");
    case ComponentKind::MemoryDb: return QStringLiteral("memorydb");
    }
    return QStringLiteral("component");
}

int nextDragSerial()
{
    static int serial = 0;
    return ++serial;
}

} // namespace

CanvasController::CanvasController(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_describing(QAccessible::isActive())
{
    QAccessible::installActivationObserver(this);
    // The selection as a set before the node model hears of it: its rows' new revisions make
    // QML ask for the nodes' descriptions at once.
    const auto syncSelection = [this] {
        const QStringList ids = m_document->selectedIds();
        m_selected = QSet<QString>(ids.cbegin(), ids.cend());
    };
    syncSelection();
    connect(document, &Document::selectionChanged, this, syncSelection);
    // Costs and scene current before the node model hears of a change: the rows it makes or
    // touches ask for them at once (a reset makes every delegate).
    connect(document, &Document::changed, this, &CanvasController::onChanged);
    m_nodes = new NodeModel(document, this);
    // After the node model has made the rows of a reset: the routes laid out meanwhile.
    connect(document, &Document::changed, this, &CanvasController::finishRouting);
    // After a view change or an edit that moved the scene's bounds.
    connect(this, &CanvasController::viewChanged, this, &CanvasController::updateWholeDesignVisible);
    connect(this, &CanvasController::edgesChanged, this, &CanvasController::updateWholeDesignVisible);
    connect(document, &Document::derivedChanged, this, &CanvasController::onDerivedChanged);
    connect(document, &Document::selectionChanged, this, &CanvasController::onSelectionChanged);
    rebuildScene();
    updateCosts();
}

CanvasController::~CanvasController()
{
    QAccessible::removeActivationObserver(this);
}

void CanvasController::accessibilityActiveChanged(bool active)
{
    if (m_describing == active)
        return;
    m_describing = active;
    Q_EMIT describingChanged(active);
}

NodeVisual CanvasController::nodeVisual(const QString &id, bool withText) const
{
    const Component *c = m_document->design().component(id);
    if (!c)
        return {};
    NodeVisual v = withText ? NodeVisual::of(*c, &m_document->derived()) : NodeVisual::shapeOf(*c, &m_document->derived());
    v.selected = isSelected(id);
    if (withText)
        v.cost = m_costs.value(id);
    return v;
}

QRectF CanvasController::nodeViewRect(const QString &id) const
{
    const Component *c = m_document->design().component(id);
    if (!c)
        return {};
    const QRectF card = m_scene.placeOf(*c).adjusted(-nodeMargin(), -nodeMargin(), nodeMargin(), nodeMargin());
    return {toView(card.topLeft()), toView(card.bottomRight())};
}

void CanvasController::setCompareMarks(const QHash<QString, QString> &marks)
{
    QStringList changed = m_compareMarks.keys() + marks.keys();
    changed.removeDuplicates();
    m_compareMarks = marks;
    m_nodes->touch(changed);
}

QString CanvasController::accessibleDescription(const QString &id, int revision) const
{
    Q_UNUSED(revision);
    const NodeVisual v = nodeVisual(id);
    if (v.id.isEmpty())
        return {};
    QStringList parts{v.subtitle};
    for (const QString &d : v.details) {
        if (!d.isEmpty())
            parts << d;
    }
    if (!v.cost.isEmpty())
        parts << v.cost;
    if (v.errors)
        parts << tr("%n error(s)", nullptr, v.errors);
    if (v.warnings)
        parts << tr("%n warning(s)", nullptr, v.warnings);
    if (v.infos)
        parts << tr("%n note(s)", nullptr, v.infos);
    if (v.selected)
        parts << tr("selected");
    return parts.join(QStringLiteral("; "));
}

bool CanvasController::isHiddenAccessEdge(const DiagramEdge &e) const
{
    return e.api && !e.explicitLink && !m_showAccessEdges;
}

std::vector<DiagramEdge> CanvasController::shownEdges()
{
    m_allEdges = DiagramEdge::fromDerived(m_document->design(), m_document->derived());
    std::vector<DiagramEdge> shown;
    shown.reserve(m_allEdges.size());
    for (const DiagramEdge &e : m_allEdges) {
        if (!isHiddenAccessEdge(e))
            shown.push_back(e);
    }
    return shown;
}

void CanvasController::rebuildScene()
{
    m_scene.rebuild(m_document->design(), shownEdges());
    // The access scene has the same nodes, kept in step by moves (see onChanged).
    m_accessScene.rebuild(m_document->design(), selectedAccessEdges());
    Q_EMIT edgesChanged();
}

void CanvasController::startRouting()
{
    // Opening a 2,000-component design, routing took as long as making the 2,000 delegates
    // (about a tenth of the start each). The routes are laid out in a scene of their own on a
    // second thread, from the document's design, which nothing changes until the announcement
    // of the reset is over; finishRouting() takes them after the node model's rows are made.
    // Until then this scene has the new nodes and no edges.
    auto routed = std::make_unique<DiagramScene>(m_scene.style());
    m_scene.rebuild(m_document->design(), {});
    m_routing = std::async(std::launch::async,
                           [routed = std::move(routed), &design = m_document->design(), shown = shownEdges()]() mutable {
                               routed->rebuild(design, std::move(shown));
                               return std::move(routed);
                           });
}

void CanvasController::finishRouting()
{
    if (!m_routing.valid())
        return;
    m_scene = std::move(*m_routing.get());
    m_accessScene.rebuild(m_document->design(), selectedAccessEdges());
    Q_EMIT edgesChanged();
    if (!m_viewport.isEmpty())
        fitToView();
}

std::vector<DiagramEdge> CanvasController::selectedAccessEdges() const
{
    std::vector<DiagramEdge> selected;
    for (const DiagramEdge &e : m_allEdges) {
        if (isHiddenAccessEdge(e) && (isSelected(e.from) || isSelected(e.to)))
            selected.push_back(e);
    }
    return selected;
}

void CanvasController::onSelectionChanged()
{
    // Only the few access edges of the selection, routed on their own over the nodes the
    // access scene already holds: routing the whole scene again on every click took 200 ms
    // on a 500-node design.
    std::vector<DiagramEdge> selected = selectedAccessEdges();
    if (!selected.empty() || !m_accessScene.edges().empty())
        m_accessScene.replaceEdges(std::move(selected));
    Q_EMIT edgesChanged(); // highlighting follows the selection
}

bool CanvasController::isEdgeShown(const QString &edgeId) const
{
    return m_scene.edgeIndex(edgeId) >= 0 || m_accessScene.edgeIndex(edgeId) >= 0;
}

std::optional<DiagramEdge> CanvasController::edge(int index) const
{
    if (index < 0)
        return std::nullopt;
    const size_t i = size_t(index), main = m_scene.edges().size();
    if (i < main)
        return m_scene.edges()[i];
    if (i - main < m_accessScene.edges().size())
        return m_accessScene.edges()[i - main];
    return std::nullopt;
}

int CanvasController::edgeAt(qreal x, qreal y) const
{
    const QPointF scenePos = toScene({x, y});
    if (!m_scene.nodeAt(scenePos).isEmpty())
        return -1;
    if (const int edge = m_scene.edgeAt(scenePos, 6 / m_zoom); edge >= 0)
        return edge;
    // The selection's access edges are numbered after the scene's (see edge()).
    if (const int access = m_accessScene.edgeAt(scenePos, 6 / m_zoom); access >= 0)
        return int(m_scene.edges().size()) + access;
    return -1;
}

QString CanvasController::edgeToolTip(int index) const
{
    const std::optional<DiagramEdge> e = edge(index);
    if (!e)
        return {};
    const Design &design = m_document->design();
    const Component *from = design.component(e->from);
    const Component *to = design.component(e->to);
    const Connection *c = m_document->derived().connection(e->id);
    return QStringLiteral("%1 → %2\n%3")
        .arg(from ? from->name : e->from, to ? to->name : e->to, c ? c->displayPurpose() : e->purpose);
}

void CanvasController::setDarkAppearance(bool dark)
{
    if (dark == isDarkAppearance())
        return;
    m_painter.setStyle(dark ? DiagramStyle::dark() : DiagramStyle::standard());
    m_cardImages.clear();
    QStringList all;
    for (const Component &c : m_document->design().components())
        all.append(c.id);
    m_nodes->touch(all);
    Q_EMIT edgesChanged();
}

void CanvasController::setPresentation(bool on)
{
    if (on == isPresentation())
        return;
    m_painter.setPresentation(on);
    m_cardImages.clear();
    QStringList all;
    for (const Component &c : m_document->design().components())
        all.append(c.id);
    m_nodes->touch(all);
}

void CanvasController::setShowAccessEdges(bool on)
{
    if (m_showAccessEdges == on)
        return;
    m_showAccessEdges = on;
    rebuildScene();
    Q_EMIT showAccessEdgesChanged(on);
}

void CanvasController::updateCosts(CostTouch touch)
{
    const CostEstimate &estimate = m_document->cost();
    QHash<QString, QString> costs;
    for (const ComponentCost &c : estimate.components)
        costs.insert(c.id, NodeVisual::costLabel(c.total.desired()));
    QStringList changed;
    for (auto it = costs.cbegin(); it != costs.cend(); ++it) {
        if (m_costs.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = m_costs.cbegin(); it != m_costs.cend(); ++it) {
        if (!costs.contains(it.key()))
            changed.append(it.key());
    }
    m_costs = std::move(costs);
    if (!changed.isEmpty() && touch == CostTouch::Changed)
        m_nodes->touch(changed);
}

void CanvasController::onChanged(const DesignChange &change)
{
    using Kind = DesignChange::Kind;
    // The document derives before it announces a change, so a scene rebuilt here already has
    // the connections its derivedChanged will report.
    m_sceneRebuiltForChange = change.kind == Kind::Reset || change.kind == Kind::ComponentsAdded || change.kind == Kind::ComponentsRemoved;
    if (change.affectsDerivation()) {
        // A reset makes every row of the node model again, with these costs.
        updateCosts(change.kind == Kind::Reset ? CostTouch::None : CostTouch::Changed);
    }
    switch (change.kind) {
    case Kind::ComponentsMoved:
        // Exactly the routes and labels a full reroute would change: nothing to settle later.
        m_scene.updateNodes(m_document->design(), change.ids);
        m_accessScene.updateNodes(m_document->design(), change.ids);
        Q_EMIT edgesChanged();
        break;
    case Kind::Reset:
        startRouting(); // finishRouting() fits the view
        m_fitPending = true;
        break;
    case Kind::ComponentsAdded:
    case Kind::ComponentsRemoved:
        rebuildScene();
        break;
    default:
        break;
    }
}

void CanvasController::onDerivedChanged(const DerivedDelta &delta)
{
    if (std::exchange(m_sceneRebuiltForChange, false))
        return;
    if (!delta.connectionsAdded.isEmpty() || !delta.connectionsRemoved.isEmpty() || !delta.connectionsChanged.isEmpty())
        rebuildScene();
}

void CanvasController::setSnapToGrid(bool on)
{
    if (m_snapToGrid == on)
        return;
    m_snapToGrid = on;
    Q_EMIT snapToGridChanged(on);
}

void CanvasController::updateWholeDesignVisible()
{
    const QRectF bounds = m_scene.boundingRect();
    const bool whole = bounds.isEmpty() || m_viewport.isEmpty()
                       || m_viewport.adjusted(-1, -1, 1, 1).contains(QRectF(toView(bounds.topLeft()), toView(bounds.bottomRight())));
    if (whole == m_wholeDesignVisible)
        return;
    m_wholeDesignVisible = whole;
    Q_EMIT wholeDesignVisibleChanged(whole);
}

void CanvasController::setLegendVisible(bool on)
{
    if (m_legendVisible == on)
        return;
    m_legendVisible = on;
    Q_EMIT legendVisibleChanged(on);
}

void CanvasController::setMinimapVisible(bool on)
{
    if (m_minimapVisible == on)
        return;
    m_minimapVisible = on;
    Q_EMIT minimapVisibleChanged(on);
}

void CanvasController::setGridVisible(bool on)
{
    if (m_gridVisible == on)
        return;
    m_gridVisible = on;
    Q_EMIT gridVisibleChanged(on);
    Q_EMIT edgesChanged();
}

QPointF CanvasController::linkDraftStart() const
{
    const QRectF r = m_scene.nodeRect(m_linkFrom);
    return {r.center().x(), r.bottom()};
}

void CanvasController::pressNode(const QString &id, qreal x, qreal y, int modifiers)
{
    const auto mods = Qt::KeyboardModifiers(modifiers);
    QStringList selection = m_document->selectedIds();
    if (mods & (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (selection.contains(id))
            selection.removeAll(id);
        else
            selection.append(id);
        m_document->setSelectedIds(selection);
        if (!selection.contains(id))
            return; // toggled off: nothing to drag
    } else if (!selection.contains(id)) {
        m_document->setSelectedIds({id});
    }
    m_pressedId = id;
    m_pressScene = toScene({x, y});
    m_dragOrigins.clear();
    for (const QString &sel : m_document->selectedIds()) {
        if (const Component *c = m_document->design().component(sel))
            m_dragOrigins.insert(sel, c->position);
    }
    m_dragSerial = nextDragSerial();
    m_dragged = false;
}

void CanvasController::dragTo(qreal x, qreal y)
{
    if (m_pressedId.isEmpty() || !m_dragOrigins.contains(m_pressedId))
        return;
    QPointF delta = toScene({x, y}) - m_pressScene;
    if (!m_dragged && QLineF(QPointF(), delta * m_zoom).length() < 3)
        return; // below the drag threshold: a click
    // Snap the grabbed node's corner; the others keep their offsets to it.
    const QPointF grabbed = m_dragOrigins.value(m_pressedId) + delta;
    if (m_snapToGrid)
        delta = m_scene.snapped(grabbed) - m_dragOrigins.value(m_pressedId);
    QHash<QString, QPointF> positions;
    bool moved = false;
    for (auto it = m_dragOrigins.cbegin(); it != m_dragOrigins.cend(); ++it) {
        const QPointF target = it.value() + delta;
        positions.insert(it.key(), target);
        if (const Component *c = m_document->design().component(it.key()); c && c->position != target)
            moved = true;
    }
    if (!moved)
        return;
    const std::vector<EdgeRoute> before = m_scene.routes(); // the polygons are shared, not copied
    if (!m_dragged)
        m_movedInDrag.assign(before.size(), 0);
    m_dragged = true;
    m_document->undoStack()->push(new MoveComponents(m_document, positions, m_dragSerial));
    // The scene routed the move as the command applied it.
    const std::vector<EdgeRoute> &after = m_scene.routes();
    if (after.size() != before.size() || m_movedInDrag.size() != after.size()) {
        m_movedInDrag.assign(after.size(), 1); // another edge set: every edge counts as moved
        return;
    }
    for (size_t i = 0; i < after.size(); ++i) {
        if (!m_movedInDrag[i] && after[i].points != before[i].points)
            m_movedInDrag[i] = 1;
    }
}

void CanvasController::release()
{
    const bool dragged = m_dragged;
    m_pressedId.clear();
    m_dragOrigins.clear();
    m_dragged = false;
    m_movedInDrag.clear();
    if (dragged)
        Q_EMIT edgesChanged(); // the edges the drag lifted go back to the edge layer's cache
}

void CanvasController::cancelPress()
{
    if (!m_linkFrom.isEmpty()) {
        m_linkFrom.clear();
        Q_EMIT edgesChanged();
    }
    if (m_pressedId.isEmpty())
        return;
    const bool dragged = m_dragged;
    QUndoStack *stack = m_document->undoStack();
    if (m_dragged && stack->index() > 0) {
        auto *move = dynamic_cast<MoveComponents *>(const_cast<QUndoCommand *>(stack->command(stack->index() - 1)));
        if (move && move->dragSerial() == m_dragSerial) {
            move->discardOnUndo();
            stack->undo();
        }
    }
    m_pressedId.clear();
    m_dragOrigins.clear();
    m_dragged = false;
    m_movedInDrag.clear();
    if (dragged)
        Q_EMIT edgesChanged(); // as release()
}

void CanvasController::beginLink(const QString &id, qreal x, qreal y)
{
    m_linkFrom = id;
    m_linkTo = toScene({x, y});
    Q_EMIT edgesChanged();
}

void CanvasController::updateLink(qreal x, qreal y)
{
    if (m_linkFrom.isEmpty())
        return;
    m_linkTo = toScene({x, y});
    Q_EMIT edgesChanged();
}

void CanvasController::endLink(qreal x, qreal y)
{
    if (m_linkFrom.isEmpty())
        return;
    const QString from = m_linkFrom;
    const QString to = m_scene.nodeAt(toScene({x, y}));
    m_linkFrom.clear();
    Q_EMIT edgesChanged();
    if (to.isEmpty() || to == from)
        return;
    Link link;
    link.from = from;
    link.to = to;
    link.mode = Link::Mode::Add;
    // An explicit link the user drew and then dropped on a suppressed pair restores it.
    const QList<Link> &links = m_document->design().links();
    for (int i = 0; i < links.size(); ++i) {
        if (links[i].from == from && links[i].to == to && links[i].mode == Link::Mode::Suppress) {
            m_document->undoStack()->push(new RemoveLink(m_document, i));
            return;
        }
    }
    m_document->undoStack()->push(new AddLink(m_document, link));
}

void CanvasController::beginRubberBand(qreal x, qreal y, int modifiers)
{
    const auto mods = Qt::KeyboardModifiers(modifiers);
    m_rubberOrigin = {x, y};
    m_rubberBase = (mods & (Qt::ControlModifier | Qt::ShiftModifier)) ? m_document->selectedIds() : QStringList();
    if (m_rubberBase.isEmpty())
        m_document->setSelectedIds({});
    m_rubberBand = QRectF(m_rubberOrigin, QSizeF(0, 0));
    Q_EMIT rubberBandChanged();
}

void CanvasController::updateRubberBand(qreal x, qreal y)
{
    m_rubberBand = QRectF(m_rubberOrigin, QPointF(x, y)).normalized();
    Q_EMIT rubberBandChanged();
    const QRectF sceneRect(toScene(m_rubberBand.topLeft()), toScene(m_rubberBand.bottomRight()));
    QStringList selection = m_rubberBase;
    for (const QString &id : m_scene.nodesIn(sceneRect)) {
        if (!selection.contains(id))
            selection.append(id);
    }
    m_document->setSelectedIds(selection);
}

void CanvasController::endRubberBand()
{
    m_rubberBand = {};
    m_rubberBase.clear();
    Q_EMIT rubberBandChanged();
}

void CanvasController::setZoomAround(qreal zoom, const QPointF &viewPos)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the scene point under the cursor where it is.
    const QPointF scenePos = toScene(viewPos);
    m_zoom = zoom;
    m_pan = viewPos - scenePos * m_zoom;
    Q_EMIT viewChanged();
}

void CanvasController::zoomAt(qreal factor, qreal x, qreal y)
{
    setZoomAround(m_zoom * factor, {x, y});
}

void CanvasController::panBy(qreal dx, qreal dy)
{
    m_pan += QPointF(dx, dy);
    Q_EMIT viewChanged();
}

void CanvasController::setViewportSize(qreal width, qreal height)
{
    m_viewport = QRectF(0, 0, width, height);
    if (m_fitPending && width > 0 && height > 0)
        fitToView();
    Q_EMIT viewChanged();
}

void CanvasController::zoomIn()
{
    setZoomAround(m_zoom * 1.25, m_viewport.center());
}

void CanvasController::zoomOut()
{
    setZoomAround(m_zoom / 1.25, m_viewport.center());
}

void CanvasController::resetZoom()
{
    setZoomAround(1.0, m_viewport.center());
}

void CanvasController::fitToView()
{
    if (m_viewport.isEmpty())
        return;
    m_fitPending = false;
    QRectF bounds = m_scene.boundingRect();
    if (bounds.isEmpty()) {
        m_zoom = 1.0;
        m_pan = QPointF(40, 40);
        Q_EMIT viewChanged();
        return;
    }
    bounds.adjust(-24, -24, 24, 24);
    m_zoom = std::clamp(std::min(m_viewport.width() / bounds.width(), m_viewport.height() / bounds.height()), kMinZoom, 1.5);
    m_pan = m_viewport.center() - bounds.center() * m_zoom;
    Q_EMIT viewChanged();
}

void CanvasController::centerOn(const QString &id)
{
    const QRectF r = m_scene.nodeRect(id);
    if (r.isNull() || m_viewport.isEmpty())
        return;
    m_pan = m_viewport.center() - r.center() * m_zoom;
    Q_EMIT viewChanged();
}

void CanvasController::centerOnScenePoint(const QPointF &scenePos)
{
    if (m_viewport.isEmpty())
        return;
    m_pan = m_viewport.center() - scenePos * m_zoom;
    Q_EMIT viewChanged();
}

void CanvasController::requestContextMenu(qreal x, qreal y)
{
    const QPointF scenePos = toScene({x, y});
    const QString node = m_scene.nodeAt(scenePos);
    if (!node.isEmpty() && !m_document->isSelected(node))
        m_document->setSelectedIds({node});
    Q_EMIT contextMenuRequested(node, node.isEmpty() ? edgeAt(x, y) : -1, QPointF(x, y));
}

bool CanvasController::dropKind(const QString &kindText, qreal x, qreal y)
{
    const std::optional<ComponentKind> kind = kindFromName(kindText);
    if (!kind)
        return false;
    const Design &design = m_document->design();
    const QString id = design.uniqueId(idStem(*kind));
    QString name = schemaText(kindDisplayName(*kind));
    if (const size_t same = design.componentsOfKind(*kind).size())
        name += QLatin1Char(' ') + QString::number(same + 1);
    Component c = Component::make(*kind, id, name);
    QPointF pos = toScene({x, y}) - QPointF(nodeWidth() / 2, nodeHeight() / 2);
    c.position = m_snapToGrid ? m_scene.snapped(pos) : pos;
    const int before = m_document->undoStack()->count();
    m_document->undoStack()->push(new AddComponents(m_document, {c}));
    return m_document->undoStack()->count() > before;
}

bool CanvasController::addKind(const QString &kind)
{
    // The free spot nearest the centre of the view among those wholly inside it; when the
    // view has no room left, the centre, and the view follows the new node (issue 18: the
    // old search walked right and down past the edge of a full view).
    const QSizeF size(nodeWidth() + 2 * nodeMargin(), nodeHeight() + 2 * nodeMargin());
    const QPointF half(size.width() / 2, size.height() / 2);
    if (m_viewport.isEmpty()) {
        const QPointF corner = toView(QPointF(nodeWidth(), nodeHeight()));
        return dropKind(kind, corner.x(), corner.y());
    }
    const QRectF visible(toScene(m_viewport.topLeft()), toScene(m_viewport.bottomRight()));
    const QPointF centre = visible.center();
    std::optional<QPointF> best;
    qreal bestDistance = 0;
    const int columns = int(visible.width() / (size.width() / 2));
    const int rows = int(visible.height() / (size.height() / 2));
    for (int row = -rows; row <= rows && rows < 400; ++row) {
        for (int column = -columns; column <= columns && columns < 400; ++column) {
            const QPointF candidate = centre + QPointF(column * size.width() / 2, row * size.height() / 2);
            const QRectF box(candidate - half, size);
            if (!visible.contains(box))
                continue;
            const qreal distance = QLineF(candidate, centre).length();
            if (best && distance >= bestDistance)
                continue;
            if (m_scene.nodesIn(box).isEmpty()) {
                best = candidate;
                bestDistance = distance;
            }
        }
    }
    const QPointF view = toView(best.value_or(centre));
    if (!dropKind(kind, view.x(), view.y()))
        return false;
    if (!best && !m_document->selectedIds().isEmpty())
        centerOn(m_document->selectedIds().constLast());
    return true;
}

bool CanvasController::selectNext(bool forward)
{
    const auto &components = m_document->design().components();
    if (components.empty())
        return false;
    const QStringList selected = m_document->selectedIds();
    int index = -1;
    if (!selected.isEmpty()) {
        for (size_t i = 0; i < components.size(); ++i) {
            if (components[i].id == selected.last())
                index = int(i);
        }
    }
    const int next = index < 0 ? (forward ? 0 : int(components.size()) - 1) : index + (forward ? 1 : -1);
    if (next < 0 || next >= int(components.size())) {
        m_document->setSelectedIds({});
        return false;
    }
    const QString id = components[size_t(next)].id;
    m_document->setSelectedIds({id});
    // Keep it in sight: centre on it when it is outside the view.
    const QRectF r = m_scene.nodeRect(id);
    if (!m_viewport.isEmpty() && !m_viewport.contains(QRectF(toView(r.topLeft()), toView(r.bottomRight()))))
        centerOn(id);
    return true;
}

void CanvasController::autoLayout()
{
    // Lay out with every edge, shown or not, so that the picture does not depend on the
    // selection or on the access-edge toggle.
    const QHash<QString, QPointF> positions =
        GraphvizLayout::layout(m_document->design(), m_allEdges, m_scene.style().nodeSize, m_scene.style().gridSize);
    if (positions.isEmpty())
        return;
    m_document->undoStack()->push(new AutoLayout(m_document, positions));
    fitToView();
}

} // namespace Infra
