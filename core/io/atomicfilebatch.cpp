#include "atomicfilebatch.h"

#include "systemerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Infra {

namespace {

// Errors of a sync that say the file system has nothing to sync (pipes, read-only or special
// file systems), as AtomicFile::write() tolerates them.
bool syncFailed(int result)
{
    return result != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP;
}

// QSaveFile's rule: a symbolic link is followed (up to 128 links) and its target replaced.
QString resolvedTarget(const QString &path)
{
    QFileInfo info(path);
    if (!info.isSymLink())
        return path;
    int depth = 128;
    while (--depth && info.isSymLink())
        info.setFile(info.symLinkTarget());
    return depth > 0 ? info.filePath() : path;
}

// PATH.XXXXXX with six letters that are never all of one case: AtomicFile::isStaleTemporaryName
// takes only such names for leftovers of an interrupted write.
QByteArray temporaryName(const QByteArray &target)
{
    QRandomGenerator *random = QRandomGenerator::global();
    QByteArray name = target + ".XXXXXX";
    const qsizetype start = target.size() + 1;
    for (;;) {
        bool upper = false, lower = false;
        for (qsizetype i = start; i < name.size(); ++i) {
            const int letter = int(random->bounded(52));
            upper |= letter < 26;
            lower |= letter >= 26;
            name[i] = letter < 26 ? char('A' + letter) : char('a' + letter - 26);
        }
        if (upper && lower)
            return name;
    }
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

} // namespace

AtomicFileBatch::~AtomicFileBatch()
{
    for (Pending &p : m_pending)
        discard(p);
}

void AtomicFileBatch::discard(Pending &p)
{
    if (p.fd >= 0) {
        ::close(p.fd);
        p.fd = -1;
    }
    if (!p.temporary.isEmpty()) {
        ::unlink(p.temporary.constData());
        p.temporary.clear();
    }
}

bool AtomicFileBatch::add(const QString &path, const QByteArray &bytes, QString *reason, When when)
{
    Pending p;
    p.path = path;
    p.when = when;
    p.target = resolvedTarget(path);
    auto fail = [&](int code) {
        if (reason)
            *reason = systemErrorText(code, QStringLiteral("write error"));
        discard(p);
        return false;
    };
    const QByteArray target = QFile::encodeName(p.target);
    struct stat existing;
    const bool exists = ::stat(target.constData(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode))
        return fail(EISDIR);
    if (exists && ::access(target.constData(), W_OK) != 0) // QSaveFile refuses it too
        return fail(EACCES);
    // Until the permissions of the file it replaces are copied, nobody else may read it.
    const mode_t mode = exists ? 0600 : 0666;
    for (int attempt = 0; p.fd < 0; ++attempt) {
        p.temporary = temporaryName(target);
        p.fd = ::open(p.temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (p.fd < 0) {
            const int code = errno;
            p.temporary.clear(); // not ours: never removed
            if (code != EEXIST || attempt == 100)
                return fail(code);
        }
    }
    if (exists && ::fchmod(p.fd, existing.st_mode & 07777) != 0)
        return fail(errno);
    struct stat own;
    p.device = ::fstat(p.fd, &own) == 0 ? own.st_dev : dev_t(-1);
    if (!writeAll(p.fd, bytes))
        return fail(errno);
    m_bytes += bytes.size();
    m_pending.push_back(std::move(p));
    return true;
}

QList<AtomicFileBatch::Outcome> AtomicFileBatch::commit()
{
    // 1. Every temporary on the disk: one syncfs() per file system, each file's fsync() only
    //    where that failed (to find which file it was) or without syncfs().
    std::vector<dev_t> devices;
    std::vector<int> deviceFds; // one file of each file system, for the second sync
    std::vector<bool> deviceFailed;
    for (const Pending &p : m_pending) {
        if (std::find(devices.cbegin(), devices.cend(), p.device) != devices.cend())
            continue;
        devices.push_back(p.device);
        deviceFds.push_back(p.fd);
#if defined(Q_OS_LINUX)
        deviceFailed.push_back(syncFailed(::syncfs(p.fd)));
#else
        deviceFailed.push_back(true);
#endif
    }
    for (Pending &p : m_pending) {
        const size_t d = size_t(std::find(devices.cbegin(), devices.cend(), p.device) - devices.cbegin());
        if (deviceFailed[d] && syncFailed(::fsync(p.fd)))
            p.error = systemErrorText(errno);
    }
    // 2. Each synced temporary renamed over its target; those added IfAllOthersCommitted last,
    //    and only when every other one was.
    QStringList folders;
    bool othersCommitted = true;
    for (When pass : {When::Always, When::IfAllOthersCommitted}) {
        for (Pending &p : m_pending) {
            if (p.when != pass)
                continue;
            if (pass == When::IfAllOthersCommitted && !othersCommitted && p.error.isEmpty())
                p.error = QStringLiteral("not replaced: another file of the batch could not be written");
            if (p.error.isEmpty() && ::rename(p.temporary.constData(), QFile::encodeName(p.target).constData()) != 0)
                p.error = systemErrorText(errno);
            if (p.error.isEmpty()) {
                p.temporary.clear(); // it is the target now
                const QString folder = QFileInfo(p.target).absolutePath();
                if (!folders.contains(folder))
                    folders.append(folder);
            } else if (pass == When::Always) {
                othersCommitted = false;
            }
        }
    }
    // 3. The renames on the disk too. An error here leaves each file whole, old or new: the
    //    files are reported as written.
#if defined(Q_OS_LINUX)
    for (int fd : deviceFds)
        ::syncfs(fd);
#else
    for (const QString &folder : std::as_const(folders)) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
#endif
    QList<Outcome> outcomes;
    outcomes.reserve(qsizetype(m_pending.size()));
    for (Pending &p : m_pending) {
        outcomes.append({p.path, p.error});
        discard(p); // closes it; removes the temporary of a file that failed
    }
    m_pending.clear();
    m_bytes = 0;
    return outcomes;
}

} // namespace Infra
