#include "decisioncommands.h"

#include "decide/designconversion.h"

#include <QCoreApplication>

namespace Infra {

ApplyConversion::ApplyConversion(Document *document, const QString &name, QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent)
    , m_name(name)
    , m_before(document->design())
{
    const DesignConversion::Spec *spec = DesignConversion::find(name);
    setText(spec ? spec->title.translated() : name);
    const DesignConversion::Result r = DesignConversion::apply(m_before, name);
    if (!r.ok) {
        refuse(r.error);
        return;
    }
    m_after = r.design;
    m_changedIds = r.changedIds;
    m_ready = true;
}

void ApplyConversion::swapTo(const Design &design)
{
    const QStringList ids = m_changedIds;
    mutate([&](Design &d) {
        d = design;
        // Several components, links and parameters at once: every view refreshes.
        return Mutation::done({DesignChange::Kind::Reset, ids, {}, Section::Settings});
    });
}

void ApplyConversion::redo()
{
    if (m_ready)
        swapTo(m_after);
}

void ApplyConversion::undo()
{
    if (m_ready)
        swapTo(m_before);
}

} // namespace Infra
