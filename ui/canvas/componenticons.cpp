#include "componenticons.h"

#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

namespace Infra {

QString ComponentIcons::resourcePath(ComponentKind kind)
{
    return QStringLiteral(":/icons/") + kindName(kind) + QStringLiteral(".svg");
}

QIcon ComponentIcons::icon(ComponentKind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it == cache.end())
        it = cache.insert(int(kind), QIcon(resourcePath(kind)));
    return it.value();
}

void ComponentIcons::paint(QPainter *painter, ComponentKind kind, const QRectF &rect)
{
    static QHash<int, std::shared_ptr<QSvgRenderer>> cache;
    auto it = cache.find(int(kind));
    if (it == cache.end())
        it = cache.insert(int(kind), std::make_shared<QSvgRenderer>(resourcePath(kind)));
    if (it.value()->isValid())
        it.value()->render(painter, rect);
}

} // namespace Infra
