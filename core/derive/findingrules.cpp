#include "findingrules.h"

#include "builtinrules.h"

#include "capacity/capacityrules.h"
#include "cost/budgetrule.h"
#include "cost/capacitysavingsrule.h"

#include <QMutex>

namespace Infra {

namespace {

struct Extras
{
    QMutex mutex;
    FindingRules rules;
};

Extras &extras()
{
    static Extras e;
    return e;
}

} // namespace

void FindingRules::add(FindingRule rule)
{
    for (FindingRule &r : m_rules) {
        if (r.id == rule.id) {
            r = std::move(rule);
            return;
        }
    }
    m_rules.push_back(std::move(rule));
}

bool FindingRules::contains(const QString &id) const
{
    return rule(id) != nullptr;
}

const FindingRule *FindingRules::rule(const QString &id) const
{
    for (const FindingRule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

std::vector<Finding> FindingRules::run(const Design &design, const DerivedModel &model) const
{
    std::vector<Finding> out;
    for (const FindingRule &r : m_rules) {
        if (r.check)
            r.check(design, model, out);
    }
    return out;
}

FindingRules FindingRules::builtin()
{
    static const FindingRules rules = [] {
        FindingRules r;
        BuiltinRules::addDataRules(r);
        BuiltinRules::addServiceRules(r);
        CapacityRules::add(r);
        BuiltinRules::addConsistencyRules(r);
        return r;
    }();
    return rules;
}

FindingRules FindingRules::standard()
{
    FindingRules r = builtin();
    // The cost engine's budget rule is standard in every front end (studio, CLI, tests): one
    // place, not a registration each front end has to remember (the studio missed it, issue 18).
    r.add(BudgetRule::make(nullptr));
    // The other priced rule: over-provisioned services with their saving (issue 15).
    r.add(CapacitySavingsRule::make(nullptr));
    Extras &e = extras();
    QMutexLocker lock(&e.mutex);
    for (const FindingRule &extra : e.rules.rules())
        r.add(extra);
    return r;
}

void FindingRules::registerExtra(FindingRule rule)
{
    Extras &e = extras();
    QMutexLocker lock(&e.mutex);
    e.rules.add(std::move(rule));
}

QString costOverBudgetRuleId()
{
    return QStringLiteral("cost-over-budget");
}

QString costPriceMissingRuleId()
{
    return QStringLiteral("cost-price-missing");
}

} // namespace Infra
