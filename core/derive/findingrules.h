#pragma once

#include "finding.h"

#include <QString>

#include <functional>
#include <vector>

namespace Infra {

class Design;
class DerivedModel;

// One rule of the findings engine. `check` sees the design and the derived model with its
// connections, security groups, pools and scaling plans already computed (not findings)
// and appends what it finds.
struct FindingRule
{
    QString id;                // "rds-multi-az"; each finding carries it
    Finding::Severity severity = Finding::Severity::Warning;  // the usual severity (documentation)
    QString title;             // "RDS is Multi-AZ in production"
    std::function<void(const Design &, const DerivedModel &, std::vector<Finding> &)> check;
};

// An ordered set of rules. builtin() holds this module's rules; other modules add theirs
// (the cost engine's budget rule, for instance) either per model — derive(design, rules) —
// or process-wide with registerExtra(), which standard() then includes. A rule whose id is
// already present replaces it.
class FindingRules
{
public:
    void add(FindingRule rule);
    bool contains(const QString &id) const;
    const FindingRule *rule(const QString &id) const;
    const std::vector<FindingRule> &rules() const { return m_rules; }

    std::vector<Finding> run(const Design &design, const DerivedModel &model) const;

    static FindingRules builtin();
    static FindingRules standard();          // builtin() + registerExtra()'d rules
    static void registerExtra(FindingRule rule);

private:
    std::vector<FindingRule> m_rules;
};

// Rule id the cost engine uses for "estimated monthly cost above the budget"; the review's
// cost item reads its outcome when a rule with this id is present.
QString costOverBudgetRuleId();
// Rule id of "a price is missing from the catalog" (the same rule: the estimate is partial).
QString costPriceMissingRuleId();

} // namespace Infra
