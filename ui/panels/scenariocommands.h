#pragma once

#include "documentcommand.h"

#include "model/design.h"

#include <QCoreApplication>

namespace Infra {

// The saved what-if scenarios as a whole list: saving the cost panel's what-if under a name,
// renaming and deleting one are each one of these, named for what they did, so undo restores
// the list exactly (its order too).
class ChangeScenarios : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::ChangeScenarios)

public:
    ChangeScenarios(Document *document, const QList<SavedScenario> &scenarios, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // Each returns nullptr and sets `error` (when given) for an edit the design refuses or
    // that would change nothing. save() adds a scenario, or replaces the overrides of the one
    // with that name.
    static ChangeScenarios *save(Document *document, const QString &name, const QStringList &overrides, QString *error = nullptr);
    static ChangeScenarios *rename(Document *document, const QString &from, const QString &to, QString *error = nullptr);
    static ChangeScenarios *remove(Document *document, const QString &name);

private:
    QList<SavedScenario> m_scenarios;
    QList<SavedScenario> m_old;
};

} // namespace Infra
