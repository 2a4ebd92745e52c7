// Side-panel benchmarks (Google Benchmark), offscreen, on the reference design with all four
// panels alive (inspector, findings, preview, cost):
//   ParameterEdit — an inspector edit of web.desired_tasks until costs, findings, the preview
//                   (re-emitted and highlighted) and the charts are up to date; target < 16 ms.
//   SliderStep    — one step of a 100-step sweep of the what-if web-tasks slider, totals,
//                   line items and both charts replotted; target < 16 ms per step.
// Run: build/<dir>/bench/bench_panels (figures in docs/performance.md).
#include "costpanel.h"
#include "cost/costengine.h"
#include "document.h"
#include "findingspanel.h"
#include "inspectorpanel.h"
#include "previewpanel.h"

#include "infrastudio/config.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QPlainTextEdit>
#include <QSlider>

using namespace Infra;

namespace {

QString reference()
{
    return QStringLiteral(INFRA_STUDIO_SOURCE_DIR "/resources/examples/django-reference.infra.yaml");
}

struct Panels
{
    Document doc;
    InspectorPanel *inspector;
    FindingsPanel *findings;
    PreviewPanel *preview;
    CostPanel *cost;
    QWidget window;

    Panels()
    {
        QStringList errors;
        if (!doc.load(reference(), &errors))
            qFatal("cannot load the reference design");
        inspector = new InspectorPanel(&doc, &window);
        findings = new FindingsPanel(&doc, &window);
        preview = new PreviewPanel(&doc, &window);
        cost = new CostPanel(&doc, &window);
        window.resize(1600, 1000);
        window.show();
        preview->showFile(QStringLiteral("terraform/ecs.tf"));
        QApplication::processEvents();
    }
};

void ParameterEdit(benchmark::State &state)
{
    Panels p;
    p.doc.setSelectedIds({QStringLiteral("web")});
    QApplication::processEvents();
    qint64 tasks = 5;
    const quint64 full = CostEngine::estimatesRun(CostEngine::Detail::LineItems);
    const quint64 totals = CostEngine::estimatesRun(CostEngine::Detail::TotalsOnly);
    for (auto _ : state) {
        tasks = tasks == 5 ? 6 : 5;
        p.inspector->editParameter(QStringLiteral("desired_tasks"), tasks);
        p.preview->refresh(); // what the debounce timer does a few ms later
        QApplication::processEvents(); // queued chart replots
    }
    // Whole-design estimates with line items per edit (one: the document's, shared), and
    // totals-only ones (the cost panel's sweep points and the capacity rule's per-service pairs).
    const double edits = double(state.iterations());
    state.counters["full_estimates_per_edit"] = double(CostEngine::estimatesRun(CostEngine::Detail::LineItems) - full) / edits;
    state.counters["totals_estimates_per_edit"] = double(CostEngine::estimatesRun(CostEngine::Detail::TotalsOnly) - totals) / edits;
    if (p.preview->changedLines().isEmpty())
        qWarning("preview %s: no changed lines", qPrintable(p.preview->currentPath()));
}
BENCHMARK(ParameterEdit)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void SliderStep(benchmark::State &state)
{
    Panels p;
    QSlider *slider = p.cost->slider(QStringLiteral("web"));
    int step = 0;
    for (auto _ : state) {
        // 1 → 40 and back: 100 steps are two and a half sweeps.
        const int phase = step++ % 78;
        slider->setValue(1 + (phase < 39 ? phase : 78 - phase));
        QApplication::processEvents();
    }
}
BENCHMARK(SliderStep)->Unit(benchmark::kMillisecond)->Iterations(100);

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
