// The one traffic model (issue 15): the workload's requests and bytes derived once, and every
// cost line that moves them (CloudFront, ALB, S3, internet egress, NAT, logs, inter-AZ,
// Container Insights) priced from it. Expected figures are worked out here by hand from the
// workload and the us-east-1 catalog, never by calling the production formulas.
#include "capacity/trafficmodel.h"
#include "cost/costengine.h"
#include "derive/derivedmodel.h"
#include "derivefixtures.h"
#include "model/design.h"

#include <QTest>

using namespace Infra;
using Infra::Fixtures::component;

#define COMPARE_NEAR(actual, expected, tolerance)                                                          \
    do {                                                                                                   \
        const double a_ = (actual), e_ = (expected);                                                       \
        QVERIFY2(qAbs(a_ - e_) <= (tolerance), qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(a_, 0, 'f', 6).arg(e_, 0, 'f', 6))); \
    } while (false)
#define COMPARE_USD(actual, expected) COMPARE_NEAR(actual, expected, 0.005)

namespace {

constexpr double month = 730 * 3600.0;     // seconds
constexpr double kbPerGb = 1024.0 * 1024;  // 1 GB = 1,048,576 KB

Design reference()
{
    return Fixtures::example("django-reference");
}

QStringList trafficFindings(const Design &d)
{
    QStringList r;
    const DerivedModel m = DerivedModel::derive(d);
    for (const Finding &f : m.findings())
        if (f.ruleId == QLatin1String("traffic-override"))
            r.append(f.componentId + QStringLiteral(": ") + f.message);
    return r;
}

} // namespace

class TestTrafficModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every figure of the reference design, by hand.
    void referenceDesignFigures()
    {
        const TrafficModel t = TrafficModel::derive(reference());
        // 50 req/s × 2,628,000 s = 131,400,000 application requests; × 30 KB = 3,759.38 GB
        QCOMPARE(t.appRequests, 131400000.0);
        COMPARE_NEAR(t.appGb, 131400000.0 * 30 / kbPerGb, 1e-6); // 3,759.38 GB
        // 0.5 static/media objects per request × 25 KB: 65.7 M objects, 1,566.41 GB
        QCOMPARE(t.assetRequests, 65700000.0);
        COMPARE_NEAR(t.assetGb, 65700000.0 * 25 / kbPerGb, 1e-6);
        // CloudFront: responses compressed by 25 %, objects as they are: 2,819.54 + 1,566.41 GB
        QVERIFY(t.cdn);
        COMPARE_NEAR(t.cdnEgressDerivedGb, 0.75 * 131400000.0 * 30 / kbPerGb + 65700000.0 * 25 / kbPerGb, 1e-6); // 4,385.95
        COMPARE_NEAR(t.cdnEgressGb(), t.cdnEgressDerivedGb, 1e-9); // no override in the reference
        QCOMPARE(t.cdnRequests(), 197100000.0);
        // S3: 2 served buckets get the misses of the 80 % hit ratio: 65.7 M × 0.2 = 13.14 M GETs
        QCOMPARE(t.servedBuckets, 2);
        COMPARE_NEAR(t.s3GetRequests, 13140000.0, 1e-3);
        QCOMPARE(t.albAssetShare, 0.0);
        // ALB: 50 × 30 KB × 3,600 s = 5.15 GB/h → 5.15 LCU; 50 new connections/s = 2 LCU
        COMPARE_NEAR(t.albAverage.gbPerHour, 50.0 * 30 * 3600 / kbPerGb, 1e-9);
        COMPARE_NEAR(t.albAverage.lcu(), 5.1498, 0.0001);
        COMPARE_NEAR(t.albPeak.lcu(), 4 * 5.1498, 0.0004);
        // Writes: 131.4 M ÷ (1 + 4 reads per write) = 26.28 M; 1 % upload 500 KB: 262,800 files, 125.31 GB
        COMPARE_NEAR(t.writeRequests, 26280000.0, 1e-3);
        COMPARE_NEAR(t.uploads, 262800.0, 1e-6);
        COMPARE_NEAR(t.uploadGb, 262800.0 * 500 / kbPerGb, 1e-6);
        // Celery: (12 + 4 + 0.03 + 0.01) tasks/s × 2,628,000 s = 42,153,120 tasks
        COMPARE_NEAR(t.celeryTasks, 16.04 * month, 1e-3);
        // Logs: (131.4 M + 42.15 M) × 500 B ÷ 2^30 = 80.81 GB
        const double logs = (131400000.0 + 42153120.0) * 500 / (1024.0 * 1024 * 1024);
        COMPARE_NEAR(t.logGb(), logs, 1e-6);
        // NAT: logs + 20 deploys × 19 desired tasks (web 5, workers 4+4+2+1, beat 1, pgBouncer 2)
        // × 300 MB = 111.33 GB + uploads 125.31 GB
        COMPARE_NEAR(t.imagePullGb, 20.0 * 19 * 300 / 1024, 1e-9);
        COMPARE_NEAR(t.natGb(), logs + 111.328125 + 125.312805, 1e-4);
        // Inter-AZ: 131.4 M × 8 queries × 2 KB = 2,004.99 GB on each of app → pgBouncer and
        // pgBouncer → database; Redis 131.4 M × 4 KB + 42.15 M × 2 KB × 2 = 501.25 + 160.80 GB;
        // half crosses a zone with two AZs
        const double db = 131400000.0 * 8 * 2 / kbPerGb;
        const double redis = (131400000.0 * 4 + 42153120.0 * 2 * 2) / kbPerGb;
        COMPARE_NEAR(t.appToPgBouncerGb, db, 1e-6);
        COMPARE_NEAR(t.toDatabaseGb, db, 1e-6);
        COMPARE_NEAR(t.toRedisGb, redis, 1e-6);
        COMPARE_NEAR(t.crossAzGb(), (2 * db + redis) * 0.5, 1e-6);
        // Container Insights: 13 cluster metrics + 25 × 7 ECS services = 188
        QCOMPARE(t.ecsServices, 7);
        QCOMPARE(t.containerInsightsMetrics(), 188.0);
    }

    void zeroTrafficDerivesNothing()
    {
        Design d = reference();
        QVERIFY(d.setSectionValue(Section::Workload, QStringLiteral("avg_rps"), 0.0).ok);
        QVERIFY(d.setSectionValue(Section::Workload, QStringLiteral("peak_rps"), 0.0).ok);
        const TrafficModel t = TrafficModel::derive(d);
        QCOMPARE(t.appRequests, 0.0);
        QCOMPARE(t.cdnEgressGb(), 0.0);
        QCOMPARE(t.cdnRequests(), 0.0);
        QCOMPARE(t.albPeak.lcu(), 0.0);
        QCOMPARE(t.toDatabaseGb, 0.0);
        // the workers still log and still talk to Redis; image pulls still go through NAT
        QVERIFY(t.logGb() > 0);
        QVERIFY(t.natGb() > t.imagePullGb);
    }

    // The priced lines read the same model.
    void referenceCostLines()
    {
        const Design d = reference();
        const CostEstimate e = CostEngine().estimate(d);
        QVERIFY2(e.isValid(), qPrintable(e.errors.join(QLatin1Char('\n'))));
        const auto amount = [&](const char *id, const char *key) {
            const LineItem *i = e.item(QString::fromLatin1(id), QString::fromLatin1(key));
            return i ? i->amount.desired() : qQNaN();
        };
        // CloudFront: 4,385.94 GB through the tiers, first 10 TB at 0.085 = 372.81
        const double egress = 0.75 * 131400000.0 * 30 / kbPerGb + 65700000.0 * 25 / kbPerGb;
        COMPARE_USD(amount("cdn", "egress"), egress * 0.085);
        // 197.1 M requests = 19,710 × 10k × 0.0100 = 197.10
        COMPARE_USD(amount("cdn", "requests"), 197.10);
        // S3 GETs: 13.14 M ÷ 2 buckets × 0.0004 / 1,000 = 2.628 each
        COMPARE_USD(amount("static", "get_requests"), 6570000.0 * 0.0004 / 1000);
        // media PUTs: 262,800 uploads × 0.005 / 1,000 = 1.314; static keeps the 100,000 assumption
        COMPARE_USD(amount("media", "put_requests"), 262800.0 * 0.005 / 1000);
        COMPARE_USD(amount("static", "put_requests"), 0.50);
        // No internet egress line with CloudFront in front
        QVERIFY(!e.item(QStringLiteral("alb"), QStringLiteral("internet_egress")));
        // NAT: (80.81 + 111.33 + 125.31) GB × 0.045 = 14.29
        const double logs = (131400000.0 + 42153120.0) * 500 / (1024.0 * 1024 * 1024);
        COMPARE_USD(amount("network", "nat_data"), (logs + 111.328125 + 125.312805) * 0.045);
        // Inter-AZ: crossing GB × 2 directions × 0.01
        const double db = 131400000.0 * 8 * 2 / kbPerGb;
        const double redis = (131400000.0 * 4 + 42153120.0 * 2 * 2) / kbPerGb;
        COMPARE_USD(amount("network", "inter_az"), (2 * db + redis) * 0.5 * 2 * 0.01);
        // Logs: 80.81 GB × 0.50 = 40.41; stored 80.81 × 30 ÷ 30.417 days × 0.03
        COMPARE_USD(amount("logs", "log_ingestion"), logs * 0.50);
        COMPARE_USD(amount("logs", "log_storage"), logs * 30 / (730 / 24.0) * 0.03);
        // Container Insights: 188 metrics × 0.30 = 56.40
        COMPARE_USD(amount("logs", "container_insights"), 56.40);
    }

    void withoutCloudFrontTheAlbAndS3ServeTheViewers()
    {
        Design d = reference();
        QVERIFY(d.removeComponents({QStringLiteral("cdn")}).ok);
        const CostEstimate e = CostEngine().estimate(d);
        // Every viewer byte leaves through the internet tiers: 3,759.38 + 1,566.41 = 5,325.78 GB × 0.09
        const double gb = 131400000.0 * 30 / kbPerGb + 65700000.0 * 25 / kbPerGb;
        const LineItem *out = e.item(QStringLiteral("alb"), QStringLiteral("internet_egress"));
        QVERIFY(out);
        COMPARE_USD(out->amount.desired(), gb * 0.09);
        // monthly bytes are the same in every column (the month's total at the average rate)
        COMPARE_USD(out->amount.maximum(), gb * 0.09);
        // S3 serves every static/media request itself: 65.7 M ÷ 2 buckets × 0.0004 / 1,000 = 13.14
        COMPARE_USD(e.item(QStringLiteral("static"), QStringLiteral("get_requests"))->amount.desired(), 32850000.0 * 0.0004 / 1000);
        // the ALB processes the same application bytes as with the CDN in front
        const CostEstimate with = CostEngine().estimate(reference());
        COMPARE_USD(e.item(QStringLiteral("alb"), QStringLiteral("lcu"))->amount.desired(),
                    with.item(QStringLiteral("alb"), QStringLiteral("lcu"))->amount.desired());
    }

    void assetsThroughTheAlbWithoutBuckets()
    {
        Design d;
        Fixtures::add(d, component(ComponentKind::Alb, "alb"));
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(0)).ok);
        const TrafficModel t = TrafficModel::derive(d);
        // no bucket: 0.5 objects per request come from the app: 75 req/s, 50 × (30 + 0.5 × 25) KB per s
        QCOMPARE(t.albAssetShare, 0.5);
        COMPARE_NEAR(t.albAverage.rps, 75.0, 1e-9);
        COMPARE_NEAR(t.albAverage.gbPerHour, 50.0 * 42.5 * 3600 / kbPerGb, 1e-9);
        COMPARE_NEAR(t.albAverage.connectionLcu, 3.0, 1e-9);
    }

    void overridesArePricedAndCompared()
    {
        Design d = reference();
        // 500 GB typed (the old reference figure) is priced as typed …
        QVERIFY(d.setSectionValue(Section::Workload, QStringLiteral("cdn_egress_gb"), 500.0).ok);
        const CostEstimate e = CostEngine().estimate(d);
        COMPARE_USD(e.item(QStringLiteral("cdn"), QStringLiteral("egress"))->amount.desired(), 500 * 0.085);
        // … and found to disagree with the 4,385.9 GB derived (88.6 % below, beyond ±25 %)
        const QStringList findings = trafficFindings(d);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().startsWith(QStringLiteral("cdn: cdn_egress_gb = 500.0 GB disagrees with the 4385.9 GB")), qPrintable(findings.first()));
        // within ±25 % of the derived figure: no finding (4,385.9 × 1.2 = 5,263 GB)
        QVERIFY(d.setSectionValue(Section::Workload, QStringLiteral("cdn_egress_gb"), 5263.0).ok);
        QVERIFY(trafficFindings(d).isEmpty());
        // the reference itself types nothing: no finding
        QVERIFY(trafficFindings(reference()).isEmpty());
        // NAT and logs overrides: priced as typed, compared the same way
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_data_gb"), 100.0).ok);
        Design withLogs = d;
        QVERIFY(withLogs.setParameter(QStringLiteral("logs"), QStringLiteral("log_ingestion_gb"), 20.0).ok);
        const CostEstimate o = CostEngine().estimate(withLogs);
        COMPARE_USD(o.item(QStringLiteral("network"), QStringLiteral("nat_data"))->amount.desired(), 100 * 0.045);
        COMPARE_USD(o.item(QStringLiteral("logs"), QStringLiteral("log_ingestion"))->amount.desired(), 20 * 0.50);
        const QStringList both = trafficFindings(withLogs);
        QCOMPARE(both.size(), 2);
        QVERIFY2(both.at(0).contains(QStringLiteral("nat_data_gb = 100.0 GB")), qPrintable(both.join(QLatin1Char('\n'))));
        QVERIFY2(both.at(1).startsWith(QStringLiteral("logs: log_ingestion_gb = 20.0 GB")), qPrintable(both.join(QLatin1Char('\n'))));
    }

    void interAzFollowsTheZonesAndTheHops()
    {
        // three zones: two thirds of each hop cross
        Design d = reference();
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("az_count"), qint64(3)).ok);
        const TrafficModel t = TrafficModel::derive(d);
        COMPARE_NEAR(t.crossAzShare, 2.0 / 3.0, 1e-12);
        COMPARE_USD(CostEngine().estimate(d).item(QStringLiteral("network"), QStringLiteral("inter_az"))->amount.desired(),
                    t.crossAzGb() * 2 * 0.01);
        // no database and no Redis: nothing crosses, no line
        QVERIFY(d.removeComponents({QStringLiteral("db"), QStringLiteral("redis")}).ok);
        QCOMPARE(TrafficModel::derive(d).crossAzGb(), 0.0);
        QVERIFY(!CostEngine().estimate(d).item(QStringLiteral("network"), QStringLiteral("inter_az")));
    }

    // Issue 14 item 15: VPC endpoints weighed against NAT data processing, with the numbers.
    void vpcEndpointsWeighedAgainstNat()
    {
        const CostEstimate e = CostEngine().estimate(reference());
        QString note;
        for (const QString &n : e.notes)
            if (n.startsWith(QLatin1String("VPC endpoints")))
                note = n;
        // 4 interface endpoints × 2 AZs × 730 h × $0.01 = 58.40 + (80.82 logs + 111.33 image pulls)
        // GB × $0.01 = 1.92 → $60.32; NAT processing saved: 317.46 GB × $0.045 = $14.29; NAT is
        // cheaper by $46.04 (uploads would take the free S3 gateway endpoint)
        const double logs = (131400000.0 + 42153120.0) * 500 / (1024.0 * 1024 * 1024);
        const double endpoints = 4 * 2 * 730 * 0.01 + (logs + 111.328125) * 0.01;
        const double nat = (logs + 111.328125 + 125.312805) * 0.045;
        QCOMPARE(QString::number(endpoints, 'f', 2), QStringLiteral("60.32"));
        QCOMPARE(QString::number(nat, 'f', 2), QStringLiteral("14.29"));
        QVERIFY2(note.contains(QStringLiteral("= $60.32 a month")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("against $14.29 of NAT data processing")), qPrintable(note));
        QVERIFY2(note.endsWith(QStringLiteral("NAT is cheaper for this design by $46.04")), qPrintable(note));
        // at 100 × the image pulls (2,000 deploys a month) the endpoints win
        Design busy = reference();
        QVERIFY(busy.setSectionValue(Section::Workload, QStringLiteral("deploys_per_month"), 2000.0).ok);
        bool endpointsCheaper = false;
        for (const QString &n : CostEngine().estimate(busy).notes)
            endpointsCheaper = endpointsCheaper || (n.startsWith(QLatin1String("VPC endpoints")) && n.contains(QLatin1String("the endpoints are cheaper")));
        QVERIFY(endpointsCheaper);
    }

    void containerInsightsOnlyWhenEnabled()
    {
        Design d = reference();
        QVERIFY(d.setParameter(QStringLiteral("logs"), QStringLiteral("container_insights"), false).ok);
        QVERIFY(!CostEngine().estimate(d).item(QStringLiteral("logs"), QStringLiteral("container_insights")));
        // always-free: 10 of the 188 metrics
        CostOptions free;
        free.alwaysFree = true;
        const CostEstimate f = CostEngine().estimate(reference(), free);
        COMPARE_USD(f.item(QStringLiteral("logs"), QStringLiteral("container_insights_free"))->amount.desired(), -10 * 0.30);
    }
};

QTEST_GUILESS_MAIN(TestTrafficModel)
#include "tst_trafficmodel.moc"
