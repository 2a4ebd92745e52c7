#include "costengine.h"

#include "capacity/trafficmodel.h"

#include "model/design.h"
#include "model/instancetypes.h"
#include "model/paramspec.h"
#include "model/schedule.h"

#include <algorithm>
#include <atomic>
#include <type_traits>
#include <cmath>

namespace Infra {

namespace {

using A = CostEngine::Assumptions;

CostCategory categoryOf(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::EcsWeb:
    case ComponentKind::EcsWorker:
    case ComponentKind::EcsBeat:
    case ComponentKind::PgBouncer: return CostCategory::Compute;
    case ComponentKind::RdsPostgres:
    case ComponentKind::AuroraPostgres: return CostCategory::Database;
    case ComponentKind::ElastiCacheRedis:
    case ComponentKind::MemoryDb: return CostCategory::Caching;
    case ComponentKind::EventBridgeScheduler: return CostCategory::Messaging;
    case ComponentKind::S3Bucket:
    case ComponentKind::CloudFront:
    case ComponentKind::Ecr: return CostCategory::StorageCdn;
    case ComponentKind::Alb: return CostCategory::Networking;
    case ComponentKind::CloudWatch: return CostCategory::Monitoring;
    case ComponentKind::SecretsManager: return CostCategory::Security;
    case ComponentKind::Sqs: return CostCategory::Messaging;
    }
    return CostCategory::Compute;
}

// The x86 / Graviton counterpart of an RDS class with the same size and memory, if any.
QString rdsCounterpart(const QString &cls)
{
    static const std::pair<const char *, const char *> families[] = {
        {".r6g.", ".r6i."}, {".m6g.", ".m6i."}, {".r7g.", ".r6i."}, {".m7g.", ".m6i."},
    };
    for (const auto &[arm, x86] : families) {
        const QLatin1String a(arm), x(x86);
        if (cls.contains(a))
            return QString(cls).replace(a, x);
    }
    // x86 → the current-generation Graviton family of the same shape
    if (cls.contains(QLatin1String(".r6i.")))
        return QString(cls).replace(QLatin1String(".r6i."), QLatin1String(".r6g."));
    if (cls.contains(QLatin1String(".m6i.")))
        return QString(cls).replace(QLatin1String(".m6i."), QLatin1String(".m6g."));
    return {};
}

// Near matches for "did you mean"; when none is close, the three least distant names.
QStringList closestNames(const QString &word, const QStringList &candidates)
{
    QStringList near = nearestNames(word, candidates, 3);
    if (!near.isEmpty())
        return near;
    QStringList sorted = candidates;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return editDistance(word, a) < editDistance(word, b); });
    return sorted.mid(0, 3);
}

class Estimator
{
public:
    Estimator(const PricingCatalog &catalog, const RegionPrices &region, const Design &design, const CostOptions &options,
              bool detail, CostEstimate &out)
        : m_catalog(catalog), m_region(region), m_design(design), m_options(options), m_out(out),
          m_hours(catalog.hoursPerMonth()), m_detail(detail), m_traffic(TrafficModel::derive(design, catalog.hoursPerMonth()))
    {
    }

    void run();

private:
    const Price *price(const QString &key)
    {
        const Price *p = m_region.find(key);
        Q_ASSERT(p); // the loader guarantees every required key
        return p;
    }

    // Fargate's vCPU-hour (or GB-hour with `memory`) price for a market and architecture,
    // looked up once per estimate: the keys were built and hashed six times per ECS service
    // (~10 % of the budget rule's estimate of 2,000 components).
    const Price *fargatePrice(bool spot, bool arm, bool memory)
    {
        const Price *&p = m_fargatePrices[spot][arm][memory];
        if (!p)
            p = price(QLatin1String("fargate.") + QLatin1String(spot ? "spot_" : "") + QLatin1String(memory ? "gb_hour_" : "vcpu_hour_")
                      + QLatin1String(arm ? "arm" : "x86"));
        return p;
    }

    // Labels and notes are built only when line items are wanted: `label` and `note` are a
    // Text or a callable returning one (sweeps skip the formatting). A Text without arguments
    // costs nothing to make; one with arguments allocates, so those go in a callable.
    static Text text(const Text &t) { return t; }
    template <typename F>
        requires std::is_invocable_r_v<Text, F>
    static Text text(const F &f)
    {
        return f();
    }

    template <typename Label, typename Note = Text>
    LineItem *add(ComponentCost &c, const QString &key, const Label &label, const Price *p, const Amounts &quantity,
                  const Amounts &amount, const Note &note = Note())
    {
        c.total += amount;
        if (!m_detail)
            return nullptr;
        LineItem item;
        item.key = key;
        item.labelText = text(label);
        item.label = item.labelText.toString();
        item.unit = p->unit;
        item.unitPrice = p->value;
        item.quantity = quantity;
        item.amount = amount;
        item.priceKey = p->key;
        item.status = p->status;
        item.noteText = text(note);
        item.note = item.noteText.toString();
        if (p->isUnverified() && !m_out.unverifiedPrices.contains(p->key))
            m_out.unverifiedPrices.append(p->key);
        c.items.push_back(std::move(item));
        return &c.items.back();
    }

    // quantity × price (through the tiers) in every column
    template <typename Label, typename Note = Text>
    LineItem *addSimple(ComponentCost &c, const QString &key, const Label &label, const Price *p, const Amounts &quantity,
                        const Note &note = Note())
    {
        Amounts amount;
        for (size_t i = 0; i < 3; ++i)
            amount.v[i] = p->cost(quantity.v[i]);
        return add(c, key, label, p, quantity, amount, note);
    }

    // An always-free allowance on a charge already added: the difference between the cost of
    // the quantity and of the quantity less the allowance.
    void addAllowance(ComponentCost &c, const QString &key, const Text &label, const Price *p, const Price *free,
                      const Amounts &quantity, double perUnit = 1.0)
    {
        if (!m_options.alwaysFree)
            return;
        Amounts freeQty, amount;
        for (size_t i = 0; i < 3; ++i) {
            freeQty.v[i] = std::min(quantity.v[i], free->value * perUnit);
            amount.v[i] = p->cost(quantity.v[i] - freeQty.v[i]) - p->cost(quantity.v[i]);
        }
        if (LineItem *item = add(c, key, label, free, freeQty, amount, trText("Infra::Cost", "AWS always-free monthly allowance (per account)")))
            item->discount = true;
    }

    ComponentCost start(const Component &component)
    {
        ComponentCost c;
        c.id = component.id;
        c.name = component.name;
        c.kind = kindName(component.kind);
        c.category = categoryOf(component.kind);
        c.items.reserve(8);
        return c;
    }

    void finish(ComponentCost &&c)
    {
        m_out.categories[size_t(c.category)] += c.total;
        m_out.total += c.total;
        m_out.gravitonDelta += c.gravitonDelta;
        m_out.components.push_back(std::move(c));
    }

    void fargate(const Component &component);
    void rds(const Component &component);
    void aurora(const Component &component);
    void redis(const Component &component);
    void s3(const Component &component);
    void cloudFront(const Component &component);
    void alb(const Component &component);
    void network();
    void weighVpcEndpoints();
    void cloudWatch(const Component &component);
    void secrets(const Component *component);
    void ecr(const Component &component);
    void sqs(const Component &component);
    void scheduler(const Component &component);
    void memoryDb(const Component &component);

    double workload(const char *key) const { return m_design.value(Section::Workload, QLatin1String(key)).toDouble(); }
    double networkValue(const char *key) const { return m_design.value(Section::Network, QLatin1String(key)).toDouble(); }
    // A retention of the design's CloudWatch component (its default without one), in days.
    double retentionDays(const char *key) const
    {
        for (const Component &c : m_design.components()) {
            if (c.kind == ComponentKind::CloudWatch)
                return double(c.intParam(QLatin1String(key)));
        }
        return kindSchema(ComponentKind::CloudWatch).find(QLatin1String(key))->defaultValue.toDouble();
    }
    // Access logs kept in S3 (gzipped) for their retention: storage at the steady state.
    void addAccessLogs(ComponentCost &c, double gbPerMonth, double requests)
    {
        const double days = retentionDays("access_log_retention_days");
        const double daysPerMonth = m_hours / 24.0;
        addSimple(c, QStringLiteral("access_logs"), [&] { return trText("Infra::Cost", "Access logs in S3 (%1 days retention)").arg(days); },
                  price(QStringLiteral("s3.standard_gb_month")), Amounts::same(gbPerMonth * days / daysPerMonth), [&] {
                      return trText("Infra::Cost", "steady state: %1 M requests × %2 bytes gzipped = %3 GB/month × %4 days ÷ %5 days; "
                                                   "delivery to S3 is free")
                          .arg(requests / 1e6, 'f', 1)
                          .arg(TrafficModel::Assumptions::accessLogBytesPerRequest)
                          .arg(gbPerMonth, 'f', 2)
                          .arg(days)
                          .arg(daysPerMonth, 'f', 2);
                  });
    }
    // Log data in CloudWatch Logs (flow logs, RDS exports): ingestion and storage for its retention.
    void addCloudWatchLogs(ComponentCost &c, const QString &key, const Text &what, double gbPerMonth, double days, const Text &volume)
    {
        const double daysPerMonth = m_hours / 24.0;
        addSimple(c, key + QStringLiteral("_ingestion"), trText("Infra::Cost", "%1: ingestion").arg(what),
                  price(QStringLiteral("cloudwatch.log_ingestion_gb")), Amounts::same(gbPerMonth), volume);
        addSimple(c, key + QStringLiteral("_storage"), [&] { return trText("Infra::Cost", "%1: storage (%2 days retention)").arg(what).arg(days); },
                  price(QStringLiteral("cloudwatch.log_storage_gb_month")), Amounts::same(gbPerMonth * days / daysPerMonth), [&] {
                      return trText("Infra::Cost", "steady state: %1 GB/month × %2 days ÷ %3 days").arg(gbPerMonth, 'f', 2).arg(days).arg(daysPerMonth, 'f', 2);
                  });
    }

    const PricingCatalog &m_catalog;
    const RegionPrices &m_region;
    const Design &m_design;
    const CostOptions &m_options;
    CostEstimate &m_out;
    const double m_hours;
    const bool m_detail;
    const TrafficModel m_traffic;
    int m_servedBuckets = 0;
    int m_sharingBuckets = 0;
    bool m_pricedSecrets = false;
    const Component *m_pricedCloudWatch = nullptr; // the first CloudWatch component, once priced
    const Price *m_fargatePrices[2][2][2] = {};      // fargatePrice(): [spot][arm][memory]
    const double m_natGateways = m_design.natGateways(); // read once, not per ECS service; 0 in an existing VPC
};

void Estimator::run()
{
    // Buckets that share the workload's S3 storage and the CDN's cache misses.
    for (const Component &b : m_design.components()) {
        if (b.kind != ComponentKind::S3Bucket)
            continue;
        const QString r = b.stringParam(QStringLiteral("role"));
        if (r == QLatin1String("static") || r == QLatin1String("media")) {
            ++m_servedBuckets;
            if (b.doubleParam(QStringLiteral("storage_gb")) <= 0)
                ++m_sharingBuckets;
        }
    }
    m_out.components.reserve(m_design.components().size() + 1);
    for (const Component &component : m_design.components()) {
        switch (component.kind) {
        case ComponentKind::EcsWeb:
        case ComponentKind::EcsWorker:
        case ComponentKind::EcsBeat:
        case ComponentKind::PgBouncer: fargate(component); break;
        case ComponentKind::RdsPostgres: rds(component); break;
        case ComponentKind::AuroraPostgres: aurora(component); break;
        case ComponentKind::ElastiCacheRedis: redis(component); break;
        case ComponentKind::S3Bucket: s3(component); break;
        case ComponentKind::CloudFront: cloudFront(component); break;
        case ComponentKind::Alb: alb(component); break;
        case ComponentKind::CloudWatch: cloudWatch(component); break;
        case ComponentKind::SecretsManager: secrets(&component); break;
        case ComponentKind::Ecr: ecr(component); break;
        case ComponentKind::Sqs: sqs(component); break;
        case ComponentKind::EventBridgeScheduler: scheduler(component); break;
        case ComponentKind::MemoryDb: memoryDb(component); break;
        }
    }
    if (!m_pricedSecrets)
        secrets(nullptr);
    network();
    std::sort(m_out.unverifiedPrices.begin(), m_out.unverifiedPrices.end());
}

void Estimator::fargate(const Component &component)
{
    ComponentCost c = start(component);
    const bool scales = component.kind == ComponentKind::EcsWeb || component.kind == ComponentKind::EcsWorker;
    const double desired = double(component.intParam(QStringLiteral("desired_tasks")));
    Amounts tasks = Amounts::same(desired);
    if (scales) {
        tasks.v[0] = double(component.intParam(QStringLiteral("min_tasks")));
        tasks.v[2] = double(component.intParam(QStringLiteral("max_tasks")));
    }
    const double vcpu = double(component.intParam(QStringLiteral("cpu"))) / 1024.0;
    const double gb = double(component.intParam(QStringLiteral("memory"))) / 1024.0;
    const bool arm = component.stringParam(QStringLiteral("architecture")) == QLatin1String("arm64");
    const bool spotWanted = component.kind == ComponentKind::EcsWorker && component.boolParam(QStringLiteral("spot"));
    // Fargate Spot runs both architectures (arm64 since September 2024): priced as Spot either way.
    const bool spot = spotWanted;
    const Price *vcpuPrice = fargatePrice(spot, arm, false);
    const Price *gbPrice = fargatePrice(spot, arm, true);
    const QString arch = arm ? QStringLiteral("arm64") : QStringLiteral("x86_64");
    const QString market = spot ? QStringLiteral(", Fargate Spot") : QString();
    const auto note = [&] { return trText("Infra::Cost", "%1 vCPU × %2 h × tasks").arg(vcpu).arg(m_hours); };
    addSimple(c, QStringLiteral("vcpu"), [&] { return trText("Infra::Cost", "vCPU-hours (%1%2)").arg(arch, market); }, vcpuPrice, tasks * (vcpu * m_hours), note);
    addSimple(c, QStringLiteral("memory"), [&] { return trText("Infra::Cost", "GB-hours (%1%2)").arg(arch, market); }, gbPrice, tasks * (gb * m_hours),
              [&] { return trText("Infra::Cost", "%1 GB × %2 h × tasks").arg(gb).arg(m_hours); });

    const double perTask = (vcpu * vcpuPrice->value + gb * gbPrice->value) * m_hours;
    if (m_options.computeSavingsPlan != CostOptions::SavingsPlan::None && !spot) {
        const bool threeYears = m_options.computeSavingsPlan == CostOptions::SavingsPlan::ThreeYear;
        const Price *rate = price(threeYears ? QStringLiteral("fargate.savings_plan_3y") : QStringLiteral("fargate.savings_plan_1y"));
        const double baseline = tasks.v[0];
        Amounts covered, amount;
        for (size_t i = 0; i < 3; ++i) {
            covered.v[i] = std::min(baseline, tasks.v[i]) * perTask;
            amount.v[i] = -covered.v[i] * rate->value;
        }
        LineItem *item = add(c, QStringLiteral("savings_plan"),
                             threeYears ? trText("Infra::Cost", "Compute Savings Plan, 3 years, No Upfront")
                                        : trText("Infra::Cost", "Compute Savings Plan, 1 year, No Upfront"),
                             rate, covered, amount,
                             [&] { return trText("Infra::Cost", "commitment covers the always-on baseline of %1 task(s); quantity is the on-demand USD covered").arg(baseline); });
        if (item)
            item->discount = true;
    }
    if (m_natGateways <= 0 && m_design.isNewVpc()) { // TerraformContext::tasksNeedPublicIp()
        addSimple(c, QStringLiteral("public_ipv4"), trText("Infra::Cost", "Public IPv4 addresses (tasks in public subnets)"),
                  price(QStringLiteral("public_ipv4.hour")), tasks * m_hours,
                  trText("Infra::Cost", "no NAT gateway: every task holds a public IPv4 address"));
    }

    // Graviton versus x86 for the same task size, count and market (Spot or on demand).
    const auto taskCost = [&](bool onArm) {
        return (vcpu * fargatePrice(spotWanted, onArm, false)->value + gb * fargatePrice(spotWanted, onArm, true)->value) * m_hours;
    };
    const double armTask = taskCost(true);
    const double x86Task = taskCost(false);
    c.hasArchitectureChoice = true;
    c.graviton = arm;
    c.gravitonDelta = desired * (armTask - x86Task);
    finish(std::move(c));
}

void Estimator::rds(const Component &component)
{
    ComponentCost c = start(component);
    const QString cls = component.stringParam(QStringLiteral("instance_class"));
    const bool multiAz = component.boolParam(QStringLiteral("multi_az"));
    const double copies = multiAz ? 2 : 1;
    const double replicas = double(component.intParam(QStringLiteral("read_replicas")));
    const double storage = double(component.intParam(QStringLiteral("allocated_storage")));
    const QString type = component.stringParam(QStringLiteral("storage_type"));
    const double iops = double(component.intParam(QStringLiteral("iops")));
    const double throughput = double(component.intParam(QStringLiteral("storage_throughput")));
    const Text multiAzNote = multiAz ? trText("Infra::Cost", "× 2 for Multi-AZ") : Text();
    const Text deployment = multiAz ? trText("Infra::Cost", "Multi-AZ: primary + standby") : trText("Infra::Cost", "Single-AZ");

    const Price *instance = m_region.rdsInstance(cls);
    if (!instance) {
        const QStringList near = closestNames(cls, m_region.rdsInstanceClasses());
        m_out.errors.append(QStringLiteral("%1: RDS instance class '%2' has no price for %3 in the pricing catalog %4%5")
                                .arg(component.id, cls, m_region.region(), m_region.file(),
                                     near.isEmpty() ? QString() : QStringLiteral("; nearest: %1").arg(near.join(QStringLiteral(", ")))));
    } else {
        addSimple(c, QStringLiteral("instance"), [&] { return trText("Infra::Cost", "Instance-hours (%1, %2)").arg(cls).arg(deployment); }, instance,
                  Amounts::same(copies * m_hours), multiAz ? trText("Infra::Cost", "Multi-AZ bills the standby as a second instance") : Text());
        if (replicas > 0)
            addSimple(c, QStringLiteral("replica_instances"), [&] { return trText("Infra::Cost", "Read replica instance-hours (%1 × %2)").arg(replicas).arg(cls); },
                      instance, Amounts::same(replicas * m_hours));
    }

    const Price *storagePrice = price(QStringLiteral("rds.%1_gb_month").arg(type));
    addSimple(c, QStringLiteral("storage"),
              [&] {
                  return (multiAz ? trText("Infra::Cost", "Storage %1 (%2 GB × 2 for Multi-AZ)") : trText("Infra::Cost", "Storage %1 (%2 GB)"))
                      .arg(type)
                      .arg(storage);
              },
              storagePrice, Amounts::same(storage * copies));
    if (replicas > 0)
        addSimple(c, QStringLiteral("replica_storage"), [&] { return trText("Infra::Cost", "Read replica storage %1 (%2 × %3 GB)").arg(type).arg(replicas).arg(storage); },
                  storagePrice, Amounts::same(storage * replicas));

    if (type == QLatin1String("gp3")) {
        const bool large = storage >= 400;
        const double baseIops = large ? 12000 : 3000;
        const double baseThroughput = large ? 500 : 125;
        const double extraIops = std::max(0.0, iops - baseIops);
        const double extraThroughput = std::max(0.0, throughput - baseThroughput);
        if (!large && (extraIops > 0 || extraThroughput > 0)) {
            m_out.notes.append(QStringLiteral("%1: gp3 below 400 GB includes 3,000 IOPS and 125 MiB/s and cannot be provisioned higher; the extra %2 IOPS / %3 MiB/s are not priced")
                                   .arg(component.id).arg(extraIops).arg(extraThroughput));
        } else if (large) {
            if (extraIops > 0)
                addSimple(c, QStringLiteral("iops"), trText("Infra::Cost", "gp3 IOPS above the 12,000 baseline"), price(QStringLiteral("rds.gp3_iops_month")),
                          Amounts::same(extraIops * copies), multiAzNote);
            if (extraThroughput > 0)
                addSimple(c, QStringLiteral("throughput"), trText("Infra::Cost", "gp3 throughput above the 500 MiB/s baseline"),
                          price(QStringLiteral("rds.gp3_throughput_month")), Amounts::same(extraThroughput * copies), multiAzNote);
        }
    } else if (type == QLatin1String("io1") || type == QLatin1String("io2")) {
        addSimple(c, QStringLiteral("iops"), [&] { return trText("Infra::Cost", "Provisioned IOPS (%1)").arg(type); }, price(QStringLiteral("rds.%1_iops_month").arg(type)),
                  Amounts::same(iops * copies), multiAzNote);
    }

    const double retention = double(component.intParam(QStringLiteral("backup_retention_days")));
    if (retention > 0) {
        const double daysPerMonth = m_hours / 24.0;
        const double backup = workload("db_size_gb") + retention * workload("db_growth_gb_per_month") / daysPerMonth;
        const double billable = std::max(0.0, backup - storage);
        addSimple(c, QStringLiteral("backup"), trText("Infra::Cost", "Backup storage beyond the free allowance"), price(QStringLiteral("rds.backup_gb_month")),
                  Amounts::same(billable), [&] {
                      return trText("Infra::Cost", "backups ≈ database size %1 GB + %2 days of growth = %3 GB; free up to the %4 GB provisioned")
                          .arg(workload("db_size_gb"))
                          .arg(retention)
                          .arg(backup, 'f', 1)
                          .arg(storage);
                  });
    }

    const double instanceCount = copies + replicas;
    if (m_options.rdsReserved && instance) {
        const Price *rate = price(QStringLiteral("rds.reserved_1y_no_upfront"));
        const double covered = instance->value * instanceCount * m_hours;
        LineItem *item = add(c, QStringLiteral("reserved"), trText("Infra::Cost", "Reserved instances, 1 year, No Upfront"), rate,
                             Amounts::same(covered), Amounts::same(-covered * rate->value),
                             [&] { return trText("Infra::Cost", "covers every instance-hour (%1 instances); quantity is the on-demand USD covered").arg(instanceCount); });
        if (item)
            item->discount = true;
    }

    // The postgresql and upgrade logs the instance and each read replica export (terraform/rds.tf).
    const double exporting = 1 + replicas;
    addCloudWatchLogs(c, QStringLiteral("log_exports"), trText("Infra::Cost", "PostgreSQL log exports"),
                      TrafficModel::Assumptions::databaseLogGbPerInstance * exporting, retentionDays("database_log_retention_days"),
                      replicas > 0 ? trText("Infra::Cost", "an assumed %1 GB a month for each of the %2 instances (errors, slow statements, upgrades); measure and adjust")
                                         .arg(TrafficModel::Assumptions::databaseLogGbPerInstance)
                                         .arg(exporting)
                                   : trText("Infra::Cost", "an assumed %1 GB a month (errors, slow statements, upgrades); measure and adjust")
                                         .arg(TrafficModel::Assumptions::databaseLogGbPerInstance));

    const QString other = rdsCounterpart(cls);
    const Price *otherPrice = other.isEmpty() ? nullptr : m_region.rdsInstance(other);
    if (instance && otherPrice) {
        const auto hw = rdsInstanceClass(cls);
        c.hasArchitectureChoice = true;
        c.graviton = hw ? hw->graviton : cls.contains(QLatin1String("g."));
        const double armPrice = c.graviton ? instance->value : otherPrice->value;
        const double x86Price = c.graviton ? otherPrice->value : instance->value;
        c.gravitonDelta = (armPrice - x86Price) * instanceCount * m_hours;
    }
    finish(std::move(c));
}

// Aurora PostgreSQL: instance-hours (provisioned) or ACU-hours (Serverless v2) of the writer and
// every reader, storage by use, I/O requests (Standard only), I/O-Optimized's 30 % uplift and
// backups beyond the volume's size.
void Estimator::aurora(const Component &component)
{
    ComponentCost c = start(component);
    const double instances = 1 + double(component.intParam(QStringLiteral("readers")));
    const bool serverless = component.stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2");
    const bool optimized = component.stringParam(QStringLiteral("storage_configuration")) == QLatin1String("io_optimized");
    const QString cls = component.stringParam(QStringLiteral("instance_class"));
    const Text roleNote = trText("Infra::Cost", "writer + %1 reader(s)").arg(instances - 1);

    Amounts computeUsd;
    if (serverless) {
        const double minAcu = component.doubleParam(QStringLiteral("min_acu"));
        const double maxAcu = std::max(minAcu, component.doubleParam(QStringLiteral("max_acu")));
        const double avgAcu = std::clamp(component.doubleParam(QStringLiteral("average_acu")), minAcu, maxAcu);
        const Amounts acuHours{{minAcu * instances * m_hours, avgAcu * instances * m_hours, maxAcu * instances * m_hours}};
        const Price *acu = price(QStringLiteral("aurora.serverless_acu_hour"));
        addSimple(c, QStringLiteral("acu"), [&] { return trText("Infra::Cost", "Serverless v2 ACU-hours (%1 instance(s))").arg(instances); }, acu, acuHours,
                  [&] { return trText("Infra::Cost", "%1 ACU at minimum, %2 on average, %3 at maximum × %4 h × instances; %5").arg(minAcu).arg(avgAcu).arg(maxAcu).arg(m_hours).arg(roleNote); });
        for (size_t i = 0; i < 3; ++i)
            computeUsd.v[i] = acu->cost(acuHours.v[i]);
    } else if (const Price *instance = m_region.auroraInstance(cls)) {
        addSimple(c, QStringLiteral("instance"), [&] { return trText("Infra::Cost", "Instance-hours (%1 × %2)").arg(instances).arg(cls); }, instance,
                  Amounts::same(instances * m_hours), roleNote);
        computeUsd = Amounts::same(instance->cost(instances * m_hours));
    } else {
        const QStringList near = closestNames(cls, m_region.auroraInstanceClasses());
        m_out.errors.append(QStringLiteral("%1: Aurora instance class '%2' has no price for %3 in the pricing catalog %4%5")
                                .arg(component.id, cls, m_region.region(), m_region.file(),
                                     near.isEmpty() ? QString() : QStringLiteral("; nearest: %1").arg(near.join(QStringLiteral(", ")))));
    }
    if (optimized) {
        const Price *uplift = price(QStringLiteral("aurora.iopt_uplift"));
        Amounts amount;
        for (size_t i = 0; i < 3; ++i)
            amount.v[i] = computeUsd.v[i] * uplift->value;
        add(c, QStringLiteral("io_optimized"), trText("Infra::Cost", "I/O-Optimized uplift on compute"), uplift, computeUsd, amount,
            trText("Infra::Cost", "quantity is the Standard compute USD; I/O requests are not billed"));
    }

    const double storedGb = workload("db_size_gb");
    addSimple(c, QStringLiteral("storage"),
              [&] { return optimized ? trText("Infra::Cost", "Storage used, I/O-Optimized (%1 GB)").arg(storedGb) : trText("Infra::Cost", "Storage used (%1 GB)").arg(storedGb); },
              price(optimized ? QStringLiteral("aurora.iopt_storage_gb_month") : QStringLiteral("aurora.storage_gb_month")), Amounts::same(storedGb),
              trText("Infra::Cost", "billed on the data stored (the workload's database size), shared by every instance"));

    if (!optimized) {
        double millions = component.doubleParam(QStringLiteral("io_requests_millions"));
        const bool derived = millions <= 0;
        if (derived) {
            // Writes plus reads that miss the cache, at the average rate, over the month.
            const double ratio = workload("read_write_ratio");
            const double ioShare = (1.0 + ratio * workload("db_read_miss_pct") / 100.0) / (1.0 + ratio);
            millions = workload("avg_rps") * workload("queries_per_request") * ioShare * 3600.0 * m_hours / 1e6;
        }
        addSimple(c, QStringLiteral("io"), trText("Infra::Cost", "I/O requests (Standard storage)"), price(QStringLiteral("aurora.io_per_million")),
                  Amounts::same(millions), [&] {
                      return derived ? trText("Infra::Cost", "quantity in millions: average queries × (writes + reads missing the cache) over the month")
                                     : trText("Infra::Cost", "quantity in millions, as set on the component");
                  });
    }

    const double retention = double(component.intParam(QStringLiteral("backup_retention_days")));
    const double daysPerMonth = m_hours / 24.0;
    const double billableBackup = retention * workload("db_growth_gb_per_month") / daysPerMonth;
    addSimple(c, QStringLiteral("backup"), trText("Infra::Cost", "Backup storage beyond the cluster volume"), price(QStringLiteral("aurora.backup_gb_month")),
              Amounts::same(billableBackup), [&] {
                  return trText("Infra::Cost", "%1 days of growth (%2 GB/month); backups up to the volume's size are free").arg(retention).arg(workload("db_growth_gb_per_month"));
              });

    // RDS reservations cover Aurora's provisioned instances too (Aurora User Guide, "Reserved DB
    // instances for Amazon Aurora"); Serverless v2 capacity has none.
    if (m_options.rdsReserved) {
        if (serverless) {
            m_out.notes.append(QStringLiteral("%1: Serverless v2 ACU-hours have no reserved instances; the rds-ri discount leaves them on demand").arg(component.id));
        } else if (computeUsd.desired() > 0) {
            // The instance-hours as billed, with the I/O-Optimized uplift: the same fraction off.
            const Amounts covered = optimized ? computeUsd * (1.0 + price(QStringLiteral("aurora.iopt_uplift"))->value) : computeUsd;
            const Price *rate = price(QStringLiteral("aurora.reserved_1y_no_upfront"));
            LineItem *item = add(c, QStringLiteral("reserved"), trText("Infra::Cost", "Reserved instances, 1 year, No Upfront"), rate, covered,
                                 covered * -rate->value,
                                 [&] { return trText("Infra::Cost", "covers every instance-hour (%1 instances); quantity is the on-demand USD covered").arg(instances); });
            if (item)
                item->discount = true;
        }
    }

    // The postgresql log every instance exports (terraform/aurora.tf).
    addCloudWatchLogs(c, QStringLiteral("log_exports"), trText("Infra::Cost", "PostgreSQL log exports"),
                      TrafficModel::Assumptions::databaseLogGbPerInstance * instances, retentionDays("database_log_retention_days"),
                      trText("Infra::Cost", "an assumed %1 GB a month for each of the %2 instances (errors, slow statements); measure and adjust")
                          .arg(TrafficModel::Assumptions::databaseLogGbPerInstance)
                          .arg(instances));
    if (component.boolParam(QStringLiteral("global_database")))
        m_out.notes.append(QStringLiteral("%1: Global Database primary; each secondary region's cluster, its instances and the replicated write I/O are billed in that region and are not in this estimate")
                               .arg(component.id));
    c.graviton = serverless || cls.contains(QLatin1String("g."));
    finish(std::move(c));
}

// EventBridge Scheduler: invocations beyond the always-free 14 million a month, and the
// Fargate time of the ECS tasks its schedules start (the target service's task size).
void Estimator::scheduler(const Component &component)
{
    ComponentCost c = start(component);
    double invocations = 0;
    Amounts vcpuHours, gbHours;
    bool arm = true;
    const double minutes = component.doubleParam(QStringLiteral("task_minutes"));
    int tasks = 0;
    for (const ScheduleEntry &e : scheduleEntries(component)) {
        const double runs = scheduleInvocationsPerMonth(e.expression, m_hours);
        invocations += runs;
        const Component *target = m_design.component(e.target);
        if (!target || scheduleTargetKind(target->kind) != ScheduleEntry::Target::EcsTask)
            continue;
        ++tasks;
        const double hours = runs * minutes / 60.0;
        vcpuHours += Amounts::same(hours * double(target->intParam(QStringLiteral("cpu"))) / 1024.0);
        gbHours += Amounts::same(hours * double(target->intParam(QStringLiteral("memory"))) / 1024.0);
        arm = arm && target->stringParam(QStringLiteral("architecture")) == QLatin1String("arm64");
    }
    const double millions = invocations / 1e6;
    const Price *p = price(QStringLiteral("scheduler.invocations_per_million"));
    addSimple(c, QStringLiteral("invocations"), trText("Infra::Cost", "Scheduled invocations"), p, Amounts::same(millions),
              [&] { return trText("Infra::Cost", "quantity in millions: %1 invocations a month from the schedule expressions").arg(qRound64(invocations)); });
    addAllowance(c, QStringLiteral("invocations_free"), trText("Infra::Cost", "Always-free 14 M invocations"), p,
                 price(QStringLiteral("scheduler.free_invocations_millions")), Amounts::same(millions));
    if (tasks > 0) {
        const QString arch = arm ? QStringLiteral("arm") : QStringLiteral("x86");
        addSimple(c, QStringLiteral("task_vcpu"), trText("Infra::Cost", "vCPU-hours of scheduled ECS tasks"), price(QStringLiteral("fargate.vcpu_hour_") + arch), vcpuHours,
                  [&] { return trText("Infra::Cost", "runs × %1 min × the target service's vCPU").arg(minutes); });
        addSimple(c, QStringLiteral("task_memory"), trText("Infra::Cost", "GB-hours of scheduled ECS tasks"), price(QStringLiteral("fargate.gb_hour_") + arch), gbHours,
                  [&] { return trText("Infra::Cost", "runs × %1 min × the target service's memory").arg(minutes); });
    }
    finish(std::move(c));
}

// MemoryDB: node-hours of every shard's primary and replicas (Valkey 30 % below Redis OSS),
// data written to the durable log, and snapshots kept beyond the first day.
void Estimator::memoryDb(const Component &component)
{
    ComponentCost c = start(component);
    const QString type = component.stringParam(QStringLiteral("node_type"));
    const bool valkey = component.stringParam(QStringLiteral("engine")) == QLatin1String("valkey");
    const double shards = double(component.intParam(QStringLiteral("shards")));
    const double nodes = shards * (1 + double(component.intParam(QStringLiteral("replicas_per_shard"))));
    if (const Price *node = m_region.memoryDbNode(type)) {
        addSimple(c, QStringLiteral("nodes"), [&] { return trText("Infra::Cost", "Node-hours (%1 × %2: %3 shard(s) × primary and replicas)").arg(nodes).arg(type).arg(shards); },
                  node, Amounts::same(nodes * m_hours));
        if (valkey) {
            const Price *discount = price(QStringLiteral("memorydb.valkey_discount"));
            const double covered = node->value * nodes * m_hours;
            if (LineItem *item = add(c, QStringLiteral("valkey"), trText("Infra::Cost", "Valkey engine discount"), discount, Amounts::same(covered),
                                     Amounts::same(-covered * discount->value), trText("Infra::Cost", "quantity is the Redis OSS node-hour USD")))
                item->discount = true;
        }
    } else {
        const QStringList near = closestNames(type, m_region.memoryDbNodeTypes());
        m_out.errors.append(QStringLiteral("%1: MemoryDB node type '%2' has no price for %3 in the pricing catalog %4%5")
                                .arg(component.id, type, m_region.region(), m_region.file(),
                                     near.isEmpty() ? QString() : QStringLiteral("; nearest: %1").arg(near.join(QStringLiteral(", ")))));
    }

    const QStringList roles = component.listParam(QStringLiteral("roles"));
    double writtenGb = component.doubleParam(QStringLiteral("data_written_gb"));
    const bool derived = writtenGb <= 0;
    if (derived) {
        // Session writes (one per write request), and a task message and a result per Celery task.
        const double seconds = 3600.0 * m_hours;
        double kb = 0;
        if (roles.contains(QLatin1String("sessions")))
            kb += workload("avg_rps") / (1.0 + workload("read_write_ratio")) * workload("session_kb") * seconds;
        double tasksPerSecond = 0;
        for (const Component &w : m_design.components())
            if (w.kind == ComponentKind::EcsWorker)
                tasksPerSecond += w.doubleParam(QStringLiteral("arrival_rate"));
        if (roles.contains(QLatin1String("broker")))
            kb += tasksPerSecond * workload("task_message_kb") * seconds;
        if (roles.contains(QLatin1String("results")))
            kb += tasksPerSecond * workload("task_message_kb") * seconds;
        if (roles.contains(QLatin1String("cache")))
            kb += workload("avg_rps") * workload("cache_kb_per_request") / 2.0 * seconds;
        writtenGb = kb / (1024.0 * 1024.0);
    }
    const Price *written = price(valkey ? QStringLiteral("memorydb.valkey_data_written_gb") : QStringLiteral("memorydb.data_written_gb"));
    const double freeGb = valkey ? price(QStringLiteral("memorydb.valkey_free_written_gb"))->value : 0.0;
    addSimple(c, QStringLiteral("data_written"), trText("Infra::Cost", "Data written"), written, Amounts::same(std::max(0.0, writtenGb - freeGb)),
              [&] {
                  return trText("Infra::Cost", "%1 GB a month%2%3")
                      .arg(writtenGb, 'f', 1)
                      .arg(derived ? trText("Infra::Cost", " (sessions, task messages and results of the workload)") : Text())
                      .arg(valkey ? trText("Infra::Cost", "; Valkey writes the first %1 GB free").arg(freeGb) : Text());
              });

    const double retention = double(component.intParam(QStringLiteral("snapshot_retention_days")));
    if (retention > 1) {
        const double dataGb = (roles.contains(QLatin1String("sessions")) ? workload("active_sessions") * workload("session_kb") / (1024.0 * 1024.0) : 0.0)
            + (roles.contains(QLatin1String("cache")) ? workload("cache_working_set_mb") / 1024.0 : 0.0);
        addSimple(c, QStringLiteral("snapshots"), trText("Infra::Cost", "Snapshot storage"), price(QStringLiteral("memorydb.snapshot_gb_month")),
                  Amounts::same(dataGb * (retention - 1)),
                  [&] { return trText("Infra::Cost", "%1 GB of data × %2 days kept beyond the first").arg(dataGb, 'f', 2).arg(retention - 1); });
    }
    c.graviton = true;
    finish(std::move(c));
}

void Estimator::redis(const Component &component)
{
    ComponentCost c = start(component);
    const QString type = component.stringParam(QStringLiteral("node_type"));
    const double nodes = 1 + double(component.intParam(QStringLiteral("replicas")));
    const Price *node = m_region.cacheNode(type);
    if (!node) {
        const QStringList near = closestNames(type, m_region.cacheNodeTypes());
        m_out.errors.append(QStringLiteral("%1: ElastiCache node type '%2' has no price for %3 in the pricing catalog %4%5")
                                .arg(component.id, type, m_region.region(), m_region.file(),
                                     near.isEmpty() ? QString() : QStringLiteral("; nearest: %1").arg(near.join(QStringLiteral(", ")))));
    } else {
        addSimple(c, QStringLiteral("nodes"), [&] { return trText("Infra::Cost", "Node-hours (%1 × %2: primary + %3 replica(s))").arg(nodes).arg(type).arg(nodes - 1); },
                  node, Amounts::same(nodes * m_hours));
        if (m_options.cacheReserved) {
            const Price *rate = price(QStringLiteral("elasticache.reserved_1y_no_upfront"));
            const double covered = node->value * nodes * m_hours;
            LineItem *item = add(c, QStringLiteral("reserved"), trText("Infra::Cost", "Reserved nodes, 1 year, No Upfront"), rate,
                                 Amounts::same(covered), Amounts::same(-covered * rate->value),
                                 trText("Infra::Cost", "covers every node-hour; quantity is the on-demand USD covered"));
            if (item)
            item->discount = true;
        }
    }
    const auto hw = cacheNodeType(type);
    c.graviton = hw && hw->graviton;
    finish(std::move(c));
}

void Estimator::s3(const Component &component)
{
    ComponentCost c = start(component);
    const QString role = component.stringParam(QStringLiteral("role"));
    const bool served = role == QLatin1String("static") || role == QLatin1String("media");
    double gb = component.doubleParam(QStringLiteral("storage_gb"));
    Text note;
    const int servedBuckets = m_servedBuckets;
    const int sharing = m_sharingBuckets;
    if (gb <= 0 && served && sharing > 0) {
        gb = workload("s3_storage_gb") / sharing;
        if (m_detail)
            note = trText("Infra::Cost", "workload S3 storage %1 GB shared by %2 static/media bucket(s)").arg(workload("s3_storage_gb")).arg(sharing);
    } else if (gb <= 0) {
        note = trText("Infra::Cost", "storage_gb is 0: set it to price the data kept here");
    }
    const int ia = int(component.intParam(QStringLiteral("transition_ia_days")));
    const int glacier = int(component.intParam(QStringLiteral("transition_glacier_days")));
    const double cold = (ia > 0 || glacier > 0) ? gb * A::s3LifecycleColdShare : 0;
    addSimple(c, QStringLiteral("storage"), trText("Infra::Cost", "S3 Standard storage"), price(QStringLiteral("s3.standard_gb_month")),
              Amounts::same(gb - cold), note);
    if (cold > 0) {
        const bool toGlacier = glacier > 0;
        addSimple(c, QStringLiteral("storage_cold"),
                  [&] {
                      return toGlacier ? trText("Infra::Cost", "Glacier Instant Retrieval storage (lifecycle after %1 days)").arg(glacier)
                                       : trText("Infra::Cost", "Standard-IA storage (lifecycle after %1 days)").arg(ia);
                  },
                  price(toGlacier ? QStringLiteral("s3.glacier_ir_gb_month") : QStringLiteral("s3.standard_ia_gb_month")),
                  Amounts::same(cold), [&] { return trText("Infra::Cost", "assumed: %1 % of the data is older than the transition age").arg(A::s3LifecycleColdShare * 100); });
    }
    const TrafficModel &t = m_traffic;
    if (role == QLatin1String("media") && t.uploads > 0) {
        addSimple(c, QStringLiteral("put_requests"), trText("Infra::Cost", "PUT requests (media uploads)"), price(QStringLiteral("s3.put_per_1000")),
                  Amounts::same(t.uploads / 1000.0), [&] {
                      return trText("Infra::Cost", "%1 M write requests × %2 % uploads; quantity in thousands")
                          .arg(t.writeRequests / 1e6, 'f', 2)
                          .arg(workload("upload_share_pct"));
                  });
    } else {
        addSimple(c, QStringLiteral("put_requests"), trText("Infra::Cost", "PUT, COPY, POST, LIST requests"), price(QStringLiteral("s3.put_per_1000")),
                  Amounts::same(TrafficModel::Assumptions::s3PutsPerNonMediaBucket / 1000.0),
                  trText("Infra::Cost", "assumed: 100,000 per bucket-month (deploys, backups, listings); quantity in thousands"));
    }
    if (served && servedBuckets > 0 && t.s3GetRequests > 0) {
        const double gets = t.s3GetRequests / servedBuckets;
        addSimple(c, QStringLiteral("get_requests"),
                  t.cdn ? trText("Infra::Cost", "GET requests (CloudFront cache misses)") : trText("Infra::Cost", "GET requests (static and media served to viewers)"),
                  price(QStringLiteral("s3.get_per_1000")), Amounts::same(gets / 1000.0), [&] {
                      return t.cdn ? trText("Infra::Cost", "%1 M static/media requests × (1 − %2 % hit ratio) ÷ %3 served bucket(s); quantity in thousands")
                                         .arg(t.assetRequests / 1e6, 'f', 2)
                                         .arg(t.cacheHitRatio * 100)
                                         .arg(servedBuckets)
                                   : trText("Infra::Cost", "%1 M static/media requests ÷ %2 served bucket(s), no CDN; quantity in thousands")
                                         .arg(t.assetRequests / 1e6, 'f', 2)
                                         .arg(servedBuckets);
                  });
    }
    finish(std::move(c));
}

void Estimator::cloudFront(const Component &component)
{
    ComponentCost c = start(component);
    const TrafficModel &t = m_traffic;
    const bool compress = component.boolParam(QStringLiteral("compress"));
    const double egress = t.cdnEgressGb();
    const double requests = t.cdnRequests();
    const Price *egressPrice = price(QStringLiteral("cloudfront.egress_gb"));
    const Price *requestPrice = price(QStringLiteral("cloudfront.https_per_10k"));
    addSimple(c, QStringLiteral("egress"), trText("Infra::Cost", "Data transfer out to viewers (tiered)"), egressPrice, Amounts::same(egress), [&] {
        if (t.cdnEgressOverrideGb > 0)
            return (compress ? trText("Infra::Cost", "typed workload.cdn_egress_gb (the traffic model derives %1 GB); viewer-zone rates of the %2 catalog")
                             : trText("Infra::Cost", "typed workload.cdn_egress_gb ÷ (1 − 25 %), compression off (the traffic model derives %1 GB); viewer-zone rates of the %2 catalog"))
                .arg(t.cdnEgressDerivedGb, 'f', 1)
                .arg(m_region.region());
        return (compress ? trText("Infra::Cost", "%1 GB responses × (1 − 25 % compression) + %2 GB static/media; viewer-zone rates of the %3 catalog")
                         : trText("Infra::Cost", "%1 GB responses (compression off) + %2 GB static/media; viewer-zone rates of the %3 catalog"))
            .arg(t.appGb, 'f', 1)
            .arg(t.assetGb, 'f', 1)
            .arg(m_region.region());
    });
    addAllowance(c, QStringLiteral("egress_free"), trText("Infra::Cost", "Always-free 1 TB data transfer out"), egressPrice,
                 price(QStringLiteral("cloudfront.free_egress_gb")), Amounts::same(egress));
    addSimple(c, QStringLiteral("requests"), trText("Infra::Cost", "HTTPS requests"), requestPrice, Amounts::same(requests / 10000.0), [&] {
        if (t.cdnRequestsOverride > 0)
            return trText("Infra::Cost", "typed workload.cdn_requests_millions (the traffic model derives %1 M); quantity in units of 10,000 requests")
                .arg(t.cdnRequestsDerived / 1e6, 'f', 1);
        return trText("Infra::Cost", "%1 M application + %2 M static/media requests; quantity in units of 10,000 requests")
            .arg(t.appRequests / 1e6, 'f', 1)
            .arg(t.assetRequests / 1e6, 'f', 1);
    });
    addAllowance(c, QStringLiteral("requests_free"), trText("Infra::Cost", "Always-free 10 M requests"), requestPrice,
                 price(QStringLiteral("cloudfront.free_requests")), Amounts::same(requests / 10000.0), 1.0 / 10000.0);
    if (t.cdnLogGb > 0)
        addAccessLogs(c, t.cdnLogGb, t.cdnRequests());
    finish(std::move(c));
}

void Estimator::alb(const Component &component)
{
    ComponentCost c = start(component);
    addSimple(c, QStringLiteral("hours"), trText("Infra::Cost", "Load balancer hours"), price(QStringLiteral("alb.hour")), Amounts::same(m_hours));

    // LCUs are billed per hour on the busiest dimension: the min and desired columns carry the
    // average request rate, the max column a sustained peak (the load that needs max tasks).
    const TrafficModel &t = m_traffic;
    const TrafficModel::Lcu &avg = t.albAverage;
    const TrafficModel::Lcu &peak = t.albPeak;
    addSimple(
        c, QStringLiteral("lcu"),
        [&] {
            return trText("Infra::Cost", "LCU-hours (%1 LCU average, %2; %3 at peak)")
                .arg(avg.lcu(), 'f', 2)
                .arg(avg.bytesBound() ? trText("Infra::Cost", "processed bytes") : trText("Infra::Cost", "new connections"))
                .arg(peak.lcu(), 'f', 2);
        },
        price(QStringLiteral("alb.lcu_hour")), Amounts{{avg.lcu() * m_hours, avg.lcu() * m_hours, peak.lcu() * m_hours}}, [&] {
            return trText("Infra::Cost",
                          "%1 req/s × %2 KB = %3 GB/h processed (1 LCU = 1 GB/h); %4 new connections/s (1 LCU = 25/s); max column at the %5 req/s peak")
                .arg(avg.rps)
                .arg(avg.rps > 0 ? avg.gbPerHour * TrafficModel::Assumptions::bytesPerGb / (avg.rps * 3600.0 * TrafficModel::Assumptions::bytesPerKb) : workload("avg_response_kb"))
                .arg(avg.gbPerHour, 'f', 2)
                .arg(avg.newConnectionsPerSecond)
                .arg(peak.rps);
        });

    if (!component.boolParam(QStringLiteral("internal"))) {
        // A load balancer spans at least two zones, even in a one-zone design.
        const double azs = std::max(2.0, networkValue("az_count"));
        addSimple(c, QStringLiteral("public_ipv4"), trText("Infra::Cost", "Public IPv4 addresses (one per AZ)"), price(QStringLiteral("public_ipv4.hour")),
                  Amounts::same(azs * m_hours));
    }
    if (!t.cdn) {
        // Data transfer is billed on the month's bytes, so every column carries the monthly total
        // at the average rate (the LCUs above are hourly, so their max column takes the peak).
        const Amounts gb = Amounts::same(t.internetEgressGb);
        const Price *out = price(QStringLiteral("data_transfer.internet_out_gb"));
        addSimple(c, QStringLiteral("internet_egress"), trText("Infra::Cost", "Data transfer out to the internet (no CloudFront in front)"), out,
                  gb, [&] {
                      return trText("Infra::Cost", "%1 GB responses + %2 GB static/media a month at the average request rate (the traffic model)")
                          .arg(t.appGb, 'f', 1)
                          .arg(t.assetGb, 'f', 1);
                  });
        addAllowance(c, QStringLiteral("internet_egress_free"), trText("Infra::Cost", "Always-free 100 GB data transfer out"), out,
                     price(QStringLiteral("data_transfer.free_internet_out_gb")), gb);
    }
    if (component.boolParam(QStringLiteral("waf"))) {
        // terraform/waf.tf: one web ACL with three AWS managed rule groups; it inspects every
        // viewer request CloudFront receives when CloudFront fronts this load balancer (scope
        // CLOUDFRONT), else every request reaching the load balancer (REGIONAL).
        const bool onCloudFront = m_traffic.cdn && !component.boolParam(QStringLiteral("internal"));
        const double groups = 3; // TerraformEmitter::wafRuleGroups()
        const double requests = onCloudFront ? m_traffic.cdnRequests() : m_traffic.appRequests * (1.0 + m_traffic.albAssetShare);
        addSimple(c, QStringLiteral("waf_acl"), onCloudFront ? trText("Infra::Cost", "WAF web ACL (on CloudFront)") : trText("Infra::Cost", "WAF web ACL (on the load balancer)"),
                  price(QStringLiteral("waf.web_acl_month")), Amounts::same(1));
        addSimple(c, QStringLiteral("waf_rules"), trText("Infra::Cost", "WAF rule groups"), price(QStringLiteral("waf.rule_month")), Amounts::same(groups),
                  trText("Infra::Cost", "AWS managed: common rule set, known bad inputs, SQL injection"));
        addSimple(c, QStringLiteral("waf_requests"), trText("Infra::Cost", "WAF requests inspected"), price(QStringLiteral("waf.per_million_requests")),
                  Amounts::same(requests / 1e6), [&] {
                      return onCloudFront ? trText("Infra::Cost", "%1 M CloudFront requests (the traffic model)").arg(requests / 1e6, 'f', 1)
                                          : trText("Infra::Cost", "%1 M requests reaching the load balancer (the traffic model)").arg(requests / 1e6, 'f', 1);
                  });
    }
    if (m_traffic.albLogGb > 0)
        addAccessLogs(c, m_traffic.albLogGb, m_traffic.albLogGb * TrafficModel::Assumptions::bytesPerGb / TrafficModel::Assumptions::accessLogBytesPerRequest);
    finish(std::move(c));
}

void Estimator::network()
{
    const TrafficModel &t = m_traffic;
    const double nat = m_natGateways; // the module's own: none in an existing VPC
    const double crossAz = t.crossAzGb();
    if (!m_design.isNewVpc() && m_detail)
        m_out.notes.append(QStringLiteral("Existing VPC (network.mode existing_vpc): the module creates no NAT gateway or VPC endpoint, so none "
                                          "is priced here. The tasks' %1 GB a month of logs, image pulls and uploads to S3 leave through the "
                                          "VPC's own NAT gateways or endpoints, whose hours and data processing ($%2/GB through a NAT "
                                          "gateway) are billed to their owner")
                               .arg(t.logGb() + t.imagePullGb + t.uploadGb, 0, 'f', 1)
                               .arg(price(QStringLiteral("nat.gb"))->value));
    if (nat <= 0 && crossAz <= 0 && t.flowLogGb <= 0 && !t.vpcEndpoints)
        return; // nothing moves through the VPC (no tasks, no NAT)
    ComponentCost c;
    c.id = QStringLiteral("network");
    c.kind = QStringLiteral("network");
    c.name = c.nameText().toString(); // "VPC networking"
    c.category = CostCategory::Networking;
    if (nat > 0) {
        addSimple(c, QStringLiteral("nat_hours"), [&] { return trText("Infra::Cost", "NAT gateway hours (%1 gateway(s))").arg(nat); }, price(QStringLiteral("nat.hour")),
                  Amounts::same(nat * m_hours));
        addSimple(c, QStringLiteral("nat_data"), trText("Infra::Cost", "NAT gateway data processed"), price(QStringLiteral("nat.gb")), Amounts::same(t.natGb()), [&] {
            if (t.natOverrideGb > 0)
                return trText("Infra::Cost", "typed network.nat_data_gb (the traffic model derives %1 GB)").arg(t.natDerivedGb, 'f', 1);
            if (t.vpcEndpoints)
                return trText("Infra::Cost", "none derived: logs, image pulls and uploads take the VPC endpoints");
            return trText("Infra::Cost", "%1 GB logs + %2 GB image pulls + %3 GB uploads to S3 (no VPC endpoints)")
                .arg(t.logGb(), 'f', 1)
                .arg(t.imagePullGb, 'f', 1)
                .arg(t.uploadGb, 'f', 1);
        });
        addSimple(c, QStringLiteral("nat_ipv4"), trText("Infra::Cost", "Public IPv4 addresses (one Elastic IP per NAT gateway)"),
                  price(QStringLiteral("public_ipv4.hour")), Amounts::same(nat * m_hours));
    }
    if (t.vpcEndpoints) {
        // terraform/network.tf: four interface endpoints in each of the tasks' zones; the S3
        // gateway endpoint is free.
        const double endpoints = 4; // TerraformEmitter::vpcInterfaceEndpoints()
        addSimple(c, QStringLiteral("vpc_endpoint_hours"),
                  [&] { return trText("Infra::Cost", "VPC interface endpoint hours (%1 endpoints × %2 AZs)").arg(endpoints).arg(t.azCount); },
                  price(QStringLiteral("vpc_endpoint.interface_hour")), Amounts::same(endpoints * t.azCount * m_hours),
                  trText("Infra::Cost", "ECR api, ECR dkr, Secrets Manager, CloudWatch Logs; S3 through the free gateway endpoint"));
        addSimple(c, QStringLiteral("vpc_endpoint_data"), trText("Infra::Cost", "VPC interface endpoint data processed"),
                  price(QStringLiteral("vpc_endpoint.interface_gb")), Amounts::same(t.endpointGb), [&] {
                      return trText("Infra::Cost", "%1 GB logs + %2 GB image pulls (uploads take the S3 gateway endpoint)")
                          .arg(t.logGb(), 'f', 1)
                          .arg(t.imagePullGb, 'f', 1);
                  });
    }
    if ((nat > 0 || t.vpcEndpoints) && m_detail)
        weighVpcEndpoints();
    // VPC flow logs (terraform/logging.tf), vended to CloudWatch Logs: the first 10 TB a month
    // cost what Standard ingestion does. None on an existing VPC unless the design asks.
    if (t.flowLogs)
        addCloudWatchLogs(c, QStringLiteral("flow_logs"), trText("Infra::Cost", "VPC flow logs"), t.flowLogGb,
                          retentionDays("flow_log_retention_days"),
                          trText("Infra::Cost", "%1 M records × %2 bytes (4 per client connection of %3 requests + %4 per task and 10 minutes)")
                              .arg(t.flowLogRecords / 1e6, 'f', 1)
                              .arg(TrafficModel::Assumptions::flowLogBytesPerRecord)
                              .arg(TrafficModel::Assumptions::requestsPerConnection)
                              .arg(TrafficModel::Assumptions::backgroundFlowsPerTask));
    if (crossAz > 0) {
        // Billed on the sending and on the receiving side: two charges per GB that crosses.
        addSimple(c, QStringLiteral("inter_az"), trText("Infra::Cost", "Inter-AZ data transfer (app, pgBouncer, database, Redis)"),
                  price(QStringLiteral("data_transfer.inter_az_gb")), Amounts::same(crossAz * 2.0), [&] {
                      return trText("Infra::Cost", "(%1 GB app → pgBouncer + %2 GB → database + %3 GB ↔ Redis) × %4 % crossing zones (%5 AZs) × 2 directions billed")
                          .arg(t.appToPgBouncerGb, 'f', 1)
                          .arg(t.toDatabaseGb, 'f', 1)
                          .arg(t.toRedisGb, 'f', 1)
                          .arg(t.crossAzShare * 100, 'f', 0)
                          .arg(t.azCount);
                  });
    }
    finish(std::move(c));
}

// VPC endpoints against NAT for the AWS traffic of the tasks (issue 14 item 15): interface
// endpoints for ECR (api, dkr), Secrets Manager and CloudWatch Logs in every AZ, and the free
// S3 gateway endpoint, would carry the logs, image pulls and uploads the NAT processes now.
void Estimator::weighVpcEndpoints()
{
    const TrafficModel &t = m_traffic;
    const double endpoints = 4;
    const Price *hour = price(QStringLiteral("vpc_endpoint.interface_hour"));
    const Price *gb = price(QStringLiteral("vpc_endpoint.interface_gb"));
    const Price *natGb = price(QStringLiteral("nat.gb"));
    const double interfaceGb = t.logGb() + t.imagePullGb; // uploads take the free S3 gateway
    const double endpointCost = endpoints * t.azCount * m_hours * hour->value + interfaceGb * gb->value;
    const double natSaved = (t.logGb() + t.imagePullGb + t.uploadGb) * natGb->value;
    const bool natCheaper = natSaved <= endpointCost;
    m_out.notes.append(QStringLiteral("VPC endpoints instead of NAT for AWS traffic (network.vpc_endpoints is %13): %1 interface endpoints (ECR api, ECR dkr, Secrets Manager, "
                                      "CloudWatch Logs) × %2 AZs × %3 h × $%4 + %5 GB × $%6 = $%7 a month (the S3 gateway endpoint is free), "
                                      "against $%8 of NAT data processing they would save (%9 GB × $%10): %11 for this design by $%12")
                           .arg(endpoints)
                           .arg(t.azCount)
                           .arg(m_hours)
                           .arg(hour->value)
                           .arg(interfaceGb, 0, 'f', 1)
                           .arg(gb->value)
                           .arg(endpointCost, 0, 'f', 2)
                           .arg(natSaved, 0, 'f', 2)
                           .arg(t.logGb() + t.imagePullGb + t.uploadGb, 0, 'f', 1)
                           .arg(natGb->value)
                           .arg(natCheaper ? QStringLiteral("NAT is cheaper") : QStringLiteral("the endpoints are cheaper"))
                           .arg(std::abs(endpointCost - natSaved), 0, 'f', 2)
                           .arg(t.vpcEndpoints ? QStringLiteral("on") : QStringLiteral("off")));
    if (hour->isUnverified() && !m_out.unverifiedPrices.contains(hour->key))
        m_out.unverifiedPrices.append(hour->key);
    if (gb->isUnverified() && !m_out.unverifiedPrices.contains(gb->key))
        m_out.unverifiedPrices.append(gb->key);
}

void Estimator::cloudWatch(const Component &component)
{
    ComponentCost c = start(component);
    if (m_pricedCloudWatch) {
        // The export configures one set of log groups, Container Insights and alarms, from the
        // design's first CloudWatch component (TerraformEmitter::monitoring and ::ecs); another
        // one adds nothing to the bill. Priced again, each copy counted the design's whole log
        // volume and alarm set a second time (and walked the design to count the alarms, which
        // made the estimate quadratic in designs with many of them).
        addSimple(c, QStringLiteral("log_ingestion"), trText("Infra::Cost", "Log ingestion"), price(QStringLiteral("cloudwatch.log_ingestion_gb")),
                  Amounts::same(0.0), [&] {
                      return trText("Infra::Cost", "none here: the export's logs, metrics and alarms are configured by, and priced on, %1")
                          .arg(m_pricedCloudWatch->name);
                  });
        finish(std::move(c));
        return;
    }
    m_pricedCloudWatch = &component;
    const TrafficModel &t = m_traffic;
    const double ingestion = t.logGb();
    const double retention = double(component.intParam(QStringLiteral("log_retention_days")));
    const double daysPerMonth = m_hours / 24.0;
    const double stored = ingestion * retention / daysPerMonth;
    const Price *ingest = price(QStringLiteral("cloudwatch.log_ingestion_gb"));
    const Price *store = price(QStringLiteral("cloudwatch.log_storage_gb_month"));
    addSimple(c, QStringLiteral("log_ingestion"), trText("Infra::Cost", "Log ingestion"), ingest, Amounts::same(ingestion), [&] {
        if (t.logOverrideGb > 0)
            return trText("Infra::Cost", "typed log_ingestion_gb (the traffic model derives %1 GB)").arg(t.logDerivedGb, 'f', 1);
        return trText("Infra::Cost", "(%1 M requests + %2 M Celery tasks) × %3 bytes")
            .arg(t.appRequests / 1e6, 'f', 1)
            .arg(t.celeryTasks / 1e6, 'f', 1)
            .arg(workload("log_bytes_per_request"));
    });
    addAllowance(c, QStringLiteral("log_ingestion_free"), trText("Infra::Cost", "Always-free 5 GB log ingestion"), ingest,
                 price(QStringLiteral("cloudwatch.free_log_ingestion_gb")), Amounts::same(ingestion));
    addSimple(c, QStringLiteral("log_storage"), [&] { return trText("Infra::Cost", "Log storage (%1 days retention)").arg(retention); }, store,
              Amounts::same(stored), [&] {
                  return trText("Infra::Cost", "steady state: %1 GB/month × %2 days ÷ %3 days (uncompressed, an upper bound)")
                      .arg(ingestion)
                      .arg(retention)
                      .arg(daysPerMonth, 'f', 2);
              });
    addAllowance(c, QStringLiteral("log_storage_free"), trText("Infra::Cost", "Always-free 5 GB-month log storage"), store,
                 price(QStringLiteral("cloudwatch.free_log_storage_gb")), Amounts::same(stored));
    if (const double metrics = t.containerInsightsMetrics(); metrics > 0) {
        const Price *metric = price(QStringLiteral("cloudwatch.metric_month"));
        addSimple(c, QStringLiteral("container_insights"), trText("Infra::Cost", "Container Insights metrics"), metric, Amounts::same(metrics), [&] {
            return trText("Infra::Cost", "custom metrics: 13 for the cluster + 25 × %1 ECS services (service and task-family dimensions)").arg(t.ecsServices);
        });
        addAllowance(c, QStringLiteral("container_insights_free"), trText("Infra::Cost", "Always-free 10 metrics"), metric,
                     price(QStringLiteral("cloudwatch.free_metrics")), Amounts::same(metrics));
    }
    if (component.boolParam(QStringLiteral("alarms"))) {
        const double alarms = CostEngine::alarmCount(m_design);
        const Price *alarm = price(QStringLiteral("cloudwatch.alarm_month"));
        addSimple(c, QStringLiteral("alarms"), trText("Infra::Cost", "Standard alarms"), alarm, Amounts::same(alarms),
                  trText("Infra::Cost", "the studio's standard alarm set for this design"));
        addAllowance(c, QStringLiteral("alarms_free"), trText("Infra::Cost", "Always-free 10 alarms"), alarm,
                     price(QStringLiteral("cloudwatch.free_alarms")), Amounts::same(alarms));
    }
    finish(std::move(c));
}

void Estimator::secrets(const Component *component)
{
    // The secrets belong to the design's first Secrets Manager component; without one they are
    // still created (the Django secret key, the database logins), priced on a line of their own.
    ComponentCost c;
    if (component) {
        c = start(*component);
    } else {
        c.id = QStringLiteral("export:secrets"); // no component id has a colon
        c.kind = QStringLiteral("secrets");
        c.name = c.nameText().toString(); // "Secrets the export creates"
        c.category = CostCategory::Security;
    }
    const double count = m_pricedSecrets ? 0.0 : double(CostEngine::secretCount(m_design));
    m_pricedSecrets = true;
    if (count <= 0 && !component)
        return;
    addSimple(c, QStringLiteral("secrets"), [&] { return trText("Infra::Cost", "Secrets (%1)").arg(count); }, price(QStringLiteral("secrets_manager.secret_month")),
              Amounts::same(count),
              trText("Infra::Cost", "the secrets the exported Terraform creates, and the master-user secret RDS manages for each database"));
    if (component)
        addSimple(c, QStringLiteral("api_calls"), trText("Infra::Cost", "API calls"), price(QStringLiteral("secrets_manager.per_10k_calls")),
                  Amounts::same(component->doubleParam(QStringLiteral("api_calls_per_month")) / 10000.0),
                  trText("Infra::Cost", "quantity in units of 10,000 calls"));
    finish(std::move(c));
}

void Estimator::ecr(const Component &component)
{
    ComponentCost c = start(component);
    addSimple(c, QStringLiteral("storage"), trText("Infra::Cost", "Image storage"), price(QStringLiteral("ecr.gb_month")),
              Amounts::same(component.doubleParam(QStringLiteral("storage_gb"))));
    finish(std::move(c));
}

void Estimator::sqs(const Component &component)
{
    ComponentCost c = start(component);
    const double millions = component.doubleParam(QStringLiteral("requests_millions"));
    const Price *p = price(QStringLiteral("sqs.standard_per_million"));
    addSimple(c, QStringLiteral("requests"), trText("Infra::Cost", "Standard queue requests"), p, Amounts::same(millions),
              trText("Infra::Cost", "quantity in millions of requests"));
    addAllowance(c, QStringLiteral("requests_free"), trText("Infra::Cost", "Always-free 1 M requests"), p,
                 price(QStringLiteral("sqs.free_requests_millions")), Amounts::same(millions));
    finish(std::move(c));
}

} // namespace

CostEngine::CostEngine(const PricingCatalog &catalog)
    : m_catalog(&catalog)
{
}

int CostEngine::secretCount(const Design &design)
{
    // The same rules as TerraformContext::secretNames(), TerraformEmitter::databaseRoles() and
    // memoryDb(): tst_costestimate compares the count with the emitted module on every example
    // and variation.
    const Component *listing = nullptr;
    const Component *redis = nullptr;
    bool services = false;
    bool pgbouncer = false;
    int databases = 0;
    int memoryDbUsers = 0;
    for (const Component &c : design.components()) {
        if (c.kind == ComponentKind::SecretsManager && !listing)
            listing = &c;
        if (c.kind == ComponentKind::ElastiCacheRedis && !redis)
            redis = &c;
        services = services || kindIsEcsService(c.kind);
        pgbouncer = pgbouncer || c.kind == ComponentKind::PgBouncer;
        if (c.kind == ComponentKind::RdsPostgres || c.kind == ComponentKind::AuroraPostgres)
            ++databases; // each manages its master-user secret (manage_master_user_password)
        if (c.kind == ComponentKind::MemoryDb)
            memoryDbUsers += int(c.listParam(QStringLiteral("acl_users")).size());
    }
    QStringList names = listing ? listing->listParam(QStringLiteral("secrets")) : QStringList();
    names.removeDuplicates();
    if (databases > 0)
        names.removeAll(QStringLiteral("database-password")); // the database's role secrets instead
    if (services && !names.contains(QStringLiteral("django-secret-key")))
        names.append(QStringLiteral("django-secret-key"));
    const bool redisAuth = redis && redis->boolParam(QStringLiteral("auth_token")) && redis->boolParam(QStringLiteral("transit_encryption"));
    if (redisAuth && !names.contains(QStringLiteral("redis-auth-token")))
        names.append(QStringLiteral("redis-auth-token"));
    if (!redisAuth)
        names.removeAll(QStringLiteral("redis-auth-token")); // nothing would read it
    int roles = 0;
    if (databases > 0)
        roles = pgbouncer ? 2 : 1; // database-app, and pgBouncer's auth_query login
    return int(names.size()) + roles + memoryDbUsers + databases;
}

int CostEngine::alarmCount(const Design &design)
{
    // The alarms terraform/monitoring.tf declares (TerraformEmitter::monitoring), counted by the
    // same rules: tst_costestimate compares the two on every example design and variation.
    const auto first = [&](ComponentKind kind) -> const Component * {
        for (const Component &c : design.components()) {
            if (c.kind == kind)
                return &c;
        }
        return nullptr;
    };
    const Component *cw = first(ComponentKind::CloudWatch);
    const bool alb = first(ComponentKind::Alb) != nullptr;
    const bool sqs = first(ComponentKind::Sqs) != nullptr;
    int alarms = 0;
    for (const Component &c : design.components()) {
        if (kindIsEcsService(c.kind) || c.kind == ComponentKind::MemoryDb)
            alarms += 2; // CPU, memory (of a MemoryDB cluster's busiest node)
        if (c.kind == ComponentKind::EcsWeb && alb)
            alarms += 1; // unhealthy targets of its target group
        if (c.kind == ComponentKind::EcsBeat && cw && cw->boolParam(QStringLiteral("container_insights")))
            alarms += 1; // no running task (Container Insights' RunningTaskCount)
        if (c.kind == ComponentKind::EcsWorker && sqs)
            alarms += int(c.listParam(QStringLiteral("queues")).size()); // a backlog alarm per SQS queue
    }
    if (alb)
        alarms += 3; // target 5xx, load balancer 5xx, p95 response time
    if (const Component *db = first(ComponentKind::RdsPostgres))
        alarms += 3 + 2 * int(db->intParam(QStringLiteral("read_replicas"))); // CPU, connections, free storage; each replica's lag and storage
    else if (first(ComponentKind::AuroraPostgres))
        alarms += 2; // CPU, connections (the volume grows by itself)
    if (const Component *redis = first(ComponentKind::ElastiCacheRedis))
        alarms += 2 * int(1 + redis->intParam(QStringLiteral("replicas"))); // CPU and memory of each member
    return alarms;
}

namespace {
std::atomic<quint64> g_estimatesRun[2];
} // namespace

quint64 CostEngine::estimatesRun(Detail detail)
{
    return g_estimatesRun[detail == Detail::LineItems ? 0 : 1].load(std::memory_order_relaxed);
}

CostEstimate CostEngine::estimate(const Design &design, const CostOptions &options, Detail detail) const
{
    g_estimatesRun[detail == Detail::LineItems ? 0 : 1].fetch_add(1, std::memory_order_relaxed);
    CostEstimate out;
    out.designName = design.name();
    out.region = design.region();
    out.catalogVersion = m_catalog->version();
    out.catalogDate = m_catalog->effectiveDate();
    out.hoursPerMonth = m_catalog->hoursPerMonth();
    out.options = options;
    if (!m_catalog->isValid()) {
        out.errors.append(QStringLiteral("the pricing catalog %1 did not load: %2")
                              .arg(PricingCatalog::displayName(m_catalog->indexFile()), m_catalog->errorStrings().join(QStringLiteral("; "))));
        return out;
    }
    const RegionPrices *region = m_catalog->region(out.region);
    if (!region) {
        out.errors.append(m_catalog->unknownRegionMessage(out.region));
        return out;
    }
    out.regionName = region->name();
    out.catalogFile = region->file();
    Estimator(*m_catalog, *region, design, options, detail == Detail::LineItems, out).run();
    return out;
}

} // namespace Infra
