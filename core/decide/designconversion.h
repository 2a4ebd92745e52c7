#pragma once

#include "model/design.h"
#include "text/text.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Infra {

// The Apply conversions of the decision tables (RDS → Aurora, Redis roles needing durability →
// MemoryDB, Celery Beat → EventBridge Scheduler): each one operation on a design, returning the
// converted copy. They are a table: each entry names the decision it serves, the component kinds
// it needs (by their YAML names, so a build without a kind reports the conversion unavailable
// instead of failing to compile) and a function that rewrites the design.
class DesignConversion
{
public:
    struct Result
    {
        bool ok = false;
        QString error;          // English, why the conversion was refused
        Design design;          // the converted design (ok)
        QStringList changedIds; // components added, replaced or removed
    };

    struct Spec
    {
        QString name;          // "aurora": the CLI's --apply NAME
        QString decisionId;    // "database"
        QStringList fromKinds; // the kinds it converts (any present)
        QStringList toKinds;   // the kinds it creates (all needed)
        Text title;            // "Convert RDS PostgreSQL to Aurora PostgreSQL"
        std::function<Result(const Design &)> convert;
    };

    static const std::vector<Spec> &specs();
    static const Spec *find(const QString &name);
    static QStringList names();

    // Empty when every kind the conversion creates exists in this build, else the reason.
    static Text unavailableReason(const Spec &spec);
    // True when the design holds something the conversion converts.
    static bool appliesTo(const Spec &spec, const Design &design);

    // Runs conversion `name` on a copy of `design`.
    static Result apply(const Design &design, const QString &name);

    // Helpers for conversion functions (public for the tests). Replaces component `id` by
    // `replacement` at the same place in the component list, keeping the links that named `id`
    // (renamed to replacement.id) where the design accepts them.
    static bool replaceComponent(Design &design, const QString &id, const Component &replacement, QString *error);
};

} // namespace Infra
