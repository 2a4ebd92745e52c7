// The playbook's connection calculator, pools at desired and maximum scale, database limits
// and scaling plans (issue 3, "Connection pools" and "Scaling").
#include "derivefixtures.h"

#include "derive/derivedmodel.h"
#include "model/instancetypes.h"

#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;

class TestPools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playbookWorkedExample()
    {
        // calculate_connections(5, 4, 4, 8) from the playbook
        const PoolFigures f = PoolCalculation::calculate(5, 4, 4, 8);
        QCOMPARE(f.webConnections, 5 * 4 * 2);            // 40
        QCOMPARE(f.workerConnections, 4 * 8);             // 32
        QCOMPARE(f.management, (40 + 32) * 0.2);          // 14.4
        QCOMPARE(f.total, 86);                            // int(86.4)
        QCOMPARE(f.defaultPoolSize, 21);                  // int(86.4 / 4) = int(21.6)
        QCOMPARE(f.maxClientConn, 172);                   // int(86.4 * 2) = int(172.8)
        QCOMPARE(f.rdsMaxConnections, 129);               // int(86.4 * 1.5) = int(129.6)
        QCOMPARE(PoolCalculation::connMaxAge, 300);
    }

    void truncatesLikePython_data()
    {
        QTest::addColumn<int>("webTasks");
        QTest::addColumn<int>("webWorkers");
        QTest::addColumn<int>("workerTasks");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pool");
        QTest::addColumn<int>("maxClient");
        QTest::addColumn<int>("rds");
        // 1 connection: total 1.2 → 1, pool 0.3 → 0, clients 2.4 → 2, rds 1.8 → 1 (truncated, not rounded)
        QTest::newRow("one worker slot") << 0 << 0 << 1 << 1 << 1 << 0 << 2 << 1;
        // 2 × 1 × 2 = 4: total 4.8 → 4, pool 1.2 → 1, clients 9.6 → 9, rds 7.2 → 7
        QTest::newRow("one web worker, two tasks") << 2 << 1 << 0 << 0 << 4 << 1 << 9 << 7;
        // 10 × 5 = 50 → total 60 exactly, pool 15, clients 120, rds 90
        QTest::newRow("exact") << 0 << 0 << 10 << 5 << 60 << 15 << 120 << 90;
        QTest::newRow("nothing") << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    }

    void truncatesLikePython()
    {
        QFETCH(int, webTasks);
        QFETCH(int, webWorkers);
        QFETCH(int, workerTasks);
        QFETCH(int, concurrency);
        const PoolFigures f = PoolCalculation::calculate(webTasks, webWorkers, workerTasks, concurrency);
        QTEST(f.total, "total");
        QTEST(f.defaultPoolSize, "pool");
        QTEST(f.maxClientConn, "maxClient");
        QTEST(f.rdsMaxConnections, "rds");
    }

    void instanceDefaultLimit()
    {
        // LEAST(DBInstanceClassMemory / 9531392, 5000)
        QCOMPARE(rdsDefaultMaxConnections(1), 112);     // 1073741824 / 9531392 = 112.65
        QCOMPARE(rdsDefaultMaxConnections(16), 1802);   // 17179869184 / 9531392 = 1802.45
        QCOMPARE(rdsDefaultMaxConnections(128), 5000);  // 14419.6, capped
    }

    void referenceAtDesiredAndMaximum()
    {
        const DerivedModel m = DerivedModel::derive(referenceDesign());
        const PoolCalculation &p = m.pools();
        // desired: web 5 × 4 × 2 = 40; workers 4×8 + 4×4 + 2×2 + 1×2 = 54
        QCOMPARE(p.desired.webTasks, 5);
        QCOMPARE(p.desired.workerTasks, 4 + 4 + 2 + 1);
        QCOMPARE(p.desired.webConnections, 40);
        QCOMPARE(p.desired.workerConnections, 32 + 16 + 4 + 2);
        QCOMPARE(p.desired.total, 112);                 // 94 × 1.2 = 112.8
        QCOMPARE(p.desired.defaultPoolSize, 28);        // 28.2
        QCOMPARE(p.desired.maxClientConn, 225);         // 225.6
        QCOMPARE(p.desired.rdsMaxConnections, 169);     // 169.2
        // maximum: web 20 × 4 × 2 = 160; workers 10×8 + 10×4 + 4×2 + 2×2 = 132
        QCOMPARE(p.maximum.webConnections, 160);
        QCOMPARE(p.maximum.workerConnections, 80 + 40 + 8 + 4);
        QCOMPARE(p.maximum.total, 350);                 // 292 × 1.2 = 350.4
        QCOMPARE(p.maximum.defaultPoolSize, 87);        // 87.6
        QCOMPARE(p.maximum.maxClientConn, 700);         // 700.8
        QCOMPARE(p.maximum.rdsMaxConnections, 525);     // 525.6

        QCOMPARE(p.databaseId, QStringLiteral("db"));
        QCOMPARE(p.instanceDefaultLimit, 1802);         // db.r6g.large, 16 GiB
        QCOMPARE(p.maxConnectionsOverride, 500);
        QCOMPARE(p.connectionBudget, 500);
        QCOMPARE(p.maxConnectionsSetting, 500);
        QVERIFY(p.hasPgBouncer());
        QCOMPARE(p.pgbouncerTasks, 2);
        QCOMPARE(p.pgbouncerDefaultPoolSize, 87);       // automatic: sized for the maximum
        QCOMPARE(p.pgbouncerMaxClientConn, 700);
        // 2 pgBouncer tasks × (87 + 5 reserve) server connections
        QCOMPARE(p.maximum.databaseConnections, 2 * (87 + 5));
        QVERIFY(!p.exceedsBudgetAtMaximum());
        QCOMPARE(p.contributions.size(), size_t(5));
        QCOMPARE(p.contributions.front().perTask, 8);
        QCOMPARE(p.contributions.front().maxConnections, 160);
    }

    void withoutOverrideTheCalculationSetsMaxConnections()
    {
        Design d = referenceDesign();
        set(d, "db", "max_connections", qint64(0));
        const PoolCalculation p = DerivedModel::derive(d).pools();
        QCOMPARE(p.connectionBudget, 1802);
        QCOMPARE(p.maxConnectionsSetting, 525);
    }

    void manualPgBouncerSizing()
    {
        Design d = referenceDesign();
        set(d, "pgbouncer", "sizing", QStringLiteral("manual"));
        const PoolCalculation p = DerivedModel::derive(d).pools();
        QVERIFY(!p.pgbouncerAutomatic);
        QCOMPARE(p.pgbouncerDefaultPoolSize, 20);
        QCOMPARE(p.pgbouncerMaxClientConn, 1000);
        QCOMPARE(p.maximum.databaseConnections, 2 * (20 + 5));
    }

    void directConnectionsOverSmallInstance()
    {
        Design d = minimalDesign();
        set(d, "db", "instance_class", QStringLiteral("db.t4g.micro"));
        const DerivedModel m = DerivedModel::derive(d);
        const PoolCalculation &p = m.pools();
        // desired 2 × 4 × 2 = 16 → 19.2; maximum 20 × 4 × 2 = 160 → 192
        QCOMPARE(p.desired.databaseConnections, 19);
        QCOMPARE(p.maximum.databaseConnections, 192);
        QCOMPARE(p.connectionBudget, 112);
        QVERIFY(!p.exceedsBudgetAtDesired());
        QVERIFY(p.exceedsBudgetAtMaximum());
        const ScalingPlan *web = m.scalingPlan(QStringLiteral("web"));
        QVERIFY(web);
        // int(8m × 1.2) ≤ 112: m = 11 gives int(105.6) = 105, m = 12 gives int(115.2) = 115
        QCOMPARE(web->maxTasksWithinBudget, 11);
        QVERIFY(web->exceedsConnectionBudget);
    }

    void budgetThroughPgBouncer()
    {
        Design d = referenceDesign();
        set(d, "db", "max_connections", qint64(150));
        const DerivedModel m = DerivedModel::derive(d);
        QVERIFY(m.pools().exceedsBudgetAtMaximum()); // 184 > 150
        // web at m tasks, workers at their maximum 132:
        // m = 13: 104 + 132 = 236 → 283.2 / 4 = 70.8 → 70; 2 × (70 + 5) = 150 fits
        // m = 14: 112 + 132 = 244 → 292.8 / 4 = 73.2 → 73; 2 × (73 + 5) = 156 does not
        QCOMPARE(m.scalingPlan(QStringLiteral("web"))->maxTasksWithinBudget, 13);
        QVERIFY(m.scalingPlan(QStringLiteral("web"))->exceedsConnectionBudget);
    }

    void scalingPlans()
    {
        const DerivedModel m = DerivedModel::derive(referenceDesign());
        QCOMPARE(m.scalingPlans().size(), size_t(1 + 4 + 1 + 1)); // web, 4 workers, beat, pgbouncer
        const ScalingPlan *web = m.scalingPlan(QStringLiteral("web"));
        QCOMPARE(web->policy, ScalingPlan::Policy::CpuTargetTracking);
        QCOMPARE(web->metric, QStringLiteral("ECSServiceAverageCPUUtilization"));
        QCOMPARE(web->target, 70.0);
        QCOMPARE(web->minTasks, 2);
        QCOMPARE(web->desiredTasks, 5);
        QCOMPARE(web->maxTasks, 20);
        QCOMPARE(web->scaleInCooldown, 300);
        QCOMPARE(web->scaleOutCooldown, 60);
        QCOMPARE(web->connectionsPerTask, 8);
        QVERIFY(!web->exceedsConnectionBudget);
        const ScalingPlan *worker = m.scalingPlan(QStringLiteral("worker-high"));
        QCOMPARE(worker->policy, ScalingPlan::Policy::QueueDepthTargetTracking);
        QCOMPARE(worker->target, 100.0);
        QCOMPARE(worker->queues, list({"high_priority"}));
        QCOMPARE(worker->metricNamespace, QStringLiteral("InfraStudio/Celery"));
        QCOMPARE(worker->metric, QStringLiteral("BacklogPerTask"));
        const ScalingPlan *beat = m.scalingPlan(QStringLiteral("beat"));
        QCOMPARE(beat->policy, ScalingPlan::Policy::Fixed);
        QCOMPARE(beat->minTasks, 1);
        QCOMPARE(beat->maxTasks, 1);
        QCOMPARE(m.scalingPlan(QStringLiteral("pgbouncer"))->desiredTasks, 2);
        QVERIFY(!m.scalingPlan(QStringLiteral("db")));
    }

    void sqsMetric()
    {
        const DerivedModel m = DerivedModel::derive(sqsDesign());
        const ScalingPlan *worker = m.scalingPlan(QStringLiteral("worker"));
        QCOMPARE(worker->metric, QStringLiteral("ApproximateNumberOfMessagesVisible"));
        QCOMPARE(worker->metricNamespace, QStringLiteral("AWS/SQS"));
    }
};

QTEST_GUILESS_MAIN(TestPools)
#include "tst_pools.moc"
