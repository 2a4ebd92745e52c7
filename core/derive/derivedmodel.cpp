#include "derivedmodel.h"

#include "keyeddiff.h"

#include "model/design.h"

#include <QSet>

#include <algorithm>

namespace Infra {

bool DerivedDelta::isEmpty() const
{
    return connectionsAdded.isEmpty() && connectionsRemoved.isEmpty() && connectionsChanged.isEmpty()
        && securityGroupsChanged.isEmpty() && componentsChanged.isEmpty() && !poolsChanged && !scalingChanged
        && !findingsChanged && !reviewChanged && !capacityChanged;
}

DerivedModel DerivedModel::derive(const Design &design, const FindingRules &rules, std::shared_ptr<const CostEstimate> cost,
                                  Parts parts, std::optional<std::vector<Connection>> connections)
{
    DerivedModel m;
    m.m_rules = rules;
    m.m_cost = std::move(cost);
    m.m_connections = connections ? std::move(*connections) : deriveConnections(design);
    m.m_securityGroups = deriveSecurityGroups(design, m.m_connections);
    m.m_pools = PoolCalculation::compute(design);
    m.m_scaling = ScalingPlan::plan(design, m.m_pools);
    m.m_capacity = CapacityReport::compute(design, m.m_pools);
    m.rebuildIndex();
    // Rules see everything but the findings; the review sees the findings too.
    m.m_findings = rules.run(design, m);
    m.m_findingsByComponent.clear();
    for (size_t i = 0; i < m.m_findings.size(); ++i)
        m.m_findingsByComponent[m.m_findings[i].componentId].append(int(i));
    if (parts == Parts::All)
        m.m_review = ReviewItem::review(design, m);
    return m;
}

DerivedDelta DerivedModel::update(const Design &design, const DesignChange &change, std::shared_ptr<const CostEstimate> cost)
{
    if (!change.affectsDerivation()) {
        if (cost)
            m_cost = std::move(cost);
        return {};
    }
    DerivedModel next = derive(design, m_rules, std::move(cost));
    DerivedDelta delta = difference(*this, next);
    *this = std::move(next);
    return delta;
}

DerivedDelta DerivedModel::difference(const DerivedModel &before, const DerivedModel &after)
{
    DerivedDelta d;
    QSet<QString> touched;
    auto touchConnection = [&](const Connection &c) {
        touched.insert(c.source);
        touched.insert(c.target);
    };
    using KeyedDiff::inOrder;
    inOrder(before.m_connections, after.m_connections, &Connection::id, &d.connectionsAdded, &d.connectionsRemoved,
            &d.connectionsChanged, touchConnection);
    QStringList sgChanged;
    inOrder(before.m_securityGroups, after.m_securityGroups, &SecurityGroup::tier, &sgChanged, &sgChanged, &sgChanged,
            [](const SecurityGroup &) {});
    d.securityGroupsChanged = sgChanged;
    QStringList scalingIds;
    inOrder(before.m_scaling, after.m_scaling, &ScalingPlan::componentId, &scalingIds, &scalingIds, &scalingIds,
            [&](const ScalingPlan &s) { touched.insert(s.componentId); });
    d.scalingChanged = !scalingIds.isEmpty();
    d.poolsChanged = !(before.m_pools == after.m_pools);
    if (d.poolsChanged) {
        inOrder(before.m_pools.contributions, after.m_pools.contributions, &PoolContribution::componentId, nullptr, nullptr,
                nullptr, [&](const PoolContribution &k) { touched.insert(k.componentId); });
        if (before.m_pools.databaseId == after.m_pools.databaseId && !after.m_pools.databaseId.isEmpty())
            touched.insert(after.m_pools.databaseId);
    }
    QStringList findingKeys;
    // Equal parts make equal keys without building them (the key is their concatenation).
    inOrder(before.m_findings, after.m_findings, [](const Finding &f) { return f.key(); },
            [](const Finding &a, const Finding &b) {
                return a.ruleId == b.ruleId && a.componentId == b.componentId && a.message == b.message;
            },
            &findingKeys, &findingKeys, &findingKeys, [&](const Finding &f) { touched.insert(f.componentId); });
    d.findingsChanged = !findingKeys.isEmpty() || before.m_findings.size() != after.m_findings.size();
    d.reviewChanged = before.m_review != after.m_review;
    if (!(before.m_capacity == after.m_capacity)) {
        d.capacityChanged = true;
        // Components whose bars moved (the inspector repaints only those).
        const auto was = before.m_capacity.allFacts();
        const auto now = after.m_capacity.allFacts();
        QHash<QString, QList<const CapacityFact *>> old;
        for (const auto &[id, f] : was)
            old[id].append(&f);
        QHash<QString, QList<const CapacityFact *>> fresh;
        for (const auto &[id, f] : now)
            fresh[id].append(&f);
        auto same = [](const QList<const CapacityFact *> &a, const QList<const CapacityFact *> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (!(*a[i] == *b[i]))
                    return false;
            }
            return true;
        };
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            if (!same(old.value(it.key()), it.value()))
                touched.insert(it.key());
        }
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (!fresh.contains(it.key()))
                touched.insert(it.key());
        }
    }
    touched.remove(QString());
    touched.remove(internetEndpoint());
    d.componentsChanged = QStringList(touched.cbegin(), touched.cend());
    d.componentsChanged.sort();
    return d;
}

void DerivedModel::rebuildIndex()
{
    m_connectionIndex.clear();
    m_connectionsByComponent.clear();
    m_connectionIndex.reserve(qsizetype(m_connections.size()));
    // Room for every end at once instead of growing through several rehashes.
    m_connectionsByComponent.reserve(qsizetype(m_connections.size()));
    for (size_t i = 0; i < m_connections.size(); ++i) {
        const Connection &c = m_connections[i];
        m_connectionIndex.insert(c.id, int(i));
        m_connectionsByComponent[c.source].append(int(i));
        m_connectionsByComponent[c.target].append(int(i));
    }
    m_scalingIndex.clear();
    for (size_t i = 0; i < m_scaling.size(); ++i)
        m_scalingIndex.insert(m_scaling[i].componentId, int(i));
}

const Connection *DerivedModel::connection(const QString &id) const
{
    const auto it = m_connectionIndex.constFind(id);
    return it == m_connectionIndex.constEnd() ? nullptr : &m_connections[size_t(it.value())];
}

std::vector<const Connection *> DerivedModel::connectionsOf(const QString &componentId) const
{
    std::vector<const Connection *> r;
    for (int i : m_connectionsByComponent.value(componentId))
        r.push_back(&m_connections[size_t(i)]);
    return r;
}

const SecurityGroup *DerivedModel::securityGroup(const QString &tier) const
{
    for (const SecurityGroup &g : m_securityGroups) {
        if (g.tier == tier)
            return &g;
    }
    return nullptr;
}

const ScalingPlan *DerivedModel::scalingPlan(const QString &componentId) const
{
    const auto it = m_scalingIndex.constFind(componentId);
    return it == m_scalingIndex.constEnd() ? nullptr : &m_scaling[size_t(it.value())];
}

std::vector<const Finding *> DerivedModel::findingsFor(const QString &componentId) const
{
    std::vector<const Finding *> r;
    for (int i : m_findingsByComponent.value(componentId))
        r.push_back(&m_findings[size_t(i)]);
    return r;
}

int DerivedModel::count(Finding::Severity severity) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(), [severity](const Finding &f) { return f.severity == severity; }));
}

} // namespace Infra
