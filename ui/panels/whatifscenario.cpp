#include "whatifscenario.h"

#include "document.h"
#include "sectioncommands.h"

#include <QUndoStack>

namespace Infra {

WhatIfScenario::WhatIfScenario(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, [this](const DesignChange &change) {
        if (change.kind == DesignChange::Kind::Reset || change.kind == DesignChange::Kind::ComponentsRemoved) {
            // Overrides of components that are gone make no sense any more.
            for (auto it = m_overrides.begin(); it != m_overrides.end();) {
                if (!it->isSection && !m_document->design().component(it->target))
                    it = m_overrides.erase(it);
                else
                    ++it;
            }
        }
        if (change.affectsDerivation())
            invalidate(true);
    });
}

void WhatIfScenario::setOverride(const ParameterOverride &o, const QVariant &designValue)
{
    const QString key = o.target + QLatin1Char('.') + o.key;
    if (o.value == designValue)
        m_overrides.remove(key);
    else
        m_overrides.insert(key, o);
}

void WhatIfScenario::setComponentValue(const QString &id, const QString &key, const QVariant &value)
{
    const Component *c = m_document->design().component(id);
    const ParamSpec *spec = c ? kindSchema(c->kind).find(key) : nullptr;
    if (!spec)
        return;
    QVariant typed = value;
    if (spec->type == ParamType::Int)
        typed = QVariant(value.toLongLong());
    else if (spec->type == ParamType::Double)
        typed = QVariant(value.toDouble());
    ParameterOverride o;
    o.target = id;
    o.key = key;
    o.value = typed;
    o.text = id + QLatin1Char('.') + key + QLatin1Char('=') + typed.toString();
    setOverride(o, c->param(key));
    if (key == QLatin1String("desired_tasks") && kindSchema(c->kind).find(QStringLiteral("max_tasks"))) {
        const qint64 desired = typed.toLongLong();
        const qint64 max = c->intParam(QStringLiteral("max_tasks"));
        const qint64 min = c->intParam(QStringLiteral("min_tasks"));
        ParameterOverride bound = o;
        bound.key = QStringLiteral("max_tasks");
        bound.value = QVariant(std::max(desired, max));
        setOverride(bound, QVariant(max));
        bound.key = QStringLiteral("min_tasks");
        bound.value = QVariant(std::min(desired, min));
        setOverride(bound, QVariant(min));
    }
    invalidate(false);
}

void WhatIfScenario::setSectionValue(Section section, const QString &key, const QVariant &value)
{
    if (overrideSectionValue(section, key, value))
        invalidate(false);
}

void WhatIfScenario::setSectionValues(Section section, const QList<std::pair<QString, QVariant>> &values)
{
    bool any = false;
    for (const auto &[key, value] : values)
        any = overrideSectionValue(section, key, value) || any;
    if (any)
        invalidate(false);
}

bool WhatIfScenario::overrideSectionValue(Section section, const QString &key, const QVariant &value)
{
    const ParamSpec *spec = sectionSchema(section).find(key);
    if (!spec)
        return false;
    ParameterOverride o;
    o.target = sectionName(section);
    o.key = key;
    o.isSection = true;
    o.section = section;
    o.value = spec->type == ParamType::Double ? QVariant(value.toDouble())
              : spec->type == ParamType::Int  ? QVariant(value.toLongLong())
                                              : value;
    o.text = o.target + QLatin1Char('.') + key + QLatin1Char('=') + o.value.toString();
    setOverride(o, m_document->design().value(section, key));
    return true;
}

void WhatIfScenario::setGraviton(bool on)
{
    m_graviton = on;
    for (const Component &c : m_document->design().components()) {
        if (!kindSchema(c.kind).find(QStringLiteral("architecture")))
            continue;
        const QVariant value = on ? QVariant(QStringLiteral("arm64")) : c.param(QStringLiteral("architecture"));
        ParameterOverride o;
        o.target = c.id;
        o.key = QStringLiteral("architecture");
        o.value = value;
        o.text = c.id + QStringLiteral(".architecture=") + value.toString();
        setOverride(o, c.param(QStringLiteral("architecture")));
    }
    invalidate(false);
}

void WhatIfScenario::setSavingsPlan(CostOptions::SavingsPlan plan)
{
    m_options.computeSavingsPlan = plan;
    invalidate(false);
}

QList<ParameterOverride> WhatIfScenario::overrides() const
{
    return m_overrides.values();
}

QStringList WhatIfScenario::overrideTexts() const
{
    QStringList texts;
    for (const ParameterOverride &o : m_overrides)
        texts.append(o.target + QLatin1Char('.') + o.key + QLatin1Char('=') + o.value.toString());
    return texts;
}

bool WhatIfScenario::load(const SavedScenario &saved, QString *error)
{
    m_overrides.clear();
    m_graviton = false;
    const Design &design = m_document->design();
    QStringList problems;
    for (const QString &text : saved.overrides) {
        QString why;
        std::optional<ParameterOverride> o = ParameterOverride::parse(text, design, &why);
        // Checked the way Scenario applies it, so what is loaded is what the comparison prices.
        if (o) {
            Design probe = design;
            if (const Mutation m = o->applyTo(probe); !m.ok) {
                why = QStringLiteral("\"%1\": %2").arg(text, m.error);
                o.reset();
            }
        }
        if (!o) {
            problems.append(why);
            continue;
        }
        const QVariant designValue = o->isSection ? design.value(o->section, o->key)
                                                  : design.component(o->target)->param(o->key);
        setOverride(*o, designValue);
        if (o->key == QLatin1String("architecture") && o->value.toString() == QLatin1String("arm64"))
            m_graviton = true;
    }
    invalidate(false);
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

QVariant WhatIfScenario::componentValue(const QString &id, const QString &key) const
{
    const auto it = m_overrides.constFind(id + QLatin1Char('.') + key);
    if (it != m_overrides.cend())
        return it->value;
    const Component *c = m_document->design().component(id);
    return c ? c->param(key) : QVariant();
}

QVariant WhatIfScenario::sectionValue(Section section, const QString &key) const
{
    const auto it = m_overrides.constFind(sectionName(section) + QLatin1Char('.') + key);
    return it != m_overrides.cend() ? it->value : m_document->design().value(section, key);
}

void WhatIfScenario::invalidate(bool base)
{
    m_baseDirty = m_baseDirty || base;
    m_scenarioDirty = true;
    Q_EMIT changed();
}

void WhatIfScenario::ensure() const
{
    if (m_baseDirty) {
        m_base = m_document->cost();
        m_baseDirty = false;
    }
    if (m_scenarioDirty && m_overrides.isEmpty() && m_options == CostOptions()) {
        // No what-if: the scenario is the design (the common case while editing).
        m_design = m_document->design();
        m_scenario = m_base;
        m_scenarioDirty = false;
    }
    if (m_scenarioDirty) {
        m_design = m_document->design();
        for (const ParameterOverride &o : m_overrides)
            o.applyTo(m_design);
        m_scenario = m_engine.estimate(m_design, m_options);
        m_scenarioDirty = false;
    }
}

const Design &WhatIfScenario::design() const
{
    ensure();
    return m_design;
}

const CostEstimate &WhatIfScenario::base() const
{
    ensure();
    return m_base;
}

const CostEstimate &WhatIfScenario::scenario() const
{
    ensure();
    return m_scenario;
}

void WhatIfScenario::apply()
{
    const QList<ParameterOverride> list = overrides();
    m_overrides.clear();
    m_graviton = false;
    if (!list.isEmpty())
        m_document->undoStack()->push(new ApplyScenario(m_document, list));
    invalidate(true);
}

void WhatIfScenario::reset()
{
    m_overrides.clear();
    m_graviton = false;
    m_options = CostOptions();
    invalidate(false);
}

} // namespace Infra
