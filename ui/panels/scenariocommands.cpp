#include "scenariocommands.h"

namespace Infra {

ChangeScenarios::ChangeScenarios(Document *document, const QList<SavedScenario> &scenarios, const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text, parent)
    , m_scenarios(scenarios)
    , m_old(document->design().scenarios())
{
}

void ChangeScenarios::redo()
{
    const QList<SavedScenario> scenarios = m_scenarios;
    if (!mutate([&scenarios](Design &d) { return d.setScenarios(scenarios); }))
        refuse(error());
}

void ChangeScenarios::undo()
{
    const QList<SavedScenario> scenarios = m_old;
    mutate([&scenarios](Design &d) { return d.setScenarios(scenarios); });
}

ChangeScenarios *ChangeScenarios::save(Document *document, const QString &name, const QStringList &overrides, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("A scenario needs a name");
        return nullptr;
    }
    if (overrides.isEmpty()) {
        if (error)
            *error = tr("The what-if is the design: change a value first");
        return nullptr;
    }
    QList<SavedScenario> list = document->design().scenarios();
    for (SavedScenario &s : list) {
        if (s.name == trimmed) {
            if (s.overrides == overrides)
                return nullptr;
            s.overrides = overrides;
            return new ChangeScenarios(document, list, tr("Update Scenario %1").arg(trimmed));
        }
    }
    list.append({trimmed, overrides});
    return new ChangeScenarios(document, list, tr("Save Scenario %1").arg(trimmed));
}

ChangeScenarios *ChangeScenarios::rename(Document *document, const QString &from, const QString &to, QString *error)
{
    const QString trimmed = to.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("A scenario needs a name");
        return nullptr;
    }
    if (trimmed == from)
        return nullptr;
    if (document->design().scenario(trimmed)) {
        if (error)
            *error = tr("There is already a scenario named '%1'").arg(trimmed);
        return nullptr;
    }
    QList<SavedScenario> list = document->design().scenarios();
    for (SavedScenario &s : list) {
        if (s.name == from) {
            s.name = trimmed;
            return new ChangeScenarios(document, list, tr("Rename Scenario %1").arg(from));
        }
    }
    return nullptr;
}

ChangeScenarios *ChangeScenarios::remove(Document *document, const QString &name)
{
    QList<SavedScenario> list = document->design().scenarios();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).name == name) {
            list.removeAt(i);
            return new ChangeScenarios(document, list, tr("Delete Scenario %1").arg(name));
        }
    }
    return nullptr;
}

} // namespace Infra
