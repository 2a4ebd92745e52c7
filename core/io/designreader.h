#pragma once

#include "designerror.h"
#include "model/design.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Infra {

// Reads the YAML design format (docs/design-format.md). The result is either a complete,
// valid design or every error found in the file, each with its 1-based line and column —
// never a half-loaded design. Malformed input of any kind yields errors, not a crash.
class DesignReader
{
public:
    struct Result
    {
        std::optional<Design> design; // set exactly when errors is empty
        DesignErrors errors;          // sorted by line, then column
        bool ioError = false;         // the file could not be read at all (one error at 1:1)

        bool ok() const { return design.has_value(); }
        // The errors as "file:line:column: message" lines, in English.
        QStringList errorStrings() const;
        // The same with each message in the user's language (DesignError::displayText()).
        QStringList displayErrorStrings() const;
    };

    // The format version this reader understands and the writer writes.
    static constexpr int formatVersion = 1;

    // Reads a file; an unreadable file gives one error at 1:1.
    static Result readFile(const QString &path);
    // Reads bytes; `fileName` is only used in the errors.
    static Result readData(const QByteArray &data, const QString &fileName);
};

} // namespace Infra
