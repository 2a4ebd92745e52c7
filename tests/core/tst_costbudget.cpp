// The budget finding ("cost-over-budget") through the findings engine's extension hook:
// triggered and not triggered, with figures worked out from catalog prices.
#include "cost/budgetrule.h"
#include "cost/pricingcatalog.h"
#include "derive/derivedmodel.h"
#include "model/design.h"

#include <QTest>

using namespace Infra;

namespace {

// db.r6g.large Multi-AZ 100 GB gp3: 0.225 × 730 × 2 + 100 × 2 × 0.115 = 328.50 + 23.00 = 351.50
// web x86 1 vCPU/2 GB, 2–2–20 tasks: 36.0401 per task → 72.08 at desired, 720.80 at max
// NAT off (the web tasks then hold public IPv4s: 2 × 730 × 0.005 = 7.30, 20 at max: 73.00)
Design design(double budget)
{
    Design d;
    d.addComponent(Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")));
    Component web = Component::make(ComponentKind::EcsWeb, QStringLiteral("web"));
    web.params.insert(QStringLiteral("architecture"), QStringLiteral("x86_64"));
    d.addComponent(web);
    d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(0));
    d.setSectionValue(Section::Workload, QStringLiteral("monthly_budget_usd"), budget);
    return d;
}

std::vector<Finding> budgetFindings(const Design &d)
{
    FindingRules rules;
    rules.add(BudgetRule::make(PricingCatalog::standard()));
    std::vector<Finding> result;
    for (const Finding &f : rules.run(d, DerivedModel()))
        result.push_back(f);
    return result;
}

} // namespace

class TestCostBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overBudget()
    {
        // desired: 351.50 + 72.08 + 7.30 + inter-AZ 20.05 (traffic model: 131.4 M requests × 8 queries ×
        // 2 KB = 2,005.00 GB between web and db, half crossing zones, × 2 directions × 0.01) + the audit
        // trail 0.54 (RDS log exports 1 GB × 0.50 + 30 days' storage 0.03; flow logs of 2 tasks ×
        // 20 flows × 4,380 ten-minute intervals × 130 B = 0.021 GB × (0.50 + 90 days' storage 0.089))
        // + 3 secrets × 0.40 = 1.20 (the Django secret key, the database-app login, the master-user
        // secret RDS manages) = 452.67 > 400
        const auto findings = budgetFindings(design(400));
        QCOMPARE(findings.size(), size_t(1));
        QCOMPARE(findings[0].ruleId, QStringLiteral("cost-over-budget"));
        QCOMPARE(findings[0].severity, Finding::Severity::Warning);
        QVERIFY2(findings[0].message.contains(QStringLiteral("452.67 USD at desired scale exceeds the budget of 400.00 USD by 52.67 USD")),
                 qPrintable(findings[0].message));
        QVERIFY(!findings[0].fixHint.isEmpty());
    }

    void overBudgetOnlyAtMaximum()
    {
        // max: 351.50 + 20 × 36.0401 + 20 × 730 × 0.005 + 20.05 + 0.54 + 1.20 = 1,167.09 > 500 ≥ 452.67
        const auto findings = budgetFindings(design(500));
        QCOMPARE(findings.size(), size_t(1));
        QCOMPARE(findings[0].severity, Finding::Severity::Info);
        QVERIFY2(findings[0].message.contains(QStringLiteral("1,167.09")), qPrintable(findings[0].message));
    }

    void withinBudget()
    {
        QVERIFY(budgetFindings(design(1200)).empty());
    }

    void noBudget()
    {
        QVERIFY(budgetFindings(design(0)).empty());
    }

    // No front end registers anything: the standard rules every front end derives with
    // carry the budget rule (issue 18: the studio never showed it).
    void partOfTheStandardRules()
    {
        const FindingRules rules = FindingRules::standard();
        QVERIFY(rules.contains(costOverBudgetRuleId()));
        const DerivedModel model = DerivedModel::derive(design(400));
        int count = 0;
        for (const Finding &f : model.findings())
            count += f.ruleId == costOverBudgetRuleId() ? 1 : 0;
        QCOMPARE(count, 1);
        const DerivedModel fine = DerivedModel::derive(design(5000));
        for (const Finding &f : fine.findings())
            QVERIFY(f.ruleId != costOverBudgetRuleId());
    }
};

QTEST_GUILESS_MAIN(TestCostBudget)
#include "tst_costbudget.moc"
