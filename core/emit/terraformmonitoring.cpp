#include "terraformemitter.h"

#include "terraformcontext.h"

namespace Infra {

namespace {

HclValue r(const QString &expression) { return HclValue::raw(expression); }

struct Alarm
{
    QString name;          // resource name and alarm suffix
    QString description;
    QString nameSpace;
    QString metric;
    QString statistic;     // or extended statistic when it starts with "p"
    QString comparison;
    double threshold = 0;
    int periods = 3;
    QList<HclValue::Entry> dimensions;
    qint64 count = 0;      // > 0: one alarm per index (count.index), named <name>-1, -2, …
    QString missingData = QStringLiteral("notBreaching");
};

HclBlock alarmBlock(const Alarm &a)
{
    HclBlock b(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_metric_alarm"), a.name});
    QString alarmName = QString(a.name).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (a.count > 0) {
        b.set(QStringLiteral("count"), a.count);
        b.blank();
        alarmName += QStringLiteral("-${count.index + 1}");
    }
    b.set(QStringLiteral("alarm_name"), TerraformContext::prefixed(alarmName));
    b.set(QStringLiteral("alarm_description"), HclValue::literal(a.description));
    b.set(QStringLiteral("namespace"), HclValue::literal(a.nameSpace));
    b.set(QStringLiteral("metric_name"), HclValue::literal(a.metric));
    if (a.statistic.startsWith(QLatin1Char('p')))
        b.set(QStringLiteral("extended_statistic"), HclValue::literal(a.statistic));
    else
        b.set(QStringLiteral("statistic"), HclValue::literal(a.statistic));
    b.set(QStringLiteral("period"), 300);
    b.set(QStringLiteral("evaluation_periods"), a.periods);
    b.set(QStringLiteral("comparison_operator"), HclValue::literal(a.comparison));
    b.set(QStringLiteral("threshold"), a.threshold);
    b.set(QStringLiteral("treat_missing_data"), HclValue::literal(a.missingData));
    b.set(QStringLiteral("dimensions"), HclValue::object(a.dimensions));
    b.set(QStringLiteral("alarm_actions"), HclValue::list({r(QStringLiteral("aws_sns_topic.alarms.arn"))}));
    b.set(QStringLiteral("ok_actions"), HclValue::list({r(QStringLiteral("aws_sns_topic.alarms.arn"))}));
    return b;
}

} // namespace

// Alarm thresholds are the studio's operating rules (documented in the runbooks); the
// values they compare with — latency target, connection limit, storage, queue targets —
// come from the design.
HclFile TerraformEmitter::monitoring(const TerraformContext &ctx)
{
    HclFile f;
    const Component *cw = ctx.first(ComponentKind::CloudWatch);
    if (!cw || !cw->boolParam(QStringLiteral("alarms")))
        return f;

    HclBlock topic(QStringLiteral("resource"), {QStringLiteral("aws_sns_topic"), QStringLiteral("alarms")});
    topic.set(QStringLiteral("name"), TerraformContext::prefixed(QStringLiteral("alarms")));
    f.add(topic);

    HclBlock sub(QStringLiteral("resource"), {QStringLiteral("aws_sns_topic_subscription"), QStringLiteral("alarm_email")});
    sub.ref(QStringLiteral("count"), QStringLiteral("var.alarm_email == \"\" ? 0 : 1"));
    sub.blank();
    sub.ref(QStringLiteral("topic_arn"), QStringLiteral("aws_sns_topic.alarms.arn"));
    sub.set(QStringLiteral("protocol"), "email");
    sub.ref(QStringLiteral("endpoint"), QStringLiteral("var.alarm_email"));
    f.add(sub);

    const bool hasCluster = !ctx.ecsServices().empty();
    for (const Component *c : ctx.ecsServices()) {
        const QString name = TerraformContext::tfName(c->id);
        const QList<HclValue::Entry> dims = {{QStringLiteral("ClusterName"), r(QStringLiteral("aws_ecs_cluster.main.name"))},
                                             {QStringLiteral("ServiceName"), r(QStringLiteral("aws_ecs_service.%1.name").arg(name))}};
        f.add(alarmBlock({name + QStringLiteral("_cpu_high"), QStringLiteral("CPU of %1 above 90 % for 15 minutes").arg(c->id), QStringLiteral("AWS/ECS"),
                          QStringLiteral("CPUUtilization"), QStringLiteral("Average"), QStringLiteral("GreaterThanOrEqualToThreshold"), 90, 3, dims}));
        f.add(alarmBlock({name + QStringLiteral("_memory_high"), QStringLiteral("Memory of %1 above 90 % for 15 minutes").arg(c->id), QStringLiteral("AWS/ECS"),
                          QStringLiteral("MemoryUtilization"), QStringLiteral("Average"), QStringLiteral("GreaterThanOrEqualToThreshold"), 90, 3, dims}));
    }
    Q_UNUSED(hasCluster);

    if (const Component *alb = ctx.first(ComponentKind::Alb)) {
        const QString lb = TerraformContext::tfName(alb->id);
        const QList<HclValue::Entry> dims = {{QStringLiteral("LoadBalancer"), r(QStringLiteral("aws_lb.%1.arn_suffix").arg(lb))}};
        f.add(alarmBlock({QStringLiteral("alb_5xx"), QStringLiteral("More than 10 target 5xx responses in 5 minutes"), QStringLiteral("AWS/ApplicationELB"),
                          QStringLiteral("HTTPCode_Target_5XX_Count"), QStringLiteral("Sum"), QStringLiteral("GreaterThanThreshold"), 10, 1, dims}));
        f.add(alarmBlock({QStringLiteral("alb_elb_5xx"), QStringLiteral("More than 10 5xx responses of the load balancer itself in 5 minutes (no healthy target, timeouts)"),
                          QStringLiteral("AWS/ApplicationELB"), QStringLiteral("HTTPCode_ELB_5XX_Count"), QStringLiteral("Sum"), QStringLiteral("GreaterThanThreshold"), 10, 1, dims}));
        // UnHealthyHostCount is published per target group (with the load balancer).
        for (const Component *web : ctx.all(ComponentKind::EcsWeb)) {
            const QString tg = TerraformContext::tfName(web->id);
            f.add(alarmBlock({tg + QStringLiteral("_unhealthy_targets"), QStringLiteral("%1 has unhealthy targets for 5 minutes").arg(web->id),
                              QStringLiteral("AWS/ApplicationELB"), QStringLiteral("UnHealthyHostCount"), QStringLiteral("Maximum"),
                              QStringLiteral("GreaterThanThreshold"), 0, 5,
                              {{QStringLiteral("LoadBalancer"), r(QStringLiteral("aws_lb.%1.arn_suffix").arg(lb))},
                               {QStringLiteral("TargetGroup"), r(QStringLiteral("aws_lb_target_group.%1.arn_suffix").arg(tg))}}}));
        }
        const double p95 = ctx.design().value(Section::Workload, QStringLiteral("p95_latency_ms")).toDouble() / 1000.0;
        f.add(alarmBlock({QStringLiteral("alb_latency_p95"), QStringLiteral("p95 response time above the design target of %1 ms").arg(p95 * 1000.0),
                          QStringLiteral("AWS/ApplicationELB"), QStringLiteral("TargetResponseTime"), QStringLiteral("p95"),
                          QStringLiteral("GreaterThanThreshold"), p95, 3, dims}));
    }

    // Celery Beat must run exactly once: no running task means no periodic task is sent.
    // RunningTaskCount comes with Container Insights; no data counts as not running.
    if (cw->boolParam(QStringLiteral("container_insights"))) {
        for (const Component *beat : ctx.all(ComponentKind::EcsBeat)) {
            const QString name = TerraformContext::tfName(beat->id);
            Alarm a{name + QStringLiteral("_not_running"), QStringLiteral("Celery Beat %1 has no running task: periodic tasks are not sent").arg(beat->id),
                    QStringLiteral("ECS/ContainerInsights"), QStringLiteral("RunningTaskCount"), QStringLiteral("Minimum"),
                    QStringLiteral("LessThanThreshold"), 1, 2,
                    {{QStringLiteral("ClusterName"), r(QStringLiteral("aws_ecs_cluster.main.name"))},
                     {QStringLiteral("ServiceName"), r(QStringLiteral("aws_ecs_service.%1.name").arg(name))}}};
            a.missingData = QStringLiteral("breaching");
            f.add(alarmBlock(a));
        }
    }

    if (const Component *db = ctx.database()) {
        const QString name = TerraformContext::tfName(db->id);
        const bool aurora = db->kind == ComponentKind::AuroraPostgres;
        // Aurora: the writer's metrics by role (DBClusterIdentifier, Role = WRITER), which follow
        // a failover, as the Aurora User Guide advises for alarms.
        const QList<HclValue::Entry> dims = aurora
            ? QList<HclValue::Entry>{{QStringLiteral("DBClusterIdentifier"), r(QStringLiteral("aws_rds_cluster.%1.cluster_identifier").arg(name))},
                                     {QStringLiteral("Role"), HclValue::literal(QStringLiteral("WRITER"))}}
            : QList<HclValue::Entry>{{QStringLiteral("DBInstanceIdentifier"), r(QStringLiteral("aws_db_instance.%1.identifier").arg(name))}};
        f.add(alarmBlock({name + QStringLiteral("_cpu_high"), QStringLiteral("Database CPU above 80 % for 15 minutes"), QStringLiteral("AWS/RDS"),
                          QStringLiteral("CPUUtilization"), QStringLiteral("Average"), QStringLiteral("GreaterThanOrEqualToThreshold"), 80, 3, dims}));
        const int limit = ctx.derived().pools().maxConnectionsSetting > 0 ? ctx.derived().pools().maxConnectionsSetting
                                                                          : int(db->intParam(QStringLiteral("max_connections")));
        if (limit > 0)
            f.add(alarmBlock({name + QStringLiteral("_connections_high"), QStringLiteral("More than 80 % of max_connections (%1) in use").arg(limit),
                              QStringLiteral("AWS/RDS"), QStringLiteral("DatabaseConnections"), QStringLiteral("Maximum"),
                              QStringLiteral("GreaterThanThreshold"), double(qint64(limit * 0.8)), 2, dims}));
        if (!aurora) { // the Aurora volume grows by itself
            const double freeBytes = double(db->intParam(QStringLiteral("allocated_storage"))) * 0.1 * 1e9;
            f.add(alarmBlock({name + QStringLiteral("_storage_low"), QStringLiteral("Less than 10 % of the allocated storage free"), QStringLiteral("AWS/RDS"),
                              QStringLiteral("FreeStorageSpace"), QStringLiteral("Minimum"), QStringLiteral("LessThanThreshold"), freeBytes, 1, dims}));
            // Each read replica (rds.tf, count): its lag and its own storage. A replica that
            // falls minutes behind serves stale reports and holds WAL on the primary; one whose
            // storage fills stops replicating. ReplicaLag is in seconds, per DBInstanceIdentifier.
            // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html
            if (const qint64 replicas = db->kind == ComponentKind::RdsPostgres ? db->intParam(QStringLiteral("read_replicas")) : 0; replicas > 0) {
                const QList<HclValue::Entry> replica = {
                    {QStringLiteral("DBInstanceIdentifier"), r(QStringLiteral("aws_db_instance.%1_replica[count.index].identifier").arg(name))}};
                f.add(alarmBlock({name + QStringLiteral("_replica_lag"), QStringLiteral("Read replica more than 5 minutes behind the primary for 15 minutes"),
                                  QStringLiteral("AWS/RDS"), QStringLiteral("ReplicaLag"), QStringLiteral("Maximum"), QStringLiteral("GreaterThanThreshold"),
                                  300, 3, replica, replicas}));
                f.add(alarmBlock({name + QStringLiteral("_replica_storage_low"), QStringLiteral("Less than 10 % of a read replica's allocated storage free"),
                                  QStringLiteral("AWS/RDS"), QStringLiteral("FreeStorageSpace"), QStringLiteral("Minimum"), QStringLiteral("LessThanThreshold"),
                                  freeBytes, 1, replica, replicas}));
            }
        }
    }

    if (const Component *redis = ctx.redis()) {
        // ElastiCache publishes per member cluster (CacheClusterId), not per replication
        // group: one alarm per member, whose ids are the group id with -001, -002, …
        const QString name = TerraformContext::tfName(redis->id);
        const qint64 members = 1 + redis->intParam(QStringLiteral("replicas"));
        const QList<HclValue::Entry> dims = {
            {QStringLiteral("CacheClusterId"), HclValue::raw(QStringLiteral("format(\"%s-%03d\", aws_elasticache_replication_group.%1.id, count.index + 1)").arg(name))}};
        HclBlock cpu = alarmBlock({name + QStringLiteral("_cpu_high"), QStringLiteral("Redis engine CPU of a member above 80 %"), QStringLiteral("AWS/ElastiCache"),
                                   QStringLiteral("EngineCPUUtilization"), QStringLiteral("Average"), QStringLiteral("GreaterThanOrEqualToThreshold"), 80, 3, dims, members});
        HclBlock memory = alarmBlock({name + QStringLiteral("_memory_high"), QStringLiteral("Redis memory of a member above 80 %"), QStringLiteral("AWS/ElastiCache"),
                                      QStringLiteral("DatabaseMemoryUsagePercentage"), QStringLiteral("Average"), QStringLiteral("GreaterThanOrEqualToThreshold"), 80, 3, dims, members});
        f.add(cpu);
        f.add(memory);
    }

    // MemoryDB: the same engine CPU and memory alarms per cluster, on AWS/MemoryDB's ClusterName
    // dimension (the metrics are "calculated at the node level"; Maximum is the busiest node's).
    // https://docs.aws.amazon.com/memorydb/latest/devguide/metrics.memorydb.html
    // https://docs.aws.amazon.com/memorydb/latest/devguide/cloudwatchmetrics.html (ClusterName=…)
    // No page lists MemoryDB's dimensions outright: ClusterName alone is inferred (the CLI
    // example, common modules) and stated as such in docs/aws-constraints.md. So missing data
    // is left as missing, not "not breaching": if the dimension set is never published the
    // alarm shows INSUFFICIENT_DATA in the console instead of an OK that watches nothing.
    for (const Component *store : ctx.all(ComponentKind::MemoryDb)) {
        const QString name = TerraformContext::tfName(store->id);
        const QList<HclValue::Entry> dims = {{QStringLiteral("ClusterName"), r(QStringLiteral("aws_memorydb_cluster.%1.name").arg(name))}};
        f.add(alarmBlock({name + QStringLiteral("_cpu_high"), QStringLiteral("MemoryDB engine CPU of a node of %1 above 80 %").arg(store->id), QStringLiteral("AWS/MemoryDB"),
                          QStringLiteral("EngineCPUUtilization"), QStringLiteral("Maximum"), QStringLiteral("GreaterThanOrEqualToThreshold"), 80, 3, dims, 0,
                          QStringLiteral("missing")}));
        f.add(alarmBlock({name + QStringLiteral("_memory_high"), QStringLiteral("MemoryDB memory of a node of %1 above 80 %").arg(store->id), QStringLiteral("AWS/MemoryDB"),
                          QStringLiteral("DatabaseMemoryUsagePercentage"), QStringLiteral("Maximum"), QStringLiteral("GreaterThanOrEqualToThreshold"), 80, 3, dims, 0,
                          QStringLiteral("missing")}));
    }

    if (ctx.has(ComponentKind::Sqs)) {
        // A queue backing up past what its workers can take at maximum scale.
        for (const Component *w : ctx.all(ComponentKind::EcsWorker)) {
            const double backlog = double(w->intParam(QStringLiteral("queue_depth_target")) * w->intParam(QStringLiteral("max_tasks")));
            for (const QString &q : w->listParam(QStringLiteral("queues"))) {
                const QString qn = TerraformContext::tfName(q);
                f.add(alarmBlock({QStringLiteral("queue_%1_%2_backlog").arg(TerraformContext::tfName(w->id), qn),
                                  QStringLiteral("Queue %1 holds more than %2 messages (target x maximum tasks of %3)").arg(q).arg(backlog).arg(w->id),
                                  QStringLiteral("AWS/SQS"), QStringLiteral("ApproximateNumberOfMessagesVisible"), QStringLiteral("Maximum"),
                                  QStringLiteral("GreaterThanThreshold"), backlog, 3,
                                  {{QStringLiteral("QueueName"), r(QStringLiteral("aws_sqs_queue.%1.name").arg(qn))}}}));
            }
        }
    }
    return f;
}

} // namespace Infra
