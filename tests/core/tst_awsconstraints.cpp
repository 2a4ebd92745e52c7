// The AWS constraint rules (core/emit/awsconstraints): each rule rejects a fixture that breaks
// the constraint it stands for, with the reason; the example designs' modules pass with no
// error. The rules also run over every variation in the `aws_constraints` test
// (tests/terraform/emitvariations.cpp).
#include "derive/derivedmodel.h"
#include "emit/awsconstraints.h"
#include "emit/terraformemitter.h"
#include "io/designreader.h"
#include "model/celerymetrics.h"
#include "model/engineversions.h"
#include "model/postgresparameters.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Infra;

namespace {

HclValue str(const QString &s) { return HclValue::string(s); }
HclValue raw(const QString &s) { return HclValue::raw(s); }

HclBlock resource(const QString &type, const QString &name) { return HclBlock(QStringLiteral("resource"), {type, name}); }

TerraformModule moduleOf(const QList<HclBlock> &blocks)
{
    HclFile f;
    HclBlock v(QStringLiteral("variable"), {QStringLiteral("project")});
    v.set(QStringLiteral("default"), str(QStringLiteral("myapp")));
    f.add(v);
    HclBlock e(QStringLiteral("variable"), {QStringLiteral("environment")});
    e.set(QStringLiteral("default"), str(QStringLiteral("production")));
    f.add(e);
    HclBlock locals(QStringLiteral("locals"));
    locals.set(QStringLiteral("name_prefix"), str(QStringLiteral("${var.project}-${var.environment}")));
    f.add(locals);
    for (const HclBlock &b : blocks)
        f.add(b);
    TerraformModule m;
    m.add(QStringLiteral("main.tf"), f);
    return m;
}

QStringList messagesOf(const QList<AwsConstraints::Violation> &violations, const QString &rule)
{
    QStringList out;
    for (const auto &v : violations) {
        if (v.rule == rule)
            out.append(v.toString());
    }
    return out;
}

HclBlock dbInstance(const QString &version, const QString &cls = QStringLiteral("db.r6g.large"))
{
    HclBlock db = resource(QStringLiteral("aws_db_instance"), QStringLiteral("db"));
    db.set(QStringLiteral("identifier"), str(QStringLiteral("${local.name_prefix}-db")));
    db.set(QStringLiteral("engine"), str(QStringLiteral("postgres")));
    db.set(QStringLiteral("engine_version"), str(version));
    db.set(QStringLiteral("instance_class"), str(cls));
    db.ref(QStringLiteral("parameter_group_name"), QStringLiteral("aws_db_parameter_group.db.name"));
    return db;
}

HclBlock parameterGroup(const QList<std::pair<QString, QString>> &parameters, const QString &family = QStringLiteral("postgres16"))
{
    HclBlock pg = resource(QStringLiteral("aws_db_parameter_group"), QStringLiteral("db"));
    pg.set(QStringLiteral("name"), str(QStringLiteral("${local.name_prefix}-db-") + family));
    pg.set(QStringLiteral("family"), str(family));
    for (const auto &[name, value] : parameters) {
        HclBlock p(QStringLiteral("parameter"));
        p.set(QStringLiteral("name"), str(name));
        p.set(QStringLiteral("value"), str(value));
        p.set(QStringLiteral("apply_method"), str(postgresParameter(name) && postgresParameter(name)->isStatic ? QStringLiteral("pending-reboot") : QStringLiteral("immediate")));
        pg.add(p);
    }
    return pg;
}

// The example with component `from` renamed to `to` everywhere it is named (its id, the links
// and references to it), as a user would rename it in the inspector.
Design exampleWithId(const char *name, const QString &from, const QString &to)
{
    QFile f(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/") + QLatin1String(name) + QStringLiteral(".infra.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read an example");
    // The id as a word, but not the value of a bucket's `role:` (a keyword, not a reference).
    const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_-])%1(?![A-Za-z0-9_-])").arg(QRegularExpression::escape(from)));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1String("role:")))
            line.replace(word, to);
    }
    const QString text = lines.join(QLatin1Char('\n'));
    const auto r = DesignReader::readData(text.toUtf8(), QStringLiteral("renamed.infra.yaml"));
    if (!r.ok())
        qFatal("the renamed example does not read");
    return *r.design;
}

QStringList clashesOf(const Design &d)
{
    QStringList out;
    for (const Text &t : TerraformEmitter::nameClashes(d, TerraformEmitter::module(d, DerivedModel::derive(d))))
        out.append(t.toString());
    return out;
}

Design example(const char *name)
{
    const auto r = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/") + QLatin1String(name) + QStringLiteral(".infra.yaml"));
    if (!r.ok())
        qFatal("cannot read an example");
    return *r.design;
}

} // namespace

class TestAwsConstraints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleHasASource()
    {
        QVERIFY(AwsConstraints::rules().size() >= 10);
        for (const auto &rule : AwsConstraints::rules()) {
            // AWS's documentation, or Terraform's for what Terraform stores (secrets-in-state).
            QVERIFY2(rule.source.startsWith(QLatin1String("https://docs.aws.amazon.com/"))
                         || rule.source.startsWith(QLatin1String("https://developer.hashicorp.com/terraform/")),
                     qPrintable(rule.id));
            QVERIFY(!rule.title.isEmpty());
        }
    }

    // --- Engine versions (catalog data, model/engineversions) --------------------------------
    void engineCatalog_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("support");
        using S = EngineVersionStatus::Support;
        QTest::newRow("16 major") << "postgres" << "16" << int(S::Supported);
        QTest::newRow("16.1 no longer created") << "postgres" << "16.1" << int(S::Unsupported);
        QTest::newRow("16.4 below 16.9") << "postgres" << "16.4" << int(S::Unsupported);
        QTest::newRow("16.9 creatable") << "postgres" << "16.9" << int(S::Supported);
        QTest::newRow("13 extended support since 2026-02-28") << "postgres" << "13" << int(S::Deprecated);
        QTest::newRow("9 gone") << "postgres" << "9" << int(S::Unsupported);
        QTest::newRow("redis 7.1") << "redis" << "7.1" << int(S::Supported);
        QTest::newRow("redis 5.0 extended") << "redis" << "5.0.6" << int(S::Deprecated);
        QTest::newRow("redis 7.2 is valkey") << "redis" << "7.2" << int(S::Unsupported);
        QTest::newRow("valkey 8.0") << "valkey" << "8.0" << int(S::Supported);
    }
    void engineCatalog()
    {
        QFETCH(QString, engine);
        QFETCH(QString, version);
        QFETCH(int, support);
        const EngineVersionStatus s = engineVersionStatus(engine, version);
        QCOMPARE(int(s.support), support);
        QVERIFY(!s.reason.isEmpty());
        QVERIFY(!s.source.isEmpty());
        QCOMPARE(s.date, engineCatalogDate());
    }

    void rdsEngineVersionRejectsRetiredMinor()
    {
        const auto v = AwsConstraints::check(moduleOf({dbInstance(QStringLiteral("16.1")), parameterGroup({})}));
        const QStringList m = messagesOf(v, QStringLiteral("rds-engine-version"));
        QCOMPARE(m.size(), 1);
        QVERIFY2(m.first().startsWith(QLatin1String("error rds-engine-version aws_db_instance.db: RDS no longer creates PostgreSQL 16.1")), qPrintable(m.first()));
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({dbInstance(QStringLiteral("16")), parameterGroup({})})), QStringLiteral("rds-engine-version")).isEmpty());
    }
    void rdsEngineVersionRejectsWrongFamily()
    {
        const auto v = AwsConstraints::check(moduleOf({dbInstance(QStringLiteral("17")), parameterGroup({})}));
        QCOMPARE(messagesOf(v, QStringLiteral("rds-engine-version")),
                 QStringList{QStringLiteral("error rds-engine-version aws_db_parameter_group.db: family \"postgres16\" does not match PostgreSQL 17 of aws_db_instance.db (expected \"postgres17\")")});
    }
    void elasticacheEngineVersion()
    {
        HclBlock rg = resource(QStringLiteral("aws_elasticache_replication_group"), QStringLiteral("redis"));
        rg.set(QStringLiteral("engine"), str(QStringLiteral("redis")));
        rg.set(QStringLiteral("engine_version"), str(QStringLiteral("8.0")));
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({rg})), QStringLiteral("elasticache-engine-version"));
        QCOMPARE(m.size(), 1);
        QVERIFY(m.first().contains(QLatin1String("later versions are Valkey")));
    }

    // --- PostgreSQL parameters by unit --------------------------------------------------------
    void parameterValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // a part of the message, empty when fine
        // db.r6g.large: 16 GiB = 17179869184 bytes = 2097152 pages of 8 kB.
        QTest::newRow("shared_buffers 25 % in pages") << "shared_buffers" << "{DBInstanceClassMemory/32768}" << "";
        // 17179869184 / 4 = 4294967296 pages > 1073741823 (the playbook's value).
        QTest::newRow("shared_buffers playbook /4") << "shared_buffers" << "{DBInstanceClassMemory/4}" << "evaluates to 4294967296, outside 16..1073741823 8 kB pages";
        QTest::newRow("effective_cache_size 75 %") << "effective_cache_size" << "{DBInstanceClassMemory*3/32768}" << "";
        // 17179869184 * 3 / 4 = 12884901888 > 2147483647.
        QTest::newRow("effective_cache_size playbook") << "effective_cache_size" << "{DBInstanceClassMemory*3/4}" << "evaluates to 12884901888";
        // 64 MB / 8 kB = 8192 pages.
        QTest::newRow("wal_buffers 64MB") << "wal_buffers" << "64MB" << "is not an integer: RDS takes wal_buffers in 8 kB pages, so 64MB is 8192";
        QTest::newRow("wal_buffers 8192") << "wal_buffers" << "8192" << "";
        // 3,000,000 pages × 8 kB = 22.89 GiB > 16 GiB.
        QTest::newRow("shared_buffers above memory") << "shared_buffers" << "3000000" << "is 22.89 GiB (3000000 × 8 kB pages), more than the 16 GiB of memory";
        QTest::newRow("random_page_cost real") << "random_page_cost" << "1.1" << "";
        QTest::newRow("max_connections below 6") << "max_connections" << "5" << "outside 6..262143";
    }
    void parameterValues()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QString direct = checkPostgresValue(name, value, QStringLiteral("db.r6g.large"));
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({dbInstance(QStringLiteral("16")), parameterGroup({{name, value}})})),
                                         QStringLiteral("rds-parameter-units"));
        if (problem.isEmpty()) {
            QVERIFY2(direct.isEmpty(), qPrintable(direct));
            QVERIFY2(m.isEmpty(), qPrintable(m.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(direct.contains(problem), qPrintable(direct));
            QCOMPARE(m.size(), 1);
            QVERIFY(m.first().contains(problem));
        }
    }
    void staticParameterNeedsReboot()
    {
        HclBlock pg = resource(QStringLiteral("aws_db_parameter_group"), QStringLiteral("db"));
        pg.set(QStringLiteral("family"), str(QStringLiteral("postgres16")));
        HclBlock p(QStringLiteral("parameter"));
        p.set(QStringLiteral("name"), str(QStringLiteral("shared_buffers")));
        p.set(QStringLiteral("value"), str(QStringLiteral("{DBInstanceClassMemory/32768}")));
        p.set(QStringLiteral("apply_method"), str(QStringLiteral("immediate")));
        pg.add(p);
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({dbInstance(QStringLiteral("16")), pg})), QStringLiteral("rds-parameter-units"));
        QCOMPARE(m, QStringList{QStringLiteral("error rds-parameter-units aws_db_parameter_group.db: shared_buffers: shared_buffers is a static parameter: "
                                               "RDS refuses apply_method \"immediate\" (use \"pending-reboot\")")});
    }

    // --- Names --------------------------------------------------------------------------------
    void nameLimits()
    {
        HclBlock lb = resource(QStringLiteral("aws_lb"), QStringLiteral("alb"));
        lb.set(QStringLiteral("name"), str(QStringLiteral("${local.name_prefix}-public-application"))); // 17 + 18 = 35 characters
        HclBlock rg = resource(QStringLiteral("aws_elasticache_replication_group"), QStringLiteral("redis"));
        rg.set(QStringLiteral("replication_group_id"), str(QStringLiteral("${local.name_prefix}--redis")));
        HclBlock role = resource(QStringLiteral("aws_iam_role"), QStringLiteral("task"));
        role.set(QStringLiteral("name_prefix"), str(QStringLiteral("${local.name_prefix}-celery-worker-task-role-")));
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({lb, rg, role})), QStringLiteral("name-limits"));
        QCOMPARE(m, (QStringList{
            QStringLiteral("error name-limits aws_lb.alb: name \"myapp-production-public-application\" has 35 characters; AWS accepts 1 to 32"),
            QStringLiteral("error name-limits aws_elasticache_replication_group.redis: replication_group_id \"myapp-production--redis\" must consist of "
                           "a letter first, then lower-case letters, digits and single hyphens"),
            QStringLiteral("error name-limits aws_iam_role.task: name_prefix \"myapp-production-celery-worker-task-role-\" plus Terraform's 26-character suffix "
                           "exceeds the 64 characters AWS accepts"),
        }));
    }
    // Every name rule rejects a name that breaks it (one row per resource type and argument
    // the module sets; the limits and their sources are in docs/aws-constraints.md).
    void nameLimitsEachResource_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        const QString longer = QStringLiteral("myapp-production-");
        auto tooLong = [](int n, int min, int max) { return QStringLiteral("has %1 characters; AWS accepts %2 to %3").arg(n).arg(min).arg(max); };
        auto row = [](const char *tag, const char *type, const char *attribute, const QString &name, const QString &reason) {
            QTest::newRow(tag) << QString::fromLatin1(type) << QString::fromLatin1(attribute) << name << reason;
        };
        row("alb 32", "aws_lb", "name", longer + QStringLiteral("public-application"), tooLong(35, 1, 32));
        row("alb internal-", "aws_lb", "name", QStringLiteral("internal-web"), QStringLiteral("must consist of letters, digits and hyphens, not starting with internal-"));
        row("target group 32", "aws_lb_target_group", "name", longer + QStringLiteral("web-target-group"), tooLong(33, 1, 32));
        row("bucket 3", "aws_s3_bucket", "bucket", QStringLiteral("ab"), tooLong(2, 3, 63));
        row("bucket 63", "aws_s3_bucket", "bucket", QString(64, QLatin1Char('a')), tooLong(64, 3, 63));
        row("bucket upper case", "aws_s3_bucket", "bucket", QStringLiteral("MyApp-static"), QStringLiteral("must consist of lower-case letters, digits, dots and hyphens"));
        row("rds identifier 63", "aws_db_instance", "identifier", QStringLiteral("db") + QString(62, QLatin1Char('x')), tooLong(64, 1, 63));
        row("rds identifier digit first", "aws_db_instance", "identifier", QStringLiteral("1db"), QStringLiteral("must consist of a letter first, then lower-case letters, digits and single hyphens"));
        row("rds final snapshot --", "aws_db_instance", "final_snapshot_identifier", QStringLiteral("db--final"), QStringLiteral("must consist of a letter first, then letters, digits and single hyphens"));
        row("rds parameter group upper", "aws_db_parameter_group", "name", QStringLiteral("DB-params"), QStringLiteral("must consist of a letter first, then lower-case letters, digits and single hyphens"));
        row("rds subnet group upper", "aws_db_subnet_group", "name", QStringLiteral("DB subnets"), QStringLiteral("must consist of lower-case letters, digits, spaces, dots, underscores and hyphens"));
        row("replication group 40", "aws_elasticache_replication_group", "replication_group_id", longer + QStringLiteral("celery-broker-and-caches"), tooLong(41, 1, 40));
        row("elasticache parameter group trailing -", "aws_elasticache_parameter_group", "name", QStringLiteral("redis-7-"), QStringLiteral("must consist of a letter first, then lower-case letters, digits and single hyphens"));
        row("elasticache subnet group _", "aws_elasticache_subnet_group", "name", QStringLiteral("redis_subnets"), QStringLiteral("must consist of lower-case letters, digits and hyphens"));
        row("iam role 64", "aws_iam_role", "name", longer + QStringLiteral("celery-worker-high-priority-task-execution-roles"), tooLong(65, 1, 64));
        row("iam policy space", "aws_iam_policy", "name", QStringLiteral("task policy"), QStringLiteral("must consist of letters, digits and +=,.@_-"));
        row("iam role policy colon", "aws_iam_role_policy", "name", QStringLiteral("task:policy"), QStringLiteral("must consist of letters, digits and +=,.@_-"));
        row("ecs cluster dot", "aws_ecs_cluster", "name", QStringLiteral("my.cluster"), QStringLiteral("must consist of letters, digits, underscores and hyphens"));
        row("ecs service space", "aws_ecs_service", "name", QStringLiteral("web service"), QStringLiteral("must consist of letters, digits, underscores and hyphens"));
        row("task family colon", "aws_ecs_task_definition", "family", QStringLiteral("web:1"), QStringLiteral("must consist of letters, digits, underscores and hyphens"));
        row("log group space", "aws_cloudwatch_log_group", "name", QStringLiteral("/ecs/my app"), QStringLiteral("must consist of letters, digits and ._/#-"));
        row("alarm 255", "aws_cloudwatch_metric_alarm", "alarm_name", QString(256, QLatin1Char('a')), tooLong(256, 1, 255));
        row("sns dot", "aws_sns_topic", "name", QStringLiteral("alarms.topic"), QStringLiteral("must consist of letters, digits, underscores and hyphens"));
        row("sqs 80", "aws_sqs_queue", "name", QString(81, QLatin1Char('q')), tooLong(81, 1, 80));
        row("sqs dot", "aws_sqs_queue", "name", QStringLiteral("celery.default"), QStringLiteral("must consist of letters, digits, underscores and hyphens"));
        row("ecr upper", "aws_ecr_repository", "name", QStringLiteral("MyApp/web"), QStringLiteral("must consist of lower-case letters and digits separated by . _ - or /"));
        row("secret space", "aws_secretsmanager_secret", "name", QStringLiteral("myapp/secret key"), QStringLiteral("must consist of letters, digits and /_+=.@-"));
        row("security group sg-", "aws_security_group", "name", QStringLiteral("sg-web"), QStringLiteral("must consist of ASCII characters, not starting with sg-"));
        row("web acl space", "aws_wafv2_web_acl", "name", QStringLiteral("web acl"), QStringLiteral("must consist of letters, digits, underscores and hyphens"));
        row("origin access control 64", "aws_cloudfront_origin_access_control", "name", QString(65, QLatin1Char('o')), tooLong(65, 1, 64));
    }
    void nameLimitsEachResource()
    {
        QFETCH(QString, type);
        QFETCH(QString, attribute);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        HclBlock b = resource(type, QStringLiteral("x"));
        b.set(attribute, HclValue::literal(name));
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({b})), QStringLiteral("name-limits"));
        QCOMPARE(m, QStringList{QStringLiteral("error name-limits %1.x: %2 \"%3\" %4").arg(type, attribute, name, reason)});
        // The same resource with a name AWS accepts passes.
        HclBlock good = resource(type, QStringLiteral("x"));
        good.set(attribute, HclValue::literal(QStringLiteral("web")));
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({good})), QStringLiteral("name-limits")).isEmpty());
    }
    void bucketNamesAreGlobal()
    {
        HclBlock taken = resource(QStringLiteral("aws_s3_bucket"), QStringLiteral("static"));
        taken.set(QStringLiteral("bucket"), str(QStringLiteral("${local.name_prefix}-static")));
        HclBlock unique = resource(QStringLiteral("aws_s3_bucket"), QStringLiteral("media"));
        unique.set(QStringLiteral("bucket"), str(QStringLiteral("${local.name_prefix}-media-${data.aws_caller_identity.current.account_id}")));
        const auto v = AwsConstraints::check(moduleOf({taken, unique}));
        QCOMPARE(messagesOf(v, QStringLiteral("s3-bucket-global-name")),
                 QStringList{QStringLiteral("error s3-bucket-global-name aws_s3_bucket.static: bucket myapp-production-static is a global name without the account id "
                                            "or a random suffix: another account has probably taken it")});
        QVERIFY(messagesOf(v, QStringLiteral("name-limits")).isEmpty()); // 42 characters with the 12-digit account id
    }

    // --- Metrics ------------------------------------------------------------------------------
    void alarmDimensionsMustExist()
    {
        HclBlock alarm = resource(QStringLiteral("aws_cloudwatch_metric_alarm"), QStringLiteral("redis_cpu_high"));
        alarm.set(QStringLiteral("namespace"), str(QStringLiteral("AWS/ElastiCache")));
        alarm.set(QStringLiteral("metric_name"), str(QStringLiteral("EngineCPUUtilization")));
        alarm.set(QStringLiteral("dimensions"), HclValue::object({{QStringLiteral("ReplicationGroupId"), raw(QStringLiteral("aws_elasticache_replication_group.redis.id"))}}));
        HclBlock member = resource(QStringLiteral("aws_cloudwatch_metric_alarm"), QStringLiteral("redis_member_cpu_high"));
        member.set(QStringLiteral("namespace"), str(QStringLiteral("AWS/ElastiCache")));
        member.set(QStringLiteral("metric_name"), str(QStringLiteral("EngineCPUUtilization")));
        member.set(QStringLiteral("dimensions"), HclValue::object({{QStringLiteral("CacheClusterId"), str(QStringLiteral("x-001"))}}));
        HclBlock unhealthy = resource(QStringLiteral("aws_cloudwatch_metric_alarm"), QStringLiteral("unhealthy"));
        unhealthy.set(QStringLiteral("namespace"), str(QStringLiteral("AWS/ApplicationELB")));
        unhealthy.set(QStringLiteral("metric_name"), str(QStringLiteral("UnHealthyHostCount")));
        unhealthy.set(QStringLiteral("dimensions"), HclValue::object({{QStringLiteral("LoadBalancer"), raw(QStringLiteral("aws_lb.alb.arn_suffix"))}}));
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({alarm, member, unhealthy})), QStringLiteral("alarm-dimensions"));
        QCOMPARE(m, (QStringList{
            QStringLiteral("error alarm-dimensions aws_cloudwatch_metric_alarm.redis_cpu_high: AWS/ElastiCache EngineCPUUtilization is not published with the dimensions "
                           "{ReplicationGroupId} (published with {CacheClusterId} or {CacheClusterId,CacheNodeId}): the alarm or policy sees no data"),
            QStringLiteral("error alarm-dimensions aws_cloudwatch_metric_alarm.unhealthy: AWS/ApplicationELB UnHealthyHostCount is not published with the dimensions "
                           "{LoadBalancer} (published with {LoadBalancer,TargetGroup} or {TargetGroup}): the alarm or policy sees no data"),
        }));

        // MemoryDB publishes under AWS/MemoryDB with ClusterName, not ElastiCache's dimensions.
        HclBlock store = resource(QStringLiteral("aws_cloudwatch_metric_alarm"), QStringLiteral("store_cpu_high"));
        store.set(QStringLiteral("namespace"), str(QStringLiteral("AWS/MemoryDB")));
        store.set(QStringLiteral("metric_name"), str(QStringLiteral("EngineCPUUtilization")));
        store.set(QStringLiteral("dimensions"), HclValue::object({{QStringLiteral("CacheClusterId"), raw(QStringLiteral("aws_memorydb_cluster.store.name"))}}));
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({store})), QStringLiteral("alarm-dimensions")),
                 QStringList{QStringLiteral("error alarm-dimensions aws_cloudwatch_metric_alarm.store_cpu_high: AWS/MemoryDB EngineCPUUtilization is not published with "
                                            "the dimensions {CacheClusterId} (published with {ClusterName}): the alarm or policy sees no data")});
        store.set(QStringLiteral("dimensions"), HclValue::object({{QStringLiteral("ClusterName"), raw(QStringLiteral("aws_memorydb_cluster.store.name"))}}));
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({store})), QStringLiteral("alarm-dimensions")).isEmpty());
    }
    void scalingMetricMustBePublished()
    {
        const auto policy = [](const QString &nameSpace, const QString &metric) {
            HclBlock p = resource(QStringLiteral("aws_appautoscaling_policy"), QStringLiteral("worker"));
            HclBlock config(QStringLiteral("target_tracking_scaling_policy_configuration"));
            HclBlock spec(QStringLiteral("customized_metric_specification"));
            spec.set(QStringLiteral("metric_name"), str(metric));
            spec.set(QStringLiteral("namespace"), str(nameSpace));
            HclBlock dim(QStringLiteral("dimensions"));
            dim.set(QStringLiteral("name"), str(CeleryMetrics::queueDimension()));
            dim.set(QStringLiteral("value"), str(QStringLiteral("default")));
            spec.add(dim);
            config.add(spec);
            p.add(config);
            return p;
        };
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({policy(QStringLiteral("${var.project}/Celery"), QStringLiteral("QueueLength"))})),
                                         QStringLiteral("alarm-dimensions"));
        QCOMPARE(m, QStringList{QStringLiteral("error alarm-dimensions aws_appautoscaling_policy.worker: myapp/Celery QueueLength is not a metric anything in this "
                                               "module publishes or AWS documents")});
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({policy(CeleryMetrics::nameSpace(), CeleryMetrics::backlogPerTask())})), QStringLiteral("alarm-dimensions")).isEmpty());
    }

    // --- IAM ----------------------------------------------------------------------------------
    void iamScope()
    {
        const auto statement = [](const QStringList &actions, const HclValue &resource, const QList<HclValue::Entry> &extra = {}) {
            QList<HclValue::Entry> e = {{QStringLiteral("Effect"), str(QStringLiteral("Allow"))},
                                        {QStringLiteral("Action"), HclValue::stringList(actions)},
                                        {QStringLiteral("Resource"), resource}};
            return HclValue::object(e + extra);
        };
        HclBlock policy = resource(QStringLiteral("aws_iam_role_policy"), QStringLiteral("task"));
        policy.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
            {QStringLiteral("Statement"), HclValue::list({
                 statement({QStringLiteral("s3:GetObject")}, str(QStringLiteral("*"))),
                 statement({QStringLiteral("s3:*")}, raw(QStringLiteral("aws_s3_bucket.media.arn"))),
                 statement({QStringLiteral("cloudwatch:PutMetricData")}, str(QStringLiteral("*"))),
                 statement({QStringLiteral("cloudwatch:PutMetricData")}, str(QStringLiteral("*")),
                           {{QStringLiteral("Condition"), HclValue::object({{QStringLiteral("StringEquals"), HclValue::object({
                                {QStringLiteral("cloudwatch:namespace"), str(CeleryMetrics::nameSpace())}})}})}}),
                 statement({QStringLiteral("sqs:ListQueues")}, str(QStringLiteral("*"))),
             })}})}));
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({policy})), QStringLiteral("iam-scope"));
        QCOMPARE(m, (QStringList{
            QStringLiteral("error iam-scope aws_iam_role_policy.task: s3:GetObject on Resource \"*\": the action supports resource-level permissions, scope it to the module's resources"),
            QStringLiteral("error iam-scope aws_iam_role_policy.task: action \"s3:*\" grants a whole service; name the actions the task needs"),
            QStringLiteral("error iam-scope aws_iam_role_policy.task: resource aws_s3_bucket.media.arn refers to aws_s3_bucket.media, which the module does not declare"),
            QStringLiteral("error iam-scope aws_iam_role_policy.task: cloudwatch:PutMetricData without a cloudwatch:namespace condition lets the task write any namespace"),
        }));
    }

    // --- Certificates and CloudFront ----------------------------------------------------------
    void certificateRegion()
    {
        HclBlock cert = resource(QStringLiteral("aws_acm_certificate"), QStringLiteral("regional"));
        cert.set(QStringLiteral("domain_name"), str(QStringLiteral("app.example.com")));
        HclBlock dist = resource(QStringLiteral("aws_cloudfront_distribution"), QStringLiteral("cdn"));
        dist.set(QStringLiteral("aliases"), HclValue::stringList({QStringLiteral("app.example.com")}));
        HclBlock vc(QStringLiteral("viewer_certificate"));
        vc.ref(QStringLiteral("acm_certificate_arn"), QStringLiteral("aws_acm_certificate.regional.arn"));
        dist.add(vc);
        HclBlock defaultCert = resource(QStringLiteral("aws_cloudfront_distribution"), QStringLiteral("other"));
        defaultCert.set(QStringLiteral("aliases"), HclValue::stringList({QStringLiteral("www.example.com")}));
        HclBlock dvc(QStringLiteral("viewer_certificate"));
        dvc.set(QStringLiteral("cloudfront_default_certificate"), true);
        defaultCert.add(dvc);
        HclBlock listener = resource(QStringLiteral("aws_lb_listener"), QStringLiteral("https"));
        listener.ref(QStringLiteral("certificate_arn"), QStringLiteral("data.aws_acm_certificate.alb.arn"));
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({cert, dist, defaultCert, listener})), QStringLiteral("certificate-region"));
        QCOMPARE(m, (QStringList{
            QStringLiteral("error certificate-region aws_cloudfront_distribution.cdn: viewer certificate aws_acm_certificate.regional is not created through a us-east-1 "
                           "provider; CloudFront only accepts ACM certificates from us-east-1"),
            QStringLiteral("error certificate-region aws_cloudfront_distribution.other: aliases need a viewer certificate from ACM in us-east-1 that covers them; "
                           "the default *.cloudfront.net certificate does not"),
            QStringLiteral("error certificate-region aws_lb_listener.https: data.aws_acm_certificate.alb must already exist and be issued before the first apply; "
                           "create it with DNS validation or take its ARN as a variable"),
        }));

        // Through the us-east-1 alias it passes.
        HclBlock provider(QStringLiteral("provider"), {QStringLiteral("aws")});
        provider.set(QStringLiteral("alias"), str(QStringLiteral("us_east_1")));
        provider.set(QStringLiteral("region"), str(QStringLiteral("us-east-1")));
        HclBlock edgeCert = resource(QStringLiteral("aws_acm_certificate"), QStringLiteral("regional"));
        edgeCert.ref(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({provider, edgeCert, dist})), QStringLiteral("certificate-region")).isEmpty());
    }
    void cloudfrontOriginTls()
    {
        HclBlock dist = resource(QStringLiteral("aws_cloudfront_distribution"), QStringLiteral("cdn"));
        HclBlock origin(QStringLiteral("origin"));
        origin.ref(QStringLiteral("domain_name"), QStringLiteral("aws_lb.alb.dns_name"));
        origin.set(QStringLiteral("origin_id"), str(QStringLiteral("alb")));
        HclBlock custom(QStringLiteral("custom_origin_config"));
        custom.set(QStringLiteral("origin_protocol_policy"), str(QStringLiteral("https-only")));
        origin.add(custom);
        dist.add(origin);
        HclBlock behavior(QStringLiteral("default_cache_behavior"));
        behavior.set(QStringLiteral("target_origin_id"), str(QStringLiteral("alb")));
        HclBlock fv(QStringLiteral("forwarded_values"));
        fv.set(QStringLiteral("headers"), HclValue::stringList({QStringLiteral("Authorization")}));
        behavior.add(fv);
        dist.add(behavior);
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({dist})), QStringLiteral("cloudfront-origin-tls"));
        QCOMPARE(m.size(), 2);
        QVERIFY(m.at(0).startsWith(QLatin1String("warning cloudfront-origin-tls aws_cloudfront_distribution.cdn: a cache behaviour uses the legacy forwarded_values")));
        QVERIFY(m.at(1).startsWith(QLatin1String("error cloudfront-origin-tls aws_cloudfront_distribution.cdn: origin alb is reached over TLS at the load balancer's AWS DNS name")));
        QVERIFY(m.at(1).endsWith(QLatin1String("else CloudFront returns 502")));
    }
    void albBehindCloudFront()
    {
        HclBlock dist = resource(QStringLiteral("aws_cloudfront_distribution"), QStringLiteral("cdn"));
        HclBlock origin(QStringLiteral("origin"));
        origin.ref(QStringLiteral("domain_name"), QStringLiteral("aws_lb.alb.dns_name"));
        dist.add(origin);
        HclBlock open = resource(QStringLiteral("aws_vpc_security_group_ingress_rule"), QStringLiteral("alb_https"));
        open.ref(QStringLiteral("security_group_id"), QStringLiteral("aws_security_group.alb.id"));
        open.set(QStringLiteral("cidr_ipv4"), str(QStringLiteral("0.0.0.0/0")));
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({dist, open})), QStringLiteral("alb-behind-cloudfront")),
                 QStringList{QStringLiteral("error alb-behind-cloudfront aws_vpc_security_group_ingress_rule.alb_https: the load balancer behind CloudFront is open to "
                                            "the internet; allow CloudFront's origin-facing prefix list only")});
    }

    // --- The audit trail ----------------------------------------------------------------------
    void logRetentionValues()
    {
        HclBlock odd = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("odd"));
        odd.set(QStringLiteral("name"), str(QStringLiteral("/ecs/odd")));
        odd.set(QStringLiteral("retention_in_days"), 45);
        HclBlock forever = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("forever"));
        forever.set(QStringLiteral("name"), str(QStringLiteral("/ecs/forever")));
        HclBlock fine = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("fine"));
        fine.set(QStringLiteral("name"), str(QStringLiteral("/ecs/fine")));
        fine.set(QStringLiteral("retention_in_days"), 90);
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({odd, forever, fine})), QStringLiteral("log-retention-values")),
                 (QStringList{QStringLiteral("error log-retention-values aws_cloudwatch_log_group.odd: retention_in_days 45 is not one CloudWatch Logs accepts "
                                             "(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, …)"),
                              QStringLiteral("error log-retention-values aws_cloudwatch_log_group.forever: no retention_in_days: the log group keeps its events forever")}));
    }
    void accessLogDelivery()
    {
        const auto bucket = [](const QString &name) {
            HclBlock b = resource(QStringLiteral("aws_s3_bucket"), name);
            b.set(QStringLiteral("bucket"), str(QStringLiteral("${local.name_prefix}-%1-${data.aws_caller_identity.current.account_id}").arg(name)));
            return b;
        };
        const auto lb = [](const QString &bucketName, bool depends) {
            HclBlock l = resource(QStringLiteral("aws_lb"), QStringLiteral("alb_") + bucketName);
            HclBlock logs(QStringLiteral("access_logs"));
            logs.ref(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.%1.id").arg(bucketName));
            logs.set(QStringLiteral("enabled"), true);
            l.add(logs);
            if (depends)
                l.set(QStringLiteral("depends_on"), HclValue::list({raw(QStringLiteral("aws_s3_bucket_policy.") + bucketName)}));
            return l;
        };
        // kms: encrypted with KMS (ELB writes only to SSE-S3 buckets) and no policy at all.
        HclBlock kms = resource(QStringLiteral("aws_s3_bucket_server_side_encryption_configuration"), QStringLiteral("kms"));
        kms.ref(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.kms.id"));
        HclBlock rule(QStringLiteral("rule"));
        HclBlock def(QStringLiteral("apply_server_side_encryption_by_default"));
        def.set(QStringLiteral("sse_algorithm"), str(QStringLiteral("aws:kms")));
        rule.add(def);
        kms.add(rule);
        // good: the ELB account may put objects, and the load balancer waits for the policy.
        const auto policy = [](const QString &name, const HclValue &principal) {
            HclBlock p = resource(QStringLiteral("aws_s3_bucket_policy"), name);
            p.ref(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.%1.id").arg(name));
            p.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
                {QStringLiteral("Statement"), HclValue::list({HclValue::object({
                     {QStringLiteral("Effect"), str(QStringLiteral("Allow"))},
                     {QStringLiteral("Principal"), principal},
                     {QStringLiteral("Action"), str(QStringLiteral("s3:PutObject"))},
                     {QStringLiteral("Resource"), str(QStringLiteral("${aws_s3_bucket.%1.arn}/alb/*").arg(name))},
                 })})}})}));
            return p;
        };
        HclBlock goodPolicy = policy(QStringLiteral("good"), HclValue::object({{QStringLiteral("AWS"), raw(QStringLiteral("data.aws_elb_service_account.main.arn"))}}));
        // late: the service principal is right, but the load balancer may be created first.
        HclBlock latePolicy = policy(QStringLiteral("late"), HclValue::object({{QStringLiteral("Service"), str(QStringLiteral("logdelivery.elasticloadbalancing.amazonaws.com"))}}));
        // CloudFront logging into a bucket whose ACLs are disabled (S3's default).
        HclBlock dist = resource(QStringLiteral("aws_cloudfront_distribution"), QStringLiteral("cdn"));
        HclBlock logging(QStringLiteral("logging_config"));
        logging.ref(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.good.bucket_domain_name"));
        dist.add(logging);
        const QStringList m = messagesOf(AwsConstraints::check(moduleOf({bucket(QStringLiteral("kms")), kms, lb(QStringLiteral("kms"), false),
                                                                         bucket(QStringLiteral("good")), goodPolicy, lb(QStringLiteral("good"), true),
                                                                         bucket(QStringLiteral("late")), latePolicy, lb(QStringLiteral("late"), false), dist})),
                                         QStringLiteral("access-log-delivery"));
        QCOMPARE(m, (QStringList{
            QStringLiteral("error access-log-delivery aws_s3_bucket_server_side_encryption_configuration.kms: sse_algorithm aws:kms: load balancer access logs are "
                           "delivered only to buckets with SSE-S3 (AES256)"),
            QStringLiteral("error access-log-delivery aws_lb.alb_kms: no policy on aws_s3_bucket.kms lets Elastic Load Balancing put the logs (s3:PutObject for the "
                           "regional ELB account or logdelivery.elasticloadbalancing.amazonaws.com)"),
            QStringLiteral("error access-log-delivery aws_lb.alb_late: the load balancer checks its log bucket's permission when logging is turned on: it must "
                           "depend on aws_s3_bucket_policy.late"),
            QStringLiteral("error access-log-delivery aws_cloudfront_distribution.cdn: aws_s3_bucket.good has ACLs disabled (BucketOwnerEnforced, S3's default): "
                           "CloudFront cannot deliver standard logs to it; use BucketOwnerPreferred"),
        }));
        HclBlock preferred = resource(QStringLiteral("aws_s3_bucket_ownership_controls"), QStringLiteral("good"));
        preferred.ref(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.good.id"));
        HclBlock own(QStringLiteral("rule"));
        own.set(QStringLiteral("object_ownership"), str(QStringLiteral("BucketOwnerPreferred")));
        preferred.add(own);
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({bucket(QStringLiteral("good")), goodPolicy, lb(QStringLiteral("good"), true), dist, preferred})),
                           QStringLiteral("access-log-delivery")).isEmpty());
    }
    void rdsLogGroups()
    {
        HclBlock db = dbInstance(QStringLiteral("16"));
        db.set(QStringLiteral("enabled_cloudwatch_logs_exports"), HclValue::stringList({QStringLiteral("postgresql"), QStringLiteral("upgrade")}));
        db.set(QStringLiteral("depends_on"), HclValue::list({raw(QStringLiteral("aws_cloudwatch_log_group.db_postgresql"))}));
        HclBlock postgresql = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("db_postgresql"));
        postgresql.set(QStringLiteral("name"), str(QStringLiteral("/aws/rds/instance/${local.name_prefix}-db/postgresql")));
        postgresql.set(QStringLiteral("retention_in_days"), 30);
        HclBlock upgrade = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("db_upgrade"));
        upgrade.set(QStringLiteral("name"), str(QStringLiteral("/aws/rds/instance/${local.name_prefix}-db/upgrade")));
        upgrade.set(QStringLiteral("retention_in_days"), 30);
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({db, postgresql})), QStringLiteral("rds-log-groups")),
                 QStringList{QStringLiteral("error rds-log-groups aws_db_instance.db: exports to /aws/rds/instance/myapp-production-db/upgrade, a log group the "
                                            "module does not declare: RDS creates it without a retention (kept forever)")});
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({db, postgresql, upgrade})), QStringLiteral("rds-log-groups")),
                 QStringList{QStringLiteral("error rds-log-groups aws_db_instance.db: must depend on aws_cloudwatch_log_group.db_upgrade: an instance created first "
                                            "makes the group itself and the group's creation fails")});

        // A read replica (count = N) exports into groups of its own, named after each replica's
        // identifier: the source's groups are not its groups.
        HclBlock replica = resource(QStringLiteral("aws_db_instance"), QStringLiteral("db_replica"));
        replica.set(QStringLiteral("count"), 2);
        replica.set(QStringLiteral("identifier"), str(QStringLiteral("${local.name_prefix}-db-replica-${count.index + 1}")));
        replica.ref(QStringLiteral("replicate_source_db"), QStringLiteral("aws_db_instance.db.identifier"));
        replica.set(QStringLiteral("enabled_cloudwatch_logs_exports"), HclValue::stringList({QStringLiteral("postgresql")}));
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({replica, postgresql})), QStringLiteral("rds-log-groups")),
                 QStringList{QStringLiteral("error rds-log-groups aws_db_instance.db_replica: exports to /aws/rds/instance/myapp-production-db-replica-1/postgresql, "
                                            "a log group the module does not declare: RDS creates it without a retention (kept forever)")});
        HclBlock replicaGroup = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("db_replica_postgresql"));
        replicaGroup.set(QStringLiteral("count"), 2);
        replicaGroup.set(QStringLiteral("name"), str(QStringLiteral("/aws/rds/instance/${local.name_prefix}-db-replica-${count.index + 1}/postgresql")));
        replicaGroup.set(QStringLiteral("retention_in_days"), 30);
        replica.set(QStringLiteral("depends_on"), HclValue::list({raw(QStringLiteral("aws_cloudwatch_log_group.db_replica_postgresql"))}));
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({replica, replicaGroup})), QStringLiteral("rds-log-groups")).isEmpty());

        // An Aurora cluster exports into /aws/rds/cluster/<cluster_identifier>/<type>: a group
        // named as for an instance is not its group; one it does not depend on is created late.
        HclBlock cluster = resource(QStringLiteral("aws_rds_cluster"), QStringLiteral("store"));
        cluster.set(QStringLiteral("cluster_identifier"), str(QStringLiteral("${local.name_prefix}-store")));
        cluster.set(QStringLiteral("engine"), str(QStringLiteral("aurora-postgresql")));
        cluster.set(QStringLiteral("enabled_cloudwatch_logs_exports"), HclValue::stringList({QStringLiteral("postgresql")}));
        HclBlock instancePath = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("store_instance"));
        instancePath.set(QStringLiteral("name"), str(QStringLiteral("/aws/rds/instance/${local.name_prefix}-store/postgresql")));
        instancePath.set(QStringLiteral("retention_in_days"), 30);
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({cluster, instancePath})), QStringLiteral("rds-log-groups")),
                 QStringList{QStringLiteral("error rds-log-groups aws_rds_cluster.store: exports to /aws/rds/cluster/myapp-production-store/postgresql, a log "
                                            "group the module does not declare: RDS creates it without a retention (kept forever)")});
        HclBlock clusterGroup = resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("store_postgresql"));
        clusterGroup.set(QStringLiteral("name"), str(QStringLiteral("/aws/rds/cluster/${local.name_prefix}-store/postgresql")));
        clusterGroup.set(QStringLiteral("retention_in_days"), 30);
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({cluster, clusterGroup})), QStringLiteral("rds-log-groups")),
                 QStringList{QStringLiteral("error rds-log-groups aws_rds_cluster.store: must depend on aws_cloudwatch_log_group.store_postgresql: a cluster "
                                            "created first makes the group itself and the group's creation fails")});
        cluster.set(QStringLiteral("depends_on"), HclValue::list({raw(QStringLiteral("aws_cloudwatch_log_group.store_postgresql"))}));
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({cluster, clusterGroup})), QStringLiteral("rds-log-groups")).isEmpty());
    }
    void vpcEndpointDns()
    {
        HclBlock vpc = resource(QStringLiteral("aws_vpc"), QStringLiteral("main"));
        vpc.set(QStringLiteral("enable_dns_support"), true);
        HclBlock endpoint = resource(QStringLiteral("aws_vpc_endpoint"), QStringLiteral("logs"));
        endpoint.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
        endpoint.set(QStringLiteral("vpc_endpoint_type"), str(QStringLiteral("Interface")));
        endpoint.set(QStringLiteral("private_dns_enabled"), true);
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({vpc, endpoint})), QStringLiteral("vpc-endpoint-dns")),
                 QStringList{QStringLiteral("error vpc-endpoint-dns aws_vpc_endpoint.logs: private DNS needs enable_dns_support and enable_dns_hostnames on aws_vpc.main")});
        vpc.set(QStringLiteral("enable_dns_hostnames"), true);
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({vpc, endpoint})), QStringLiteral("vpc-endpoint-dns")).isEmpty());
    }

    // --- WAF ----------------------------------------------------------------------------------
    void wafScope()
    {
        // A CLOUDFRONT web ACL in the module's default region (not us-east-1), and a REGIONAL one
        // named by a distribution.
        HclBlock provider(QStringLiteral("provider"), {QStringLiteral("aws")});
        provider.set(QStringLiteral("region"), str(QStringLiteral("eu-west-1")));
        HclBlock global = resource(QStringLiteral("aws_wafv2_web_acl"), QStringLiteral("global"));
        global.set(QStringLiteral("scope"), str(QStringLiteral("CLOUDFRONT")));
        HclBlock regional = resource(QStringLiteral("aws_wafv2_web_acl"), QStringLiteral("regional"));
        regional.set(QStringLiteral("scope"), str(QStringLiteral("REGIONAL")));
        HclBlock dist = resource(QStringLiteral("aws_cloudfront_distribution"), QStringLiteral("cdn"));
        dist.ref(QStringLiteral("web_acl_id"), QStringLiteral("aws_wafv2_web_acl.regional.arn"));
        HclBlock assoc = resource(QStringLiteral("aws_wafv2_web_acl_association"), QStringLiteral("alb"));
        assoc.ref(QStringLiteral("resource_arn"), QStringLiteral("aws_lb.alb.arn"));
        assoc.ref(QStringLiteral("web_acl_arn"), QStringLiteral("aws_wafv2_web_acl.global.arn"));
        QCOMPARE(messagesOf(AwsConstraints::check(moduleOf({provider, global, regional, dist, assoc})), QStringLiteral("waf-scope")),
                 (QStringList{QStringLiteral("error waf-scope aws_wafv2_web_acl.global: a web ACL of scope CLOUDFRONT must be created in us-east-1 "
                                             "(provider = aws.us_east_1); elsewhere AWS refuses it"),
                              QStringLiteral("error waf-scope aws_cloudfront_distribution.cdn: web_acl_id names aws_wafv2_web_acl.regional of scope REGIONAL: "
                                             "CloudFront takes only CLOUDFRONT web ACLs"),
                              QStringLiteral("error waf-scope aws_wafv2_web_acl_association.alb: aws_wafv2_web_acl.global has scope CLOUDFRONT: it attaches "
                                             "through the distribution's web_acl_id, not an association with a regional resource")}));
        global.ref(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
        dist.ref(QStringLiteral("web_acl_id"), QStringLiteral("aws_wafv2_web_acl.global.arn"));
        assoc.ref(QStringLiteral("web_acl_arn"), QStringLiteral("aws_wafv2_web_acl.regional.arn"));
        QVERIFY(messagesOf(AwsConstraints::check(moduleOf({provider, global, regional, dist, assoc})), QStringLiteral("waf-scope")).isEmpty());
    }

    // --- Secrets in the state -----------------------------------------------------------------
    void secretsInState()
    {
        HclBlock plain = resource(QStringLiteral("aws_secretsmanager_secret_version"), QStringLiteral("django_secret_key"));
        plain.ref(QStringLiteral("secret_id"), QStringLiteral("aws_secretsmanager_secret.django_secret_key.id"));
        plain.ref(QStringLiteral("secret_string"), QStringLiteral("var.django_secret_key"));
        HclBlock writeOnly = resource(QStringLiteral("aws_secretsmanager_secret_version"), QStringLiteral("api_key"));
        writeOnly.ref(QStringLiteral("secret_id"), QStringLiteral("aws_secretsmanager_secret.api_key.id"));
        writeOnly.ref(QStringLiteral("secret_string_wo"), QStringLiteral("var.api_key"));
        writeOnly.set(QStringLiteral("secret_string_wo_version"), 1);
        HclBlock sensitive(QStringLiteral("variable"), {QStringLiteral("django_secret_key")});
        sensitive.set(QStringLiteral("sensitive"), true);
        HclBlock ephemeralVar(QStringLiteral("variable"), {QStringLiteral("api_key")});
        ephemeralVar.set(QStringLiteral("sensitive"), true);
        ephemeralVar.set(QStringLiteral("ephemeral"), true);
        HclBlock generated(QStringLiteral("data"), {QStringLiteral("aws_secretsmanager_random_password"), QStringLiteral("app")});
        generated.set(QStringLiteral("password_length"), 40);
        HclBlock db = dbInstance(QStringLiteral("16"));
        db.ref(QStringLiteral("password"), QStringLiteral("data.aws_secretsmanager_random_password.app.random_password"));
        HclBlock redis = resource(QStringLiteral("aws_elasticache_replication_group"), QStringLiteral("redis"));
        redis.ref(QStringLiteral("auth_token"), QStringLiteral("random_password.redis_auth_token.result"));
        const auto v = AwsConstraints::check(moduleOf({plain, writeOnly, sensitive, ephemeralVar, generated, db, redis}));
        QCOMPARE(messagesOf(v, QStringLiteral("secrets-in-state")), (QStringList{
            QStringLiteral("error secrets-in-state aws_secretsmanager_secret_version.django_secret_key: secret_string is stored in the Terraform state "
                           "in plain text; use secret_string_wo with secret_string_wo_version"),
            QStringLiteral("error secrets-in-state aws_db_instance.db: password is stored in the Terraform state in plain text; use "
                           "manage_master_user_password = true, or password_wo with password_wo_version"),
            QStringLiteral("error secrets-in-state data.aws_secretsmanager_random_password.app: the generated random_password is stored in the "
                           "Terraform state; use the ephemeral resource aws_secretsmanager_random_password with a write-only argument"),
            QStringLiteral("error secrets-in-state var.django_secret_key: a sensitive variable's value is stored in the state of every resource it "
                           "reaches; declare it ephemeral = true and pass it to write-only arguments"),
            QStringLiteral("warning secrets-in-state aws_elasticache_replication_group.redis: auth_token has no write-only form in the AWS provider: "
                           "the token is stored in the state, which the state bucket's encryption and access policy must protect"),
        }));
    }

    // The reference stores no secret but the Redis AUTH token (no write-only form), and says so.
    void referenceKeepsSecretsOutOfState()
    {
        const Design d = example("django-reference");
        const TerraformModule m = TerraformEmitter::module(d, DerivedModel::derive(d));
        QCOMPARE(messagesOf(AwsConstraints::check(m), QStringLiteral("secrets-in-state")),
                 QStringList{QStringLiteral("warning secrets-in-state aws_elasticache_replication_group.redis: auth_token has no write-only form in "
                                            "the AWS provider: the token is stored in the state, which the state bucket's encryption and access "
                                            "policy must protect")});
        QCOMPARE(m.topLevel(QStringLiteral("ephemeral")).size(), 3); // the Django secret key and the two database logins
    }

    // --- Names declared once ------------------------------------------------------------------
    void uniqueAddresses()
    {
        // The same resource, data source, output and local in two files, and a variable twice
        // in one; the same name under another type or in the data namespace is no clash.
        HclFile a;
        a.add(resource(QStringLiteral("aws_s3_bucket"), QStringLiteral("logs")));
        a.add(HclBlock(QStringLiteral("data"), {QStringLiteral("aws_iam_policy_document"), QStringLiteral("logs")}));
        a.add(HclBlock(QStringLiteral("output"), {QStringLiteral("logs")}).set(QStringLiteral("value"), 1));
        a.add(HclBlock(QStringLiteral("variable"), {QStringLiteral("image_tag")}));
        a.add(HclBlock(QStringLiteral("variable"), {QStringLiteral("image_tag")}));
        a.add(HclBlock(QStringLiteral("locals")).set(QStringLiteral("name_prefix"), str(QStringLiteral("app"))));
        HclFile b;
        b.add(resource(QStringLiteral("aws_s3_bucket"), QStringLiteral("logs")));
        b.add(resource(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("logs")));
        b.add(HclBlock(QStringLiteral("data"), {QStringLiteral("aws_s3_bucket"), QStringLiteral("logs")}));
        b.add(HclBlock(QStringLiteral("data"), {QStringLiteral("aws_iam_policy_document"), QStringLiteral("logs")}));
        b.add(HclBlock(QStringLiteral("output"), {QStringLiteral("logs")}).set(QStringLiteral("value"), 2));
        b.add(HclBlock(QStringLiteral("locals")).set(QStringLiteral("name_prefix"), str(QStringLiteral("other"))));
        TerraformModule m;
        m.add(QStringLiteral("a.tf"), a);
        m.add(QStringLiteral("b.tf"), b);
        QCOMPARE(messagesOf(AwsConstraints::check(m), QStringLiteral("unique-addresses")), (QStringList{
            QStringLiteral("error unique-addresses aws_s3_bucket.logs: declared 2 times (a.tf, b.tf); Terraform refuses the module"),
            QStringLiteral("error unique-addresses data.aws_iam_policy_document.logs: declared 2 times (a.tf, b.tf); Terraform refuses the module"),
            QStringLiteral("error unique-addresses output.logs: declared 2 times (a.tf, b.tf); Terraform refuses the module"),
            QStringLiteral("error unique-addresses var.image_tag: declared 2 times (a.tf, a.tf); Terraform refuses the module"),
            QStringLiteral("error unique-addresses local.name_prefix: declared 2 times (a.tf, b.tf); Terraform refuses the module"),
        }));
        TerraformModule one;
        one.add(QStringLiteral("b.tf"), b);
        QVERIFY(messagesOf(AwsConstraints::check(one), QStringLiteral("unique-addresses")).isEmpty());
    }

    // Component ids become Terraform names, next to the names the module gives its own
    // resources: ids that lead to a name already taken are reported with what to rename
    // (found by renaming every component of the reference to every name its module uses).
    void componentIdsThatClash_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("clashes");
        QTest::newRow("service named like the release task")
            << "web" << "release"
            << QStringList{QStringLiteral("Component release gives Terraform names the module already uses for other resources; rename the "
                                          "component. Declared more than once: aws_cloudwatch_log_group.release (ecs.tf, ecs.tf), "
                                          "aws_ecs_task_definition.release (ecs.tf, ecs.tf)")};
        QTest::newRow("service named like a database log")
            << "beat" << "db-postgresql"
            << QStringList{QStringLiteral("The ids of components db-postgresql, db lead to the same Terraform names; rename one of them. "
                                          "Declared more than once: aws_cloudwatch_log_group.db_postgresql (ecs.tf, rds.tf)")};
        QTest::newRow("bucket named like the access logs bucket")
            << "backups" << "access-logs"
            << QStringList{QStringLiteral("Component access-logs gives Terraform names the module already uses for other resources; rename the "
                                          "component. Declared more than once: aws_s3_bucket.access_logs (logging.tf, s3.tf), "
                                          "aws_s3_bucket_public_access_block.access_logs (logging.tf, s3.tf), "
                                          "aws_s3_bucket_server_side_encryption_configuration.access_logs (logging.tf, s3.tf), "
                                          "aws_s3_bucket_lifecycle_configuration.access_logs (logging.tf, s3.tf)")};
        QTest::newRow("reference as it is") << "web" << "web" << QStringList();
    }
    void componentIdsThatClash()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, clashes);
        const Design d = exampleWithId("django-reference", from, to);
        QCOMPARE(clashesOf(d), clashes);
        // The AWS constraint rules see the same: one unique-addresses error per name declared twice.
        const QString all = clashes.join(QLatin1Char(' '));
        QCOMPARE(messagesOf(AwsConstraints::check(TerraformEmitter::module(d, DerivedModel::derive(d))), QStringLiteral("unique-addresses")).size(),
                 int(all.count(QStringLiteral(".tf, "))));
    }

    // --- The examples -------------------------------------------------------------------------
    void examplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("reference") << "django-reference";
        QTest::newRow("starter") << "starter";
        QTest::newRow("api-only") << "api-only";
    }
    void examplesHaveNoErrors()
    {
        QFETCH(QString, name);
        const Design d = example(qPrintable(name));
        const auto violations = AwsConstraints::check(TerraformEmitter::module(d, DerivedModel::derive(d)));
        QStringList errors;
        for (const auto &v : violations) {
            if (v.isError())
                errors.append(v.toString());
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAwsConstraints)
#include "tst_awsconstraints.moc"
