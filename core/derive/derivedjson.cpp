#include "derivedjson.h"

#include "derivedmodel.h"

#include <cmath>

namespace Infra::DerivedJson {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Fractions rounded to the hundredth (docs/cli-json.md): 292 × 0.2 is 58.400000000000006 in
// binary floating point, and JSON should say 58.4.
double hundredths(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonObject figures(const PoolFigures &f)
{
    return QJsonObject{
        {QStringLiteral("web_tasks"), f.webTasks},
        {QStringLiteral("web_connections"), f.webConnections},
        {QStringLiteral("worker_tasks"), f.workerTasks},
        {QStringLiteral("worker_connections"), f.workerConnections},
        {QStringLiteral("management"), hundredths(f.management)},
        {QStringLiteral("exact_total"), hundredths(f.exactTotal)},
        {QStringLiteral("total"), f.total},
        {QStringLiteral("default_pool_size"), f.defaultPoolSize},
        {QStringLiteral("max_client_conn"), f.maxClientConn},
        {QStringLiteral("rds_max_connections"), f.rdsMaxConnections},
        {QStringLiteral("database_connections"), f.databaseConnections},
    };
}

} // namespace

QJsonObject finding(const Finding &f)
{
    return QJsonObject{
        {QStringLiteral("rule"), f.ruleId},
        {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("component"), orNull(f.componentId)},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("fix"), f.fixHint},
    };
}

QJsonObject reviewItem(const ReviewItem &i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("group"), reviewGroupName(i.group)},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("status"), reviewStatusName(i.status)},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(i.evidence)},
        {QStringLiteral("components"), QJsonArray::fromStringList(i.componentIds)},
    };
}

QJsonObject connection(const Connection &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("target"), c.target},
        {QStringLiteral("protocol"), c.protocol},
        {QStringLiteral("scheme"), c.scheme},
        {QStringLiteral("port"), c.port},
        {QStringLiteral("roles"), QJsonArray::fromStringList(c.roles)},
        {QStringLiteral("purpose"), c.purpose},
        {QStringLiteral("tls"), c.tls},
        {QStringLiteral("origin"), originName(c.origin)},
        {QStringLiteral("via"), viaName(c.via)},
    };
}

QJsonObject securityGroup(const SecurityGroup &g)
{
    QJsonArray rules;
    for (const SecurityGroupRule &r : g.rules) {
        QJsonObject o{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("direction"), directionName(r.direction)},
            {QStringLiteral("protocol"), r.protocol},
            {QStringLiteral("from_port"), r.fromPort},
            {QStringLiteral("to_port"), r.toPort},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("connections"), QJsonArray::fromStringList(r.connectionIds)},
        };
        if (!r.peerGroup.isEmpty())
            o.insert(QStringLiteral("peer_group"), r.peerGroup);
        if (!r.cidrBlocks.isEmpty())
            o.insert(QStringLiteral("cidr_blocks"), QJsonArray::fromStringList(r.cidrBlocks));
        if (!r.prefixList.isEmpty())
            o.insert(QStringLiteral("prefix_list"), r.prefixList);
        if (!r.ipv6CidrBlocks.isEmpty())
            o.insert(QStringLiteral("ipv6_cidr_blocks"), QJsonArray::fromStringList(r.ipv6CidrBlocks));
        rules.append(o);
    }
    return QJsonObject{
        {QStringLiteral("tier"), g.tier},
        {QStringLiteral("description"), g.description},
        {QStringLiteral("components"), QJsonArray::fromStringList(g.componentIds)},
        {QStringLiteral("rules"), rules},
    };
}

QJsonObject scalingPlan(const ScalingPlan &s)
{
    QJsonObject o{
        {QStringLiteral("component"), s.componentId},
        {QStringLiteral("policy"), policyName(s.policy)},
        {QStringLiteral("min_tasks"), s.minTasks},
        {QStringLiteral("desired_tasks"), s.desiredTasks},
        {QStringLiteral("max_tasks"), s.maxTasks},
        {QStringLiteral("connections_per_task"), s.connectionsPerTask},
        {QStringLiteral("max_tasks_within_budget"), s.maxTasksWithinBudget < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(s.maxTasksWithinBudget)},
        {QStringLiteral("exceeds_connection_budget"), s.exceedsConnectionBudget},
        {QStringLiteral("summary"), s.summary},
    };
    if (s.policy != ScalingPlan::Policy::Fixed) {
        o.insert(QStringLiteral("metric"), s.metric);
        o.insert(QStringLiteral("metric_namespace"), orNull(s.metricNamespace));
        o.insert(QStringLiteral("target"), hundredths(s.target));
        o.insert(QStringLiteral("scale_in_cooldown"), s.scaleInCooldown);
        o.insert(QStringLiteral("scale_out_cooldown"), s.scaleOutCooldown);
    }
    if (!s.queues.isEmpty())
        o.insert(QStringLiteral("queues"), QJsonArray::fromStringList(s.queues));
    return o;
}

QJsonObject pools(const PoolCalculation &p)
{
    QJsonArray services;
    for (const PoolContribution &k : p.contributions) {
        services.append(QJsonObject{
            {QStringLiteral("component"), k.componentId},
            {QStringLiteral("kind"), k.web ? QStringLiteral("web") : QStringLiteral("worker")},
            {QStringLiteral("connections_per_task"), k.perTask},
            {QStringLiteral("desired_tasks"), k.desiredTasks},
            {QStringLiteral("max_tasks"), k.maxTasks},
            {QStringLiteral("desired_connections"), k.desiredConnections},
            {QStringLiteral("max_connections"), k.maxConnections},
        });
    }
    QJsonObject o{
        {QStringLiteral("desired"), figures(p.desired)},
        {QStringLiteral("maximum"), figures(p.maximum)},
        {QStringLiteral("services"), services},
        {QStringLiteral("conn_max_age"), PoolCalculation::connMaxAge},
        {QStringLiteral("database"), orNull(p.databaseId)},
        {QStringLiteral("instance_class"), orNull(p.instanceClass)},
        {QStringLiteral("instance_default_limit"), p.instanceDefaultLimit < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.instanceDefaultLimit)},
        {QStringLiteral("max_connections_override"), p.maxConnectionsOverride},
        {QStringLiteral("connection_budget"), p.connectionBudget < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.connectionBudget)},
        {QStringLiteral("max_connections_setting"), p.maxConnectionsSetting},
        {QStringLiteral("exceeds_budget_at_desired"), p.exceedsBudgetAtDesired()},
        {QStringLiteral("exceeds_budget_at_maximum"), p.exceedsBudgetAtMaximum()},
    };
    if (p.aurora) {
        o.insert(QStringLiteral("reader_instances"), p.readerInstances);
        o.insert(QStringLiteral("reader_connection_budget"),
                 p.readerConnectionBudget < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.readerConnectionBudget));
    }
    if (p.hasPgBouncer()) {
        o.insert(QStringLiteral("pgbouncer"), QJsonObject{
                                                  {QStringLiteral("component"), p.pgbouncerId},
                                                  {QStringLiteral("tasks"), p.pgbouncerTasks},
                                                  {QStringLiteral("sizing"), p.pgbouncerAutomatic ? QStringLiteral("automatic") : QStringLiteral("manual")},
                                                  {QStringLiteral("default_pool_size"), p.pgbouncerDefaultPoolSize},
                                                  {QStringLiteral("max_client_conn"), p.pgbouncerMaxClientConn},
                                                  {QStringLiteral("reserve_pool_size"), p.pgbouncerReservePoolSize},
                                              });
    } else {
        o.insert(QStringLiteral("pgbouncer"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonArray findings(const DerivedModel &m)
{
    QJsonArray a;
    for (const Finding &f : m.findings())
        a.append(finding(f));
    return a;
}

QJsonArray review(const DerivedModel &m)
{
    QJsonArray a;
    for (const ReviewItem &i : m.review())
        a.append(reviewItem(i));
    return a;
}

QJsonObject summary(const DerivedModel &m)
{
    return QJsonObject{
        {QStringLiteral("errors"), m.count(Finding::Severity::Error)},
        {QStringLiteral("warnings"), m.count(Finding::Severity::Warning)},
        {QStringLiteral("info"), m.count(Finding::Severity::Info)},
    };
}

} // namespace Infra::DerivedJson
