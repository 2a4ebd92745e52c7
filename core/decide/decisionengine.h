#pragma once

#include "decision.h"

#include <vector>

namespace Infra {

class CostEngine;
class Design;

// Evaluates the playbook's five decision tables (docs/decisions.md) on a design and its
// workload: horizontal vs vertical scaling, Celery Beat vs EventBridge Scheduler, RDS vs Aurora
// PostgreSQL, ElastiCache vs MemoryDB, ECS Fargate vs EKS. The exported ADRs, the CLI's
// `decide` and the decisions panel all read this one evaluation.
class DecisionEngine
{
public:
    // The thresholds the factor rows use (documented with their sources in docs/decisions.md).
    struct Thresholds
    {
        static constexpr double auroraDataGb = 1000;       // projected data at or above: Aurora (1 TB)
        static constexpr qint64 auroraIops = 100000;       // provisioned IOPS above: Aurora
        static constexpr qint64 rdsMaxReadReplicas = 5;    // read replicas above: Aurora
        static constexpr double variableTrafficRatio = 1.5; // peak ÷ average at or above: horizontal
        static constexpr double largeTaskSeconds = 300;    // a worker's mean task at or above: vertical
        static constexpr int eksTeamSize = 5;              // engineers at or above: EKS (with Kubernetes experience)
        static constexpr double subMillisecondP95Ms = 50;  // p95 target below: Redis latency is critical
    };

    // Every decision in the playbook's order; `costs` prices the conversions (nullptr: no
    // cost deltas, for callers that only need the tables).
    static std::vector<Decision> evaluate(const Design &design, const CostEngine *costs);
    static std::vector<Decision> evaluate(const Design &design);

    // One decision by id ("database"), or an empty Decision (id empty) for an unknown id.
    static Decision evaluate(const Design &design, const QString &id, const CostEngine *costs);

    static QStringList ids(); // "scaling", "scheduler", "database", "cache", "orchestration"
};

} // namespace Infra
