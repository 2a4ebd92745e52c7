#pragma once

#include "text/text.h"

#include <QString>
#include <QStringList>

namespace Infra {

class FindingRules;

// The rules of issue 3, grouped by what they look at. Internal to core/derive: other
// modules see them through FindingRules::builtin().
namespace BuiltinRules {
void addDataRules(FindingRules &rules);     // RDS, Redis, S3, CloudFront
void addServiceRules(FindingRules &rules);  // ECS services, Celery, connections, security groups
void addConsistencyRules(FindingRules &rules); // brokers, unused database, static buckets, stacked cards

// "a, b, c" — or "a, …, j and 490 more" past `limit` items, so that a finding on a design of
// hundreds of components stays one readable line.
Text boundedList(const QStringList &items, qsizetype limit = 10);

// Queue names that mark long-running work (max-tasks-per-child advice).
bool isLongRunningQueue(const QString &queue);
// A pgBouncer is advised once connections at maximum scale exceed this many.
inline constexpr int pgBouncerThreshold = 200;
}

} // namespace Infra
