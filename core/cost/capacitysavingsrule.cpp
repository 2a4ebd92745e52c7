#include "capacitysavingsrule.h"

#include "costengine.h"
#include "costreport.h"
#include "derive/derivedmodel.h"
#include "model/design.h"

#include <algorithm>

namespace Infra {

QString CapacitySavingsRule::ruleId()
{
    return QStringLiteral("capacity-over-provisioned");
}

FindingRule CapacitySavingsRule::make(const PricingCatalog *catalog)
{
    FindingRule rule;
    rule.id = ruleId();
    rule.severity = Finding::Severity::Info;
    rule.title = QStringLiteral("Desired task counts do not exceed what the peak needs");
    rule.check = [catalog](const Design &design, const DerivedModel &model, std::vector<Finding> &out) {
        struct Surplus
        {
            QString id;
            int desired, peak, sized;
        };
        std::vector<Surplus> surplus;
        const CapacityReport &r = model.capacity();
        for (const WebCapacity &w : r.web) {
            if (w.requiredPeak >= 0 && w.desiredTasks > std::max(w.minTasks, w.requiredPeak))
                surplus.push_back({w.componentId, w.desiredTasks, w.requiredPeak, std::max(w.minTasks, w.requiredAvg)});
        }
        for (const CeleryCapacity &k : r.celery) {
            if (k.requiredPeak >= 0 && k.desiredTasks > std::max(k.minTasks, k.requiredPeak))
                surplus.push_back({k.componentId, k.desiredTasks, k.requiredPeak, std::max(k.minTasks, k.requiredAvg)});
        }
        if (surplus.empty())
            return;
        const PricingCatalog *prices = catalog ? catalog : &PricingCatalog::standard();
        const CostEngine engine(*prices);
        for (const Surplus &s : surplus) {
            // The saving is the service's own cost at the two task counts: priced on a design
            // holding the same settings, network and workload and only that service, so each
            // surplus costs two small estimates instead of two of the whole design (which made
            // this rule quadratic: 2,000 components took 160 ms).
            const Component *service = design.component(s.id);
            if (!service)
                continue;
            Design alone;
            alone.assign(design.section(Section::Settings), design.section(Section::Network), design.section(Section::Workload),
                         design.section(Section::Celery), {}, {*service}, {});
            Design sized = alone;
            if (!sized.setParameter(s.id, QStringLiteral("desired_tasks"), qint64(s.sized)).ok)
                continue;
            const CostEstimate before = engine.estimate(alone, {}, CostEngine::Detail::TotalsOnly);
            const CostEstimate after = engine.estimate(sized, {}, CostEngine::Detail::TotalsOnly);
            const bool priced = before.isValid() && after.isValid();
            const double saving = priced ? before.total.desired() - after.total.desired() : 0.0;
            Text message = priced
                ? trText("Infra::Rules", "%1 runs %2 desired tasks while the peak needs %3 and the average %4: about %5 USD a month more than needed")
                      .arg(s.id).arg(s.desired).arg(s.peak).arg(s.sized).argAmount(CostReport::cents(saving), 2)
                : trText("Infra::Rules", "%1 runs %2 desired tasks while the peak needs %3 and the average %4")
                      .arg(s.id).arg(s.desired).arg(s.peak).arg(s.sized);
            out.push_back(Finding::make(ruleId(), Finding::Severity::Info, s.id, std::move(message),
                                        trText("Infra::Rules", "Set desired_tasks to %1 on %2 and let autoscaling add tasks at the peak (infra-studio-cli capacity --fit)")
                                            .arg(s.sized).arg(s.id)));
        }
    };
    return rule;
}

} // namespace Infra
