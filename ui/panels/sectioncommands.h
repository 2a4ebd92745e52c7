#pragma once

#include "commandids.h"
#include "documentcommand.h"

#include "cost/scenario.h"

namespace Infra {

// Sets one value of a design-level section (workload, settings, network, celery).
// Successive edits of the same key merge (typing in a spin box).
class ChangeSectionValue : public DocumentCommand
{
public:
    ChangeSectionValue(Document *document, Section section, const QString &key, const QVariant &value,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::ChangeSectionValue); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Section m_section;
    QString m_key;
    QVariant m_value;
    QVariant m_old;
};

// Applies a what-if scenario's overrides to the design as one undo step: a macro of
// ChangeComponentProperty and ChangeSectionValue children, so undo restores every value.
class ApplyScenario : public QUndoCommand
{
public:
    ApplyScenario(Document *document, const QList<ParameterOverride> &overrides, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::ApplyScenario); }
};

} // namespace Infra
