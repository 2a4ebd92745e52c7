#pragma once

#include "text/text.h"

#include <QList>
#include <QString>

namespace Infra {

// One problem found while reading a design file, at a 1-based line and column.
struct DesignError
{
    QString file;
    int line = 1;
    int column = 1;
    QString message; // English: the CLI's JSON, logs, the format's documented errors
    // The same sentence with its source template (context "Infra::DesignFile"), for front ends
    // that show it in the user's language: displayMessage() and displayText().
    Text messageText;

    // `message` (English) from the text.
    static DesignError make(QString file, int line, int column, Text message)
    {
        DesignError e;
        e.file = std::move(file);
        e.line = line;
        e.column = column;
        e.message = message.toString();
        e.messageText = std::move(message);
        return e;
    }

    // "file:line:column: message", the form compilers and editors understand.
    QString toString() const { return position() + message; }
    // The same in the user's language where the reader gave a text, else the English message.
    QString displayMessage() const { return messageText.isEmpty() ? message : messageText.translated(); }
    QString displayText() const { return position() + displayMessage(); }

    bool operator==(const DesignError &other) const = default;

private:
    QString position() const
    {
        return file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column)
            + QStringLiteral(": ");
    }
};

using DesignErrors = QList<DesignError>;

} // namespace Infra
