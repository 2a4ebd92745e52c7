#include "repositorytree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Infra {

namespace {

// Folders that never hold the project's own configuration.
bool ignoredFolder(const QString &name)
{
    static const QStringList names = {QStringLiteral(".git"), QStringLiteral(".hg"), QStringLiteral(".svn"),
                                      QStringLiteral("node_modules"), QStringLiteral("__pycache__"),
                                      QStringLiteral(".venv"), QStringLiteral("venv"), QStringLiteral(".tox"),
                                      QStringLiteral(".nox"), QStringLiteral(".mypy_cache"), QStringLiteral(".pytest_cache"),
                                      QStringLiteral(".ruff_cache"), QStringLiteral("site-packages"),
                                      QStringLiteral(".terraform"), QStringLiteral("bower_components"),
                                      QStringLiteral(".idea"), QStringLiteral(".cache")};
    return names.contains(name);
}

} // namespace

QString joinPath(const QString &dir, const QString &rel)
{
    const QString joined = dir.isEmpty() ? rel : dir + QLatin1Char('/') + rel;
    QString clean = QDir::cleanPath(joined);
    if (clean == QLatin1String("."))
        clean.clear();
    return clean;
}

RepositoryTree::RepositoryTree(const QString &root, const DiscoveryLimits &limits)
    : m_root(QDir(root).absolutePath())
    , m_limits(limits)
{
    walk();
}

void RepositoryTree::skip(const QString &rel, const QString &reason)
{
    if (m_skippedSet.contains(rel))
        return;
    m_skippedSet.insert(rel, true);
    m_skipped.push_back({rel, reason});
}

void RepositoryTree::walk()
{
    // Breadth-first with an explicit queue: depth is bounded and symlinked folders are never
    // entered, so a symlink loop cannot make the walk endless.
    struct Dir { QString rel; int depth; };
    std::vector<Dir> queue{{QString(), 0}};
    bool full = false;
    for (size_t qi = 0; qi < queue.size() && !full; ++qi) {
        const Dir dir = queue[qi];
        const QString abs = dir.rel.isEmpty() ? m_root : m_root + QLatin1Char('/') + dir.rel;
        QDir d(abs);
        if (!d.isReadable()) {
            skip(dir.rel.isEmpty() ? QStringLiteral(".") : dir.rel, QStringLiteral("folder not readable"));
            continue;
        }
        const QFileInfoList entries = d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                                      QDir::Name);
        for (const QFileInfo &fi : entries) {
            const QString rel = dir.rel.isEmpty() ? fi.fileName() : dir.rel + QLatin1Char('/') + fi.fileName();
            if (fi.isSymLink()) {
                // A symlinked file inside the repository is read like a file; a symlinked
                // folder is never entered (loops), a link pointing outside is never read.
                const QString target = fi.canonicalFilePath();
                if (target.isEmpty() || !fi.exists()) {
                    skip(rel, QStringLiteral("broken or looping symlink"));
                    continue;
                }
                if (fi.isDir()) {
                    skip(rel, QStringLiteral("symlinked folder not followed"));
                    continue;
                }
                if (!target.startsWith(m_root + QLatin1Char('/'))) {
                    skip(rel, QStringLiteral("symlink pointing outside the repository"));
                    continue;
                }
            }
            if (fi.isDir()) {
                if (ignoredFolder(fi.fileName()))
                    continue;
                if (dir.depth + 1 > m_limits.maxDepth) {
                    skip(rel, QStringLiteral("deeper than %1 folders").arg(m_limits.maxDepth));
                    continue;
                }
                queue.push_back({rel, dir.depth + 1});
                continue;
            }
            if (!fi.isFile())
                continue; // sockets, fifos, devices: never opened
            if (m_files.size() >= m_limits.maxFiles) {
                skip(rel, QStringLiteral("more than %1 files: the rest is not listed").arg(m_limits.maxFiles));
                full = true;
                break;
            }
            m_files << rel;
            m_fileSet.insert(rel, true);
            m_byName[fi.fileName()] << rel;
        }
    }
    std::sort(m_files.begin(), m_files.end());
    for (QStringList &list : m_byName)
        std::sort(list.begin(), list.end());
}

std::optional<QByteArray> RepositoryTree::read(const QString &rel)
{
    if (const auto it = m_cache.constFind(rel); it != m_cache.constEnd())
        return it.value();
    if (!m_fileSet.contains(rel) || m_skippedSet.contains(rel))
        return std::nullopt;
    QFile file(m_root + QLatin1Char('/') + rel);
    const qint64 size = file.size();
    if (size > m_limits.maxFileBytes) {
        skip(rel, QStringLiteral("larger than %1 bytes (%2)").arg(m_limits.maxFileBytes).arg(size));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        skip(rel, QStringLiteral("not readable: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // read at most the cap even when the file grew (or is a special file reporting size 0)
    QByteArray data = file.read(m_limits.maxFileBytes + 1);
    if (data.size() > m_limits.maxFileBytes) {
        skip(rel, QStringLiteral("larger than %1 bytes").arg(m_limits.maxFileBytes));
        return std::nullopt;
    }
    if (data.left(8192).contains('\0')) {
        skip(rel, QStringLiteral("binary file"));
        return std::nullopt;
    }
    ++m_read;
    m_cache.insert(rel, data);
    return data;
}

QString RepositoryTree::moduleFile(const QString &dotted, const QString &preferUnder) const
{
    if (dotted.isEmpty())
        return {};
    const QStringList parts = dotted.split(QLatin1Char('.'));
    const QString path = parts.join(QLatin1Char('/'));
    const QStringList candidates = {path + QStringLiteral(".py"), path + QStringLiteral("/__init__.py")};
    QString best;
    int bestScore = 0;
    for (const QString &cand : candidates) {
        const QString base = cand.section(QLatin1Char('/'), -1);
        for (const QString &file : m_byName.value(base)) {
            if (file != cand && !file.endsWith(QLatin1Char('/') + cand))
                continue;
            // prefer files under the project folder, then shorter paths
            int score = 100000 - int(file.size());
            if (!preferUnder.isEmpty() && file.startsWith(preferUnder + QLatin1Char('/')))
                score += 1000000;
            if (best.isEmpty() || score > bestScore) {
                best = file;
                bestScore = score;
            }
        }
        if (!best.isEmpty())
            return best;
    }
    return best;
}

QString RepositoryTree::relativeModuleFile(const QString &fromFile, const QString &module) const
{
    int dots = 0;
    while (dots < module.size() && module.at(dots) == QLatin1Char('.'))
        ++dots;
    if (dots == 0)
        return moduleFile(module, fromFile.section(QLatin1Char('/'), 0, 0));
    QString dir = fromFile.contains(QLatin1Char('/')) ? fromFile.section(QLatin1Char('/'), 0, -2) : QString();
    for (int i = 1; i < dots; ++i)
        dir = dir.contains(QLatin1Char('/')) ? dir.section(QLatin1Char('/'), 0, -2) : QString();
    const QString rest = module.mid(dots).replace(QLatin1Char('.'), QLatin1Char('/'));
    const QString base = rest.isEmpty() ? dir : joinPath(dir, rest);
    for (const QString &cand : QStringList{base + QStringLiteral(".py"), joinPath(base, QStringLiteral("__init__.py"))})
        if (m_fileSet.contains(cand))
            return cand;
    return {};
}

} // namespace Infra
