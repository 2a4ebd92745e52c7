#include "atomicfile.h"

#include "systemerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Infra {

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *reason)
{
    return write(path, [&bytes](const PartWriter &writePart) { writePart(bytes); }, reason);
}

bool AtomicFile::write(const QString &path, const std::function<void(const PartWriter &)> &produce, QString *reason)
{
    removeStaleTemporaries(path);
    QSaveFile file(path);
    auto fail = [&](const QString &why) {
        if (reason)
            *reason = why.isEmpty() ? QStringLiteral("write error") : why;
        file.cancelWriting(); // the destructor removes the temporary
        return false;
    };
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(systemErrorText(errno, file.errorString()));
    // QFileDevice keeps errno's text only for some failures ("Unknown error" for EFBIG): the
    // system's reason is clearer.
    auto systemReason = [&] {
        const int code = errno;
        return systemErrorText(code, file.errorString());
    };
    bool partFailed = false;
    QString partReason;
    produce([&](QByteArrayView part) {
        if (partFailed)
            return false;
        errno = 0;
        if (file.write(part.data(), part.size()) == part.size())
            return true;
        partFailed = true;
        partReason = systemReason();
        return false;
    });
    if (partFailed)
        return fail(partReason);
    // Push the buffer to the file system ourselves: a short write here (EFBIG, ENOSPC) is
    // what commit() would not report.
    if (!file.flush())
        return fail(systemReason());
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP)
        return fail(systemErrorText(errno));
    errno = 0;
    if (!file.commit())
        return fail(systemReason());
    return true;
}

bool AtomicFile::isStaleTemporaryName(const QString &name, const QString &targetName)
{
    if (name.size() != targetName.size() + 7 || !name.startsWith(targetName) || name.at(targetName.size()) != QLatin1Char('.'))
        return false;
    bool upper = false, lower = false;
    for (qsizetype i = targetName.size() + 1; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            upper = true;
        else if (c >= u'a' && c <= u'z')
            lower = true;
        else
            return false;
    }
    return upper && lower;
}

QStringList AtomicFile::removeStaleTemporaries(const QString &path)
{
    const QDir dir = QFileInfo(path).absoluteDir();
    if (!dir.exists())
        return {};
    // Every entry, not a name filter: the target's name may hold wildcard characters.
    return removeStaleTemporaries(path, dir.entryList(QDir::Files | QDir::Hidden | QDir::System));
}

QStringList AtomicFile::removeStaleTemporaries(const QString &path, const QStringList &folderEntries)
{
    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    const QString targetName = target.fileName();
    QStringList removed;
    if (targetName.isEmpty())
        return removed;
    for (const QString &name : folderEntries) {
        if (isStaleTemporaryName(name, targetName) && QFile::remove(dir.filePath(name)))
            removed.append(dir.filePath(name));
    }
    return removed;
}

} // namespace Infra
