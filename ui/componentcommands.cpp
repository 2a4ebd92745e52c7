#include "componentcommands.h"

#include "schematext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Infra {

namespace {
QString trc(const char *text, int n = -1)
{
    return QCoreApplication::translate("Infra::Commands", text, nullptr, n);
}
} // namespace

AddComponents::AddComponents(Document *document, std::vector<Component> components, QList<Link> links,
                             QUndoCommand *parent)
    : DocumentCommand(document,
                      components.size() == 1 ? trc("Add %1").arg(components.front().name)
                                             : trc("Add %n Components", int(components.size())),
                      parent)
    , m_components(std::move(components))
    , m_links(std::move(links))
{
}

void AddComponents::redo()
{
    QStringList added;
    for (const Component &c : m_components) {
        if (!mutate([&](Design &d) { return d.addComponent(c); })) {
            const QString why = error();
            mutate([&](Design &d) { return d.removeComponents(added); });
            refuse(why);
            return;
        }
        added.append(c.id);
    }
    for (const Link &l : m_links)
        mutate([&](Design &d) { return d.addLink(l); });
    document()->setSelectedIds(added);
}

void AddComponents::undo()
{
    QStringList ids;
    for (const Component &c : m_components)
        ids.append(c.id);
    mutate([&](Design &d) { return d.removeComponents(ids); });
}

RemoveComponents::RemoveComponents(Document *document, const QStringList &ids, QUndoCommand *parent)
    : DocumentCommand(document,
                      ids.size() == 1 && document->design().component(ids.first())
                          ? trc("Delete %1").arg(document->design().component(ids.first())->name)
                          : trc("Delete %n Components", int(ids.size())),
                      parent)
    , m_ids(ids)
{
}

void RemoveComponents::redo()
{
    m_removed.clear();
    m_removedLinks.clear();
    for (const QString &id : std::as_const(m_ids)) {
        const int i = design().indexOf(id);
        if (i >= 0)
            m_removed.emplace_back(i, design().components()[size_t(i)]);
    }
    std::sort(m_removed.begin(), m_removed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const QList<Link> &links = design().links();
    for (int i = 0; i < links.size(); ++i) {
        if (m_ids.contains(links[i].from) || m_ids.contains(links[i].to))
            m_removedLinks.append({i, links[i]});
    }
    if (!mutate([&](Design &d) { return d.removeComponents(m_ids); }))
        refuse(error());
}

void RemoveComponents::undo()
{
    for (const auto &[index, component] : m_removed)
        mutate([&](Design &d) { return d.addComponent(component, index); });
    for (const auto &[index, link] : std::as_const(m_removedLinks))
        mutate([&](Design &d) { return d.addLink(link, index); });
}

MoveComponents::MoveComponents(Document *document, QHash<QString, QPointF> positions, int dragSerial,
                               QUndoCommand *parent)
    : DocumentCommand(document,
                      positions.size() == 1 && document->design().component(positions.cbegin().key())
                          ? trc("Move %1").arg(document->design().component(positions.cbegin().key())->name)
                          : trc("Move %n Components", int(positions.size())),
                      parent)
    , m_to(std::move(positions))
    , m_dragSerial(dragSerial)
{
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it) {
        if (const Component *c = design().component(it.key()))
            m_from.insert(it.key(), c->position);
    }
}

MoveComponents::MoveComponents(Document *document, const QString &text, QHash<QString, QPointF> positions)
    : MoveComponents(document, std::move(positions), 0)
{
    setText(text);
}

void MoveComponents::redo()
{
    if (!mutate([&](Design &d) { return d.moveComponents(m_to); }))
        refuse(error());
}

void MoveComponents::undo()
{
    mutate([&](Design &d) { return d.moveComponents(m_from); });
    if (m_discard)
        setObsolete(true); // QUndoStack deletes a command that turns obsolete in its undo()
}

bool MoveComponents::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveComponents *>(other);
    if (o->m_dragSerial != m_dragSerial)
        return false;
    for (auto it = o->m_to.cbegin(); it != o->m_to.cend(); ++it) {
        m_to.insert(it.key(), it.value());
        if (!m_from.contains(it.key()))
            m_from.insert(it.key(), o->m_from.value(it.key()));
    }
    return true;
}

AutoLayout::AutoLayout(Document *document, QHash<QString, QPointF> positions)
    : MoveComponents(document, trc("Auto-layout"), std::move(positions))
{
}

ChangeComponentProperty::ChangeComponentProperty(Document *document, const QStringList &ids, const QString &key,
                                                 const QVariant &value, QUndoCommand *parent)
    : DocumentCommand(document, {}, parent)
    , m_ids(ids)
    , m_key(key)
    , m_value(value)
{
    QString label = key;
    for (const QString &id : ids) {
        if (const Component *c = design().component(id)) {
            m_old.insert(id, c->param(key));
            if (const ParamSpec *spec = kindSchema(c->kind).find(key))
                label = schemaText(spec->label);
        }
    }
    setText(trc("Change %1").arg(label));
}

void ChangeComponentProperty::redo()
{
    for (int i = 0; i < m_ids.size(); ++i) {
        if (!mutate([&](Design &d) { return d.setParameter(m_ids[i], m_key, m_value); })) {
            const QString why = error();
            for (int j = 0; j < i; ++j)
                mutate([&](Design &d) { return d.setParameter(m_ids[j], m_key, m_old.value(m_ids[j])); });
            refuse(why);
            return;
        }
    }
}

void ChangeComponentProperty::undo()
{
    for (const QString &id : std::as_const(m_ids))
        mutate([&](Design &d) { return d.setParameter(id, m_key, m_old.value(id)); });
}

bool ChangeComponentProperty::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeComponentProperty *>(other);
    if (o->m_ids != m_ids || o->m_key != m_key)
        return false;
    m_value = o->m_value;
    return true;
}

RenameComponent::RenameComponent(Document *document, const QString &id, const QString &name, QUndoCommand *parent)
    : DocumentCommand(document, trc("Rename %1").arg(name), parent)
    , m_id(id)
    , m_name(name)
{
    if (const Component *c = design().component(id))
        m_oldName = c->name;
}

void RenameComponent::redo()
{
    if (!mutate([&](Design &d) { return d.renameComponent(m_id, m_name); }))
        refuse(error());
}

void RenameComponent::undo()
{
    mutate([&](Design &d) { return d.renameComponent(m_id, m_oldName); });
}

bool RenameComponent::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const RenameComponent *>(other);
    if (o->m_id != m_id)
        return false;
    m_name = o->m_name;
    setText(o->text());
    return true;
}

ChangeNote::ChangeNote(Document *document, const QString &id, const QString &note, QUndoCommand *parent)
    : DocumentCommand(document, id.isEmpty() ? trc("Edit Design Note") : trc("Edit Note of %1").arg(id), parent)
    , m_id(id)
    , m_note(note)
    , m_oldNote(document->design().noteOf(id))
{
}

void ChangeNote::redo()
{
    if (!mutate([&](Design &d) { return d.setNote(m_id, m_note); }))
        refuse(error());
}

void ChangeNote::undo()
{
    mutate([&](Design &d) { return d.setNote(m_id, m_oldNote); });
}

} // namespace Infra
