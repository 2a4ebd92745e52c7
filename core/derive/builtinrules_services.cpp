// Findings on the ECS services, Celery routing, the connection budget and security groups.
#include "builtinrules.h"
#include "derivedmodel.h"
#include "findingrules.h"

#include "model/design.h"
#include "model/webrouting.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Infra::BuiltinRules {

namespace {

// The queue unrouted tasks go to: the emitted Celery settings set task_default_queue = "default",
// as the playbook's routes ('myapp.tasks.*' → default) assume.
QString defaultQueue()
{
    return QStringLiteral("default");
}

void checkBeat(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const auto beats = d.componentsOfKind(ComponentKind::EcsBeat);
    qint64 tasks = 0;
    for (const Component *b : beats)
        tasks += b->intParam(QStringLiteral("desired_tasks"));
    if (tasks > 1) {
        QStringList ids;
        for (const Component *b : beats)
            ids.append(b->id);
        const Text where = beats.size() > 1 ? trText("Infra::Rules", "Beat services %1 run %2 tasks").arg(boundedList(ids)).arg(tasks)
                                               : trText("Infra::Rules", "Beat %1 runs %2 tasks").arg(beats.front()->id).arg(tasks);
        out.push_back(finding("beat-single", Severity::Error, beats.front()->id,
                              trText("Infra::Rules", "%1: every periodic task is sent %2 times").arg(where).arg(tasks),
                              trText("Infra::Rules", "Keep one Beat service with desired_tasks 1")));
    }
}

void checkWebMinimum(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    for (const Component *w : d.componentsOfKind(ComponentKind::EcsWeb)) {
        const qint64 min = w->intParam(QStringLiteral("min_tasks"));
        if (min < 2)
            out.push_back(finding("web-min-tasks", Severity::Warning, w->id,
                                  trText("Infra::Rules", "Web %1 may scale down to %2 task(s): one failing task or a deployment leaves no spare").arg(w->id).arg(min),
                                  trText("Infra::Rules", "Set min_tasks to 2 or more on %1 (one per Availability Zone)").arg(w->id)));
    }
}

// With an ALB, every web service but the default one (defaultWebService) needs path patterns:
// the listener forwards everything else to the default one, and a service whose target group no
// listener rule forwards to is left out of the load balancer.
void checkWebRoutes(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const auto webs = d.componentsOfKind(ComponentKind::EcsWeb);
    if (d.componentsOfKind(ComponentKind::Alb).empty() || webs.empty())
        return;
    const Component *fallback = defaultWebService(webs);
    for (const Component *w : webs) {
        if (w != fallback && w->listParam(QStringLiteral("path_patterns")).isEmpty())
            out.push_back(finding("web-unrouted", Severity::Error, w->id,
                                  trText("Infra::Rules", "Web %1 gets no requests: the load balancer sends every path to %2, so %1 is left out of it")
                                      .arg(w->id, fallback->id),
                                  trText("Infra::Rules", "Give %1 the path_patterns it serves (for example /api/*), or remove it").arg(w->id)));
    }
}

// A listener rule takes at most 5 condition values and 5 wildcards (Elastic Load Balancing
// quotas, "Listener rules for your Application Load Balancer"); behind CloudFront the origin
// header condition takes one of the values.
void checkWebPathLimits(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const auto albs = d.componentsOfKind(ComponentKind::Alb);
    const auto webs = d.componentsOfKind(ComponentKind::EcsWeb);
    if (albs.empty() || webs.empty())
        return;
    const Component *fallback = defaultWebService(webs);
    const bool fronted = !albs.front()->boolParam(QStringLiteral("internal")) && !d.componentsOfKind(ComponentKind::CloudFront).empty();
    const int valueLimit = fronted ? 4 : 5;
    for (const Component *w : webs) {
        const QStringList patterns = w->listParam(QStringLiteral("path_patterns"));
        if (w == fallback || patterns.isEmpty())
            continue;
        int wildcards = 0;
        for (const QString &p : patterns)
            wildcards += int(p.count(QLatin1Char('*')) + p.count(QLatin1Char('?')));
        if (patterns.size() <= valueLimit && wildcards <= 5)
            continue;
        const Text limit = fronted ? trText("Infra::Rules", "Web %1's listener rule has %2 path pattern(s) with %3 wildcard(s): behind CloudFront a rule takes at most 4 patterns "
                                                            "(the origin header is the fifth condition value) and 5 wildcards")
                                   : trText("Infra::Rules", "Web %1's listener rule has %2 path pattern(s) with %3 wildcard(s): a rule takes at most 5 patterns and 5 wildcards");
        out.push_back(finding("web-path-rule-limits", Severity::Error, w->id, limit.arg(w->id).arg(patterns.size()).arg(wildcards),
                              trText("Infra::Rules", "Use fewer, broader patterns on %1 (a prefix such as /api/* covers its sub-paths)").arg(w->id)));
    }
}

struct Queues
{
    QStringList routed;          // in route order, without duplicates
    QSet<QString> routedSet;
    QHash<QString, QStringList> consumers; // queue → worker ids
};

Queues queues(const Design &d)
{
    Queues q;
    for (const CeleryRoute &r : d.routes()) {
        if (!q.routedSet.contains(r.queue)) {
            q.routedSet.insert(r.queue);
            q.routed.append(r.queue);
        }
    }
    for (const Component *w : d.componentsOfKind(ComponentKind::EcsWorker)) {
        for (const QString &name : w->listParam(QStringLiteral("queues")))
            q.consumers[name].append(w->id);
    }
    return q;
}

void checkQueueConsumed(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const Queues q = queues(d);
    QStringList needed = q.routed;
    // Unrouted tasks land on the default queue; it needs a consumer once Celery is in use.
    if (!q.consumers.isEmpty() && !q.routedSet.contains(defaultQueue()))
        needed.append(defaultQueue());
    for (const QString &name : needed) {
        if (q.consumers.contains(name))
            continue;
        // Whether any task goes unrouted cannot be told from the design: a warning there.
        const bool implicit = !q.routedSet.contains(name);
        out.push_back(finding("celery-queue-unconsumed", implicit ? Severity::Warning : Severity::Error, {},
                              implicit ? trText("Infra::Rules", "No worker consumes queue '%1', where unrouted tasks go").arg(name)
                                       : trText("Infra::Rules", "Tasks are routed to queue '%1' but no worker consumes it: they never run").arg(name),
                              trText("Infra::Rules", "Add '%1' to the queues of a worker group, or add a worker group for it").arg(name)));
    }
}

void checkQueueRouted(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const Queues q = queues(d);
    for (const Component *w : d.componentsOfKind(ComponentKind::EcsWorker)) {
        for (const QString &name : w->listParam(QStringLiteral("queues"))) {
            if (name == defaultQueue() || q.routedSet.contains(name))
                continue;
            out.push_back(finding("celery-queue-unrouted", Severity::Warning, w->id,
                                  trText("Infra::Rules", "Worker %1 consumes queue '%2' but no route sends tasks to it").arg(w->id, name),
                                  trText("Infra::Rules", "Route tasks to '%1' in the Celery routes, or remove it from %2").arg(name, w->id)));
        }
    }
}

// Celery's MapRoute tries exact task names first, then glob patterns in order; a pattern
// after a trailing-star pattern with a prefix of it is never reached.
void checkRouteShadowed(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    const QList<CeleryRoute> &routes = d.routes();
    QStringList catchAllPrefixes; // patterns of the form "prefix*" seen so far
    QStringList catchAllPatterns;
    for (const CeleryRoute &r : routes) {
        const qsizetype star = r.task.indexOf(QLatin1Char('*'));
        if (star < 0)
            continue; // exact names win over every pattern
        const QString prefix = r.task.left(star);
        for (qsizetype i = 0; i < catchAllPrefixes.size(); ++i) {
            if (prefix.startsWith(catchAllPrefixes.at(i)) && r.task != catchAllPatterns.at(i)) {
                out.push_back(finding("celery-route-shadowed", Severity::Warning, {},
                                      trText("Infra::Rules", "Route '%1' → %2 is never used: the earlier pattern '%3' matches the same tasks")
                                          .arg(r.task, r.queue, catchAllPatterns.at(i)),
                                      trText("Infra::Rules", "Move '%1' above '%2' in the Celery routes").arg(r.task, catchAllPatterns.at(i))));
                break;
            }
        }
        if (star == r.task.size() - 1) {
            catchAllPrefixes.append(prefix);
            catchAllPatterns.append(r.task);
        }
    }
}

void checkMaxTasksPerChild(const Design &d, const DerivedModel &, std::vector<Finding> &out)
{
    for (const Component *w : d.componentsOfKind(ComponentKind::EcsWorker)) {
        if (w->intParam(QStringLiteral("max_tasks_per_child")) > 0)
            continue;
        QStringList longQueues;
        for (const QString &name : w->listParam(QStringLiteral("queues"))) {
            if (isLongRunningQueue(name))
                longQueues.append(name);
        }
        if (!longQueues.isEmpty())
            out.push_back(finding("celery-max-tasks-per-child", Severity::Warning, w->id,
                                  trText("Infra::Rules", "Worker %1 serves long-running queue '%2' without max-tasks-per-child: leaked memory is never returned")
                                      .arg(w->id, longQueues.join(QStringLiteral("', '"))),
                                  trText("Infra::Rules", "Set max_tasks_per_child on %1 (the playbook uses 100)").arg(w->id)));
    }
}

void checkConnectionBudget(const Design &, const DerivedModel &m, std::vector<Finding> &out)
{
    const PoolCalculation &p = m.pools();
    if (!p.exceedsBudgetAtMaximum())
        return;
    // " (web max 12 (fits 8), worker max 6 (fits 4))"
    std::vector<Text> over;
    for (const ScalingPlan &s : m.scalingPlans()) {
        if (s.exceedsConnectionBudget)
            over.push_back(trText("Infra::Rules", "%1 max %2 (fits %3)").arg(s.componentId).arg(s.maxTasks).arg(s.maxTasksWithinBudget));
    }
    // At most ten services by name: a design of hundreds still gets a one-line finding.
    constexpr size_t shown = 10;
    const bool anyOver = !over.empty();
    const size_t hidden = over.size() > shown ? over.size() - shown : 0;
    over.resize(std::min(over.size(), shown));
    const Text services = hidden == 0 ? Text::joined(std::move(over), QStringLiteral(", "))
                                      : trText("Infra::Rules", "%1 and %2 more").arg(Text::joined(std::move(over), QStringLiteral(", "))).arg(hidden);
    const Text limit = p.maxConnectionsOverride > 0
        ? trText("Infra::Rules", "max_connections %1").arg(p.maxConnectionsOverride)
        : trText("Infra::Rules", "the %1 default of %2").arg(p.instanceClass).arg(p.instanceDefaultLimit);
    const Text through = p.hasPgBouncer() ? trText("Infra::Rules", " through pgBouncer") : Text::plain(QString());
    out.push_back(finding("db-connections-over-limit", Severity::Error, p.databaseId,
                          trText("Infra::Rules", "At maximum scale %1 connections reach %2%3, above %4%5")
                              .arg(p.maximum.databaseConnections)
                              .arg(p.databaseId)
                              .arg(through)
                              .arg(limit)
                              .arg(!anyOver ? Text::plain(QString())
                                                : trText("Infra::Rules", " (%1)").arg(services)),
                          p.hasPgBouncer()
                              ? trText("Infra::Rules", "Lower the pgBouncer pool, raise max_connections or pick a larger instance class")
                              : trText("Infra::Rules", "Add pgBouncer, lower max_tasks, raise max_connections or pick a larger instance class")));
}

void checkPgBouncerNeeded(const Design &, const DerivedModel &m, std::vector<Finding> &out)
{
    const PoolCalculation &p = m.pools();
    if (!p.hasDatabase() || p.hasPgBouncer() || p.maximum.total <= pgBouncerThreshold)
        return;
    out.push_back(finding("pgbouncer-missing", Severity::Warning, p.databaseId,
                          trText("Infra::Rules", "%1 direct connections reach %2 at maximum scale (over %3) with no pgBouncer")
                              .arg(p.maximum.total).arg(p.databaseId).arg(pgBouncerThreshold),
                          trText("Infra::Rules", "Add a pgBouncer in transaction mode between the services and %1").arg(p.databaseId)));
}

void checkMaxConnectionsSetting(const Design &, const DerivedModel &m, std::vector<Finding> &out)
{
    const PoolCalculation &p = m.pools();
    if (!p.hasDatabase())
        return;
    const int recommended = p.maximum.rdsMaxConnections;
    if (p.maxConnectionsOverride > 0 && p.maxConnectionsOverride < recommended) {
        // Behind pgBouncer the database sees the pool, not the clients: a note only.
        const Severity sev = p.hasPgBouncer() ? Severity::Info : Severity::Warning;
        out.push_back(finding("rds-max-connections", sev, p.databaseId,
                              trText("Infra::Rules", "max_connections %1 on %2 is below the %3 the calculator recommends at maximum scale")
                                  .arg(p.maxConnectionsOverride).arg(p.databaseId).arg(recommended),
                              trText("Infra::Rules", "Set max_connections to %1 or more, or 0 to use the calculated value").arg(recommended)));
    } else if (p.maxConnectionsOverride == 0 && p.instanceDefaultLimit >= 0 && recommended > p.instanceDefaultLimit) {
        out.push_back(finding("rds-max-connections", Severity::Warning, p.databaseId,
                              trText("Infra::Rules", "The calculated max_connections %1 exceeds what %2 supports by default (%3)")
                                  .arg(recommended).arg(p.instanceClass).arg(p.instanceDefaultLimit),
                              trText("Infra::Rules", "Pick an instance class with more memory or add pgBouncer")));
    }
}

void checkPgBouncerClients(const Design &, const DerivedModel &m, std::vector<Finding> &out)
{
    const PoolCalculation &p = m.pools();
    if (!p.hasPgBouncer() || p.pgbouncerAutomatic || p.pgbouncerMaxClientConn >= p.maximum.total)
        return;
    out.push_back(finding("pgbouncer-max-client-conn", Severity::Warning, p.pgbouncerId,
                          trText("Infra::Rules", "pgBouncer %1 accepts %2 clients but %3 connect at maximum scale")
                              .arg(p.pgbouncerId).arg(p.pgbouncerMaxClientConn).arg(p.maximum.total),
                          trText("Infra::Rules", "Set max_client_conn to %1 (total × 2) or switch sizing to automatic").arg(p.maximum.maxClientConn)));
}

void checkOpenToWorld(const Design &, const DerivedModel &m, std::vector<Finding> &out)
{
    for (const SecurityGroup &g : m.securityGroups()) {
        for (const SecurityGroupRule &r : g.rules) {
            if (r.direction != SecurityGroupRule::Direction::Ingress || !r.isOpenToWorld())
                continue;
            const bool albListener = g.tier == QLatin1String("alb") && (r.fromPort == 443 || r.fromPort == 80) && r.fromPort == r.toPort;
            if (albListener)
                continue;
            out.push_back(finding("sg-open-to-world", Severity::Error, g.componentIds.value(0),
                                  trText("Infra::Rules", "Security group %1 lets the whole internet in on port %2 (%3)").arg(g.tier).arg(r.fromPort).arg(r.description),
                                  trText("Infra::Rules", "Route the traffic through the load balancer, or remove the link that needs rule %1").arg(r.id)));
        }
    }
}

} // namespace

bool isLongRunningQueue(const QString &queue)
{
    static const QRegularExpression re(QStringLiteral("long|slow|report|export|batch"), QRegularExpression::CaseInsensitiveOption);
    return re.match(queue).hasMatch();
}

void addServiceRules(FindingRules &rules)
{
    rules.add(make("beat-single", Severity::Error, "Exactly one Celery Beat runs", &checkBeat));
    rules.add(make("web-min-tasks", Severity::Warning, "The web service keeps at least 2 tasks", &checkWebMinimum));
    rules.add(make("web-unrouted", Severity::Error, "The load balancer sends every web service requests", &checkWebRoutes));
    rules.add(make("web-path-rule-limits", Severity::Error, "Each web service's path rule fits the ALB's limits", &checkWebPathLimits));
    rules.add(make("celery-queue-unconsumed", Severity::Error, "Every routed queue has a worker", &checkQueueConsumed));
    rules.add(make("celery-queue-unrouted", Severity::Warning, "Every consumed queue receives tasks", &checkQueueRouted));
    rules.add(make("celery-route-shadowed", Severity::Warning, "No route is hidden by an earlier pattern", &checkRouteShadowed));
    rules.add(make("celery-max-tasks-per-child", Severity::Warning, "Long-running queues recycle worker processes", &checkMaxTasksPerChild));
    rules.add(make("db-connections-over-limit", Severity::Error, "Connections at maximum scale fit the database limit", &checkConnectionBudget));
    rules.add(make("pgbouncer-missing", Severity::Warning, "Many connections go through pgBouncer", &checkPgBouncerNeeded));
    rules.add(make("rds-max-connections", Severity::Warning, "max_connections matches the pool calculation", &checkMaxConnectionsSetting));
    rules.add(make("pgbouncer-max-client-conn", Severity::Warning, "pgBouncer accepts every client at maximum scale", &checkPgBouncerClients));
    rules.add(make("sg-open-to-world", Severity::Error, "Only the ALB listeners are open to the world", &checkOpenToWorld));
}

} // namespace Infra::BuiltinRules
