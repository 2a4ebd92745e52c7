// Derivation speed and memory (issue 3, "Live and fast"): a full recompute of the derived
// model — connections, security groups, pools, scaling, findings, review — for the reference
// design and synthetic designs of 10 to 10,000 components, and update() after one change.
// Targets: < 1 ms for the reference design, < 16 ms for 2,000 components, n log n growth.
//
// Peak memory is measured by counting the heap: this executable interposes malloc & co.
// (glibc's __libc_* functions do the work), so Qt's allocations are counted too. peak_kib is
// the heap high-water mark during one derive() above what was in use before it; model_kib
// what the finished model holds.
#include "capacity/capacityrules.h"
#include "derive/derivedmodel.h"
#include "io/designreader.h"

#include "infrastudio/config.h"

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

extern "C" {
void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void *__libc_memalign(size_t, size_t);
void __libc_free(void *);
}

namespace {

// Counting is switched on only around the memory measurement, so timings pay one branch.
std::atomic<bool> g_counting{false};
std::atomic<long long> g_current{0};
std::atomic<long long> g_peak{0};

void counted(void *p)
{
    if (!p || !g_counting.load(std::memory_order_relaxed))
        return;
    const long long now = g_current.fetch_add((long long)malloc_usable_size(p), std::memory_order_relaxed)
        + (long long)malloc_usable_size(p);
    long long peak = g_peak.load(std::memory_order_relaxed);
    while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
}

void released(void *p)
{
    if (p && g_counting.load(std::memory_order_relaxed))
        g_current.fetch_sub((long long)malloc_usable_size(p), std::memory_order_relaxed);
}

} // namespace

extern "C" {
void *malloc(size_t n)
{
    void *p = __libc_malloc(n);
    counted(p);
    return p;
}
void *calloc(size_t n, size_t size)
{
    void *p = __libc_calloc(n, size);
    counted(p);
    return p;
}
void *realloc(void *old, size_t n)
{
    released(old);
    void *p = __libc_realloc(old, n);
    counted(p ? p : (n ? nullptr : nullptr));
    if (!p && n && old)
        counted(old); // realloc failed: the old block lives on
    return p;
}
void free(void *p)
{
    released(p);
    __libc_free(p);
}
void *memalign(size_t alignment, size_t n)
{
    void *p = __libc_memalign(alignment, n);
    counted(p);
    return p;
}
void *aligned_alloc(size_t alignment, size_t n)
{
    return memalign(alignment, n);
}
int posix_memalign(void **out, size_t alignment, size_t n)
{
    void *p = memalign(alignment, n);
    if (!p)
        return 12; // ENOMEM
    *out = p;
    return 0;
}
}

using namespace Infra;

namespace {

const Design &referenceDesign()
{
    static const Design design = [] {
        const auto read = DesignReader::readFile(QStringLiteral(INFRA_STUDIO_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
        if (!read.ok())
            std::abort();
        return *read.design;
    }();
    return design;
}

// A synthetic design of n components: the reference design's 17 kinds repeated in order,
// each worker group with a queue of its own and a route to it; production settings.
Design syntheticDesign(int n)
{
    const Design &ref = referenceDesign();
    const auto &pattern = ref.components();
    Design d;
    d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("production"));
    std::vector<Component> components;
    components.reserve(size_t(n));
    QList<CeleryRoute> routes;
    for (int i = 0; i < n; ++i) {
        Component c = pattern[size_t(i) % pattern.size()];
        c.id = c.id + QLatin1Char('-') + QString::number(i);
        if (c.kind == ComponentKind::EcsWorker) {
            const QString queue = QStringLiteral("q%1").arg(i);
            c.params.insert(QStringLiteral("queues"), QStringList{queue});
            routes.append({QStringLiteral("app.tasks.t%1").arg(i), queue});
        }
        components.push_back(std::move(c));
    }
    d.assign(d.section(Section::Settings), d.section(Section::Network), d.section(Section::Workload), d.section(Section::Celery),
             routes, std::move(components), {});
    return d;
}

void reportMemory(benchmark::State &state, const Design &design)
{
    // One more recompute outside the timing loop, to measure the heap.
    const long long before = g_current.load();
    g_peak.store(before);
    g_counting.store(true);
    long long retained = 0;
    {
        const DerivedModel m = DerivedModel::derive(design);
        retained = g_current.load() - before;
        benchmark::DoNotOptimize(m.connections().size());
        state.counters["connections"] = double(m.connections().size());
        state.counters["findings"] = double(m.findings().size());
    }
    g_counting.store(false);
    state.counters["peak_kib"] = double(g_peak.load() - before) / 1024.0;
    state.counters["model_kib"] = double(retained) / 1024.0;
    state.counters["components"] = double(design.components().size());
}

void BM_DeriveReference(benchmark::State &state)
{
    const Design &design = referenceDesign();
    for (auto _ : state) {
        const DerivedModel m = DerivedModel::derive(design);
        benchmark::DoNotOptimize(m.findings().size());
    }
    reportMemory(state, design);
}
BENCHMARK(BM_DeriveReference)->Unit(benchmark::kMicrosecond);

void BM_DeriveSynthetic(benchmark::State &state)
{
    const Design design = syntheticDesign(int(state.range(0)));
    for (auto _ : state) {
        const DerivedModel m = DerivedModel::derive(design);
        benchmark::DoNotOptimize(m.findings().size());
    }
    state.SetComplexityN(state.range(0));
    reportMemory(state, design);
}
BENCHMARK(BM_DeriveSynthetic)->Arg(10)->Arg(100)->Arg(1000)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();

// The stages of one recompute at 2,000 components, to see where the time goes.
void BM_Stages2000(benchmark::State &state)
{
    const Design design = syntheticDesign(2000);
    const DerivedModel full = DerivedModel::derive(design);
    const std::vector<Connection> connections = DerivedModel::deriveConnections(design);
    const PoolCalculation pools = PoolCalculation::compute(design);
    const FindingRules rules = FindingRules::standard();
    for (auto _ : state) {
        switch (state.range(0)) {
        case 0: benchmark::DoNotOptimize(DerivedModel::deriveConnections(design).size()); break;
        case 1: benchmark::DoNotOptimize(DerivedModel::deriveSecurityGroups(design, connections).size()); break;
        case 2: benchmark::DoNotOptimize(PoolCalculation::compute(design).maximum.total); break;
        case 3: benchmark::DoNotOptimize(ScalingPlan::plan(design, pools).size()); break;
        case 4: benchmark::DoNotOptimize(rules.run(design, full).size()); break;
        case 5: benchmark::DoNotOptimize(ReviewItem::review(design, full).size()); break;
        case 6: benchmark::DoNotOptimize(DerivedModel::difference(full, full).isEmpty()); break;
        }
    }
    static const char *names[] = {"connections", "security groups", "pools", "scaling", "findings", "review", "difference"};
    state.SetLabel(names[state.range(0)]);
}
BENCHMARK(BM_Stages2000)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

// What the capacity model (issue 15) adds to a recompute: the report, and its findings run
// alone, for the reference design (0) and 2,000 components. Target: < 0.2 ms for the reference.
void BM_Capacity(benchmark::State &state)
{
    const Design design = state.range(1) == 0 ? referenceDesign() : syntheticDesign(int(state.range(1)));
    const DerivedModel full = DerivedModel::derive(design);
    FindingRules capacityRules;
    CapacityRules::add(capacityRules);
    for (auto _ : state) {
        if (state.range(0) == 0)
            benchmark::DoNotOptimize(CapacityReport::compute(design, full.pools()).web.size());
        else
            benchmark::DoNotOptimize(capacityRules.run(design, full).size());
    }
    state.SetLabel(state.range(0) == 0 ? "report" : "findings");
}
BENCHMARK(BM_Capacity)->ArgsProduct({{0, 1}, {0, 2000}})->Unit(benchmark::kMicrosecond);

// What the GUI pays per edit: update() after a parameter change (recompute + difference).
void BM_UpdateAfterParameterChange(benchmark::State &state)
{
    Design design = state.range(0) == 0 ? referenceDesign() : syntheticDesign(int(state.range(0)));
    DerivedModel model = DerivedModel::derive(design);
    QString web;
    for (const Component &c : design.components()) {
        if (c.kind == ComponentKind::EcsWeb) {
            web = c.id;
            break;
        }
    }
    qint64 port = 8000;
    for (auto _ : state) {
        port = port == 8000 ? 8001 : 8000;
        const Mutation m = design.setParameter(web, QStringLiteral("container_port"), port);
        const DerivedDelta delta = model.update(design, m.change);
        benchmark::DoNotOptimize(delta.connectionsChanged.size());
    }
}
BENCHMARK(BM_UpdateAfterParameterChange)->Arg(0)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
