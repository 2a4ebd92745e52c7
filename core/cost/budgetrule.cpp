#include "budgetrule.h"

#include "capacitysavingsrule.h"
#include "costengine.h"
#include "costreport.h"
#include "derive/derivedmodel.h"
#include "model/design.h"

namespace Infra {

FindingRule BudgetRule::make(const PricingCatalog &catalog)
{
    return make(&catalog);
}

FindingRule BudgetRule::make(const PricingCatalog *catalog)
{
    FindingRule rule;
    rule.id = costOverBudgetRuleId();
    rule.severity = Finding::Severity::Warning;
    rule.title = QStringLiteral("The monthly cost estimate is within the budget");
    rule.check = [catalog](const Design &design, const DerivedModel &derived, std::vector<Finding> &out) {
        // The standard catalog is looked up when the rule runs, never at registration: rules
        // are registered during static initialisation, before Qt resources are.
        const PricingCatalog *prices = catalog ? catalog : &PricingCatalog::standard();
        const double budget = design.value(Section::Workload, QStringLiteral("monthly_budget_usd")).toDouble();
        // The estimate the derivation was given (standard catalog, the GUI prices each change
        // once), else totals only: the rule needs no line texts, and it runs on every edit.
        CostEstimate own;
        if (catalog || !derived.cost())
            own = CostEngine(*prices).estimate(design, {}, CostEngine::Detail::TotalsOnly);
        const CostEstimate &e = catalog || !derived.cost() ? own : *derived.cost();
        if (!e.isValid()) {
            // A price missing from the catalog is never a silent $0: each is a finding, and the
            // budget is not compared with a partial estimate.
            for (const QString &error : e.errors) {
                const QString id = error.section(QStringLiteral(": "), 0, 0);
                out.push_back(Finding::make(
                    costPriceMissingRuleId(), Finding::Severity::Warning, design.component(id) ? id : QString(),
                    trText("Infra::Rules", "The cost estimate is incomplete, the budget unchecked: %1").arg(error),
                    trText("Infra::Rules", "Choose an instance class, node type or region the pricing catalog has a price for, or add the price to the catalog (docs/cost-model.md)")));
            }
            return;
        }
        if (budget <= 0)
            return;
        const double desired = e.total.desired();
        const double maximum = e.total.maximum();
        const auto usd = [](double x) { return CostReport::cents(x); };
        if (desired > budget) {
            out.push_back(Finding::make(
                costOverBudgetRuleId(), Finding::Severity::Warning, {},
                trText("Infra::Rules", "Estimated monthly cost %1 USD at desired scale exceeds the budget of %2 USD by %3 USD (catalog %4)")
                    .argAmount(usd(desired), 2)
                    .argAmount(usd(budget), 2)
                    .argAmount(usd(desired - budget), 2)
                    .arg(e.catalogVersion),
                trText("Infra::Rules", "See the savings suggestions (infra-studio-cli cost --suggest), reduce desired tasks or instance sizes, or raise workload.monthly_budget_usd")));
        } else if (maximum > budget) {
            out.push_back(Finding::make(
                costOverBudgetRuleId(), Finding::Severity::Info, {},
                trText("Infra::Rules", "At maximum autoscaling the estimate reaches %1 USD a month, above the budget of %2 USD (desired scale: %3 USD)")
                    .argAmount(usd(maximum), 2)
                    .argAmount(usd(budget), 2)
                    .argAmount(usd(desired), 2),
                trText("Infra::Rules", "Lower max_tasks where a sustained peak would break the budget, or accept the peak cost")));
        }
    };
    return rule;
}

} // namespace Infra
