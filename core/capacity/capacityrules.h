#pragma once

namespace Infra {

class FindingRules;

// The capacity findings (issue 15): under-provisioned tiers (errors when the peak cannot be
// served or the data will not fit, warnings above the target utilisation), the p95 target,
// memory per task, storage, IOPS, connections and Redis memory. They read the capacity report
// of the derived model. The over-provisioning note lives in core/cost (it needs prices).
namespace CapacityRules {
void add(FindingRules &rules);
}

} // namespace Infra
