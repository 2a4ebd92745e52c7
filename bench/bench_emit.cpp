// Emitting the exported tree: the reference design (target < 20 ms) and a 2,000-component
// design (target < 500 ms), with and without the derivation the emitter needs.
#include "derive/derivedmodel.h"
#include "emit/emitter.h"
#include "io/designreader.h"

#include <QFileInfo>

#include <benchmark/benchmark.h>

using namespace Infra;

namespace {

Design reference()
{
    // The examples sit next to this file's folder in the source tree.
    const QString source = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/..");
    const auto r = DesignReader::readFile(source + QStringLiteral("/resources/examples/django-reference.infra.yaml"));
    if (!r.ok())
        std::abort();
    return *r.design;
}

// The reference architecture's shared services plus web services, worker groups (one queue
// each) and buckets up to `total` components.
Design large(int total)
{
    Design d = reference();
    int i = 0;
    while (int(d.components().size()) < total) {
        ++i;
        switch (i % 4) {
        case 0: {
            Component c = Component::make(ComponentKind::EcsWeb, QStringLiteral("web-%1").arg(i));
            d.addComponent(c);
            break;
        }
        case 1:
        case 2: {
            Component c = Component::make(ComponentKind::EcsWorker, QStringLiteral("worker-%1").arg(i));
            c.params.insert(QStringLiteral("queues"), QStringList{QStringLiteral("queue_%1").arg(i)});
            d.addComponent(c);
            break;
        }
        default: {
            Component c = Component::make(ComponentKind::S3Bucket, QStringLiteral("bucket-%1").arg(i));
            c.params.insert(QStringLiteral("role"), QStringLiteral("other"));
            d.addComponent(c);
            break;
        }
        }
    }
    return d;
}

void emitWithDerivation(benchmark::State &state, const Design &design)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        const EmittedFiles files = Emitter::emit(design);
        benchmark::DoNotOptimize(files);
        for (const EmittedFile &f : files)
            bytes += f.content.size();
    }
    state.SetBytesProcessed(bytes);
}

void emitOnly(benchmark::State &state, const Design &design)
{
    const DerivedModel derived = DerivedModel::derive(design);
    for (auto _ : state) {
        const EmittedFiles files = Emitter::emit(design, derived);
        benchmark::DoNotOptimize(files);
    }
}

void BM_EmitReference(benchmark::State &state) { emitWithDerivation(state, reference()); }
void BM_EmitReferenceDerived(benchmark::State &state) { emitOnly(state, reference()); }
void BM_Emit2000Components(benchmark::State &state) { emitWithDerivation(state, large(2000)); }
void BM_Emit2000ComponentsDerived(benchmark::State &state) { emitOnly(state, large(2000)); }

} // namespace

BENCHMARK(BM_EmitReference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EmitReferenceDerived)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Emit2000Components)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Emit2000ComponentsDerived)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
