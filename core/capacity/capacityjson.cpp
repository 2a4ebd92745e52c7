#include "capacityjson.h"

#include "capacityfit.h"
#include "capacityreport.h"

#include <QJsonArray>

#include <cmath>

namespace Infra::CapacityJson {

namespace {

QJsonValue num(double v)
{
    if (!std::isfinite(v))
        return QJsonValue(QJsonValue::Null);
    // Six significant decimals are plenty and keep the output stable.
    return QJsonValue(std::round(v * 1e6) / 1e6);
}

QJsonArray strings(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

} // namespace

QJsonObject report(const CapacityReport &r)
{
    QJsonArray web;
    for (const WebCapacity &w : r.web) {
        web.append(QJsonObject{
            {QStringLiteral("component"), w.componentId}, {QStringLiteral("server"), w.server},
            {QStringLiteral("workers"), w.workers}, {QStringLiteral("threads"), w.threads},
            {QStringLiteral("slots_per_task"), num(w.slotsPerTask)}, {QStringLiteral("cpu_slots_per_task"), num(w.cpuSlotsPerTask)},
            {QStringLiteral("per_task"), num(w.perTask)}, {QStringLiteral("cpu_bound"), w.cpuBound},
            {QStringLiteral("avg_rps"), num(w.avgRps)}, {QStringLiteral("peak_rps"), num(w.peakRps)},
            {QStringLiteral("busy_avg"), num(w.busyAvg)}, {QStringLiteral("busy_peak"), num(w.busyPeak)},
            {QStringLiteral("required_tasks_avg"), w.requiredAvg}, {QStringLiteral("required_tasks_peak"), w.requiredPeak},
            {QStringLiteral("min_tasks"), w.minTasks}, {QStringLiteral("desired_tasks"), w.desiredTasks},
            {QStringLiteral("max_tasks"), w.maxTasks}, {QStringLiteral("tasks_at_peak"), w.tasksAtPeak},
            {QStringLiteral("utilization_at_max"), num(w.utilizationAtMax)}, {QStringLiteral("p95_ms"), num(w.p95Ms)},
            {QStringLiteral("p95_target_ms"), num(w.p95TargetMs)}, {QStringLiteral("memory_need_mib"), num(w.memoryNeedMiB)},
            {QStringLiteral("memory_mib"), num(w.memoryMiB)}, {QStringLiteral("cpu_cores_peak"), num(w.cpuCoresPeak)},
            {QStringLiteral("vcpu_per_task"), num(w.vcpuPerTask)}});
    }
    QJsonArray celery;
    for (const CeleryCapacity &k : r.celery) {
        celery.append(QJsonObject{
            {QStringLiteral("component"), k.componentId}, {QStringLiteral("queues"), strings(k.queues)},
            {QStringLiteral("concurrency"), k.concurrency}, {QStringLiteral("min_tasks"), k.minTasks},
            {QStringLiteral("desired_tasks"), k.desiredTasks}, {QStringLiteral("max_tasks"), k.maxTasks},
            {QStringLiteral("arrival_avg"), num(k.arrivalAvg)}, {QStringLiteral("arrival_peak"), num(k.arrivalPeak)},
            {QStringLiteral("duration_s"), num(k.durationS)}, {QStringLiteral("busy_avg"), num(k.busyAvg)},
            {QStringLiteral("busy_peak"), num(k.busyPeak)}, {QStringLiteral("required_tasks_avg"), k.requiredAvg},
            {QStringLiteral("required_tasks_peak"), k.requiredPeak}, {QStringLiteral("utilization_at_max"), num(k.utilizationAtMax)},
            {QStringLiteral("burst_backlog"), num(k.burstBacklog)}, {QStringLiteral("drain_s"), num(k.drainSeconds)},
            {QStringLiteral("queue_depth_target"), num(k.queueDepthTarget)},
            {QStringLiteral("autoscaling_reachable"), k.autoscalingReachable}, {QStringLiteral("wait_at_target_s"), num(k.waitAtTargetS)},
            {QStringLiteral("memory_need_mib"), num(k.memoryNeedMiB)}, {QStringLiteral("memory_mib"), num(k.memoryMiB)}});
    }
    QJsonValue database(QJsonValue::Null);
    for (const DatabaseCapacity &d : r.databases) {
        database = QJsonObject{
            {QStringLiteral("component"), d.componentId}, {QStringLiteral("instance_class"), d.instanceClass},
            {QStringLiteral("size_gb"), num(d.sizeGb)}, {QStringLiteral("projected_gb"), num(d.projectedGb)},
            {QStringLiteral("horizon_months"), d.horizonMonths}, {QStringLiteral("allocated_gb"), num(d.allocatedGb)},
            {QStringLiteral("limit_gb"), num(d.limitGb)}, {QStringLiteral("queries_peak"), num(d.queriesPeak)},
            {QStringLiteral("iops_peak"), num(d.iopsPeak)}, {QStringLiteral("iops_capacity"), num(d.iopsCapacity)},
            {QStringLiteral("working_set_gb"), num(d.workingSetGb)}, {QStringLiteral("cache_gb"), num(d.cacheGb)},
            {QStringLiteral("connections_sized"), d.connectionsSized},
            {QStringLiteral("connection_capacity"), d.connectionCapacity < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.connectionCapacity)},
            {QStringLiteral("through_pgbouncer"), d.throughPgBouncer}};
    }
    QJsonArray redis;
    for (const RedisCapacity &x : r.redis) {
        redis.append(QJsonObject{
            {QStringLiteral("component"), x.componentId}, {QStringLiteral("node_type"), x.nodeType},
            {QStringLiteral("maxmemory_policy"), x.maxmemoryPolicy}, {QStringLiteral("cache_mib"), num(x.cacheMiB)},
            {QStringLiteral("sessions_mib"), num(x.sessionsMiB)}, {QStringLiteral("broker_mib"), num(x.brokerMiB)},
            {QStringLiteral("needed_mib"), num(x.neededMiB)}, {QStringLiteral("node_mib"), num(x.nodeMiB)},
            {QStringLiteral("usable_mib"), num(x.usableMiB)}, {QStringLiteral("clients"), x.clients},
            {QStringLiteral("max_clients"), RedisCapacity::maxClients}});
    }
    QJsonArray facts;
    for (const auto &[id, f] : r.allFacts()) {
        facts.append(QJsonObject{{QStringLiteral("component"), id}, {QStringLiteral("key"), f.key},
                                 {QStringLiteral("label"), f.label.toString()}, {QStringLiteral("demand"), num(f.demand)},
                                 {QStringLiteral("capacity"), num(f.capacity)}, {QStringLiteral("unit"), f.unit},
                                 {QStringLiteral("utilization"), num(f.utilization())}, {QStringLiteral("target"), num(f.target)}});
    }
    return QJsonObject{{QStringLiteral("traffic_factor"), num(r.trafficFactor)},
                       {QStringLiteral("target_utilization"), num(r.targetUtilization)},
                       {QStringLiteral("peak_factor"), num(r.peakFactor)},
                       {QStringLiteral("web"), web},
                       {QStringLiteral("celery"), celery},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("redis"), redis},
                       {QStringLiteral("facts"), facts}};
}

QJsonObject fit(const CapacityFit &fit)
{
    QJsonArray changes;
    for (const CapacityFit::Change &c : fit.changes) {
        changes.append(QJsonObject{{QStringLiteral("component"), c.componentId}, {QStringLiteral("key"), c.key},
                                   {QStringLiteral("before"), QJsonValue::fromVariant(c.before)},
                                   {QStringLiteral("after"), QJsonValue::fromVariant(c.after)}});
    }
    return QJsonObject{{QStringLiteral("changes"), changes}, {QStringLiteral("notes"), strings(fit.notes)}};
}

} // namespace Infra::CapacityJson
