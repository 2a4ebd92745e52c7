#pragma once

#include "findingrules.h"
#include "text/text.h"

#include <QString>
#include <QStringList>

namespace Infra {

class FindingRules;

// The rules of issue 3, grouped by what they look at. Internal to core (derive and the
// capacity rules): other modules see them through FindingRules::builtin().
namespace BuiltinRules {
using Severity = Finding::Severity;
using Check = std::function<void(const Design &, const DerivedModel &, std::vector<Finding> &)>;

// The two constructors every rule file uses: a rule from its id, severity, title and check,
// and a finding on one component.
inline FindingRule make(const char *id, Severity severity, const char *title, Check check)
{
    return FindingRule{QString::fromLatin1(id), severity, QString::fromUtf8(title), std::move(check)};
}

inline Finding finding(const char *rule, Severity severity, const QString &component, Text message, Text fix)
{
    return Finding::make(QString::fromLatin1(rule), severity, component, std::move(message), std::move(fix));
}

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
