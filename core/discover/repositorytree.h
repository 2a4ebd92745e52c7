#pragma once

#include "discoveryresult.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Infra {

// Bounds that keep discovery finite on any input: hostile repositories (huge or binary files,
// symlink loops, deep trees) are listed as skipped, never followed or read in full.
struct DiscoveryLimits
{
    int maxFiles = 50000;            // files listed; the walk stops there
    int maxDepth = 24;               // folder depth below the root
    qint64 maxFileBytes = 1 << 20;   // larger files are not read
    int maxEvalDepth = 64;           // nesting of Python expressions evaluated
    int maxIncludeDepth = 16;        // settings including settings including…
    int parseTimeoutMs = 10000;      // tree-sitter's budget per file (wall clock, so generous on a loaded machine)
};

// The repository's files, listed once: relative paths, no symlinked folders, no VCS or
// virtualenv folders. Reads go through read(), which applies the size and binary checks and
// records what it skipped.
class RepositoryTree
{
public:
    RepositoryTree(const QString &root, const DiscoveryLimits &limits);

    QString root() const { return m_root; }
    const QStringList &files() const { return m_files; } // sorted
    bool contains(const QString &rel) const { return m_fileSet.contains(rel); }
    // Files with this base name ("manage.py"), sorted.
    QStringList named(const QString &baseName) const { return m_byName.value(baseName); }
    // Contents of a listed file, or nothing (recorded as skipped) when it is too large,
    // binary or unreadable.
    std::optional<QByteArray> read(const QString &rel);

    const std::vector<SkippedFile> &skipped() const { return m_skipped; }
    void addSkipped(const QString &rel, const QString &reason) { skip(rel, reason); }
    int filesRead() const { return m_read; }
    const DiscoveryLimits &limits() const { return m_limits; }

    // The file of a Python module: "a.b.c" → "…/a/b/c.py" or "…/a/b/c/__init__.py", preferring
    // the shortest path under `preferUnder` (a folder, "" for the root).
    QString moduleFile(const QString &dotted, const QString &preferUnder = {}) const;
    // A relative import ("." + "base", "..", "x") from a file → the module's file, or "".
    QString relativeModuleFile(const QString &fromFile, const QString &module) const;

private:
    void walk();
    void skip(const QString &rel, const QString &reason);

    QString m_root;
    DiscoveryLimits m_limits;
    QStringList m_files;
    QHash<QString, bool> m_fileSet;
    QHash<QString, QStringList> m_byName;
    QHash<QString, QByteArray> m_cache;
    QHash<QString, bool> m_skippedSet;
    std::vector<SkippedFile> m_skipped;
    int m_read = 0;
};

QString joinPath(const QString &dir, const QString &rel); // "", "a" → "a"; "x", "../y" normalised

} // namespace Infra
