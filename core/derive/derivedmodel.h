#pragma once

#include "capacity/capacityreport.h"
#include "cost/costestimate.h"
#include "connection.h"
#include "finding.h"
#include "findingrules.h"
#include "poolcalculation.h"
#include "reviewitem.h"
#include "scalingplan.h"
#include "securitygroup.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Infra {

class Design;
struct DesignChange;

// What moved between two derivations, so views repaint only that.
struct DerivedDelta
{
    QStringList connectionsAdded;     // connection ids
    QStringList connectionsRemoved;
    QStringList connectionsChanged;   // same id, other port/roles/tls/…
    QStringList securityGroupsChanged; // tiers whose group appeared, vanished or changed rules
    QStringList componentsChanged;    // components whose connections, scaling plan, pool share or findings changed
    bool poolsChanged = false;
    bool scalingChanged = false;
    bool findingsChanged = false;
    bool reviewChanged = false;
    bool capacityChanged = false;

    bool isEmpty() const;
};

// Everything that follows from a design: connections, security groups, the connection-pool
// calculation, scaling plans, the capacity model, findings and the review report. A plain value; the GUI keeps
// one next to the document and calls update() after each DesignChange.
class DerivedModel
{
public:
    DerivedModel() = default;

    // `cost`: the design's estimate at the standard catalog, when the caller already has one
    // (the GUI's document prices each change once and shares it): the cost rules read it
    // instead of pricing the design again. Without one, they price it themselves.
    // `parts`: WithoutReview leaves review() empty, for a caller that reads the findings only
    // (the diagram's cards): the review is the last step and nothing else depends on it.
    // `connections`: deriveConnections(design), when the caller derived them already (the
    // diagram renderer routes them while the rest is derived).
    enum class Parts { All, WithoutReview };
    static DerivedModel derive(const Design &design, const FindingRules &rules = FindingRules::standard(),
                               std::shared_ptr<const CostEstimate> cost = {}, Parts parts = Parts::All,
                               std::optional<std::vector<Connection>> connections = std::nullopt);

    // Brings the model up to date with `design` after `change` and reports what moved.
    // Changes that cannot alter derived facts (moves, renames) return an empty delta at once.
    DerivedDelta update(const Design &design, const DesignChange &change, std::shared_ptr<const CostEstimate> cost = {});

    // Compares two models (what update() reports).
    static DerivedDelta difference(const DerivedModel &before, const DerivedModel &after);

    const std::vector<Connection> &connections() const { return m_connections; }
    const Connection *connection(const QString &id) const;
    std::vector<const Connection *> connectionsOf(const QString &componentId) const; // either end

    const std::vector<SecurityGroup> &securityGroups() const { return m_securityGroups; }
    const SecurityGroup *securityGroup(const QString &tier) const;

    const PoolCalculation &pools() const { return m_pools; }

    const std::vector<ScalingPlan> &scalingPlans() const { return m_scaling; }
    const ScalingPlan *scalingPlan(const QString &componentId) const;

    // The capacity model at the workload's traffic (core/capacity), before the findings.
    const CapacityReport &capacity() const { return m_capacity; }

    const std::vector<Finding> &findings() const { return m_findings; }
    std::vector<const Finding *> findingsFor(const QString &componentId) const;
    int count(Finding::Severity severity) const;
    bool hasErrors() const { return count(Finding::Severity::Error) > 0; }

    const std::vector<ReviewItem> &review() const { return m_review; }

    const FindingRules &rules() const { return m_rules; }

    // The estimate given to derive() or update(), or null (see derive()).
    const CostEstimate *cost() const { return m_cost.get(); }

    // Stage-wise derivation, for tests and for modules that need one part only.
    static std::vector<Connection> deriveConnections(const Design &design);
    static std::vector<SecurityGroup> deriveSecurityGroups(const Design &design, const std::vector<Connection> &connections);

private:
    void rebuildIndex();

    FindingRules m_rules;
    std::shared_ptr<const CostEstimate> m_cost;
    std::vector<Connection> m_connections;
    std::vector<SecurityGroup> m_securityGroups;
    PoolCalculation m_pools;
    std::vector<ScalingPlan> m_scaling;
    CapacityReport m_capacity;
    std::vector<Finding> m_findings;
    std::vector<ReviewItem> m_review;

    QHash<QString, int> m_connectionIndex;            // id → index
    QHash<QString, QList<int>> m_connectionsByComponent;
    QHash<QString, QList<int>> m_findingsByComponent;
    QHash<QString, int> m_scalingIndex;               // component id → index
};

} // namespace Infra
