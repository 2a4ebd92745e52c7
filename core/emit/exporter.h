#pragma once

#include "emittedfile.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace Infra {

// Writes emitted files under a root folder. Each file is written atomically (AtomicFileBatch: a
// temporary file checked, put on the disk and renamed over the target; the files of an export
// are synced together) and only when its bytes differ from what is on disk; a file that cannot
// be written keeps its old bytes while the others are written; files the export did not produce
// are never touched or deleted.
//
// The export keeps a manifest, ROOT/.infra-studio-export.json, with the SHA-256 of every file
// it wrote: a file whose bytes on disk no longer match that checksum was edited by hand since
// the last export, and the caller chooses whether to overwrite or keep it.
class Exporter
{
public:
    enum class Status { Create, Change, Unchanged };
    struct PlanEntry
    {
        QString path; // relative to the root
        Status status = Status::Create;
        bool editedByHand = false; // Change only: the file differs from what the last export wrote
    };

    enum class HandEdits { Overwrite, Keep };

    struct Report
    {
        QStringList written;      // new files
        QStringList changed;      // existing files whose content differed
        QStringList unchanged;    // existing files already identical (not rewritten)
        QStringList editedByHand; // changed files edited by hand since the last export (overwritten or kept)
        QStringList kept;         // hand-edited files left as they are (HandEdits::Keep)
        QStringList removedTemporaries; // leftovers of interrupted writes, removed
        QStringList errors;       // "path: reason" (path relative to the root)

        bool ok() const { return errors.isEmpty(); }
    };

    // What write() would do, without writing anything.
    static QList<PlanEntry> plan(const EmittedFiles &files, const QString &rootDir);

    static Report write(const EmittedFiles &files, const QString &rootDir, HandEdits handEdits = HandEdits::Overwrite);
    // The same with files that come late (a diagram still being drawn on another thread): `late`
    // is called once every file of `files` is compared, checksummed and in its temporary, and
    // its files are written with them, in the same batch, before anything is committed. The
    // report is that of write() given both lists merged by path (each list's order kept): for
    // two lists sorted by path, that of the sorted list.
    static Report write(const EmittedFiles &files, const std::function<EmittedFiles()> &late, const QString &rootDir,
                        HandEdits handEdits = HandEdits::Overwrite);

    static QString manifestFileName(); // ".infra-studio-export.json"
    // path → "sha256:<hex>" as recorded by the last export into rootDir (empty without a manifest).
    static QHash<QString, QString> manifest(const QString &rootDir);
    static QString checksum(const QByteArray &bytes);
};

} // namespace Infra
