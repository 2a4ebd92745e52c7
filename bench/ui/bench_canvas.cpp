// Canvas benchmarks (Google Benchmark), run offscreen with Qt Quick's software renderer:
//   - frame time while dragging a node: one mouse step (MoveComponents merged into the
//     drag, scene update, edge reroute) plus rendering the canvas frame, on the reference
//     design and on a generated 500-node design;
//   - frame time when a selection change shows or hides a service's IAM access edges;
//   - cold start to the first painted frame and resident memory of infra-studio with the
//     reference design open (a child process in --smoke mode reports both).
// Results and the command line go to docs/performance.md.
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "document.h"
#include "infrastudio/config.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QQuickWidget>
#include <QUndoStack>

using namespace Infra;

namespace {

QString reference()
{
    return QStringLiteral(INFRA_STUDIO_SOURCE_DIR "/resources/examples/django-reference.infra.yaml");
}

// 500 components in a stack of architectures like the reference: per group a load
// balancer, web, three workers, beat, pgBouncer, database, Redis and a bucket.
Design largeDesign(int count)
{
    Design d;
    const ComponentKind pattern[] = {ComponentKind::Alb, ComponentKind::EcsWeb, ComponentKind::EcsWorker,
                                     ComponentKind::EcsWorker, ComponentKind::EcsWorker, ComponentKind::EcsBeat,
                                     ComponentKind::PgBouncer, ComponentKind::RdsPostgres, ComponentKind::ElastiCacheRedis,
                                     ComponentKind::S3Bucket};
    for (int i = 0; i < count; ++i) {
        const ComponentKind kind = pattern[i % 10];
        Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))),
                                      kindDisplayName(kind) + QLatin1Char(' ') + QString::number(i));
        const int group = i / 10, slot = i % 10;
        c.position = QPointF((group % 10) * 2600 + slot * 260, (group / 10) * 400 + int(kindTier(kind)) * 120);
        d.addComponent(c);
    }
    return d;
}

void dragFrames(benchmark::State &state, Document &doc, const QString &id)
{
    CanvasWidget canvas(&doc);
    canvas.resize(1400, 900);
    canvas.show();
    QApplication::processEvents();
    CanvasController *c = canvas.controller();
    c->resetZoom();
    c->centerOn(id);
    canvas.quickWidget()->grabFramebuffer();
    const QPointF start = c->toView(c->scene().nodeRect(id).center());
    c->pressNode(id, start.x(), start.y(), 0);
    int step = 0;
    for (auto _ : state) {
        ++step;
        const QPointF p = start + QPointF(40 * std::sin(step * 0.3) + 5, 40 * std::cos(step * 0.2) + 5);
        c->dragTo(p.x(), p.y());
        // Renders the frame (nodes, edges, labels) as the window would show it.
        benchmark::DoNotOptimize(canvas.quickWidget()->grabFramebuffer());
    }
    c->release();
    state.counters["edges"] = double(c->scene().edges().size());
    state.counters["nodes"] = double(doc.design().components().size());
    state.counters["undo_steps"] = double(doc.undoStack()->count());
}

void BM_DragFrameReference(benchmark::State &state)
{
    Document doc;
    QStringList errors;
    if (!doc.load(reference(), &errors)) {
        state.SkipWithError("cannot load the reference design");
        return;
    }
    dragFrames(state, doc, QStringLiteral("worker-default"));
}
BENCHMARK(BM_DragFrameReference)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_DragFrame500Nodes(benchmark::State &state)
{
    Document doc;
    doc.reset(largeDesign(500));
    dragFrames(state, doc, QStringLiteral("ecs-web-25"));
}
BENCHMARK(BM_DragFrame500Nodes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Clicking a service and clicking it away: its IAM access edges appear and go (the scene is
// routed again with them), then the frame is rendered.
void BM_SelectFrame500Nodes(benchmark::State &state)
{
    Document doc;
    doc.reset(largeDesign(500));
    CanvasWidget canvas(&doc);
    canvas.resize(1400, 900);
    canvas.show();
    QApplication::processEvents();
    canvas.controller()->resetZoom();
    canvas.controller()->centerOn(QStringLiteral("ecs-web-25"));
    bool selected = false;
    for (auto _ : state) {
        selected = !selected;
        doc.setSelectedIds(selected ? QStringList{QStringLiteral("ecs-web-25")} : QStringList{});
        benchmark::DoNotOptimize(canvas.quickWidget()->grabFramebuffer());
    }
    state.counters["edges"] = double(canvas.controller()->scene().edges().size());
}
BENCHMARK(BM_SelectFrame500Nodes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

QString studioBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/infra-studio");
}

void BM_ColdStartToFirstFrame(benchmark::State &state)
{
    double firstFrame = 0, rss = 0;
    int runs = 0;
    for (auto _ : state) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/tmp/infra-bench-config"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(studioBinary(), {QStringLiteral("--smoke"), QStringLiteral("--recovery"), QStringLiteral("discard"), reference()});
        if (!p.waitForFinished(60000)) {
            state.SkipWithError("infra-studio did not finish");
            return;
        }
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (line.startsWith("first-frame-ms: "))
                firstFrame += line.mid(16).toDouble();
            else if (line.startsWith("rss-kb: "))
                rss += line.mid(8).toDouble();
        }
        ++runs;
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
    // Time from main() to the first frame swapped, and resident memory at that moment.
    state.counters["first_frame_ms"] = runs ? firstFrame / runs : 0;
    state.counters["rss_MiB"] = runs ? rss / runs / 1024 : 0;
}
BENCHMARK(BM_ColdStartToFirstFrame)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
