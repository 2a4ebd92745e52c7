// The QML canvas driven through real input events on an offscreen QQuickWidget: palette
// drops, drags, selection gestures, drawing links, zoom, auto-layout; plus the scene
// geometry and the headless renderer that share the canvas's drawing code.
#include "canvascontroller.h"
#include "canvasminimap.h"
#include "canvaswidget.h"
#include "componentcommands.h"
#include "cost/costengine.h"
#include "diagrampainter.h"
#include "diagramrenderer.h"
#include "document.h"
#include "edgelayer.h"
#include "linkcommands.h"
#include "nodeitem.h"
#include "nodemodel.h"
#include "palettemodel.h"
#include "translation.h"

#include <QAbstractItemModelTester>
#include <functional>
#include <optional>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QtMath>
#include <QQuickItem>
#include <QRandomGenerator>
#include <QQuickWidget>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>
#include <QUndoStack>

using namespace Infra;

namespace {

// bench/ui/bench_canvas.cpp's large design: groups of ten (load balancer, web, three workers,
// beat, pgBouncer, database, Redis, bucket) in rows of ten groups.
Design rowsOfGroups(int count)
{
    const ComponentKind group[] = {ComponentKind::Alb, ComponentKind::EcsWeb, ComponentKind::EcsWorker,
                                   ComponentKind::EcsWorker, ComponentKind::EcsWorker, ComponentKind::EcsBeat,
                                   ComponentKind::PgBouncer, ComponentKind::RdsPostgres, ComponentKind::ElastiCacheRedis,
                                   ComponentKind::S3Bucket};
    Design d;
    for (int k = 0; k < count; ++k) {
        const ComponentKind kind = group[k % 10];
        Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))));
        c.position = QPointF((k / 10 % 10) * 2600 + k % 10 * 260, (k / 100) * 400 + int(kindTier(kind)) * 120);
        d.addComponent(c);
    }
    return d;
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CanvasWidget> m_canvas;

    CanvasController *controller() const { return m_canvas->controller(); }
    QQuickWidget *quick() const { return m_canvas->quickWidget(); }
    QPoint viewCenterOf(const QString &id) const
    {
        return controller()->toView(controller()->scene().nodeRect(id).center()).toPoint();
    }
    // Mouse events go to the QQuickWidget's window, as the platform would send them.
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(quick(), Qt::LeftButton, mods, from);
        const int steps = 8;
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(quick(), from + (to - from) * i / steps);
        QTest::mouseRelease(quick(), Qt::LeftButton, mods, to);
    }

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<Document>();
        QStringList errors;
        QVERIFY(m_doc->load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors));
        m_canvas = std::make_unique<CanvasWidget>(m_doc.get());
        m_canvas->resize(1400, 900);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        QVERIFY(quick()->rootObject());
        QTRY_VERIFY(!controller()->viewport().isEmpty());
        // A fixed, readable zoom so node positions on screen are predictable.
        controller()->resetZoom();
        controller()->centerOn(QStringLiteral("worker-default"));
    }

    void cleanup()
    {
        m_canvas.reset();
        m_doc.reset();
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester nodes(controller()->nodes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PaletteModel paletteModel;
        QAbstractItemModelTester palette(&paletteModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(controller()->nodes()->rowCount(), int(m_doc->design().components().size()));
        QCOMPARE(paletteModel.rowCount(), int(allComponentKinds.size()));
        // Edits through the tester's eyes: add, remove, move, reset.
        m_doc->undoStack()->push(new AddComponents(m_doc.get(), {Component::make(ComponentKind::Sqs, QStringLiteral("queue"))}));
        m_doc->undoStack()->push(new RemoveComponents(m_doc.get(), {QStringLiteral("web"), QStringLiteral("queue")}));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        m_doc->reset(Design());
        QCOMPARE(controller()->nodes()->rowCount(), 0);
    }

    void paletteDropCreatesComponent()
    {
        PaletteModel palette;
        const int row = int(std::find(allComponentKinds.begin(), allComponentKinds.end(), ComponentKind::Sqs) - allComponentKinds.begin());
        std::unique_ptr<QMimeData> mime(palette.mimeData({palette.index(row)}));
        QVERIFY(mime);
        const QPoint pos(300, 120);
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(quick(), &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(quick(), &move);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(quick(), &drop);

        const Component *queue = m_doc->design().component(QStringLiteral("queue"));
        QVERIFY(queue);
        QCOMPARE(queue->kind, ComponentKind::Sqs);
        QCOMPARE(queue->name, QStringLiteral("SQS queues"));
        // Centred under the cursor, snapped to the 20-unit grid.
        const QPointF center = controller()->toScene(QPointF(pos));
        QVERIFY(std::abs(queue->position.x() + controller()->nodeWidth() / 2 - center.x()) <= 10);
        QVERIFY(std::abs(queue->position.y() + controller()->nodeHeight() / 2 - center.y()) <= 10);
        QCOMPARE(std::fmod(queue->position.x(), 20.0), 0.0);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->selectedIds(), QStringList{QStringLiteral("queue")});
    }

    void dragMovesAndUndoRestores()
    {
        const QPointF before = m_doc->design().component(QStringLiteral("worker-default"))->position;
        const QPoint from = viewCenterOf(QStringLiteral("worker-default"));
        drag(from, from + QPoint(120, 60));
        const QPointF after = m_doc->design().component(QStringLiteral("worker-default"))->position;
        // Zoom is 1: the node follows the mouse, snapped to the grid.
        QCOMPARE(after, before + QPointF(120, 60));
        QCOMPARE(m_doc->undoStack()->count(), 1); // eight mouse moves, one undo step
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Move Worker default"));
        QCOMPARE(controller()->scene().nodeRect(QStringLiteral("worker-default")).topLeft(), after);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design().component(QStringLiteral("worker-default"))->position, before);
        QCOMPARE(controller()->scene().nodeRect(QStringLiteral("worker-default")).topLeft(), before);
    }

    void clickAndModifierSelection()
    {
        QTest::mouseClick(quick(), Qt::LeftButton, {}, viewCenterOf(QStringLiteral("worker-default")));
        QCOMPARE(m_doc->selectedIds(), QStringList{QStringLiteral("worker-default")});
        QTest::mouseClick(quick(), Qt::LeftButton, Qt::ControlModifier, viewCenterOf(QStringLiteral("worker-high")));
        QCOMPARE(m_doc->selectedIds(), (QStringList{QStringLiteral("worker-default"), QStringLiteral("worker-high")}));
        QTest::mouseClick(quick(), Qt::LeftButton, Qt::ShiftModifier, viewCenterOf(QStringLiteral("worker-default")));
        QCOMPARE(m_doc->selectedIds(), QStringList{QStringLiteral("worker-high")});
        QCOMPARE(m_doc->undoStack()->count(), 0); // selecting is not an edit
    }

    void rubberBandSelects()
    {
        // From the empty gap above the service row to below it, across three workers.
        const QRectF high = controller()->scene().nodeRect(QStringLiteral("worker-high"));
        const QRectF longRect = controller()->scene().nodeRect(QStringLiteral("worker-long"));
        const QPoint from = controller()->toView(QPointF(high.left() + 10, high.top() - 30)).toPoint();
        const QPoint to = controller()->toView(QPointF(longRect.left() + 10, longRect.bottom() + 20)).toPoint();
        drag(from, to);
        QCOMPARE(m_doc->selectedIds(),
                 (QStringList{QStringLiteral("worker-default"), QStringLiteral("worker-high"), QStringLiteral("worker-long")}));
        QVERIFY(controller()->rubberBand().isEmpty());
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void multiSelectionDragsTogether()
    {
        m_doc->setSelectedIds({QStringLiteral("worker-high"), QStringLiteral("worker-default")});
        const QPointF high = m_doc->design().component(QStringLiteral("worker-high"))->position;
        const QPointF def = m_doc->design().component(QStringLiteral("worker-default"))->position;
        const QPoint from = viewCenterOf(QStringLiteral("worker-default"));
        drag(from, from + QPoint(40, 100));
        QCOMPARE(m_doc->design().component(QStringLiteral("worker-high"))->position, high + QPointF(40, 100));
        QCOMPARE(m_doc->design().component(QStringLiteral("worker-default"))->position, def + QPointF(40, 100));
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void dragFromConnectorAddsExplicitLink()
    {
        QVERIFY(!m_doc->derived().connection(QStringLiteral("beat->media")));
        controller()->centerOn(QStringLiteral("static"));
        const QRectF r = controller()->scene().nodeRect(QStringLiteral("beat"));
        const QPoint connector = controller()->toView(QPointF(r.center().x(), r.bottom())).toPoint();
        drag(connector, viewCenterOf(QStringLiteral("media")));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Connection *c = m_doc->derived().connection(QStringLiteral("beat->media"));
        QVERIFY(c);
        QVERIFY(c->isExplicit());
        // The canvas shows it as an edge of the derived graph.
        const int edge = controller()->scene().edgeIndex(QStringLiteral("beat->media"));
        QVERIFY(edge >= 0);
        QVERIFY(controller()->scene().edges()[size_t(edge)].explicitLink);
        QVERIFY(!controller()->hasLinkDraft());
    }

    void suppressedEdgeLeavesTheCanvas()
    {
        QVERIFY(controller()->scene().edgeIndex(QStringLiteral("web->pgbouncer")) >= 0);
        m_doc->undoStack()->push(new SuppressLink(m_doc.get(), QStringLiteral("web"), QStringLiteral("pgbouncer")));
        QCOMPARE(controller()->scene().edgeIndex(QStringLiteral("web->pgbouncer")), -1);
        m_doc->undoStack()->undo();
        QVERIFY(controller()->scene().edgeIndex(QStringLiteral("web->pgbouncer")) >= 0);
    }

    void edgesAreLabelledAndAvoidNodes()
    {
        const DiagramScene &scene = controller()->scene();
        QVERIFY(scene.edges().size() > 10);
        const int i = scene.edgeIndex(QStringLiteral("pgbouncer->db"));
        QVERIFY(i >= 0);
        QCOMPARE(scene.edges()[size_t(i)].label, QStringLiteral("5432 · pool"));
        // No route runs through the body of a node other than its two ends.
        for (size_t e = 0; e < scene.edges().size(); ++e) {
            const QPolygonF &p = scene.routes()[e].points;
            for (qsizetype k = 1; k < p.size(); ++k) {
                const QRectF seg = QRectF(p[k - 1], p[k]).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
                for (auto it = scene.nodeRects().cbegin(); it != scene.nodeRects().cend(); ++it) {
                    if (it.key() == scene.edges()[e].from || it.key() == scene.edges()[e].to)
                        continue;
                    QVERIFY2(!it.value().adjusted(2, 2, -2, -2).intersects(seg),
                             qPrintable(scene.edges()[e].id + QStringLiteral(" crosses ") + it.key()));
                }
            }
        }
    }

    void wheelZoomsAroundCursor()
    {
        const QPoint cursor(500, 300);
        const QPointF sceneBefore = controller()->toScene(QPointF(cursor));
        QWheelEvent wheel(QPointF(cursor), quick()->mapToGlobal(QPointF(cursor)), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(quick(), &wheel);
        QVERIFY(controller()->zoom() > 1.2);
        const QPointF sceneAfter = controller()->toScene(QPointF(cursor));
        QVERIFY(QLineF(sceneBefore, sceneAfter).length() < 0.01);
        controller()->fitToView();
        const QRectF bounds = controller()->scene().boundingRect();
        QVERIFY(controller()->viewport().contains(QRectF(controller()->toView(bounds.topLeft()), controller()->toView(bounds.bottomRight()))));
    }

    void autoLayoutIsOneStepInTiers()
    {
        const Design before = m_doc->design();
        controller()->autoLayout();
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Auto-layout"));
        const auto y = [&](const char *id) { return m_doc->design().component(QString::fromLatin1(id))->position.y(); };
        QVERIFY(y("cdn") < y("alb"));
        QVERIFY(y("alb") < y("web"));
        QCOMPARE(y("web"), y("worker-default"));
        QVERIFY(y("web") < y("db"));
        QCOMPARE(y("db"), y("redis"));
        // No two nodes overlap.
        const auto &rects = controller()->scene().nodeRects();
        for (auto a = rects.cbegin(); a != rects.cend(); ++a)
            for (auto b = std::next(a); b != rects.cend(); ++b)
                QVERIFY2(!a.value().intersects(b.value()), qPrintable(a.key() + QLatin1Char('/') + b.key()));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->design() == before);
    }

    // The reference design auto-laid out is about as wide as high, near the canvas's shape (it
    // was 3:1, one row of six services over one of six data stores, and its fit in the default
    // window's canvas drew card names ~5 px high); fitted into the canvas of the default
    // 1440×900 window (about 760×590) its card names are 10 px or more.
    void autoLayoutIsReadableAtFit()
    {
        controller()->autoLayout();
        const QRectF bounds = controller()->scene().boundingRect();
        const qreal aspect = bounds.width() / bounds.height();
        QVERIFY2(aspect > 0.75 && aspect < 1.8, qPrintable(QStringLiteral("%1 × %2").arg(bounds.width()).arg(bounds.height())));
        m_canvas->resize(760, 590);
        QTRY_COMPARE(controller()->viewport().size(), QSizeF(760, 590));
        controller()->fitToView();
        const qreal z = controller()->zoom();
        QVERIFY2(z < DiagramPainter::compactBelow(), "fits in compact mode");
        const qreal namePixels = std::clamp(11.0 / z, 14.0, 22.0) * z; // DiagramPainter::paintCompactText
        QVERIFY2(namePixels >= 10, qPrintable(QStringLiteral("zoom %1: names %2 px").arg(z).arg(namePixels)));
        // Deterministic: the same positions a second time.
        const Design first = m_doc->design();
        m_doc->undoStack()->undo();
        controller()->autoLayout();
        QVERIFY(m_doc->design() == first);
    }

    void pinchZoomsAroundTheFingers()
    {
        // Two touch points moving apart, as a touchscreen or a precision touchpad sends them.
        // Over a node: the pinch takes the touch points over from the node, which must not move.
        QPointingDevice *touch = QTest::createTouchDevice();
        const QPoint centre = viewCenterOf(QStringLiteral("worker-default"));
        const QPointF nodeBefore = m_doc->design().component(QStringLiteral("worker-default"))->position;
        const QPointF sceneBefore = controller()->toScene(QPointF(centre));
        const qreal zoomBefore = controller()->zoom();
        QTest::touchEvent(quick(), touch).press(0, centre - QPoint(40, 0)).press(1, centre + QPoint(40, 0));
        for (int step = 1; step <= 10; ++step) {
            const QPoint spread(40 + 8 * step, 0);
            QTest::touchEvent(quick(), touch).move(0, centre - spread).move(1, centre + spread);
            QTest::qWait(16); // a finger reports about once a frame; Qt Quick compresses faster updates
        }
        QTest::touchEvent(quick(), touch).release(0, centre - QPoint(120, 0)).release(1, centre + QPoint(120, 0));
        // The fingers spread from 80 to 240 px: about three times closer (the handler's
        // activation threshold eats a little of the first movement).
        QVERIFY2(controller()->zoom() > zoomBefore * 1.5, qPrintable(QString::number(controller()->zoom())));
        QVERIFY(controller()->zoom() < zoomBefore * 4.0);
        // The scene point between the fingers stays under them.
        QVERIFY(QLineF(sceneBefore, controller()->toScene(QPointF(centre))).length() < 25 / controller()->zoom());
        QCOMPARE(m_doc->undoStack()->count(), 0); // zooming is not an edit
        QCOMPARE(m_doc->design().component(QStringLiteral("worker-default"))->position, nodeBefore);
    }

    void keyboardZoomAndPan()
    {
        const qreal before = controller()->zoom();
        controller()->zoomIn();
        QVERIFY(controller()->zoom() > before);
        controller()->zoomOut();
        QVERIFY(qAbs(controller()->zoom() - before) < 1e-9);
        const qreal panX = controller()->panX();
        quick()->setFocus();
        QTest::keyClick(quick(), Qt::Key_Left);
        QVERIFY(controller()->panX() > panX);
    }

    void nodesShowTheirMonthlyCost()
    {
        // Formatting: whole dollars from 100 up, cents below.
        QCOMPARE(NodeVisual::costLabel(412.4), QStringLiteral("$412/mo"));
        QCOMPARE(NodeVisual::costLabel(0.4), QStringLiteral("$0.40/mo"));
        // Every priced component shows its desired-scale cost on its card.
        const CostEstimate estimate = CostEngine().estimate(m_doc->design());
        int priced = 0;
        for (const ComponentCost &c : estimate.components) {
            if (!m_doc->design().component(c.id))
                continue; // the design-wide network line has no node
            QCOMPARE(controller()->nodeVisual(c.id).cost, NodeVisual::costLabel(c.total.desired()));
            ++priced;
        }
        QCOMPARE(priced, int(m_doc->design().components().size()));
        // The reference RDS instance (db.r6g.large, Multi-AZ) costs hundreds a month.
        const double db = estimate.component(QStringLiteral("db"))->total.desired();
        QVERIFY(db > 300 && db < 1000);
        // An edit that changes a price repaints the card with the new figure.
        const QString webBefore = controller()->nodeVisual(QStringLiteral("web")).cost;
        const int row = controller()->nodes()->rowOf(QStringLiteral("web"));
        const int revision = controller()->nodes()->data(controller()->nodes()->index(row), NodeModel::RevisionRole).toInt();
        m_doc->undoStack()->push(new ChangeComponentProperty(m_doc.get(), {QStringLiteral("web")}, QStringLiteral("desired_tasks"), 20));
        const QString webAfter = controller()->nodeVisual(QStringLiteral("web")).cost;
        QVERIFY2(webAfter != webBefore, qPrintable(webAfter));
        QVERIFY(controller()->nodes()->data(controller()->nodes()->index(row), NodeModel::RevisionRole).toInt() > revision);
        m_doc->undoStack()->undo();
        QCOMPARE(controller()->nodeVisual(QStringLiteral("web")).cost, webBefore);
    }

    // Opening a design (a reset) makes every node's delegate once, from costs and a scene that
    // are already the new design's; neither the new prices nor the derived delta that follows
    // the reset touch the rows again, and the scene is routed once. At 2,000 components each
    // extra pass over the delegates or the routes was a tenth of the start.
    void aResetMakesEachNodeOnceFromCurrentCosts()
    {
        NodeModel *nodes = controller()->nodes();
        const Design next = rowsOfGroups(60);
        const CostEstimate estimate = CostEngine().estimate(next);
        const std::vector<DiagramEdge> edges = DiagramEdge::fromDerived(next, DerivedModel::derive(next, FindingRules::standard()));
        QStringList staleAtReset;
        // What the new rows ask for as the Repeater makes them.
        const QMetaObject::Connection atReset = connect(nodes, &QAbstractItemModel::modelReset, this, [&] {
            for (const Component &c : next.components()) {
                if (controller()->costLabel(c.id) != NodeVisual::costLabel(estimate.component(c.id)->total.desired()))
                    staleAtReset << c.id;
                if (controller()->scene().nodeRect(c.id) != QRectF(c.position, controller()->scene().style().nodeSize))
                    staleAtReset << c.id + QStringLiteral(" (scene)");
            }
        });
        QSignalSpy touched(nodes, &QAbstractItemModel::dataChanged);
        // The scene is rebuilt (edgesChanged) for the change and its derived delta; the
        // selection's edgesChanged (highlighting, no routing) comes after them.
        QSignalSpy edgesSignals(controller(), &CanvasController::edgesChanged);
        int routed = -1;
        const QMetaObject::Connection afterDelta = connect(m_doc.get(), &Document::derivedChanged, this, [&] { routed = int(edgesSignals.count()); });
        m_doc->reset(next);
        disconnect(atReset);
        QVERIFY2(staleAtReset.isEmpty(), qPrintable(staleAtReset.join(QStringLiteral(", "))));
        QCOMPARE(touched.count(), 0);
        QCOMPARE(routed, 1);
        QCOMPARE(nodes->rowCount(), 60);
        // The IAM-only access paths wait for a selection; every other edge is routed.
        const auto drawn = [](const std::vector<DiagramEdge> &all) {
            return int(std::count_if(all.begin(), all.end(), [](const DiagramEdge &e) { return !e.api || e.explicitLink; }));
        };
        QVERIFY(drawn(edges) > 0);
        QCOMPARE(int(controller()->scene().edges().size()), drawn(edges));
        for (const DiagramEdge &e : edges)
            QVERIFY2(controller()->isEdgeShown(e.id) == (!e.api || e.explicitLink), qPrintable(e.id));
        // Every delegate shows its component and its cost (the description a screen reader reads).
        QList<QQuickItem *> todo{quick()->rootObject()};
        QHash<QString, QString> described;
        while (!todo.isEmpty()) {
            QQuickItem *item = todo.takeLast();
            if (const QVariant id = item->property("componentId"); id.isValid() && !id.toString().isEmpty())
                described.insert(id.toString(), controller()->accessibleDescription(id.toString(), item->property("revision").toInt()));
            todo += item->childItems();
        }
        QCOMPARE(described.size(), 60);
        for (const Component &c : next.components())
            QVERIFY2(described.value(c.id).contains(QStringLiteral("/mo")), qPrintable(c.id));

        // An added component's connections are routed with it, once (the derived delta that
        // follows the addition needs no second reroute).
        edgesSignals.clear();
        routed = -1;
        Component web = Component::make(ComponentKind::EcsWeb, QStringLiteral("web-new"));
        web.position = QPointF(0, 2000);
        m_doc->undoStack()->push(new AddComponents(m_doc.get(), {web}));
        disconnect(afterDelta);
        QCOMPARE(routed, 1);
        const std::vector<DiagramEdge> after = DiagramEdge::fromDerived(m_doc->design(), m_doc->derived());
        QVERIFY(std::any_of(after.begin(), after.end(), [&](const DiagramEdge &e) {
            return (e.from == web.id || e.to == web.id) && !e.api && controller()->isEdgeShown(e.id);
        }));
        QCOMPARE(int(controller()->scene().edges().size()), drawn(after));
    }

    // Opening a design routes its edges on a second thread while the node model makes the
    // delegates (each about a tenth of opening 2,000 components): when the rows are made the
    // routing is under way and the scene has the new nodes; by the time the reset has been
    // announced to the rest of the studio the routes are in, the same as a scene routed from
    // scratch gives, announced once, and the view is fitted to them.
    void aResetRoutesWhileTheRowsAreMade()
    {
        const Design next = rowsOfGroups(200);
        QVERIFY(!controller()->isRouting());
        bool routingAtReset = false;
        QStringList nodesMissingAtReset;
        const QMetaObject::Connection atReset = connect(controller()->nodes(), &QAbstractItemModel::modelReset, this, [&] {
            routingAtReset = controller()->isRouting();
            for (const Component &c : next.components()) {
                if (controller()->scene().nodeRect(c.id) != QRectF(c.position, controller()->scene().style().nodeSize))
                    nodesMissingAtReset << c.id;
            }
        });
        // A listener connected after the canvas (the panels, the window title) sees the routes.
        bool routingWhenAnnounced = true;
        size_t edgesWhenAnnounced = 0;
        const QMetaObject::Connection announced = connect(m_doc.get(), &Document::changed, this, [&] {
            routingWhenAnnounced = controller()->isRouting();
            edgesWhenAnnounced = controller()->scene().edges().size();
        });
        // The scene is announced once for the reset and its derived delta (the selection's
        // edgesChanged, highlighting only, comes after them).
        QSignalSpy edgesSignals(controller(), &CanvasController::edgesChanged);
        int edgesAtDelta = -1;
        const QMetaObject::Connection delta = connect(m_doc.get(), &Document::derivedChanged, this, [&] { edgesAtDelta = int(edgesSignals.count()); });
        m_doc->reset(next);
        disconnect(atReset);
        disconnect(announced);
        disconnect(delta);
        QVERIFY(routingAtReset);
        QVERIFY2(nodesMissingAtReset.isEmpty(), qPrintable(nodesMissingAtReset.join(QStringLiteral(", "))));
        QVERIFY(!routingWhenAnnounced);
        QVERIFY(!controller()->isRouting());

        std::vector<DiagramEdge> shown;
        for (const DiagramEdge &e : DiagramEdge::fromDerived(m_doc->design(), m_doc->derived())) {
            if (!e.api || e.explicitLink)
                shown.push_back(e);
        }
        DiagramScene fresh;
        fresh.rebuild(m_doc->design(), shown);
        QVERIFY2(fresh.routes().size() > 200, qPrintable(QString::number(fresh.routes().size())));
        QCOMPARE(edgesWhenAnnounced, fresh.edges().size());
        QCOMPARE(controller()->scene().routes().size(), fresh.routes().size());
        for (size_t i = 0; i < fresh.routes().size(); ++i) {
            QCOMPARE(controller()->scene().edges()[i].id, fresh.edges()[i].id);
            QCOMPARE(controller()->scene().routes()[i].points, fresh.routes()[i].points);
            QCOMPARE(controller()->scene().routes()[i].labelRect, fresh.routes()[i].labelRect);
        }
        QCOMPARE(controller()->scene().boundingRect(), fresh.boundingRect());
        QCOMPARE(edgesAtDelta, 1);
        // Fitted to the routed design: fitting again changes nothing.
        const qreal zoom = controller()->zoom();
        const QPointF pan(controller()->panX(), controller()->panY());
        controller()->fitToView();
        QCOMPARE(controller()->zoom(), zoom);
        QCOMPARE(QPointF(controller()->panX(), controller()->panY()), pan);
    }

    void accessEdgesShowForTheSelectionOnly()
    {
        const std::vector<DiagramEdge> all = DiagramEdge::fromDerived(m_doc->design(), m_doc->derived());
        QStringList access;
        for (const DiagramEdge &e : all) {
            if (e.api)
                access << e.id;
        }
        QVERIFY(access.contains(QStringLiteral("web->secrets")));
        QVERIFY(access.size() >= 10);
        const DiagramScene &scene = controller()->scene();
        const auto shown = [&](const QString &id) { return controller()->isEdgeShown(id); };
        // Nothing selected: only the network connections are drawn.
        QVERIFY(!controller()->showAccessEdges());
        for (const QString &id : access)
            QVERIFY2(!shown(id), qPrintable(id));
        QCOMPARE(scene.edges().size(), all.size() - size_t(access.size()));
        // Selecting the web service draws its own access paths (highlighted), not the others'.
        m_doc->setSelectedIds({QStringLiteral("web")});
        QVERIFY(shown(QStringLiteral("web->secrets")));
        QVERIFY(!shown(QStringLiteral("worker-default->secrets")));
        // Routed on their own: the rest of the picture does not move when a node is clicked.
        QCOMPARE(scene.edges().size(), all.size() - size_t(access.size()));
        QVERIFY(controller()->accessScene().edgeIndex(QStringLiteral("web->secrets")) >= 0);
        m_doc->setSelectedIds({});
        QVERIFY(!shown(QStringLiteral("web->secrets")));
        // The View toggle draws every one of them.
        controller()->setShowAccessEdges(true);
        for (const QString &id : access)
            QVERIFY2(shown(id), qPrintable(id));
        QCOMPARE(scene.edges().size(), all.size());
        controller()->setShowAccessEdges(false);
        QVERIFY(!shown(QStringLiteral("web->secrets")));
        QCOMPARE(m_doc->undoStack()->count(), 0); // a view setting, not an edit
    }

    // The edge layer keeps the edges that do not change in an image of their own and paints
    // it again only where an edge changed. After every step of a drag (which reroutes the
    // dragged node's neighbours too), a click and a rubber band, the canvas must show what
    // painting everything shows, pixel for pixel: the same canvas with the cache off, the
    // same canvas with its cache thrown away, and a canvas opened fresh on the design.
    void cachedEdgesShowWhatAFullPaintShows_data()
    {
        QTest::addColumn<bool>("fitted");
        QTest::newRow("100 %") << false;
        QTest::newRow("fitted") << true;
    }

    void cachedEdgesShowWhatAFullPaintShows()
    {
        QFETCH(bool, fitted);
        Document doc;
        doc.reset(rowsOfGroups(300));
        CanvasWidget canvas(&doc);
        canvas.resize(1400, 900);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        CanvasController *c = canvas.controller();
        QTRY_VERIFY(!c->viewport().isEmpty());
        auto *layer = canvas.quickWidget()->rootObject()->findChild<EdgeLayer *>();
        QVERIFY(layer);
        QVERIFY(layer->isCached());
        const QString dragged = QStringLiteral("ecs-web-16"); // group 15: mid-row, in view when fitted too
        const QString anchor = QStringLiteral("ecs-worker-46"); // its neighbour, stays put: the fresh canvas centres on it
        QVERIFY(doc.design().component(dragged) && doc.design().component(anchor));
        const auto setView = [&](CanvasController *controller) {
            if (fitted) {
                controller->fitToView();
            } else {
                controller->resetZoom();
                controller->centerOn(anchor);
            }
        };
        setView(c);
        canvas.quickWidget()->grabFramebuffer();

        // Where two pictures differ (for the failure message).
        const auto difference = [](const QImage &a, const QImage &b) {
            if (a.size() != b.size())
                return QStringLiteral("sizes differ");
            const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
            QRect box;
            int pixels = 0, most = 0;
            for (int row = 0; row < x.height(); ++row) {
                for (int col = 0; col < x.width(); ++col) {
                    const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
                    if (p == q)
                        continue;
                    ++pixels;
                    box |= QRect(col, row, 1, 1);
                    most = std::max({most, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
                }
            }
            return QStringLiteral("%1 pixels differ, by up to %2, in %3,%4 %5x%6")
                .arg(pixels).arg(most).arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height());
        };
        int partial = 0;
        const Design before = doc.design(); // as it was before the drag
        // A drag in steps: past the neighbours' columns (their end slots shift) and down a row.
        const QPointF steps[] = {{40, 0}, {300, 10}, {560, 60}, {560, 240}, {-200, 130}, {-20, 0}};
        // `stepsDone`: mid-drag after that many steps; the fresh canvas then opens on the design
        // as it was before and makes the same steps, as the picture of a drag depends on them
        // (the edge layer lifts the edges the drag moved out of its cache until it ends).
        const auto check = [&](const char *step, std::optional<int> stepsDone = std::nullopt) {
            // The window is opaque: what it shows is the colour (the alpha of a pixel the
            // background covers may differ).
            const QImage cached = canvas.quickWidget()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
            if (!layer->lastPaintedWholeBase() && layer->lastPaintedAreas() > 0)
                ++partial;
            layer->setCached(false);
            layer->setCached(true);
            const QImage again = canvas.quickWidget()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
            QVERIFY(layer->lastPaintedWholeBase());
            QVERIFY2(cached == again, qPrintable(QLatin1String(step) + QLatin1String(": ") + difference(cached, again)));
            if (!fitted) {
                // At 100 % also the same as painting every edge straight into the item.
                layer->setCached(false);
                const QImage full = canvas.quickWidget()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
                layer->setCached(true);
                QVERIFY2(full == cached, qPrintable(QLatin1String(step) + QLatin1String(": ") + difference(full, cached)));
            }

            Document freshDoc;
            freshDoc.reset(stepsDone ? before : doc.design());
            CanvasWidget fresh(&freshDoc);
            fresh.resize(1400, 900);
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            QTRY_VERIFY(!fresh.controller()->viewport().isEmpty());
            freshDoc.setSelectedIds(doc.selectedIds());
            setView(fresh.controller());
            QCOMPARE(fresh.controller()->zoom(), c->zoom());
            QCOMPARE(fresh.controller()->panX(), c->panX());
            QCOMPARE(fresh.controller()->panY(), c->panY());
            if (stepsDone) {
                CanvasController *f = fresh.controller();
                const QPointF from = f->toView(f->scene().nodeRect(QStringLiteral("ecs-web-16")).center());
                f->pressNode(QStringLiteral("ecs-web-16"), from.x(), from.y(), 0);
                for (int k = 0; k < *stepsDone; ++k)
                    f->dragTo(from.x() + steps[k].x() * f->zoom(), from.y() + steps[k].y() * f->zoom());
                QVERIFY(f->isDraggingNodes());
                QCOMPARE(f->edgesMovedInDrag(), c->edgesMovedInDrag());
                QCOMPARE(freshDoc.design().component(QStringLiteral("ecs-web-16"))->position,
                         doc.design().component(QStringLiteral("ecs-web-16"))->position);
            }
            const QImage opened = fresh.quickWidget()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
            QVERIFY2(opened == cached, qPrintable(QLatin1String(step) + QLatin1String(": ") + difference(opened, cached)));
        };

        const QPointF start = c->toView(c->scene().nodeRect(dragged).center());
        c->pressNode(dragged, start.x(), start.y(), 0);
        int done = 0;
        for (const QPointF &d : steps) {
            const QPointF to = start + d * c->zoom();
            c->dragTo(to.x(), to.y());
            QVERIFY(c->isDraggingNodes());
            check("drag", ++done);
        }
        // The drag moved edges besides the dragged node's (the pictures above drew them on top).
        int others = 0;
        for (size_t i = 0; i < c->edgesMovedInDrag().size(); ++i) {
            const DiagramEdge &e = c->scene().edges()[i];
            others += c->edgesMovedInDrag()[i] && e.from != dragged && e.to != dragged ? 1 : 0;
        }
        QVERIFY(others > 0);
        c->release();
        QCOMPARE(doc.undoStack()->count(), 1);
        check("released"); // the dragged edges are back in the cache
        // A click on another node, then on the background: the cache keeps the selection's
        // edges (the overlay draws them over their line), so neither repaints any of it.
        doc.setSelectedIds({QStringLiteral("ecs-worker-47")});
        canvas.quickWidget()->grabFramebuffer();
        QVERIFY(!layer->lastPaintedWholeBase());
        QCOMPARE(layer->lastPaintedAreas(), 0);
        check("select");
        doc.setSelectedIds({});
        canvas.quickWidget()->grabFramebuffer();
        QVERIFY(!layer->lastPaintedWholeBase());
        QCOMPARE(layer->lastPaintedAreas(), 0);
        check("deselect");
        // A rubber band over part of the view.
        c->beginRubberBand(300, 200, 0);
        c->updateRubberBand(700, 600);
        c->endRubberBand();
        QVERIFY(!doc.selectedIds().isEmpty());
        check("rubber band");
        // The cache painted parts of the picture again, not always all of it.
        QVERIFY(partial >= 3);
    }

    void cachedMinimapShowsWhatAFullPaintShows()
    {
        Document doc;
        doc.reset(rowsOfGroups(300));
        CanvasWidget canvas(&doc);
        canvas.resize(1400, 900);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        CanvasController *c = canvas.controller();
        QTRY_VERIFY(!c->viewport().isEmpty());
        auto *minimap = qobject_cast<CanvasMinimap *>(canvas.quickWidget()->rootObject()->findChild<QQuickItem *>(QStringLiteral("minimap")));
        QVERIFY(minimap);
        QVERIFY(minimap->isCached());
        const QString dragged = QStringLiteral("ecs-web-16");
        const QString anchor = QStringLiteral("ecs-worker-46");
        const auto setView = [&](CanvasController *controller) {
            controller->resetZoom();
            controller->centerOn(anchor);
        };
        setView(c);
        canvas.quickWidget()->grabFramebuffer();
        QVERIFY(minimap->isVisible()); // at 100 % most of the design is out of view
        // The minimap's pixels in a grab of the window.
        const auto mapOf = [](QQuickWidget *quick, QQuickItem *item) {
            const QRect box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect();
            return quick->grabFramebuffer().convertToFormat(QImage::Format_RGB32).copy(box);
        };
        int partial = 0;
        const auto check = [&](const char *step) {
            const QImage cached = mapOf(canvas.quickWidget(), minimap);
            if (!minimap->lastPaintedWhole() && minimap->lastPaintedAreas() > 0)
                ++partial;
            // Every box painted straight into the item.
            minimap->setCached(false);
            const QImage full = mapOf(canvas.quickWidget(), minimap);
            minimap->setCached(true);
            QVERIFY2(full == cached, step);
            // A canvas opened on the design as it is now.
            Document freshDoc;
            freshDoc.reset(doc.design());
            CanvasWidget fresh(&freshDoc);
            fresh.resize(1400, 900);
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            QTRY_VERIFY(!fresh.controller()->viewport().isEmpty());
            freshDoc.setSelectedIds(doc.selectedIds());
            setView(fresh.controller());
            auto *freshMap = fresh.quickWidget()->rootObject()->findChild<QQuickItem *>(QStringLiteral("minimap"));
            QVERIFY(freshMap);
            QVERIFY2(mapOf(fresh.quickWidget(), freshMap) == cached, step);
        };

        // A drag in steps (the dragged box moves on the map), a click, a deselect, a rubber band.
        const QPointF start = c->toView(c->scene().nodeRect(dragged).center());
        c->pressNode(dragged, start.x(), start.y(), 0);
        const QPointF steps[] = {{40, 0}, {300, 10}, {560, 60}, {560, 240}, {-200, 130}};
        for (const QPointF &d : steps) {
            const QPointF to = start + d * c->zoom();
            c->dragTo(to.x(), to.y());
            check("drag");
        }
        c->release();
        doc.setSelectedIds({QStringLiteral("ecs-worker-47")});
        check("select");
        doc.setSelectedIds({});
        check("deselect");
        c->beginRubberBand(300, 200, 0);
        c->updateRubberBand(700, 600);
        c->endRubberBand();
        QVERIFY(!doc.selectedIds().isEmpty());
        check("rubber band");
        // The kept map was painted again in parts, not always whole.
        QVERIFY(partial >= 4);
    }

    // Zoomed out, the edge layer repaints a changed area of its kept edges with each edge's
    // straight legs cut to the area's surroundings (DiagramPainter::paintEdgeWithin(): Qt's
    // cosmetic stroker walks a thin line along its whole length). Inside the area the pixels
    // must be those of the whole edge, for random orthogonal routes (long and short legs,
    // corners near and across the area's border, ends inside and outside it), every edge
    // style, thin slivers and larger areas, at zooms where lines are under a pixel and above.
    void edgesCutToAnAreaPaintWhatWholeEdgesPaint_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<int>("format");
        QTest::newRow("10 %, RGB32") << 0.1 << int(QImage::Format_RGB32);
        QTest::newRow("10 %, ARGB32 premultiplied") << 0.1 << int(QImage::Format_ARGB32_Premultiplied);
        QTest::newRow("13.7 %") << 0.137 << int(QImage::Format_ARGB32_Premultiplied);
        QTest::newRow("27 %") << 0.27 << int(QImage::Format_ARGB32_Premultiplied);
        QTest::newRow("52 %") << 0.52 << int(QImage::Format_RGB32);
        QTest::newRow("76 %") << 0.76 << int(QImage::Format_ARGB32_Premultiplied);
        QTest::newRow("99 %") << 0.99 << int(QImage::Format_ARGB32_Premultiplied);
        QTest::newRow("130 % (lines wider than a pixel: whole)") << 1.3 << int(QImage::Format_ARGB32_Premultiplied);
    }

    void edgesCutToAnAreaPaintWhatWholeEdgesPaint()
    {
        QFETCH(qreal, zoom);
        QFETCH(int, format);
        QRandomGenerator random(19);
        const QSize size(700, 460);
        const QRectF sceneRect(-40 / zoom, -40 / zoom, (size.width() + 80) / zoom, (size.height() + 80) / zoom);
        // Routes as the scene makes them: orthogonal, from a node's side, legs of any length
        // (a corner's radius is half the shorter leg when it is under 12), some far outside the view.
        std::vector<EdgeRoute> routes;
        std::vector<DiagramEdge> edges;
        for (int k = 0; k < 160; ++k) {
            EdgeRoute route;
            QPointF p(sceneRect.left() + random.bounded(sceneRect.width()), sceneRect.top() + random.bounded(sceneRect.height()));
            route.points << p;
            const int legs = 1 + random.bounded(5);
            bool horizontal = random.bounded(2);
            for (int leg = 0; leg < legs; ++leg) {
                const int kind = random.bounded(4);
                qreal length = kind == 0 ? random.bounded(14.0) : kind == 1 ? random.bounded(200.0) : random.bounded(3.0 * sceneRect.width());
                if (random.bounded(2))
                    length = -length;
                p += horizontal ? QPointF(length, 0) : QPointF(0, length);
                route.points << p;
                horizontal = !horizontal;
            }
            DiagramEdge edge;
            edge.id = QString::number(k);
            edge.api = random.bounded(3) == 0;
            edge.explicitLink = random.bounded(10) == 0;
            routes.push_back(route);
            edges.push_back(edge);
        }
        const DiagramPainter dp;
        const QTransform transform = QTransform::fromTranslate(3.37, -1.61).scale(zoom, zoom);
        const auto paint = [&](const QRect &clip, bool cut, bool clipped) {
            QImage image(size, QImage::Format(format));
            image.fill(QColor(250, 251, 252));
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            if (clipped)
                p.setClipRect(clip);
            p.setWorldTransform(transform);
            for (size_t i = 0; i < routes.size(); ++i) {
                const bool highlighted = i % 7 == 3;
                if (cut)
                    dp.paintEdgeWithin(&p, routes[i], edges[i], clip, highlighted);
                else
                    dp.paintEdge(&p, routes[i], edges[i], highlighted);
            }
            return image;
        };
        int cutSomewhere = 0;
        for (int area = 0; area < 24; ++area) {
            QRect clip;
            switch (area % 4) {
            case 0: clip = QRect(random.bounded(size.width()), random.bounded(size.height()), 1 + random.bounded(600), 1 + random.bounded(3)); break;
            case 1: clip = QRect(random.bounded(size.width()), random.bounded(size.height()), 1 + random.bounded(8), 1 + random.bounded(400)); break;
            case 2: clip = QRect(random.bounded(size.width()), random.bounded(size.height()), 1 + random.bounded(200), 1 + random.bounded(200)); break;
            default: clip = QRect(-5, -5, size.width() + 10, 1 + random.bounded(30)); break;
            }
            const QImage whole = paint(clip, false, true);
            const QImage cut = paint(clip, true, true);
            QVERIFY2(whole == cut, qPrintable(QStringLiteral("area %1: %2,%3 %4x%5").arg(area).arg(clip.x()).arg(clip.y()).arg(clip.width()).arg(clip.height())));
            // Unclipped, the cut edges draw less than the whole ones outside the area, and the
            // same inside it.
            const QImage wholeAll = paint(clip, false, false), cutAll = paint(clip, true, false);
            const QRect inside = clip & QRect(QPoint(0, 0), size);
            QVERIFY(wholeAll.copy(inside) == cutAll.copy(inside));
            if (wholeAll != cutAll)
                ++cutSomewhere;
        }
        if (zoom < 1)
            QVERIFY(cutSomewhere >= 20);
        else
            QCOMPARE(cutSomewhere, 0); // lines wider than a pixel are drawn whole
    }

    // Zoomed out until even a compact card's name (its largest text) would be under 6 px on
    // screen, a card draws no text: its picture is the same whatever its name, kind text,
    // parameters, cost and finding counts' digits; at the threshold and above, text is drawn.
    void zoomedOutCardsDrawNoText()
    {
        QCOMPARE(DiagramPainter::textHiddenBelow(), 6.0 / 22.0);
        // The compact name at the threshold is 6 px on screen (DiagramPainter::paintCompactText).
        QCOMPARE(std::clamp(11.0 / DiagramPainter::textHiddenBelow(), 14.0, DiagramPainter::compactNamePx()) * DiagramPainter::textHiddenBelow(), 6.0);
        const DiagramPainter painter;
        NodeVisual a;
        a.kind = ComponentKind::EcsWeb;
        a.name = QStringLiteral("Web service with a long name");
        a.subtitle = QStringLiteral("ECS web service");
        a.details = {QStringLiteral("1 vCPU · 2 GB"), QStringLiteral("gunicorn ×4")};
        a.cost = QStringLiteral("$412/mo");
        a.errors = 2;
        a.warnings = 1;
        NodeVisual b = a;
        b.name = QStringLiteral("W");
        b.subtitle.clear();
        b.details.clear();
        b.cost = QStringLiteral("$1/mo");
        b.errors = 3; // one digit, as 2: the same pill
        const auto picture = [&](const NodeVisual &v, qreal z) {
            QImage image(QSize(300, 160) * 0.5, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            p.scale(z, z);
            painter.paintNode(&p, QRectF(QPointF(12, 16), painter.style().nodeSize), v, z);
            return image;
        };
        for (const qreal z : {0.1, 0.2, 0.27})
            QVERIFY2(picture(a, z) == picture(b, z), qPrintable(QString::number(z)));
        for (const qreal z : {DiagramPainter::textHiddenBelow(), 0.3, 0.5})
            QVERIFY2(picture(a, z) != picture(b, z), qPrintable(QString::number(z)));
        // The pills stay: a card with findings differs from one without.
        NodeVisual c = b;
        c.errors = c.warnings = 0;
        QVERIFY(picture(b, 0.1) != picture(c, 0.1));
    }

    // Cards too small for text look the same for every node of one look: painted once per
    // look, then copied, with the pixels of a direct paint.
    void zoomedOutCardsArePaintedOncePerLook()
    {
        Document doc;
        doc.reset(rowsOfGroups(300));
        CanvasWidget canvas(&doc);
        canvas.resize(1400, 900);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        CanvasController *c = canvas.controller();
        QTRY_VERIFY(!c->viewport().isEmpty());
        c->fitToView();
        QVERIFY(c->zoom() < DiagramPainter::textHiddenBelow());
        doc.setSelectedIds({QStringLiteral("ecs-web-16")});
        c->cardImages().clear();
        canvas.quickWidget()->grabFramebuffer();
        // Ten kinds (four tiers), selected or not, with or without findings: a handful of looks
        // for the hundreds of cards in view.
        QVERIFY2(!c->cardImages().isEmpty() && c->cardImages().size() <= 24, qPrintable(QString::number(c->cardImages().size())));
        QList<NodeItem *> items;
        const std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
            if (auto *node = qobject_cast<NodeItem *>(item))
                items << node;
            for (QQuickItem *child : item->childItems())
                collect(child);
        };
        collect(canvas.quickWidget()->rootObject());
        QCOMPARE(items.size(), 300);
        int compared = 0;
        for (NodeItem *item : items) {
            if (!item->isOnScreen() || (compared > 40 && item->componentId() != QStringLiteral("ecs-web-16")))
                continue;
            // As QSGSoftwarePainterNode paints the item: its size in pixels, cleared, antialiased.
            const QSize size(qCeil(item->width()), qCeil(item->height()));
            const auto prepared = [&] {
                QImage image(size, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::transparent);
                return image;
            };
            const auto hints = QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform;
            QImage cached = prepared();
            {
                QPainter p(&cached);
                p.setRenderHints(hints);
                item->paint(&p);
            }
            QImage direct = prepared();
            {
                QPainter p(&direct);
                p.setRenderHints(hints);
                p.scale(c->zoom(), c->zoom());
                const QRectF rect(c->nodeMargin(), c->nodeMargin(), c->nodeWidth(), c->nodeHeight());
                const NodeVisual v = c->nodeVisual(item->componentId());
                c->painter().paintNode(&p, rect, v, c->zoom());
                if (v.selected) { // the connector, as NodeItem draws it
                    p.setRenderHint(QPainter::Antialiasing);
                    p.setPen(QPen(Qt::white, 1.5));
                    p.setBrush(c->painter().style().explicitEdge);
                    p.drawEllipse(QPointF(rect.center().x(), rect.bottom()), 5, 5);
                }
            }
            QVERIFY2(cached == direct, qPrintable(item->componentId()));
            ++compared;
        }
        QVERIFY(compared > 40);
        // At a zoom where text is legible, nothing is kept.
        c->cardImages().clear();
        c->resetZoom();
        canvas.quickWidget()->grabFramebuffer();
        QVERIFY(c->cardImages().isEmpty());
    }

    // A rubber band over a big design changes hundreds of nodes' selection a step: the edges
    // kept in the edge layer's base stay there (the overlay draws the selection's on top), so
    // a step paints nothing of the base again; so does a click. A drag takes the dragged
    // node's edges out of the base at its first step, and the frame after it puts them back.
    void rubberBandStepsLeaveTheEdgeBaseAlone()
    {
        Document doc;
        doc.reset(rowsOfGroups(300));
        CanvasWidget canvas(&doc);
        canvas.resize(1400, 900);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        CanvasController *c = canvas.controller();
        QTRY_VERIFY(!c->viewport().isEmpty());
        auto *layer = canvas.quickWidget()->rootObject()->findChild<EdgeLayer *>();
        QVERIFY(layer);
        c->fitToView();
        canvas.quickWidget()->grabFramebuffer();
        c->beginRubberBand(2, 2, 0);
        c->updateRubberBand(1000, 880);
        canvas.quickWidget()->grabFramebuffer();
        const qsizetype first = doc.selectedIds().size();
        QVERIFY2(first > 50, qPrintable(QString::number(first)));
        for (const QPointF &to : {QPointF(1300, 880), QPointF(800, 880), QPointF(1398, 898)}) {
            const QStringList before = doc.selectedIds();
            c->updateRubberBand(to.x(), to.y());
            QVERIFY(doc.selectedIds() != before);
            canvas.quickWidget()->grabFramebuffer();
            QVERIFY(!layer->lastPaintedWholeBase());
            QCOMPARE(layer->lastPaintedAreas(), 0);
        }
        c->endRubberBand();
        // A click: its edges stay in the base too.
        doc.setSelectedIds({QStringLiteral("ecs-web-16")});
        canvas.quickWidget()->grabFramebuffer();
        QVERIFY(!layer->lastPaintedWholeBase());
        QCOMPARE(layer->lastPaintedAreas(), 0);
        // A drag: its first step takes them out, the release puts them back.
        const QPointF start = c->toView(c->scene().nodeRect(QStringLiteral("ecs-web-16")).center());
        c->pressNode(QStringLiteral("ecs-web-16"), start.x(), start.y(), 0);
        canvas.quickWidget()->grabFramebuffer();
        QCOMPARE(layer->lastPaintedAreas(), 0); // pressed, not yet dragged
        c->dragTo(start.x() + 2, start.y() + 30);
        canvas.quickWidget()->grabFramebuffer();
        QVERIFY(layer->lastPaintedWholeBase() || layer->lastPaintedAreas() > 0);
        c->release();
        canvas.quickWidget()->grabFramebuffer();
        QVERIFY(layer->lastPaintedWholeBase() || layer->lastPaintedAreas() > 0);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    // Boxes on the minimap are drawn in the design's order (at 2,000 nodes they are smaller
    // than a pixel and overlap): the last one is on top, whatever the scene's hash order.
    void minimapDrawsBoxesInDesignOrder()
    {
        for (const bool dataFirst : {true, false}) {
            Design d;
            Component data = Component::make(ComponentKind::RdsPostgres, QStringLiteral("db"));
            Component service = Component::make(ComponentKind::EcsWeb, QStringLiteral("web"));
            data.position = service.position = QPointF(0, 0);
            Component far = Component::make(ComponentKind::S3Bucket, QStringLiteral("bucket"));
            far.position = QPointF(2400, 1400); // out of a 1400 × 900 view at 100 %; boxes of ~6 × 15 px
            d.addComponent(dataFirst ? data : service);
            d.addComponent(dataFirst ? service : data);
            d.addComponent(far);
            Document doc;
            doc.reset(d);
            CanvasWidget canvas(&doc);
            canvas.resize(1400, 900);
            canvas.show();
            QVERIFY(QTest::qWaitForWindowExposed(&canvas));
            CanvasController *c = canvas.controller();
            QTRY_VERIFY(!c->viewport().isEmpty());
            c->resetZoom();
            c->centerOn(QStringLiteral("bucket"));
            auto *minimap = canvas.quickWidget()->rootObject()->findChild<QQuickItem *>(QStringLiteral("minimap"));
            QVERIFY(minimap);
            const QImage frame = canvas.quickWidget()->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
            QVERIFY(minimap->isVisible());
            auto *map = qobject_cast<CanvasMinimap *>(minimap);
            const QPointF centre = map->toItem(c->scene().nodeRect(QStringLiteral("web"))).center();
            const QColor seen = frame.pixelColor(minimap->mapToScene(centre).toPoint());
            const DiagramStyle &style = c->painter().style();
            const QColor top = style.tierColor(kindTier(dataFirst ? ComponentKind::EcsWeb : ComponentKind::RdsPostgres));
            const QColor under = style.tierColor(kindTier(dataFirst ? ComponentKind::RdsPostgres : ComponentKind::EcsWeb));
            const auto distance = [](const QColor &x, const QColor &y) {
                return std::abs(x.red() - y.red()) + std::abs(x.green() - y.green()) + std::abs(x.blue() - y.blue());
            };
            QVERIFY2(distance(seen, top) < distance(seen, under),
                     qPrintable(QStringLiteral("%1: %2 (top %3, under %4)").arg(dataFirst).arg(seen.name(), top.name(), under.name())));
        }
    }

    void selectionTouchesOnlyTheNodesWhoseStateChanged()
    {
        Document doc;
        doc.reset(rowsOfGroups(300));
        CanvasWidget canvas(&doc);
        NodeModel *nodes = canvas.controller()->nodes();
        const auto rowsOf = [&](const QStringList &ids) {
            QSet<int> rows;
            for (const QString &id : ids)
                rows.insert(nodes->rowOf(id));
            return rows;
        };
        int emitted = 0;
        QSet<int> touched;
        connect(nodes, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
            ++emitted;
            QVERIFY(roles.contains(NodeModel::SelectedRole));
            for (int row = from.row(); row <= to.row(); ++row) {
                QVERIFY(!touched.contains(row)); // each row once
                touched.insert(row);
            }
        });
        // Two whole groups and a node of a third, then the second group, the third node and a
        // node of a fourth group: the rows whose selection changed, in as many signals as runs.
        QStringList first;
        for (int k = 10; k < 30; ++k)
            first << doc.design().components()[size_t(k)].id;
        first << doc.design().components()[45].id;
        doc.setSelectedIds(first);
        QCOMPARE(touched, rowsOf(first));
        QCOMPARE(emitted, 2); // rows 10-29 and 45
        for (int row : std::as_const(touched))
            QVERIFY(nodes->index(row).data(NodeModel::SelectedRole).toBool());

        emitted = 0;
        touched.clear();
        QStringList second = first.mid(10, 11); // rows 20-29 and 45
        second << doc.design().components()[77].id;
        doc.setSelectedIds(second);
        QCOMPARE(touched, rowsOf(first.mid(0, 10) + QStringList{doc.design().components()[77].id}));
        QCOMPARE(emitted, 2); // rows 10-19 and 77
        for (int row = 0; row < nodes->rowCount(); ++row)
            QCOMPARE(nodes->index(row).data(NodeModel::SelectedRole).toBool(), doc.isSelected(doc.design().components()[size_t(row)].id));
    }

    void legendListsWhatTheCanvasShows()
    {
        auto *legend = quick()->rootObject()->findChild<QQuickItem *>(QStringLiteral("legend"));
        auto *button = quick()->rootObject()->findChild<QQuickItem *>(QStringLiteral("legendButton"));
        QVERIFY(legend && button);
        // Closed until asked for: a click on the button in the corner opens it.
        QVERIFY(!legend->isVisible());
        QVERIFY(button->isVisible());
        QTest::mouseClick(quick(), Qt::LeftButton, {}, button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QVERIFY(controller()->legendVisible());
        QVERIFY(legend->isVisible());
        const auto entries = [&] { return legend->property("entries").toStringList(); };
        // The reference's twelve kinds in the palette's order, then its network connections;
        // no SQS, no hand-drawn link, no access edges while nothing is selected.
        QStringList expected{QStringLiteral("CloudFront CDN"), QStringLiteral("Application Load Balancer"), QStringLiteral("ECS web service"),
                             QStringLiteral("Celery workers"), QStringLiteral("Celery Beat"), QStringLiteral("RDS PostgreSQL"),
                             QStringLiteral("pgBouncer"), QStringLiteral("ElastiCache Redis"), QStringLiteral("S3 bucket"),
                             QStringLiteral("ECR repository"), QStringLiteral("Secrets Manager"), QStringLiteral("CloudWatch"),
                             QStringLiteral("Network connection (port · purpose)")};
        QCOMPARE(entries(), expected);
        // In the lower left corner, inside the canvas, every row's height given.
        const QRectF box = legend->mapRectToScene(QRectF(0, 0, legend->width(), legend->height()));
        QVERIFY(box.height() >= 7 * 18); // 13 rows in two columns
        QVERIFY(QRectF(0, 0, quick()->width(), quick()->height()).contains(box));
        QVERIFY(box.left() < 20 && box.bottom() > quick()->height() - 60); // above the button

        // A selected service draws its IAM access paths: they join the legend, and leave with the selection.
        m_doc->setSelectedIds({QStringLiteral("web")});
        QCOMPARE(entries().last(), QStringLiteral("AWS API access (IAM)"));
        m_doc->setSelectedIds({});
        QCOMPARE(entries(), expected);
        // A queue and a hand-drawn link.
        m_doc->undoStack()->push(new AddComponents(m_doc.get(), {Component::make(ComponentKind::Sqs, QStringLiteral("queue"))}));
        m_doc->undoStack()->push(new AddLink(m_doc.get(), Link{QStringLiteral("web"), QStringLiteral("queue"), Link::Mode::Add, 0, {}}));
        m_doc->setSelectedIds({}); // the added queue was selected: its access paths were drawn
        QVERIFY(entries().contains(QStringLiteral("SQS queues")));
        QVERIFY(entries().contains(QStringLiteral("Link drawn in the design")));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(entries(), expected);
        // The button again closes it; not an edit.
        const int steps = m_doc->undoStack()->count();
        QTest::mouseClick(quick(), Qt::LeftButton, {}, button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QVERIFY(!legend->isVisible());
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void minimapClickAndDragPan()
    {
        auto *minimap = qobject_cast<CanvasMinimap *>(quick()->rootObject()->findChild<QQuickItem *>(QStringLiteral("minimap")));
        QVERIFY(minimap);
        QVERIFY(minimap->isVisible());
        QVERIFY(minimap->width() >= 150);
        const QRectF mapBox = minimap->mapRectToScene(QRectF(0, 0, minimap->width(), minimap->height()));
        QVERIFY(mapBox.right() > quick()->width() - 20 && mapBox.bottom() > quick()->height() - 20); // lower right corner
        const auto viewCentre = [&] { return controller()->toScene(controller()->viewport().center()); };
        const auto onWidget = [&](const QPointF &itemPos) { return minimap->mapToScene(itemPos).toPoint(); };
        // One minimap pixel is this many scene units: the precision to expect.
        const QRectF dbRect = controller()->scene().nodeRect(QStringLiteral("db"));
        const qreal unit = dbRect.width() / minimap->toItem(dbRect).width();
        const qreal zoom = controller()->zoom();

        // A click on the database's box brings it to the middle of the view.
        QTest::mouseClick(quick(), Qt::LeftButton, {}, onWidget(minimap->toItem(dbRect).center()));
        QVERIFY2(QLineF(viewCentre(), dbRect.center()).length() <= 2 * unit,
                 qPrintable(QStringLiteral("%1,%2").arg(viewCentre().x()).arg(viewCentre().y())));
        QCOMPARE(controller()->zoom(), zoom); // panned, not zoomed

        // A drag from the CDN to the web service: the view follows the mouse, the map holds still.
        const QRectF cdn = controller()->scene().nodeRect(QStringLiteral("cdn"));
        const QRectF web = controller()->scene().nodeRect(QStringLiteral("web"));
        const QPoint from = onWidget(minimap->toItem(cdn).center());
        const QPoint to = onWidget(minimap->toItem(web).center());
        QTest::mousePress(quick(), Qt::LeftButton, {}, from);
        QVERIFY(QLineF(viewCentre(), cdn.center()).length() <= 2 * unit);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(quick(), from + (to - from) * i / 6);
        QTest::mouseRelease(quick(), Qt::LeftButton, {}, to);
        QVERIFY2(QLineF(viewCentre(), web.center()).length() <= 3 * unit,
                 qPrintable(QStringLiteral("%1,%2").arg(viewCentre().x()).arg(viewCentre().y())));
        QCOMPARE(m_doc->undoStack()->count(), 0); // moving the view is not an edit
        QVERIFY(m_doc->selectedIds().isEmpty());   // and selects nothing under the map
        // Fitted, the whole design is in view: nowhere to go, no minimap over it.
        controller()->fitToView();
        QVERIFY(controller()->isWholeDesignVisible());
        QVERIFY(!minimap->isVisible());
        controller()->zoomIn();
        QVERIFY(!controller()->isWholeDesignVisible());
        QVERIFY(minimap->isVisible());
    }

    void rendererExportsSvgAndPng()
    {
        const DiagramRenderer renderer(m_doc->design(), m_doc->derived());
        const QByteArray svg = renderer.toSvg();
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY(svg.contains("PostgreSQL"));
        QVERIFY(svg.contains("5432 · pool"));
        const QImage png = renderer.toImage(1.0);
        QCOMPARE(png.size(), renderer.sceneRect().size().toSize());
        // The same painter draws the canvas: a node's stripe colour appears in both.
        QVERIFY(png.pixelColor(5, 5) == DiagramStyle::standard().background);
        // Costs on the nodes and a footnote for the access paths left out, as on the canvas.
        QVERIFY(renderer.costs().contains(QStringLiteral("db")));
        QVERIFY(svg.contains(renderer.costs().value(QStringLiteral("db")).toUtf8()));
        QVERIFY(renderer.hiddenAccessEdges() >= 10);
        QVERIFY(svg.contains("IAM-only access paths"));

        // The same bytes with the German UI: exports are English, like the documents, while
        // the canvas itself speaks German.
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        const QString germanSubtitle = controller()->nodeVisual(QStringLiteral("worker-default")).subtitle;
        const QByteArray germanSvg = DiagramRenderer(m_doc->design(), m_doc->derived()).toSvg();
        installTranslations(*qApp, QStringLiteral("en"));
        QVERIFY2(germanSubtitle != QStringLiteral("Celery workers"), qPrintable(germanSubtitle));
        QVERIFY(germanSvg == svg);
        QVERIFY(svg.contains("Celery workers"));
        QVERIFY(svg.contains("1 task")); // Celery Beat, the English plural without "(s)"
        QVERIFY(!svg.contains("task(s)"));
    }

    // Every text the diagram writes is escaped: names with XML's special characters keep the
    // SVG well-formed and come back as the same text, and no markup gets in.
    void rendererEscapesEveryText()
    {
        const QString nasty = QStringLiteral("Sales & Billing <script>alert(1)</script> \" ' ]]>");
        Design d;
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("name"), nasty).ok);
        QVERIFY(d.addComponent(Component::make(ComponentKind::Alb, QStringLiteral("alb"), QStringLiteral("LB & <edge> \"x\" 'y' ]]>"))).ok);
        QVERIFY(d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web"), nasty)).ok);
        const QByteArray svg = DiagramRenderer(d).toSvg();
        QXmlStreamReader xml(svg);
        QStringList elements;
        QString title;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                elements.append(xml.name().toString());
                if (xml.name() == QLatin1String("title"))
                    title = xml.readElementText();
            } else if (xml.isCharacters()) {
                text += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QCOMPARE(title, nasty);
        QVERIFY(!elements.contains(QStringLiteral("script")));
        QVERIFY2(text.contains(QStringLiteral("LB & <edge>")), qPrintable(text.left(400)));
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
