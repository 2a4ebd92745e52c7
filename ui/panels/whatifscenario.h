#pragma once

#include "cost/costengine.h"
#include "cost/scenario.h"

#include <QMap>
#include <QObject>

namespace Infra {

class Document;

// The cost dock's what-if: overrides of the document's design that are priced but not
// applied (view state, never written to the design until apply()). Base and scenario are
// re-estimated when either changes; apply() pushes one ApplyScenario undo command.
class WhatIfScenario : public QObject
{
    Q_OBJECT

public:
    explicit WhatIfScenario(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    const CostEngine &engine() const { return m_engine; }

    // Sets `target.key` (a component id, or a section name with isSection) in the scenario;
    // a value equal to the design's removes the override. Raising desired tasks above the
    // maximum (or below the minimum) moves that bound too, so the result stays loadable.
    void setComponentValue(const QString &id, const QString &key, const QVariant &value);
    void setSectionValue(Section section, const QString &key, const QVariant &value);
    // Several values of one section as one change (one estimate, one changed()).
    void setSectionValues(Section section, const QList<std::pair<QString, QVariant>> &values);
    // Fargate architecture of every ECS service: arm64 (Graviton) or as designed.
    void setGraviton(bool on);
    bool isGraviton() const { return m_graviton; }
    void setSavingsPlan(CostOptions::SavingsPlan plan);
    CostOptions options() const { return m_options; }

    QList<ParameterOverride> overrides() const;
    bool hasChanges() const { return !overrides().isEmpty() || m_options != CostOptions(); }
    // The value of a parameter in the scenario (the override, else the design's).
    QVariant componentValue(const QString &id, const QString &key) const;
    QVariant sectionValue(Section section, const QString &key) const;

    const Design &design() const;            // the design with every override applied
    const CostEstimate &base() const;        // the document's design, list prices
    const CostEstimate &scenario() const;    // the scenario, with the chosen discounts

    // The overrides in the design file's form ("web.desired_tasks=10"), sorted: what
    // "Save as Scenario" stores. The Savings Plan is a purchase, not part of a scenario.
    QStringList overrideTexts() const;
    // Replaces the what-if by a saved scenario's overrides (the discount choice stays). One
    // that does not apply to the design any more is left out; `error` says which and why.
    bool load(const SavedScenario &saved, QString *error = nullptr);

    // Pushes the overrides as one undo step and clears them (the discount choice stays).
    void apply();
    // Forgets every override and discount.
    void reset();

Q_SIGNALS:
    void changed();

private:
    void setOverride(const ParameterOverride &o, const QVariant &designValue);
    bool overrideSectionValue(Section section, const QString &key, const QVariant &value);
    void invalidate(bool base);
    void ensure() const;

    Document *m_document;
    CostEngine m_engine;
    QMap<QString, ParameterOverride> m_overrides; // "target.key" → override
    bool m_graviton = false;
    CostOptions m_options;

    mutable bool m_baseDirty = true;
    mutable bool m_scenarioDirty = true;
    mutable Design m_design;
    mutable CostEstimate m_base;
    mutable CostEstimate m_scenario;
};

} // namespace Infra
