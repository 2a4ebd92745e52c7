#pragma once

#include "componentkind.h"

#include <QPointF>
#include <QString>
#include <QVariantMap>

namespace Infra {

// One box on the design: a kind, a stable id, a display name, a canvas position and
// its parameters (always complete: every key of the kind's schema has a value).
struct Component
{
    QString id;
    ComponentKind kind = ComponentKind::EcsWeb;
    QString name;
    QPointF position;
    QVariantMap params;
    QString note; // free text for reviewers: stored in the file, a badge on the canvas, in the report

    // Typed accessors; a missing key yields the schema default.
    QVariant param(const QString &key) const;
    bool boolParam(const QString &key) const { return param(key).toBool(); }
    qint64 intParam(const QString &key) const { return param(key).toLongLong(); }
    double doubleParam(const QString &key) const { return param(key).toDouble(); }
    QString stringParam(const QString &key) const { return param(key).toString(); }
    QStringList listParam(const QString &key) const { return param(key).toStringList(); }

    // A component of `kind` with every parameter at its default.
    static Component make(ComponentKind kind, const QString &id, const QString &name = {});

    bool operator==(const Component &other) const = default;
};

// An explicit link the architect drew or suppressed. `add` creates a connection the
// derivation would not make; `suppress` removes a derived one between the two ids.
struct Link
{
    enum class Mode { Add, Suppress };
    QString from;
    QString to;
    Mode mode = Mode::Add;
    int port = 0;          // Add: 0 = the target's default port
    QString purpose;       // Add: free text shown on the edge

    bool operator==(const Link &other) const = default;
};

// A Celery task route: task name pattern → queue.
struct CeleryRoute
{
    QString task;
    QString queue;

    bool operator==(const CeleryRoute &other) const = default;
};

} // namespace Infra
