#pragma once

#include "documentcommand.h"

#include "model/design.h"

#include <QCoreApplication>

namespace Infra {

// The Celery routes as a whole list: every edit of the routes table (add, remove, move up or
// down, edit a cell) and the "move route above" quick fix is one of these, named for what it
// did ("Add Celery Route", "Move Celery Route Up", …), so undo restores the order exactly.
class ChangeCeleryRoutes : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::ChangeCeleryRoutes)

public:
    ChangeCeleryRoutes(Document *document, const QList<CeleryRoute> &routes, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // The commands the routes editor and the quick fixes push, by what they do. Each returns
    // nullptr (and sets `error` when given) for an edit that would change nothing or that the
    // design refuses.
    static ChangeCeleryRoutes *add(Document *document, const CeleryRoute &route);
    static ChangeCeleryRoutes *remove(Document *document, int row);
    static ChangeCeleryRoutes *move(Document *document, int from, int to);
    static ChangeCeleryRoutes *edit(Document *document, int row, const CeleryRoute &route, QString *error);

    // Why a route cannot be stored, or empty: a task name or pattern and a queue, both
    // without spaces; a queue name of letters, digits, '.', '_', '-' (what SQS and Celery take).
    static QString validate(const CeleryRoute &route);

private:
    QList<CeleryRoute> m_routes;
    QList<CeleryRoute> m_old;
};

} // namespace Infra
