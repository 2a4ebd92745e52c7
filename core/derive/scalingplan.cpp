#include "scalingplan.h"

#include "model/celerymetrics.h"

#include "poolcalculation.h"

#include "model/design.h"

namespace Infra {

QString policyName(ScalingPlan::Policy policy)
{
    switch (policy) {
    case ScalingPlan::Policy::CpuTargetTracking: return QStringLiteral("cpu_target_tracking");
    case ScalingPlan::Policy::QueueDepthTargetTracking: return QStringLiteral("queue_depth_target_tracking");
    case ScalingPlan::Policy::Fixed: return QStringLiteral("fixed");
    }
    return {};
}

namespace {

constexpr int maxTasksLimit = 1000; // the schema's upper bound of max_tasks

// Connections reaching the database when one service's maximum is `tasks` and every other
// service stays at its maximum.
int databaseConnectionsWith(const PoolCalculation &pools, const PoolContribution &k, int tasks)
{
    int web = pools.maximum.webConnections;
    int worker = pools.maximum.workerConnections;
    (k.web ? web : worker) += k.perTask * (tasks - k.maxTasks);
    const PoolFigures f = PoolCalculation::fromConnections(web, worker);
    if (!pools.hasPgBouncer())
        return f.total;
    const int pool = pools.pgbouncerAutomatic ? f.defaultPoolSize : pools.pgbouncerDefaultPoolSize;
    return pools.pgbouncerTasks * (pool + pools.pgbouncerReservePoolSize);
}

int fittingMaxTasks(const PoolCalculation &pools, const PoolContribution &k)
{
    if (pools.connectionBudget < 0 || k.perTask <= 0)
        return -1;
    const int budget = pools.connectionBudget;
    if (databaseConnectionsWith(pools, k, 0) > budget)
        return 0;
    if (databaseConnectionsWith(pools, k, maxTasksLimit) <= budget)
        return maxTasksLimit;
    int lo = 0, hi = maxTasksLimit; // f(lo) ≤ budget < f(hi); f is non-decreasing in tasks
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (databaseConnectionsWith(pools, k, mid) <= budget ? lo : hi) = mid;
    }
    return lo;
}

QString range(int min, int max)
{
    // Concatenated rather than QString::arg'ed twice (the same text; a fifth of the plans' time).
    return min == max ? QString::number(min) : QString::number(min) % QLatin1Char('-') % QString::number(max);
}

} // namespace

std::vector<ScalingPlan> ScalingPlan::plan(const Design &design, const PoolCalculation &pools)
{
    std::vector<ScalingPlan> plans;
    QHash<QString, const PoolContribution *> contribution;
    for (const PoolContribution &k : pools.contributions)
        contribution.insert(k.componentId, &k);
    bool sqsBroker = false;
    for (const Component *sqs : design.componentsOfKind(ComponentKind::Sqs))
        sqsBroker = sqsBroker || sqs->boolParam(QStringLiteral("broker"));
    const bool overBudget = pools.exceedsBudgetAtMaximum();

    for (const Component &c : design.components()) {
        if (!kindIsEcsService(c.kind))
            continue;
        ScalingPlan s;
        s.componentId = c.id;
        s.kind = c.kind;
        s.desiredTasks = int(c.intParam(QStringLiteral("desired_tasks")));
        switch (c.kind) {
        case ComponentKind::EcsWeb:
        case ComponentKind::EcsWorker: {
            const bool web = c.kind == ComponentKind::EcsWeb;
            s.minTasks = int(c.intParam(QStringLiteral("min_tasks")));
            s.maxTasks = int(c.intParam(QStringLiteral("max_tasks")));
            s.scaleInCooldown = int(c.intParam(QStringLiteral("scale_in_cooldown")));
            s.scaleOutCooldown = int(c.intParam(QStringLiteral("scale_out_cooldown")));
            if (web) {
                s.policy = Policy::CpuTargetTracking;
                s.metric = QStringLiteral("ECSServiceAverageCPUUtilization");
                s.target = c.doubleParam(QStringLiteral("cpu_target"));
            } else {
                s.policy = Policy::QueueDepthTargetTracking;
                s.metric = sqsBroker ? QStringLiteral("ApproximateNumberOfMessagesVisible") : CeleryMetrics::backlogPerTask();
                s.metricNamespace = sqsBroker ? QStringLiteral("AWS/SQS") : CeleryMetrics::nameSpace();
                s.target = c.doubleParam(QStringLiteral("queue_depth_target"));
                s.queues = c.listParam(QStringLiteral("queues"));
            }
            if (const PoolContribution *k = contribution.value(c.id)) {
                s.connectionsPerTask = k->perTask;
                s.maxTasksWithinBudget = fittingMaxTasks(pools, *k);
                s.exceedsConnectionBudget = overBudget && s.maxTasksWithinBudget >= 0 && s.maxTasks > s.maxTasksWithinBudget;
            }
            // Built with QStringBuilder: one allocation per summary (thousands of services in big designs).
            const QString what = web ? QStringLiteral("CPU ") % QString::number(s.target) % QStringLiteral(" % target")
                                     : QString::number(s.target) % QStringLiteral(" messages per task on ") % s.queues.join(QStringLiteral(", "));
            s.summary = what % QStringLiteral(", ") % range(s.minTasks, s.maxTasks) % QStringLiteral(" tasks (desired ")
                % QString::number(s.desiredTasks) % QStringLiteral("), cooldown in ") % QString::number(s.scaleInCooldown)
                % QStringLiteral(" s / out ") % QString::number(s.scaleOutCooldown) % QStringLiteral(" s");
            break;
        }
        case ComponentKind::EcsBeat:
            s.policy = Policy::Fixed;
            s.minTasks = s.maxTasks = s.desiredTasks;
            s.summary = QStringLiteral("fixed at %1 task(s); Celery Beat must run exactly once").arg(s.desiredTasks);
            break;
        default: // pgBouncer
            s.policy = Policy::Fixed;
            s.minTasks = s.maxTasks = s.desiredTasks;
            s.summary = QStringLiteral("fixed at %1 task(s)").arg(s.desiredTasks);
            break;
        }
        plans.push_back(std::move(s));
    }
    return plans;
}

} // namespace Infra
