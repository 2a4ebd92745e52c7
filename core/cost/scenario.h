#pragma once

#include "costengine.h"
#include "model/design.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace Infra {

// One what-if change: "web.desired_tasks=10", "db.instance_class=db.r6g.xlarge",
// "workload.avg_rps=400", "network.nat_gateways=1", "region=eu-west-1" (a bare key is a
// top-level setting). The target is a component id, else a section name (settings, network,
// workload, celery). "desired", "min" and "max" abbreviate desired_tasks, min_tasks, max_tasks.
struct ParameterOverride
{
    QString text;              // as written
    QString target;            // component id, or the section name
    QString key;               // the schema key (aliases resolved)
    QVariant value;            // typed for the schema
    bool isSection = false;
    Section section = Section::Settings;

    // Parses `text` against `design`'s components and schemas (value types, key names).
    static std::optional<ParameterOverride> parse(const QString &text, const Design &design, QString *error = nullptr);
    // Converts the text of a value to the type `spec` expects.
    static std::optional<QVariant> convert(const ParamSpec &spec, const QString &text, QString *error = nullptr);
    // Applies it through Design's mutations (so every schema check runs).
    Mutation applyTo(Design &design) const;
};

// Base and scenario side by side (cost --compare, the GUI's what-if panel).
struct ScenarioResult
{
    struct ComponentDelta
    {
        QString id;
        QString name;
        Amounts base;
        Amounts scenario;
        Amounts delta() const { return scenario - base; }
    };

    CostEstimate base;
    CostEstimate scenario;

    bool isValid() const { return base.isValid() && scenario.isValid(); }
    Amounts delta() const { return scenario.total - base.total; }
    Amounts categoryDelta(CostCategory c) const { return scenario.category(c) - base.category(c); }
    // Every component of either estimate, in base order then the scenario's new ones.
    std::vector<ComponentDelta> componentDeltas() const;
};

// A design plus overrides. Overrides are checked when added (an invalid one is refused with
// the reason and leaves the scenario unchanged), so design() is always a valid design.
class Scenario
{
public:
    Scenario() = default;
    explicit Scenario(Design base, QString name = {});

    const Design &base() const { return m_base; }
    const Design &design() const { return m_design; } // base with every override applied
    QString name() const { return m_name; }
    const QList<ParameterOverride> &overrides() const { return m_overrides; }

    bool addOverride(const QString &text, QString *error = nullptr);
    bool addOverride(const ParameterOverride &override, QString *error = nullptr);

    // A scenario saved in `design`, its overrides applied in order. The first one that no
    // longer applies (its component was deleted, a value out of range) stops it: `error` says
    // which and why, and the overrides before it stay applied.
    static Scenario fromSaved(const Design &design, const SavedScenario &saved, QString *error = nullptr);

    // Prices base and scenario with the same options.
    ScenarioResult evaluate(const CostEngine &engine, const CostOptions &options = {}) const;

private:
    Design m_base;
    Design m_design;
    QString m_name;
    QList<ParameterOverride> m_overrides;
};

// The design and saved scenarios side by side, every column priced with the same options
// (cost --scenarios, the cost panel's comparison): totals per column, and each cost line
// (component id + line key) in the design's order, then the lines only a scenario has.
struct ScenarioComparison
{
    struct Column
    {
        QString name;          // "design" for the first column
        QStringList overrides; // as saved
        CostEstimate estimate; // empty when the scenario does not apply
        QString error;         // why it does not apply
        bool applies() const { return error.isEmpty(); }
    };
    struct Line
    {
        QString componentId;
        QString componentName;
        Text componentNameText;
        QString itemKey;
        QString label;
        Text labelText;
        std::vector<Amounts> amounts; // one per column; zero where the line is absent
    };

    std::vector<Column> columns; // [0] is the design
    std::vector<Line> lines;

    // Column `column`'s total minus the design's (desired scale unless told).
    double delta(size_t column, ScaleColumn scale = ScaleColumn::Desired) const;
    double lineDelta(const Line &line, size_t column, ScaleColumn scale = ScaleColumn::Desired) const;

    // Prices `design` and each of `scenarios` (saved in it, or any others) with `options`.
    // `designEstimate`: the design's estimate with those options and engine when the caller
    // has it already (the studio's document prices each change once); else priced here.
    static ScenarioComparison compare(const Design &design, const QList<SavedScenario> &scenarios, const CostEngine &engine,
                                      const CostOptions &options = {}, const CostEstimate *designEstimate = nullptr);
};

} // namespace Infra
