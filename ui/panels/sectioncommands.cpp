#include "sectioncommands.h"

#include "componentcommands.h"
#include "schematext.h"

#include <QCoreApplication>

namespace Infra {

namespace {
QString trc(const char *text)
{
    return QCoreApplication::translate("Infra::Commands", text);
}
} // namespace

ChangeSectionValue::ChangeSectionValue(Document *document, Section section, const QString &key, const QVariant &value,
                                       QUndoCommand *parent)
    : DocumentCommand(document, {}, parent)
    , m_section(section)
    , m_key(key)
    , m_value(value)
    , m_old(document->design().value(section, key))
{
    const ParamSpec *spec = sectionSchema(section).find(key);
    setText(trc("Change %1").arg(spec ? schemaText(spec->label) : key));
}

void ChangeSectionValue::redo()
{
    if (!mutate([&](Design &d) { return d.setSectionValue(m_section, m_key, m_value); }))
        refuse(error());
}

void ChangeSectionValue::undo()
{
    mutate([&](Design &d) { return d.setSectionValue(m_section, m_key, m_old); });
}

bool ChangeSectionValue::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeSectionValue *>(other);
    if (o->m_section != m_section || o->m_key != m_key)
        return false;
    m_value = o->m_value;
    return true;
}

ApplyScenario::ApplyScenario(Document *document, const QList<ParameterOverride> &overrides, QUndoCommand *parent)
    : QUndoCommand(trc("Apply What-If Scenario"), parent)
{
    for (const ParameterOverride &o : overrides) {
        if (o.isSection)
            new ChangeSectionValue(document, o.section, o.key, o.value, this);
        else
            new ChangeComponentProperty(document, {o.target}, o.key, o.value, this);
    }
}

} // namespace Infra
