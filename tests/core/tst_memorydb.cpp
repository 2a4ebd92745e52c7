// The memorydb kind (issue 17): parameters, connections and the memorydb security group,
// findings (a plain cache, several shards, TLS, replicas), cost lines worked out by hand from
// the catalog (us-east-1) and the Terraform (cluster, ACL, users, subnet group).
#include "cost/costengine.h"
#include "derive/derivedmodel.h"
#include "derive/reviewitem.h"
#include "derivefixtures.h"
#include "emit/awsconstraints.h"
#include "emit/emitter.h"
#include "emit/terraformemitter.h"

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

// Web and one worker (1 task/s arriving), an ElastiCache cache and a MemoryDB store.
Design storeDesign(Params params = {})
{
    using K = ComponentKind;
    Design d = designWithoutNat();
    add(d, component(K::Alb, "alb"));
    add(d, component(K::EcsWeb, "web"));
    add(d, component(K::EcsWorker, "worker"));
    add(d, component(K::ElastiCacheRedis, "cache", {{"roles", list({"cache", "broker"})}}));
    add(d, component(K::MemoryDb, "store", params));
    return d;
}

QStringList messagesOfRule(const QList<AwsConstraints::Violation> &violations, const QString &rule)
{
    QStringList out;
    for (const AwsConstraints::Violation &v : violations) {
        if (v.rule == rule)
            out.append(v.toString());
    }
    return out;
}

} // namespace

class TestMemoryDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameters()
    {
        QCOMPARE(kindName(ComponentKind::MemoryDb), QStringLiteral("memorydb"));
        const ParamSchema &s = kindSchema(ComponentKind::MemoryDb);
        QCOMPARE(s.find(QStringLiteral("engine"))->choices, QStringList({QStringLiteral("valkey"), QStringLiteral("redis")}));
        QCOMPARE(s.find(QStringLiteral("shards"))->defaultValue.toLongLong(), 1);
        QCOMPARE(s.find(QStringLiteral("replicas_per_shard"))->maximum, 5.0);
        QVERIFY(s.find(QStringLiteral("tls"))->defaultValue.toBool());
        QCOMPARE(s.find(QStringLiteral("roles"))->defaultValue.toStringList(), QStringList({QStringLiteral("sessions"), QStringLiteral("results")}));
        QCOMPARE(s.find(QStringLiteral("acl_users"))->defaultValue.toStringList(), QStringList{QStringLiteral("app")});
        QVERIFY(s.find(QStringLiteral("node_type"))->choices.contains(QStringLiteral("db.r6g.large")));
    }

    void connectionsAndSecurityGroups()
    {
        const DerivedModel m = DerivedModel::derive(storeDesign());
        QHash<QString, QStringList> roles;
        for (const Connection &c : m.connections())
            if (c.target == QLatin1String("store")) {
                roles.insert(c.source, c.roles);
                QCOMPARE(c.port, 6379);
                QCOMPARE(c.scheme, QStringLiteral("rediss"));
                QVERIFY(c.tls);
            }
        QCOMPARE(roles.value(QStringLiteral("web")), QStringList({QStringLiteral("sessions"), QStringLiteral("results")}));
        QCOMPARE(roles.value(QStringLiteral("worker")), QStringList{QStringLiteral("results")});
        const SecurityGroup *sg = m.securityGroup(QStringLiteral("memorydb"));
        QVERIFY(sg);
        QStringList peers;
        for (const SecurityGroupRule *r : sg->ingress())
            peers.append(QStringLiteral("%1:%2").arg(r->peerGroup).arg(r->fromPort));
        peers.sort();
        QCOMPARE(peers, QStringList({QStringLiteral("web:6379"), QStringLiteral("worker:6379")}));
    }

    void findings()
    {
        Design d = storeDesign();
        d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("production"));
        DerivedModel m = DerivedModel::derive(d);
        for (const char *rule : {"memorydb-plain-cache", "memorydb-single-shard", "memorydb-tls", "memorydb-replica"})
            QVERIFY2(!hasFinding(m, QString::fromLatin1(rule), QStringLiteral("store")), rule);

        set(d, "store", "roles", list({"cache", "sessions"}));   // only what can be rebuilt
        set(d, "store", "shards", qint64(3));
        set(d, "store", "tls", false);
        set(d, "store", "replicas_per_shard", qint64(0));
        m = DerivedModel::derive(d);
        for (const char *rule : {"memorydb-plain-cache", "memorydb-single-shard", "memorydb-tls", "memorydb-replica"})
            QVERIFY2(hasFinding(m, QString::fromLatin1(rule), QStringLiteral("store")), rule);
        // With roles, the replica finding does not advise the replica that memorydb-cluster-endpoint
        // would then report as an error; without roles it does.
        for (const Finding &f : m.findings()) {
            if (f.ruleId == QLatin1String("memorydb-replica"))
                QVERIFY2(f.fixHint.contains(QLatin1String("ElastiCache")) && !f.fixHint.startsWith(QLatin1String("Set replicas_per_shard")), qPrintable(f.fixHint));
        }
        Design noRoles = d;
        set(noRoles, "store", "roles", QStringList());
        bool advised = false;
        const DerivedModel withoutRoles = DerivedModel::derive(noRoles); // held: findings() refers into it
        for (const Finding &f : withoutRoles.findings())
            advised = advised || (f.ruleId == QLatin1String("memorydb-replica") && f.fixHint.startsWith(QLatin1String("Set replicas_per_shard to 1")));
        QVERIFY(advised);
        set(d, "store", "roles", list({"sessions", "broker"}));  // the broker needs durability
        QVERIFY(!hasFinding(DerivedModel::derive(d), QStringLiteral("memorydb-plain-cache"), QStringLiteral("store")));

        // The backup checklist item counts MemoryDB's snapshots (its log does not survive a
        // deleted cluster or a bad write): none kept fails the item and names the cluster.
        const auto backup = [](const Design &design) {
            const DerivedModel model = DerivedModel::derive(design); // held: review() refers into it
            for (const ReviewItem &i : model.review()) {
                if (i.id == QLatin1String("checklist-backup"))
                    return i;
            }
            return ReviewItem();
        };
        ReviewItem item = backup(d);
        QVERIFY2(item.evidence.contains(QStringLiteral("store: snapshots kept 7 days")), qPrintable(item.evidence.join(QLatin1Char('\n'))));
        QVERIFY(!item.componentIds.contains(QStringLiteral("store")));
        set(d, "store", "snapshot_retention_days", qint64(0));
        item = backup(d);
        QCOMPARE(item.status, ReviewItem::Status::Failed);
        QVERIFY(item.componentIds.contains(QStringLiteral("store")));
    }

    // With one shard and a replica the cluster endpoint can hand a connection to the replica,
    // which answers MOVED to clients that do not follow redirects (Celery, django-redis).
    void clusterEndpointWithReplicas()
    {
        Design d = storeDesign(); // 1 shard, 1 replica, roles sessions and results
        const auto severityOf = [](const Design &design) -> std::optional<Finding::Severity> {
            const DerivedModel m = DerivedModel::derive(design);
            for (const Finding &f : m.findings())
                if (f.ruleId == QLatin1String("memorydb-cluster-endpoint") && f.componentId == QLatin1String("store"))
                    return f.severity;
            return std::nullopt;
        };
        d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging"));
        QCOMPARE(severityOf(d), std::optional<Finding::Severity>(Finding::Severity::Warning));
        d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("production"));
        QCOMPARE(severityOf(d), std::optional<Finding::Severity>(Finding::Severity::Error));
        Design alone = d;
        set(alone, "store", "replicas_per_shard", qint64(0)); // only the primary behind the endpoint
        QVERIFY(!severityOf(alone));
        Design unused = d;
        set(unused, "store", "roles", list({}));
        QVERIFY(!severityOf(unused));
        Design sharded = d;
        set(sharded, "store", "shards", qint64(2)); // memorydb-single-shard says it
        QVERIFY(!severityOf(sharded));
        QVERIFY(hasFinding(DerivedModel::derive(sharded), QStringLiteral("memorydb-single-shard"), QStringLiteral("store")));
    }

    void cost()
    {
        // db.r6g.large at $0.40 a node-hour, 1 shard × (primary + 1 replica) = 2 nodes.
        CostEstimate e = CostEngine().estimate(storeDesign({{"engine", QStringLiteral("redis")}}));
        QVERIFY2(e.isValid(), qPrintable(e.errors.join(QLatin1Char('\n'))));
        COMPARE_USD(e.item(QStringLiteral("store"), QStringLiteral("nodes"))->amount.desired(), 2 * 730 * 0.40);   // 584.00
        QVERIFY(!e.item(QStringLiteral("store"), QStringLiteral("valkey")));
        // Data written: sessions 50 req/s ÷ (1 + 4) = 10 writes/s × 2 KB, results 1 task/s × 2 KB,
        // over 730 h: (20 + 2) KB/s × 2,628,000 s = 57,816,000 KB = 55.1376 GB × $0.20.
        const double gb = 22.0 * 2628000 / (1024.0 * 1024.0);
        const LineItem *written = e.item(QStringLiteral("store"), QStringLiteral("data_written"));
        QVERIFY(qAbs(written->quantity.desired() - gb) < 1e-6);
        COMPARE_USD(written->amount.desired(), gb * 0.20);                                                          // 11.03
        // Snapshots: 10,000 sessions × 2 KB = 0.0191 GB × 6 days beyond the first × $0.021.
        COMPARE_USD(e.item(QStringLiteral("store"), QStringLiteral("snapshots"))->amount.desired(), 10000 * 2 / (1024.0 * 1024.0) * 6 * 0.021);

        // Valkey: 30 % off the node-hours, and the first 10,240 GB written free.
        e = CostEngine().estimate(storeDesign({{"engine", QStringLiteral("valkey")}, {"shards", 2}}));
        COMPARE_USD(e.item(QStringLiteral("store"), QStringLiteral("nodes"))->amount.desired(), 4 * 730 * 0.40);   // 1,168.00
        COMPARE_USD(e.item(QStringLiteral("store"), QStringLiteral("valkey"))->amount.desired(), -4 * 730 * 0.40 * 0.30);
        COMPARE_USD(e.item(QStringLiteral("store"), QStringLiteral("data_written"))->amount.desired(), 0.0);
        e = CostEngine().estimate(storeDesign({{"engine", QStringLiteral("valkey")}, {"data_written_gb", 12240.0}}));
        COMPARE_USD(e.item(QStringLiteral("store"), QStringLiteral("data_written"))->amount.desired(), 2000 * 0.04);   // 80.00
    }

    void terraform()
    {
        Design d = storeDesign({{"acl_users", list({"app", "ops"})}, {"shards", 1}});
        const QString tf = QString::fromUtf8(emittedFile(d, QStringLiteral("terraform/memorydb.tf"), Emitter::Part::Terraform));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_memorydb_cluster\" \"store\"")));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_memorydb_acl\" \"store\"")));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_memorydb_user\" \"store_app\"")));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_memorydb_user\" \"store_ops\"")));
        QVERIFY(tf.contains(QStringLiteral("resource \"aws_memorydb_subnet_group\" \"store\"")));
        QVERIFY(QRegularExpression(QStringLiteral("engine\\s*=\\s*\"valkey\"")).match(tf).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("tls_enabled\\s*=\\s*true")).match(tf).hasMatch());
        QVERIFY(tf.contains(QStringLiteral("aws_security_group.memorydb.id")));
        QVERIFY(tf.contains(QStringLiteral("secret_string_wo")));                   // the password reaches Secrets Manager write-only
        QVERIFY(emittedFile(d, QStringLiteral("terraform/versions.tf"), Emitter::Part::Terraform).contains("hashicorp/random"));
        QVERIFY(emittedFile(d, QStringLiteral("terraform/security_groups.tf"), Emitter::Part::Terraform).contains("resource \"aws_security_group\" \"memorydb\""));
        QCOMPARE(AwsConstraints::errorCount(AwsConstraints::check(TerraformEmitter::module(d, DerivedModel::derive(d)))), 0);
        // The Terraform README's "state and secrets" table says that the state holds each
        // user's password (a random_password: no write-only form).
        const QString readme = QString::fromUtf8(emittedFile(d, QStringLiteral("docs/terraform/README.md"), Emitter::Part::Docs));
        QVERIFY(readme.contains(QLatin1String("Redis, MemoryDB clusters, buckets")));
        const QByteArray outputs = emittedFile(d, QStringLiteral("terraform/outputs.tf"), Emitter::Part::Terraform);
        QVERIFY2(outputs.contains("output \"memorydb_endpoints\" {") && outputs.contains("store = aws_memorydb_cluster.store.cluster_endpoint[0].address"),
                 outputs.constData());
        for (const char *user : {"app", "ops"})
            QVERIFY2(readme.contains(QStringLiteral("| `store-%1` | `random_password.store_%1`, written with `secret_string_wo` (memorydb.tf) | **yes**")
                                         .arg(QLatin1String(user))),
                     qPrintable(readme));
    }

    // Alarms like ElastiCache's (engine CPU and memory), in MemoryDB's namespace and with its
    // dimension, and priced: the cost estimate counts the alarms monitoring.tf declares.
    void alarms()
    {
        Design d = storeDesign();
        add(d, component(ComponentKind::CloudWatch, "logs", {{"alarms", true}}));
        const QString tf = QString::fromUtf8(emittedFile(d, QStringLiteral("terraform/monitoring.tf"), Emitter::Part::Terraform));
        for (const char *metric : {"EngineCPUUtilization", "DatabaseMemoryUsagePercentage"}) {
            // treat_missing_data "missing": the inferred dimension, if never published, shows as
            // INSUFFICIENT_DATA rather than a silent OK (docs/aws-constraints.md).
            const QRegularExpression alarm(QStringLiteral("namespace\\s*=\\s*\"AWS/MemoryDB\"\\s*metric_name\\s*=\\s*\"%1\"[^}]*"
                                                          "treat_missing_data\\s*=\\s*\"missing\"\\s*"
                                                          "dimensions\\s*=\\s*\\{\\s*ClusterName\\s*=\\s*aws_memorydb_cluster\\.store\\.name\\s*\\}")
                                               .arg(QLatin1String(metric)));
            QVERIFY2(alarm.match(tf).hasMatch(), metric);
        }
        const TerraformModule m = TerraformEmitter::module(d, DerivedModel::derive(d));
        int declared = m.instanceCount(QStringLiteral("aws_cloudwatch_metric_alarm"));
        QCOMPARE(CostEngine::alarmCount(d), declared);
        QCOMPARE(messagesOfRule(AwsConstraints::check(m), QStringLiteral("alarm-dimensions")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestMemoryDb)
#include "tst_memorydb.moc"
