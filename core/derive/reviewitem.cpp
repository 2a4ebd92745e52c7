// The playbook's quality standards and self-verification checklist, judged on one design.
#include "reviewitem.h"

#include "derivedmodel.h"

#include "model/design.h"

#include <cmath>

#include <QSet>

namespace Infra {

QString reviewStatusName(ReviewItem::Status status)
{
    switch (status) {
    case ReviewItem::Status::Passed: return QStringLiteral("passed");
    case ReviewItem::Status::Failed: return QStringLiteral("failed");
    case ReviewItem::Status::NotEvaluated: return QStringLiteral("not_evaluated");
    }
    return {};
}

QStringList ReviewItem::displayEvidence() const
{
    if (evidenceText.size() != size_t(evidence.size()))
        return evidence;
    QStringList out;
    out.reserve(evidence.size());
    for (const Text &t : evidenceText)
        out.append(t.translated());
    return out;
}

QString reviewGroupName(ReviewItem::Group group)
{
    return group == ReviewItem::Group::QualityStandard ? QStringLiteral("quality_standard") : QStringLiteral("checklist");
}

namespace {

QString onOff(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Collects evidence and the verdict of one item.
class Item
{
public:
    Item(const char *id, ReviewItem::Group group, const Text &title)
    {
        m_item.id = QString::fromLatin1(id);
        m_item.group = group;
        m_item.title = title.toString();
        m_item.titleText = title;
    }
    // One fact; a false `ok` fails the item.
    void check(bool ok, Text evidence, const QString &component = {})
    {
        if (!ok) {
            m_failed = true;
            evidence = trText("Infra::Review", "FAILED: %1").arg(std::as_const(evidence));
        }
        add(std::move(evidence));
        if (!ok && !component.isEmpty() && !m_item.componentIds.contains(component))
            m_item.componentIds.append(component);
    }
    void note(Text evidence) { add(std::move(evidence)); }
    // The evidence and verdict of `done`, for an item that checks the same facts first.
    void repeat(const ReviewItem &done)
    {
        m_item.evidence = done.evidence;
        m_item.evidenceText = done.evidenceText;
        m_item.componentIds = done.componentIds;
        m_failed = done.status == ReviewItem::Status::Failed;
        m_notEvaluated = done.status == ReviewItem::Status::NotEvaluated;
    }
    void notEvaluated() { m_notEvaluated = true; }
    ReviewItem take()
    {
        m_item.status = m_failed ? ReviewItem::Status::Failed
                                 : (m_notEvaluated ? ReviewItem::Status::NotEvaluated : ReviewItem::Status::Passed);
        return std::move(m_item);
    }

private:
    // By value: most evidence is a temporary, kept without a copy.
    void add(Text evidence)
    {
        m_item.evidence.append(evidence.toString());
        m_item.evidenceText.push_back(std::move(evidence));
    }

    ReviewItem m_item;
    bool m_failed = false;
    bool m_notEvaluated = false;
};

bool hasFinding(const DerivedModel &m, const QSet<QString> &rules, Finding::Severity worst = Finding::Severity::Warning)
{
    for (const Finding &f : m.findings()) {
        if (rules.contains(f.ruleId) && int(f.severity) <= int(worst))
            return true;
    }
    return false;
}

void findingsAsEvidence(Item &item, const DerivedModel &m, const QSet<QString> &rules)
{
    for (const Finding &f : m.findings()) {
        if (rules.contains(f.ruleId) && f.severity != Finding::Severity::Info)
            item.check(false, trText("Infra::Review", "%1 (%2)").arg(f.messageAsText()).arg(f.ruleId), f.componentId);
    }
}

void resilience(Item &item, const Design &d, bool withWeb)
{
    const qint64 azs = d.value(Section::Network, QStringLiteral("az_count")).toLongLong();
    item.check(azs >= 2, trText("Infra::Review", "network spans %1 Availability Zones").arg(azs));
    for (const Component *c : d.componentsOfKind(ComponentKind::RdsPostgres))
        item.check(c->boolParam(QStringLiteral("multi_az")), trText("Infra::Review", "%1: multi_az %2").arg(c->id, onOff(c->boolParam(QStringLiteral("multi_az")))), c->id);
    for (const Component *c : d.componentsOfKind(ComponentKind::MemoryDb))
        item.check(c->intParam(QStringLiteral("replicas_per_shard")) >= 1,
                   trText("Infra::Review", "%1: %2 replica(s) per shard").arg(c->id).arg(c->intParam(QStringLiteral("replicas_per_shard"))), c->id);
    for (const Component *c : d.componentsOfKind(ComponentKind::AuroraPostgres))
        item.check(c->intParam(QStringLiteral("readers")) >= 1, trText("Infra::Review", "%1: %2 reader(s) to fail over to").arg(c->id).arg(c->intParam(QStringLiteral("readers"))), c->id);
    for (const Component *c : d.componentsOfKind(ComponentKind::ElastiCacheRedis)) {
        const bool failover = c->boolParam(QStringLiteral("automatic_failover"));
        const bool multiAz = c->boolParam(QStringLiteral("multi_az"));
        const qint64 replicas = c->intParam(QStringLiteral("replicas"));
        item.check(failover && multiAz && replicas >= 1,
                   trText("Infra::Review", "%1: automatic_failover %2, multi_az %3, %4 replica(s)").arg(c->id, onOff(failover), onOff(multiAz)).arg(replicas), c->id);
    }
    if (withWeb) {
        for (const Component *c : d.componentsOfKind(ComponentKind::EcsWeb)) {
            const qint64 min = c->intParam(QStringLiteral("min_tasks"));
            item.check(min >= 2, trText("Infra::Review", "%1: at least %2 task(s)").arg(c->id).arg(min), c->id);
        }
        for (const Component *c : d.componentsOfKind(ComponentKind::PgBouncer)) {
            const qint64 n = c->intParam(QStringLiteral("desired_tasks"));
            item.check(n >= 2, trText("Infra::Review", "%1: %2 task(s)").arg(c->id).arg(n), c->id);
        }
    }
}

void costEvidence(Item &item, const Design &d, const DerivedModel &m, bool optimizationPath)
{
    if (optimizationPath) {
        QStringList x86;
        for (const Component &c : d.components()) {
            if (kindIsEcsService(c.kind) && c.stringParam(QStringLiteral("architecture")) != QLatin1String("arm64"))
                x86.append(c.id);
        }
        if (x86.isEmpty())
            item.note(trText("Infra::Review", "every Fargate task runs on Graviton (arm64)"));
        else
            item.note(trText("Infra::Review", "optimization path: %1 on x86_64; arm64 costs about 20 % less").arg(x86.join(QStringLiteral(", "))));
        for (const Component *c : d.componentsOfKind(ComponentKind::RdsPostgres))
            item.note(trText("Infra::Review", "%1: %2, %3 storage").arg(c->id, c->stringParam(QStringLiteral("instance_class")), c->stringParam(QStringLiteral("storage_type"))));
        for (const Component *c : d.componentsOfKind(ComponentKind::AuroraPostgres))
            item.note(trText("Infra::Review", "%1: %2, %3 storage").arg(c->id,
                      c->stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2")
                          ? QStringLiteral("Serverless v2 %1-%2 ACU").arg(c->doubleParam(QStringLiteral("min_acu"))).arg(c->doubleParam(QStringLiteral("max_acu")))
                          : c->stringParam(QStringLiteral("instance_class")),
                      c->stringParam(QStringLiteral("storage_configuration"))));
    }
    const double budget = d.value(Section::Workload, QStringLiteral("monthly_budget_usd")).toDouble();
    if (!m.rules().contains(costOverBudgetRuleId())) {
        item.note(trText("Infra::Review", "no cost estimate available (budget %1 USD/month)").arg(budget));
        item.notEvaluated();
        return;
    }
    // A partial estimate (prices missing) cannot tell whether the budget holds.
    bool partial = false;
    for (const Finding &f : m.findings()) {
        if (f.ruleId == costPriceMissingRuleId()) {
            item.note(f.messageAsText());
            partial = true;
        }
    }
    if (partial) {
        item.notEvaluated();
        return;
    }
    // Warnings and errors mean the estimate breaks the budget; an info finding (only the
    // maximum-scale estimate does) is evidence, not a failure.
    bool over = false;
    for (const Finding &f : m.findings()) {
        if (f.ruleId != costOverBudgetRuleId())
            continue;
        if (f.severity == Finding::Severity::Info) {
            item.note(f.messageAsText());
        } else {
            over = true;
            item.check(false, f.messageAsText(), f.componentId);
        }
    }
    if (!over)
        item.check(true, budget > 0 ? trText("Infra::Review", "estimate at desired scale within the budget of %1 USD/month").arg(budget)
                                    : trText("Infra::Review", "no budget set"));
}

Text poolEvidence(const PoolCalculation &p)
{
    return trText("Infra::Review", "desired: %1 connections (pool %2, max_client_conn %3); maximum: %4 connections (pool %5, max_client_conn %6, max_connections %7)")
        .arg(p.desired.total).arg(p.desired.defaultPoolSize).arg(p.desired.maxClientConn)
        .arg(p.maximum.total).arg(p.maximum.defaultPoolSize).arg(p.maximum.maxClientConn).arg(p.maximum.rdsMaxConnections);
}

} // namespace

std::vector<ReviewItem> ReviewItem::review(const Design &d, const DerivedModel &m)
{
    using G = ReviewItem::Group;
    std::vector<ReviewItem> items;
    const QSet<QString> securityRules = {
        QStringLiteral("rds-storage-encrypted"), QStringLiteral("rds-publicly-accessible"), QStringLiteral("redis-encryption-at-rest"),
        QStringLiteral("redis-encryption-in-transit"), QStringLiteral("redis-auth"), QStringLiteral("s3-public-access-block"),
        QStringLiteral("s3-encryption"), QStringLiteral("cloudfront-https"), QStringLiteral("sg-open-to-world"),
    };
    const QSet<QString> celeryRules = {QStringLiteral("celery-queue-unconsumed"), QStringLiteral("celery-queue-unrouted"),
                                       QStringLiteral("celery-route-shadowed"), QStringLiteral("celery-max-tasks-per-child")};
    const PoolCalculation &pools = m.pools();
    const auto workers = d.componentsOfKind(ComponentKind::EcsWorker);

    // Counts of rules by kind of peer, for least-privilege evidence.
    int sgRules = 0, sgPeers = 0, worldRules = 0;
    for (const SecurityGroup &g : m.securityGroups()) {
        for (const SecurityGroupRule &r : g.rules) {
            ++sgRules;
            if (!r.peerGroup.isEmpty())
                ++sgPeers;
            if (r.isOpenToWorld())
                ++worldRules;
        }
    }
    const Text sgSummary = trText("Infra::Review", "%1 security groups, %2 rules: %3 between groups, %4 to or from 0.0.0.0/0 (ALB listeners, HTTPS egress)")
                                  .arg(m.securityGroups().size()).arg(sgRules).arg(sgPeers).arg(worldRules);

    {
        Item i("resilience", G::QualityStandard, trText("Infra::Review", "Resilience: Multi-AZ deployment with automatic failover"));
        resilience(i, d, true);
        items.push_back(i.take());
    }
    const size_t resilienceItem = items.size() - 1;
    {
        Item i("scalability", G::QualityStandard, trText("Infra::Review", "Scalability: Clear scaling policies with defined thresholds"));
        for (const ScalingPlan &s : m.scalingPlans()) {
            const bool ok = s.policy == ScalingPlan::Policy::Fixed || (s.maxTasks > s.minTasks && s.target > 0);
            i.check(ok, trText("Infra::Review", "%1: %2").arg(s.componentId, s.summary), s.componentId);
        }
        if (pools.connectionBudget >= 0)
            i.check(!pools.exceedsBudgetAtMaximum(),
                    trText("Infra::Review", "%1 database connections at maximum scale, budget %2").arg(pools.maximum.databaseConnections).arg(pools.connectionBudget),
                    pools.databaseId);
        items.push_back(i.take());
    }
    {
        Item i("security", G::QualityStandard, trText("Infra::Review", "Security: Least-privilege access, encryption at rest and in transit"));
        i.note(sgSummary);
        findingsAsEvidence(i, m, securityRules);
        if (!hasFinding(m, securityRules))
            i.note(trText("Infra::Review", "database, Redis and buckets encrypted; nothing public but the load balancer"));
        items.push_back(i.take());
    }
    {
        Item i("cost-efficiency", G::QualityStandard, trText("Infra::Review", "Cost Efficiency: Right-sized resources with optimization path"));
        costEvidence(i, d, m, true);
        items.push_back(i.take());
    }
    {
        Item i("observability", G::QualityStandard, trText("Infra::Review", "Observability: Logging, metrics, and alerting configured"));
        const auto cw = d.componentsOfKind(ComponentKind::CloudWatch);
        i.check(!cw.empty(), cw.empty() ? trText("Infra::Review", "no CloudWatch component") : trText("Infra::Review", "%1: logs kept %2 days").arg(cw.front()->id).arg(cw.front()->intParam(QStringLiteral("log_retention_days"))));
        for (const Component *c : cw) {
            i.check(c->boolParam(QStringLiteral("alarms")), trText("Infra::Review", "%1: alarms %2").arg(c->id, onOff(c->boolParam(QStringLiteral("alarms")))), c->id);
            i.check(c->boolParam(QStringLiteral("container_insights")), trText("Infra::Review", "%1: container_insights %2").arg(c->id, onOff(c->boolParam(QStringLiteral("container_insights")))), c->id);
        }
        for (const Component *c : d.componentsOfKind(ComponentKind::AuroraPostgres))
            i.check(c->boolParam(QStringLiteral("performance_insights")),
                    trText("Infra::Review", "%1: performance_insights %2, enhanced monitoring every %3 s").arg(c->id, onOff(c->boolParam(QStringLiteral("performance_insights")))).arg(c->intParam(QStringLiteral("monitoring_interval"))), c->id);
        for (const Component *c : d.componentsOfKind(ComponentKind::RdsPostgres))
            i.check(c->boolParam(QStringLiteral("performance_insights")),
                    trText("Infra::Review", "%1: performance_insights %2, enhanced monitoring every %3 s").arg(c->id, onOff(c->boolParam(QStringLiteral("performance_insights")))).arg(c->intParam(QStringLiteral("monitoring_interval"))), c->id);
        items.push_back(i.take());
    }
    {
        Item i("documentation", G::QualityStandard, trText("Infra::Review", "Documentation: ADRs for decisions, runbooks for operations"));
        i.note(trText("Infra::Review", "ADRs and runbooks are written by the export, not held in the design"));
        i.notEvaluated();
        items.push_back(i.take());
    }

    // Self-verification checklist
    {
        Item i("checklist-workload", G::Checklist, trText("Infra::Review", "Application workload is understood (request patterns, background tasks)"));
        const double avg = d.value(Section::Workload, QStringLiteral("avg_rps")).toDouble();
        const double peak = d.value(Section::Workload, QStringLiteral("peak_rps")).toDouble();
        i.check(avg > 0 && peak >= avg, trText("Infra::Review", "%1 req/s average, %2 req/s peak").arg(avg).arg(peak));
        if (!workers.empty())
            i.check(!d.routes().isEmpty(), trText("Infra::Review", "%1 Celery route(s) for %2 worker group(s)").arg(d.routes().size()).arg(workers.size()));
        items.push_back(i.take());
    }
    {
        // The capacity model (issue 15): every measure carries the peak. Evidence: the measures
        // that do not, else how many do and the busiest one.
        Item i("checklist-capacity", G::Checklist, trText("Infra::Review", "Resources are sized for the workload (capacity at peak)"));
        const auto facts = m.capacity().allFacts();
        const std::pair<QString, CapacityFact> *busiest = nullptr;
        for (const auto &entry : facts) {
            const CapacityFact &f = entry.second;
            const double u = f.utilization();
            if (!busiest || u > busiest->second.utilization())
                busiest = &entry;
            if (u < 1.0)
                continue;
            i.check(false,
                    std::isfinite(u) ? trText("Infra::Review", "%1: %2 %3 of %4 %5 (%6 %)")
                                           .arg(entry.first)
                                           .arg(f.label)
                                           .arg(f.demand, 'f', 1)
                                           .arg(f.capacity, 'f', 1)
                                           .arg(f.unit)
                                           .arg(qint64(std::llround(u * 100.0)))
                                     : trText("Infra::Review", "%1: %2 unbounded (capacity %3 %4)").arg(entry.first).arg(f.label).arg(f.capacity, 'f', 1).arg(f.unit),
                    entry.first);
        }
        if (facts.empty()) {
            i.note(trText("Infra::Review", "no web service, Celery worker, database or Redis to size"));
            i.notEvaluated();
        } else if (busiest && busiest->second.utilization() < 1.0) {
            i.check(true, trText("Infra::Review", "%1 measures carry the peak; the busiest: %2, %3 at %4 %")
                              .arg(qint64(facts.size()))
                              .arg(busiest->first)
                              .arg(busiest->second.label)
                              .arg(qint64(std::llround(busiest->second.utilization() * 100.0))));
        }
        items.push_back(i.take());
    }
    {
        Item i("checklist-scaling", G::Checklist, trText("Infra::Review", "Scaling strategy is defined for all components"));
        for (const ScalingPlan &s : m.scalingPlans()) {
            bool ok = s.minTasks <= s.desiredTasks && s.desiredTasks <= s.maxTasks;
            if (s.policy != ScalingPlan::Policy::Fixed)
                ok = ok && s.maxTasks > s.minTasks;
            if (s.kind == ComponentKind::EcsBeat)
                ok = s.desiredTasks == 1;
            i.check(ok, trText("Infra::Review", "%1: %2 (%3)").arg(s.componentId, policyName(s.policy), s.summary), s.componentId);
        }
        if (m.scalingPlans().empty())
            i.check(false, trText("Infra::Review", "no ECS service in the design"));
        items.push_back(i.take());
    }
    {
        Item i("checklist-connection-pooling", G::Checklist, trText("Infra::Review", "Database sizing and connection pooling is calculated"));
        if (!pools.hasDatabase()) {
            i.check(false, trText("Infra::Review", "no database in the design"));
        } else {
            i.note(poolEvidence(pools));
            i.check(pools.hasPgBouncer() || pools.maximum.total <= 200,
                    pools.hasPgBouncer() ? trText("Infra::Review", "%1 pools %2 server connections per task (%3 tasks)").arg(pools.pgbouncerId).arg(pools.pgbouncerDefaultPoolSize).arg(pools.pgbouncerTasks)
                                         : trText("Infra::Review", "no pgBouncer, %1 direct connections at maximum scale").arg(pools.maximum.total),
                    pools.hasPgBouncer() ? pools.pgbouncerId : pools.databaseId);
            if (pools.connectionBudget >= 0)
                i.check(!pools.exceedsBudgetAtMaximum(),
                        trText("Infra::Review", "%1 (%2): %3 connections at maximum scale within a budget of %4 (instance default %5, override %6)")
                            .arg(pools.databaseId, pools.instanceClass).arg(pools.maximum.databaseConnections).arg(pools.connectionBudget)
                            .arg(pools.instanceDefaultLimit).arg(pools.maxConnectionsOverride),
                        pools.databaseId);
            else
                i.check(false, trText("Infra::Review", "%1: unknown instance class %2").arg(pools.databaseId, pools.instanceClass), pools.databaseId);
        }
        items.push_back(i.take());
    }
    {
        Item i("checklist-caching", G::Checklist, trText("Infra::Review", "Caching strategy addresses hot paths"));
        bool webCache = false;
        for (const Connection &c : m.connections())
            webCache = webCache || c.roles.contains(QLatin1String("cache"));
        i.check(webCache, webCache ? trText("Infra::Review", "Django cache in Redis") : trText("Infra::Review", "no Redis with the cache role reached by the web service"));
        bool cdn = false;
        for (const Connection &c : m.connections())
            cdn = cdn || (c.roles.contains(QLatin1String("static")) || c.roles.contains(QLatin1String("media")));
        i.check(cdn, cdn ? trText("Infra::Review", "static and media files served from the CloudFront edge") : trText("Infra::Review", "no CloudFront in front of the static or media bucket"));
        items.push_back(i.take());
    }
    {
        Item i("checklist-celery-queues", G::Checklist, trText("Infra::Review", "Celery queues are designed for workload types"));
        if (workers.empty() && d.routes().isEmpty()) {
            i.note(trText("Infra::Review", "no Celery workers in the design"));
        } else {
            for (const Component *w : workers)
                i.note(trText("Infra::Review", "%1: queues %2, concurrency %3").arg(w->id, w->listParam(QStringLiteral("queues")).join(QStringLiteral(", "))).arg(w->intParam(QStringLiteral("concurrency"))));
            findingsAsEvidence(i, m, celeryRules);
        }
        items.push_back(i.take());
    }
    {
        Item i("checklist-security-groups", G::Checklist, trText("Infra::Review", "Security groups follow least privilege"));
        i.note(sgSummary);
        findingsAsEvidence(i, m, {QStringLiteral("sg-open-to-world")});
        items.push_back(i.take());
    }
    {
        Item i("checklist-backup", G::Checklist, trText("Infra::Review", "Backup and disaster recovery is planned"));
        for (const Component *c : d.componentsOfKind(ComponentKind::AuroraPostgres)) {
            const qint64 days = c->intParam(QStringLiteral("backup_retention_days"));
            i.check(days >= 7, trText("Infra::Review", "%1: backups kept %2 days").arg(c->id).arg(days), c->id);
        }
        for (const Component *c : d.componentsOfKind(ComponentKind::RdsPostgres)) {
            const qint64 days = c->intParam(QStringLiteral("backup_retention_days"));
            i.check(days >= 7, trText("Infra::Review", "%1: backups kept %2 days").arg(c->id).arg(days), c->id);
        }
        for (const Component *c : d.componentsOfKind(ComponentKind::ElastiCacheRedis)) {
            const qint64 days = c->intParam(QStringLiteral("snapshot_retention_days"));
            i.check(days >= 1, trText("Infra::Review", "%1: snapshots kept %2 days").arg(c->id).arg(days), c->id);
        }
        // MemoryDB's log survives a node, not a deleted cluster or a bad write: its snapshots are the backup.
        for (const Component *c : d.componentsOfKind(ComponentKind::MemoryDb)) {
            const qint64 days = c->intParam(QStringLiteral("snapshot_retention_days"));
            i.check(days >= 1, trText("Infra::Review", "%1: snapshots kept %2 days").arg(c->id).arg(days), c->id);
        }
        for (const Component *c : d.componentsOfKind(ComponentKind::S3Bucket)) {
            if (c->stringParam(QStringLiteral("role")) == QLatin1String("media"))
                i.check(c->boolParam(QStringLiteral("versioning")), trText("Infra::Review", "%1: versioning %2").arg(c->id, onOff(c->boolParam(QStringLiteral("versioning")))), c->id);
        }
        items.push_back(i.take());
    }
    {
        Item i("checklist-cost", G::Checklist, trText("Infra::Review", "Cost estimate is within budget"));
        costEvidence(i, d, m, false);
        items.push_back(i.take());
    }
    for (const auto &[id, title, where] : {
             std::tuple{"checklist-adrs", trText("Infra::Review", "ADRs exist for significant decisions"),
                        trText("Infra::Review", "ADRs are written by the export (docs/adrs)")},
             std::tuple{"checklist-runbooks", trText("Infra::Review", "Runbooks cover operational scenarios"),
                        trText("Infra::Review", "runbooks are written by the export (docs/runbooks)")},
             std::tuple{"checklist-terraform", trText("Infra::Review", "Terraform code follows best practices"),
                        trText("Infra::Review", "checked on the emitted Terraform, not on the design")},
         }) {
        Item i(id, G::Checklist, title);
        i.note(where);
        i.notEvaluated();
        items.push_back(i.take());
    }
    {
        Item i("checklist-high-availability", G::Checklist, trText("Infra::Review", "Multi-AZ/high-availability is configured"));
        // resilience(i, d, true) once more: the same facts as the first item, not worked out twice.
        i.repeat(items[resilienceItem]);
        const qint64 nat = d.value(Section::Network, QStringLiteral("nat_gateways")).toLongLong();
        const qint64 azs = d.value(Section::Network, QStringLiteral("az_count")).toLongLong();
        if (d.isNewVpc() && nat > 0)
            i.check(nat >= azs, trText("Infra::Review", "%1 NAT gateway(s) for %2 zones").arg(nat).arg(azs));
        items.push_back(i.take());
    }
    return items;
}

} // namespace Infra
