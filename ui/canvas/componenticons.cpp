#include "componenticons.h"

#include "svgwriter.h"

#include <QHash>
#include <QMutex>
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
    // Into the exported SVG each kind's icon is written once and placed with <use> on every
    // card (SvgWriter::drawSymbol); into images and the canvas it is drawn each time.
    const auto key = [kind]() -> QString { return QStringLiteral("icon-") + kindName(kind); };
    SvgWriter::drawSymbol(painter, key, rect, [kind](QPainter *p, const QRectF &r) {
        // One renderer per kind, shared: the PNG of an export is painted on a second thread
        // while the SVG is written (QSvgRenderer is not thread-safe).
        static QMutex mutex;
        static QHash<int, std::shared_ptr<QSvgRenderer>> cache;
        const QMutexLocker lock(&mutex);
        auto it = cache.find(int(kind));
        if (it == cache.end())
            it = cache.insert(int(kind), std::make_shared<QSvgRenderer>(resourcePath(kind)));
        if (it.value()->isValid())
            it.value()->render(p, r);
    });
}

} // namespace Infra
