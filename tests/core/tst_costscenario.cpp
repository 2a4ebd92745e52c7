// Scenarios (a design plus overrides) and sweeps. Expected figures from catalog prices by hand.
#include "cost/costsweep.h"
#include "cost/scenario.h"
#include "model/design.h"

#include <QTest>

#include <algorithm>

using namespace Infra;

#define COMPARE_USD(actual, expected)                                                                      \
    do {                                                                                                   \
        const double a_ = (actual), e_ = (expected);                                                       \
        QVERIFY2(qAbs(a_ - e_) < 0.005, qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(a_, 0, 'f', 4).arg(e_, 0, 'f', 4))); \
    } while (false)

namespace {

// web: x86_64 1 vCPU / 2 GB, 2–5–20 tasks; db: the default db.r6g.large Multi-AZ. No NAT.
Design smallDesign()
{
    Design d;
    Component web = Component::make(ComponentKind::EcsWeb, QStringLiteral("web"));
    web.params.insert(QStringLiteral("architecture"), QStringLiteral("x86_64"));
    web.params.insert(QStringLiteral("desired_tasks"), qint64(5));
    d.addComponent(web);
    d.addComponent(Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")));
    d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(1));
    return d;
}

const double webTask = (1 * 0.04048 + 2 * 0.004445) * 730; // 36.0401 per x86 task-month
// Each desired task pulls the image at every deploy through NAT (the traffic model):
// 20 deploys × 300 MB ÷ 1,024 = 5.86 GB × 0.045 = 0.2637 per task-month
const double pullsPerTask = 20 * 300 / 1024.0 * 0.045;
// and adds VPC flow log records: 20 background flows × 4,380 ten-minute intervals × 130 B =
// 0.0106 GB × (0.50 ingestion + 90 days ÷ 30.42 × 0.03 storage) = 0.0062 per task-month
const double flowDaysFactor = 90 / (730 / 24.0) * 0.03;
const double flowGbPerTask = 20 * 4380.0 * 130 / (1024.0 * 1024 * 1024);
const double flowPerTask = flowGbPerTask * (0.50 + flowDaysFactor);

} // namespace

class TestCostScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseOverrides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("isSection");
        QTest::newRow("int") << QStringLiteral("web.desired_tasks=10") << QStringLiteral("web") << QStringLiteral("desired_tasks") << QVariant(qint64(10)) << false;
        QTest::newRow("alias") << QStringLiteral("web.desired=10") << QStringLiteral("web") << QStringLiteral("desired_tasks") << QVariant(qint64(10)) << false;
        QTest::newRow("string") << QStringLiteral("db.instance_class=db.r6g.xlarge") << QStringLiteral("db") << QStringLiteral("instance_class")
                                << QVariant(QStringLiteral("db.r6g.xlarge")) << false;
        QTest::newRow("bool") << QStringLiteral("db.multi_az=no") << QStringLiteral("db") << QStringLiteral("multi_az") << QVariant(false) << false;
        QTest::newRow("workload") << QStringLiteral("workload.avg_rps=400") << QStringLiteral("workload") << QStringLiteral("avg_rps") << QVariant(400.0) << true;
        QTest::newRow("network") << QStringLiteral("network.nat_gateways=1") << QStringLiteral("network") << QStringLiteral("nat_gateways") << QVariant(qint64(1)) << true;
        QTest::newRow("bare key") << QStringLiteral("region=eu-west-1") << QStringLiteral("settings") << QStringLiteral("region") << QVariant(QStringLiteral("eu-west-1")) << true;
    }

    void parseOverrides()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(bool, isSection);
        QString error;
        const auto o = ParameterOverride::parse(text, smallDesign(), &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->target, target);
        QCOMPARE(o->key, key);
        QCOMPARE(o->value, value);
        QCOMPARE(o->isSection, isSection);
    }

    void refusedOverrides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no =") << QStringLiteral("web.desired_tasks") << QStringLiteral("expected id.key=value");
        QTest::newRow("unknown id") << QStringLiteral("wbe.desired_tasks=3") << QStringLiteral("no component or section 'wbe' (did you mean web");
        QTest::newRow("unknown key") << QStringLiteral("web.desird_tasks=3") << QStringLiteral("web has no parameter 'desird_tasks' (did you mean desired_tasks?)");
        QTest::newRow("not a number") << QStringLiteral("web.desired_tasks=ten") << QStringLiteral("'desired_tasks' must be a whole number, not \"ten\"");
        QTest::newRow("out of range") << QStringLiteral("web.desired_tasks=5000") << QStringLiteral("outside the valid range 0 to 1000");
        QTest::newRow("unknown class") << QStringLiteral("db.instance_class=db.r6g.xxlarge") << QStringLiteral("did you mean");
        QTest::newRow("bad enum") << QStringLiteral("web.architecture=arm") << QStringLiteral("not one of arm64, x86_64");
    }

    void refusedOverrides()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        Scenario s(smallDesign());
        QString error;
        QVERIFY(!s.addOverride(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(s.overrides().isEmpty());
        QCOMPARE(s.design(), s.base());
    }

    void evaluateScenario()
    {
        Scenario s(smallDesign(), QStringLiteral("growth"));
        QVERIFY(s.addOverride(QStringLiteral("web.desired_tasks=10")));
        QVERIFY(s.addOverride(QStringLiteral("db.instance_class=db.r6g.xlarge")));
        const ScenarioResult r = s.evaluate(CostEngine());
        QVERIFY(r.isValid());
        // web: 5 → 10 tasks = +5 × 36.0401 = +180.20
        // db: r6g.large 0.225 → r6g.xlarge 0.45, × 730 h × 2 (Multi-AZ) = +328.50
        // network: 5 more tasks pull the image: +5 × 0.2637 = +1.32, and log flows: +5 × 0.0062
        COMPARE_USD(r.delta().desired(), 5 * webTask + (0.45 - 0.225) * 730 * 2 + 5 * (pullsPerTask + flowPerTask));
        COMPARE_USD(r.categoryDelta(CostCategory::Compute).desired(), 5 * webTask);
        COMPARE_USD(r.categoryDelta(CostCategory::Database).desired(), 328.50);
        // min and max tasks are unchanged: the web delta only shows in the desired column
        COMPARE_USD(r.categoryDelta(CostCategory::Compute).maximum(), 0.0);
        const auto deltas = r.componentDeltas();
        QCOMPARE(deltas.size(), size_t(4)); // web, db, the secrets the export creates, network
        QCOMPARE(deltas[0].id, QStringLiteral("web"));
        COMPARE_USD(deltas[0].delta().desired(), 5 * webTask);
        COMPARE_USD(deltas[1].delta().desired(), 328.50);
        QCOMPARE(deltas[2].id, QStringLiteral("export:secrets"));
        COMPARE_USD(deltas[2].delta().desired(), 0.0); // more tasks, a larger class: no new secret
        COMPARE_USD(deltas[3].delta().desired(), 5 * (pullsPerTask + flowPerTask));
    }

    // The design and two saved scenarios side by side; one that no longer applies is a column
    // with its reason and no figures, and does not stop the others.
    void compareSavedScenarios()
    {
        const Design d = smallDesign();
        const QList<SavedScenario> saved{{QStringLiteral("more web"), {QStringLiteral("web.desired_tasks=10")}},
                                         {QStringLiteral("single db"), {QStringLiteral("db.multi_az=false")}},
                                         {QStringLiteral("stale"), {QStringLiteral("worker.desired_tasks=3")}}};
        const ScenarioComparison c = ScenarioComparison::compare(d, saved, CostEngine());
        QCOMPARE(c.columns.size(), size_t(4));
        QCOMPARE(c.columns[0].name, QStringLiteral("design"));
        QVERIFY(c.columns[1].applies());
        QVERIFY(c.columns[2].applies());
        QVERIFY(!c.columns[3].applies());
        QVERIFY2(c.columns[3].error.contains(QStringLiteral("worker")), qPrintable(c.columns[3].error));
        // Totals: +5 web tasks, their image pulls and their flow log records.
        COMPARE_USD(c.delta(1), 5 * webTask + 5 * pullsPerTask + 5 * flowPerTask);
        QCOMPARE(c.delta(3), 0.0);
        // The database's lines without the standby: its hours (r6g.large 0.225 × 730) and its
        // storage (the default 100 GB gp3 at 0.115) off.
        double db = 0;
        for (const ScenarioComparison::Line &l : c.lines) {
            if (l.componentId == QLatin1String("db"))
                db += c.lineDelta(l, 2);
        }
        COMPARE_USD(db, -(0.225 * 730 + 100 * 0.115));
        // Line by line: the web's vCPU line doubles (5 → 10 tasks at 0.04048 per vCPU-hour).
        const auto vcpu = std::find_if(c.lines.begin(), c.lines.end(), [](const ScenarioComparison::Line &l) {
            return l.componentId == QLatin1String("web") && l.itemKey == QLatin1String("vcpu");
        });
        QVERIFY(vcpu != c.lines.end());
        QCOMPARE(vcpu->amounts.size(), size_t(4));
        COMPARE_USD(vcpu->amounts[0].desired(), 5 * 0.04048 * 730);
        COMPARE_USD(c.lineDelta(*vcpu, 1), 5 * 0.04048 * 730);
        COMPARE_USD(c.lineDelta(*vcpu, 2), 0.0);
        // Every column's lines add up to its total.
        for (size_t col = 0; col < 3; ++col) {
            double sum = 0;
            for (const ScenarioComparison::Line &l : c.lines)
                sum += l.amounts[col].desired();
            COMPARE_USD(sum, c.columns[col].estimate.total.desired());
        }
    }

    void workloadAndRegionOverrides()
    {
        Scenario s(smallDesign());
        QVERIFY(s.addOverride(QStringLiteral("network.nat_gateways=2")));
        QVERIFY(s.addOverride(QStringLiteral("region=eu-west-1")));
        const ScenarioResult r = s.evaluate(CostEngine());
        QCOMPARE(r.scenario.region, QStringLiteral("eu-west-1"));
        // NAT in Ireland (unverified 0.048): 2 × 730 × 0.048 + NAT data × 0.048 + 2 × 730 × 0.005, the
        // data from the traffic model: logs 131.4 M × 500 B = 61.19 GB + image pulls 5 tasks × 20 ×
        // 300 MB = 29.30 GB + uploads 262,800 × 500 KB = 125.31 GB; inter-AZ web → db: 131.4 M × 8 ×
        // 2 KB = 2,005.00 GB, half crossing, × 2 × 0.01; flow logs of 5 tasks at Ireland's 0.57 ingestion
        const double nat = 131400000.0 * 500 / (1024.0 * 1024 * 1024) + 5 * 20 * 300 / 1024.0 + 262800.0 * 500 / (1024.0 * 1024);
        const double interAz = 131400000.0 * 8 * 2 / (1024.0 * 1024) * 0.5 * 2 * 0.01;
        COMPARE_USD(r.scenario.component(QStringLiteral("network"))->total.desired(),
                    2 * 730 * 0.048 + nat * 0.048 + 2 * 730 * 0.005 + interAz + 5 * flowGbPerTask * (0.57 + flowDaysFactor));
        QVERIFY(r.scenario.unverifiedPrices.contains(QStringLiteral("nat.hour")));
    }

    void sweepTasks()
    {
        const CostEngine engine;
        const CostSweep sweep = CostSweep::run(engine, smallDesign(), QStringLiteral("web.desired_tasks"), 1, 10, 10);
        QVERIFY(sweep.isValid());
        QCOMPARE(sweep.points.size(), size_t(10));
        for (size_t i = 1; i < sweep.points.size(); ++i) {
            QCOMPARE(sweep.points[i].value, double(i + 1));
            // one more x86 task per step: +36.0401, its image pulls through NAT +0.2637, its flows +0.0062
            COMPARE_USD(sweep.points[i].total.desired() - sweep.points[i - 1].total.desired(), webTask + pullsPerTask + flowPerTask);
        }
        // at 5 tasks the sweep agrees with the plain estimate
        COMPARE_USD(sweep.points[4].total.desired(), engine.estimate(smallDesign()).total.desired());
    }

    void sweepRoundsWholeNumbers()
    {
        const CostSweep sweep = CostSweep::run(CostEngine(), smallDesign(), QStringLiteral("web.desired"), 1, 3, 10);
        QCOMPARE(sweep.points.size(), size_t(3));
    }

    void sweepWorkload()
    {
        Design d = smallDesign();
        d.addComponent(Component::make(ComponentKind::CloudFront, QStringLiteral("cdn")));
        const CostSweep sweep = CostSweep::run(CostEngine(), d, QStringLiteral("workload.cdn_egress_gb"), 0, 20000, 3);
        QCOMPARE(sweep.points.size(), size_t(3));
        // 0 is the derived egress (131.4 M × 30 KB × 0.75 + 65.7 M × 25 KB = 4,385.95 GB, no bucket so the
        // objects come from the app); 4,385.95 → 10,000 GB typed: 5,614.05 × 0.085 = 477.19;
        // 10,000 → 20,000: 240 × 0.085 + 9,760 × 0.080 = 801.20
        const double derived = 0.75 * 131400000.0 * 30 / (1024.0 * 1024) + 65700000.0 * 25 / (1024.0 * 1024);
        COMPARE_USD(sweep.points[1].total.desired() - sweep.points[0].total.desired(), (10000 - derived) * 0.085);
        COMPARE_USD(sweep.points[2].total.desired() - sweep.points[1].total.desired(), 240 * 0.085 + 9760 * 0.080);
    }

    void sweepErrors()
    {
        QVERIFY(!CostSweep::run(CostEngine(), smallDesign(), QStringLiteral("web.nope"), 1, 3, 3).isValid());
        QVERIFY(!CostSweep::run(CostEngine(), smallDesign(), QStringLiteral("web.architecture"), 1, 3, 3).isValid());
        const CostSweep s = CostSweep::run(CostEngine(), smallDesign(), QStringLiteral("web.desired_tasks"), 999, 1001, 3);
        QCOMPARE(s.points.size(), size_t(3));
        QVERIFY(s.points[0].valid);
        QVERIFY(!s.points[2].valid); // 1,001 is above the schema's 1,000
    }
};

QTEST_GUILESS_MAIN(TestCostScenario)
#include "tst_costscenario.moc"
