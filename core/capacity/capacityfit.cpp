#include "capacityfit.h"

#include "capacityreport.h"
#include "queueing.h"

#include "derive/poolcalculation.h"
#include "model/designconstraints.h"
#include "model/instancetypes.h"

#include <algorithm>
#include <cmath>

namespace Infra {

namespace {

constexpr qint64 maxTasksLimit = 1000; // the schema's range of max_tasks
const QList<qint64> fargateCpus = {256, 512, 1024, 2048, 4096, 8192, 16384};

// The smallest class of `current`'s family (db.r6g., cache.r7g., …) by memory that `fits`, else
// the family's largest; empty when `names` has none of the family.
template <typename Lookup, typename Fits>
QString smallestFitting(const QStringList &names, const QString &current, Lookup lookup, Fits fits)
{
    const QString family = current.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.');
    std::vector<InstanceHardware> candidates;
    for (const QString &name : names) {
        if (name.startsWith(family))
            candidates.push_back(*lookup(name));
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) { return a.memoryGiB < b.memoryGiB; });
    for (const InstanceHardware &hw : candidates) {
        if (fits(hw) || &hw == &candidates.back())
            return hw.name;
    }
    return {};
}

class Fitter
{
public:
    explicit Fitter(const Design &d) : m_design(d) {}

    void set(const QString &id, const char *key, const QVariant &value)
    {
        const QString k = QString::fromLatin1(key);
        const Component *c = m_design.component(id);
        if (!c || c->param(k) == value)
            return;
        m_design.setParameter(id, k, value);
    }

    // The smallest Fargate size with at least `needMiB` of memory, starting from `cpu`.
    void fitMemory(const QString &id, double needMiB)
    {
        const Component *c = m_design.component(id);
        qint64 cpu = c->intParam(QStringLiteral("cpu"));
        const qint64 memory = c->intParam(QStringLiteral("memory"));
        if (double(memory) >= needMiB)
            return;
        for (qint64 candidateCpu : fargateCpus) {
            if (candidateCpu < cpu)
                continue;
            for (qint64 m = 512; m <= 122880; m += 512) {
                if (double(m) >= needMiB && isValidFargateSize(candidateCpu, m)) {
                    set(id, "cpu", candidateCpu);
                    set(id, "memory", m);
                    return;
                }
            }
        }
    }

    void fitTasks(const QString &id, int minNeeded, int maxNeeded, int avgNeeded)
    {
        const Component *c = m_design.component(id);
        const qint64 min = c->intParam(QStringLiteral("min_tasks"));
        const qint64 max = std::clamp<qint64>(std::max<qint64>(maxNeeded, std::max<qint64>(min, 1)), 1, maxTasksLimit);
        const qint64 newMin = std::min(min, max);
        Q_UNUSED(minNeeded);
        set(id, "max_tasks", max);
        set(id, "min_tasks", newMin);
        set(id, "desired_tasks", std::clamp<qint64>(avgNeeded, newMin, max));
    }

    void web(const WebCapacity &w, double target, QStringList &notes)
    {
        // Tasks for the peak at the target utilisation, then more until the p95 estimate meets the target.
        int tasks = std::max(1, w.requiredPeak);
        const double serviceAloneMs = 1000.0 * Queueing::responseTimeQuantile(1, 0, w.serviceTimeS, 1.0, 0.95);
        const double cv = m_design.value(Section::Workload, QStringLiteral("service_time_cv")).toDouble();
        if (serviceAloneMs > w.p95TargetMs) {
            notes.append(QStringLiteral("%1: the service time alone gives a p95 of %2 ms, above the %3 ms target; more tasks cannot help")
                             .arg(w.componentId).arg(serviceAloneMs, 0, 'f', 0).arg(w.p95TargetMs, 0, 'f', 0));
        } else if (w.peakRps > 0) {
            while (tasks < maxTasksLimit) {
                const int servers = int(std::floor(double(tasks) * w.perTask + 1e-9));
                if (1000.0 * Queueing::responseTimeQuantile(servers, w.peakRps, w.serviceTimeS, cv, 0.95) <= w.p95TargetMs)
                    break;
                ++tasks;
            }
        }
        if (tasks >= maxTasksLimit && w.requiredPeak > maxTasksLimit)
            notes.append(QStringLiteral("%1: the peak needs %2 tasks, more than the %3 one service may have; add CPU or workers per task")
                             .arg(w.componentId).arg(w.requiredPeak).arg(maxTasksLimit));
        fitTasks(w.componentId, 0, tasks, std::max(1, w.requiredAvg));
        fitMemory(w.componentId, w.memoryNeedMiB);
        Q_UNUSED(target);
    }

    void celery(const CeleryCapacity &k)
    {
        // Enough slots for the peak at the target, and to drain a burst within the hour.
        int tasks = std::max(1, k.requiredPeak);
        if (k.burstBacklog > 0 && k.concurrency > 0) {
            const double throughput = k.burstBacklog / (CapacityReport::drainLimitMinutes * 60.0) + k.arrivalAvg;
            tasks = std::max(tasks, Queueing::unitsFor(throughput * k.durationS, k.concurrency, 1.0));
        }
        fitTasks(k.componentId, 0, tasks, std::max(1, k.requiredAvg));
        fitMemory(k.componentId, k.memoryNeedMiB);
        const Component *c = m_design.component(k.componentId);
        const qint64 desired = c->intParam(QStringLiteral("desired_tasks"));
        const qint64 max = c->intParam(QStringLiteral("max_tasks"));
        if (max > desired && k.burstBacklog <= k.queueDepthTarget * double(std::max<qint64>(1, desired)))
            set(k.componentId, "queue_depth_target", std::max<qint64>(1, qint64(std::floor(k.burstBacklog / double(max)))));
    }

    void database(const DatabaseCapacity &d, double target, const PoolCalculation &pools)
    {
        const QString &id = d.componentId;
        const Component *c = m_design.component(id);
        if (d.sharedStorage) {
            aurora(d, target, pools, *c);
            return;
        }
        // Storage: never smaller; the autoscaling limit holds the horizon with headroom.
        const qint64 allocated = c->intParam(QStringLiteral("allocated_storage"));
        const qint64 limit = std::max(allocated, c->intParam(QStringLiteral("max_allocated_storage")));
        qint64 newAllocated = std::max<qint64>(allocated, qint64(std::ceil(d.sizeGb / target)));
        // IOPS with headroom.
        const double iopsNeed = std::ceil(d.iopsPeak / target / 1000.0) * 1000.0;
        QString type = c->stringParam(QStringLiteral("storage_type"));
        qint64 iops = c->intParam(QStringLiteral("iops"));
        qint64 throughput = c->intParam(QStringLiteral("storage_throughput"));
        if (d.iopsCapacity < iopsNeed) {
            if (iopsNeed <= 64000) {
                type = QStringLiteral("gp3");
                newAllocated = std::max<qint64>(newAllocated, 400);
                iops = std::max<qint64>(12000, qint64(iopsNeed));
                throughput = std::max<qint64>(throughput, 500);
            } else {
                type = QStringLiteral("io2");
                iops = std::min<qint64>(256000, qint64(iopsNeed));
                newAllocated = std::max<qint64>(newAllocated, (iops + 499) / 500);
                throughput = 0;
            }
        } else if (type == QLatin1String("gp3") && newAllocated >= 400 && allocated < 400) {
            iops = 12000;
            throughput = 500;
        }
        set(id, "storage_type", type);
        set(id, "allocated_storage", newAllocated);
        set(id, "iops", iops);
        set(id, "storage_throughput", throughput);
        const qint64 horizonLimit = qint64(std::ceil(d.projectedGb / target));
        if (limit < horizonLimit || c->intParam(QStringLiteral("max_allocated_storage")) != 0)
            set(id, "max_allocated_storage", std::max({limit, horizonLimit, newAllocated}));

        // Instance class: the smallest of the family whose memory holds the working set as
        // cache at the target and whose default limit holds the connections at maximum scale.
        const int connections = pools.maximum.databaseConnections;
        setInstanceClass(id, rdsInstanceClassNames(), c->stringParam(QStringLiteral("instance_class")), d, target, connections);
        const qint64 override = c->intParam(QStringLiteral("max_connections"));
        if (override > 0 && override < connections)
            set(id, "max_connections", qint64(connections));
    }

    // Aurora: storage and I/O need nothing; a provisioned class is sized like RDS within
    // Aurora's classes, Serverless v2's maximum ACUs hold the working set and the connections.
    void aurora(const DatabaseCapacity &d, double target, const PoolCalculation &pools, const Component &c)
    {
        const QString &id = d.componentId;
        const int connections = pools.maximum.databaseConnections;
        if (c.stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2")) {
            double acu = std::max(1.0, c.doubleParam(QStringLiteral("min_acu")));
            while (acu < 256.0
                   && (d.workingSetGb > auroraServerlessMemoryGiB(acu) * CapacityReport::databaseCacheShare * target
                       || rdsDefaultMaxConnections(auroraServerlessMemoryGiB(acu)) < connections))
                acu += 0.5;
            set(id, "max_acu", std::max(acu, c.doubleParam(QStringLiteral("max_acu"))));
        } else {
            setInstanceClass(id, auroraInstanceClassNames(), c.stringParam(QStringLiteral("instance_class")), d, target, connections);
        }
        const qint64 override = c.intParam(QStringLiteral("max_connections"));
        if (override > 0 && override < connections)
            set(id, "max_connections", qint64(connections));
    }

    void redis(const RedisCapacity &x, double target)
    {
        const QString node = smallestFitting(cacheNodeTypeNames(), x.nodeType, cacheNodeType, [&](const InstanceHardware &hw) {
            return x.neededMiB <= hw.memoryGiB * 1024.0 * CapacityReport::redisUsableShare * target;
        });
        if (!node.isEmpty())
            set(x.componentId, "node_type", node);
    }

    // RDS and provisioned Aurora: the family's smallest class whose memory holds the working set
    // as cache at the target and whose default limit holds the connections at maximum scale.
    void setInstanceClass(const QString &id, const QStringList &names, const QString &current, const DatabaseCapacity &d,
                          double target, int connections)
    {
        const QString name = smallestFitting(names, current, rdsInstanceClass, [&](const InstanceHardware &hw) {
            return d.workingSetGb <= hw.memoryGiB * CapacityReport::databaseCacheShare * target
                && rdsDefaultMaxConnections(hw.memoryGiB) >= connections;
        });
        if (!name.isEmpty())
            set(id, "instance_class", name);
    }

    Design m_design;
};

} // namespace

Design CapacityFit::withTraffic(const Design &design, double factor)
{
    Design d = design;
    auto scaled = [factor](const ParamSpec *spec, double v) {
        const double x = v * factor;
        return spec && spec->hasRange ? std::clamp(x, spec->minimum, spec->maximum) : x;
    };
    for (const char *key : {"avg_rps", "peak_rps"}) {
        const QString k = QString::fromLatin1(key);
        d.setSectionValue(Section::Workload, k, scaled(workloadSchema().find(k), design.value(Section::Workload, k).toDouble()));
    }
    const QString arrival = QStringLiteral("arrival_rate");
    const ParamSpec *arrivalSpec = kindSchema(ComponentKind::EcsWorker).find(arrival);
    for (const Component *c : design.componentsOfKind(ComponentKind::EcsWorker))
        d.setParameter(c->id, arrival, scaled(arrivalSpec, c->doubleParam(arrival)));
    return d;
}

CapacityFit CapacityFit::fit(const Design &design)
{
    CapacityFit result;
    Fitter f(design);
    // Two passes: the database's connections follow the fitted task counts.
    for (int pass = 0; pass < 2; ++pass) {
        result.notes.clear();
        const PoolCalculation pools = PoolCalculation::compute(f.m_design);
        const CapacityReport r = CapacityReport::compute(f.m_design, pools);
        for (const WebCapacity &w : r.web)
            f.web(w, r.targetUtilization, result.notes);
        for (const CeleryCapacity &k : r.celery)
            f.celery(k);
        const PoolCalculation fitted = PoolCalculation::compute(f.m_design);
        for (const DatabaseCapacity &d : r.databases)
            f.database(d, r.targetUtilization, fitted);
        for (const RedisCapacity &x : r.redis)
            f.redis(x, r.targetUtilization);
    }
    result.design = f.m_design;
    for (const Component &before : design.components()) {
        const Component *after = result.design.component(before.id);
        for (const ParamSpec &spec : kindSchema(before.kind).specs()) {
            const QVariant was = before.param(spec.key);
            const QVariant now = after->param(spec.key);
            if (was != now)
                result.changes.push_back({before.id, spec.key, was, now});
        }
    }
    return result;
}

} // namespace Infra
