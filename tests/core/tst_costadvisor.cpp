// The savings advisor: each checklist item fires on a design that needs it, with its saving
// computed here by hand from catalog prices, and stays silent when there is nothing to save.
#include "cost/savingsadvisor.h"
#include "model/design.h"

#include <QTest>

using namespace Infra;

#define COMPARE_USD(actual, expected)                                                                      \
    do {                                                                                                   \
        const double a_ = (actual), e_ = (expected);                                                       \
        QVERIFY2(qAbs(a_ - e_) < 0.005, qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(a_, 0, 'f', 4).arg(e_, 0, 'f', 4))); \
    } while (false)

namespace {

Component with(Component c, std::initializer_list<std::pair<const char *, QVariant>> params)
{
    for (const auto &[key, value] : params)
        c.params.insert(QString::fromLatin1(key), value);
    return c;
}

Design designWith(std::initializer_list<Component> components)
{
    Design d;
    for (const Component &c : components)
        d.addComponent(c);
    d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(1));
    return d;
}

const Suggestion *find(const std::vector<Suggestion> &list, const QString &id, const QString &component = {})
{
    for (const Suggestion &s : list) {
        if (s.id == id && (component.isEmpty() || s.componentId == component))
            return &s;
    }
    return nullptr;
}

} // namespace

class TestCostAdvisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gravitonForX86Tasks()
    {
        const Design d = designWith({with(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")),
                                          {{"architecture", QStringLiteral("x86_64")}, {"min_tasks", qint64(5)}, {"desired_tasks", qint64(5)}})});
        const CostEngine engine;
        const auto list = SavingsAdvisor(engine).suggest(d);
        const Suggestion *s = find(list, QStringLiteral("graviton"), QStringLiteral("web"));
        QVERIFY(s);
        // x86 (0.04048 + 2 × 0.004445) × 730 = 36.0401; arm64 (0.03238 + 2 × 0.00356) × 730 = 28.835; × 5 tasks
        COMPARE_USD(s->monthlySaving, 5 * (36.0401 - 28.835));
        QCOMPARE(s->overrides, QStringList{QStringLiteral("web.architecture=arm64")});
        QVERIFY(!s->tradeOff.isEmpty());
        // already arm64: nothing to suggest
        const Design arm = designWith({Component::make(ComponentKind::EcsWeb, QStringLiteral("web"))});
        QVERIFY(!find(SavingsAdvisor(engine).suggest(arm), QStringLiteral("graviton")));
    }

    void spotForWorkers()
    {
        const Design d = designWith({
            with(Component::make(ComponentKind::EcsWorker, QStringLiteral("default")),
                 {{"architecture", QStringLiteral("x86_64")}, {"min_tasks", qint64(3)}, {"desired_tasks", qint64(3)}}),
            with(Component::make(ComponentKind::EcsWorker, QStringLiteral("long")),
                 {{"queues", QStringList{QStringLiteral("long_running")}}, {"architecture", QStringLiteral("x86_64")}}),
            with(Component::make(ComponentKind::EcsWorker, QStringLiteral("spot")), {{"architecture", QStringLiteral("x86_64")}, {"spot", true}}),
        });
        const auto list = SavingsAdvisor(CostEngine()).suggest(d);
        const Suggestion *s = find(list, QStringLiteral("fargate-spot"), QStringLiteral("default"));
        QVERIFY(s);
        // on demand (0.5 × 0.04048 + 1 × 0.004445) × 730 = 18.02005; Spot (0.5 × 0.01264355 + 0.00138835) × 730 = 5.62839125
        COMPARE_USD(s->monthlySaving, 3 * (18.02005 - 5.62839125));
        QVERIFY(!find(list, QStringLiteral("fargate-spot"), QStringLiteral("long"))); // long-running queue
        QVERIFY(!find(list, QStringLiteral("fargate-spot"), QStringLiteral("spot"))); // already Spot
        QVERIFY(find(list, QStringLiteral("graviton"), QStringLiteral("spot")));      // arm64 Spot is cheaper still
    }

    void gp3ForGp2()
    {
        const Design d = designWith({with(Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")), {{"storage_type", QStringLiteral("gp2")}})});
        const Suggestion *s = find(SavingsAdvisor(CostEngine()).suggest(d), QStringLiteral("gp3"));
        QVERIFY(s);
        COMPARE_USD(s->monthlySaving, 0.0); // RDS bills gp2 and gp3 at 0.115 per GB-month
        QVERIFY(s->rationale.contains(QStringLiteral("3,000 IOPS")));
    }

    void rightSizeDatabase()
    {
        Design d = designWith({with(Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")), {{"instance_class", QStringLiteral("db.r6g.xlarge")}})});
        d.setSectionValue(Section::Workload, QStringLiteral("db_size_gb"), 20.0);
        const Suggestion *s = find(SavingsAdvisor(CostEngine()).suggest(d), QStringLiteral("rds-right-size"));
        QVERIFY(s);
        // 20 GB needs 5 GiB; no application connections: the cheapest Graviton, non-burstable class is
        // db.m6g.large (8 GiB, 0.159): (0.45 − 0.159) × 730 × 2 (Multi-AZ)
        QCOMPARE(s->overrides, QStringList{QStringLiteral("db.instance_class=db.m6g.large")});
        COMPARE_USD(s->monthlySaving, (0.45 - 0.159) * 730 * 2);
        // a 200 GB database needs 50 GiB: nothing cheaper than db.r6g.2xlarge (64 GiB) would do, and r6g.xlarge has 32
        d.setSectionValue(Section::Workload, QStringLiteral("db_size_gb"), 200.0);
        QVERIFY(!find(SavingsAdvisor(CostEngine()).suggest(d), QStringLiteral("rds-right-size")));
    }

    void commitments()
    {
        const Design d = designWith({with(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")),
                                          {{"architecture", QStringLiteral("x86_64")}, {"min_tasks", qint64(2)}, {"desired_tasks", qint64(2)}}),
                                     Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")),
                                     Component::make(ComponentKind::ElastiCacheRedis, QStringLiteral("redis"))});
        const CostEngine engine;
        auto list = SavingsAdvisor(engine).suggest(d);
        // 2 baseline tasks × 36.0401 × 20 %
        COMPARE_USD(find(list, QStringLiteral("savings-plan"))->monthlySaving, 2 * 36.0401 * 0.20);
        QVERIFY(find(list, QStringLiteral("savings-plan"))->isCommitment);
        // 0.225 × 730 × 2 × 29.6 %; 0.206 × 730 × 2 × 31.5 %
        COMPARE_USD(find(list, QStringLiteral("rds-reserved"))->monthlySaving, 0.225 * 730 * 2 * 0.296);
        COMPARE_USD(find(list, QStringLiteral("cache-reserved"))->monthlySaving, 0.206 * 730 * 2 * 0.315);
        // with the discounts already chosen, they are not suggested again
        list = SavingsAdvisor(engine).suggest(d, *CostOptions::fromNames({QStringLiteral("all")}));
        QVERIFY(!find(list, QStringLiteral("savings-plan")));
        QVERIFY(!find(list, QStringLiteral("rds-reserved")));
        QVERIFY(!find(list, QStringLiteral("cache-reserved")));
    }

    void lifecycleAndCompression()
    {
        const Design d = designWith({with(Component::make(ComponentKind::CloudFront, QStringLiteral("cdn")), {{"compress", false}}),
                                     with(Component::make(ComponentKind::S3Bucket, QStringLiteral("media")), {{"role", QStringLiteral("media")}})});
        const auto list = SavingsAdvisor(CostEngine()).suggest(d);
        // all 100 GB in the one served bucket; half moves to Standard-IA: 50 × (0.023 − 0.0125)
        COMPARE_USD(find(list, QStringLiteral("s3-lifecycle"))->monthlySaving, 50 * (0.023 - 0.0125));
        // the traffic model: compression saves 25 % of the application bytes, 131.4 M × 30 KB =
        // 3,759.38 GB a month at the default workload; 0.25 × 3,759.38 × 0.085 = 79.89
        COMPARE_USD(find(list, QStringLiteral("cloudfront-compression"))->monthlySaving, 0.25 * 131400000.0 * 30 / (1024.0 * 1024) * 0.085);
        // a static bucket and a compressing CDN get neither
        const Design quiet = designWith({Component::make(ComponentKind::CloudFront, QStringLiteral("cdn")),
                                         with(Component::make(ComponentKind::S3Bucket, QStringLiteral("static")), {{"role", QStringLiteral("static")}})});
        const auto none = SavingsAdvisor(CostEngine()).suggest(quiet);
        QVERIFY(!find(none, QStringLiteral("s3-lifecycle")));
        QVERIFY(!find(none, QStringLiteral("cloudfront-compression")));
    }

    void scheduledScalingAndNat()
    {
        Design d = designWith({with(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")),
                                    {{"architecture", QStringLiteral("x86_64")}, {"min_tasks", qint64(2)}, {"desired_tasks", qint64(5)}})});
        d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging"));
        d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(2));
        const auto list = SavingsAdvisor(CostEngine()).suggest(d);
        // (5 − 2) tasks × 36.0401 × 50 % of the hours
        COMPARE_USD(find(list, QStringLiteral("scheduled-scaling"))->monthlySaving, 3 * 36.0401 * 0.5);
        // one NAT gateway less: 730 × 0.045 + one Elastic IP 730 × 0.005
        COMPARE_USD(find(list, QStringLiteral("single-nat"))->monthlySaving, 730 * 0.045 + 730 * 0.005);
        for (size_t i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1].monthlySaving >= list[i].monthlySaving);
    }
};

QTEST_GUILESS_MAIN(TestCostAdvisor)
#include "tst_costadvisor.moc"
