#include "scenario.h"

#include "model/paramspec.h"

#include <QHash>

namespace Infra {

namespace {

const Section allSections[] = {Section::Settings, Section::Network, Section::Workload, Section::Celery};

QString resolveAlias(const QString &key)
{
    if (key == QLatin1String("desired"))
        return QStringLiteral("desired_tasks");
    if (key == QLatin1String("min"))
        return QStringLiteral("min_tasks");
    if (key == QLatin1String("max"))
        return QStringLiteral("max_tasks");
    return key;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<QVariant> ParameterOverride::convert(const ParamSpec &spec, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    bool ok = false;
    switch (spec.type) {
    case ParamType::Bool: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("on") || l == QLatin1String("1"))
            return QVariant(true);
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("off") || l == QLatin1String("0"))
            return QVariant(false);
        setError(error, QStringLiteral("'%1' must be true or false, not \"%2\"").arg(spec.key, t));
        return std::nullopt;
    }
    case ParamType::Int: {
        const qint64 v = t.toLongLong(&ok);
        if (!ok) {
            setError(error, QStringLiteral("'%1' must be a whole number, not \"%2\"").arg(spec.key, t));
            return std::nullopt;
        }
        return QVariant(v);
    }
    case ParamType::Double: {
        const double v = t.toDouble(&ok);
        if (!ok) {
            setError(error, QStringLiteral("'%1' must be a number, not \"%2\"").arg(spec.key, t));
            return std::nullopt;
        }
        return QVariant(v);
    }
    case ParamType::String:
    case ParamType::Enum: return QVariant(t);
    case ParamType::StringList: {
        QStringList items;
        for (const QString &item : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
        return QVariant(items);
    }
    case ParamType::StringMap:
        setError(error, QStringLiteral("'%1' is a map and cannot be set as a single value").arg(spec.key));
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<ParameterOverride> ParameterOverride::parse(const QString &text, const Design &design, QString *error)
{
    ParameterOverride o;
    o.text = text;
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        setError(error, QStringLiteral("\"%1\": expected id.key=value").arg(text));
        return std::nullopt;
    }
    const QString path = text.left(eq).trimmed();
    const QString value = text.mid(eq + 1);
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        o.target = sectionName(Section::Settings);
        o.key = path;
    } else {
        o.target = path.left(dot);
        o.key = resolveAlias(path.mid(dot + 1));
    }

    const ParamSchema *schema = nullptr;
    if (const Component *c = design.component(o.target)) {
        schema = &kindSchema(c->kind);
    } else {
        for (Section s : allSections) {
            if (sectionName(s) == o.target) {
                o.isSection = true;
                o.section = s;
                schema = &sectionSchema(s);
            }
        }
    }
    if (!schema) {
        QStringList names;
        for (const Component &c : design.components())
            names.append(c.id);
        for (Section s : allSections)
            names.append(sectionName(s));
        const QStringList near = nearestNames(o.target, names, 3);
        setError(error, QStringLiteral("\"%1\": no component or section '%2'%3").arg(text, o.target,
                     near.isEmpty() ? QString() : QStringLiteral(" (did you mean %1?)").arg(near.join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    const ParamSpec *spec = schema->find(o.key);
    if (!spec) {
        const QStringList near = nearestNames(o.key, schema->keys(), 3);
        setError(error, QStringLiteral("\"%1\": %2 has no parameter '%3'%4").arg(text, o.target, o.key,
                     near.isEmpty() ? QString() : QStringLiteral(" (did you mean %1?)").arg(near.join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    QString why;
    const auto converted = convert(*spec, value, &why);
    if (!converted) {
        setError(error, QStringLiteral("\"%1\": %2").arg(text, why));
        return std::nullopt;
    }
    o.value = *converted;
    return o;
}

Mutation ParameterOverride::applyTo(Design &design) const
{
    return isSection ? design.setSectionValue(section, key, value) : design.setParameter(target, key, value);
}

Scenario::Scenario(Design base, QString name)
    : m_base(std::move(base)), m_design(m_base), m_name(std::move(name))
{
}

bool Scenario::addOverride(const QString &text, QString *error)
{
    const auto o = ParameterOverride::parse(text, m_design, error);
    return o && addOverride(*o, error);
}

bool Scenario::addOverride(const ParameterOverride &override, QString *error)
{
    const Mutation m = override.applyTo(m_design);
    if (!m.ok) {
        setError(error, QStringLiteral("\"%1\": %2").arg(override.text.isEmpty() ? override.target + QLatin1Char('.') + override.key : override.text, m.error));
        return false;
    }
    m_overrides.append(override);
    return true;
}

Scenario Scenario::fromSaved(const Design &design, const SavedScenario &saved, QString *error)
{
    Scenario scenario(design, saved.name);
    for (const QString &o : saved.overrides) {
        if (!scenario.addOverride(o, error))
            break;
    }
    return scenario;
}

ScenarioResult Scenario::evaluate(const CostEngine &engine, const CostOptions &options) const
{
    ScenarioResult r;
    r.base = engine.estimate(m_base, options);
    r.scenario = engine.estimate(m_design, options);
    return r;
}

std::vector<ScenarioResult::ComponentDelta> ScenarioResult::componentDeltas() const
{
    std::vector<ComponentDelta> result;
    for (const ComponentCost &c : base.components) {
        ComponentDelta d{c.id, c.name, c.total, {}};
        if (const ComponentCost *s = scenario.component(c.id))
            d.scenario = s->total;
        result.push_back(d);
    }
    for (const ComponentCost &c : scenario.components) {
        if (!base.component(c.id))
            result.push_back({c.id, c.name, {}, c.total});
    }
    return result;
}

double ScenarioComparison::delta(size_t column, ScaleColumn scale) const
{
    if (column >= columns.size() || !columns[column].applies())
        return 0;
    return columns[column].estimate.total.v[size_t(scale)] - columns.front().estimate.total.v[size_t(scale)];
}

double ScenarioComparison::lineDelta(const Line &line, size_t column, ScaleColumn scale) const
{
    if (column >= line.amounts.size() || !columns[column].applies())
        return 0;
    return line.amounts[column].v[size_t(scale)] - line.amounts.front().v[size_t(scale)];
}

ScenarioComparison ScenarioComparison::compare(const Design &design, const QList<SavedScenario> &scenarios, const CostEngine &engine,
                                               const CostOptions &options, const CostEstimate *designEstimate)
{
    ScenarioComparison result;
    result.columns.push_back({QStringLiteral("design"), {}, designEstimate ? *designEstimate : engine.estimate(design, options), {}});
    for (const SavedScenario &saved : scenarios) {
        Column column{saved.name, saved.overrides, {}, {}};
        const Scenario scenario = Scenario::fromSaved(design, saved, &column.error);
        if (column.applies())
            column.estimate = engine.estimate(scenario.design(), options);
        result.columns.push_back(std::move(column));
    }
    // Lines by component and key, in the order they first appear (the design's first).
    QHash<QString, size_t> index;
    const size_t count = result.columns.size();
    for (size_t col = 0; col < count; ++col) {
        for (const ComponentCost &c : result.columns[col].estimate.components) {
            for (const LineItem &item : c.items) {
                const QString key = c.id + QLatin1Char('\n') + item.key;
                auto it = index.constFind(key);
                if (it == index.cend()) {
                    it = index.insert(key, result.lines.size());
                    result.lines.push_back({c.id, c.name, c.nameText(), item.key, item.label, item.labelText,
                                            std::vector<Amounts>(count)});
                }
                result.lines[*it].amounts[col] += item.amount;
            }
        }
    }
    return result;
}

} // namespace Infra
