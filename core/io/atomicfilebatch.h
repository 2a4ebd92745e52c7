#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <sys/types.h>

#include <vector>

namespace Infra {

// Replaces many files at once, each of them atomically as AtomicFile::write() does (a reader
// or a crash sees the old bytes or the complete new ones, never a mix), with one wait for the
// disk instead of two per file. An export writes dozens of files: AtomicFile::write() syncs each
// twice (its own fsync and QSaveFile's in commit()), and every sync is a flush of the disk's
// cache, ~3 ms each on a busy machine.
//
// add() writes each file's bytes to a temporary beside it (PATH.XXXXXX, six letters of both
// cases, which AtomicFile::removeStaleTemporaries() recognises) and checks every step; commit()
// puts every temporary on the disk with one syncfs() per file system (Linux; elsewhere an fsync
// per file), renames each over its target, and syncs again so the renames are on the disk too.
// A file whose write, sync or rename fails keeps its old bytes and leaves no temporary; the
// other files are still committed. Like QSaveFile, a symbolic link is replaced by writing its
// target, and an existing file's permissions carry over to the new one.
class AtomicFileBatch
{
public:
    AtomicFileBatch() = default;
    ~AtomicFileBatch(); // removes the temporaries of files added and not committed
    AtomicFileBatch(const AtomicFileBatch &) = delete;
    AtomicFileBatch &operator=(const AtomicFileBatch &) = delete;

    // When commit() replaces a file's target.
    enum class When {
        Always,
        // Last, and only when every file of the batch added Always was committed; otherwise its
        // temporary is removed, its target keeps the old bytes and its outcome says why. For a
        // file that describes the others (an export's manifest of checksums): it comes with
        // them, on the same syncs, or not at all.
        IfAllOthersCommitted,
    };
    // Writes `bytes` to a temporary beside `path`, whose folder must exist. Returns false and
    // sets `reason` (English, "No space left on device") when that fails: then nothing of
    // `path` is left behind and commit() does not list it.
    bool add(const QString &path, const QByteArray &bytes, QString *reason = nullptr, When when = When::Always);

    int size() const { return int(m_pending.size()); }
    qint64 bytes() const { return m_bytes; }

    struct Outcome
    {
        QString path; // as given to add()
        QString error; // empty: written
        bool ok() const { return error.isEmpty(); }
    };
    // Commits every file added since the last commit(), in the order of add().
    QList<Outcome> commit();

private:
    struct Pending
    {
        QString path;      // as given
        QString target;    // the file replaced: `path`, or the end of its chain of symbolic links
        QByteArray temporary; // local 8-bit name of the temporary
        int fd = -1;
        dev_t device = 0;     // the file system it is on
        When when = When::Always;
        QString error;
    };
    void discard(Pending &p);

    std::vector<Pending> m_pending;
    qint64 m_bytes = 0;
};

} // namespace Infra
