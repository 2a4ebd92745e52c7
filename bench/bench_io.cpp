// Reading a design file (issue 19: ~27 % of a 500-component `infra-studio-cli render` was the
// YAML): DesignReader::readData on the reference design and on the generated designs of
// tests/robustness/makebigdesign (the reference's shared services plus web services, worker
// groups and buckets) of 500 and 2,000 components, as DesignWriter writes them. The bytes are
// in memory: the file system is not measured. Also the writer, for the round trip.
#include "io/designreader.h"
#include "io/designwriter.h"

#include "bigdesigns.h"

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

// makebigdesign's default design of `total` components.
Design large(int total)
{
    Design d = reference();
    BigDesigns::addServices(d, total);
    return d;
}

void read(benchmark::State &state, const Design &design)
{
    const QByteArray yaml = DesignWriter::toYaml(design);
    for (auto _ : state) {
        const DesignReader::Result r = DesignReader::readData(yaml, QStringLiteral("bench.infra.yaml"));
        if (!r.ok())
            state.SkipWithError("the design does not read back");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * yaml.size());
    state.counters["components"] = double(design.components().size());
}

void write(benchmark::State &state, const Design &design)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray yaml = DesignWriter::toYaml(design);
        bytes += yaml.size();
        benchmark::DoNotOptimize(yaml);
    }
    state.SetBytesProcessed(bytes);
}

void BM_ReadReference(benchmark::State &state) { read(state, reference()); }
void BM_Read500Components(benchmark::State &state) { read(state, large(500)); }
void BM_Read2000Components(benchmark::State &state) { read(state, large(2000)); }
void BM_Write2000Components(benchmark::State &state) { write(state, large(2000)); }

} // namespace

BENCHMARK(BM_ReadReference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read500Components)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Read2000Components)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Write2000Components)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
