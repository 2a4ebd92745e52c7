// docs/runbooks/: scaling, disaster recovery, database maintenance, incident response — with
// the cluster, service, queue and database names the Terraform module creates.
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

QString updateService(const DocsContext &ctx, const QString &service, qint64 count)
{
    return QStringLiteral("aws ecs update-service --cluster %1 --service %2 --desired-count %3")
        .arg(ctx.clusterName(), service)
        .arg(count);
}

QString scalableTarget(const DocsContext &ctx, const QString &service)
{
    return QStringLiteral("service/%1/%2").arg(ctx.clusterName(), service);
}

} // namespace

// Under target tracking a desired count set by hand lasts until the next scale-in: capacity is
// held by the scalable target's minimum.
QString DocsEmitter::holdCapacityCommand(const DocsContext &ctx, const Component &service, const QString &minimum, const QString &maximum)
{
    return QStringLiteral("aws application-autoscaling register-scalable-target --service-namespace ecs \\\n"
                          "  --scalable-dimension ecs:service:DesiredCount --resource-id %1 \\\n"
                          "  --min-capacity %2 --max-capacity %3")
        .arg(scalableTarget(ctx, service.id), minimum, maximum);
}

QString DocsEmitter::execCommand(const DocsContext &ctx, const Component &c, const QString &command)
{
    // ECS Exec is off unless the service's ecs_exec parameter allows it (then audited).
    const QString enable = c.boolParam(QStringLiteral("ecs_exec"))
        ? QString()
        : QStringLiteral("# ECS Exec is off for %1: set ecs_exec: true on it in the design and apply first (sessions are logged)\n").arg(c.id);
    return enable + QStringLiteral(
               "TASK=$(aws ecs list-tasks --cluster %1 --service-name %2 --query 'taskArns[0]' --output text)\n"
               "aws ecs execute-command --cluster %1 --task \"$TASK\" --container %2 --interactive \\\n"
               "  --command \"%3\"")
        .arg(ctx.clusterName(), c.id, command);
}

namespace {

QString queueDepthCommand(const DocsContext &ctx, const QString &queue)
{
    if (ctx.sqsBroker())
        return QStringLiteral("aws sqs get-queue-attributes --region %1 \\\n"
                              "  --queue-url \"$(aws sqs get-queue-url --region %1 --queue-name %2 --query QueueUrl "
                              "--output text)\" \\\n"
                              "  --attribute-names ApproximateNumberOfMessages ApproximateNumberOfMessagesNotVisible")
            .arg(ctx.region(), ctx.resourceName(queue));
    const Component *redis = ctx.redis();
    if (!redis)
        return {};
    const bool tls = redis->boolParam(QStringLiteral("transit_encryption"));
    return QStringLiteral("redis-cli -h \"$REDIS_HOST\" -p %1%2%3 -n %4 LLEN %5")
        .arg(redis->intParam(QStringLiteral("port")))
        .arg(tls ? QStringLiteral(" --tls") : QString(),
             ctx.terraform().redisUsesAuthToken() ? QStringLiteral(" -a \"$REDIS_AUTH_TOKEN\"") : QString())
        .arg(redis->intParam(QStringLiteral("broker_db")))
        .arg(queue);
}

} // namespace

QByteArray DocsEmitter::runbookScaling(const DocsContext &ctx)
{
    const DerivedModel &m = ctx.derived();
    const PoolCalculation &p = m.pools();
    W w;
    header(w, ctx, QStringLiteral("Scaling runbook"));
    w.paragraph(
        QStringLiteral(
            "Every service runs in the ECS cluster %1 (%2). Terraform ignores the services' desired counts once "
            "autoscaling owns them; change the limits in the design and re-export to make a change permanent.")
            .arg(W::tt(ctx.clusterName()), ctx.region()));

    w.heading(2, QStringLiteral("Automatic scaling"));
    QStringList autoLines;
    for (const ScalingPlan &s : m.scalingPlans())
        autoLines.append(QStringLiteral("%1: %2").arg(W::tt(s.componentId), s.summary));
    w.bullets(autoLines);

    w.heading(2, QStringLiteral("Manual scaling"));
    for (const Component *web : ctx.all(ComponentKind::EcsWeb)) {
        const qint64 max = web->intParam(QStringLiteral("max_tasks"));
        w.heading(3, QStringLiteral("Increasing web capacity (%1)").arg(web->id));
        const QString min = QString::number(web->intParam(QStringLiteral("min_tasks")));
        w.paragraph(QStringLiteral("Autoscaling keeps %1 between %2 and %3 tasks (desired %4). Target tracking owns "
                                   "the desired count: one set by hand (`--desired-count`) is scaled back in at the next "
                                   "evaluation. To hold capacity ahead of a known peak, raise the scalable target's "
                                   "minimum, and lower it again afterwards:")
                        .arg(W::tt(web->id), min)
                        .arg(max)
                        .arg(web->intParam(QStringLiteral("desired_tasks"))));
        w.code(QStringLiteral("bash"), QStringLiteral("# Before the peak\n%1\n\n# After it\n%2")
                                           .arg(holdCapacityCommand(ctx, *web, QString::number(max), QString::number(max)),
                                                holdCapacityCommand(ctx, *web, min, QString::number(max))));
        w.paragraph(QStringLiteral("Going above %1 tasks needs a higher limit on the scalable target first (and room "
                                   "in the connection budget, below); "
                                   "set max_tasks in the design as well, or the next apply resets it:")
                        .arg(max));
        w.code(QStringLiteral("bash"), holdCapacityCommand(ctx, *web, min, QStringLiteral("NEW_MAX")));
    }

    for (const Component *wk : ctx.all(ComponentKind::EcsWorker)) {
        const QString queues = wk->listParam(QStringLiteral("queues")).join(QLatin1Char(','));
        w.heading(3, QStringLiteral("Draining %1 (queues %2) for maintenance").arg(wk->id, queues));
        w.paragraph(QStringLiteral("Suspend autoscaling so it does not start tasks again, stop consuming %1, wait for "
                                   "the running tasks, stop the "
                                   "service, then restore %2 task(s) (range %3-%4, concurrency %5). Messages sent "
                                   "meanwhile wait in the queue.")
                        .arg(queues)
                        .arg(wk->intParam(QStringLiteral("desired_tasks")))
                        .arg(wk->intParam(QStringLiteral("min_tasks")))
                        .arg(wk->intParam(QStringLiteral("max_tasks")))
                        .arg(wk->intParam(QStringLiteral("concurrency"))));
        const QString target = scalableTarget(ctx, wk->id);
        w.code(QStringLiteral("bash"),
               QStringLiteral(
                   "# Suspend scaling\n"
                   "aws application-autoscaling register-scalable-target --service-namespace ecs \\\n"
                   "  --scalable-dimension ecs:service:DesiredCount --resource-id %1 \\\n"
                   "  --suspended-state "
                   "DynamicScalingInSuspended=true,DynamicScalingOutSuspended=true,ScheduledScalingSuspended=true\n\n"
                   "# Stop consuming new tasks (control commands reach every worker)\n"
                   "%2\n\n"
                   "# Wait for in-flight tasks: repeat until no task is listed\n"
                   "%3\n\n"
                   "# Stop the service\n"
                   "%4\n\n"
                   "# Perform maintenance, then restore and resume scaling\n"
                   "%5\n"
                   "aws application-autoscaling register-scalable-target --service-namespace ecs \\\n"
                   "  --scalable-dimension ecs:service:DesiredCount --resource-id %1 \\\n"
                   "  --suspended-state "
                   "DynamicScalingInSuspended=false,DynamicScalingOutSuspended=false,ScheduledScalingSuspended=false")
                   .arg(target,
                        execCommand(
                            ctx, *wk,
                            QStringLiteral("celery -A %1 control cancel_consumer %2").arg(ctx.celeryApp(), queues)),
                        execCommand(ctx, *wk, QStringLiteral("celery -A %1 inspect active").arg(ctx.celeryApp())),
                        updateService(ctx, wk->id, 0),
                        updateService(ctx, wk->id, wk->intParam(QStringLiteral("desired_tasks")))));
    }

    if (ctx.has(ComponentKind::EcsWorker)) {
        w.heading(2, QStringLiteral("Queue depth"));
        QList<QStringList> rows;
        for (const ScalingPlan &s : m.scalingPlans()) {
            if (s.policy == ScalingPlan::Policy::QueueDepthTargetTracking)
                rows.append({W::tt(s.componentId), s.queues.join(QStringLiteral(", ")), W::number(s.target),
                             QStringLiteral("%1-%2").arg(s.minTasks).arg(s.maxTasks)});
        }
        w.table({QStringLiteral("Group"), QStringLiteral("Queues"), QStringLiteral("Messages per task"),
                 QStringLiteral("Tasks")},
                rows);
        QStringList commands;
        for (const QString &q : ctx.celeryQueues()) {
            const QString cmd = queueDepthCommand(ctx, q);
            if (!cmd.isEmpty())
                commands.append(cmd);
        }
        if (!commands.isEmpty()) {
            w.paragraph(
                ctx.sqsBroker()
                    ? QStringLiteral("Messages waiting per queue:")
                    : QStringLiteral("Messages waiting per queue (from a task with ECS Exec, REDIS_HOST set):"));
            w.code(QStringLiteral("bash"), commands.join(QLatin1Char('\n')));
        }
    }

    if (p.hasDatabase()) {
        w.heading(2, QStringLiteral("Connection budget"));
        w.paragraph(
            QStringLiteral("Before raising a maximum, check the database: at maximum scale the services hold %1 "
                           "connections (total %2 with "
                           "management), %3 reach the database, and the budget is %4.")
                .arg(p.maximum.webConnections + p.maximum.workerConnections)
                .arg(p.maximum.total)
                .arg(p.maximum.databaseConnections)
                .arg(p.connectionBudget >= 0 ? QString::number(p.connectionBudget) : QStringLiteral("unknown")));
        QList<QStringList> rows;
        for (const ScalingPlan &s : m.scalingPlans()) {
            if (s.connectionsPerTask <= 0)
                continue;
            rows.append({W::tt(s.componentId), QString::number(s.connectionsPerTask), QString::number(s.maxTasks),
                         s.maxTasksWithinBudget >= 0 ? QString::number(s.maxTasksWithinBudget) : QStringLiteral("-")});
        }
        w.table({QStringLiteral("Service"), QStringLiteral("Connections per task"), QStringLiteral("Max tasks"),
                 QStringLiteral("Max tasks within budget")},
                rows);
    }
    return w.toUtf8();
}

QByteArray DocsEmitter::runbookDisasterRecovery(const DocsContext &ctx)
{
    W w;
    header(w, ctx, QStringLiteral("Disaster recovery runbook"));
    const Component *db = ctx.database();
    const Component *redis = ctx.redis();
    QList<QStringList> rows;
    const bool aurora = db && db->kind == ComponentKind::AuroraPostgres;
    if (aurora) {
        const bool readers = db->intParam(QStringLiteral("readers")) > 0;
        rows.append({QStringLiteral("Database writer or AZ failure"),
                     readers ? QStringLiteral("automatic failover to a reader") : QStringLiteral("Aurora replaces the writer"),
                     readers ? QStringLiteral("about 30 s") : QStringLiteral("about 10 minutes"), QStringLiteral("0")});
        rows.append({QStringLiteral("Data corruption, bad migration"),
                     QStringLiteral("cluster point-in-time restore (last %1 days)").arg(db->intParam(QStringLiteral("backup_retention_days"))),
                     QStringLiteral("about an hour"), QStringLiteral("to the chosen second")});
    } else if (db) {
        const bool multiAz = db->boolParam(QStringLiteral("multi_az"));
        rows.append(
            {QStringLiteral("Database instance or AZ failure"),
             multiAz ? QStringLiteral("automatic failover to the standby") : QStringLiteral("restore from backup"),
             multiAz ? QStringLiteral("60-120 s") : QStringLiteral("about an hour"),
             multiAz ? QStringLiteral("0") : QStringLiteral("up to 5 minutes")});
        rows.append({QStringLiteral("Data corruption, bad migration"),
                     QStringLiteral("point-in-time restore (last %1 days)")
                         .arg(db->intParam(QStringLiteral("backup_retention_days"))),
                     QStringLiteral("about an hour"), QStringLiteral("to the chosen second")});
    }
    if (redis)
        rows.append(
            {QStringLiteral("Redis primary failure"),
             redis->boolParam(QStringLiteral("automatic_failover")) && redis->intParam(QStringLiteral("replicas")) > 0
                 ? QStringLiteral("automatic failover to a replica")
                 : QStringLiteral("replace the node, restore a snapshot"),
             QStringLiteral("minutes"),
             QStringLiteral("recent writes (%1)")
                 .arg(redis->listParam(QStringLiteral("roles")).join(QStringLiteral(", ")))});
    for (const Component *store : ctx.all(ComponentKind::MemoryDb))
        rows.append({QStringLiteral("MemoryDB %1 node failure").arg(store->id),
                     store->intParam(QStringLiteral("replicas_per_shard")) > 0 ? QStringLiteral("automatic failover to a replica")
                                                                              : QStringLiteral("MemoryDB rebuilds the node from its log"),
                     store->intParam(QStringLiteral("replicas_per_shard")) > 0 ? QStringLiteral("seconds") : QStringLiteral("minutes"),
                     QStringLiteral("0 (every write is in the Multi-AZ log)")});
    rows.append({QStringLiteral("Bad deployment"),
                 QStringLiteral("circuit breaker rollback, or the previous task definition"), QStringLiteral("minutes"),
                 QStringLiteral("0")});
    w.heading(2, QStringLiteral("Scenarios"));
    w.table({QStringLiteral("Scenario"), QStringLiteral("Recovery"), QStringLiteral("RTO"), QStringLiteral("RPO")},
            rows);
    w.paragraph(
        QStringLiteral("The deployment is single-region (%1): a regional outage is not covered.").arg(ctx.region()));

    if (aurora)
        auroraRecovery(w, ctx, *db);
    else if (db) {
        const QString id = ctx.resourceName(db->id);
        const QString cls = db->stringParam(QStringLiteral("instance_class"));
        const QString multi = db->boolParam(QStringLiteral("multi_az")) ? QStringLiteral(" --multi-az") : QString();
        w.heading(2, QStringLiteral("Database %1").arg(id));
        w.paragraph(
            QStringLiteral("Automated backups are kept %1 days (window %2 UTC). Test the failover once a quarter:")
                .arg(db->intParam(QStringLiteral("backup_retention_days")))
                .arg(db->stringParam(QStringLiteral("backup_window"))));
        w.code(QStringLiteral("bash"),
               QStringLiteral("aws rds reboot-db-instance --db-instance-identifier %1 --force-failover").arg(id));
        w.heading(3, QStringLiteral("Point-in-time restore"));
        const QString tfAddress = QStringLiteral("aws_db_instance.") + TerraformContext::tfName(db->id);
        w.paragraph(QStringLiteral("A restore creates a new instance; by default RDS gives it the default parameter "
                                   "group, the default security group and no managed master password. The commands "
                                   "below pass the module's parameter group %1, subnet group and security group, and "
                                   "let RDS manage a new master password in Secrets Manager.")
                        .arg(W::tt(ctx.dbParameterGroupName(*db))));
        w.numbered(
            {QStringLiteral("Restore into a new instance next to the old one; RESTORE_TIME is UTC "
                            "(2026-01-31T09:30:00Z) within the last %1 days.")
                 .arg(db->intParam(QStringLiteral("backup_retention_days"))),
             QStringLiteral(
                 "Check the data (connect with the restored instance's master secret, `MasterUserSecret` in "
                 "`aws rds describe-db-instances`)."),
             QStringLiteral("Swap the identifiers so the endpoint the services use stays the same."),
             QStringLiteral("Point Terraform at the restored instance: its state still tracks the old one (now "
                            "`-old`) by resource id. Remove %1 from the state and import the restored instance under "
                            "the same address; `terraform plan` must then show no replacement of the instance (the "
                            "master secret's rotation follows the new secret). The application's roles come back "
                            "as of RESTORE_TIME: if `config/deploy.sh rotate-database-password` ran since, run it again.")
                 .arg(W::tt(tfAddress)),
             QStringLiteral("Delete the old instance when it is no longer needed (it keeps its own final snapshot).")});
        w.code(QStringLiteral("bash"),
               QStringLiteral("# 1. Restore next to the old instance, in its security group\n"
                              "SG=$(aws rds describe-db-instances --db-instance-identifier %1 \\\n"
                              "  --query 'DBInstances[0].VpcSecurityGroups[0].VpcSecurityGroupId' --output text)\n"
                              "aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier %1 \\\n"
                              "  --target-db-instance-identifier %1-restore --restore-time RESTORE_TIME \\\n"
                              "  --db-instance-class %2 --db-subnet-group-name %3%4 --vpc-security-group-ids \"$SG\" \\\n"
                              "  --db-parameter-group-name %5 --manage-master-user-password\n"
                              "aws rds wait db-instance-available --db-instance-identifier %1-restore\n\n"
                              "# 3. Swap the identifiers\n"
                              "aws rds modify-db-instance --db-instance-identifier %1 --new-db-instance-identifier "
                              "%1-old --apply-immediately\n"
                              "aws rds modify-db-instance --db-instance-identifier %1-restore "
                              "--new-db-instance-identifier %1 --apply-immediately\n\n"
                              "# 4. Terraform tracks the restored instance (in terraform/)\n"
                              "terraform state rm %6\n"
                              "terraform import %6 %1\n"
                              "terraform plan")
                   .arg(id, cls, ctx.resourceName(db->id), multi, ctx.dbParameterGroupName(*db), tfAddress));
        w.heading(3, QStringLiteral("Restore from a snapshot"));
        w.paragraph(QStringLiteral("The same steps with a snapshot instead of a point in time (SG as above):"));
        w.code(QStringLiteral("bash"),
               QStringLiteral("aws rds describe-db-snapshots --db-instance-identifier %1 \\\n"
                              "  --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[].DBSnapshotIdentifier'\n"
                              "aws rds restore-db-instance-from-db-snapshot --db-instance-identifier %1-restore \\\n"
                              "  --db-snapshot-identifier SNAPSHOT --db-instance-class %2 --db-subnet-group-name %3%4 "
                              "--vpc-security-group-ids \"$SG\" \\\n"
                              "  --db-parameter-group-name %5 --manage-master-user-password")
                   .arg(id, cls, ctx.resourceName(db->id), multi, ctx.dbParameterGroupName(*db)));
        w.paragraph(QStringLiteral("If the instance was deleted, its final snapshot is %1.")
                        .arg(W::tt(ctx.resourceName(db->id + QStringLiteral("-final")))));
    }

    if (redis) {
        const QString id = ctx.resourceName(redis->id);
        w.heading(2, QStringLiteral("Redis %1").arg(id));
        w.paragraph(
            QStringLiteral("Snapshots are kept %1 days. Cache and sessions rebuild themselves; test a failover:")
                .arg(redis->intParam(QStringLiteral("snapshot_retention_days"))));
        w.code(QStringLiteral("bash"),
               QStringLiteral("aws elasticache test-failover --replication-group-id %1 --node-group-id 0001\n"
                              "aws elasticache describe-snapshots --replication-group-id %1")
                   .arg(id));
    }

    for (const Component *store : ctx.all(ComponentKind::MemoryDb)) {
        const QString id = ctx.resourceName(store->id);
        w.heading(2, QStringLiteral("MemoryDB %1").arg(id));
        const qint64 days = store->intParam(QStringLiteral("snapshot_retention_days"));
        if (store->intParam(QStringLiteral("replicas_per_shard")) >= 1) {
            w.paragraph(QStringLiteral("Durable: acknowledged writes survive node and zone failures. Snapshots are kept %1 days; test a "
                                       "failover of a shard and list the snapshots:")
                            .arg(days));
            w.code(QStringLiteral("bash"),
                   QStringLiteral("aws memorydb failover-shard --cluster-name %1 --shard-name 0001\n"
                                  "aws memorydb describe-snapshots --cluster-name %1")
                       .arg(id));
        } else {
            // No replica to fail over to: failover-shard has no target, and a failed node stops
            // the shard until MemoryDB rebuilds it from the transaction log.
            w.paragraph(QStringLiteral("Durable: acknowledged writes survive node and zone failures, but with no replica a failed node "
                                       "stops the shard (cache, sessions, broker) until MemoryDB rebuilds it from its transaction "
                                       "log; there is no shard failover to test. Snapshots are kept %1 days; list them:")
                            .arg(days));
            w.code(QStringLiteral("bash"), QStringLiteral("aws memorydb describe-snapshots --cluster-name %1").arg(id));
        }
    }

    QStringList buckets;
    for (const Component *b : ctx.all(ComponentKind::S3Bucket)) {
        if (b->boolParam(QStringLiteral("versioning")))
            buckets.append(b->id);
    }
    if (!buckets.isEmpty()) {
        w.heading(2, QStringLiteral("S3 objects"));
        w.paragraph(
            QStringLiteral(
                "Versioning is on for %1: a deleted or overwritten object is restored from its previous version.")
                .arg(buckets.join(QStringLiteral(", "))));
        const Component *media = ctx.bucket(QStringLiteral("media"));
        // Bucket names end in the account id (s3.tf): unique across accounts.
        const QString bucket = ctx.resourceName(media ? media->id : buckets.first());
        w.code(
            QStringLiteral("bash"),
            QStringLiteral(
                "BUCKET=%1-$(aws sts get-caller-identity --query Account --output text)\n"
                "aws s3api list-object-versions --bucket \"$BUCKET\" --prefix media/PATH\n"
                "aws s3api copy-object --bucket \"$BUCKET\" --key media/PATH --copy-source \"$BUCKET/media/PATH?versionId=VERSION\"")
                .arg(bucket));
    }

    const auto services = ctx.terraform().ecsServices();
    if (!services.empty()) {
        w.heading(2, QStringLiteral("Rolling back a deployment"));
        w.paragraph(QStringLiteral("The deployment circuit breaker rolls back a failing deployment on its own. To go "
                                   "back by hand, point the service at the "
                                   "previous revision of its task definition family (%1):")
                        .arg(W::tt(ctx.resourceName(services.front()->id))));
        w.code(QStringLiteral("bash"),
               QStringLiteral("aws ecs list-task-definitions --family-prefix %1 --sort DESC --max-items 3\n"
                              "aws ecs update-service --cluster %2 --service %3 --task-definition %1:REVISION")
                   .arg(ctx.resourceName(services.front()->id), ctx.clusterName(), services.front()->id));
    }
    return w.toUtf8();
}

} // namespace Infra
