#pragma once

#include "documentcommand.h"

namespace Infra {

// Applies a decision's conversion (RDS → Aurora, Redis roles → MemoryDB, Beat → EventBridge
// Scheduler: core/decide/DesignConversion) as one undo step. The conversion rewrites several
// components and links at once, so the command keeps the design before and after and swaps
// them; undo gives back exactly the design before.
class ApplyConversion : public DocumentCommand
{
public:
    // Runs conversion `name` on the document's design now; a refused conversion makes the
    // command obsolete with the reason in error().
    ApplyConversion(Document *document, const QString &name, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const Design &converted() const { return m_after; }
    QStringList changedIds() const { return m_changedIds; }

private:
    void swapTo(const Design &design);

    QString m_name;
    Design m_before;
    Design m_after;
    QStringList m_changedIds;
    bool m_ready = false;
};

} // namespace Infra
