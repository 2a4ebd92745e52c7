#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>

namespace Infra {

// The one way Infra Studio replaces a file: design saves, autosave, `format -i`, every exported
// file, the diagram, CSV and reports. The bytes go to a temporary file next to the target
// (QSaveFile), which is flushed and synced and checked at each step before it is renamed over
// the target; on any failure the temporary is removed and the target keeps its old bytes.
//
// Why not QSaveFile alone: Qt 6.4's commit() ignores a failed flush of its write buffer (a full
// disk, `ulimit -f`) and renames the truncated temporary over the target, reporting success.
class AtomicFile
{
public:
    // Returns false and sets `reason` (when given) to why, in English ("No space left on
    // device"); callers name the file in their message.
    static bool write(const QString &path, const QByteArray &bytes, QString *reason = nullptr);

    // The same with the bytes handed over in parts, for a file too large to hold whole (a
    // 2,000-component diagram's SVG is 7 MB): `produce` calls the function it is given with
    // each part in order. Once a part could not be written that function returns false and
    // writes nothing more (`produce` may stop early), and the write fails with the reason of
    // that first failure; the target keeps its old bytes.
    using PartWriter = std::function<bool(QByteArrayView)>;
    static bool write(const QString &path, const std::function<void(const PartWriter &)> &produce, QString *reason = nullptr);

    // Removes temporaries that an interrupted write of `path` left beside it: QSaveFile names
    // them PATH.XXXXXX with six random letters, upper and lower case mixed. Names made only of
    // lower-case (or only upper-case) letters, like PATH.backup, are never touched. Returns
    // the removed files. write() calls this first.
    static QStringList removeStaleTemporaries(const QString &path);
    // The same with the names in the target's folder already listed (QDir::Files | QDir::Hidden |
    // QDir::System), for many targets in one folder.
    static QStringList removeStaleTemporaries(const QString &path, const QStringList &folderEntries);

    // Whether `name` (a file name, no folder) is such a temporary of `targetName`.
    static bool isStaleTemporaryName(const QString &name, const QString &targetName);
};

} // namespace Infra
