#include "componentclipboard.h"

#include "componentcommands.h"
#include "document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace Infra {

QMimeData *ComponentClipboard::copy(const Document &document, const QStringList &ids)
{
    QJsonArray components;
    for (const Component &c : document.design().components()) {
        if (!ids.contains(c.id))
            continue;
        components.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("kind"), kindName(c.kind)},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("x"), c.position.x()},
                                      {QStringLiteral("y"), c.position.y()},
                                      {QStringLiteral("params"), QJsonObject::fromVariantMap(c.params)}});
    }
    QJsonArray links;
    for (const Link &l : document.design().links()) {
        if (ids.contains(l.from) && ids.contains(l.to))
            links.append(QJsonObject{{QStringLiteral("from"), l.from},
                                     {QStringLiteral("to"), l.to},
                                     {QStringLiteral("suppress"), l.mode == Link::Mode::Suppress},
                                     {QStringLiteral("port"), l.port},
                                     {QStringLiteral("purpose"), l.purpose}});
    }
    auto *mime = new QMimeData;
    const QJsonObject root{{QStringLiteral("components"), components}, {QStringLiteral("links"), links}};
    mime->setData(mimeType(), QJsonDocument(root).toJson(QJsonDocument::Compact));
    return mime;
}

bool ComponentClipboard::canPaste(const QMimeData *mime)
{
    return mime && mime->hasFormat(mimeType());
}

QUndoCommand *ComponentClipboard::paste(Document *document, const QMimeData *mime, qreal offset)
{
    if (!canPaste(mime))
        return nullptr;
    const QJsonObject root = QJsonDocument::fromJson(mime->data(mimeType())).object();
    Design scratch = document->design(); // to hand out ids unique among the new ones too
    QHash<QString, QString> newIds;
    std::vector<Component> components;
    for (const QJsonValue &v : root.value(QStringLiteral("components")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<ComponentKind> kind = kindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        const QString oldId = o.value(QStringLiteral("id")).toString();
        Component c = Component::make(*kind, scratch.uniqueId(oldId), o.value(QStringLiteral("name")).toString());
        c.position = QPointF(o.value(QStringLiteral("x")).toDouble() + offset, o.value(QStringLiteral("y")).toDouble() + offset);
        // JSON has no integer type: put each value back in the type its schema declares.
        const QVariantMap params = o.value(QStringLiteral("params")).toObject().toVariantMap();
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            const ParamSpec *spec = kindSchema(*kind).find(it.key());
            if (!spec)
                continue;
            QVariant value = it.value();
            if (spec->type == ParamType::Int)
                value = QVariant(qint64(value.toDouble()));
            else if (spec->type == ParamType::Double)
                value = QVariant(value.toDouble());
            else if (spec->type == ParamType::StringList)
                value = QVariant(value.toStringList());
            c.params.insert(it.key(), value);
        }
        if (!scratch.addComponent(c).ok)
            continue;
        newIds.insert(oldId, c.id);
        components.push_back(c);
    }
    if (components.empty())
        return nullptr;
    QList<Link> links;
    for (const QJsonValue &v : root.value(QStringLiteral("links")).toArray()) {
        const QJsonObject o = v.toObject();
        Link l;
        l.from = newIds.value(o.value(QStringLiteral("from")).toString());
        l.to = newIds.value(o.value(QStringLiteral("to")).toString());
        l.mode = o.value(QStringLiteral("suppress")).toBool() ? Link::Mode::Suppress : Link::Mode::Add;
        l.port = o.value(QStringLiteral("port")).toInt();
        l.purpose = o.value(QStringLiteral("purpose")).toString();
        if (!l.from.isEmpty() && !l.to.isEmpty())
            links.append(l);
    }
    auto *command = new AddComponents(document, std::move(components), links);
    command->setText(QCoreApplication::translate("Infra::Commands", "Paste"));
    return command;
}

} // namespace Infra
