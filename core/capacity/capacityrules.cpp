#include "capacityrules.h"

#include "capacityreport.h"
#include "trafficmodel.h"

#include "derive/builtinrules.h"
#include "derive/derivedmodel.h"
#include "derive/findingrules.h"
#include "model/design.h"

#include <cmath>

namespace Infra::CapacityRules {

namespace {

using BuiltinRules::Check;
using BuiltinRules::finding;
using BuiltinRules::make;
using BuiltinRules::Severity;

// Whole percent for messages ("143 %").
qint64 percent(double fraction)
{
    return std::isfinite(fraction) ? qint64(std::llround(fraction * 100.0)) : qint64(-1);
}

} // namespace

void add(FindingRules &rules)
{
    rules.add(make("capacity-web-peak", Severity::Error, "The web tier serves the peak within its maximum tasks",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        const CapacityReport &r = m.capacity();
        for (const WebCapacity &w : r.web) {
            if (w.busyPeak <= 0)
                continue;
            const bool saturated = w.utilizationAtMax >= 1.0;
            if (!saturated && w.requiredPeak <= w.maxTasks)
                continue;
            const Text message = saturated
                ? trText("Infra::Rules", "%1 cannot serve the peak: %2 req/s × %3 ms keep %4 requests in service, %5 tasks × %6 serve %7 at once")
                      .arg(w.componentId).arg(w.peakRps, 'f', 0).arg(w.serviceTimeS * 1000.0, 'f', 0).arg(w.busyPeak, 'f', 1)
                      .arg(w.maxTasks).arg(w.perTask, 'f', 1).arg(double(w.maxTasks) * w.perTask, 'f', 1)
                : trText("Infra::Rules", "%1 reaches %2 % utilisation at the peak on its %3 maximum tasks, above the %4 % target")
                      .arg(w.componentId).arg(percent(w.utilizationAtMax)).arg(w.maxTasks).arg(percent(r.targetUtilization));
            out.push_back(finding("capacity-web-peak", saturated ? Severity::Error : Severity::Warning, w.componentId, message,
                                  trText("Infra::Rules", "Set max_tasks to at least %1 on %2 (Little's law at %3 % utilisation), or add workers or CPU per task")
                                      .arg(w.requiredPeak).arg(w.componentId).arg(percent(r.targetUtilization))));
        }
    }));
    rules.add(make("capacity-web-p95", Severity::Warning, "The estimated p95 response time meets the target",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        for (const WebCapacity &w : m.capacity().web) {
            if (w.busyPeak <= 0 || !std::isfinite(w.p95Ms) || w.p95Ms <= w.p95TargetMs)
                continue;
            out.push_back(finding("capacity-web-p95", Severity::Warning, w.componentId,
                                  trText("Infra::Rules", "%1: estimated p95 response time at the peak is %2 ms (M/M/c on %3 tasks), above the %4 ms target")
                                      .arg(w.componentId).arg(w.p95Ms, 'f', 0).arg(w.tasksAtPeak).arg(w.p95TargetMs, 'f', 0),
                                  trText("Infra::Rules", "Lower the service time (queries, caching) or plan more tasks at peak on %1: raise min_tasks or lower cpu_target")
                                      .arg(w.componentId)));
        }
    }));
    rules.add(make("capacity-web-memory", Severity::Error, "Web workers fit in the task's memory",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        for (const WebCapacity &w : m.capacity().web) {
            if (w.memoryNeedMiB <= w.memoryMiB)
                continue;
            out.push_back(finding("capacity-web-memory", Severity::Error, w.componentId,
                                  trText("Infra::Rules", "%1 needs %2 MiB (%3 workers × per-worker memory + 128 MiB) but its tasks have %4 MiB")
                                      .arg(w.componentId).arg(w.memoryNeedMiB, 'f', 0).arg(w.workers).arg(w.memoryMiB, 'f', 0),
                                  trText("Infra::Rules", "Give %1 at least %2 MiB of memory or fewer workers per task").arg(w.componentId).arg(w.memoryNeedMiB, 'f', 0)));
        }
    }));
    rules.add(make("capacity-celery-peak", Severity::Error, "Celery queues keep up with their arrivals",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        const CapacityReport &r = m.capacity();
        for (const CeleryCapacity &k : r.celery) {
            if (k.busyPeak <= 0)
                continue;
            const QString queues = k.queues.join(QStringLiteral(", "));
            const Text fix = trText("Infra::Rules", "Set max_tasks to at least %1 on %2 or raise its concurrency").arg(k.requiredPeak).arg(k.componentId);
            if (!std::isfinite(k.drainSeconds)) {
                out.push_back(finding("capacity-celery-peak", Severity::Error, k.componentId,
                                      trText("Infra::Rules", "%1 (%2) falls behind for good: %3 tasks/s × %4 s need %5 slots, %6 tasks × %7 have %8")
                                          .arg(k.componentId, queues).arg(k.arrivalAvg, 'g', 4).arg(k.durationS, 'g', 4).arg(k.busyAvg, 'f', 1)
                                          .arg(k.maxTasks).arg(k.concurrency).arg(k.maxTasks * k.concurrency),
                                      fix));
            } else if (k.utilizationAtMax >= 1.0 || k.drainSeconds > CapacityReport::drainLimitMinutes * 60.0) {
                out.push_back(finding("capacity-celery-peak", Severity::Warning, k.componentId,
                                      trText("Infra::Rules", "%1 (%2) is at %3 % of its slots at the peak on %4 tasks; a %5-minute burst takes %6 minutes to drain")
                                          .arg(k.componentId, queues).arg(percent(k.utilizationAtMax)).arg(k.maxTasks)
                                          .arg(k.burstBacklog > 0 ? k.burstBacklog / std::max(k.arrivalPeak, 1e-9) / 60.0 : 0.0, 'f', 0)
                                          .arg(k.drainSeconds / 60.0, 'f', 0),
                                      fix));
            }
        }
    }));
    rules.add(make("capacity-celery-autoscaling", Severity::Warning, "The queue-depth target can be reached",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        for (const CeleryCapacity &k : m.capacity().celery) {
            if (k.autoscalingReachable || k.requiredPeak <= k.desiredTasks)
                continue;
            out.push_back(finding("capacity-celery-autoscaling", Severity::Warning, k.componentId,
                                  trText("Infra::Rules", "%1 never scales out: a burst leaves %2 messages, below queue_depth_target %3 × %4 desired tasks, while the peak needs %5 tasks")
                                      .arg(k.componentId).arg(k.burstBacklog, 'f', 0).arg(k.queueDepthTarget, 'f', 0).arg(k.desiredTasks).arg(k.requiredPeak),
                                  trText("Infra::Rules", "Lower queue_depth_target on %1 to about %2 messages per task, or raise desired_tasks to %3")
                                      .arg(k.componentId).arg(std::max(1.0, std::floor(k.burstBacklog / double(std::max(1, k.requiredPeak)))), 'f', 0)
                                      .arg(k.requiredPeak)));
        }
    }));
    rules.add(make("capacity-celery-memory", Severity::Error, "Celery processes fit in the task's memory",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        for (const CeleryCapacity &k : m.capacity().celery) {
            if (k.memoryNeedMiB <= k.memoryMiB)
                continue;
            out.push_back(finding("capacity-celery-memory", Severity::Error, k.componentId,
                                  trText("Infra::Rules", "%1 needs %2 MiB (concurrency %3 × per-process memory + 128 MiB) but its tasks have %4 MiB")
                                      .arg(k.componentId).arg(k.memoryNeedMiB, 'f', 0).arg(k.concurrency).arg(k.memoryMiB, 'f', 0),
                                  trText("Infra::Rules", "Give %1 at least %2 MiB of memory or a lower concurrency").arg(k.componentId).arg(k.memoryNeedMiB, 'f', 0)));
        }
    }));
    rules.add(make("capacity-db-storage", Severity::Error, "The data fits in the database storage within the horizon",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        for (const DatabaseCapacity &d : m.capacity().databases) {
            if (d.projectedGb <= d.limitGb)
                continue;
            out.push_back(finding("capacity-db-storage", Severity::Error, d.componentId,
                                  d.sizeGb > d.limitGb
                                      ? trText("Infra::Rules", "%1 holds %2 GB of data but its storage ends at %3 GB").arg(d.componentId).arg(d.sizeGb, 'f', 0).arg(d.limitGb, 'f', 0)
                                      : trText("Infra::Rules", "%1 grows to %2 GB in %3 months but its storage ends at %4 GB")
                                            .arg(d.componentId).arg(d.projectedGb, 'f', 0).arg(d.horizonMonths).arg(d.limitGb, 'f', 0),
                                  trText("Infra::Rules", "Set max_allocated_storage to at least %1 GB on %2 (storage autoscaling), or allocated_storage")
                                      .arg(std::ceil(d.projectedGb), 'f', 0).arg(d.componentId)));
        }
    }));
    rules.add(make("capacity-db-iops", Severity::Error, "The database storage carries the peak I/O",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        const CapacityReport &r = m.capacity();
        for (const DatabaseCapacity &d : r.databases) {
            if (d.sharedStorage)
                continue; // Aurora storage has no provisioned IOPS
            const double u = d.iopsCapacity > 0 ? d.iopsPeak / d.iopsCapacity : (d.iopsPeak > 0 ? 2.0 : 0.0);
            if (u <= r.targetUtilization)
                continue;
            out.push_back(finding("capacity-db-iops", u >= 1.0 ? Severity::Error : Severity::Warning, d.componentId,
                                  trText("Infra::Rules", "%1 needs %2 IOPS at the peak (%3 queries/s) against %4 IOPS of its storage")
                                      .arg(d.componentId).arg(d.iopsPeak, 'f', 0).arg(d.queriesPeak, 'f', 0).arg(d.iopsCapacity, 'f', 0),
                                  trText("Infra::Rules", "Provision at least %1 IOPS on %2 (gp3 from 400 GB, or io2), or cut queries per request")
                                      .arg(std::ceil(d.iopsPeak / r.targetUtilization), 'f', 0).arg(d.componentId)));
        }
    }));
    rules.add(make("capacity-db-memory", Severity::Warning, "The database's working set fits in memory",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        for (const DatabaseCapacity &d : m.capacity().databases) {
            if (d.cacheGb <= 0 || d.workingSetGb <= d.cacheGb)
                continue;
            out.push_back(finding("capacity-db-memory", Severity::Warning, d.componentId,
                                  trText("Infra::Rules", "%1: the working set of %2 GB does not fit in the %3 GB of cache of %4; reads go to storage")
                                      .arg(d.componentId).arg(d.workingSetGb, 'f', 1).arg(d.cacheGb, 'f', 1).arg(d.instanceClass),
                                  trText("Infra::Rules", "Choose an instance class with at least %1 GiB of memory for %2")
                                      .arg(std::ceil(d.workingSetGb / CapacityReport::databaseCacheShare), 'f', 0).arg(d.componentId)));
        }
    }));
    rules.add(make("capacity-db-connections", Severity::Error, "Connections at the sized task counts fit",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        for (const DatabaseCapacity &d : m.capacity().databases) {
            if (d.connectionCapacity < 0 || d.connectionsSized <= d.connectionCapacity)
                continue;
            out.push_back(finding("capacity-db-connections", Severity::Error, d.componentId,
                                  d.throughPgBouncer
                                      ? trText("Infra::Rules", "At the task counts the peak needs, %1 clients connect to pgBouncer, which accepts %2")
                                            .arg(d.connectionsSized).arg(d.connectionCapacity)
                                      : trText("Infra::Rules", "At the task counts the peak needs, %1 connections reach %2, whose budget is %3")
                                            .arg(d.connectionsSized).arg(d.componentId).arg(d.connectionCapacity),
                                  trText("Infra::Rules", "Put pgBouncer in front of %1, or choose a larger instance class or max_connections").arg(d.componentId)));
        }
    }));
    rules.add(make("capacity-redis-memory", Severity::Error, "Redis holds the cache, sessions and broker backlog",
                   [](const Design &, const DerivedModel &m, std::vector<Finding> &out) {
        const CapacityReport &r = m.capacity();
        for (const RedisCapacity &x : r.redis) {
            if (x.neededMiB <= 0 || x.neededMiB <= x.usableMiB * r.targetUtilization)
                continue;
            const bool full = x.neededMiB > x.usableMiB;
            out.push_back(finding("capacity-redis-memory", full ? Severity::Error : Severity::Warning, x.componentId,
                                  trText("Infra::Rules", "%1 needs %2 MiB (cache %3, sessions %4, broker backlog %5) of the %6 MiB usable on %7 (%8)")
                                      .arg(x.componentId).arg(x.neededMiB, 'f', 0).arg(x.cacheMiB, 'f', 0).arg(x.sessionsMiB, 'f', 0)
                                      .arg(x.brokerMiB, 'f', 0).arg(x.usableMiB, 'f', 0).arg(x.nodeType).arg(x.maxmemoryPolicy),
                                  trText("Infra::Rules", "Choose a node type with at least %1 GiB of memory for %2")
                                      .arg(std::ceil(x.neededMiB / r.targetUtilization / CapacityReport::redisUsableShare / 1024.0), 'f', 0)
                                      .arg(x.componentId)));
        }
    }));
    rules.add(make("traffic-override", Severity::Warning, "Typed traffic figures agree with the traffic model",
                   [](const Design &design, const DerivedModel &, std::vector<Finding> &out) {
        const TrafficModel t = TrafficModel::derive(design);
        const double tolerance = TrafficModel::Assumptions::overrideTolerance;
        // One finding per typed figure more than ±25 % away from what the workload implies.
        const auto check = [&](const QString &component, const char *key, double typed, double derived, const char *unit) {
            if (typed <= 0 || TrafficModel::disagreement(typed, derived) <= tolerance)
                return;
            out.push_back(finding("traffic-override", Severity::Warning, component,
                                  trText("Infra::Rules", "%1 = %2 %3 disagrees with the %4 %3 the traffic model derives from the workload (more than ±25 %)")
                                      .arg(QString::fromLatin1(key)).arg(typed, 'f', 1).arg(QString::fromLatin1(unit)).arg(derived, 'f', 1),
                                  trText("Infra::Rules", "Set %1 to 0 to price the derived figure, or correct the workload (requests, response and object sizes) so both agree")
                                      .arg(QString::fromLatin1(key))));
        };
        if (t.cdn) {
            QString cdnId;
            for (const Component *c : design.componentsOfKind(ComponentKind::CloudFront)) {
                cdnId = c->id;
                break;
            }
            check(cdnId, "cdn_egress_gb", t.cdnEgressOverrideGb, t.cdnEgressDerivedGb, "GB");
            check(cdnId, "cdn_requests_millions", t.cdnRequestsOverride / 1e6, t.cdnRequestsDerived / 1e6, "M");
        }
        if (t.natGateways > 0)
            check(QString(), "nat_data_gb", t.natOverrideGb, t.natDerivedGb, "GB");
        for (const Component *c : design.componentsOfKind(ComponentKind::CloudWatch))
            check(c->id, "log_ingestion_gb", t.logOverrideGb, t.logDerivedGb, "GB");
    }));
}

} // namespace Infra::CapacityRules
