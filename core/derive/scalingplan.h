#pragma once

#include "model/componentkind.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Infra {

class Design;
struct PoolCalculation;

// How one ECS service scales: web on CPU target tracking, workers on queue depth per task,
// Beat fixed at exactly one, pgBouncer fixed at its task count.
struct ScalingPlan
{
    enum class Policy { CpuTargetTracking, QueueDepthTargetTracking, Fixed };

    QString componentId;
    ComponentKind kind = ComponentKind::EcsWeb;
    Policy policy = Policy::Fixed;
    QString metric;              // "ECSServiceAverageCPUUtilization" (predefined), "ApproximateNumberOfMessagesVisible", "BacklogPerTask", empty
    QString metricNamespace;     // workers: "AWS/SQS" with an SQS broker, "InfraStudio/Celery" (model/celerymetrics.h, published by the Celery config); else empty
    double target = 0;           // CPU % or messages per task
    int minTasks = 0;
    int desiredTasks = 0;
    int maxTasks = 0;
    int scaleInCooldown = 0;     // s
    int scaleOutCooldown = 0;    // s
    QStringList queues;          // workers: the queues scaled on

    int connectionsPerTask = 0;  // database connections one task holds in the calculator (0 for beat, pgBouncer)
    // The highest max_tasks keeping the design within the connection budget with every other
    // service at its maximum; -1 when there is no budget to compare with or the service holds none.
    int maxTasksWithinBudget = -1;
    bool exceedsConnectionBudget = false;  // at maximum scale, the design exceeds the budget and this service contributes
    QString summary;             // "CPU 70 % target, 2–20 tasks, cooldown in 300 s / out 60 s"

    bool operator==(const ScalingPlan &other) const = default;

    static std::vector<ScalingPlan> plan(const Design &design, const PoolCalculation &pools);
};

QString policyName(ScalingPlan::Policy policy); // "cpu_target_tracking", "queue_depth_target_tracking", "fixed"

} // namespace Infra
