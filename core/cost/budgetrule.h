#pragma once

#include "derive/findingrules.h"

namespace Infra {

class PricingCatalog;

// The findings rule costOverBudgetRuleId() ("cost-over-budget"): a warning when the monthly
// estimate at desired scale exceeds the workload's monthly_budget_usd (0 = no budget), and
// an info finding when only the maximum-scale estimate does. The review's cost item reads it.
// The same rule reports every price missing from the catalog as a warning with the rule id
// costPriceMissingRuleId() ("cost-price-missing"): such a line would count as $0.
class BudgetRule
{
public:
    static FindingRule make(const PricingCatalog &catalog);
    // nullptr: PricingCatalog::standard(), looked up when the rule runs.
    static FindingRule make(const PricingCatalog *catalog);
    // Adds the rule and CapacitySavingsRule, priced with PricingCatalog::standard(), to FindingRules::standard() for
    // the whole process. Idempotent. Front ends call it at start-up (the CLI's cost command
    // file does; the GUI calls it in main()).
    static void registerStandard();
};

} // namespace Infra
