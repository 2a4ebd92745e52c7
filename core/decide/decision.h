#pragma once

#include "text/text.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace Infra {

// One row of a playbook decision table, evaluated on a design: what this design has, the
// threshold that decides the row and where that threshold comes from, and the option it
// points to.
struct DecisionFactor
{
    enum class Side { First = 0, Second = 1, Neither = -1 };

    QString key;     // stable: "scale", "iops", …
    Text label;      // "Scale"
    Text value;      // "3,050 GB in 12 months"
    Text threshold;  // "Aurora from 1,000 GB (1 TB)"
    Text source;     // "Playbook, RDS PostgreSQL vs Aurora PostgreSQL: Scale"
    Side side = Side::Neither;
};

// The monthly cost of the design as it is and with the other option applied (USD per month,
// min / desired / max columns), where the cost engine can model both.
struct DecisionCost
{
    std::array<double, 3> current{0, 0, 0};
    std::array<double, 3> alternative{0, 0, 0};
    double delta(int column = 1) const { return alternative[size_t(column)] - current[size_t(column)]; }
};

// One of the playbook's five decision tables applied to a design: every factor row, the
// recommendation, what the design does now and, where a conversion exists, its cost.
struct Decision
{
    QString id;                     // "scaling", "scheduler", "database", "cache", "orchestration"
    QString adr;                    // "ADR-002": the exported record of this decision
    Text title;                     // "RDS PostgreSQL vs Aurora PostgreSQL"
    std::array<QString, 2> optionKeys; // "rds", "aurora": stable, for JSON
    std::array<Text, 2> options;    // "RDS PostgreSQL", "Aurora PostgreSQL"
    std::vector<DecisionFactor> factors;
    int recommended = 0;            // index into options
    int current = -1;               // what the design does; -1 when it has neither (not applicable)
    Text currentText;               // "RDS PostgreSQL db (db.r6g.large, Multi-AZ, 0 read replicas)"
    std::vector<Text> reasons;      // why the recommendation
    QString conversion;             // the conversion from the current option to the other one, if any
    Text conversionBlocked;         // why there is no Apply where the two differ (EKS: no emitter)
    std::optional<DecisionCost> cost;
    Text costNote;                  // why no cost delta, when cost is empty

    bool isApplicable() const { return current >= 0; }
    bool differs() const { return current >= 0 && current != recommended; }
    bool canApply() const { return differs() && !conversion.isEmpty() && conversionBlocked.isEmpty(); }
    int pointsTo(int side) const; // the factor rows pointing to option `side`
};

} // namespace Infra
