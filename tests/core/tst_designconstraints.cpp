// Cross-parameter rules of components: Fargate task sizes, task counts, RDS storage.
#include "model/designconstraints.h"

#include <QtTest>

using namespace Infra;

class TestDesignConstraints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fargateSizes_data();
    void fargateSizes();
    void defaultsAreConsistent();
    void rules_data();
    void rules();
};

void TestDesignConstraints::fargateSizes_data()
{
    QTest::addColumn<qint64>("cpu");
    QTest::addColumn<qint64>("memory");
    QTest::addColumn<bool>("valid");
    // AWS ECS developer guide, "Task CPU and memory".
    QTest::newRow("0.25 vCPU 0.5 GB") << qint64(256) << qint64(512) << true;
    QTest::newRow("0.25 vCPU 1.5 GB") << qint64(256) << qint64(1536) << false; // not offered
    QTest::newRow("0.25 vCPU 2 GB") << qint64(256) << qint64(2048) << true;
    QTest::newRow("0.25 vCPU 3 GB") << qint64(256) << qint64(3072) << false;
    QTest::newRow("0.5 vCPU 1 GB") << qint64(512) << qint64(1024) << true;
    QTest::newRow("0.5 vCPU 4 GB") << qint64(512) << qint64(4096) << true;
    QTest::newRow("0.5 vCPU 0.5 GB") << qint64(512) << qint64(512) << false;
    QTest::newRow("1 vCPU 2 GB") << qint64(1024) << qint64(2048) << true;
    QTest::newRow("1 vCPU 1 GB") << qint64(1024) << qint64(1024) << false;
    QTest::newRow("1 vCPU 8 GB") << qint64(1024) << qint64(8192) << true;
    QTest::newRow("1 vCPU 9 GB") << qint64(1024) << qint64(9216) << false;
    QTest::newRow("1 vCPU 2.5 GB") << qint64(1024) << qint64(2560) << false; // 1 GB steps
    QTest::newRow("2 vCPU 16 GB") << qint64(2048) << qint64(16384) << true;
    QTest::newRow("4 vCPU 30 GB") << qint64(4096) << qint64(30720) << true;
    QTest::newRow("4 vCPU 31 GB") << qint64(4096) << qint64(31744) << false;
    QTest::newRow("8 vCPU 20 GB") << qint64(8192) << qint64(20480) << true;  // 16 GB + 4 GB step
    QTest::newRow("8 vCPU 18 GB") << qint64(8192) << qint64(18432) << false; // between steps
    QTest::newRow("16 vCPU 120 GB") << qint64(16384) << qint64(122880) << true;
    QTest::newRow("16 vCPU 36 GB") << qint64(16384) << qint64(36864) << false; // 32 GB + 4 GB, steps are 8 GB
    QTest::newRow("unknown cpu") << qint64(300) << qint64(1024) << false;
}

void TestDesignConstraints::fargateSizes()
{
    QFETCH(qint64, cpu);
    QFETCH(qint64, memory);
    QFETCH(bool, valid);
    QCOMPARE(isValidFargateSize(cpu, memory), valid);
}

void TestDesignConstraints::defaultsAreConsistent()
{
    // A component at its defaults must never break a rule: the studio adds them that way.
    for (ComponentKind kind : allComponentKinds) {
        const Component c = Component::make(kind, QStringLiteral("c"));
        QVERIFY2(componentConstraintViolations(c).isEmpty(), qPrintable(kindName(kind)));
    }
}

void TestDesignConstraints::rules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QStringList>("keys"); // the keys the violations point at, in order
    const auto map = [](std::initializer_list<std::pair<const char *, QVariant>> items) {
        QVariantMap m;
        for (const auto &[k, v] : items)
            m.insert(QString::fromLatin1(k), v);
        return m;
    };
    const int web = int(ComponentKind::EcsWeb);
    const int worker = int(ComponentKind::EcsWorker);
    const int rds = int(ComponentKind::RdsPostgres);
    const int beat = int(ComponentKind::EcsBeat);

    QTest::newRow("tasks in order") << web << map({{"min_tasks", 2}, {"desired_tasks", 5}, {"max_tasks", 20}}) << QStringList();
    QTest::newRow("all equal") << worker << map({{"min_tasks", 3}, {"desired_tasks", 3}, {"max_tasks", 3}}) << QStringList();
    QTest::newRow("desired above max") << web << map({{"min_tasks", 1}, {"desired_tasks", 21}, {"max_tasks", 20}})
                                       << QStringList{QStringLiteral("desired_tasks")};
    QTest::newRow("desired below min") << worker << map({{"min_tasks", 3}, {"desired_tasks", 2}, {"max_tasks", 5}})
                                       << QStringList{QStringLiteral("desired_tasks")};
    QTest::newRow("min above max") << worker << map({{"min_tasks", 6}, {"desired_tasks", 6}, {"max_tasks", 5}})
                                   << QStringList{QStringLiteral("min_tasks"), QStringLiteral("desired_tasks")};
    QTest::newRow("beat has no scaling range") << beat << map({{"desired_tasks", 1}}) << QStringList();
    QTest::newRow("fargate pair") << beat << map({{"cpu", 512}, {"memory", 512}}) << QStringList{QStringLiteral("memory")};

    QTest::newRow("gp3 baseline") << rds << map({{"allocated_storage", 100}, {"iops", 3000}, {"storage_throughput", 125}}) << QStringList();
    QTest::newRow("gp3 zero means baseline") << rds << map({{"iops", 0}, {"storage_throughput", 0}}) << QStringList();
    QTest::newRow("gp3 small provisioned") << rds << map({{"allocated_storage", 399}, {"iops", 12000}, {"storage_throughput", 500}})
                                           << QStringList{QStringLiteral("iops"), QStringLiteral("storage_throughput")};
    QTest::newRow("gp3 400 GB baseline") << rds << map({{"allocated_storage", 400}, {"iops", 12000}, {"storage_throughput", 500}})
                                         << QStringList();
    QTest::newRow("gp3 400 GB with 3000 IOPS") << rds << map({{"allocated_storage", 400}, {"iops", 3000}, {"storage_throughput", 0}})
                                               << QStringList{QStringLiteral("iops")};
    // 4000 MiB/s needs 16000 IOPS at 0.25 MiB/s per IOPS.
    QTest::newRow("gp3 throughput ratio ok") << rds << map({{"allocated_storage", 1000}, {"iops", 16000}, {"storage_throughput", 4000}})
                                             << QStringList();
    QTest::newRow("gp3 throughput ratio") << rds << map({{"allocated_storage", 1000}, {"iops", 15999}, {"storage_throughput", 4000}})
                                          << QStringList{QStringLiteral("storage_throughput")};
    QTest::newRow("gp2 ignores iops") << rds << map({{"storage_type", QStringLiteral("gp2")}, {"iops", 99999}}) << QStringList();
    // io1: at most 50 IOPS per GB, so 100 GB take 5000.
    QTest::newRow("io1 at ratio") << rds << map({{"storage_type", QStringLiteral("io1")}, {"allocated_storage", 100}, {"iops", 5000}})
                                  << QStringList();
    QTest::newRow("io1 over ratio") << rds << map({{"storage_type", QStringLiteral("io1")}, {"allocated_storage", 100}, {"iops", 5001}})
                                    << QStringList{QStringLiteral("iops")};
    QTest::newRow("io2 ratio 500") << rds << map({{"storage_type", QStringLiteral("io2")}, {"allocated_storage", 100}, {"iops", 50000}})
                                   << QStringList();
    QTest::newRow("io1 needs iops") << rds << map({{"storage_type", QStringLiteral("io1")}, {"iops", 0}})
                                    << QStringList{QStringLiteral("iops")};
    QTest::newRow("autoscaling below storage") << rds << map({{"allocated_storage", 200}, {"max_allocated_storage", 150}})
                                               << QStringList{QStringLiteral("max_allocated_storage")};
    QTest::newRow("autoscaling off") << rds << map({{"allocated_storage", 200}, {"max_allocated_storage", 0}}) << QStringList();
}

void TestDesignConstraints::rules()
{
    QFETCH(int, kind);
    QFETCH(QVariantMap, params);
    QFETCH(QStringList, keys);
    Component c = Component::make(ComponentKind(kind), QStringLiteral("c"));
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        QVariant v = it.value();
        if (v.typeId() == QMetaType::Int)
            v = QVariant(qint64(v.toInt()));
        c.params.insert(it.key(), v);
    }
    QStringList actual;
    for (const ConstraintViolation &v : componentConstraintViolations(c)) {
        QVERIFY(!v.message.isEmpty());
        actual.append(v.key);
    }
    QCOMPARE(actual, keys);
}

QTEST_GUILESS_MAIN(TestDesignConstraints)
#include "tst_designconstraints.moc"
