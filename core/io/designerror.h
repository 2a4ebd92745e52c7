#pragma once

#include <QList>
#include <QString>

namespace Infra {

// One problem found while reading a design file, at a 1-based line and column.
struct DesignError
{
    QString file;
    int line = 1;
    int column = 1;
    QString message;

    // "file:line:column: message", the form compilers and editors understand.
    QString toString() const
    {
        return file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column)
            + QStringLiteral(": ") + message;
    }

    bool operator==(const DesignError &other) const = default;
};

using DesignErrors = QList<DesignError>;

} // namespace Infra
