// The aurora_postgres kind end to end (issue 17): parameters, constraints, connections and
// security groups, the pool calculation (Serverless v2 and the reader endpoint), findings,
// cost lines worked out by hand from the catalog (us-east-1), the Terraform and the docs.
#include "cost/costengine.h"
#include "cost/savingsadvisor.h"
#include "derive/derivedmodel.h"
#include "derivefixtures.h"
#include "emit/awsconstraints.h"
#include "emit/emitter.h"
#include "emit/terraformemitter.h"
#include "model/designconstraints.h"

#include <QRegularExpression>
#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;

#define COMPARE_USD(actual, expected)                                                                      \
    do {                                                                                                   \
        const double a_ = (actual), e_ = (expected);                                                       \
        QVERIFY2(qAbs(a_ - e_) < 0.005, qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(a_, 0, 'f', 4).arg(e_, 0, 'f', 4))); \
    } while (false)

namespace {

// ALB, web, pgBouncer and an Aurora cluster (production).
Design auroraDesign(Params params = {}, bool pgbouncer = true)
{
    using K = ComponentKind;
    Design d = designWithoutNat();
    add(d, component(K::Alb, "alb"));
    add(d, component(K::EcsWeb, "web"));
    if (pgbouncer)
        add(d, component(K::PgBouncer, "pgbouncer"));
    add(d, component(K::AuroraPostgres, "db", params));
    return d;
}

// `name = value` in HCL, whatever the alignment.
bool hasAttribute(const QByteArray &hcl, const QString &name, const QString &value)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*%2\\s*$").arg(QRegularExpression::escape(name), QRegularExpression::escape(value)),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(hcl)).hasMatch();
}

} // namespace

class TestAurora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindAndParameters()
    {
        QCOMPARE(kindName(ComponentKind::AuroraPostgres), QStringLiteral("aurora_postgres"));
        QCOMPARE(kindFromName(QStringLiteral("aurora_postgres")), std::optional(ComponentKind::AuroraPostgres));
        QVERIFY(kindIsPostgres(ComponentKind::AuroraPostgres));
        QCOMPARE(kindTier(ComponentKind::AuroraPostgres), Tier::Data);
        const ParamSchema &s = kindSchema(ComponentKind::AuroraPostgres);
        for (const char *key : {"allocated_storage", "multi_az", "backtrack_window"})
            QVERIFY2(!s.find(QString::fromLatin1(key)), key); // storage by use, readers instead of a standby, no Backtrack
        const ParamSpec *capacity = s.find(QStringLiteral("capacity"));
        QVERIFY(capacity);
        QCOMPARE(capacity->choices, QStringList({QStringLiteral("provisioned"), QStringLiteral("serverless_v2")}));
        const ParamSpec *readers = s.find(QStringLiteral("readers"));
        QVERIFY(readers && readers->hasRange);
        QCOMPARE(readers->maximum, 15.0); // writer + up to 15 readers
        QCOMPARE(readers->defaultValue.toLongLong(), 1);
        const ParamSpec *maxAcu = s.find(QStringLiteral("max_acu"));
        QVERIFY(maxAcu && maxAcu->hasRange);
        QCOMPARE(maxAcu->unit, QStringLiteral("ACU"));
        QCOMPARE(maxAcu->maximum, 256.0);
        QCOMPARE(s.find(QStringLiteral("min_acu"))->minimum, 0.0);
        QCOMPARE(s.find(QStringLiteral("storage_configuration"))->choices,
                 QStringList({QStringLiteral("standard"), QStringLiteral("io_optimized")}));
        QVERIFY(s.find(QStringLiteral("global_database")));
        QVERIFY(s.find(QStringLiteral("instance_class"))->choices.contains(QStringLiteral("db.r7g.large")));
        QVERIFY(!s.find(QStringLiteral("instance_class"))->choices.contains(QStringLiteral("db.m6i.large")));
        QVERIFY(!ParamSchema::validate(*readers, qint64(16)).isEmpty());
        for (const ParamSpec &spec : s.specs())
            QVERIFY2(!spec.help.isEmpty(), qPrintable(spec.key));
    }

    void capacityConstraints()
    {
        Component c = component(ComponentKind::AuroraPostgres, "db");
        QVERIFY(componentConstraintViolations(c).isEmpty());
        c.params[QStringLiteral("min_acu")] = 8.0;
        c.params[QStringLiteral("max_acu")] = 4.0;
        QList<ConstraintViolation> v = componentConstraintViolations(c);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().key, QStringLiteral("min_acu"));
        c.params[QStringLiteral("min_acu")] = 0.5;
        c.params[QStringLiteral("max_acu")] = 4.25; // not a half step
        v = componentConstraintViolations(c);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().key, QStringLiteral("max_acu"));
    }

    void connectionsAndSecurityGroups()
    {
        const DerivedModel m = DerivedModel::derive(auroraDesign());
        const Connection *pool = nullptr;
        for (const Connection &c : m.connections())
            if (c.id == QLatin1String("pgbouncer->db"))
                pool = &c;
        QVERIFY(pool);
        QCOMPARE(pool->port, 5432);
        QCOMPARE(pool->scheme, QStringLiteral("postgresql"));
        QVERIFY(pool->tls);
        QCOMPARE(pool->roles, QStringList{QStringLiteral("pool")});
        const SecurityGroup *db = m.securityGroup(QStringLiteral("db"));
        QVERIFY(db);
        QStringList ingress;
        for (const SecurityGroupRule *r : db->ingress())
            ingress.append(QStringLiteral("%1:%2").arg(r->peerGroup).arg(r->fromPort));
        QCOMPARE(ingress, QStringList{QStringLiteral("pgbouncer:5432")}); // only pgBouncer reaches the cluster

        // Without pgBouncer the web tasks connect to the cluster themselves.
        const DerivedModel direct = DerivedModel::derive(auroraDesign({}, false));
        bool web = false;
        for (const Connection &c : direct.connections())
            web = web || (c.id == QLatin1String("web->db") && c.port == 5432);
        QVERIFY(web);
    }

    void poolCalculation()
    {
        // Provisioned db.r6g.large: 16 GiB → LEAST(16 × 2^30 / 9531392, 5000) = int(1802.45) = 1802.
        DerivedModel m = DerivedModel::derive(auroraDesign({{"readers", 2}}));
        const PoolCalculation &p = m.pools();
        QCOMPARE(p.databaseId, QStringLiteral("db"));
        QVERIFY(p.aurora);
        QCOMPARE(p.instanceClass, QStringLiteral("db.r6g.large"));
        QCOMPARE(p.instanceDefaultLimit, 1802);
        QCOMPARE(p.readerInstances, 2);
        QCOMPARE(p.readerConnectionBudget, 2 * 1802); // the reader endpoint's connections
        QVERIFY(p.hasPgBouncer());

        // Serverless v2 at 8 ACU max: 16 GiB as well → 1802; at 0.5 ACU... max_acu 1 → 2 GiB →
        // int(2^31 / 9531392) = int(225.3) = 225.
        m = DerivedModel::derive(auroraDesign({{"capacity", QStringLiteral("serverless_v2")}, {"max_acu", 8.0}}));
        QCOMPARE(m.pools().instanceClass, QStringLiteral("db.serverless"));
        QCOMPARE(m.pools().instanceDefaultLimit, 1802);
        m = DerivedModel::derive(auroraDesign({{"capacity", QStringLiteral("serverless_v2")}, {"max_acu", 1.0}}));
        QCOMPARE(m.pools().instanceDefaultLimit, 225);
        QCOMPARE(m.pools().serverlessMaxAcu, 1.0);
    }

    void findings()
    {
        Design d = auroraDesign({{"readers", 0}});
        d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("production"));
        DerivedModel m = DerivedModel::derive(d);
        QVERIFY(hasFinding(m, QStringLiteral("aurora-failover"), QStringLiteral("db")));
        QVERIFY(!hasFinding(m, QStringLiteral("aurora-storage-encrypted"), QStringLiteral("db")));
        QVERIFY(!hasFinding(m, QStringLiteral("aurora-serverless-pause"), QStringLiteral("db")));
        QVERIFY(!hasFinding(m, QStringLiteral("aurora-engine-version"), QStringLiteral("db")));
        QVERIFY(!hasFinding(m, QStringLiteral("rds-unused"), QStringLiteral("db")));

        set(d, "db", "readers", qint64(1));
        set(d, "db", "storage_encrypted", false);
        set(d, "db", "capacity", QStringLiteral("serverless_v2"));
        set(d, "db", "min_acu", 0.0);
        set(d, "db", "engine_version", QStringLiteral("12"));
        set(d, "db", "deletion_protection", false);
        m = DerivedModel::derive(d);
        QVERIFY(!hasFinding(m, QStringLiteral("aurora-failover"), QStringLiteral("db")));
        QVERIFY(hasFinding(m, QStringLiteral("aurora-storage-encrypted"), QStringLiteral("db")));
        QVERIFY(hasFinding(m, QStringLiteral("aurora-serverless-pause"), QStringLiteral("db")));
        QVERIFY(hasFinding(m, QStringLiteral("aurora-engine-version"), QStringLiteral("db"))); // 12 left standard support on 2025-02-28
        QVERIFY(hasFinding(m, QStringLiteral("aurora-deletion-protection"), QStringLiteral("db")));

        // Outside production neither the single writer nor the pause is an issue.
        d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging"));
        set(d, "db", "readers", qint64(0));
        m = DerivedModel::derive(d);
        QVERIFY(!hasFinding(m, QStringLiteral("aurora-failover"), QStringLiteral("db")));
        QVERIFY(!hasFinding(m, QStringLiteral("aurora-serverless-pause"), QStringLiteral("db")));
    }

    void costProvisionedStandard()
    {
        // db.r6g.large (Aurora Standard $0.260/h), writer + 1 reader; workload defaults: 50 GB,
        // 5 GB/month growth, 50 req/s × 8 queries, 4 reads per write, 5 % of reads from storage.
        const CostEstimate e = CostEngine().estimate(auroraDesign({}, false));
        QVERIFY2(e.isValid(), qPrintable(e.errors.join(QLatin1Char('\n'))));
        const LineItem *instance = e.item(QStringLiteral("db"), QStringLiteral("instance"));
        QVERIFY(instance);
        QCOMPARE(instance->quantity.desired(), 2.0 * 730);            // 1,460 instance-hours
        COMPARE_USD(instance->amount.desired(), 1460 * 0.260);        // 379.60
        const LineItem *storage = e.item(QStringLiteral("db"), QStringLiteral("storage"));
        QVERIFY(storage);
        COMPARE_USD(storage->amount.desired(), 50 * 0.10);            // 5.00: billed on use
        // I/O: 50 × 8 = 400 queries/s; (1 write + 4 reads × 5 %) / 5 = 0.24 → 96 I/O/s;
        // 96 × 3,600 × 730 = 252,288,000 = 252.288 million × $0.20 = 50.4576
        const LineItem *io = e.item(QStringLiteral("db"), QStringLiteral("io"));
        QVERIFY(io);
        QCOMPARE(qRound(io->quantity.desired() * 1000), 252288);
        COMPARE_USD(io->amount.desired(), 252.288 * 0.20);
        // Backups beyond the volume: 7 days × 5 GB / (730 / 24 days) = 1.1507 GB × $0.021 = 0.0242
        const LineItem *backup = e.item(QStringLiteral("db"), QStringLiteral("backup"));
        QVERIFY(backup);
        COMPARE_USD(backup->amount.desired(), 7 * 5 / (730.0 / 24) * 0.021);
        QVERIFY(!e.item(QStringLiteral("db"), QStringLiteral("io_optimized")));
        // The postgresql log each of the 2 instances exports: an assumed 1 GB a month each,
        // 2 GB × $0.50 ingested, kept 30 days (database_log_retention_days):
        // 2 × 30 ÷ (730 / 24) = 1.9726 GB-month × $0.03 = 0.0592
        const LineItem *logs = e.item(QStringLiteral("db"), QStringLiteral("log_exports_ingestion"));
        QVERIFY(logs);
        QCOMPARE(logs->quantity.desired(), 2.0);
        COMPARE_USD(logs->amount.desired(), 2 * 0.50);
        const LineItem *kept = e.item(QStringLiteral("db"), QStringLiteral("log_exports_storage"));
        QVERIFY(kept);
        COMPARE_USD(kept->amount.desired(), 2 * 30 / (730.0 / 24) * 0.03);
        QVERIFY(!e.item(QStringLiteral("db"), QStringLiteral("reserved"))); // an option, off by default
        COMPARE_USD(e.component(QStringLiteral("db"))->total.desired(), 379.60 + 5.00 + 50.4576 + 0.02416 + 1.00 + 0.05918);
    }

    // The rds-ri purchase option covers Aurora's provisioned instances: 34.6 % off the
    // instance-hours as billed (with the I/O-Optimized uplift); Serverless v2 has no reserved
    // instances, and a note says so.
    void costReservedInstances()
    {
        CostOptions ri;
        ri.rdsReserved = true;
        const CostEstimate standard = CostEngine().estimate(auroraDesign({}, false), ri);
        QVERIFY2(standard.isValid(), qPrintable(standard.errors.join(QLatin1Char('\n'))));
        const LineItem *reserved = standard.item(QStringLiteral("db"), QStringLiteral("reserved"));
        QVERIFY(reserved);
        QVERIFY(reserved->discount);
        QCOMPARE(reserved->priceKey, QStringLiteral("aurora.reserved_1y_no_upfront"));
        COMPARE_USD(reserved->quantity.desired(), 1460 * 0.260);           // 379.60 on-demand USD covered
        COMPARE_USD(reserved->amount.desired(), -1460 * 0.260 * 0.346);    // −131.34
        COMPARE_USD(reserved->amount.maximum(), -1460 * 0.260 * 0.346);    // instances run all month in every column

        const CostEstimate optimized = CostEngine().estimate(auroraDesign({{"storage_configuration", QStringLiteral("io_optimized")}}, false), ri);
        // 379.60 + 30 % = 493.48 × 0.346 = 170.74
        COMPARE_USD(optimized.item(QStringLiteral("db"), QStringLiteral("reserved"))->amount.desired(), -379.60 * 1.30 * 0.346);

        const CostEstimate serverless = CostEngine().estimate(auroraDesign({{"capacity", QStringLiteral("serverless_v2")}}, false), ri);
        QVERIFY(!serverless.item(QStringLiteral("db"), QStringLiteral("reserved")));
        QVERIFY2(serverless.notes.join(QLatin1Char('\n')).contains(QStringLiteral("db: Serverless v2 ACU-hours have no reserved instances")),
                 qPrintable(serverless.notes.join(QLatin1Char('\n'))));

        // The savings advisor offers it for a provisioned cluster, not for a serverless one.
        const auto offers = [](const Design &d) {
            QStringList ids;
            const CostEngine engine;
            for (const Suggestion &o : SavingsAdvisor(engine).suggest(d))
                ids.append(o.id);
            return ids;
        };
        QVERIFY(offers(auroraDesign({}, false)).contains(QStringLiteral("rds-reserved")));
        QVERIFY(!offers(auroraDesign({{"capacity", QStringLiteral("serverless_v2")}}, false)).contains(QStringLiteral("rds-reserved")));
    }

    void costServerlessIoOptimized()
    {
        // Serverless v2 0.5–16 ACU averaging 2, no reader, I/O-Optimized: ACU $0.12/h + 30 %.
        const CostEstimate e = CostEngine().estimate(auroraDesign({{"capacity", QStringLiteral("serverless_v2")}, {"readers", 0},
                                                                   {"min_acu", 0.5}, {"max_acu", 16.0}, {"average_acu", 2.0},
                                                                   {"storage_configuration", QStringLiteral("io_optimized")}}, false));
        QVERIFY2(e.isValid(), qPrintable(e.errors.join(QLatin1Char('\n'))));
        const LineItem *acu = e.item(QStringLiteral("db"), QStringLiteral("acu"));
        QVERIFY(acu);
        COMPARE_USD(acu->amount.minimum(), 0.5 * 730 * 0.12);   // 43.80
        COMPARE_USD(acu->amount.desired(), 2 * 730 * 0.12);     // 175.20
        COMPARE_USD(acu->amount.maximum(), 16 * 730 * 0.12);    // 1,401.60
        const LineItem *uplift = e.item(QStringLiteral("db"), QStringLiteral("io_optimized"));
        QVERIFY(uplift);
        COMPARE_USD(uplift->amount.desired(), 175.20 * 0.30);   // 52.56
        const LineItem *storage = e.item(QStringLiteral("db"), QStringLiteral("storage"));
        COMPARE_USD(storage->amount.desired(), 50 * 0.225);     // 11.25
        QCOMPARE(storage->priceKey, QStringLiteral("aurora.iopt_storage_gb_month"));
        QVERIFY(!e.item(QStringLiteral("db"), QStringLiteral("io"))); // I/O is not billed
        // One instance's postgresql log: 1 GB × $0.50 + 1 × 30 ÷ 30.4167 × $0.03
        COMPARE_USD(e.component(QStringLiteral("db"))->total.desired(),
                    175.20 + 52.56 + 11.25 + 7 * 5 / (730.0 / 24) * 0.021 + 0.50 + 30 / (730.0 / 24) * 0.03);
    }

    void costIoOverrideAndEuWest()
    {
        Design d = auroraDesign({{"io_requests_millions", 1000.0}}, false);
        d.setSectionValue(Section::Settings, QStringLiteral("region"), QStringLiteral("eu-west-1"));
        const CostEstimate e = CostEngine().estimate(d);
        QVERIFY2(e.isValid(), qPrintable(e.errors.join(QLatin1Char('\n'))));
        COMPARE_USD(e.item(QStringLiteral("db"), QStringLiteral("instance"))->amount.desired(), 2 * 730 * 0.286); // Ireland r6g.large
        COMPARE_USD(e.item(QStringLiteral("db"), QStringLiteral("io"))->amount.desired(), 1000 * 0.22);
        QVERIFY(e.unverifiedPrices.contains(QStringLiteral("aurora.io_per_million"))); // derived Ireland figure is flagged

        // A class the region does not price is an error naming the nearest ones.
        set(d, "db", "instance_class", QStringLiteral("db.r7g.large"));
        const CostEstimate missing = CostEngine().estimate(d);
        QVERIFY(!missing.isValid());
        QVERIFY(missing.errors.join(QString()).contains(QStringLiteral("Aurora instance class 'db.r7g.large'")));
    }

    void terraform()
    {
        Design d = auroraDesign({{"readers", 2}});
        const QByteArray tf = emittedFile(d, QStringLiteral("terraform/aurora.tf"));
        QVERIFY(!tf.isEmpty());
        QVERIFY(hasAttribute(tf, QStringLiteral("engine"), QStringLiteral("\"aurora-postgresql\"")));
        QVERIFY(hasAttribute(tf, QStringLiteral("count"), QStringLiteral("3")));                  // writer + 2 readers
        QVERIFY(hasAttribute(tf, QStringLiteral("instance_class"), QStringLiteral("\"db.r6g.large\"")));
        QVERIFY(hasAttribute(tf, QStringLiteral("family"), QStringLiteral("\"aurora-postgresql16\"")));
        QVERIFY(hasAttribute(tf, QStringLiteral("manage_master_user_password"), QStringLiteral("true")));
        QVERIFY(!tf.contains("storage_type"));                  // Aurora Standard is the default
        QVERIFY(!tf.contains("serverlessv2_scaling_configuration"));
        QVERIFY(!tf.contains("aws_rds_global_cluster"));
        QVERIFY(!tf.contains("shared_buffers"));                // Aurora's own default stays
        QVERIFY(tf.contains("resource \"aws_rds_cluster_parameter_group\" \"db\""));
        QVERIFY(emittedFile(d, QStringLiteral("terraform/rds.tf")).isEmpty() || !emittedFile(d, QStringLiteral("terraform/rds.tf")).contains("aws_db_instance"));
        // max_connections from the pool calculation at maximum scale reaches the instance group.
        const DerivedModel m = DerivedModel::derive(d);
        QVERIFY(hasAttribute(tf, QStringLiteral("value"), QStringLiteral("\"%1\"").arg(m.pools().maxConnectionsSetting)));
        // pgBouncer connects to the cluster's writer endpoint.
        QVERIFY(emittedFile(d, QStringLiteral("terraform/ecs.tf")).contains("aws_rds_cluster.db.endpoint"));
        QVERIFY(emittedFile(d, QStringLiteral("terraform/outputs.tf")).contains("aws_rds_cluster.db.reader_endpoint"));
        QCOMPARE(AwsConstraints::errorCount(AwsConstraints::check(TerraformEmitter::module(d, m))), 0);
        // The cluster exports its postgresql log into a group the module owns, created first,
        // with the design's database log retention.
        QVERIFY(tf.contains("resource \"aws_cloudwatch_log_group\" \"db_postgresql\""));
        QVERIFY(hasAttribute(tf, QStringLiteral("name"), QStringLiteral("\"/aws/rds/cluster/${local.name_prefix}-db/postgresql\"")));
        QVERIFY(hasAttribute(tf, QStringLiteral("retention_in_days"), QStringLiteral("30")));
        QVERIFY(hasAttribute(tf, QStringLiteral("enabled_cloudwatch_logs_exports"), QStringLiteral("[\"postgresql\"]")));
        QVERIFY(hasAttribute(tf, QStringLiteral("depends_on"), QStringLiteral("[aws_cloudwatch_log_group.db_postgresql]")));
        QVERIFY(tf.indexOf("\"aws_cloudwatch_log_group\" \"db_postgresql\"") < tf.indexOf("\"aws_rds_cluster\" \"db\""));
        {
            Design kept = d;
            Component cw = Component::make(ComponentKind::CloudWatch, QStringLiteral("monitoring"));
            cw.params.insert(QStringLiteral("database_log_retention_days"), qint64(90));
            QVERIFY(kept.addComponent(cw).ok);
            QVERIFY(hasAttribute(emittedFile(kept, QStringLiteral("terraform/aurora.tf")), QStringLiteral("retention_in_days"), QStringLiteral("90")));
        }

        set(d, "db", "capacity", QStringLiteral("serverless_v2"));
        set(d, "db", "min_acu", 1.0);
        set(d, "db", "max_acu", 32.0);
        set(d, "db", "storage_configuration", QStringLiteral("io_optimized"));
        set(d, "db", "global_database", true);
        const QByteArray sv = emittedFile(d, QStringLiteral("terraform/aurora.tf"));
        QVERIFY(hasAttribute(sv, QStringLiteral("storage_type"), QStringLiteral("\"aurora-iopt1\"")));
        QVERIFY(hasAttribute(sv, QStringLiteral("instance_class"), QStringLiteral("\"db.serverless\"")));
        QVERIFY(sv.contains("serverlessv2_scaling_configuration {"));
        QVERIFY(hasAttribute(sv, QStringLiteral("max_capacity"), QStringLiteral("32")));
        QVERIFY(hasAttribute(sv, QStringLiteral("min_capacity"), QStringLiteral("1")));
        QVERIFY(sv.contains("resource \"aws_rds_global_cluster\" \"db\""));
        QVERIFY(hasAttribute(sv, QStringLiteral("source_db_cluster_identifier"), QStringLiteral("aws_rds_cluster.db.arn")));
        QVERIFY(!sv.contains("work_mem")); // Serverless v2 sets memory from its capacity
        QCOMPARE(AwsConstraints::errorCount(AwsConstraints::check(TerraformEmitter::module(d, DerivedModel::derive(d)))), 0);
    }

    void docsAndConfig()
    {
        Design d = auroraDesign({{"readers", 2}});
        // The Terraform README's audit trail: the cluster's log group, its retention and cost,
        // 3 instances × (1 GB × $0.50 + 30 days ÷ 30.4167 × $0.03) = 1.50 + 0.09 = 1.59
        const QString readme = QString::fromUtf8(emittedFile(d, QStringLiteral("docs/terraform/README.md")));
        QVERIFY2(readme.contains(QStringLiteral("| Aurora log exports (postgresql, every instance) | `/aws/rds/cluster/myapp-production-db/postgresql` | 30 days | 1.59 USD a month |")),
                 qPrintable(readme));
        QVERIFY(readme.contains(QStringLiteral("data stores: database (the PostgreSQL log of every instance exported to CloudWatch, kept 30 days)")));
        const QString database = QString::fromUtf8(emittedFile(d, QStringLiteral("docs/architecture/database-design.md")));
        QVERIFY2(database.contains(QStringLiteral("writer + 2 reader(s)")), qPrintable(database.left(2000)));
        QVERIFY(database.contains(QStringLiteral("no Backtrack")));
        const QString dr = QString::fromUtf8(emittedFile(d, QStringLiteral("docs/runbooks/disaster-recovery.md")));
        QVERIFY(dr.contains(QStringLiteral("aws rds failover-db-cluster")));
        QVERIFY(dr.contains(QStringLiteral("restore-db-cluster-to-point-in-time")));
        QVERIFY(!dr.contains(QStringLiteral("reboot-db-instance --db-instance-identifier")));
        const QString maintenance = QString::fromUtf8(emittedFile(d, QStringLiteral("docs/runbooks/database-maintenance.md")));
        QVERIFY(maintenance.contains(QStringLiteral("create-db-cluster-snapshot")));
        const QString ini = QString::fromUtf8(emittedFile(d, QStringLiteral("config/pgbouncer.ini")));
        QVERIFY(ini.contains(QStringLiteral("app_ro")));
        QVERIFY(ini.contains(QStringLiteral("host=DB_READER_HOST port=5432 dbname=app")));
    }
};

QTEST_GUILESS_MAIN(TestAurora)
#include "tst_aurora.moc"
