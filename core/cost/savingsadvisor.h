#pragma once

#include "costengine.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Infra {

class Design;

// One concrete way to spend less, from the playbook's cost-optimisation checklist.
struct Suggestion
{
    QString id;             // "graviton", "gp3", "savings-plan", "rds-reserved", "cache-reserved",
                            // "fargate-spot", "s3-lifecycle", "cloudfront-compression",
                            // "rds-right-size", "scheduled-scaling", "single-nat"
    QString componentId;    // the component concerned; empty for design-wide suggestions
    QString title;          // "Run web on Graviton (arm64)"
    QString rationale;      // how the saving was computed
    QString tradeOff;       // what it costs in risk, effort or flexibility
    double monthlySaving = 0; // USD per month at the desired column (0 when only performance changes)
    QStringList overrides;  // scenario overrides that make the change ("web.architecture=arm64")
    CostOptions options;    // for commitments: the discount options that make the change
    bool isCommitment = false;
};

// Turns the playbook's checklist into suggestions for one design: each saving is the
// difference between the estimate and the estimate of the changed design (or options), so it
// agrees with what "apply" shows. Suggestions saving nothing are left out, except gp2 → gp3,
// which is priced the same on RDS but buys a better baseline.
class SavingsAdvisor
{
public:
    explicit SavingsAdvisor(const CostEngine &engine);

    std::vector<Suggestion> suggest(const Design &design, const CostOptions &options = {}) const;

private:
    const CostEngine *m_engine;
};

} // namespace Infra
