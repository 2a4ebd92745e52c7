// The playbook's five decision tables (issue 17): each factor row at and around its threshold,
// the recommendation, what the design does now, the conversions' table and the JSON form.
// Thresholds come from docs/decisions.md; the expected sides are written out per row.
#include "cost/costengine.h"
#include "decide/decisionengine.h"
#include "decide/decisionjson.h"
#include "decide/designconversion.h"
#include "derivefixtures.h"
#include "io/designwriter.h"

#include <QTest>

using namespace Infra;
using Side = DecisionFactor::Side;

namespace {

using Fixtures::referenceExample;
using Fixtures::set;

void setWorkload(Design &d, const char *key, const QVariant &value)
{
    const Mutation m = d.setSectionValue(Section::Workload, QString::fromLatin1(key), value);
    QVERIFY2(m.ok, qPrintable(m.error));
}

Decision decide(const Design &d, const char *id)
{
    return DecisionEngine::evaluate(d, QString::fromLatin1(id), nullptr);
}

Side sideOf(const Decision &d, const char *key)
{
    for (const DecisionFactor &f : d.factors) {
        if (f.key == QLatin1String(key))
            return f.side;
    }
    qWarning("no factor %s in %s", key, qPrintable(d.id));
    return Side(99);
}

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveDecisionsInPlaybookOrder()
    {
        const std::vector<Decision> all = DecisionEngine::evaluate(referenceExample(), nullptr);
        QStringList ids;
        for (const Decision &d : all)
            ids.append(d.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("scaling"), QStringLiteral("scheduler"), QStringLiteral("database"),
                                   QStringLiteral("cache"), QStringLiteral("orchestration")}));
        for (const Decision &d : all) {
            QVERIFY2(!d.factors.empty(), qPrintable(d.id));
            for (const DecisionFactor &f : d.factors) {
                QVERIFY2(!f.label.isEmpty() && !f.value.isEmpty() && !f.threshold.isEmpty() && !f.source.isEmpty(),
                         qPrintable(d.id + QLatin1Char('.') + f.key));
            }
            // The reference design embodies every recommendation.
            QVERIFY2(d.isApplicable() && !d.differs(), qPrintable(d.id));
        }
    }

    // Data in the sizing horizon: size + horizon × growth; Aurora from 1,000 GB.
    void databaseScale_data()
    {
        QTest::addColumn<double>("size");
        QTest::addColumn<double>("growth");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("recommended");
        QTest::newRow("999 GB: 939 + 12 × 5") << 939.0 << 5.0 << 12 << 0;
        QTest::newRow("1,000 GB: 940 + 12 × 5") << 940.0 << 5.0 << 12 << 1;
        QTest::newRow("1,001 GB: 941 + 12 × 5") << 941.0 << 5.0 << 12 << 1;
        QTest::newRow("999.9 GB: 999.9 + 0") << 999.9 << 0.0 << 12 << 0;
        QTest::newRow("horizon 24: 880 + 24 × 5 = 1,000") << 880.0 << 5.0 << 24 << 1;
        QTest::newRow("horizon 6: 880 + 6 × 5 = 910") << 880.0 << 5.0 << 6 << 0;
        QTest::newRow("3 TB") << 3000.0 << 5.0 << 12 << 1;
    }

    void databaseScale()
    {
        QFETCH(double, size);
        QFETCH(double, growth);
        QFETCH(int, horizon);
        QFETCH(int, recommended);
        Design d = referenceExample();
        setWorkload(d, "db_size_gb", size);
        setWorkload(d, "db_growth_gb_per_month", growth);
        setWorkload(d, "sizing_horizon_months", horizon);
        const Decision dec = decide(d, "database");
        QCOMPARE(dec.recommended, recommended);
        QCOMPARE(sideOf(dec, "scale"), Side(recommended));
        QCOMPARE(dec.current, 0); // RDS
        QCOMPARE(dec.differs(), recommended == 1);
        QCOMPARE(dec.conversion, QStringLiteral("aurora"));
    }

    void databaseIops_data()
    {
        QTest::addColumn<int>("iops");
        QTest::addColumn<int>("recommended");
        QTest::newRow("99,999") << 99999 << 0;
        QTest::newRow("100,000: not above") << 100000 << 0;
        QTest::newRow("100,001") << 100001 << 1;
    }

    void databaseIops()
    {
        QFETCH(int, iops);
        QFETCH(int, recommended);
        Design d = referenceExample();
        set(d, "db", "storage_type", QStringLiteral("io2"));
        set(d, "db", "allocated_storage", 2000);
        set(d, "db", "iops", iops);
        const Decision dec = decide(d, "database");
        QCOMPARE(sideOf(dec, "iops"), Side(recommended));
        QCOMPARE(dec.recommended, recommended);
    }

    void databaseReplicas_data()
    {
        QTest::addColumn<int>("replicas");
        QTest::addColumn<int>("recommended");
        QTest::newRow("4") << 4 << 0;
        QTest::newRow("5: the playbook's 1-5 on RDS") << 5 << 0;
        QTest::newRow("6") << 6 << 1;
        QTest::newRow("15") << 15 << 1;
    }

    void databaseReplicas()
    {
        QFETCH(int, replicas);
        QFETCH(int, recommended);
        Design d = referenceExample();
        set(d, "db", "read_replicas", replicas);
        const Decision dec = decide(d, "database");
        QCOMPARE(sideOf(dec, "read_replicas"), Side(recommended));
        QCOMPARE(dec.recommended, recommended);
    }

    void databaseNotApplicableWithoutDatabase()
    {
        Design d = referenceExample();
        QVERIFY(d.removeComponents({QStringLiteral("db")}).ok);
        const Decision dec = decide(d, "database");
        QVERIFY(!dec.isApplicable());
        QVERIFY(!dec.differs());
        QVERIFY(dec.conversion.isEmpty());
    }

    // Peak ÷ average: horizontal from 1.5.
    void scalingTraffic_data()
    {
        QTest::addColumn<double>("peak");
        QTest::addColumn<int>("side");
        QTest::newRow("peak 74 = 1.48 × 50") << 74.0 << 1;
        QTest::newRow("peak 75 = 1.5 × 50") << 75.0 << 0;
        QTest::newRow("peak 76 = 1.52 × 50") << 76.0 << 0;
        QTest::newRow("steady: peak 50") << 50.0 << 1;
    }

    void scalingTraffic()
    {
        QFETCH(double, peak);
        QFETCH(int, side);
        Design d = referenceExample();
        setWorkload(d, "peak_rps", peak);
        QCOMPARE(sideOf(decide(d, "scaling"), "traffic"), Side(side));
    }

    void scalingLongTasks_data()
    {
        QTest::addColumn<double>("duration");
        QTest::addColumn<int>("side");
        QTest::newRow("299 s") << 299.0 << 0;
        QTest::newRow("300 s") << 300.0 << 1;
        QTest::newRow("301 s") << 301.0 << 1;
    }

    void scalingLongTasks()
    {
        QFETCH(double, duration);
        QFETCH(int, side);
        Design d = referenceExample();
        set(d, "worker-long", "task_duration", duration);
        QCOMPARE(sideOf(decide(d, "scaling"), "django"), Side(side));
    }

    void scalingTeamAndEnvironment()
    {
        Design d = referenceExample();
        setWorkload(d, "team_size", 2);
        QCOMPARE(sideOf(decide(d, "scaling"), "complexity"), Side::First);
        setWorkload(d, "team_size", 1);
        QCOMPARE(sideOf(decide(d, "scaling"), "complexity"), Side::Second);
        QCOMPARE(sideOf(decide(d, "scaling"), "availability"), Side::First);
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging")).ok);
        QCOMPARE(sideOf(decide(d, "scaling"), "availability"), Side::Second);
    }

    // Majority of rows: three of five vertical rows make the recommendation vertical; a web
    // service with min = max tasks is the design scaling vertically.
    void scalingRecommendationAndCurrent()
    {
        Design d = referenceExample();
        QCOMPARE(decide(d, "scaling").recommended, 0);
        QCOMPARE(decide(d, "scaling").current, 0);
        setWorkload(d, "team_size", 1);
        setWorkload(d, "peak_rps", 50);
        QCOMPARE(decide(d, "scaling").recommended, 0); // 2 of 5 vertical
        set(d, "worker-long", "task_duration", 600.0);
        const Decision dec = decide(d, "scaling");
        QCOMPARE(dec.pointsTo(1), 3);
        QCOMPARE(dec.recommended, 1);
        QVERIFY(dec.differs());
        QVERIFY(!dec.canApply()); // no conversion: sizes are edited in the inspector
        QVERIFY(!dec.conversionBlocked.isEmpty());
        set(d, "web", "min_tasks", 20);
        QCOMPARE(decide(d, "scaling").current, 1);
    }

    void orchestration_data()
    {
        QTest::addColumn<int>("team");
        QTest::addColumn<bool>("k8s");
        QTest::addColumn<int>("recommended");
        QTest::newRow("4, Kubernetes") << 4 << true << 0;
        QTest::newRow("5, Kubernetes") << 5 << true << 1;
        QTest::newRow("6, Kubernetes") << 6 << true << 1;
        QTest::newRow("5, no Kubernetes") << 5 << false << 0;
        QTest::newRow("50, no Kubernetes") << 50 << false << 0;
    }

    void orchestration()
    {
        QFETCH(int, team);
        QFETCH(bool, k8s);
        QFETCH(int, recommended);
        Design d = referenceExample();
        setWorkload(d, "team_size", team);
        setWorkload(d, "kubernetes_experience", k8s);
        const Decision dec = decide(d, "orchestration");
        QCOMPARE(sideOf(dec, "team_size"), team >= 5 ? Side::Second : Side::First);
        QCOMPARE(sideOf(dec, "kubernetes"), k8s ? Side::Second : Side::First);
        QCOMPARE(dec.recommended, recommended);
        QCOMPARE(dec.current, 0);
        // EKS stays a recommendation: never an Apply, always a reason.
        QVERIFY(dec.conversion.isEmpty());
        QVERIFY(!dec.canApply());
        QCOMPARE(dec.conversionBlocked.isEmpty(), false);
    }

    void cacheDurability_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("recommended");
        QTest::newRow("volatile-lru") << QStringLiteral("volatile-lru") << 0;
        QTest::newRow("allkeys-lru") << QStringLiteral("allkeys-lru") << 0;
        QTest::newRow("noeviction") << QStringLiteral("noeviction") << 1;
    }

    void cacheDurability()
    {
        QFETCH(QString, policy);
        QFETCH(int, recommended);
        Design d = referenceExample();
        set(d, "redis", "maxmemory_policy", policy);
        const Decision dec = decide(d, "cache");
        QCOMPARE(sideOf(dec, "durability"), Side(recommended));
        QCOMPARE(dec.recommended, recommended);
        QCOMPARE(dec.current, 0);
        QCOMPARE(dec.conversion, QStringLiteral("memorydb"));
    }

    // p95 target below 50 ms: sub-millisecond Redis matters (ElastiCache); from 50 ms either.
    void cacheLatency_data()
    {
        QTest::addColumn<double>("p95");
        QTest::addColumn<int>("side");
        QTest::newRow("49 ms") << 49.0 << 0;
        QTest::newRow("50 ms") << 50.0 << -1;
        QTest::newRow("51 ms") << 51.0 << -1;
    }

    void cacheLatency()
    {
        QFETCH(double, p95);
        QFETCH(int, side);
        Design d = referenceExample();
        setWorkload(d, "p95_latency_ms", p95);
        QCOMPARE(sideOf(decide(d, "cache"), "latency"), Side(side));
    }

    void cacheUseCase()
    {
        Design d = referenceExample();
        QCOMPARE(sideOf(decide(d, "cache"), "use_case"), Side::First);
        set(d, "redis", "roles", QStringList{QStringLiteral("broker"), QStringLiteral("results")});
        QCOMPARE(sideOf(decide(d, "cache"), "use_case"), Side::Neither);
    }

    // Beat by default; EventBridge when the schedules are fixed cron, fire-and-forget and the
    // broker is SQS (two rows against task location's one).
    void scheduler()
    {
        Design d = referenceExample();
        Decision dec = decide(d, "scheduler");
        QCOMPARE(dec.recommended, 0);
        QCOMPARE(dec.current, 0);
        QCOMPARE(dec.conversion, QStringLiteral("eventbridge-scheduler"));
        QCOMPARE(sideOf(dec, "scheduling"), Side::First);
        QCOMPARE(sideOf(dec, "state"), Side::First);
        QCOMPARE(sideOf(dec, "integration"), Side::First);

        set(d, "beat", "scheduler", QStringLiteral("celery.beat:PersistentScheduler"));
        QCOMPARE(sideOf(decide(d, "scheduler"), "scheduling"), Side::Neither);
        set(d, "redis", "roles", QStringList{QStringLiteral("cache"), QStringLiteral("sessions"), QStringLiteral("broker")});
        dec = decide(d, "scheduler");
        QCOMPARE(sideOf(dec, "state"), Side::Second);
        QCOMPARE(dec.recommended, 0); // 2 Beat (location, integration) vs 1

        Design sqs = Fixtures::sqsDesign();
        set(sqs, "beat", "scheduler", QStringLiteral("celery.beat:PersistentScheduler"));
        set(sqs, "sessions", "roles", QStringList{QStringLiteral("sessions")});
        dec = decide(sqs, "scheduler");
        QCOMPARE(sideOf(dec, "integration"), Side::Second);
        QCOMPARE(sideOf(dec, "state"), Side::Second);
        QCOMPARE(dec.recommended, 1);
        QCOMPARE(dec.current, 0);
        QVERIFY(dec.differs());

        QVERIFY(sqs.removeComponents({QStringLiteral("beat")}).ok);
        QVERIFY(!decide(sqs, "scheduler").isApplicable());
    }

    // The budget row: with no price for the other option it points nowhere.
    void budgetRowWithoutPrice()
    {
        Design d = referenceExample();
        const Decision dec = DecisionEngine::evaluate(d, QStringLiteral("database"), nullptr);
        QCOMPARE(sideOf(dec, "cost"), Side::Neither);
        QVERIFY(!dec.cost);
        QVERIFY(!dec.costNote.isEmpty());
    }

    void conversionTable()
    {
        QCOMPARE(DesignConversion::names(),
                 (QStringList{QStringLiteral("aurora"), QStringLiteral("memorydb"), QStringLiteral("eventbridge-scheduler")}));
        const DesignConversion::Result unknown = DesignConversion::apply(referenceExample(), QStringLiteral("eks"));
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.error.contains(QLatin1String("no conversion named 'eks'")));
        for (const DesignConversion::Spec &s : DesignConversion::specs())
            QVERIFY(DesignConversion::appliesTo(s, referenceExample()));
    }

    // The MemoryDB conversion of the reference (ElastiCache with a replica, every role) gives a
    // cluster the exported clients can use: no replica behind the cluster endpoint, so no
    // memorydb-cluster-endpoint error after Apply.
    void memoryDbConversionHasNoReplica()
    {
        const Design before = referenceExample();
        QVERIFY(before.component(QStringLiteral("redis"))->intParam(QStringLiteral("replicas")) >= 1);
        const DesignConversion::Result r = DesignConversion::apply(before, QStringLiteral("memorydb"));
        QVERIFY2(r.ok, qPrintable(r.error));
        bool found = false;
        for (const Component &c : r.design.components()) {
            if (c.kind != ComponentKind::MemoryDb)
                continue;
            found = true;
            QCOMPARE(c.intParam(QStringLiteral("replicas_per_shard")), qint64(0));
        }
        QVERIFY(found);
        const DerivedModel m = DerivedModel::derive(r.design);
        for (const Finding &f : m.findings())
            QVERIFY2(f.ruleId != QLatin1String("memorydb-cluster-endpoint"), qPrintable(f.message));
    }

    // replaceComponent keeps the place in the list and the links that named the component.
    void replaceComponentKeepsPlaceAndLinks()
    {
        Design d = referenceExample();
        Link l;
        l.from = QStringLiteral("web");
        l.to = QStringLiteral("db");
        l.mode = Link::Mode::Suppress;
        QVERIFY(d.addLink(l).ok);
        const int index = d.indexOf(QStringLiteral("db"));
        Component c = *d.component(QStringLiteral("db"));
        c.name = QStringLiteral("Renamed");
        QString error;
        QVERIFY(DesignConversion::replaceComponent(d, QStringLiteral("db"), c, &error));
        QCOMPARE(d.indexOf(QStringLiteral("db")), index);
        QCOMPARE(d.component(QStringLiteral("db"))->name, QStringLiteral("Renamed"));
        QVERIFY(d.links().contains(l));
    }

    void json()
    {
        Design d = referenceExample();
        setWorkload(d, "db_size_gb", 3000);
        const QJsonObject o = DecisionJson::decision(decide(d, "database"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("proposed"));
        QCOMPARE(o.value(QStringLiteral("recommended")).toString(), QStringLiteral("aurora_postgres"));
        QCOMPARE(o.value(QStringLiteral("current")).toString(), QStringLiteral("rds_postgres"));
        const QJsonObject scale = o.value(QStringLiteral("factors")).toArray().at(0).toObject();
        QCOMPARE(scale.value(QStringLiteral("key")).toString(), QStringLiteral("scale"));
        QCOMPARE(scale.value(QStringLiteral("value")).toString(), QStringLiteral("3,000 GB now, 3,060 GB in 12 months"));
        QCOMPARE(scale.value(QStringLiteral("points_to")).toString(), QStringLiteral("aurora_postgres"));
        QVERIFY(o.value(QStringLiteral("cost")).isNull());
        const QJsonObject eks = DecisionJson::decision(decide(d, "orchestration"));
        QCOMPARE(eks.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QVERIFY(eks.value(QStringLiteral("conversion")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
