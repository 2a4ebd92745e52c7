#pragma once

#include "commandids.h"
#include "documentcommand.h"

#include <QHash>
#include <QPointF>

#include <vector>

namespace Infra {

// The undo commands that change components. Small classes of one concern, kept together
// so the whole vocabulary of component edits reads in one place.

// Adds components (a palette drop, a paste), with links among them; selects them.
class AddComponents : public DocumentCommand
{
public:
    AddComponents(Document *document, std::vector<Component> components, QList<Link> links = {},
                  QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    std::vector<Component> m_components;
    QList<Link> m_links;
};

// Removes components and every link naming them; undo puts everything back in place.
class RemoveComponents : public DocumentCommand
{
public:
    RemoveComponents(Document *document, const QStringList &ids, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QStringList m_ids;
    std::vector<std::pair<int, Component>> m_removed; // index in the design, component
    QList<std::pair<int, Link>> m_removedLinks;
};

// Moves components to new positions. Moves with the same non-zero drag serial merge,
// so one drag is one undo step however many mouse events it takes.
class MoveComponents : public DocumentCommand
{
public:
    MoveComponents(Document *document, QHash<QString, QPointF> positions, int dragSerial = 0,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_dragSerial ? int(CommandId::MoveComponents) : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    int dragSerial() const { return m_dragSerial; }
    // The drag was cancelled: the next undo reverts it and removes it from the stack.
    void discardOnUndo() { m_discard = true; }

protected:
    MoveComponents(Document *document, const QString &text, QHash<QString, QPointF> positions);

private:
    QHash<QString, QPointF> m_from;
    QHash<QString, QPointF> m_to;
    int m_dragSerial = 0;
    bool m_discard = false;
};

// Places every component where the layered layout puts it: one undo step.
class AutoLayout : public MoveComponents
{
public:
    AutoLayout(Document *document, QHash<QString, QPointF> positions);
};

// Sets one parameter on one or more components. Successive edits of the same key on the
// same components merge (typing in a spin box, dragging a slider).
class ChangeComponentProperty : public DocumentCommand
{
public:
    ChangeComponentProperty(Document *document, const QStringList &ids, const QString &key, const QVariant &value,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::ChangeComponentProperty); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QStringList m_ids;
    QString m_key;
    QVariant m_value;
    QHash<QString, QVariant> m_old;
};

// Renames a component (its display name; the id is stable).
class RenameComponent : public DocumentCommand
{
public:
    RenameComponent(Document *document, const QString &id, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::RenameComponent); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_id;
    QString m_name;
    QString m_oldName;
};

// Sets the note of a component, or the design's own note when the id is empty.
class ChangeNote : public DocumentCommand
{
public:
    ChangeNote(Document *document, const QString &id, const QString &note, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QString m_id;
    QString m_note;
    QString m_oldNote;
};

} // namespace Infra
