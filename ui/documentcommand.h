#pragma once

#include "document.h"

#include <QUndoCommand>

namespace Infra {

// Base of every undo command: the one class allowed to write to a Document's design.
// A command whose first redo() is refused by the design marks itself obsolete, so
// QUndoStack drops it and the history never holds a step that did nothing.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
    {
    }

    // The reason the last redo()/undo() was refused, empty when it succeeded.
    QString error() const { return m_error; }

protected:
    Document *document() const { return m_document; }
    const Design &design() const { return m_document->design(); }
    bool mutate(const std::function<Mutation(Design &)> &mutation)
    {
        const Mutation m = m_document->mutate(mutation);
        m_error = m.error;
        return m.ok;
    }
    void refuse(const QString &error)
    {
        m_error = error;
        setObsolete(true);
    }

private:
    Document *m_document;
    QString m_error;
};

} // namespace Infra
