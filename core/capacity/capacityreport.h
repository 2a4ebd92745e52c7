#pragma once

#include "text/text.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Infra {

class Design;
struct PoolCalculation;

// One bar of the capacity view: a demand against the capacity that serves it (inspector,
// CLI table, review). utilization() ≥ 1 means the tier cannot carry the demand.
struct CapacityFact
{
    QString key;        // "web.concurrency", "db.storage", …
    Text label;         // "Concurrency at peak (max tasks)"
    double demand = 0;
    double capacity = 0;
    QString unit;       // "busy workers", "GB", "IOPS", "MiB", "ms", "min"
    double target = 0;  // the utilisation the sizing plans for (0..1)

    double utilization() const;
    bool operator==(const CapacityFact &other) const = default;
};

// The web tier of one ECS web service at the workload's average and peak request rates.
struct WebCapacity
{
    QString componentId;
    QString server;             // "gunicorn", "uvicorn"
    int workers = 0;
    int threads = 1;
    double slotsPerTask = 0;    // requests one task serves at once: workers × threads (Gunicorn)
                                // or workers × service/CPU time (Uvicorn, event loop)
    double cpuSlotsPerTask = 0; // requests one task's vCPUs keep busy: vCPU × service/CPU time
    double perTask = 0;         // min(slotsPerTask, cpuSlotsPerTask): the effective servers of a task
    bool cpuBound = false;      // the vCPUs, not the workers, limit a task
    double avgRps = 0;          // this service's share of the traffic
    double peakRps = 0;
    double serviceTimeS = 0;
    double busyAvg = 0;         // Little's law: λ × S requests in service
    double busyPeak = 0;
    int requiredAvg = 0;        // tasks at the target utilisation
    int requiredPeak = 0;
    int minTasks = 0, desiredTasks = 0, maxTasks = 0;
    int tasksAtPeak = 0;        // clamp(requiredPeak, min, max): what target tracking reaches
    double utilizationAtMax = 0; // busyPeak ÷ (max tasks × perTask)
    double p95Ms = 0;           // M/M/c estimate at tasksAtPeak (infinity when saturated)
    double p95TargetMs = 0;
    double memoryNeedMiB = 0;   // workers × per-worker memory + overhead
    double memoryMiB = 0;       // task memory
    double cpuCoresPeak = 0;    // λ_peak × CPU time
    double vcpuPerTask = 0;

    bool operator==(const WebCapacity &other) const = default;
};

// One Celery worker group (its queues) at the average and peak task arrival rates.
struct CeleryCapacity
{
    QString componentId;
    QStringList queues;
    int concurrency = 0;
    int minTasks = 0, desiredTasks = 0, maxTasks = 0;
    double arrivalAvg = 0;      // tasks/s
    double arrivalPeak = 0;
    double durationS = 0;
    double busyAvg = 0;         // λ × D busy slots
    double busyPeak = 0;
    int requiredAvg = 0;
    int requiredPeak = 0;
    double utilizationAtMax = 0;
    double burstBacklog = 0;    // messages: peak arrivals over the burst length
    double drainSeconds = 0;    // backlog ÷ (max-scale throughput − average arrivals); infinity if it never drains
    double queueDepthTarget = 0;
    bool autoscalingReachable = true; // the burst backlog exceeds queue_depth_target × desired tasks
    double waitAtTargetS = 0;   // queue_depth_target × D ÷ concurrency: the wait while scaling holds the target
    double memoryNeedMiB = 0;
    double memoryMiB = 0;

    bool operator==(const CeleryCapacity &other) const = default;
};

// The primary PostgreSQL database.
struct DatabaseCapacity
{
    QString componentId;
    QString instanceClass;
    double sizeGb = 0;
    double projectedGb = 0;       // size + growth × horizon
    int horizonMonths = 0;
    double allocatedGb = 0;
    double limitGb = 0;           // max(allocated, max_allocated_storage)
    double queriesPeak = 0;       // queries/s at peak
    double iopsPeak = 0;          // writes + reads × miss share
    double iopsCapacity = 0;      // the storage type's baseline or provisioned IOPS
    double workingSetGb = 0;      // size × hot share
    double cacheGb = 0;           // instance memory × 0.75 (shared buffers + page cache)
    int connectionsSized = 0;     // pool calculation at the sized task counts
    int connectionCapacity = -1;  // database budget, or pgBouncer client connections; -1 unknown
    bool throughPgBouncer = false;
    // Aurora: the cluster volume grows by itself up to 128 TiB and has no provisioned IOPS to
    // run out of (allocated and limit are that maximum, the IOPS rule does not apply).
    bool sharedStorage = false;

    bool operator==(const DatabaseCapacity &other) const = default;
};

// One ElastiCache Redis replication group and what its roles keep in memory.
struct RedisCapacity
{
    QString componentId;
    QString nodeType;
    QString maxmemoryPolicy;
    double cacheMiB = 0;
    double sessionsMiB = 0;
    double brokerMiB = 0;         // burst backlogs × message size
    double neededMiB = 0;
    double nodeMiB = 0;
    double usableMiB = 0;         // node memory × 0.75 (ElastiCache reserved-memory-percent 25)
    int clients = 0;              // web workers × threads + Celery processes + one per worker task, at max scale
    static constexpr int maxClients = 65000;

    bool operator==(const RedisCapacity &other) const = default;
};

// The capacity model of a design (issue 15, docs/capacity-model.md): what the workload profile
// asks of each tier and whether the design carries it. A plain value computed with the derived
// model, once per change; `trafficFactor` scales every request and task arrival rate (what-if).
struct CapacityReport
{
    // Modelling constants (documented in docs/capacity-model.md).
    static constexpr double processOverheadMiB = 128;   // master process, agents, per task
    static constexpr double databaseCacheShare = 0.75;  // of instance memory: shared buffers + page cache
    static constexpr double redisUsableShare = 0.75;    // reserved-memory-percent 25 %
    static constexpr double drainLimitMinutes = 60;     // a burst should drain within the hour
    static constexpr double uvicornMaxSlotsPerWorker = 1000;

    double trafficFactor = 1;
    double targetUtilization = 0.7;
    double peakFactor = 1;                 // peak_rps ÷ avg_rps (Celery peak arrivals)
    std::vector<WebCapacity> web;
    std::vector<CeleryCapacity> celery;
    std::vector<DatabaseCapacity> databases; // the primary database (0 or 1)
    std::vector<RedisCapacity> redis;

    static CapacityReport compute(const Design &design, const PoolCalculation &pools, double trafficFactor = 1.0);

    const WebCapacity *webFor(const QString &componentId) const;
    const CeleryCapacity *celeryFor(const QString &componentId) const;
    const DatabaseCapacity *databaseFor(const QString &componentId) const;
    const RedisCapacity *redisFor(const QString &componentId) const;

    // The bars of one component (empty for kinds the model does not size).
    std::vector<CapacityFact> facts(const QString &componentId) const;
    // Every bar of the design, in component order.
    std::vector<std::pair<QString, CapacityFact>> allFacts() const;
    // The highest utilisation of any fact (the design's bottleneck), 0 without facts.
    double highestUtilization(QString *componentId = nullptr, QString *key = nullptr) const;

    bool operator==(const CapacityReport &other) const = default;
};

} // namespace Infra
