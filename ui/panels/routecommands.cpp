#include "routecommands.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Infra {

ChangeCeleryRoutes::ChangeCeleryRoutes(Document *document, const QList<CeleryRoute> &routes, const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text, parent)
    , m_routes(routes)
    , m_old(document->design().routes())
{
}

void ChangeCeleryRoutes::redo()
{
    const QList<CeleryRoute> routes = m_routes;
    if (!mutate([&routes](Design &d) { return d.setRoutes(routes); }))
        refuse(error());
}

void ChangeCeleryRoutes::undo()
{
    const QList<CeleryRoute> routes = m_old;
    mutate([&routes](Design &d) { return d.setRoutes(routes); });
}

QString ChangeCeleryRoutes::validate(const CeleryRoute &route)
{
    static const QRegularExpression queueName(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (route.task.trimmed().isEmpty())
        return tr("A route needs a task name or pattern (myapp.tasks.send_email, myapp.tasks.*)");
    if (route.task.contains(space))
        return tr("A task name or pattern has no spaces: '%1'").arg(route.task);
    if (route.queue.trimmed().isEmpty())
        return tr("A route needs a queue");
    if (!queueName.match(route.queue).hasMatch())
        return tr("'%1' is not a queue name: letters, digits, '.', '_' and '-' only").arg(route.queue);
    return {};
}

ChangeCeleryRoutes *ChangeCeleryRoutes::add(Document *document, const CeleryRoute &route)
{
    if (!validate(route).isEmpty())
        return nullptr;
    QList<CeleryRoute> routes = document->design().routes();
    routes.append(route);
    return new ChangeCeleryRoutes(document, routes, tr("Add Celery Route"));
}

ChangeCeleryRoutes *ChangeCeleryRoutes::remove(Document *document, int row)
{
    QList<CeleryRoute> routes = document->design().routes();
    if (row < 0 || row >= routes.size())
        return nullptr;
    routes.removeAt(row);
    return new ChangeCeleryRoutes(document, routes, tr("Remove Celery Route"));
}

ChangeCeleryRoutes *ChangeCeleryRoutes::move(Document *document, int from, int to)
{
    QList<CeleryRoute> routes = document->design().routes();
    if (from < 0 || from >= routes.size() || to < 0 || to >= routes.size() || from == to)
        return nullptr;
    routes.move(from, to);
    const QString text = to == from - 1 ? tr("Move Celery Route Up") : to == from + 1 ? tr("Move Celery Route Down") : tr("Move Celery Route");
    return new ChangeCeleryRoutes(document, routes, text);
}

ChangeCeleryRoutes *ChangeCeleryRoutes::edit(Document *document, int row, const CeleryRoute &route, QString *error)
{
    QList<CeleryRoute> routes = document->design().routes();
    if (row < 0 || row >= routes.size() || routes.at(row) == route)
        return nullptr;
    if (const QString why = validate(route); !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    routes[row] = route;
    return new ChangeCeleryRoutes(document, routes, tr("Edit Celery Route"));
}

} // namespace Infra
