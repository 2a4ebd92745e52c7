// docs/architecture/database-design.md and caching-strategy.md.
#include "docsemitter.h"

#include "configemitter.h"
#include "docscontext.h"
#include "docswriter.h"

#include "model/instancetypes.h"

namespace Infra {

namespace {

using W = DocsWriter;

void header(W &w, const DocsContext &ctx, const QString &title)
{
    w.heading(1, title);
    w.paragraph(QStringLiteral("> ") + ctx.notice());
}

QString exact(double v)
{
    return W::number(v);
}

} // namespace

QByteArray DocsEmitter::databaseDesign(const DocsContext &ctx)
{
    const Design &d = ctx.design();
    const PoolCalculation &p = ctx.derived().pools();
    W w;
    header(w, ctx, QStringLiteral("Database design"));
    const Component *db = ctx.database();
    if (!db) {
        w.paragraph(QStringLiteral("The design has no RDS PostgreSQL database."));
        return w.toUtf8();
    }
    auto i = [&](const char *key) { return db->intParam(QString::fromLatin1(key)); };
    auto s = [&](const char *key) { return db->stringParam(QString::fromLatin1(key)); };
    auto b = [&](const char *key) { return db->boolParam(QString::fromLatin1(key)); };
    const auto hw = rdsInstanceClass(s("instance_class"));
    const bool aurora = db->kind == ComponentKind::AuroraPostgres;
    const double size = d.value(Section::Workload, QStringLiteral("db_size_gb")).toDouble();
    const double growth = d.value(Section::Workload, QStringLiteral("db_growth_gb_per_month")).toDouble();

    if (aurora) {
        const bool serverless = s("capacity") == QLatin1String("serverless_v2");
        w.heading(2, QStringLiteral("Cluster"));
        w.table({QStringLiteral("Setting"), QStringLiteral("Value")},
                {{QStringLiteral("Identifier"), W::tt(ctx.resourceName(db->id))},
                 {QStringLiteral("Engine"), QStringLiteral("Aurora PostgreSQL ") + s("engine_version")},
                 {QStringLiteral("Capacity"),
                  serverless ? QStringLiteral("Serverless v2, %1 to %2 ACU per instance (about 2 GiB each)")
                                   .arg(exact(db->doubleParam(QStringLiteral("min_acu"))), exact(db->doubleParam(QStringLiteral("max_acu"))))
                             : s("instance_class") + (hw ? QStringLiteral(" (%1 vCPU, %2 GiB)").arg(hw->vcpu).arg(W::number(hw->memoryGiB)) : QString())},
                 {QStringLiteral("Instances"), QStringLiteral("writer + %1 reader(s); readers serve the reader endpoint and are the failover targets").arg(i("readers"))},
                 {QStringLiteral("Storage configuration"), s("storage_configuration") == QLatin1String("io_optimized")
                                                               ? QStringLiteral("I/O-Optimized (no I/O charges)")
                                                               : QStringLiteral("Standard (storage and I/O billed by use)")},
                 {QStringLiteral("Global Database"), b("global_database") ? QStringLiteral("primary of a global cluster") : QStringLiteral("no")},
                 {QStringLiteral("Database"), W::tt(s("database_name"))},
                 {QStringLiteral("Publicly accessible"), W::yesNo(b("publicly_accessible"))},
                 {QStringLiteral("Encrypted at rest"), W::yesNo(b("storage_encrypted"))},
                 {QStringLiteral("Performance Insights"), W::yesNo(b("performance_insights"))},
                 {QStringLiteral("Enhanced monitoring"), i("monitoring_interval") > 0
                                                             ? QStringLiteral("every %1 s").arg(i("monitoring_interval"))
                                                             : QStringLiteral("off")},
                 {QStringLiteral("Deletion protection"), W::yesNo(b("deletion_protection"))}});
        w.heading(2, QStringLiteral("Storage"));
        w.paragraph(QStringLiteral("The cluster volume is shared by every instance, grows by itself up to 128 TiB and is "
                                   "billed on the data stored (no allocated size, no Backtrack: that is Aurora MySQL only). "
                                   "The database holds %1 GB today and grows %2 GB a month.")
                        .arg(exact(size), exact(growth)));
        w.heading(2, QStringLiteral("Backups"));
        w.bullets({QStringLiteral("Continuous backups kept %1 days, snapshot window %2 UTC (point-in-time restore within that period).")
                       .arg(i("backup_retention_days"))
                       .arg(s("backup_window")),
                   QStringLiteral("Maintenance window %1 UTC.").arg(s("maintenance_window")),
                   QStringLiteral("A final snapshot %1 is taken when the cluster is deleted.")
                       .arg(W::tt(ctx.resourceName(db->id + QStringLiteral("-final")))),
                   QStringLiteral("Procedures: [disaster recovery](../runbooks/disaster-recovery.md), "
                                  "[maintenance](../runbooks/database-maintenance.md).")});
    } else {
    w.heading(2, QStringLiteral("Instance"));
    w.table({QStringLiteral("Setting"), QStringLiteral("Value")},
            {{QStringLiteral("Identifier"), W::tt(ctx.resourceName(db->id))},
             {QStringLiteral("Engine"), QStringLiteral("PostgreSQL ") + s("engine_version")},
             {QStringLiteral("Instance class"),
              s("instance_class") +
                  (hw ? QStringLiteral(" (%1 vCPU, %2 GiB)").arg(hw->vcpu).arg(W::number(hw->memoryGiB)) : QString())},
             {QStringLiteral("Multi-AZ"), W::yesNo(b("multi_az"))},
             {QStringLiteral("Read replicas"), QString::number(i("read_replicas"))},
             {QStringLiteral("Database"), W::tt(s("database_name"))},
             {QStringLiteral("Publicly accessible"), W::yesNo(b("publicly_accessible"))},
             {QStringLiteral("Encrypted at rest"), W::yesNo(b("storage_encrypted"))},
             {QStringLiteral("Performance Insights"), W::yesNo(b("performance_insights"))},
             {QStringLiteral("Enhanced monitoring"), i("monitoring_interval") > 0
                                                         ? QStringLiteral("every %1 s").arg(i("monitoring_interval"))
                                                         : QStringLiteral("off")},
             {QStringLiteral("Deletion protection"), W::yesNo(b("deletion_protection"))}});

    w.heading(2, QStringLiteral("Storage"));
    QString storage =
        QStringLiteral(
            "%1 GB of %2, %3 IOPS and %4 MiB/s; autoscaling up to %5 GB. The database holds %6 GB today and grows "
            "%7 GB a month")
            .arg(i("allocated_storage"))
            .arg(s("storage_type"))
            .arg(i("iops"))
            .arg(i("storage_throughput"))
            .arg(i("max_allocated_storage"))
            .arg(exact(size), exact(growth));
    const qint64 ceiling = std::max(i("allocated_storage"), i("max_allocated_storage"));
    if (growth > 0)
        storage += QStringLiteral(": %1 GB of headroom to the limit last about %2 months.")
                       .arg(exact(double(ceiling) - size))
                       .arg(qint64((double(ceiling) - size) / growth));
    else
        storage += QLatin1Char('.');
    w.paragraph(storage);

    w.heading(2, QStringLiteral("Backups"));
    w.bullets({QStringLiteral(
                   "Automated backups kept %1 days, taken daily in %2 UTC (point-in-time restore within that period).")
                   .arg(i("backup_retention_days"))
                   .arg(s("backup_window")),
               QStringLiteral("Maintenance window %1 UTC.").arg(s("maintenance_window")),
               QStringLiteral("A final snapshot %1 is taken when the instance is deleted.")
                   .arg(W::tt(ctx.resourceName(db->id + QStringLiteral("-final")))),
               QStringLiteral("Procedures: [disaster recovery](../runbooks/disaster-recovery.md), "
                              "[maintenance](../runbooks/database-maintenance.md).")});
    }

    w.heading(2, QStringLiteral("Connection pool calculation"));
    w.paragraph(
        QStringLiteral(
            "The playbook's calculator: web tasks x Gunicorn workers x 2, plus worker tasks x concurrency, plus 20 % "
            "for management connections. `default_pool_size` = int(total / 4), `max_client_conn` = int(total x 2), "
            "recommended `max_connections` = int(total x 1.5); Django keeps connections for CONN_MAX_AGE = %1 s.")
            .arg(PoolCalculation::connMaxAge));
    QList<QStringList> rows;
    for (const PoolContribution &k : p.contributions)
        rows.append({W::tt(k.componentId), k.web ? QStringLiteral("web") : QStringLiteral("worker"),
                     QString::number(k.perTask),
                     QStringLiteral("%1 x %2 = %3").arg(k.desiredTasks).arg(k.perTask).arg(k.desiredConnections),
                     QStringLiteral("%1 x %2 = %3").arg(k.maxTasks).arg(k.perTask).arg(k.maxConnections)});
    w.table({QStringLiteral("Service"), QStringLiteral("Kind"), QStringLiteral("Connections per task"),
             QStringLiteral("Desired"), QStringLiteral("Maximum")},
            rows);
    auto figures = [](const PoolFigures &f) {
        return QStringList{QString::number(f.webConnections),
                           QString::number(f.workerConnections),
                           exact(f.management),
                           exact(f.exactTotal),
                           QString::number(f.total),
                           QString::number(f.defaultPoolSize),
                           QString::number(f.maxClientConn),
                           QString::number(f.rdsMaxConnections),
                           QString::number(f.databaseConnections)};
    };
    const QStringList names = {QStringLiteral("Web connections"),
                               QStringLiteral("Worker connections"),
                               QStringLiteral("Management (20 %)"),
                               QStringLiteral("Total (exact)"),
                               QStringLiteral("Total"),
                               QStringLiteral("default_pool_size"),
                               QStringLiteral("max_client_conn"),
                               QStringLiteral("Recommended max_connections"),
                               QStringLiteral("Connections reaching the database")};
    const QStringList desired = figures(p.desired);
    const QStringList maximum = figures(p.maximum);
    rows.clear();
    for (qsizetype n = 0; n < names.size(); ++n)
        rows.append({names.at(n), desired.at(n), maximum.at(n)});
    w.table({QStringLiteral("Figure"), QStringLiteral("Desired scale"), QStringLiteral("Maximum scale")}, rows);

    w.heading(2, QStringLiteral("max_connections budget"));
    QStringList budget;
    if (p.instanceDefaultLimit >= 0 && p.serverlessMaxAcu > 0)
        budget.append(
            QStringLiteral("Each Aurora Serverless v2 instance allows %1 connections by default at its maximum of %2 ACU (about 2 GiB each; LEAST(DBInstanceClassMemory / 9531392, 5000)).")
                .arg(p.instanceDefaultLimit)
                .arg(p.serverlessMaxAcu));
    else if (p.instanceDefaultLimit >= 0)
        budget.append(
            QStringLiteral("%1 allows %2 connections by default (LEAST(DBInstanceClassMemory / 9531392, 5000)).")
                .arg(p.instanceClass)
                .arg(p.instanceDefaultLimit));
    if (p.aurora)
        budget.append(QStringLiteral("The pools above reach the writer; the reader endpoint spreads read-only connections over %1 reader(s), %2 more connections.")
                          .arg(p.readerInstances)
                          .arg(std::max(0, p.readerConnectionBudget)));
    if (p.maxConnectionsOverride > 0)
        budget.append(QStringLiteral("The design sets max_connections = %1 in the parameter group.")
                          .arg(p.maxConnectionsOverride));
    else
        budget.append(
            QStringLiteral("The parameter group gets the recommendation at maximum scale: max_connections = %1.")
                .arg(p.maxConnectionsSetting));
    if (p.hasPgBouncer()) {
        budget.append(QStringLiteral("pgBouncer (%1, %2 sizing) multiplexes the clients: %3 task(s) x (%4 pool + %5 "
                                     "reserve) = %6 server connections, "
                                     "whatever the services' scale.")
                          .arg(W::tt(p.pgbouncerId),
                               p.pgbouncerAutomatic ? QStringLiteral("automatic") : QStringLiteral("manual"))
                          .arg(p.pgbouncerTasks)
                          .arg(p.pgbouncerDefaultPoolSize)
                          .arg(p.pgbouncerReservePoolSize)
                          .arg(p.maximum.databaseConnections));
    }
    if (p.connectionBudget >= 0) {
        budget.append(
            QStringLiteral("Budget %1: %2 connections at desired scale (%3), %4 at maximum (%5).")
                .arg(p.connectionBudget)
                .arg(p.desired.databaseConnections)
                .arg(p.exceedsBudgetAtDesired() ? QStringLiteral("**over budget**") : QStringLiteral("within budget"))
                .arg(p.maximum.databaseConnections)
                .arg(p.exceedsBudgetAtMaximum() ? QStringLiteral("**over budget**") : QStringLiteral("within budget")));
    }
    w.bullets(budget);

    const QVariantMap overrides = db->param(QStringLiteral("parameters")).toMap();
    if (!overrides.isEmpty()) {
        w.heading(2, QStringLiteral("Parameter overrides"));
        rows.clear();
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            rows.append({W::tt(it.key()), W::tt(it.value().toString())});
        w.table({QStringLiteral("Parameter"), QStringLiteral("Value")}, rows);
    }
    return w.toUtf8();
}

QByteArray DocsEmitter::cachingStrategy(const DocsContext &ctx)
{
    W w;
    header(w, ctx, QStringLiteral("Caching strategy"));
    const Component *redis = ctx.redis();
    if (redis) {
        auto i = [&](const char *key) { return redis->intParam(QString::fromLatin1(key)); };
        auto s = [&](const char *key) { return redis->stringParam(QString::fromLatin1(key)); };
        auto b = [&](const char *key) { return redis->boolParam(QString::fromLatin1(key)); };
        w.heading(2, QStringLiteral("Redis"));
        w.paragraph(QStringLiteral("ElastiCache Redis %1 (replication group %2) on %3: 1 primary and %4 replica(s), "
                                   "automatic failover %5, "
                                   "Multi-AZ %6, encryption at rest %7, in transit %8 (%9://), port %10.")
                        .arg(s("engine_version"), W::tt(ctx.resourceName(redis->id)), s("node_type"))
                        .arg(i("replicas"))
                        .arg(W::yesNo(b("automatic_failover")), W::yesNo(b("multi_az")),
                             W::yesNo(b("at_rest_encryption")), W::yesNo(b("transit_encryption")),
                             b("transit_encryption") ? QStringLiteral("rediss") : QStringLiteral("redis"))
                        .arg(i("port")));
        const QStringList roles = redis->listParam(QStringLiteral("roles"));
        struct Role
        {
            const char *role;
            const char *db;
            const char *user;
        };
        const Role table[] = {{"cache", "cache_db", "Django cache (`CACHES[\"default\"]`, django-redis)"},
                              {"sessions", "sessions_db", "sessions (`CACHES[\"sessions\"]`, SESSION_ENGINE cache)"},
                              {"broker", "broker_db", "Celery broker"},
                              {"results", "results_db", "Celery results"}};
        QList<QStringList> rows;
        for (const Role &r : table) {
            const QString role = QString::fromLatin1(r.role);
            bool active = roles.contains(role);
            QString note;
            if (role == QLatin1String("broker") && ctx.sqsBroker()) {
                active = false;
                note = QStringLiteral(" (the broker is SQS)");
            }
            rows.append({role, active ? QString::number(i(r.db)) : QStringLiteral("-"),
                         QString::fromUtf8(r.user) + note, active ? QStringLiteral("yes") : QStringLiteral("no")});
        }
        w.table(
            {QStringLiteral("Role"), QStringLiteral("DB number"), QStringLiteral("Used by"), QStringLiteral("Active")},
            rows);

        w.heading(2, QStringLiteral("Eviction"));
        const QString policy = s("maxmemory_policy");
        QString text =
            QStringLiteral("`maxmemory-policy` is %1 (terraform/elasticache.tf parameter group). ").arg(W::tt(policy));
        if (policy.startsWith(QLatin1String("volatile")))
            text += QStringLiteral("When memory is full Redis evicts keys with a TTL (cache entries, sessions) and "
                                   "never a key without one "
                                   "(queued Celery messages); once no key with a TTL is left, writes fail.");
        else if (policy == QLatin1String("noeviction"))
            text += QStringLiteral("Nothing is evicted: when memory is full, writes fail.");
        else
            text += QStringLiteral(
                "Any key may be evicted when memory is full, including Celery messages: keep the broker elsewhere or "
                "watch memory closely.");
        w.paragraph(text);
        w.paragraph(QStringLiteral("Snapshots are kept %1 days.").arg(i("snapshot_retention_days")));
    }
    // The roles MemoryDB holds (the first Redis-compatible holder of each, as the settings use).
    const Component *store = ctx.terraform().memoryDbInUse();
    if (store) {
        auto i = [&](const char *key) { return store->intParam(QString::fromLatin1(key)); };
        auto s = [&](const char *key) { return store->stringParam(QString::fromLatin1(key)); };
        const bool tls = store->boolParam(QStringLiteral("tls"));
        w.heading(2, QStringLiteral("MemoryDB"));
        w.paragraph(QStringLiteral("MemoryDB %1 %2 (cluster %3) on %4: %5 shard(s), %6 replica(s) per shard, TLS %7 (%8://), "
                                   "port %9. Every write goes to a Multi-AZ transaction log before it is acknowledged. "
                                   "The application logs in as the ACL user %10 (its password in Secrets Manager).")
                        .arg(s("engine"), s("engine_version"), W::tt(ctx.resourceName(store->id)), s("node_type"))
                        .arg(i("shards"))
                        .arg(i("replicas_per_shard"))
                        .arg(W::yesNo(tls), tls ? QStringLiteral("rediss") : QStringLiteral("redis"))
                        .arg(i("port"))
                        .arg(W::tt(ctx.resourceName(store->id + QLatin1Char('-') + store->listParam(QStringLiteral("acl_users")).value(0, QStringLiteral("app"))))));
        struct Role
        {
            const char *role;
            const char *user;
            QString prefix;
        };
        const QString project = ctx.design().project();
        const Role table[] = {{"cache", "Django cache (`CACHES[\"default\"]`, django-redis `KEY_PREFIX`)", ConfigEmitter::memoryDbCacheKeyPrefix(project)},
                              {"sessions", "sessions (`CACHES[\"sessions\"]`, `KEY_PREFIX`)", ConfigEmitter::memoryDbSessionsKeyPrefix()},
                              {"broker", "Celery broker (`global_keyprefix` of the transport)", ConfigEmitter::memoryDbBrokerKeyPrefix()},
                              {"results", "Celery results (`global_keyprefix` of the result backend, Celery 5.3+)", ConfigEmitter::memoryDbResultsKeyPrefix()}};
        QList<QStringList> rows;
        for (const Role &r : table) {
            const Component *holder = ctx.terraform().roleHolder(QString::fromLatin1(r.role));
            if (holder != store || (QLatin1String(r.role) == QLatin1String("broker") && ctx.sqsBroker()))
                continue;
            rows.append({QString::fromLatin1(r.role), QString::fromUtf8(r.user), W::tt(r.prefix)});
        }
        w.table({QStringLiteral("Role"), QStringLiteral("Used by"), QStringLiteral("Key prefix (database 0)")}, rows);
        w.paragraph(QStringLiteral("MemoryDB is always a cluster: it has database 0 only, and it refuses a command whose keys "
                                   "lie in different hash slots (CROSSSLOT), even with one shard. Celery's Redis transport "
                                   "and django-redis send such commands (one BRPOP over the queues, get_many, set_many), so "
                                   "each role's keys start with a hash tag in braces, which puts them in one slot. Clients "
                                   "that do not follow cluster redirects need the one shard and its primary: see the findings "
                                   "memorydb-single-shard and memorydb-cluster-endpoint."));
        w.paragraph(QStringLiteral("Snapshots are kept %1 days.").arg(i("snapshot_retention_days")));
    }
    if (!redis && !store)
        w.paragraph(
            QStringLiteral("The design has no Redis: Django uses its local-memory cache and database sessions."));

    if (const Component *cdn = ctx.first(ComponentKind::CloudFront)) {
        auto i = [&](const char *key) { return cdn->intParam(QString::fromLatin1(key)); };
        w.heading(2, QStringLiteral("CloudFront behaviours"));
        QList<QStringList> rows;
        if (ctx.first(ComponentKind::Alb))
            rows.append({QStringLiteral("default (API, ALB)"), W::seconds(0), W::seconds(i("api_default_ttl")),
                         W::seconds(i("api_default_ttl")),
                         QStringLiteral("query strings, Host, Origin, Authorization, all cookies")});
        if (ctx.bucket(QStringLiteral("static")))
            rows.append({QStringLiteral("/static/*"), W::seconds(i("static_min_ttl")),
                         W::seconds(i("static_default_ttl")), W::seconds(i("static_max_ttl")),
                         QStringLiteral("nothing")});
        if (ctx.bucket(QStringLiteral("media")))
            rows.append({QStringLiteral("/media/*"), W::seconds(i("media_min_ttl")), W::seconds(i("media_default_ttl")),
                         W::seconds(i("media_max_ttl")), QStringLiteral("nothing")});
        w.table({QStringLiteral("Behaviour"), QStringLiteral("Min TTL"), QStringLiteral("Default TTL"),
                 QStringLiteral("Max TTL"), QStringLiteral("Forwarded")},
                rows);
        w.paragraph(
            QStringLiteral(
                "Static files are stored with content-hashed names (S3ManifestStaticStorage), so the long static TTL "
                "never serves a stale file; the design expects %1 % of requests to be answered at the edge. "
                "Price class %2, compression %3.")
                .arg(W::number(cdn->doubleParam(QStringLiteral("cache_hit_ratio"))),
                     cdn->stringParam(QStringLiteral("price_class")),
                     W::yesNo(cdn->boolParam(QStringLiteral("compress")))));
    }
    return w.toUtf8();
}

} // namespace Infra
