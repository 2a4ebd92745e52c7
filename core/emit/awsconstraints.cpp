#include "awsconstraints.h"

#include "auditlogrules.h"
#include "secretsinstate.h"
#include "wafrules.h"

#include "model/celerymetrics.h"
#include "model/engineversions.h"
#include "model/postgresparameters.h"

#include <QRegularExpression>
#include <QSet>

namespace Infra {

namespace {

using Violation = AwsConstraints::Violation;
using Severity = Violation::Severity;
using Block = TerraformModule::Block;

const QString usEast1Alias = QStringLiteral("aws.us_east_1");
// Managed CloudFront policies (ids are the same in every account).
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html
const QString allViewerPolicy = QStringLiteral("216adef6-5c7f-47e4-b989-5492eafa07d3");

class Checker
{
public:
    explicit Checker(const TerraformModule &m) : module(m) {}

    const TerraformModule &module;
    QList<Violation> out;

    void report(const char *rule, Severity severity, const QString &address, const QString &message)
    {
        out.append({QString::fromLatin1(rule), severity, address, message});
    }
    std::optional<QString> text(const Block &b, const QString &attribute) const { return module.evaluate(b.attribute(attribute)); }
    QString expression(const HclValue *v) const { return v ? v->expression() : QString(); }

    void uniqueAddresses();
    void engineVersions();
    void postgresParameters();
    void names();
    void bucketNames();
    void alarmDimensions();
    void iamScope();
    void certificateRegion();
    void cloudfrontOrigin();
    void albBypass();

private:
    void checkMetric(const QString &address, const QString &nameSpace, const QString &metric, const QStringList &dimensions);
    void checkPolicy(const QString &address, const HclValue &document);
    QString providerOf(const QString &address) const
    {
        const auto b = module.resource(address);
        return b ? expression(b->attribute(QStringLiteral("provider"))) : QString();
    }
};

// ---------------------------------------------------------------------------------------------
// Engine versions: dated catalog data (model/engineversions).

void Checker::uniqueAddresses()
{
    // "The resource type and name together serve as an identifier for a given resource and so
    // must be unique within a module" (Terraform, Resource Blocks); Terraform stops at
    // `init`/`validate` with "Duplicate resource ... configuration" otherwise.
    for (const TerraformModule::Duplicate &d : module.duplicateDeclarations())
        report("unique-addresses", Severity::Error, d.address,
               QStringLiteral("declared %1 times (%2); Terraform refuses the module").arg(QString::number(d.files.size()), d.files.join(QStringLiteral(", "))));
}

void Checker::engineVersions()
{
    const auto check = [this](const Block &b, const QString &engine, const QString &version, const char *rule) {
        const EngineVersionStatus s = engineVersionStatus(engine, version);
        if (s.support == EngineVersionStatus::Support::Unsupported)
            report(rule, Severity::Error, b.address(), s.reason);
        else if (s.support == EngineVersionStatus::Support::Deprecated)
            report(rule, Severity::Warning, b.address(), s.reason);
        return s;
    };
    for (const Block &b : module.resources(QStringLiteral("aws_db_instance"))) {
        const auto engine = text(b, QStringLiteral("engine"));
        const auto version = text(b, QStringLiteral("engine_version"));
        if (!engine || !version)
            continue; // a replica inherits both from its source
        const EngineVersionStatus s = check(b, *engine, *version, "rds-engine-version");
        if (!version->contains(QLatin1Char('.')) && text(b, QStringLiteral("auto_minor_version_upgrade")) == QStringLiteral("false"))
            report("rds-engine-version", Severity::Error, b.address(),
                   QStringLiteral("engine_version \"%1\" names a major version only, which RDS accepts only with auto_minor_version_upgrade = true").arg(*version));
        // The parameter group family follows the major version.
        const QString group = TerraformModule::referencedAddress(expression(b.attribute(QStringLiteral("parameter_group_name"))));
        if (const auto pg = module.resource(group)) {
            const auto family = text(*pg, QStringLiteral("family"));
            if (family && *family != *engine + s.major)
                report("rds-engine-version", Severity::Error, pg->address(),
                       QStringLiteral("family \"%1\" does not match PostgreSQL %2 of %3 (expected \"%4\")").arg(*family, s.major, b.address(), *engine + s.major));
        }
    }
    for (const Block &b : module.resources(QStringLiteral("aws_rds_cluster"))) {
        const auto engine = text(b, QStringLiteral("engine"));
        const auto version = text(b, QStringLiteral("engine_version"));
        if (!engine || !version)
            continue;
        const EngineVersionStatus s = check(b, *engine, *version, "aurora-engine-version");
        // Both parameter groups (the cluster's and its instances') follow the major version.
        QStringList groups = {TerraformModule::referencedAddress(expression(b.attribute(QStringLiteral("db_cluster_parameter_group_name"))))};
        for (const Block &i : module.resources(QStringLiteral("aws_rds_cluster_instance"))) {
            if (TerraformModule::referencedAddress(expression(i.attribute(QStringLiteral("cluster_identifier")))) == b.address())
                groups.append(TerraformModule::referencedAddress(expression(i.attribute(QStringLiteral("db_parameter_group_name")))));
        }
        for (const QString &group : std::as_const(groups)) {
            if (const auto pg = module.resource(group)) {
                const auto family = text(*pg, QStringLiteral("family"));
                if (family && *family != *engine + s.major)
                    report("aurora-engine-version", Severity::Error, pg->address(),
                           QStringLiteral("family \"%1\" does not match Aurora PostgreSQL %2 of %3 (expected \"%4\")").arg(*family, s.major, b.address(), *engine + s.major));
            }
        }
    }
    for (const Block &b : module.resources(QStringLiteral("aws_elasticache_replication_group"))) {
        const auto engine = text(b, QStringLiteral("engine"));
        const auto version = text(b, QStringLiteral("engine_version"));
        if (engine && version)
            check(b, *engine, *version, "elasticache-engine-version");
    }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL parameters by unit (model/postgresparameters).

void Checker::postgresParameters()
{
    for (const Block &pg : module.resources(QStringLiteral("aws_db_parameter_group"))) {
        // The instance classes the group serves: every instance naming it.
        QStringList classes;
        for (const Block &db : module.resources(QStringLiteral("aws_db_instance"))) {
            if (TerraformModule::referencedAddress(expression(db.attribute(QStringLiteral("parameter_group_name")))) == pg.address()) {
                if (const auto cls = text(db, QStringLiteral("instance_class")))
                    classes.append(*cls);
            }
        }
        classes.removeDuplicates();
        if (classes.isEmpty())
            classes.append(QString());
        for (const HclBlock *p : pg.block->blocks(QStringLiteral("parameter"))) {
            const auto name = module.evaluate(p->attribute(QStringLiteral("name")));
            const auto value = module.evaluate(p->attribute(QStringLiteral("value")));
            if (!name || !value)
                continue;
            const QString where = pg.address() + QStringLiteral(": ") + *name;
            const PostgresParameter *spec = postgresParameter(*name);
            if (!spec) {
                report("rds-parameter-units", Severity::Warning, where,
                       QStringLiteral("%1 is not in the studio's parameter table; only RDS checks its unit and range").arg(*name));
                continue;
            }
            for (const QString &cls : std::as_const(classes)) {
                const QString problem = checkPostgresValue(*name, *value, cls);
                if (!problem.isEmpty()) {
                    report("rds-parameter-units", Severity::Error, where, problem);
                    break;
                }
            }
            const auto method = module.evaluate(p->attribute(QStringLiteral("apply_method")));
            if (spec->isStatic && method.value_or(QStringLiteral("immediate")) == QLatin1String("immediate"))
                report("rds-parameter-units", Severity::Error, where,
                       QStringLiteral("%1 is a static parameter: RDS refuses apply_method \"immediate\" (use \"pending-reboot\")").arg(*name));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Name lengths and characters.

struct NameRule
{
    const char *type;
    const char *attribute;
    int minLength;
    int maxLength;
    const char *pattern; // whole-name regular expression
    const char *what;
};

// Terraform's name_prefix adds a 26-character unique suffix.
constexpr int prefixSuffix = 26;

constexpr NameRule nameRules[] = {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html
    {"aws_lb", "name", 1, 32, "^(?!internal-)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "letters, digits and hyphens, not starting with internal-"},
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
    {"aws_lb_target_group", "name", 1, 32, "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "letters, digits and hyphens"},
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
    {"aws_s3_bucket", "bucket", 3, 63, "^[a-z0-9][a-z0-9.-]*[a-z0-9]$", "lower-case letters, digits, dots and hyphens"},
    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.Constraints
    {"aws_db_instance", "identifier", 1, 63, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    {"aws_db_instance", "final_snapshot_identifier", 1, 255, "^[A-Za-z](?!.*--)[A-Za-z0-9-]*(?<!-)$", "a letter first, then letters, digits and single hyphens"},
    {"aws_db_parameter_group", "name", 1, 255, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    {"aws_db_subnet_group", "name", 1, 255, "^[a-z0-9 ._-]+$", "lower-case letters, digits, spaces, dots, underscores and hyphens"},
    // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html (DBClusterIdentifier)
    {"aws_rds_cluster", "cluster_identifier", 1, 63, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    {"aws_rds_cluster", "final_snapshot_identifier", 1, 255, "^[A-Za-z](?!.*--)[A-Za-z0-9-]*(?<!-)$", "a letter first, then letters, digits and single hyphens"},
    {"aws_rds_cluster_parameter_group", "name", 1, 255, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    {"aws_rds_global_cluster", "global_cluster_identifier", 1, 63, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    // https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html
    {"aws_elasticache_replication_group", "replication_group_id", 1, 40, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    {"aws_elasticache_parameter_group", "name", 1, 255, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    {"aws_elasticache_subnet_group", "name", 1, 255, "^[a-z0-9-]+$", "lower-case letters, digits and hyphens"},
    // https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateCluster.html (ClusterName, as ElastiCache's)
    {"aws_memorydb_cluster", "name", 1, 40, "^[a-z](?!.*--)[a-z0-9-]*(?<!-)$", "a letter first, then lower-case letters, digits and single hyphens"},
    // https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html (Name, GroupName)
    {"aws_scheduler_schedule", "name", 1, 64, "^[0-9a-zA-Z._-]+$", "letters, digits, '.', '_' and '-'"},
    {"aws_scheduler_schedule_group", "name", 1, 64, "^[0-9a-zA-Z._-]+$", "letters, digits, '.', '_' and '-'"},
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
    {"aws_iam_role", "name", 1, 64, "^[A-Za-z0-9+=,.@_-]+$", "letters, digits and +=,.@_-"},
    {"aws_iam_policy", "name", 1, 128, "^[A-Za-z0-9+=,.@_-]+$", "letters, digits and +=,.@_-"},
    {"aws_iam_role_policy", "name", 1, 128, "^[A-Za-z0-9+=,.@_-]+$", "letters, digits and +=,.@_-"},
    // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html (and CreateService, RegisterTaskDefinition)
    {"aws_ecs_cluster", "name", 1, 255, "^[A-Za-z0-9_-]+$", "letters, digits, underscores and hyphens"},
    {"aws_ecs_service", "name", 1, 255, "^[A-Za-z0-9_-]+$", "letters, digits, underscores and hyphens"},
    {"aws_ecs_task_definition", "family", 1, 255, "^[A-Za-z0-9_-]+$", "letters, digits, underscores and hyphens"},
    // https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html
    {"aws_cloudwatch_log_group", "name", 1, 512, "^[A-Za-z0-9._/#-]+$", "letters, digits and ._/#-"},
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
    {"aws_cloudwatch_metric_alarm", "alarm_name", 1, 255, "^[^\\x00-\\x1f]+$", "printable characters"},
    // https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html
    {"aws_sns_topic", "name", 1, 256, "^[A-Za-z0-9_-]+$", "letters, digits, underscores and hyphens"},
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
    {"aws_sqs_queue", "name", 1, 80, "^[A-Za-z0-9_-]+(\\.fifo)?$", "letters, digits, underscores and hyphens"},
    // https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
    {"aws_ecr_repository", "name", 2, 256, "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$", "lower-case letters and digits separated by . _ - or /"},
    // https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html
    {"aws_secretsmanager_secret", "name", 1, 512, "^[A-Za-z0-9/_+=.@-]+$", "letters, digits and /_+=.@-"},
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html
    {"aws_security_group", "name", 1, 255, "^(?!sg-)[ -~]+$", "ASCII characters, not starting with sg-"},
    // https://docs.aws.amazon.com/waf/latest/APIReference/API_CreateWebACL.html
    {"aws_wafv2_web_acl", "name", 1, 128, "^[A-Za-z0-9_-]+$", "letters, digits, underscores and hyphens"},
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/APIReference/API_CreateOriginAccessControl.html
    {"aws_cloudfront_origin_access_control", "name", 1, 64, "^[ -~]+$", "ASCII characters"},
};

void Checker::names()
{
    for (const NameRule &rule : nameRules) {
        const QRegularExpression pattern(QString::fromLatin1(rule.pattern));
        for (const Block &b : module.resources(QString::fromLatin1(rule.type))) {
            const QString attribute = QString::fromLatin1(rule.attribute);
            if (const auto name = text(b, attribute)) {
                if (name->size() < rule.minLength || name->size() > rule.maxLength)
                    report("name-limits", Severity::Error, b.address(),
                           QStringLiteral("%1 \"%2\" has %3 characters; AWS accepts %4 to %5").arg(attribute, *name).arg(name->size()).arg(rule.minLength).arg(rule.maxLength));
                else if (!pattern.match(*name).hasMatch())
                    report("name-limits", Severity::Error, b.address(),
                           QStringLiteral("%1 \"%2\" must consist of %3").arg(attribute, *name, QString::fromLatin1(rule.what)));
            }
            const QString prefixAttribute = attribute == QLatin1String("bucket") ? QStringLiteral("bucket_prefix") : QStringLiteral("name_prefix");
            if (const auto prefix = text(b, prefixAttribute); prefix && prefix->size() + prefixSuffix > rule.maxLength)
                report("name-limits", Severity::Error, b.address(),
                       QStringLiteral("%1 \"%2\" plus Terraform's %3-character suffix exceeds the %4 characters AWS accepts")
                           .arg(prefixAttribute, *prefix).arg(prefixSuffix).arg(rule.maxLength));
        }
    }
}

// S3 bucket names are global across all accounts: a name made of project and environment is
// almost surely taken. https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
void Checker::bucketNames()
{
    for (const Block &b : module.resources(QStringLiteral("aws_s3_bucket"))) {
        if (b.attribute(QStringLiteral("bucket_prefix")))
            continue;
        const HclValue *bucket = b.attribute(QStringLiteral("bucket"));
        if (!bucket) {
            continue; // Terraform generates a unique name
        }
        const QString raw = bucket->expression();
        if (!raw.contains(QLatin1String("account_id")) && !raw.contains(QLatin1String("random_")))
            report("s3-bucket-global-name", Severity::Error, b.address(),
                   QStringLiteral("bucket %1 is a global name without the account id or a random suffix: another account has probably taken it")
                       .arg(module.evaluate(*bucket).value_or(raw)));
    }
}

// ---------------------------------------------------------------------------------------------
// Alarm and scaling metrics: the dimensions each metric is published with.

struct MetricDimensions
{
    const char *nameSpace;
    const char *metrics;     // space-separated metric names
    const char *dimensions;  // "|"-separated sets of comma-separated dimension names
};

// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/available-metrics.html
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-metrics-ECS.html
// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html
// https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.html ("published for each cache node")
// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html
// https://docs.aws.amazon.com/memorydb/latest/devguide/cloudwatchmetrics.html (--dimensions=ClusterName=…)
const MetricDimensions metricTable[] = {
    {"AWS/ECS", "CPUUtilization MemoryUtilization", "ClusterName,ServiceName|ClusterName"},
    {"ECS/ContainerInsights", "RunningTaskCount DesiredTaskCount PendingTaskCount CpuUtilized MemoryUtilized", "ClusterName,ServiceName|ClusterName"},
    {"AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count HTTPCode_ELB_4XX_Count ActiveConnectionCount RejectedConnectionCount", "LoadBalancer"},
    {"AWS/ApplicationELB", "HTTPCode_Target_5XX_Count HTTPCode_Target_4XX_Count TargetResponseTime RequestCount", "LoadBalancer|LoadBalancer,TargetGroup|TargetGroup"},
    {"AWS/ApplicationELB", "UnHealthyHostCount HealthyHostCount RequestCountPerTarget", "LoadBalancer,TargetGroup|TargetGroup"},
    {"AWS/RDS", "CPUUtilization DatabaseConnections FreeStorageSpace FreeableMemory ReadLatency WriteLatency ReplicaLag", "DBInstanceIdentifier"},
    // Aurora's cluster and role metrics (AuroraUserGuide dimensions.html; creating_alarms.html:
    // "use WRITER or READER role metrics to set up alarms").
    {"AWS/RDS", "CPUUtilization DatabaseConnections FreeableMemory", "DBClusterIdentifier|DBClusterIdentifier,Role"},
    {"AWS/ElastiCache", "EngineCPUUtilization CPUUtilization DatabaseMemoryUsagePercentage CurrConnections Evictions FreeableMemory", "CacheClusterId|CacheClusterId,CacheNodeId"},
    {"AWS/MemoryDB", "EngineCPUUtilization CPUUtilization DatabaseMemoryUsagePercentage CurrConnections Evictions FreeableMemory", "ClusterName"},
    {"AWS/SQS", "ApproximateNumberOfMessagesVisible ApproximateAgeOfOldestMessage ApproximateNumberOfMessagesNotVisible", "QueueName"},
    {"AWS/CloudFront", "5xxErrorRate 4xxErrorRate Requests", "DistributionId,Region"},
};

void Checker::checkMetric(const QString &address, const QString &nameSpace, const QString &metric, const QStringList &dimensions)
{
    QStringList sorted = dimensions;
    sorted.sort();
    QStringList allowed;
    if (nameSpace == CeleryMetrics::nameSpace()) {
        if (metric == CeleryMetrics::backlogPerTask() || metric == CeleryMetrics::queueLength())
            allowed.append(CeleryMetrics::queueDimension());
    } else {
        for (const MetricDimensions &m : metricTable) {
            if (nameSpace != QLatin1String(m.nameSpace) || !QString::fromLatin1(m.metrics).split(QLatin1Char(' ')).contains(metric))
                continue;
            allowed += QString::fromLatin1(m.dimensions).split(QLatin1Char('|'));
        }
    }
    if (allowed.isEmpty()) {
        report("alarm-dimensions", Severity::Error, address,
               QStringLiteral("%1 %2 is not a metric anything in this module publishes or AWS documents").arg(nameSpace, metric));
        return;
    }
    for (const QString &set : std::as_const(allowed)) {
        QStringList names = set.split(QLatin1Char(','));
        names.sort();
        if (names == sorted)
            return;
    }
    report("alarm-dimensions", Severity::Error, address,
           QStringLiteral("%1 %2 is not published with the dimensions {%3} (published with {%4}): the alarm or policy sees no data")
               .arg(nameSpace, metric, sorted.join(QLatin1String(", ")), allowed.join(QLatin1String("} or {"))));
}

void Checker::alarmDimensions()
{
    const auto keys = [](const HclValue *dims) {
        QStringList names;
        if (dims) {
            for (const HclValue::Entry &e : dims->entries())
                names.append(e.first);
        }
        return names;
    };
    for (const Block &b : module.resources(QStringLiteral("aws_cloudwatch_metric_alarm"))) {
        if (const auto metric = text(b, QStringLiteral("metric_name"))) {
            checkMetric(b.address(), text(b, QStringLiteral("namespace")).value_or(QString()), *metric, keys(b.attribute(QStringLiteral("dimensions"))));
            continue;
        }
        for (const HclBlock *q : b.block->blocks(QStringLiteral("metric_query"))) {
            for (const HclBlock *m : q->blocks(QStringLiteral("metric"))) {
                checkMetric(b.address(), module.evaluate(m->attribute(QStringLiteral("namespace"))).value_or(QString()),
                            module.evaluate(m->attribute(QStringLiteral("metric_name"))).value_or(QString()), keys(m->attribute(QStringLiteral("dimensions"))));
            }
        }
    }
    for (const Block &b : module.resources(QStringLiteral("aws_appautoscaling_policy"))) {
        for (const HclBlock *tt : b.block->blocks(QStringLiteral("target_tracking_scaling_policy_configuration"))) {
            for (const HclBlock *spec : tt->blocks(QStringLiteral("customized_metric_specification"))) {
                const auto dimensionNames = [this](const HclBlock *owner) {
                    QStringList names;
                    for (const HclBlock *d : owner->blocks(QStringLiteral("dimensions")))
                        names.append(module.evaluate(d->attribute(QStringLiteral("name"))).value_or(QString()));
                    return names;
                };
                if (const auto metric = module.evaluate(spec->attribute(QStringLiteral("metric_name")))) {
                    checkMetric(b.address(), module.evaluate(spec->attribute(QStringLiteral("namespace"))).value_or(QString()), *metric, dimensionNames(spec));
                    continue;
                }
                for (const HclBlock *m : spec->blocks(QStringLiteral("metrics"))) {
                    for (const HclBlock *stat : m->blocks(QStringLiteral("metric_stat"))) {
                        for (const HclBlock *metric : stat->blocks(QStringLiteral("metric")))
                            checkMetric(b.address(), module.evaluate(metric->attribute(QStringLiteral("namespace"))).value_or(QString()),
                                        module.evaluate(metric->attribute(QStringLiteral("metric_name"))).value_or(QString()), dimensionNames(metric));
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// IAM: actions scoped to the module's resources.

// Actions without resource-level permissions (Resource must be "*"), from the Service
// Authorization Reference: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
const QSet<QString> &unscopedActions()
{
    static const QSet<QString> actions = {
        QStringLiteral("ecr:GetAuthorizationToken"), QStringLiteral("sqs:ListQueues"), QStringLiteral("cloudwatch:PutMetricData"),
        QStringLiteral("ssmmessages:CreateControlChannel"), QStringLiteral("ssmmessages:CreateDataChannel"),
        QStringLiteral("ssmmessages:OpenControlChannel"), QStringLiteral("ssmmessages:OpenDataChannel"),
        QStringLiteral("logs:DescribeLogGroups"), QStringLiteral("elasticache:DescribeCacheClusters"),
    };
    return actions;
}

QStringList stringsOf(const TerraformModule &module, const HclValue *v, QStringList *unresolved = nullptr)
{
    QStringList result;
    if (!v)
        return result;
    const QList<HclValue> items = v->isList() ? v->items() : QList<HclValue>{*v};
    for (const HclValue &item : items) {
        if (const auto t = item.quotedText(); t && !t->contains(QLatin1String("${")))
            result.append(*t);
        else if (unresolved)
            unresolved->append(item.quotedText().value_or(item.expression()));
        Q_UNUSED(module);
    }
    return result;
}

void Checker::checkPolicy(const QString &address, const HclValue &document)
{
    const HclValue *statements = document.entry(QStringLiteral("Statement"));
    if (!statements)
        return;
    for (const HclValue &st : statements->items()) {
        if (stringsOf(module, st.entry(QStringLiteral("Effect"))) == QStringList{QStringLiteral("Deny")})
            continue;
        const QStringList actions = stringsOf(module, st.entry(QStringLiteral("Action")));
        QStringList references;
        const QStringList resources = stringsOf(module, st.entry(QStringLiteral("Resource")), &references);
        for (const QString &action : actions) {
            if (action == QLatin1String("*") || action.endsWith(QLatin1String(":*")))
                report("iam-scope", Severity::Error, address, QStringLiteral("action \"%1\" grants a whole service; name the actions the task needs").arg(action));
        }
        if (resources.contains(QStringLiteral("*"))) {
            for (const QString &action : actions) {
                if (!unscopedActions().contains(action))
                    report("iam-scope", Severity::Error, address,
                           QStringLiteral("%1 on Resource \"*\": the action supports resource-level permissions, scope it to the module's resources").arg(action));
            }
        }
        // Every other resource is one of this module's (a reference), never a foreign literal ARN.
        for (const QString &r : resources) {
            if (r != QLatin1String("*"))
                report("iam-scope", Severity::Error, address, QStringLiteral("resource \"%1\" is not one of this module's resources").arg(r));
        }
        for (const QString &ref : std::as_const(references)) {
            const QString target = TerraformModule::referencedAddress(ref.startsWith(QLatin1String("${")) ? ref.mid(2) : ref);
            if (!target.isEmpty() && !module.resource(target))
                report("iam-scope", Severity::Error, address, QStringLiteral("resource %1 refers to %2, which the module does not declare").arg(ref, target));
        }
        if (actions.contains(QStringLiteral("cloudwatch:PutMetricData"))) {
            const HclValue *condition = st.entry(QStringLiteral("Condition"));
            const HclValue *equals = condition ? condition->entry(QStringLiteral("StringEquals")) : nullptr;
            const HclValue *ns = equals ? equals->entry(QStringLiteral("cloudwatch:namespace")) : nullptr;
            if (!ns)
                report("iam-scope", Severity::Error, address,
                       QStringLiteral("cloudwatch:PutMetricData without a cloudwatch:namespace condition lets the task write any namespace"));
        }
    }
}

void Checker::iamScope()
{
    for (const QString &type : {QStringLiteral("aws_iam_role_policy"), QStringLiteral("aws_iam_policy")}) {
        for (const Block &b : module.resources(type)) {
            const HclValue *policy = b.attribute(QStringLiteral("policy"));
            if (policy && policy->isCall() && policy->expression() == QLatin1String("jsonencode") && !policy->items().isEmpty())
                checkPolicy(b.address(), policy->items().first());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Certificates: CloudFront takes ACM certificates from us-east-1 only; a load balancer from
// its own region. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html

void Checker::certificateRegion()
{
    QSet<QString> aliases;
    for (const HclBlock *p : module.topLevel(QStringLiteral("provider"))) {
        if (const auto alias = module.evaluate(p->attribute(QStringLiteral("alias"))); alias && module.evaluate(p->attribute(QStringLiteral("region"))) == QStringLiteral("us-east-1"))
            aliases.insert(QStringLiteral("aws.") + *alias);
    }
    const auto certificatesOf = [this](const QString &expr) {
        // Through a local, and from aws_acm_certificate_validation.x to the certificate it
        // validates; a data source stays as it is.
        QString text = expr.trimmed();
        if (text.startsWith(QLatin1String("local."))) {
            const HclValue *v = module.local(text.mid(6));
            text = v ? v->render() : QString();
        }
        QStringList addresses;
        static const QRegularExpression re(QStringLiteral("(data\\.)?aws_acm_certificate(_validation)?\\.([A-Za-z0-9_-]+)"));
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            QString address = m.captured(1) + QStringLiteral("aws_acm_certificate.") + m.captured(3);
            if (!m.captured(2).isEmpty()) {
                if (const auto v = module.resource(QStringLiteral("aws_acm_certificate_validation.") + m.captured(3))) {
                    const QString validated = TerraformModule::referencedAddress(expression(v->attribute(QStringLiteral("certificate_arn"))));
                    if (!validated.isEmpty())
                        address = validated;
                    // The validation must run through the same provider as the certificate.
                    if (providerOf(v->address()) != providerOf(validated))
                        report("certificate-region", Severity::Error, v->address(),
                               QStringLiteral("validates %1 through another provider (region) than the one that requested it").arg(validated));
                }
            }
            addresses.append(address);
        }
        addresses.removeDuplicates();
        return addresses;
    };
    for (const Block &d : module.resources(QStringLiteral("aws_cloudfront_distribution"))) {
        const bool hasAliases = d.attribute(QStringLiteral("aliases")) != nullptr;
        for (const HclBlock *vc : d.block->blocks(QStringLiteral("viewer_certificate"))) {
            const HclValue *arn = vc->attribute(QStringLiteral("acm_certificate_arn"));
            if (!arn) {
                if (hasAliases)
                    report("certificate-region", Severity::Error, d.address(),
                           QStringLiteral("aliases need a viewer certificate from ACM in us-east-1 that covers them; the default *.cloudfront.net certificate does not"));
                continue;
            }
            // A variable alone is the caller's us-east-1 certificate (its description says so).
            for (const QString &cert : certificatesOf(arn->expression())) {
                if (!aliases.contains(providerOf(cert)))
                    report("certificate-region", Severity::Error, d.address(),
                           QStringLiteral("viewer certificate %1 is not created through a us-east-1 provider; CloudFront only accepts ACM certificates from us-east-1").arg(cert));
            }
        }
    }
    for (const Block &l : module.resources(QStringLiteral("aws_lb_listener"))) {
        for (const QString &cert : certificatesOf(expression(l.attribute(QStringLiteral("certificate_arn"))))) {
            if (aliases.contains(providerOf(cert)))
                report("certificate-region", Severity::Error, l.address(),
                       QStringLiteral("certificate %1 comes from the us-east-1 provider; a load balancer needs a certificate in its own region").arg(cert));
            if (cert.startsWith(QLatin1String("data.aws_acm_certificate.")))
                report("certificate-region", Severity::Error, l.address(),
                       QStringLiteral("%1 must already exist and be issued before the first apply; create it with DNS validation or take its ARN as a variable").arg(cert));
        }
    }
}

// CloudFront → custom origin over TLS: the origin's certificate must match the origin domain
// name or, when Host is forwarded, the Host header; otherwise 502.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html
void Checker::cloudfrontOrigin()
{
    for (const Block &d : module.resources(QStringLiteral("aws_cloudfront_distribution"))) {
        const bool hasAliases = d.attribute(QStringLiteral("aliases")) != nullptr;
        QList<const HclBlock *> behaviors = d.block->blocks(QStringLiteral("default_cache_behavior"));
        behaviors += d.block->blocks(QStringLiteral("ordered_cache_behavior"));
        for (const HclBlock *b : std::as_const(behaviors)) {
            if (!b->blocks(QStringLiteral("forwarded_values")).isEmpty())
                report("cloudfront-origin-tls", Severity::Warning, d.address(),
                       QStringLiteral("a cache behaviour uses the legacy forwarded_values; use cache and origin request policies"));
        }
        for (const HclBlock *o : d.block->blocks(QStringLiteral("origin"))) {
            const auto id = module.evaluate(o->attribute(QStringLiteral("origin_id")));
            for (const HclBlock *c : o->blocks(QStringLiteral("custom_origin_config"))) {
                const auto policy = module.evaluate(c->attribute(QStringLiteral("origin_protocol_policy")));
                if (policy == QStringLiteral("http-only"))
                    continue;
                const QString domain = expression(o->attribute(QStringLiteral("domain_name")));
                if (!domain.contains(QLatin1String(".dns_name")))
                    continue; // a custom name: the certificate is expected to cover it
                bool forwardsHost = false;
                for (const HclBlock *b : std::as_const(behaviors)) {
                    if (module.evaluate(b->attribute(QStringLiteral("target_origin_id"))) != id)
                        continue;
                    const HclValue *policy = b->attribute(QStringLiteral("origin_request_policy_id"));
                    if (module.evaluate(policy) == allViewerPolicy)
                        forwardsHost = true;
                    // A managed policy looked up by name.
                    if (const auto data = module.resource(TerraformModule::referencedAddress(expression(policy)));
                        data && module.evaluate(data->attribute(QStringLiteral("name"))) == QStringLiteral("Managed-AllViewer"))
                        forwardsHost = true;
                    for (const HclBlock *fv : b->blocks(QStringLiteral("forwarded_values"))) {
                        if (const HclValue *h = fv->attribute(QStringLiteral("headers")); h && h->render().contains(QLatin1String("\"Host\"")))
                            forwardsHost = true;
                    }
                }
                if (!forwardsHost || !hasAliases)
                    report("cloudfront-origin-tls", Severity::Error, d.address(),
                           QStringLiteral("origin %1 is reached over TLS at the load balancer's AWS DNS name, which no certificate of yours can name; "
                                          "forward the viewer's Host (an alias the load balancer's certificate covers) or use a custom origin name, else CloudFront returns 502")
                               .arg(id.value_or(QStringLiteral("?"))));
            }
        }
    }
}

// A load balancer behind CloudFront accepts only CloudFront's origin-facing addresses, or
// CloudFront (and any WAF on it) can be bypassed.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/restrict-access-to-load-balancer.html
void Checker::albBypass()
{
    bool cdnToAlb = false;
    for (const Block &d : module.resources(QStringLiteral("aws_cloudfront_distribution"))) {
        for (const HclBlock *o : d.block->blocks(QStringLiteral("origin"))) {
            if (expression(o->attribute(QStringLiteral("domain_name"))).startsWith(QLatin1String("aws_lb.")))
                cdnToAlb = true;
        }
    }
    if (!cdnToAlb)
        return;
    for (const Block &r : module.resources(QStringLiteral("aws_vpc_security_group_ingress_rule"))) {
        if (!expression(r.attribute(QStringLiteral("security_group_id"))).startsWith(QLatin1String("aws_security_group.alb")))
            continue;
        if (text(r, QStringLiteral("cidr_ipv4")) == QStringLiteral("0.0.0.0/0") || text(r, QStringLiteral("cidr_ipv6")) == QStringLiteral("::/0"))
            report("alb-behind-cloudfront", Severity::Error, r.address(),
                   QStringLiteral("the load balancer behind CloudFront is open to the internet; allow CloudFront's origin-facing prefix list only"));
    }
}

} // namespace

QString AwsConstraints::Violation::toString() const
{
    return QStringLiteral("%1 %2 %3: %4").arg(isError() ? QStringLiteral("error") : QStringLiteral("warning"), rule, address, message);
}

const QList<AwsConstraints::Rule> &AwsConstraints::rules()
{
    static const QList<Rule> list = {
        {QStringLiteral("rds-engine-version"), QStringLiteral("RDS for PostgreSQL creates the engine version; the parameter group family matches it"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html")},
        {QStringLiteral("elasticache-engine-version"), QStringLiteral("ElastiCache creates the Redis OSS / Valkey version"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html")},
        {QStringLiteral("rds-parameter-units"), QStringLiteral("PostgreSQL parameters in their unit, range and apply method"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Tuning.concepts.memory.html")},
        {QStringLiteral("name-limits"), QStringLiteral("Names within AWS's length and character limits"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html (and each service's API reference)")},
        {QStringLiteral("s3-bucket-global-name"), QStringLiteral("Bucket names are unique across all accounts"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html")},
        {QStringLiteral("alarm-dimensions"), QStringLiteral("Alarms and scaling policies use metrics with the dimensions they are published with"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.html")},
        {QStringLiteral("iam-scope"), QStringLiteral("IAM actions scoped to the module's resources"),
         QStringLiteral("https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html")},
        {QStringLiteral("certificate-region"), QStringLiteral("CloudFront certificates from us-east-1, load balancer certificates from their region, created by the module"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html")},
        {QStringLiteral("cloudfront-origin-tls"), QStringLiteral("CloudFront's TLS name for a custom origin matches the origin's certificate"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html")},
        {QStringLiteral("alb-behind-cloudfront"), QStringLiteral("A load balancer behind CloudFront cannot be reached around it"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/restrict-access-to-load-balancer.html")},
        {QStringLiteral("secrets-in-state"), QStringLiteral("No secret value in the Terraform state where the provider has a write-only argument"),
         QStringLiteral("https://developer.hashicorp.com/terraform/language/manage-sensitive-data/ephemeral")},
        {QStringLiteral("log-retention-values"), QStringLiteral("CloudWatch log groups keep their events for a retention CloudWatch accepts"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html")},
        {QStringLiteral("access-log-delivery"), QStringLiteral("Access log buckets accept the load balancer's and CloudFront's deliveries"),
         QStringLiteral("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html")},
        {QStringLiteral("rds-log-groups"), QStringLiteral("RDS and Aurora log exports go to log groups the module owns, created first"),
         QStringLiteral("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html")},
        {QStringLiteral("waf-scope"), QStringLiteral("A web ACL for CloudFront is global (CLOUDFRONT, in us-east-1); one for a load balancer is REGIONAL and associated with it"),
         QStringLiteral("https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html")},
        {QStringLiteral("unique-addresses"), QStringLiteral("Every resource, data source, variable, local, output and module call is declared once in the module"),
         QStringLiteral("https://developer.hashicorp.com/terraform/language/resources/syntax")},
        {QStringLiteral("vpc-endpoint-dns"), QStringLiteral("Interface endpoints with private DNS live in a VPC with DNS support and host names"),
         QStringLiteral("https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html")},
    };
    return list;
}

QList<AwsConstraints::Violation> AwsConstraints::check(const TerraformModule &module)
{
    Checker c(module);
    c.uniqueAddresses();
    c.engineVersions();
    c.postgresParameters();
    c.names();
    c.bucketNames();
    c.alarmDimensions();
    c.iamScope();
    c.certificateRegion();
    c.cloudfrontOrigin();
    c.albBypass();
    AwsRules::secretsInState(module, c.out);
    AwsRules::auditTrail(module, c.out);
    AwsRules::wafScope(module, c.out);
    return c.out;
}

int AwsConstraints::errorCount(const QList<Violation> &violations)
{
    return int(std::count_if(violations.cbegin(), violations.cend(), [](const Violation &v) { return v.isError(); }));
}

} // namespace Infra
