#pragma once

#include "emittedfile.h"

#include <QStringList>

namespace Infra {

// Writes emitted files under a root folder. Each file is written atomically (QSaveFile:
// a temporary file renamed over the target) and only when its bytes differ from what is
// on disk; files the export did not produce are never touched or deleted.
class Exporter
{
public:
    struct Report
    {
        QStringList written;   // new files
        QStringList changed;   // existing files whose content differed
        QStringList unchanged; // existing files already identical (not rewritten)
        QStringList errors;    // "path: reason"

        bool ok() const { return errors.isEmpty(); }
    };

    static Report write(const EmittedFiles &files, const QString &rootDir);
};

} // namespace Infra
