#pragma once

#include "model/design.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace Infra {

// "Size for workload" (issue 15): the design with task counts, Fargate task sizes, the
// database's instance class, storage and IOPS and the Redis node type set to the smallest
// options that carry the workload at the target utilisation. Only parameters the capacity
// model reads change; storage never shrinks (RDS cannot shrink allocated storage), and
// instance classes and node types stay in their family (db.r6g.*, cache.r6g.*).
struct CapacityFit
{
    struct Change
    {
        QString componentId;
        QString key;
        QVariant before;
        QVariant after;
        bool operator==(const Change &other) const = default;
    };

    Design design;                // the sized design
    std::vector<Change> changes;  // in component order; empty when the design already fits
    QStringList notes;            // what sizing could not reach (e.g. a p95 the service time alone misses)

    static CapacityFit fit(const Design &design);

    // `design` with its traffic scaled by `factor`: avg_rps, peak_rps and every worker group's
    // arrival_rate (values clamped to their schema range). The capacity chart sizes these.
    static Design withTraffic(const Design &design, double factor);
};

} // namespace Infra
