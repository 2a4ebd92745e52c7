#pragma once

#include <QString>

namespace Infra {

class FindingRules;

// The rules of issue 3, grouped by what they look at. Internal to core/derive: other
// modules see them through FindingRules::builtin().
namespace BuiltinRules {
void addDataRules(FindingRules &rules);     // RDS, Redis, S3, CloudFront
void addServiceRules(FindingRules &rules);  // ECS services, Celery, connections, security groups

// Queue names that mark long-running work (max-tasks-per-child advice).
bool isLongRunningQueue(const QString &queue);
// A pgBouncer is advised once connections at maximum scale exceed this many.
inline constexpr int pgBouncerThreshold = 200;
}

} // namespace Infra
