#include "capacityreport.h"

#include "queueing.h"

#include "derive/poolcalculation.h"
#include "model/design.h"
#include "model/instancetypes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Infra {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

double workload(const Design &d, const char *key)
{
    return d.value(Section::Workload, QString::fromLatin1(key)).toDouble();
}

int clampTasks(int required, int min, int max)
{
    if (required < 0)
        return max;
    return std::clamp(required, min, std::max(min, max));
}

// Baseline or provisioned IOPS of RDS storage (docs/capacity-model.md, "Database").
// Aurora's cluster volume: 128 TiB (Aurora User Guide, "Amazon Aurora size limits").
constexpr double auroraVolumeLimitGb = 131072.0;

double storageIops(const Component &db)
{
    const QString type = db.stringParam(QStringLiteral("storage_type"));
    const double gb = double(db.intParam(QStringLiteral("allocated_storage")));
    const double iops = double(db.intParam(QStringLiteral("iops")));
    if (type == QLatin1String("gp3"))
        return gb < 400 ? 3000.0 : std::max(12000.0, iops);
    if (type == QLatin1String("gp2"))
        return std::clamp(3.0 * gb, 100.0, 16000.0);
    return iops; // io1, io2: provisioned
}

} // namespace

double CapacityFact::utilization() const
{
    if (capacity > 0)
        return demand / capacity;
    return demand > 0 ? infinity : 0.0;
}

CapacityReport CapacityReport::compute(const Design &design, const PoolCalculation &pools, double trafficFactor)
{
    CapacityReport r;
    r.trafficFactor = trafficFactor;
    r.targetUtilization = workload(design, "target_utilization") / 100.0;
    const double target = r.targetUtilization;
    const double avgRps = workload(design, "avg_rps") * trafficFactor;
    const double peakRps = std::max(workload(design, "peak_rps"), workload(design, "avg_rps")) * trafficFactor;
    const double baseAvg = workload(design, "avg_rps");
    r.peakFactor = baseAvg > 0 ? std::max(1.0, workload(design, "peak_rps") / baseAvg) : 1.0;

    // Web: the traffic is shared equally by the web services behind the load balancer.
    const auto webServices = design.componentsOfKind(ComponentKind::EcsWeb);
    const double share = webServices.empty() ? 0.0 : 1.0 / double(webServices.size());
    const double serviceS = workload(design, "service_time_ms") / 1000.0;
    const double cpuS = workload(design, "cpu_ms_per_request") / 1000.0;
    const double cv = workload(design, "service_time_cv");
    const double workerMiB = workload(design, "web_worker_memory_mb");
    for (const Component *c : webServices) {
        WebCapacity w;
        w.componentId = c->id;
        w.server = c->stringParam(QStringLiteral("server"));
        w.workers = int(c->intParam(QStringLiteral("workers")));
        w.threads = int(c->intParam(QStringLiteral("threads")));
        w.vcpuPerTask = double(c->intParam(QStringLiteral("cpu"))) / 1024.0;
        // Requests one worker's event loop keeps in flight: S ÷ CPU time (the loop is busy
        // only for the CPU part), capped; a sync worker serves `threads` at once.
        const double asyncSlots = cpuS > 0 ? std::min(serviceS / cpuS, uvicornMaxSlotsPerWorker) : uvicornMaxSlotsPerWorker;
        w.slotsPerTask = w.server == QLatin1String("uvicorn") ? double(w.workers) * asyncSlots : double(w.workers * w.threads);
        w.cpuSlotsPerTask = cpuS > 0 ? w.vcpuPerTask * serviceS / cpuS : infinity;
        w.perTask = std::min(w.slotsPerTask, w.cpuSlotsPerTask);
        w.cpuBound = w.cpuSlotsPerTask < w.slotsPerTask;
        w.avgRps = avgRps * share;
        w.peakRps = peakRps * share;
        w.serviceTimeS = serviceS;
        w.busyAvg = Queueing::littleL(w.avgRps, serviceS);
        w.busyPeak = Queueing::littleL(w.peakRps, serviceS);
        w.requiredAvg = Queueing::unitsFor(w.busyAvg, w.perTask, target);
        w.requiredPeak = Queueing::unitsFor(w.busyPeak, w.perTask, target);
        w.minTasks = int(c->intParam(QStringLiteral("min_tasks")));
        w.desiredTasks = int(c->intParam(QStringLiteral("desired_tasks")));
        w.maxTasks = int(c->intParam(QStringLiteral("max_tasks")));
        w.tasksAtPeak = clampTasks(w.requiredPeak, w.minTasks, w.maxTasks);
        const double capacityAtMax = double(w.maxTasks) * w.perTask;
        w.utilizationAtMax = capacityAtMax > 0 ? w.busyPeak / capacityAtMax : (w.busyPeak > 0 ? infinity : 0.0);
        // M/M/c servers: whole requests served at once by the tasks at peak.
        const int servers = int(std::floor(double(w.tasksAtPeak) * w.perTask + 1e-9));
        w.p95Ms = 1000.0 * Queueing::responseTimeQuantile(servers, w.peakRps, serviceS, cv, 0.95);
        w.p95TargetMs = workload(design, "p95_latency_ms");
        w.memoryNeedMiB = double(w.workers) * workerMiB + processOverheadMiB;
        w.memoryMiB = double(c->intParam(QStringLiteral("memory")));
        w.cpuCoresPeak = w.peakRps * cpuS;
        r.web.push_back(std::move(w));
    }

    // Celery: arrivals per worker group; the peak grows with the request peak.
    const double burstS = workload(design, "burst_minutes") * 60.0;
    const double processMiB = workload(design, "celery_process_memory_mb");
    for (const Component *c : design.componentsOfKind(ComponentKind::EcsWorker)) {
        CeleryCapacity k;
        k.componentId = c->id;
        k.queues = c->listParam(QStringLiteral("queues"));
        k.concurrency = int(c->intParam(QStringLiteral("concurrency")));
        k.minTasks = int(c->intParam(QStringLiteral("min_tasks")));
        k.desiredTasks = int(c->intParam(QStringLiteral("desired_tasks")));
        k.maxTasks = int(c->intParam(QStringLiteral("max_tasks")));
        k.arrivalAvg = c->doubleParam(QStringLiteral("arrival_rate")) * trafficFactor;
        k.arrivalPeak = k.arrivalAvg * r.peakFactor;
        k.durationS = c->doubleParam(QStringLiteral("task_duration"));
        k.busyAvg = Queueing::littleL(k.arrivalAvg, k.durationS);
        k.busyPeak = Queueing::littleL(k.arrivalPeak, k.durationS);
        k.requiredAvg = Queueing::unitsFor(k.busyAvg, k.concurrency, target);
        k.requiredPeak = Queueing::unitsFor(k.busyPeak, k.concurrency, target);
        const double slotsAtMax = double(k.concurrency) * double(k.maxTasks);
        k.utilizationAtMax = slotsAtMax > 0 ? k.busyPeak / slotsAtMax : (k.busyPeak > 0 ? infinity : 0.0);
        k.burstBacklog = k.arrivalPeak * burstS;
        const double throughputAtMax = k.durationS > 0 ? slotsAtMax / k.durationS : infinity;
        const double net = throughputAtMax - k.arrivalAvg;
        k.drainSeconds = k.burstBacklog <= 0 ? 0.0 : (net > 0 ? k.burstBacklog / net : infinity);
        k.queueDepthTarget = c->doubleParam(QStringLiteral("queue_depth_target"));
        k.autoscalingReachable = k.burstBacklog > k.queueDepthTarget * double(std::max(1, k.desiredTasks));
        k.waitAtTargetS = k.concurrency > 0 ? k.queueDepthTarget * k.durationS / double(k.concurrency) : infinity;
        k.memoryNeedMiB = double(k.concurrency) * processMiB + processOverheadMiB;
        k.memoryMiB = double(c->intParam(QStringLiteral("memory")));
        r.celery.push_back(std::move(k));
    }

    // Database: the primary PostgreSQL of the pool calculation.
    if (const Component *db = pools.hasDatabase() ? design.component(pools.databaseId) : nullptr) {
        DatabaseCapacity d;
        d.componentId = db->id;
        d.instanceClass = db->stringParam(QStringLiteral("instance_class"));
        d.sizeGb = workload(design, "db_size_gb");
        d.horizonMonths = int(workload(design, "sizing_horizon_months"));
        d.projectedGb = d.sizeGb + workload(design, "db_growth_gb_per_month") * double(d.horizonMonths);
        d.sharedStorage = db->kind == ComponentKind::AuroraPostgres;
        if (d.sharedStorage) {
            d.allocatedGb = auroraVolumeLimitGb;
            d.limitGb = auroraVolumeLimitGb;
        } else {
            d.allocatedGb = double(db->intParam(QStringLiteral("allocated_storage")));
            d.limitGb = std::max(d.allocatedGb, double(db->intParam(QStringLiteral("max_allocated_storage"))));
        }
        d.queriesPeak = peakRps * workload(design, "queries_per_request");
        const double ratio = workload(design, "read_write_ratio");
        const double writes = d.queriesPeak / (1.0 + ratio);
        const double reads = d.queriesPeak - writes;
        d.iopsPeak = writes + reads * workload(design, "db_read_miss_pct") / 100.0;
        d.iopsCapacity = d.sharedStorage ? 0.0 : storageIops(*db);
        d.workingSetGb = d.sizeGb * workload(design, "db_hot_share") / 100.0;
        if (pools.serverlessMaxAcu > 0) {
            d.instanceClass = pools.instanceClass;
            d.cacheGb = auroraServerlessMemoryGiB(pools.serverlessMaxAcu) * databaseCacheShare;
        } else if (const auto hw = rdsInstanceClass(d.instanceClass)) {
            d.cacheGb = hw->memoryGiB * databaseCacheShare;
        }
        // Connections at the task counts the workload needs at peak (not the configured maximum).
        int webConnections = 0, workerConnections = 0;
        for (const WebCapacity &w : r.web)
            webConnections += std::max(0, w.requiredPeak) * w.workers * 2;
        for (const CeleryCapacity &k : r.celery)
            workerConnections += std::max(0, k.requiredPeak) * k.concurrency;
        const PoolFigures sized = PoolCalculation::fromConnections(webConnections, workerConnections);
        d.throughPgBouncer = pools.hasPgBouncer();
        if (d.throughPgBouncer) {
            // Clients connect to pgBouncer; its server side is fixed by the pool calculation.
            d.connectionsSized = sized.total;
            d.connectionCapacity = pools.pgbouncerTasks * pools.pgbouncerMaxClientConn;
        } else {
            d.connectionsSized = sized.databaseConnections;
            d.connectionCapacity = pools.connectionBudget;
        }
        r.databases.push_back(std::move(d));
    }

    // Redis: what each replication group's roles keep in memory.
    int clients = 0;
    for (const WebCapacity &w : r.web)
        clients += w.maxTasks * w.workers * std::max(1, w.threads);
    for (const CeleryCapacity &k : r.celery)
        clients += k.maxTasks * (k.concurrency + 1);
    double backlogMessages = 0;
    for (const CeleryCapacity &k : r.celery)
        backlogMessages += k.burstBacklog;
    // Once, not per Redis: it looks through every component.
    const bool sqs = design.hasKind(ComponentKind::Sqs);
    for (const Component *c : design.componentsOfKind(ComponentKind::ElastiCacheRedis)) {
        RedisCapacity x;
        x.componentId = c->id;
        x.nodeType = c->stringParam(QStringLiteral("node_type"));
        x.maxmemoryPolicy = c->stringParam(QStringLiteral("maxmemory_policy"));
        const QStringList roles = c->listParam(QStringLiteral("roles"));
        if (roles.contains(QLatin1String("cache")))
            x.cacheMiB = workload(design, "cache_working_set_mb");
        if (roles.contains(QLatin1String("sessions")))
            x.sessionsMiB = workload(design, "active_sessions") * workload(design, "session_kb") / 1024.0;
        if (roles.contains(QLatin1String("broker")) && !sqs)
            x.brokerMiB = backlogMessages * workload(design, "task_message_kb") / 1024.0;
        x.neededMiB = x.cacheMiB + x.sessionsMiB + x.brokerMiB;
        if (const auto hw = cacheNodeType(x.nodeType))
            x.nodeMiB = hw->memoryGiB * 1024.0;
        x.usableMiB = x.nodeMiB * redisUsableShare;
        x.clients = clients;
        r.redis.push_back(std::move(x));
    }
    return r;
}

const WebCapacity *CapacityReport::webFor(const QString &id) const
{
    const auto it = std::find_if(web.begin(), web.end(), [&](const WebCapacity &w) { return w.componentId == id; });
    return it == web.end() ? nullptr : &*it;
}

const CeleryCapacity *CapacityReport::celeryFor(const QString &id) const
{
    const auto it = std::find_if(celery.begin(), celery.end(), [&](const CeleryCapacity &k) { return k.componentId == id; });
    return it == celery.end() ? nullptr : &*it;
}

const DatabaseCapacity *CapacityReport::databaseFor(const QString &id) const
{
    const auto it = std::find_if(databases.begin(), databases.end(), [&](const DatabaseCapacity &d) { return d.componentId == id; });
    return it == databases.end() ? nullptr : &*it;
}

const RedisCapacity *CapacityReport::redisFor(const QString &id) const
{
    const auto it = std::find_if(redis.begin(), redis.end(), [&](const RedisCapacity &x) { return x.componentId == id; });
    return it == redis.end() ? nullptr : &*it;
}

namespace {

// The facts of one entry of the report, handed to `add(key, label, demand, capacity, unit,
// planned)`; `target` is the report's target utilisation.
template <typename Add>
void factsOf(const WebCapacity &w, double target, Add add)
{
    add("web.concurrency", trText("Infra::Capacity", "Requests in service at peak (max tasks)"), w.busyPeak,
        double(w.maxTasks) * w.perTask, "requests", target);
    add("web.cpu", trText("Infra::Capacity", "CPU at peak (max tasks)"), w.cpuCoresPeak, double(w.maxTasks) * w.vcpuPerTask,
        "vCPU", target);
    add("web.p95", trText("Infra::Capacity", "p95 response time at peak"), w.p95Ms, w.p95TargetMs, "ms", 1.0);
    add("web.memory", trText("Infra::Capacity", "Memory per task"), w.memoryNeedMiB, w.memoryMiB, "MiB", 1.0);
}

template <typename Add>
void factsOf(const CeleryCapacity &k, double target, Add add)
{
    add("celery.utilization", trText("Infra::Capacity", "Busy slots at peak (max tasks)"), k.busyPeak,
        double(k.concurrency) * double(k.maxTasks), "slots", target);
    add("celery.drain", trText("Infra::Capacity", "Burst drain time at max tasks"), k.drainSeconds / 60.0,
        CapacityReport::drainLimitMinutes, "min", 1.0);
    add("celery.memory", trText("Infra::Capacity", "Memory per task"), k.memoryNeedMiB, k.memoryMiB, "MiB", 1.0);
}

template <typename Add>
void factsOf(const DatabaseCapacity &d, double target, Add add)
{
    add("db.storage", trText("Infra::Capacity", "Storage in %1 months").arg(d.horizonMonths), d.projectedGb, d.limitGb, "GB", 1.0);
    add("db.iops", trText("Infra::Capacity", "IOPS at peak"), d.iopsPeak, d.iopsCapacity, "IOPS", target);
    add("db.memory", trText("Infra::Capacity", "Working set in memory"), d.workingSetGb, d.cacheGb, "GB", 1.0);
    if (d.connectionCapacity >= 0)
        add("db.connections", d.throughPgBouncer ? trText("Infra::Capacity", "pgBouncer clients at the sized task counts")
                                                 : trText("Infra::Capacity", "Connections at the sized task counts"),
            double(d.connectionsSized), double(d.connectionCapacity), "connections", 1.0);
}

template <typename Add>
void factsOf(const RedisCapacity &x, double target, Add add)
{
    add("redis.memory", trText("Infra::Capacity", "Memory (cache, sessions, broker backlog)"), x.neededMiB, x.usableMiB, "MiB",
        target);
    add("redis.clients", trText("Infra::Capacity", "Client connections at max scale"), double(x.clients),
        double(RedisCapacity::maxClients), "connections", 1.0);
}

CapacityFact fact(const char *key, Text label, double demand, double capacity, const char *unit, double planned)
{
    return CapacityFact{QString::fromLatin1(key), std::move(label), demand, capacity, QString::fromUtf8(unit), planned};
}

} // namespace

std::vector<CapacityFact> CapacityReport::facts(const QString &id) const
{
    std::vector<CapacityFact> out;
    auto add = [&](const char *key, Text label, double demand, double capacity, const char *unit, double planned) {
        out.push_back(fact(key, std::move(label), demand, capacity, unit, planned));
    };
    if (const WebCapacity *w = webFor(id))
        factsOf(*w, targetUtilization, add);
    else if (const CeleryCapacity *k = celeryFor(id))
        factsOf(*k, targetUtilization, add);
    else if (const DatabaseCapacity *d = databaseFor(id))
        factsOf(*d, targetUtilization, add);
    else if (const RedisCapacity *x = redisFor(id))
        factsOf(*x, targetUtilization, add);
    return out;
}

std::vector<std::pair<QString, CapacityFact>> CapacityReport::allFacts() const
{
    // Entry by entry, in the order facts() would be asked for each: looking each entry up by its
    // id again made this quadratic (the review and every update's difference call it).
    std::vector<std::pair<QString, CapacityFact>> out;
    auto addAll = [&](const auto &entries) {
        for (const auto &e : entries) {
            factsOf(e, targetUtilization, [&](const char *key, Text label, double demand, double capacity, const char *unit, double planned) {
                out.emplace_back(e.componentId, fact(key, std::move(label), demand, capacity, unit, planned));
            });
        }
    };
    addAll(web);
    addAll(celery);
    addAll(databases);
    addAll(redis);
    return out;
}

double CapacityReport::highestUtilization(QString *componentId, QString *key) const
{
    double highest = 0;
    for (const auto &[id, f] : allFacts()) {
        if (f.utilization() > highest) {
            highest = f.utilization();
            if (componentId)
                *componentId = id;
            if (key)
                *key = f.key;
        }
    }
    return highest;
}

} // namespace Infra
