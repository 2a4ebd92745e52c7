#include "docsemitter.h"

#include "docscontext.h"
#include "docswriter.h"
#include "terraformemitter.h"

#include <algorithm>

namespace Infra {

namespace {

using W = DocsWriter;

QString tasks(const Component &c)
{
    return QStringLiteral("%1-%2 tasks (desired %3)")
        .arg(c.intParam(QStringLiteral("min_tasks")))
        .arg(c.intParam(QStringLiteral("max_tasks")))
        .arg(c.intParam(QStringLiteral("desired_tasks")));
}

} // namespace

QString DocsEmitter::componentSummary(const DocsContext &ctx, const Component &c)
{
    auto i = [&](const char *key) { return c.intParam(QString::fromLatin1(key)); };
    auto s = [&](const char *key) { return c.stringParam(QString::fromLatin1(key)); };
    auto b = [&](const char *key) { return c.boolParam(QString::fromLatin1(key)); };
    const QString size = QStringLiteral("%1 vCPU / %2 MiB %3")
                             .arg(W::number(double(i("cpu")) / 1024.0))
                             .arg(i("memory"))
                             .arg(s("architecture"));
    switch (c.kind) {
    case ComponentKind::CloudFront:
        return QStringLiteral("%1, static TTL %2 s, media TTL %3 s, API TTL %4 s, %5 % edge hit ratio")
            .arg(s("price_class"))
            .arg(i("static_default_ttl"))
            .arg(i("media_default_ttl"))
            .arg(i("api_default_ttl"))
            .arg(W::number(c.doubleParam(QStringLiteral("cache_hit_ratio"))));
    case ComponentKind::Alb:
        return QStringLiteral("%1, HTTPS for %2, health check %3")
            .arg(b("internal") ? QStringLiteral("internal") : QStringLiteral("internet-facing"),
                 s("certificate_domain"), s("health_check_path"));
    case ComponentKind::EcsWeb:
        return QStringLiteral("%1, %2 x %3 workers, port %4, %5, CPU target %6 %")
            .arg(size, s("server"))
            .arg(i("workers"))
            .arg(i("container_port"))
            .arg(tasks(c), W::number(c.doubleParam(QStringLiteral("cpu_target"))));
    case ComponentKind::EcsWorker:
        return QStringLiteral("queues %1, concurrency %2 (%3), %4, %5")
            .arg(c.listParam(QStringLiteral("queues")).join(QStringLiteral(", ")))
            .arg(i("concurrency"))
            .arg(s("pool"), size, tasks(c));
    case ComponentKind::EcsBeat:
        return QStringLiteral("%1, %2 task, %3").arg(size).arg(i("desired_tasks")).arg(s("scheduler"));
    case ComponentKind::RdsPostgres:
        return QStringLiteral("PostgreSQL %1, %2, %3, %4 GB %5 (up to %6 GB), backups %7 days, %8 read replica(s)")
            .arg(s("engine_version"), s("instance_class"),
                 b("multi_az") ? QStringLiteral("Multi-AZ") : QStringLiteral("single-AZ"))
            .arg(i("allocated_storage"))
            .arg(s("storage_type"))
            .arg(i("max_allocated_storage"))
            .arg(i("backup_retention_days"))
            .arg(i("read_replicas"));
    case ComponentKind::AuroraPostgres:
        return QStringLiteral("Aurora PostgreSQL %1, %2, writer + %3 reader(s), %4 storage%5, backups %6 days")
            .arg(s("engine_version"),
                 s("capacity") == QLatin1String("serverless_v2")
                     ? QStringLiteral("Serverless v2 %1-%2 ACU").arg(W::number(c.doubleParam(QStringLiteral("min_acu"))), W::number(c.doubleParam(QStringLiteral("max_acu"))))
                     : s("instance_class"))
            .arg(i("readers"))
            .arg(s("storage_configuration") == QLatin1String("io_optimized") ? QStringLiteral("I/O-Optimized") : QStringLiteral("Standard"),
                 b("global_database") ? QStringLiteral(", Global Database primary") : QString())
            .arg(i("backup_retention_days"));
    case ComponentKind::PgBouncer: {
        const PoolCalculation &p = ctx.derived().pools();
        const bool calc = p.pgbouncerId == c.id;
        return QStringLiteral("%1 pooling, pool %2 + reserve %3, max %4 clients (%5 sizing), %6 task(s), port %7")
            .arg(s("pool_mode"))
            .arg(calc ? p.pgbouncerDefaultPoolSize : i("default_pool_size"))
            .arg(i("reserve_pool_size"))
            .arg(calc ? p.pgbouncerMaxClientConn : i("max_client_conn"))
            .arg(s("sizing"))
            .arg(i("desired_tasks"))
            .arg(i("listen_port"));
    }
    case ComponentKind::ElastiCacheRedis:
        return QStringLiteral("Redis %1, %2, %3 replica(s), %4, roles %5, TLS %6")
            .arg(s("engine_version"), s("node_type"))
            .arg(i("replicas"))
            .arg(s("maxmemory_policy"), c.listParam(QStringLiteral("roles")).join(QStringLiteral(", ")),
                 W::yesNo(b("transit_encryption")));
    case ComponentKind::S3Bucket:
        return QStringLiteral("%1 bucket %2, versioning %3, %4")
            .arg(s("role"), ctx.resourceName(c.id), W::yesNo(b("versioning")), s("encryption"));
    case ComponentKind::Ecr:
        return QStringLiteral("scan on push %1, immutable tags %2, keeps %3 images")
            .arg(W::yesNo(b("scan_on_push")), W::yesNo(b("immutable_tags")))
            .arg(i("keep_images"));
    case ComponentKind::SecretsManager:
        return QStringLiteral("%1; rotation every %2 days")
            .arg(c.listParam(QStringLiteral("secrets")).join(QStringLiteral(", ")))
            .arg(i("rotation_days"));
    case ComponentKind::CloudWatch:
        return QStringLiteral("logs kept %1 days, Container Insights %2, alarms %3")
            .arg(i("log_retention_days"))
            .arg(W::yesNo(b("container_insights")), W::yesNo(b("alarms")));
    case ComponentKind::Sqs:
        return QStringLiteral("Celery broker %1, visibility timeout %2 s")
            .arg(W::yesNo(b("broker")))
            .arg(i("visibility_timeout"));
    case ComponentKind::EventBridgeScheduler: {
        const QVariantMap schedules = c.param(QStringLiteral("schedules")).toMap();
        return QStringLiteral("%1 schedule(s) (%2), time zone %3")
            .arg(schedules.size())
            .arg(schedules.isEmpty() ? QStringLiteral("none") : QStringList(schedules.keys()).join(QStringLiteral(", ")), s("timezone"));
    }
    case ComponentKind::MemoryDb:
        return QStringLiteral("%1 %2, %3, %4 shard(s) x (1 + %5 replica(s)), TLS %6, roles %7, snapshots %8 days")
            .arg(s("engine"), s("engine_version"), s("node_type"))
            .arg(i("shards"))
            .arg(i("replicas_per_shard"))
            .arg(W::yesNo(b("tls")), c.listParam(QStringLiteral("roles")).join(QStringLiteral(", ")))
            .arg(i("snapshot_retention_days"));
    }
    return {};
}

EmittedFiles DocsEmitter::emit(const Design &design, const DerivedModel &derived)
{
    QStringList paths;
    for (const EmittedFile &f : TerraformEmitter::emit(design, derived))
        paths.append(f.path);
    return emit(design, derived, paths);
}

EmittedFiles DocsEmitter::emit(const Design &design, const DerivedModel &derived, const QStringList &terraformPaths)
{
    const DocsContext ctx(design, derived);
    const std::pair<const char *, QByteArray (*)(const DocsContext &)> documents[] = {
        {"docs/adrs/ADR-001-ecs-fargate-vs-eks.md", &adrEcsVsEks},
        {"docs/adrs/ADR-002-rds-vs-aurora.md", &adrRdsVsAurora},
        {"docs/adrs/ADR-003-elasticache-vs-memorydb.md", &adrElastiCacheVsMemoryDb},
        {"docs/adrs/ADR-004-celery-beat-vs-eventbridge.md", &adrBeatVsEventBridge},
        {"docs/adrs/ADR-005-celery-queue-design.md", &adrQueueDesign},
        {"docs/adrs/ADR-006-horizontal-vs-vertical-scaling.md", &adrScaling},
        {"docs/architecture/caching-strategy.md", &cachingStrategy},
        {"docs/architecture/database-design.md", &databaseDesign},
        {"docs/architecture/ecs-design.md", &ecsDesign},
        {"docs/architecture/overview.md", &overview},
        {"docs/cost.md", &costReport},
        {"docs/runbooks/database-maintenance.md", &runbookDatabaseMaintenance},
        {"docs/runbooks/disaster-recovery.md", &runbookDisasterRecovery},
        {"docs/runbooks/incident-response.md", &runbookIncidentResponse},
        {"docs/runbooks/scaling.md", &runbookScaling},
    };
    EmittedFiles files;
    for (const auto &[path, make] : documents)
        files.append({QString::fromLatin1(path), QStringLiteral("markdown"), make(ctx)});
    files.append(supersedingAdrs(ctx));
    files.append(
        {QStringLiteral("docs/terraform/README.md"), QStringLiteral("markdown"), terraformReadme(ctx, terraformPaths)});
    std::sort(files.begin(), files.end(), [](const EmittedFile &a, const EmittedFile &b) { return a.path < b.path; });
    return files;
}

} // namespace Infra
