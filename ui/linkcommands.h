#pragma once

#include "documentcommand.h"

namespace Infra {

// The undo commands that change explicit links: an added connection the derivation would
// not make, or a suppressed derived one.

class AddLink : public DocumentCommand
{
public:
    AddLink(Document *document, const Link &link, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

protected:
    AddLink(Document *document, const QString &text, const Link &link);

private:
    Link m_link;
};

// Hides a derived connection between two components (a Link in Suppress mode).
class SuppressLink : public AddLink
{
public:
    SuppressLink(Document *document, const QString &from, const QString &to);
};

// Removes the explicit link at `index` of the design's links (either mode).
class RemoveLink : public DocumentCommand
{
public:
    RemoveLink(Document *document, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    int m_index;
    Link m_link;
};

} // namespace Infra
