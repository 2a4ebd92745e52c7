#pragma once

#include "derive/findingrules.h"

namespace Infra {

class PricingCatalog;

// The findings rule "capacity-over-provisioned" (issue 15): an info finding when an ECS web
// service or Celery worker group runs more desired tasks than even the workload's peak needs
// at the target utilisation, with the monthly saving of desired = max(min, average need)
// priced by the cost engine. The cost engine runs only for a service that is over-provisioned.
class CapacitySavingsRule
{
public:
    static QString ruleId(); // "capacity-over-provisioned"
    // nullptr: PricingCatalog::standard(), looked up when the rule runs.
    static FindingRule make(const PricingCatalog *catalog);
};

} // namespace Infra
