// Cost reports: every rendering names the catalog version and effective date, flags
// unverified prices, rounds to the cent only for display; the JSON follows docs/cost-json.md.
#include "cost/costengine.h"
#include "cost/costreport.h"
#include "cost/scenario.h"
#include "model/design.h"

#include <QJsonArray>
#include <QTest>

using namespace Infra;

namespace {

Design design()
{
    Design d;
    d.setSectionValue(Section::Settings, QStringLiteral("name"), QStringLiteral("Report test"));
    Component db = Component::make(ComponentKind::RdsPostgres, QStringLiteral("db"));
    db.params.insert(QStringLiteral("instance_class"), QStringLiteral("db.t4g.large")); // 0.129, unverified
    db.params.insert(QStringLiteral("multi_az"), false);
    d.addComponent(db);
    d.addComponent(Component::make(ComponentKind::Ecr, QStringLiteral("ecr")));
    d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(0));
    return d;
}

} // namespace

class TestCostReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money()
    {
        QCOMPARE(CostReport::money(1340.4449), QStringLiteral("1,340.44"));
        QCOMPARE(CostReport::money(0.005), QStringLiteral("0.01"));
        QCOMPARE(CostReport::money(-97.236), QStringLiteral("-97.24"));
        QCOMPARE(CostReport::money(-0.001), QStringLiteral("0.00"));
        QCOMPARE(CostReport::cents(16.425), 16.43);
    }

    void table()
    {
        const CostEstimate e = CostEngine().estimate(design());
        const QString t = CostReport::table(e);
        QVERIFY2(t.contains(QStringLiteral("Pricing catalog 2026.11.27, effective 2026-11-27")), qPrintable(t));
        // db.t4g.large 0.129 × 730 = 94.17, marked unverified on its line and in the summary
        QVERIFY2(t.contains(QStringLiteral("Instance-hours (db.t4g.large, Single-AZ) [unverified]")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("94.17")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Unverified prices used (check before relying on them): rds_instances.db.t4g.large")), qPrintable(t));
        // 94.17 + 100 GB × 0.115 = 11.50 + ECR 5 GB × 0.10 = 0.50 + RDS log exports (1 GB × 0.50 +
        // 30 days' storage 0.03) = 0.53 + 2 secrets × 0.40 = 0.80 (the database-app login and the
        // master-user secret RDS manages) → 107.50 (no tasks: no flow log records, no Django key)
        QVERIFY2(t.contains(QStringLiteral("Total")) && t.contains(QStringLiteral("107.50")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Secrets (2)")), qPrintable(t));
        QVERIFY(!CostReport::table(e, false).contains(QStringLiteral("Instance-hours")));
    }

    void json()
    {
        const CostEstimate e = CostEngine().estimate(design());
        const QJsonObject o = CostReport::json(e);
        QCOMPARE(o.value(QStringLiteral("schema")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("2026.11.27"));
        QCOMPARE(o.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("effective_date")).toString(), QStringLiteral("2026-11-27"));
        QCOMPARE(o.value(QStringLiteral("total")).toObject().value(QStringLiteral("desired")).toDouble(), 107.50);
        QCOMPARE(o.value(QStringLiteral("categories")).toObject().value(QStringLiteral("database")).toObject().value(QStringLiteral("max")).toDouble(), 106.20); // 94.17 + 11.50 + 0.53 of log exports
        const QJsonArray components = o.value(QStringLiteral("components")).toArray();
        QCOMPARE(components.size(), 3); // db, ecr and the secrets the export creates
        QCOMPARE(components.at(2).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("export:secrets"));
        const QJsonObject db = components.at(0).toObject();
        QCOMPARE(db.value(QStringLiteral("id")).toString(), QStringLiteral("db"));
        const QJsonObject instance = db.value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(instance.value(QStringLiteral("key")).toString(), QStringLiteral("instance"));
        QCOMPARE(instance.value(QStringLiteral("price_key")).toString(), QStringLiteral("rds_instances.db.t4g.large"));
        QCOMPARE(instance.value(QStringLiteral("price_status")).toString(), QStringLiteral("unverified"));
        QCOMPARE(instance.value(QStringLiteral("unit_price")).toDouble(), 0.129);
        QCOMPARE(instance.value(QStringLiteral("amount")).toArray().at(1).toDouble(), 94.17);
        QCOMPARE(o.value(QStringLiteral("unverified_prices")).toArray().first().toString(), QStringLiteral("rds_instances.db.t4g.large"));
    }

    void csv()
    {
        // Pure CSV: the header row first, no comment line unless asked for (issue 20).
        const QString c = CostReport::csv(CostEngine().estimate(design()));
        const QStringList lines = c.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(CostReport::csv(CostEngine().estimate(design()), true).startsWith(QStringLiteral("# catalog 2026.11.27 effective 2026-11-27")));
        QCOMPARE(lines.at(0), QStringLiteral("component,kind,category,item,label,unit,unit_price,quantity_desired,min,desired,max,price_key,price_status"));
        QVERIFY2(lines.contains(QStringLiteral("db,rds_postgres,database,instance,\"Instance-hours (db.t4g.large, Single-AZ)\",instance-hour,0.129,730,94.17,94.17,94.17,rds_instances.db.t4g.large,unverified")),
                 qPrintable(c));
        QCOMPARE(lines.last(), QStringLiteral("total,,,,,,,,107.50,107.50,107.50,,"));
    }

    void compare()
    {
        Scenario s(design());
        QVERIFY(s.addOverride(QStringLiteral("db.multi_az=true")));
        const ScenarioResult r = s.evaluate(CostEngine());
        // Multi-AZ doubles instance and storage: +94.17 + 11.50 = +105.67
        const QString t = CostReport::compareTable(r, {QStringLiteral("db.multi_az=true")});
        QVERIFY2(t.contains(QStringLiteral("+105.67")), qPrintable(t));
        const QJsonObject o = CostReport::compareJson(r, {QStringLiteral("db.multi_az=true")});
        QCOMPARE(o.value(QStringLiteral("delta")).toObject().value(QStringLiteral("total")).toObject().value(QStringLiteral("desired")).toDouble(), 105.67);
        QCOMPARE(o.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("total")).toObject().value(QStringLiteral("desired")).toDouble(), 213.17);
        QVERIFY(CostReport::compareCsv(r).contains(QStringLiteral("total,107.50,107.50,107.50,213.17,213.17,213.17,105.67,105.67,105.67")));
    }
};

QTEST_GUILESS_MAIN(TestCostReport)
#include "tst_costreport.moc"
