// Canvas benchmarks (Google Benchmark), run offscreen with Qt Quick's software renderer:
//   - frame time while dragging a node: one mouse step (MoveComponents merged into the
//     drag, scene update, edge reroute) plus rendering the canvas frame, on the reference
//     design and on a generated 500-node design;
//   - frame time when a selection change shows or hides a service's IAM access edges;
//   - cold start to the first painted frame and resident memory of infra-studio with the
//     reference design open (a child process in --smoke mode reports both);
//   - the same at 2,000 nodes (issue 19: drag and selection frames under 16 ms, a
//     2,000-component design open to its first frame under 1 s).
// Results and the command line go to docs/performance.md.
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "document.h"
#include "edgelayer.h"
#include "infrastudio/config.h"
#include "io/designwriter.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QQuickWidget>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/resource.h>
#include <time.h>

using namespace Infra;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Where a frame's time goes, per iteration: the user's action up to the model and scene
// (mouse step or click through the controller, the document, the scene's routes) and the
// frame (QML bindings, every item's paint, the scene graph rendered and read back); both this
// thread's CPU time. And what the edge layer did with its cached base.
struct FrameSplit
{
    double action = 0, frame = 0;
    int frames = 0, wholeBase = 0, areas = 0;
    EdgeLayer *layer = nullptr;

    explicit FrameSplit(CanvasWidget &canvas) : layer(canvas.quickWidget()->rootObject()->findChild<EdgeLayer *>()) {}
    template<typename Action>
    void run(CanvasWidget &canvas, Action &&action)
    {
        const double t0 = threadCpuMs();
        action();
        const double t1 = threadCpuMs();
        benchmark::DoNotOptimize(canvas.quickWidget()->grabFramebuffer());
        this->action += t1 - t0;
        frame += threadCpuMs() - t1;
        ++frames;
        if (layer) {
            wholeBase += layer->lastPaintedWholeBase() ? 1 : 0;
            areas += layer->lastPaintedWholeBase() ? 0 : layer->lastPaintedAreas();
        }
    }
    void report(benchmark::State &state) const
    {
        if (!frames)
            return;
        state.counters["action_ms"] = action / frames;
        state.counters["frame_ms"] = frame / frames;
        state.counters["whole_base_pct"] = 100.0 * wholeBase / frames;
        state.counters["areas_avg"] = double(areas) / frames;
    }
};

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

// `fit`: at the zoom the design opens with (fitted to the view, clamped at 10 %: most of a
// 2,000-node design in view) instead of 100 %.
void dragFrames(benchmark::State &state, Document &doc, const QString &id, bool fit = false)
{
    CanvasWidget canvas(&doc);
    canvas.resize(1400, 900);
    canvas.show();
    QApplication::processEvents();
    CanvasController *c = canvas.controller();
    if (fit)
        c->fitToView();
    else
        c->resetZoom();
    c->centerOn(id);
    canvas.quickWidget()->grabFramebuffer();
    const QPointF start = c->toView(c->scene().nodeRect(id).center());
    c->pressNode(id, start.x(), start.y(), 0);
    int step = 0;
    double rerouted = 0, rescored = 0;
    FrameSplit split(canvas);
    for (auto _ : state) {
        ++step;
        const QPointF p = start + QPointF(40 * std::sin(step * 0.3) + 5, 40 * std::cos(step * 0.2) + 5);
        // The mouse step, then the frame (nodes, edges, labels) rendered as the window would show it.
        split.run(canvas, [&] { c->dragTo(p.x(), p.y()); });
        rerouted += c->scene().lastRerouted();
        rescored += c->scene().lastRescored();
    }
    split.report(state);
    // Routes the scene computed again per step (the moved node's edges, the edges whose end
    // slots shift, those whose candidates came near the node).
    state.counters["rerouted_avg"] = step ? rerouted / step : 0;
    // Routes only scored again (their candidates' crossings updated by the move).
    state.counters["rescored_avg"] = step ? rescored / step : 0;
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

void BM_DragFrame2000Nodes(benchmark::State &state)
{
    Document doc;
    doc.reset(largeDesign(2000));
    dragFrames(state, doc, QStringLiteral("ecs-web-95"));
}
BENCHMARK(BM_DragFrame2000Nodes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_DragFrame2000NodesFit(benchmark::State &state)
{
    Document doc;
    doc.reset(largeDesign(2000));
    dragFrames(state, doc, QStringLiteral("ecs-web-95"), true);
}
BENCHMARK(BM_DragFrame2000NodesFit)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Clicking a service and clicking it away: its IAM access edges appear and go (the scene is
// routed again with them), then the frame is rendered.
// `fit`: at the zoom the design opens with, as dragFrames().
void selectFrames(benchmark::State &state, int count, const QString &id, bool fit = false)
{
    Document doc;
    doc.reset(largeDesign(count));
    CanvasWidget canvas(&doc);
    canvas.resize(1400, 900);
    canvas.show();
    QApplication::processEvents();
    if (fit)
        canvas.controller()->fitToView();
    else
        canvas.controller()->resetZoom();
    canvas.controller()->centerOn(id);
    bool selected = false;
    FrameSplit split(canvas);
    for (auto _ : state) {
        selected = !selected;
        split.run(canvas, [&] { doc.setSelectedIds(selected ? QStringList{id} : QStringList{}); });
    }
    split.report(state);
    state.counters["edges"] = double(canvas.controller()->scene().edges().size());
}

void BM_SelectFrame500Nodes(benchmark::State &state)
{
    selectFrames(state, 500, QStringLiteral("ecs-web-25"));
}
BENCHMARK(BM_SelectFrame500Nodes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_SelectFrame2000Nodes(benchmark::State &state)
{
    selectFrames(state, 2000, QStringLiteral("ecs-web-95"));
}
BENCHMARK(BM_SelectFrame2000Nodes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_SelectFrame2000NodesFit(benchmark::State &state)
{
    selectFrames(state, 2000, QStringLiteral("ecs-web-95"), true);
}
BENCHMARK(BM_SelectFrame2000NodesFit)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A rubber band over the design as it opens (fitted to the view): one mouse step of the band
// through the controller, growing and shrinking between a quarter and three quarters of the
// view's width, so that each step selects or deselects a few hundred nodes (every selected
// service's access edges are routed), then the frame is rendered.
void BM_RubberBandFrame2000Nodes(benchmark::State &state)
{
    Document doc;
    doc.reset(largeDesign(2000));
    CanvasWidget canvas(&doc);
    canvas.resize(1400, 900);
    canvas.show();
    QApplication::processEvents();
    CanvasController *c = canvas.controller();
    c->fitToView();
    canvas.quickWidget()->grabFramebuffer();
    c->beginRubberBand(2, 2, 0);
    int step = 0;
    double selected = 0;
    FrameSplit split(canvas);
    for (auto _ : state) {
        const qreal f = 0.5 + 0.25 * std::sin(step++ * 0.7);
        split.run(canvas, [&] { c->updateRubberBand(1400 * f, 900 * f); });
        selected += double(doc.selectedIds().size());
    }
    split.report(state);
    c->endRubberBand();
    state.counters["selected_avg"] = step ? selected / step : 0;
    state.counters["edges"] = double(c->scene().edges().size());
}
BENCHMARK(BM_RubberBandFrame2000Nodes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

QString studioBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/infra-studio");
}

// The user and system time of the children reaped so far (QProcess reaps them).
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void coldStart(benchmark::State &state, const QString &design)
{
    double firstFrame = 0, rss = 0, cpu = 0, panels = 0, panelsRss = 0, firstFrameCpu = 0, panelsCpu = 0;
    int runs = 0;
    for (auto _ : state) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/tmp/infra-bench-config"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        const double cpuBefore = childrenCpuSeconds();
        p.start(studioBinary(), {QStringLiteral("--smoke"), QStringLiteral("--recovery"), QStringLiteral("discard"), design});
        if (!p.waitForFinished(120000)) {
            state.SkipWithError("infra-studio did not finish");
            return;
        }
        cpu += childrenCpuSeconds() - cpuBefore;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (line.startsWith("first-frame-ms: "))
                firstFrame += line.mid(16).toDouble();
            else if (line.startsWith("rss-kb: "))
                rss += line.mid(8).toDouble();
            else if (line.startsWith("first-frame-cpu-ms: "))
                firstFrameCpu += line.mid(20).toDouble();
            else if (line.startsWith("panels-cpu-ms: "))
                panelsCpu += line.mid(15).toDouble();
            else if (line.startsWith("panels-ms: "))
                panels += line.mid(11).toDouble();
            else if (line.startsWith("panels-rss-kb: "))
                panelsRss += line.mid(15).toDouble();
        }
        ++runs;
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
    // Time from main() to the first frame swapped, and resident memory at that moment.
    state.counters["first_frame_ms"] = runs ? firstFrame / runs : 0;
    state.counters["rss_MiB"] = runs ? rss / runs / 1024 : 0;
    // Then every visible dock's panel filled with the design (MainWindow::PanelStart), and
    // resident memory then.
    state.counters["panels_ms"] = runs ? panels / runs : 0;
    // The process's user + system time at those two moments.
    state.counters["first_frame_cpu_ms"] = runs ? firstFrameCpu / runs : 0;
    state.counters["panels_cpu_ms"] = runs ? panelsCpu / runs : 0;
    state.counters["panels_rss_MiB"] = runs ? panelsRss / runs / 1024 : 0;
    // User + system time of the whole process (start to exit), per run.
    state.counters["process_cpu_ms"] = runs ? cpu / runs * 1000 : 0;
}

void BM_ColdStartToFirstFrame(benchmark::State &state)
{
    coldStart(state, reference());
}
BENCHMARK(BM_ColdStartToFirstFrame)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

// The 2,000-node design of the drag benchmarks, saved as a file and opened by the studio.
void BM_ColdStartToFirstFrame2000(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rows-2000.infra.yaml"));
    QString error;
    if (!DesignWriter::writeFile(largeDesign(2000), file, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    coldStart(state, file);
}
BENCHMARK(BM_ColdStartToFirstFrame2000)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

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
