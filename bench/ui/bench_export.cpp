// Export benchmarks (Google Benchmark), offscreen: the full export of the reference design
// (Terraform, documents, configs, diagram.svg and diagram.png) in the studio's own process, as
// its Export dialog makes it (ExportDialog::filesFor: the text files from the document's
// derived model, the diagram from DiagramRenderer with the PNG painted on a second thread while
// the SVG is written; then Exporter::write: atomic writes, two syncs, the manifest last), into
// a fresh folder each iteration. Issue 19 asks for the export in less wall time than Graphviz's
// `dot -Tsvg` takes to render the same graph; a fresh infra-studio-cli cannot (loading Qt Gui
// takes about as long as dot's whole job), the studio, a resident process, does not start.
//   ExportReferenceFirst — the first export in the process (fonts, icons, pools, zlib states
//                          made now): what the first click on Export costs; run it first.
//   ExportReference      — every later export (warm).
//   ExportDialogOpen     — opening the Export dialog on the design: the files made (as
//                          ExportReference's first half) and the plan for an empty folder.
//   ExportDialogClick    — the dialog's Export button (ExportDialog::exportFiles): the files
//                          the dialog made when it opened (or when the design or the parts last
//                          changed) written, the plan compared with the folder before and after.
//                          What the user waits for after clicking; the files were made while
//                          the preview was read.
//   ExportReferenceText  — Terraform, documents and configs only.
//   DiagramPng           — the PNG alone (DiagramRenderer::toPng(2.0), on this thread).
// Each reports real time (wall) and the CPU time of the whole process (all its threads), and
// per export the page faults and the threads started.
// Run from the build directory: bench/bench_export (figures in docs/performance.md).
#include "diagramrenderer.h"
#include "document.h"
#include "emit/emitter.h"
#include "emit/exporter.h"
#include "exportdialog.h"
#include "infrastudio/config.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>

#include <dlfcn.h>
#include <pthread.h>
#include <sys/resource.h>

using namespace Infra;

namespace {
std::atomic<long> g_threadsStarted{0};
}

// Counts the threads the process starts (std::thread, QThread and Qt's pools all come here):
// this definition comes before libc's for every library of the process.
extern "C" int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
    using Create = int (*)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
    static const auto real = reinterpret_cast<Create>(dlsym(RTLD_NEXT, "pthread_create"));
    ++g_threadsStarted;
    return real(thread, attr, start, arg);
}

namespace {

QString reference()
{
    return QStringLiteral(INFRA_STUDIO_SOURCE_DIR "/resources/examples/django-reference.infra.yaml");
}

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

long threadsStarted()
{
    return g_threadsStarted.load();
}

struct PerExport
{
    long faults = minorFaults();
    long threads = threadsStarted();
    void report(benchmark::State &state) const
    {
        const double n = double(std::max<benchmark::IterationCount>(state.iterations(), 1));
        state.counters["faults"] = double(minorFaults() - faults) / n;
        state.counters["threads"] = double(threadsStarted() - threads) / n;
    }
};

bool loadReference(Document &doc, benchmark::State &state)
{
    QStringList errors;
    if (!doc.load(reference(), &errors)) {
        state.SkipWithError(qPrintable(errors.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}

// One export as the dialog makes it, into a folder of its own under `root`; `split` adds the
// wall time of making the files and of writing them.
struct Split
{
    double emit = 0, write = 0;
};

bool exportOnce(const Document &doc, Emitter::Parts parts, const QTemporaryDir &root, int n, benchmark::State &state,
                Split &split)
{
    QElapsedTimer timer;
    timer.start();
    const QString dir = root.filePath(QStringLiteral("export-%1").arg(n));
    if (!QDir().mkpath(dir)) {
        state.SkipWithError("cannot create the export folder");
        return false;
    }
    const EmittedFiles files = ExportDialog::filesFor(doc.design(), doc.derived(), parts);
    const qint64 emitted = timer.nsecsElapsed();
    const Exporter::Report report = Exporter::write(files, dir);
    split.emit += double(emitted) / 1e6;
    split.write += double(timer.nsecsElapsed() - emitted) / 1e6;
    if (!report.ok() || report.written.isEmpty()) {
        state.SkipWithError(qPrintable(QStringLiteral("export failed: ") + report.errors.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

void exportReference(benchmark::State &state, Emitter::Parts parts)
{
    Document doc;
    if (!loadReference(doc, state))
        return;
    QTemporaryDir root;
    int n = 0;
    PerExport per;
    Split split;
    for (auto _ : state) {
        if (!exportOnce(doc, parts, root, n++, state, split))
            return;
    }
    per.report(state);
    // Wall time per export making the files (ExportDialog::filesFor) and writing them (Exporter::write).
    state.counters["emit_ms"] = split.emit / double(std::max<benchmark::IterationCount>(state.iterations(), 1));
    state.counters["write_ms"] = split.write / double(std::max<benchmark::IterationCount>(state.iterations(), 1));
}

void BM_ExportReferenceFirst(benchmark::State &state)
{
    exportReference(state, Emitter::allParts());
}
// Registered first: the first export of the process.
BENCHMARK(BM_ExportReferenceFirst)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(1);

void BM_ExportReference(benchmark::State &state)
{
    exportReference(state, Emitter::allParts());
}
BENCHMARK(BM_ExportReference)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime()->MinTime(3.0);

void BM_ExportDialogOpen(benchmark::State &state)
{
    Document doc;
    if (!loadReference(doc, state))
        return;
    PerExport per;
    for (auto _ : state) {
        ExportDialog dialog(&doc);
        benchmark::DoNotOptimize(dialog.files().size());
    }
    per.report(state);
}
BENCHMARK(BM_ExportDialogOpen)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime()->MinTime(3.0);

void BM_ExportDialogClick(benchmark::State &state)
{
    Document doc;
    if (!loadReference(doc, state))
        return;
    QTemporaryDir root;
    ExportDialog dialog(&doc);
    dialog.setHandEditsAnswer(ExportDialog::HandEditsAnswer::Overwrite);
    int n = 0;
    PerExport per;
    const quint64 madeBefore = ExportDialog::filesMade();
    for (auto _ : state) {
        dialog.setFolder(root.filePath(QStringLiteral("click-%1").arg(n++)));
        const Exporter::Report report = dialog.exportFiles();
        if (!report.ok() || report.written.isEmpty()) {
            state.SkipWithError("export failed");
            return;
        }
    }
    per.report(state);
    // The files were made once, when the dialog opened: none per click.
    state.counters["files_made_per_click"] = double(ExportDialog::filesMade() - madeBefore) / double(std::max<benchmark::IterationCount>(state.iterations(), 1));
}
BENCHMARK(BM_ExportDialogClick)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime()->MinTime(3.0);

void BM_ExportReferenceText(benchmark::State &state)
{
    exportReference(state, Emitter::allParts() & ~Emitter::Parts(Emitter::Part::Diagram));
}
BENCHMARK(BM_ExportReferenceText)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime()->MinTime(2.0);

void BM_DiagramPng(benchmark::State &state)
{
    Document doc;
    if (!loadReference(doc, state))
        return;
    const DiagramRenderer renderer(doc.design(), doc.derived());
    PerExport per;
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray png = renderer.toPng(2.0);
        if (png.isEmpty()) {
            state.SkipWithError("no PNG");
            return;
        }
        bytes = png.size();
    }
    per.report(state);
    state.counters["png_KB"] = double(bytes) / 1000;
}
BENCHMARK(BM_DiagramPng)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime()->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
