// docs/runbooks/database-maintenance.md and incident-response.md.
#include "docsemitter.h"

#include "configemitter.h"
#include "docscontext.h"
#include "docswriter.h"

namespace Infra {

namespace {

using W = DocsWriter;

void header(W &w, const DocsContext &ctx, const QString &title)
{
    w.heading(1, title);
    w.paragraph(QStringLiteral("> ") + ctx.notice());
}

QString majorVersion(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0);
}

} // namespace

QByteArray DocsEmitter::runbookDatabaseMaintenance(const DocsContext &ctx)
{
    W w;
    header(w, ctx, QStringLiteral("Database maintenance runbook"));
    const Component *db = ctx.database();
    if (!db) {
        w.paragraph(QStringLiteral("The design has no RDS database."));
        return w.toUtf8();
    }
    if (db->kind == ComponentKind::AuroraPostgres)
        return runbookAuroraMaintenance(ctx, *db);
    const PoolCalculation &p = ctx.derived().pools();
    const QString id = ctx.resourceName(db->id);
    const QString family = QStringLiteral("postgres") + majorVersion(db->stringParam(QStringLiteral("engine_version")));
    const Component *pgb = ctx.pgbouncer();
    const Component *web = ctx.first(ComponentKind::EcsWeb);

    w.heading(2, QStringLiteral("Windows"));
    w.bullets({QStringLiteral("Backups: daily in %1 UTC, kept %2 days.")
                   .arg(db->stringParam(QStringLiteral("backup_window")))
                   .arg(db->intParam(QStringLiteral("backup_retention_days"))),
               QStringLiteral("Maintenance: %1 UTC (minor upgrades, pending parameter changes).")
                   .arg(db->stringParam(QStringLiteral("maintenance_window"))),
               QStringLiteral("Instance %1: %2, PostgreSQL %3, %4.")
                   .arg(W::tt(id), db->stringParam(QStringLiteral("instance_class")),
                        db->stringParam(QStringLiteral("engine_version")),
                        db->boolParam(QStringLiteral("multi_az"))
                            ? QStringLiteral("Multi-AZ (changes apply on the standby first, then one failover)")
                            : QStringLiteral("single-AZ (changes mean downtime)"))});

    w.heading(2, QStringLiteral("Before any change: a manual snapshot"));
    w.code(
        QStringLiteral("bash"),
        QStringLiteral("SNAPSHOT=%1-before-change-$(date -u +%Y%m%d%H%M)\n"
                       "aws rds create-db-snapshot --db-instance-identifier %1 --db-snapshot-identifier \"$SNAPSHOT\"\n"
                       "aws rds wait db-snapshot-available --db-snapshot-identifier \"$SNAPSHOT\"")
            .arg(id));

    w.heading(2, QStringLiteral("Connections"));
    w.paragraph(QStringLiteral("max_connections is %1; at maximum scale %2 connections reach the database%3.")
                    .arg(p.maxConnectionsSetting)
                    .arg(p.maximum.databaseConnections)
                    .arg(pgb ? QStringLiteral(" through pgBouncer (%1 x (%2 + %3))")
                                   .arg(p.pgbouncerTasks)
                                   .arg(p.pgbouncerDefaultPoolSize)
                                   .arg(p.pgbouncerReservePoolSize)
                             : QString()));
    QString sql = QStringLiteral(
        "-- connections by state and application\n"
        "SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;\n"
        "SHOW max_connections;");
    w.code(QStringLiteral("sql"), sql);
    if (pgb)
        w.paragraph(QStringLiteral("pgBouncer's own view (admin console on port %1, database `pgbouncer`): `SHOW "
                                   "POOLS;`, `SHOW CLIENTS;`, `SHOW STATS;`.")
                        .arg(pgb->intParam(QStringLiteral("listen_port"))));

    w.heading(2, QStringLiteral("Parameter changes"));
    w.paragraph(
        QStringLiteral("Parameters live in the group %1 (terraform/rds.tf). Change them in the design "
                       "(max_connections, parameter overrides) "
                       "and apply; static parameters such as max_connections and shared_buffers wait for a reboot:")
            .arg(W::tt(ctx.resourceName(db->id + QLatin1Char('-') + family))));
    w.code(QStringLiteral("bash"),
           QStringLiteral("aws rds describe-db-instances --db-instance-identifier %1 \\\n"
                          "  --query 'DBInstances[0].DBParameterGroups[0].ParameterApplyStatus'\n"
                          "aws rds reboot-db-instance --db-instance-identifier %1")
               .arg(id));

    w.heading(2, QStringLiteral("Resizing the instance"));
    w.paragraph(QStringLiteral("Change `instance_class` of %1 in the design (now %2) and run `terraform apply`; the "
                               "change waits for the maintenance window "
                               "unless applied at once:")
                    .arg(W::tt(db->id), db->stringParam(QStringLiteral("instance_class"))));
    w.code(
        QStringLiteral("bash"),
        QStringLiteral(
            "aws rds modify-db-instance --db-instance-identifier %1 --db-instance-class NEW_CLASS --apply-immediately")
            .arg(id));
    w.paragraph(QStringLiteral("A new class changes the default connection limit and the memory settings: re-export so "
                               "the parameter group follows."));

    w.heading(2, QStringLiteral("Storage"));
    w.paragraph(QStringLiteral("%1 GB %2, autoscaling to %3 GB. Free space:")
                    .arg(db->intParam(QStringLiteral("allocated_storage")))
                    .arg(db->stringParam(QStringLiteral("storage_type")))
                    .arg(db->intParam(QStringLiteral("max_allocated_storage"))));
    w.code(QStringLiteral("bash"),
           QStringLiteral("aws cloudwatch get-metric-statistics --namespace AWS/RDS --metric-name FreeStorageSpace \\\n"
                          "  --dimensions Name=DBInstanceIdentifier,Value=%1 --statistics Minimum --period 3600 \\\n"
                          "  --start-time \"$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)\" --end-time \"$(date -u "
                          "+%Y-%m-%dT%H:%M:%SZ)\"")
               .arg(id));

    w.heading(2, QStringLiteral("Vacuum and statistics"));
    w.code(QStringLiteral("sql"), QStringLiteral("-- tables with the most dead rows\n"
                                                 "SELECT relname, n_dead_tup, last_autovacuum, last_autoanalyze FROM "
                                                 "pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT 10;\n"
                                                 "VACUUM (ANALYZE, VERBOSE) TABLE_NAME;"));

    if (web) {
        w.heading(2, QStringLiteral("Migrations"));
        // Migrations go through the release task (config/deploy.sh), the path every deploy takes.
        w.paragraph(QStringLiteral("Migrations run in the one-off release task (task definition family %1, container "
                                   "`release`: `migrate`, then `collectstatic`) before the services are updated: "
                                   "`config/deploy.sh release IMAGE_TAG` does it on every deploy. To run it by hand "
                                   "with the image already deployed, in the %2 service's network:")
                        .arg(W::tt(ctx.resourceName(QStringLiteral("release"))), W::tt(web->id)));
        w.code(QStringLiteral("bash"),
               QStringLiteral("NETWORK=$(aws ecs describe-services --cluster %1 --services %2 \\\n"
                              "  --query 'services[0].networkConfiguration' --output json)\n"
                              "aws ecs run-task --cluster %1 --task-definition %3 --launch-type FARGATE \\\n"
                              "  --network-configuration \"$NETWORK\" \\\n"
                              "  --overrides "
                              "'{\"containerOverrides\":[{\"name\":\"release\",\"command\":[\"python\",\"manage.py\","
                              "\"migrate\",\"--noinput\"]}]}'")
                   .arg(ctx.clusterName(), web->id, ctx.resourceName(QStringLiteral("release"))));
        if (pgb && pgb->stringParam(QStringLiteral("pool_mode")) == QLatin1String("transaction"))
            w.paragraph(QStringLiteral("The tasks reach the database only through pgBouncer: its security group admits "
                                       "port %1 from pgBouncer alone, so there is no direct path to go around it. With "
                                       "transaction pooling a session lasts one transaction: a migration must not rely "
                                       "on session state across statements (session advisory locks, `SET`); "
                                       "`CREATE INDEX CONCURRENTLY` works in a migration with `atomic = False`, as one "
                                       "statement outside a transaction.")
                            .arg(listenPort(*db)));
    }
    return w.toUtf8();
}

QByteArray DocsEmitter::runbookIncidentResponse(const DocsContext &ctx)
{
    W w;
    header(w, ctx, QStringLiteral("Incident response runbook"));
    const auto services = ctx.terraform().ecsServices();
    const Component *cw = ctx.first(ComponentKind::CloudWatch);

    w.heading(2, QStringLiteral("Severity"));
    w.table({QStringLiteral("Severity"), QStringLiteral("Meaning"), QStringLiteral("Response")},
            {{QStringLiteral("SEV1"), QStringLiteral("site down or data at risk"),
              QStringLiteral("all hands, status page, updates every 30 minutes")},
             {QStringLiteral("SEV2"),
              QStringLiteral("degraded: p95 above %1 ms, 5xx errors, queues backing up")
                  .arg(W::number(ctx.design().value(Section::Workload, QStringLiteral("p95_latency_ms")).toDouble())),
              QStringLiteral("on-call engineer, updates every hour")},
             {QStringLiteral("SEV3"), QStringLiteral("one component impaired, users unaffected"),
              QStringLiteral("next working day")}});

    w.heading(2, QStringLiteral("First five minutes"));
    QStringList names;
    for (const Component *c : services)
        names.append(c->id);
    QString first;
    if (cw && cw->boolParam(QStringLiteral("alarms")))
        first += QStringLiteral("# Alarms firing\naws cloudwatch describe-alarms --state-value ALARM "
                                "--alarm-name-prefix %1 --query 'MetricAlarms[].AlarmName'\n\n")
                     .arg(ctx.namePrefix());
    if (!services.empty()) {
        first += QStringLiteral("# Running vs desired tasks of every service\n"
                                "aws ecs describe-services --cluster %1 --services %2 \\\n"
                                "  --query "
                                "'services[].{name:serviceName,running:runningCount,desired:desiredCount,pending:"
                                "pendingCount}' --output table\n\n")
                     .arg(ctx.clusterName(), names.join(QLatin1Char(' ')));
        first += QStringLiteral("# Recent logs of a service\naws logs tail %1 --since 15m --follow")
                     .arg(ctx.logGroup(*services.front()));
    }
    w.code(QStringLiteral("bash"), first);
    if (!services.empty()) {
        QStringList groups;
        for (const Component *c : services)
            groups.append(W::tt(ctx.logGroup(*c)));
        w.paragraph(QStringLiteral("Log groups: %1 (kept %2 days).")
                        .arg(groups.join(QStringLiteral(", ")))
                        .arg(ctx.terraform().logRetentionDays()));
    }

    w.heading(2, QStringLiteral("Scenarios"));
    for (const Component *web : ctx.all(ComponentKind::EcsWeb)) {
        w.heading(3, QStringLiteral("Errors or high latency on %1").arg(web->id));
        w.numbered({QStringLiteral("Check the target group health and the 5xx count of the load balancer."),
                    QStringLiteral("If CPU is above the %1 % target and the service is at its maximum of %2 tasks, "
                                   "raise capacity (scaling runbook) within the connection budget.")
                        .arg(W::number(web->doubleParam(QStringLiteral("cpu_target"))))
                        .arg(web->intParam(QStringLiteral("max_tasks"))),
                    QStringLiteral("If a deployment just happened, roll back (disaster-recovery runbook)."),
                    QStringLiteral("If the database is slow, look at Performance Insights and the connection count "
                                   "(database-maintenance runbook).")});
        // Target tracking would scale a hand-set desired count back in: hold the minimum instead.
        const QString max = QString::number(web->intParam(QStringLiteral("max_tasks")));
        w.code(QStringLiteral("bash"), QStringLiteral("# Hold %1 at its maximum; restore min-capacity %2 afterwards (scaling runbook)\n%3")
                                           .arg(web->id)
                                           .arg(web->intParam(QStringLiteral("min_tasks")))
                                           .arg(holdCapacityCommand(ctx, *web, max, max)));
    }
    if (ctx.has(ComponentKind::EcsWorker)) {
        w.heading(3, QStringLiteral("Queue backlog"));
        QStringList rows;
        for (const Component *wk : ctx.all(ComponentKind::EcsWorker))
            rows.append(QStringLiteral("%1 serves %2 with %3 x concurrency %4 (up to %5 tasks)")
                            .arg(W::tt(wk->id), wk->listParam(QStringLiteral("queues")).join(QStringLiteral(", ")))
                            .arg(wk->intParam(QStringLiteral("desired_tasks")))
                            .arg(wk->intParam(QStringLiteral("concurrency")))
                            .arg(wk->intParam(QStringLiteral("max_tasks"))));
        w.bullets(rows);
        const Component *wk = ctx.all(ComponentKind::EcsWorker).front();
        w.paragraph(QStringLiteral("See what the workers are doing (from inside a worker task, with ECS Exec):"));
        w.code(QStringLiteral("bash"),
               execCommand(ctx, *wk, QStringLiteral("celery -A %1 inspect active").arg(ctx.celeryApp()))
                   + QStringLiteral("\n# also: celery -A %1 inspect reserved, celery -A %1 inspect stats").arg(ctx.celeryApp()));
        w.paragraph(QStringLiteral("A stuck task blocks one process slot; long-running queues recycle processes after "
                                   "max-tasks-per-child. Queue depth commands are in the scaling runbook."));
    }
    if (const Component *beat = ctx.first(ComponentKind::EcsBeat)) {
        w.heading(3, QStringLiteral("Periodic tasks stopped"));
        w.paragraph(QStringLiteral("Celery Beat (%1) must run exactly one task. Check its running count and logs (%2); "
                                   "restart it with a new deployment:")
                        .arg(W::tt(beat->id), W::tt(ctx.logGroup(*beat))));
        w.code(QStringLiteral("bash"),
               QStringLiteral("aws ecs update-service --cluster %1 --service %2 --force-new-deployment")
                   .arg(ctx.clusterName(), beat->id));
    }
    const PoolCalculation &p = ctx.derived().pools();
    if (p.hasDatabase()) {
        w.heading(3, QStringLiteral("Database connections exhausted"));
        w.paragraph(QStringLiteral("`FATAL: too many connections` or `sorry, too many clients`: the budget is %1. At "
                                   "desired scale %2 connections reach the "
                                   "database, at maximum %3.%4")
                        .arg(p.connectionBudget >= 0 ? QString::number(p.connectionBudget) : QStringLiteral("unknown"))
                        .arg(p.desired.databaseConnections)
                        .arg(p.maximum.databaseConnections)
                        .arg(p.hasPgBouncer()
                                 ? QStringLiteral(" Check pgBouncer's pools (`SHOW POOLS;`): clients waiting (cl_waiting) mean "
                                                  "the pool of %1 is too small for the load.")
                                       .arg(p.pgbouncerDefaultPoolSize)
                                 : QStringLiteral(" Without pgBouncer every Django process holds its own connections: "
                                                  "scale services in, or add pgBouncer to the design.")));
        const Component *pgb = ctx.pgbouncer();
        if (pgb && ctx.database()) {
            // The console: psql is in the pgBouncer image; the stats user is the one login of
            // its auth file (config/pgbouncer.ini), its password in the auth user's secret.
            w.paragraph(QStringLiteral("pgBouncer's console admits %1 read-only (`stats_users` in config/pgbouncer.ini). "
                                       "Read its password (the `password` field of the secret %2), open psql inside a "
                                       "%3 task (the image ships it) and type `SHOW POOLS;` at the prompt:")
                            .arg(W::tt(ConfigEmitter::pgbouncerStatsUser()),
                                 W::tt(ctx.namePrefix() + QStringLiteral("/database-pgbouncer-auth")), W::tt(pgb->id)));
            w.code(QStringLiteral("bash"),
                   QStringLiteral("aws secretsmanager get-secret-value --secret-id %1/database-pgbouncer-auth \\\n"
                                  "  --query SecretString --output text\n")
                           .arg(ctx.namePrefix())
                       + execCommand(ctx, *pgb,
                                     QStringLiteral("psql -h 127.0.0.1 -p %1 -U %2 pgbouncer")
                                         .arg(pgb->intParam(QStringLiteral("listen_port")))
                                         .arg(ConfigEmitter::pgbouncerStatsUser())));
        }
    }
    if (const Component *redis = ctx.redis()) {
        w.heading(3, QStringLiteral("Redis memory or failover"));
        w.paragraph(
            QStringLiteral("%1 evicts with %2. Check memory and evictions; after a failover the primary endpoint moves "
                           "on its own and clients reconnect.")
                .arg(W::tt(ctx.resourceName(redis->id)), redis->stringParam(QStringLiteral("maxmemory_policy"))));
        w.code(QStringLiteral("bash"),
               QStringLiteral(
                   "aws elasticache describe-replication-groups --replication-group-id %1 \\\n"
                   "  --query "
                   "'ReplicationGroups[0].NodeGroups[0].NodeGroupMembers[].{node:CacheClusterId,role:CurrentRole}'")
                   .arg(ctx.resourceName(redis->id)));
    }

    w.heading(2, QStringLiteral("After the incident"));
    w.bullets({QStringLiteral("Write the timeline and the root cause within two working days."),
               QStringLiteral("Change the design (limits, sizes, alarms) rather than the console, and re-export, so "
                              "Terraform and these documents stay true."),
               cw && !cw->stringParam(QStringLiteral("alarm_email")).isEmpty()
                   ? QStringLiteral("Alarm notifications go to %1 through the SNS topic %2.")
                         .arg(cw->stringParam(QStringLiteral("alarm_email")),
                              W::tt(ctx.resourceName(QStringLiteral("alarms"))))
                   : QStringLiteral("No alarm e-mail is set in the design: subscribe someone to the SNS topic %1.")
                         .arg(W::tt(ctx.resourceName(QStringLiteral("alarms"))))});
    return w.toUtf8();
}

} // namespace Infra
