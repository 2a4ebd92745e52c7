#include "linkcommands.h"

#include <QCoreApplication>

namespace Infra {

namespace {
QString trc(const char *text)
{
    return QCoreApplication::translate("Infra::Commands", text);
}

Link suppression(const QString &from, const QString &to)
{
    Link l;
    l.from = from;
    l.to = to;
    l.mode = Link::Mode::Suppress;
    return l;
}
} // namespace

AddLink::AddLink(Document *document, const Link &link, QUndoCommand *parent)
    : DocumentCommand(document, trc("Connect %1 to %2").arg(link.from, link.to), parent)
    , m_link(link)
{
}

AddLink::AddLink(Document *document, const QString &text, const Link &link)
    : DocumentCommand(document, text)
    , m_link(link)
{
}

void AddLink::redo()
{
    if (!mutate([&](Design &d) { return d.addLink(m_link); }))
        refuse(error());
}

void AddLink::undo()
{
    const int index = int(design().links().lastIndexOf(m_link));
    mutate([&](Design &d) { return d.removeLink(index); });
}

SuppressLink::SuppressLink(Document *document, const QString &from, const QString &to)
    : AddLink(document, trc("Suppress Connection %1 → %2").arg(from, to), suppression(from, to))
{
}

RemoveLink::RemoveLink(Document *document, int index, QUndoCommand *parent)
    : DocumentCommand(document, trc("Remove Link"), parent)
    , m_index(index)
{
    if (index >= 0 && index < design().links().size()) {
        m_link = design().links().at(index);
        setText(m_link.mode == Link::Mode::Suppress ? trc("Restore Connection %1 → %2").arg(m_link.from, m_link.to)
                                                    : trc("Remove Link %1 → %2").arg(m_link.from, m_link.to));
    }
}

void RemoveLink::redo()
{
    if (!mutate([&](Design &d) { return d.removeLink(m_index); }))
        refuse(error());
}

void RemoveLink::undo()
{
    mutate([&](Design &d) { return d.addLink(m_link, m_index); });
}

} // namespace Infra
