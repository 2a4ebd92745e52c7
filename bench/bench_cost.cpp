// Cost engine speed: one estimate of the reference design, and the GUI's cost curve —
// a sweep of 1,000 evaluations, which must stay under 50 ms (issue 4).
#include "cost/costengine.h"
#include "cost/costsweep.h"
#include "io/designreader.h"

#include "infrastudio/config.h"

#include <benchmark/benchmark.h>

using namespace Infra;

namespace {

const Design &referenceDesign()
{
    static const Design design = [] {
        const auto read = DesignReader::readFile(QStringLiteral(INFRA_STUDIO_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
        return read.ok() ? *read.design : Design();
    }();
    return design;
}

void BM_EstimateReference(benchmark::State &state)
{
    const CostEngine engine;
    const Design &design = referenceDesign();
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.estimate(design).total);
}
BENCHMARK(BM_EstimateReference)->Unit(benchmark::kMicrosecond);

void BM_EstimateReferenceAllDiscounts(benchmark::State &state)
{
    const CostEngine engine;
    const Design &design = referenceDesign();
    CostOptions options = *CostOptions::fromNames({QStringLiteral("all"), QStringLiteral("free-tier")});
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.estimate(design, options).total);
}
BENCHMARK(BM_EstimateReferenceAllDiscounts)->Unit(benchmark::kMicrosecond);

// 1,000 evaluations: web.desired_tasks from 1 to 1,000.
void BM_Sweep1000DesiredTasks(benchmark::State &state)
{
    const CostEngine engine;
    const Design &design = referenceDesign();
    for (auto _ : state) {
        const CostSweep sweep = CostSweep::run(engine, design, QStringLiteral("web.desired_tasks"), 1, 1000, 1000);
        benchmark::DoNotOptimize(sweep.points.size());
    }
}
BENCHMARK(BM_Sweep1000DesiredTasks)->Unit(benchmark::kMillisecond);

// 1,000 evaluations of a workload value (a section override).
void BM_Sweep1000AverageRps(benchmark::State &state)
{
    const CostEngine engine;
    const Design &design = referenceDesign();
    for (auto _ : state) {
        const CostSweep sweep = CostSweep::run(engine, design, QStringLiteral("workload.avg_rps"), 10, 1000, 1000);
        benchmark::DoNotOptimize(sweep.points.size());
    }
}
BENCHMARK(BM_Sweep1000AverageRps)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
