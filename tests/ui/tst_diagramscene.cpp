// Edge routing with a spatial index (issue 19): DiagramScene looks up the nodes and labels
// near a candidate route in a RectGrid instead of testing every one. The routes and label
// boxes must be exactly those of a scan of every node and label (the scene with its index
// off), on the reference design and on generated large ones: rows of groups, nodes stacked on
// top of each other, scattered nodes far apart and overlapping, and after moves.
#include "derive/derivedmodel.h"
#include "diagramrenderer.h"
#include "pngwriter.h"
#include "diagramscene.h"
#include "io/designreader.h"
#include "model/design.h"
#include "rectgrid.h"
#include "uniformrectindex.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtEndian>

#include <zlib.h>

#include <atomic>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#include <pthread.h>
#endif

using namespace Infra;

#if defined(Q_OS_LINUX)
// Counts the threads the process starts: this definition comes before libc's for Qt and the
// C++ library too (std::thread, QThread and Qt's pools all start threads here).
static std::atomic<int> g_threadsStarted{0};
extern "C" int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
    using Create = int (*)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
    static const auto real = reinterpret_cast<Create>(dlsym(RTLD_NEXT, "pthread_create"));
    ++g_threadsStarted;
    return real(thread, attr, start, arg);
}
#endif

namespace {

Design referenceDesign()
{
    const auto read = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
    return read.ok() ? *read.design : Design();
}

const ComponentKind kGroup[] = {ComponentKind::Alb, ComponentKind::EcsWeb, ComponentKind::EcsWorker,
                                ComponentKind::EcsWorker, ComponentKind::EcsWorker, ComponentKind::EcsBeat,
                                ComponentKind::PgBouncer, ComponentKind::RdsPostgres, ComponentKind::ElastiCacheRedis,
                                ComponentKind::S3Bucket};

// bench/ui/bench_canvas.cpp's large design: groups of ten in rows (detour corridors at equal
// distances on either side).
Design rowsOfGroups(int count)
{
    Design d;
    for (int k = 0; k < count; ++k) {
        const ComponentKind kind = kGroup[k % 10];
        Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))));
        const int group = k / 10, slot = k % 10;
        c.position = QPointF((group % 10) * 2600 + slot * 260, (group / 10) * 400 + int(kindTier(kind)) * 120);
        d.addComponent(c);
    }
    return d;
}

// The reference design's components repeated at their own positions: nodes on top of each
// other, where routes tie most.
Design stacked(int copies)
{
    const Design ref = referenceDesign();
    Design d = ref;
    for (int n = 1; n < copies; ++n) {
        for (Component c : ref.components()) {
            c.id = c.id + QLatin1Char('-') + QString::number(n);
            d.addComponent(c);
        }
    }
    return d;
}

// Scattered at random (fixed seed): overlapping cards, negative coordinates, one far away.
Design scattered(int count)
{
    QRandomGenerator random(19);
    Design d;
    for (int k = 0; k < count; ++k) {
        const ComponentKind kind = kGroup[random.bounded(10)];
        Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))));
        c.position = QPointF(random.bounded(-3000, 6000), random.bounded(-1500, 3000));
        d.addComponent(c);
    }
    Component far = Component::make(ComponentKind::EcsWeb, QStringLiteral("far-web"));
    far.position = QPointF(250000, -90000);
    d.addComponent(far);
    return d;
}

// makebigdesign's shape: shared services in a row at the top, web services and workers on a
// narrow lattice of rows below them (whole columns of cards at one x): every route to the
// shared services is long, and its detour corridors repeat down each column.
Design sharedServicesOnTop(int count)
{
    Design d;
    const ComponentKind shared[] = {ComponentKind::Alb, ComponentKind::PgBouncer, ComponentKind::RdsPostgres,
                                    ComponentKind::ElastiCacheRedis, ComponentKind::S3Bucket};
    int x = 0;
    for (ComponentKind kind : shared) {
        Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))));
        c.position = QPointF(x, 0);
        x += 520;
        d.addComponent(c);
    }
    for (int k = 0; k < count; ++k) {
        const ComponentKind kind = k % 3 ? ComponentKind::EcsWeb : ComponentKind::EcsWorker;
        Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))));
        c.position = QPointF((k % 8) * 300, 300 + (k / 8) * 180);
        d.addComponent(c);
    }
    return d;
}

bool samePoint(const QPointF &a, const QPointF &b)
{
    return a.x() == b.x() && a.y() == b.y(); // exact: QPointF's == is fuzzy
}

// Index on against index off, every route point and label box to the bit.
void compareScenes(const DiagramScene &indexed, const DiagramScene &scanned)
{
    QCOMPARE(indexed.routes().size(), scanned.routes().size());
    for (size_t i = 0; i < indexed.routes().size(); ++i) {
        const EdgeRoute &a = indexed.routes()[i], &b = scanned.routes()[i];
        const QByteArray what = indexed.edges()[i].id.toUtf8();
        QVERIFY2(a.points.size() == b.points.size(), what.constData());
        for (qsizetype k = 0; k < a.points.size(); ++k)
            QVERIFY2(samePoint(a.points[k], b.points[k]), what.constData());
        QVERIFY2(samePoint(a.labelRect.topLeft(), b.labelRect.topLeft())
                     && samePoint(a.labelRect.bottomRight(), b.labelRect.bottomRight()),
                 what.constData());
    }
}

} // namespace

class TestDiagramScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridFindsEveryTouchingRectangle()
    {
        QRandomGenerator random(7);
        RectGrid grid(100);
        std::vector<QRectF> rects;
        for (int i = 0; i < 500; ++i) {
            // Corners on the cell lines now and then: touching at a boundary must be found.
            const qreal x = random.bounded(40) * 50 - 1000, y = random.bounded(40) * 50 - 1000;
            rects.emplace_back(x, y, random.bounded(1, 8) * 25, random.bounded(1, 8) * 25);
        }
        rects.emplace_back(-1e12, 0, 10, 10); // beyond the grid's range: listed everywhere
        rects.emplace_back(std::numeric_limits<qreal>::quiet_NaN(), 0, 10, 10);
        for (size_t i = 0; i < rects.size(); ++i)
            grid.insert(int(i), rects[i]);
        const auto touches = [](const QRectF &a, const QRectF &b) {
            return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
        };
        RectGrid::Candidates found;
        for (int q = 0; q < 300; ++q) {
            const QRectF query(random.bounded(60) * 50 - 1500, random.bounded(60) * 50 - 1500,
                               random.bounded(0, 12) * 25, random.bounded(0, 12) * 25);
            grid.candidates(query, found, RectGrid::Order::Ascending);
            QVERIFY(std::is_sorted(found.cbegin(), found.cend()));
            QVERIFY(std::adjacent_find(found.cbegin(), found.cend()) == found.cend()); // no duplicates
            for (size_t i = 0; i < rects.size() - 2; ++i) {
                if (touches(rects[i], query))
                    QVERIFY2(std::binary_search(found.cbegin(), found.cend(), int(i)), qPrintable(QString::number(i)));
            }
            QVERIFY(std::binary_search(found.cbegin(), found.cend(), int(rects.size() - 2)));
            QVERIFY(std::binary_search(found.cbegin(), found.cend(), int(rects.size() - 1)));
        }
        // It is an index: a small query far from most rectangles lists few of them.
        grid.candidates(QRectF(-990, -990, 5, 5), found);
        QVERIFY2(found.size() < 40, qPrintable(QString::number(found.size())));
        grid.setEnabled(false);
        grid.candidates(QRectF(-990, -990, 5, 5), found);
        QCOMPARE(found.size(), qsizetype(rects.size()));
    }

    // UniformRectIndex counts exactly the rectangles (shrunk by the inset) that
    // QRectF::intersects() says a box meets, and lists exactly the rectangles of a window in
    // the order of their left edges: checked against a scan of every rectangle, on rectangles
    // of one size on a lattice (edges that touch, rectangles on top of each other) and at
    // random, with thin boxes like route segments, boxes of negative or no width, and boxes
    // with infinite or NaN coordinates.
    void uniformIndexMatchesAScan()
    {
        QRandomGenerator random(23);
        const qreal nan = std::numeric_limits<qreal>::quiet_NaN(), inf = std::numeric_limits<qreal>::infinity();
        for (int round = 0; round < 4; ++round) {
            const QSizeF size = round % 2 ? QSizeF(180, 72) : QSizeF(-50, 30); // a negative width too
            std::vector<QRectF> rects;
            const int count = round < 2 ? 700 : 60;
            for (int i = 0; i < count; ++i) {
                const QPointF at = round < 3 ? QPointF(random.bounded(30) * 45 - 300, random.bounded(30) * 18 - 200)
                                             : QPointF(random.generateDouble() * 2000 - 1000, random.generateDouble() * 900);
                rects.emplace_back(at, size);
            }
            const qreal inset = round == 2 ? 0 : 2;
            UniformRectIndex index;
            QVERIFY(index.build(rects, inset));
            QCOMPARE(index.size(), count);
            const auto shrunk = [&](int i) { return rects[size_t(i)].adjusted(inset, inset, -inset, -inset); };
            QList<QRectF> queries;
            for (int q = 0; q < 1500; ++q) {
                const QPointF a(random.bounded(80) * 22.5 - 500 + (q % 3 ? 0.5 : 0), random.bounded(60) * 9 - 300);
                const qreal length = random.bounded(0, 2000) - 300;
                switch (q % 4) {
                case 0: queries << QRectF(a, QPointF(a.x() + length, a.y())).normalized().adjusted(-0.5, -0.5, 0.5, 0.5); break;
                case 1: queries << QRectF(a, QPointF(a.x(), a.y() + length)).normalized().adjusted(-0.5, -0.5, 0.5, 0.5); break;
                case 2: queries << QRectF(a, QSizeF(length, random.bounded(-40, 200))); break;
                default: queries << QRectF(a.x(), a.y(), random.bounded(3) * 45, random.bounded(3) * 18); break;
                }
            }
            queries << QRectF(0, 0, 0, 100) << QRectF(-inf, 0, inf, 10) << QRectF(-inf, -inf, 1e300, 1e300)
                    << QRectF(0, nan, 100, 100) << QRectF(nan, nan, nan, nan) << QRectF(-1e9, -1e9, 2e9, 2e9);
            for (const QRectF &q : std::as_const(queries)) {
                int expected = 0;
                for (int i = 0; i < count; ++i) {
                    const bool hit = shrunk(i).intersects(q);
                    expected += hit;
                    if (index.intersects(i, q) != hit)
                        QFAIL(qPrintable(QStringLiteral("rectangle %1 against %2,%3 %4x%5").arg(i).arg(q.x()).arg(q.y()).arg(q.width()).arg(q.height())));
                }
                if (index.intersecting(q) != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 instead of %2 against %3,%4 %5x%6").arg(index.intersecting(q)).arg(expected)
                                         .arg(q.x()).arg(q.y()).arg(q.width()).arg(q.height())));
            }
            // Ranks follow the left edges; a window lists its rectangles in rank order.
            for (int r = 1; r < count; ++r)
                QVERIFY(index.rect(r - 1).left() <= index.rect(r).left());
            for (int q = 0; q < 300; ++q) {
                const qreal x0 = random.bounded(-600, 1400), y0 = random.bounded(-300, 700);
                const qreal x1 = x0 + random.bounded(-50, 1500), y1 = y0 + random.bounded(-50, 600);
                const UniformRectIndex::Window w = index.window(x0, x1, y0, y1);
                std::vector<int> inside;
                for (int r = 0; r < count; ++r) {
                    const QRectF &rect = index.rect(r);
                    if (rect.right() >= x0 && rect.left() <= x1 && rect.bottom() >= y0 && rect.top() <= y1)
                        inside.push_back(r);
                }
                QCOMPARE(index.count(w), int(inside.size()));
                for (size_t k = 0; k < inside.size(); ++k)
                    QCOMPARE(index.kth(w, int(k)), inside[k]);
                for (int rank = -1; rank <= count + 1; rank += 7) {
                    const int below = int(std::count_if(inside.begin(), inside.end(), [&](int r) { return r < rank; }));
                    QCOMPARE(index.countBelow(w, rank), below);
                }
            }
            QCOMPARE(index.firstRank([](const QRectF &r) { return r.left() >= 0; }),
                     int(std::count_if(rects.begin(), rects.end(), [](const QRectF &r) { return r.left() < 0; })));
        }
        // Refused: rectangles of different sizes, non-finite ones, ones with no area once shrunk.
        UniformRectIndex index;
        QVERIFY(!index.build({QRectF(0, 0, 10, 10), QRectF(5, 5, 10, 11)}, 0));
        QVERIFY(!index.isValid());
        QVERIFY(!index.build({QRectF(0, 0, 10, 10), QRectF(nan, 5, 10, 10)}, 0));
        QVERIFY(!index.build({QRectF(0, 0, 10, 10), QRectF(inf, 5, 10, 10)}, 0));
        QVERIFY(!index.build({QRectF(0, 0, 4, 10)}, 2));
        QVERIFY(!index.build({}, 0));
        QVERIFY(index.build({QRectF(0, 0, 10, 10)}, 0));
        QCOMPARE(index.intersecting(QRectF(5, 5, 1, 1)), 1);
    }

    void sameRoutesAsAFullScan_data()
    {
        QTest::addColumn<int>("design");
        QTest::newRow("reference") << 0;
        QTest::newRow("rows of groups, 800") << 1;
        QTest::newRow("stacked reference, 20 copies") << 2;
        QTest::newRow("scattered, 400") << 3;
        QTest::newRow("shared services on top, 240") << 4;
    }

    void sameRoutesAsAFullScan()
    {
        QFETCH(int, design);
        Design d;
        switch (design) {
        case 0: d = referenceDesign(); break;
        case 1: d = rowsOfGroups(800); break;
        case 2: d = stacked(20); break;
        case 3: d = scattered(400); break;
        default: d = sharedServicesOnTop(240); break;
        }
        QVERIFY(d.components().size() > 10);
        const std::vector<DiagramEdge> edges = DiagramEdge::fromDerived(d, DerivedModel::derive(d));
        QVERIFY(edges.size() > 10);
        DiagramScene indexed, scanned, lean;
        scanned.setSpatialIndex(false);
        // A scene that keeps no boxes per route (the headless renderer's): the same routes, and
        // a move routes everything again.
        lean.setKeepsReach(false);
        indexed.rebuild(d, edges);
        scanned.rebuild(d, edges);
        lean.rebuild(d, edges);
        compareScenes(indexed, scanned);
        compareScenes(indexed, lean);
        if (QTest::currentTestFailed())
            return;

        // A drag: a few nodes move by steps (only their edges rerouted, the grid keeps their old
        // cells too), then everything is routed again.
        QStringList moved;
        for (size_t k = 0; k < d.components().size(); k += d.components().size() / 5)
            moved << d.components()[k].id;
        for (int step = 1; step <= 6; ++step) {
            QHash<QString, QPointF> to;
            for (const QString &id : std::as_const(moved))
                to.insert(id, d.component(id)->position + QPointF(140, 70));
            QVERIFY(d.moveComponents(to).ok);
            indexed.updateNodes(d, moved);
            scanned.updateNodes(d, moved);
            lean.updateNodes(d, moved);
            QCOMPARE(lean.lastRerouted(), int(edges.size()));
            compareScenes(indexed, scanned);
            compareScenes(indexed, lean);
            if (QTest::currentTestFailed())
                return;
        }
        indexed.rerouteAll();
        scanned.rerouteAll();
        compareScenes(indexed, scanned);
    }

    // A move routes and labels again only what it can change (DiagramScene::updateNodes), yet
    // leaves every route and label exactly as a scene built from scratch at the new positions:
    // one node dragged in small steps (past its neighbours' columns and rows), a few nodes at
    // once, a large selection (the grid of moved boxes), a node thrown far away and back.
    void moveGivesTheSameRoutesAsAFullReroute_data()
    {
        QTest::addColumn<int>("design");
        QTest::addColumn<int>("pattern");
        QTest::newRow("reference, one node") << 0 << 0;
        QTest::newRow("reference, a few") << 0 << 1;
        QTest::newRow("rows of groups, one node") << 1 << 0;
        QTest::newRow("rows of groups, a few") << 1 << 1;
        QTest::newRow("rows of groups, a large selection") << 1 << 2;
        QTest::newRow("rows of groups, far away and back") << 1 << 3;
        QTest::newRow("stacked reference, one node") << 2 << 0;
        QTest::newRow("stacked reference, a large selection") << 2 << 2;
        QTest::newRow("scattered, one node") << 3 << 0;
        QTest::newRow("shared services on top, one node") << 4 << 0;
        QTest::newRow("shared services on top, a few") << 4 << 1;
        QTest::newRow("shared services on top, to and fro") << 4 << 4;
        QTest::newRow("rows of groups, to and fro") << 5 << 4;
    }

    void moveGivesTheSameRoutesAsAFullReroute()
    {
        QFETCH(int, design);
        QFETCH(int, pattern);
        Design d;
        switch (design) {
        case 0: d = referenceDesign(); break;
        case 1: d = rowsOfGroups(400); break;
        case 2: d = stacked(10); break;
        case 3: d = scattered(200); break;
        case 4: d = sharedServicesOnTop(160); break;
        default: d = rowsOfGroups(1000); break;
        }
        const std::vector<DiagramEdge> edges = DiagramEdge::fromDerived(d, DerivedModel::derive(d));
        QVERIFY(edges.size() > 10);
        DiagramScene scene;
        scene.rebuild(d, edges);

        const auto &components = d.components();
        QStringList moved;
        switch (pattern) {
        case 0: moved << components[components.size() / 2 + 1].id; break;
        case 1:
            for (size_t k = 1; k < components.size(); k += components.size() / 4)
                moved << components[k].id;
            break;
        case 2:
            for (size_t k = 0; k < components.size(); k += 7)
                moved << components[k].id;
            break;
        case 3: moved << components[components.size() / 3].id; break;
        default: moved << components[components.size() / 2 + 1].id; break; // a web service
        }
        QHash<QString, QPointF> start;
        for (const QString &id : std::as_const(moved))
            start.insert(id, d.component(id)->position);
        int rerouted = 0, relabelled = 0, rescored = 0, steps = 0;
        for (int step = 1; step <= (pattern == 4 ? 24 : 10); ++step) {
            QHash<QString, QPointF> to;
            for (const QString &id : std::as_const(moved)) {
                QPointF delta(40 * std::sin(step * 0.9) * step, 26 * std::cos(step * 0.7) * step);
                if (pattern == 3)
                    delta = step % 2 ? QPointF(90000, -40000) : QPointF(-90000, 40000);
                if (pattern == 4) {
                    // bench_canvas's fitted drag: the mouse to and fro around where the node
                    // was, 400 scene units at 10 %, through its neighbours and their corridors.
                    to.insert(id, start.value(id) + QPointF(400 * std::sin(step * 0.3) + 50, 400 * std::cos(step * 0.2) + 50));
                    continue;
                }
                to.insert(id, d.component(id)->position + delta);
            }
            QVERIFY(d.moveComponents(to).ok);
            scene.updateNodes(d, moved);
            rerouted += scene.lastRerouted();
            relabelled += scene.lastRelabelled();
            rescored += scene.lastRescored();
            ++steps;
            DiagramScene fresh;
            fresh.rebuild(d, edges);
            compareScenes(scene, fresh);
            if (QTest::currentTestFailed()) {
                qWarning("after step %d", step);
                return;
            }
        }
        qDebug("%d routes and %d labels again, %d routes scored again, in %d steps of %d edges", rerouted, relabelled,
               rescored, steps, int(edges.size()));
        // It is incremental: one node's drag in rows of groups routes a small part of the scene
        // again per step (overlapping nodes, as in the scattered design, share more).
        if (pattern == 0 && design == 1)
            QVERIFY2(rerouted < steps * int(edges.size()) / 4,
                     qPrintable(QStringLiteral("%1 routes in %2 steps of %3 edges").arg(rerouted).arg(steps).arg(edges.size())));
        // The long routes to the shared services pass near the dragged web service; most keep
        // their candidates (the node is none of their ends and no nearer to their middle than
        // the detour corridors they tried) and are only scored again: few are routed again.
        if (pattern == 4 && design == 5) {
            QVERIFY2(rescored > 2 * rerouted, qPrintable(QStringLiteral("%1 scored, %2 routed").arg(rescored).arg(rerouted)));
            QVERIFY2(rerouted < steps * int(edges.size()) / 20,
                     qPrintable(QStringLiteral("%1 routes in %2 steps of %3 edges").arg(rerouted).arg(steps).arg(edges.size())));
        }
        // Not moving is no change.
        scene.updateNodes(d, moved);
        QCOMPARE(scene.lastRerouted(), 0);
        QCOMPARE(scene.lastRelabelled(), 0);
        QCOMPARE(scene.lastRescored(), 0);
    }

    // The PNG (written by PngWriter, not QImage::save) holds exactly the pixels drawn, as RGB.
    void pngHoldsTheDrawnPixels()
    {
        const Design d = referenceDesign();
        const DiagramRenderer renderer(d);
        const QByteArray png = renderer.toPng(2.0);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "PNG"));
        QVERIFY(!decoded.hasAlphaChannel());
        const QImage drawn = renderer.toImage(2.0).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(decoded.size(), (renderer.sceneRect().size() * 2).toSize());
        QVERIFY(decoded.convertToFormat(QImage::Format_RGB32) == drawn);
    }

    // Painted and encoded in bands of rows (each band drawn with the painter moved up, only what
    // reaches into it): the same bytes as in one band, and the pixels of the whole image painted
    // at once. Band heights that cut through cards, labels and text, and one row.
    void pngInBandsIsTheWholeImage()
    {
        const Design d = referenceDesign();
        const DiagramRenderer renderer(d);
        const QByteArray whole = renderer.toPng(2.0, 1 << 20);
        QImage decoded;
        QVERIFY(decoded.loadFromData(whole, "PNG"));
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), renderer.toImage(2.0).convertToFormat(QImage::Format_RGB32));
        for (int rows : {1, 37, 100, 256, 1000}) {
            const QByteArray banded = renderer.toPng(2.0, rows);
            QVERIFY2(banded == whole, qPrintable(QStringLiteral("bands of %1 rows: %2 bytes, one band %3").arg(rows).arg(banded.size()).arg(whole.size())));
        }
        // The default: at least two bands (one is painted while the one before it is encoded on a
        // second thread), at most four for a diagram this size; the same bytes.
        const QSize size = (renderer.sceneRect().size() * 2).toSize();
        const int defaultRows = DiagramRenderer::pngBandRows(size);
        QVERIFY2(defaultRows < size.height() && defaultRows * 4 >= size.height(),
                 qPrintable(QStringLiteral("%1 rows a band of %2").arg(defaultRows).arg(size.height())));
        QCOMPARE(renderer.toPng(2.0), whole);
        // Bands stay within 32 MB of pixels however tall the image.
        QVERIFY(qint64(DiagramRenderer::pngBandRows(QSize(4000, 20000))) * 4000 * 4 <= qint64(32) << 20);
        QCOMPARE(DiagramRenderer::pngBandRows(QSize(10, 3)), 1);
    }

    // The export's PNG is painted on a thread of Qt's global pool (runOnGlobalPoolThread), where
    // the raster engine fills on the painting thread instead of handing large fills to that pool
    // and waiting; the same bytes as toPng(). The future's destructor waits for the work.
    void pngInBackgroundOnAPoolThread()
    {
        std::future<bool> pooled = runOnGlobalPoolThread(
            [] { return QThreadPool::globalInstance()->contains(QThread::currentThread()); });
        QVERIFY(pooled.get());
        QVERIFY(!QThreadPool::globalInstance()->contains(QThread::currentThread()));
        std::atomic<bool> done = false;
        {
            std::future<void> waited = runOnGlobalPoolThread([&done] {
                QThread::msleep(50);
                done = true;
            });
        }
        QVERIFY(done);
        std::future<int> failing = runOnGlobalPoolThread([]() -> int { throw std::runtime_error("no"); });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, failing.get());

        const Design d = referenceDesign();
        const DiagramRenderer renderer(d);
        QCOMPARE(renderer.toPngInBackground(2.0).get(), renderer.toPng(2.0));
    }

    // With the caller's derivation (run while the routes are laid out on a second thread): the
    // same diagram as from the derived model, and derive() called once.
    void rendererWithTheCallersDerivation()
    {
        const Design d = referenceDesign();
        const DerivedModel derived = DerivedModel::derive(d);
        const DiagramRenderer fromModel(d, derived);
        int calls = 0;
        std::optional<DerivedModel> own;
        const DiagramRenderer fromCallback(d, [&]() -> const DerivedModel & {
            ++calls;
            own.emplace(DerivedModel::derive(d));
            return *own;
        });
        QCOMPARE(calls, 1);
        QCOMPARE(fromCallback.sceneRect(), fromModel.sceneRect());
        QCOMPARE(fromCallback.costs(), fromModel.costs());
        QCOMPARE(fromCallback.toSvg(), fromModel.toSvg());
        QCOMPARE(fromCallback.toPng(1.0), fromModel.toPng(1.0));
    }

    // PngWriter: the rows given in any bands, deflated with any number of threads, give the same
    // bytes (the blocks are cut at rows fixed by the width); a band of the wrong width fails the
    // image. The stream is blocks deflated apart (each primed with the 32 KiB before it), so the
    // file is checked as a PNG: its chunks and their CRCs, zlib's own inflate of the joined IDATs
    // (header, Adler-32), and the pixels read back by Qt's reader.
    void pngWriterBlocksInAnyBands()
    {
        // Wide enough for several blocks of rows; noisy enough that the blocks do not compress
        // to nothing; rows that repeat, so a match reaches back across a block's start.
        QImage image(1500, 1000, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, y % 50 < 25 ? qRgb((x * 7 + y) % 256, (x * y) % 256, (255 - y * 3) % 256)
                                                 : qRgb(240, 240, 240 - (x / 100)));
        const int blockRows = PngWriter::blockRows(image.width());
        QVERIFY2(blockRows > 1 && blockRows * 4 < image.height(), qPrintable(QString::number(blockRows)));
        const QByteArray whole = PngWriter::encode(image);
        QVERIFY(!whole.isEmpty());
        checkPng(whole, image);
        for (int threads : {0, 1, 2, 4}) {
            for (int bandRows : {1, 5, blockRows, blockRows + 1, 1000}) {
                PngWriter writer(image.width(), image.height(), PngWriter::kDefaultLevel, threads);
                for (int top = 0; top < image.height(); top += bandRows) {
                    const int rows = std::min(bandRows, image.height() - top);
                    // A band as tall as asked whose rows past `rows` are not the image's.
                    QImage band = image.copy(0, top, image.width(), bandRows);
                    QVERIFY(writer.appendRows(band, rows));
                }
                QVERIFY2(writer.finish() == whole, qPrintable(QStringLiteral("%1 threads, bands of %2").arg(threads).arg(bandRows)));
            }
        }
        // Every level gives a PNG of the same pixels; the default is not the smallest, level 6 is.
        for (int level : {0, 1, 3, 6, 9})
            checkPng(PngWriter::encode(image, level), image);
        QVERIFY(PngWriter::encode(image, 6).size() < whole.size());

        PngWriter wrong(image.width(), image.height());
        QVERIFY(!wrong.appendRows(image.copy(0, 0, 1499, 1000), 1000));
        QVERIFY(wrong.finish().isEmpty());
        PngWriter short_(image.width(), image.height());
        QVERIFY(short_.appendRows(image, 999));
        QVERIFY(short_.finish().isEmpty());
        // A 1 x 1 image and one row: a block shorter than deflate's window.
        QImage dot(1, 1, QImage::Format_RGB32);
        dot.fill(qRgb(1, 2, 3));
        checkPng(PngWriter::encode(dot), dot);
        checkPng(PngWriter::encode(image.copy(0, 0, 1500, 1)), image.copy(0, 0, 1500, 1));
    }

    // The blocks are deflated on the threads of a pool kept between images: a second image of
    // many blocks starts no thread (one thread per block did: 17 for the reference's PNG).
    void pngWriterStartsNoThreadPerBlock()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("counts pthread_create calls");
#else
        QImage image(1500, 2000, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb((x * 7 + y) % 256, (x * y) % 256, (255 - y * 3) % 256));
        const int blocks = (image.height() + PngWriter::blockRows(image.width()) - 1) / PngWriter::blockRows(image.width());
        QVERIFY2(blocks >= 8, qPrintable(QString::number(blocks)));
        const QByteArray first = PngWriter::encode(image); // starts the pool's threads
        checkPng(first, image);
        const int before = g_threadsStarted;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(PngWriter::encode(image), first);
        QCOMPARE(g_threadsStarted - before, 0);
        // A writer dropped with blocks still being deflated waits for them.
        {
            PngWriter dropped(image.width(), image.height());
            QVERIFY(dropped.appendRows(image, image.height() / 2));
        }
        QCOMPARE(PngWriter::encode(image), first);
#endif
    }

    // libpng writes the file; its default limit of a million pixels a side is lifted to the
    // format's: a very wide design is drawn at a smaller scale to stay under 30 megapixels and
    // can be wider than that. (Qt's reader keeps libpng's limit: the pixels are checked here.)
    void pngWriterBeyondAMillionPixelsWide()
    {
        QImage wide(1'000'003, 2, QImage::Format_RGB32);
        for (int y = 0; y < wide.height(); ++y)
            for (int x = 0; x < wide.width(); ++x)
                wide.setPixel(x, y, qRgb(x % 251, (x / 7 + y) % 256, 200));
        checkPng(PngWriter::encode(wide), wide, false);
    }

    static void checkPng(const QByteArray &png, const QImage &expected, bool qtReads = true)
    {
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QByteArray zlibStream;
        QByteArray ihdr;
        QList<QByteArray> types;
        qsizetype pos = 8;
        while (pos + 12 <= png.size()) {
            const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
            QVERIFY(pos + 12 + qsizetype(length) <= png.size());
            const QByteArray typeAndData = png.mid(pos + 4, 4 + qsizetype(length));
            const quint32 crc = qFromBigEndian<quint32>(png.constData() + pos + 8 + length);
            QCOMPARE(quint32(crc32(0, reinterpret_cast<const Bytef *>(typeAndData.constData()), uInt(typeAndData.size()))), crc);
            types.append(typeAndData.left(4));
            if (types.last() == "IHDR")
                ihdr = typeAndData.mid(4);
            if (types.last() == "IDAT")
                zlibStream.append(typeAndData.mid(4));
            pos += 12 + qsizetype(length);
        }
        QCOMPARE(pos, png.size());
        QVERIFY(types.size() >= 3);
        QCOMPARE(types.first(), QByteArray("IHDR"));
        QCOMPARE(types.last(), QByteArray("IEND"));
        // 8-bit RGB, deflate, filter method 0, not interlaced.
        QCOMPARE(ihdr.size(), 13);
        QCOMPARE(qFromBigEndian<quint32>(ihdr.constData()), quint32(expected.width()));
        QCOMPARE(qFromBigEndian<quint32>(ihdr.constData() + 4), quint32(expected.height()));
        QCOMPARE(ihdr.mid(8), QByteArray("\x08\x02\x00\x00\x00", 5));
        // zlib's inflate checks the header and the Adler-32; each row is its Up filter byte and
        // the RGB bytes minus those of the row above.
        QByteArray raw(qsizetype(expected.height()) * (1 + 3 * qsizetype(expected.width())), '\0');
        uLongf rawLength = uLongf(raw.size());
        QCOMPARE(uncompress(reinterpret_cast<Bytef *>(raw.data()), &rawLength,
                            reinterpret_cast<const Bytef *>(zlibStream.constData()), uLong(zlibStream.size())),
                 Z_OK);
        QCOMPARE(qsizetype(rawLength), raw.size());
        QByteArray previous(3 * qsizetype(expected.width()), '\0');
        for (int y = 0; y < expected.height(); ++y) {
            const uchar *row = reinterpret_cast<const uchar *>(raw.constData()) + y * (1 + 3 * qsizetype(expected.width()));
            QCOMPARE(int(row[0]), 2);
            for (int x = 0; x < expected.width(); ++x) {
                const QRgb p = expected.pixel(x, y);
                const int rgb[3] = {qRed(p), qGreen(p), qBlue(p)};
                for (int c = 0; c < 3; ++c) {
                    const uchar value = uchar(row[1 + 3 * x + c] + uchar(previous[3 * x + c]));
                    if (value != rgb[c])
                        QFAIL(qPrintable(QStringLiteral("pixel %1,%2 channel %3: %4, drawn %5").arg(x).arg(y).arg(c).arg(value).arg(rgb[c])));
                    previous[3 * x + c] = char(value);
                }
            }
        }
        if (!qtReads)
            return;
        QImageReader reader;
        QBuffer buffer;
        buffer.setData(png);
        reader.setDevice(&buffer);
        reader.setFormat("png");
        const QImage decoded = reader.read();
        QVERIFY2(!decoded.isNull(), qPrintable(reader.errorString()));
        QVERIFY(!decoded.hasAlphaChannel());
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), expected.convertToFormat(QImage::Format_RGB32));
    }

    // A diagram too big for a PNG at the asked scale is drawn smaller: at most 30 megapixels, which
    // Qt's image reader still opens with its default allocation limit (128 MB).
    void hugePngIsScaledDown()
    {
        const Design d = rowsOfGroups(400); // 4 rows of 10 groups: ~26,000 x 1,600 scene units
        const DiagramRenderer renderer(d);
        const QSizeF scene = renderer.sceneRect().size();
        QVERIFY(scene.width() * scene.height() * 4 > 30e6);
        const qreal scale = renderer.pngScale(2.0);
        QVERIFY(scale < 2.0);
        QVERIFY(scene.width() * scene.height() * scale * scale <= 30e6 * 1.0001);
        QCOMPARE(DiagramRenderer(referenceDesign()).pngScale(2.0), 2.0);
        QImage decoded;
        QVERIFY(decoded.loadFromData(renderer.toPng(2.0), "PNG"));
        QCOMPARE(decoded.size(), (scene * scale).toSize());
    }
};

QTEST_MAIN(TestDiagramScene)
#include "tst_diagramscene.moc"
