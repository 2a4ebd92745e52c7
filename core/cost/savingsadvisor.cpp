#include "savingsadvisor.h"

#include "derive/poolcalculation.h"
#include "model/design.h"
#include "model/instancetypes.h"
#include "scenario.h"

#include <algorithm>

namespace Infra {

namespace {

QString usd(double v)
{
    return QStringLiteral("$%1").arg(v, 0, 'f', 2);
}

} // namespace

SavingsAdvisor::SavingsAdvisor(const CostEngine &engine)
    : m_engine(&engine)
{
}

std::vector<Suggestion> SavingsAdvisor::suggest(const Design &design, const CostOptions &options) const
{
    std::vector<Suggestion> out;
    const CostEstimate base = m_engine->estimate(design, options);
    if (!base.isValid())
        return out;
    const double baseTotal = base.total.desired();

    // Saving of a design change, through the same engine.
    auto savingOf = [&](const QStringList &overrides) -> std::optional<double> {
        Scenario s(design);
        for (const QString &o : overrides) {
            if (!s.addOverride(o))
                return std::nullopt;
        }
        const CostEstimate e = m_engine->estimate(s.design(), options);
        if (!e.isValid())
            return std::nullopt;
        return baseTotal - e.total.desired();
    };
    auto savingWith = [&](const CostOptions &o) { return baseTotal - m_engine->estimate(design, o).total.desired(); };

    auto add = [&](Suggestion s) { out.push_back(std::move(s)); };

    for (const Component &c : design.components()) {
        const QString id = c.id;
        if (kindIsEcsService(c.kind)) {
            const bool arm = c.stringParam(QStringLiteral("architecture")) == QLatin1String("arm64");
            const bool spot = c.kind == ComponentKind::EcsWorker && c.boolParam(QStringLiteral("spot"));
            // Graviton: arm64 tasks cost ~20 % less, on demand and on Fargate Spot alike.
            if (!arm) {
                const QStringList o{id + QStringLiteral(".architecture=arm64")};
                if (const auto saving = savingOf(o); saving && *saving > 0.005)
                    add({QStringLiteral("graviton"), id, QStringLiteral("Run %1 on Graviton (arm64)").arg(id),
                         QStringLiteral("Fargate arm64 vCPU and GB-hours cost ~20 % less than x86_64 for the same task size; %1 → %2 a month at desired scale")
                             .arg(usd(base.component(id)->total.desired()), usd(base.component(id)->total.desired() - *saving)),
                         QStringLiteral("The image must be built for linux/arm64 (multi-arch build); native wheels and binaries need arm64 builds."),
                         *saving, o, {}, false});
            }
            // Fargate Spot for workers whose queues tolerate interruption.
            // Long-running queues lose hours of work to an interruption: not suggested there.
            const bool longRunning = c.kind == ComponentKind::EcsWorker
                && c.listParam(QStringLiteral("queues")).join(QLatin1Char(' ')).contains(QLatin1String("long"));
            if (c.kind == ComponentKind::EcsWorker && !spot && !longRunning) {
                const QStringList o{id + QStringLiteral(".spot=true")};
                if (const auto saving = savingOf(o); saving && *saving > 0.005) {
                    const QStringList queues = c.listParam(QStringLiteral("queues"));
                    add({QStringLiteral("fargate-spot"), id, QStringLiteral("Run %1 on Fargate Spot").arg(id),
                         QStringLiteral("Fargate Spot rates are ~69 % below on-demand (%1); queues: %2")
                             .arg(arm ? QStringLiteral("arm64") : QStringLiteral("x86_64"), queues.join(QStringLiteral(", "))),
                         QStringLiteral("Tasks can be stopped with a two-minute warning: only for queues whose tasks are idempotent and retried "
                                        "(acks_late, visibility timeout); avoid for long-running or latency-critical queues."),
                         *saving, o, {}, false});
                }
            }
            // Scheduled scaling: run the minimum outside the predictable busy hours.
            if (c.kind == ComponentKind::EcsWeb || c.kind == ComponentKind::EcsWorker) {
                const double desired = double(c.intParam(QStringLiteral("desired_tasks")));
                const double minimum = double(c.intParam(QStringLiteral("min_tasks")));
                const ComponentCost *cost = base.component(id);
                double running = 0; // vCPU + memory at desired, before discounts
                for (const LineItem &i : cost->items) {
                    if (i.key == QLatin1String("vcpu") || i.key == QLatin1String("memory"))
                        running += i.amount.desired();
                }
                if (desired > minimum && desired > 0) {
                    const double perTask = running / desired;
                    const double saving = (desired - minimum) * perTask * CostEngine::Assumptions::scheduledOffPeakShare;
                    add({QStringLiteral("scheduled-scaling"), id, QStringLiteral("Scheduled scaling for %1").arg(id),
                         QStringLiteral("(%1 desired − %2 minimum tasks) × %3 per task × %4 % of the hours off peak (nights, weekends)")
                             .arg(desired).arg(minimum).arg(usd(perTask)).arg(CostEngine::Assumptions::scheduledOffPeakShare * 100),
                         QStringLiteral("Only for predictable traffic; an off-peak surge waits for target tracking to scale out again."),
                         saving, {}, {}, false});
                }
            }
        } else if (c.kind == ComponentKind::RdsPostgres) {
            const QString cls = c.stringParam(QStringLiteral("instance_class"));
            const auto hw = rdsInstanceClass(cls);
            const RegionPrices *region = m_engine->catalog().region(design.region());
            // Graviton for an x86 class.
            if (hw && !hw->graviton) {
                QString target = cls;
                target.replace(QLatin1String(".r6i."), QLatin1String(".r6g.")).replace(QLatin1String(".m6i."), QLatin1String(".m6g."));
                const QStringList o{id + QStringLiteral(".instance_class=") + target};
                if (target != cls) {
                    if (const auto saving = savingOf(o); saving && *saving > 0.005)
                        add({QStringLiteral("graviton"), id, QStringLiteral("Move %1 to %2 (Graviton)").arg(id, target),
                             QStringLiteral("Same vCPU and memory on Graviton, ~10 % lower instance price"),
                             QStringLiteral("A modification with a short failover (Multi-AZ) or a few minutes of downtime (Single-AZ)."),
                             *saving, o, {}, false});
                }
            }
            // gp2 → gp3.
            if (c.stringParam(QStringLiteral("storage_type")) == QLatin1String("gp2")) {
                const QStringList o{id + QStringLiteral(".storage_type=gp3")};
                add({QStringLiteral("gp3"), id, QStringLiteral("Switch %1 storage from gp2 to gp3").arg(id),
                     QStringLiteral("RDS bills gp2 and gp3 the same per GB; gp3 gives 3,000 IOPS and 125 MiB/s at any size (gp2: 3 IOPS per GB)"),
                     QStringLiteral("Storage modification runs online but may slow I/O while it optimises."),
                     savingOf(o).value_or(0), o, {}, false});
            }
            // A smaller class when memory and connections allow.
            if (hw && region) {
                const PoolCalculation pools = PoolCalculation::compute(design);
                const int needed = std::max(pools.maximum.databaseConnections, int(c.intParam(QStringLiteral("max_connections"))));
                const double memoryNeeded = design.value(Section::Workload, QStringLiteral("db_size_gb")).toDouble() / 4.0;
                const Price *current = region->rdsInstance(cls);
                QString best;
                double bestPrice = current ? current->value : 0;
                for (const QString &candidate : region->rdsInstanceClasses()) {
                    const auto chw = rdsInstanceClass(candidate);
                    const Price *p = region->rdsInstance(candidate);
                    if (!chw || !p || !current || p->value >= bestPrice)
                        continue;
                    if (chw->graviton != hw->graviton || (design.isProduction() && chw->burstable))
                        continue;
                    if (chw->memoryGiB < memoryNeeded || rdsDefaultMaxConnections(chw->memoryGiB) < needed)
                        continue;
                    best = candidate;
                    bestPrice = p->value;
                }
                if (!best.isEmpty()) {
                    const auto bhw = rdsInstanceClass(best);
                    const QStringList o{id + QStringLiteral(".instance_class=") + best};
                    if (const auto saving = savingOf(o); saving && *saving > 0.005)
                        add({QStringLiteral("rds-right-size"), id, QStringLiteral("Right-size %1 to %2").arg(id, best),
                             QStringLiteral("%1 GiB memory covers a quarter of the %2 GB database; its default limit of %3 connections covers the %4 needed at maximum scale")
                                 .arg(bhw->memoryGiB).arg(design.value(Section::Workload, QStringLiteral("db_size_gb")).toDouble())
                                 .arg(rdsDefaultMaxConnections(bhw->memoryGiB)).arg(needed),
                             QStringLiteral("Less memory and CPU headroom: confirm with Performance Insights (CPU, buffer cache hit ratio) before moving."),
                             *saving, o, {}, false});
                }
            }
        } else if (c.kind == ComponentKind::S3Bucket) {
            const QString role = c.stringParam(QStringLiteral("role"));
            const bool hasRule = c.intParam(QStringLiteral("transition_ia_days")) > 0 || c.intParam(QStringLiteral("transition_glacier_days")) > 0;
            if (!hasRule && (role == QLatin1String("media") || role == QLatin1String("backups"))) {
                const bool backups = role == QLatin1String("backups");
                const QStringList o{id + (backups ? QStringLiteral(".transition_glacier_days=30") : QStringLiteral(".transition_ia_days=30"))};
                if (const auto saving = savingOf(o); saving && *saving > 0.005)
                    add({QStringLiteral("s3-lifecycle"), id, QStringLiteral("Lifecycle rule for %1: %2 after 30 days").arg(id,
                             backups ? QStringLiteral("Glacier Instant Retrieval") : QStringLiteral("Standard-IA")),
                         QStringLiteral("assumes %1 % of the data is older than 30 days").arg(CostEngine::Assumptions::s3LifecycleColdShare * 100),
                         QStringLiteral("Per-GB retrieval fees, 30-day (IA) or 90-day (Glacier IR) minimum storage and a 128 KB minimum object size."),
                         *saving, o, {}, false});
            }
        } else if (c.kind == ComponentKind::CloudFront) {
            if (!c.boolParam(QStringLiteral("compress"))) {
                const QStringList o{id + QStringLiteral(".compress=true")};
                if (const auto saving = savingOf(o); saving && *saving > 0.005)
                    add({QStringLiteral("cloudfront-compression"), id, QStringLiteral("Enable CloudFront compression on %1").arg(id),
                         QStringLiteral("assumes compression saves %1 % of the egress (text responses shrink ~70 %, images not at all)")
                             .arg(CostEngine::Assumptions::cloudFrontCompressionSaving * 100),
                         QStringLiteral("None worth noting: the origin must not already compress differently per client."),
                         *saving, o, {}, false});
            }
        }
    }

    // Commitments for the steady part of the design.
    if (options.computeSavingsPlan == CostOptions::SavingsPlan::None && base.category(CostCategory::Compute).desired() > 0) {
        CostOptions o = options;
        o.computeSavingsPlan = CostOptions::SavingsPlan::OneYear;
        CostOptions o3 = options;
        o3.computeSavingsPlan = CostOptions::SavingsPlan::ThreeYear;
        add({QStringLiteral("savings-plan"), {}, QStringLiteral("Compute Savings Plan (1 year, No Upfront) for the Fargate baseline"),
             QStringLiteral("covers the always-on minimum tasks at ~20 % off; 3 years would save %1").arg(usd(savingWith(o3))),
             QStringLiteral("An hourly spend commitment for a year, paid whether or not the tasks run."), savingWith(o), {}, o, true});
    }
    // RDS reservations cover RDS instances and Aurora's provisioned ones (not Serverless v2).
    bool reservable = design.hasKind(ComponentKind::RdsPostgres);
    for (const Component *a : design.componentsOfKind(ComponentKind::AuroraPostgres))
        reservable = reservable || a->stringParam(QStringLiteral("capacity")) != QLatin1String("serverless_v2");
    if (!options.rdsReserved && reservable) {
        CostOptions o = options;
        o.rdsReserved = true;
        add({QStringLiteral("rds-reserved"), {}, QStringLiteral("RDS reserved instances (1 year, No Upfront)"),
             QStringLiteral("~30 % off the instance-hours of a database that runs all month"),
             QStringLiteral("Locked to the instance family and region for a year; right-size first."), savingWith(o), {}, o, true});
    }
    if (!options.cacheReserved && design.hasKind(ComponentKind::ElastiCacheRedis)) {
        CostOptions o = options;
        o.cacheReserved = true;
        add({QStringLiteral("cache-reserved"), {}, QStringLiteral("ElastiCache reserved nodes (1 year, No Upfront)"),
             QStringLiteral("~31.5 % off the node-hours"),
             QStringLiteral("Locked to the node type and region for a year."), savingWith(o), {}, o, true});
    }
    // Not in the playbook's list, but the largest fixed networking cost outside production.
    const qint64 nat = design.natGateways();
    if (!design.isProduction() && nat > 1) {
        const QStringList o{QStringLiteral("network.nat_gateways=1")};
        if (const auto saving = savingOf(o); saving && *saving > 0.005)
            add({QStringLiteral("single-nat"), {}, QStringLiteral("One NAT gateway outside production"),
                 QStringLiteral("%1 → 1 NAT gateway (hours and Elastic IPs)").arg(nat),
                 QStringLiteral("An Availability Zone outage cuts the other zones' internet access."), *saving, o, {}, false});
    }

    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) { return a.monthlySaving > b.monthlySaving; });
    return out;
}

} // namespace Infra
