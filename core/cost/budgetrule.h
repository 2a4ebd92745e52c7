#pragma once

#include "derive/findingrules.h"

namespace Infra {

class PricingCatalog;

// The findings rule costOverBudgetRuleId() ("cost-over-budget"): a warning when the monthly
// estimate at desired scale exceeds the workload's monthly_budget_usd (0 = no budget), and
// an info finding when only the maximum-scale estimate does. The review's cost item reads it.
// The same rule reports every price missing from the catalog as a warning with the rule id
// costPriceMissingRuleId() ("cost-price-missing"): such a line would count as $0.
// FindingRules::standard() includes it (make(nullptr)), so studio and CLI share one registration.
class BudgetRule
{
public:
    static FindingRule make(const PricingCatalog &catalog);
    // nullptr: PricingCatalog::standard(), looked up when the rule runs.
    static FindingRule make(const PricingCatalog *catalog);
};

} // namespace Infra
