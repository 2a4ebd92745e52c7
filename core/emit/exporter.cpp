#include "exporter.h"

#include "io/atomicfile.h"
#include "io/atomicfilebatch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

namespace Infra {

namespace {

bool insideRoot(const QString &path)
{
    return !path.isEmpty() && !QDir::isAbsolutePath(path) && !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

std::optional<QByteArray> readExisting(const QString &path)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QByteArray manifestBytes(const QHash<QString, QString> &entries)
{
    QJsonObject files;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        files.insert(it.key(), it.value());
    const QJsonObject root{
        {QStringLiteral("about"), QStringLiteral("Written by infra-studio export: the checksum of every file it wrote, so that a "
                                                 "later export can tell which of them were edited by hand.")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented); // QJsonObject sorts the keys
}

} // namespace

QString Exporter::manifestFileName()
{
    return QStringLiteral(".infra-studio-export.json");
}

QString Exporter::checksum(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QHash<QString, QString> Exporter::manifest(const QString &rootDir)
{
    QHash<QString, QString> entries;
    const std::optional<QByteArray> bytes = readExisting(QDir(rootDir).filePath(manifestFileName()));
    if (!bytes)
        return entries;
    const QJsonObject files = QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.value().isString())
            entries.insert(it.key(), it.value().toString());
    }
    return entries;
}

QList<Exporter::PlanEntry> Exporter::plan(const EmittedFiles &files, const QString &rootDir)
{
    QList<PlanEntry> result;
    result.reserve(files.size());
    const QDir root(rootDir);
    const QHash<QString, QString> recorded = manifest(rootDir);
    for (const EmittedFile &f : files) {
        PlanEntry entry{f.path, Status::Create, false};
        if (insideRoot(f.path) && QFileInfo::exists(root.filePath(f.path))) {
            entry.status = Status::Change;
            const std::optional<QByteArray> existing = readExisting(root.filePath(f.path));
            if (existing && *existing == f.content) {
                entry.status = Status::Unchanged;
            } else if (existing) {
                const QString sum = recorded.value(f.path);
                entry.editedByHand = !sum.isEmpty() && sum != checksum(*existing);
            }
        }
        result.append(entry);
    }
    return result;
}

Exporter::Report Exporter::write(const EmittedFiles &files, const QString &rootDir, HandEdits handEdits)
{
    return write(files, {}, rootDir, handEdits);
}

Exporter::Report Exporter::write(const EmittedFiles &early, const std::function<EmittedFiles()> &late, const QString &rootDir,
                                 HandEdits handEdits)
{
    Report report;
    const QDir root(rootDir);
    const QHash<QString, QString> recorded = manifest(rootDir);
    QHash<QString, QString> entries = recorded; // files of other parts keep their entries
    // The files to write go through one batch (one wait for the disk, not one per file); what
    // the report says of each is known after its commit, and is listed in the files' order.
    // Late files are appended to `files` when they come; what the report says of each file is
    // kept by its index until the end.
    EmittedFiles files = early;
    enum class Outcome { None, Written, Changed, Unchanged };
    std::vector<Outcome> outcome;
    std::vector<char> editedByHand, kept;
    std::vector<QStringList> removed; // stale temporaries found beside each file
    QStringList error;
    auto grow = [&] {
        const size_t n = size_t(files.size());
        outcome.resize(n, Outcome::None);
        editedByHand.resize(n, 0);
        kept.resize(n, 0);
        removed.resize(n);
        error.resize(files.size());
    };
    grow();
    AtomicFileBatch batch;
    std::vector<qsizetype> inBatch; // index in `files` of each file added to the batch
    std::vector<QString> inBatchSums; // and its checksum
    const QString manifestPath = root.filePath(manifestFileName());
    bool manifestWritten = false;
    // The last batch also carries the manifest as it is when every file of that batch is written,
    // replaced after them and only if they all were, on the same two syncs (else it is written
    // on its own below, with what was written).
    auto commit = [&](bool last) {
        if (last && !inBatch.empty()) {
            QHash<QString, QString> expected = entries;
            for (size_t i = 0; i < inBatch.size(); ++i)
                expected.insert(files[inBatch[i]].path, inBatchSums[i]);
            if (expected != recorded) {
                if (batch.add(manifestPath, manifestBytes(expected), nullptr, AtomicFileBatch::When::IfAllOthersCommitted))
                    manifestWritten = true; // unless its outcome says otherwise
            }
        }
        const QList<AtomicFileBatch::Outcome> committed = batch.commit();
        for (qsizetype i = 0; i < committed.size(); ++i) {
            if (size_t(i) >= inBatch.size()) { // the manifest
                manifestWritten = manifestWritten && committed[i].ok();
                continue;
            }
            const qsizetype index = inBatch[size_t(i)];
            const EmittedFile &f = files[index];
            if (!committed[i].ok()) {
                error[index] = f.path + QStringLiteral(": cannot write: ") + committed[i].error;
                outcome[size_t(index)] = Outcome::None;
                continue;
            }
            entries.insert(f.path, inBatchSums[size_t(i)]);
        }
        inBatch.clear();
        inBatchSums.clear();
    };
    // Each folder is listed once for leftovers of interrupted writes, before anything is added;
    // the manifest's (an export killed before its rename leaves one) as well.
    QHash<QString, QStringList> folderEntries;
    if (QFileInfo(rootDir).isDir()) {
        for (const QString &stale : AtomicFile::removeStaleTemporaries(manifestPath))
            report.removedTemporaries.append(root.relativeFilePath(stale));
    }
    auto add = [&](qsizetype index) {
        const EmittedFile &f = files[index];
        // Emitted paths are relative and never climb out of the root.
        if (!insideRoot(f.path)) {
            error[index] = f.path + QStringLiteral(": not a relative path inside the export folder");
            return;
        }
        const QString target = root.filePath(f.path);
        const QString folder = QFileInfo(target).absolutePath();
        auto listed = folderEntries.find(folder);
        if (listed == folderEntries.end())
            listed = folderEntries.insert(folder, QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System));
        for (const QString &stale : AtomicFile::removeStaleTemporaries(target, *listed))
            removed[size_t(index)].append(root.relativeFilePath(stale));
        const bool exists = QFileInfo::exists(target);
        if (exists) {
            const std::optional<QByteArray> existing = readExisting(target);
            if (existing && *existing == f.content) {
                outcome[size_t(index)] = Outcome::Unchanged;
                entries.insert(f.path, checksum(f.content));
                return;
            }
            const QString sum = recorded.value(f.path);
            if (existing && !sum.isEmpty() && sum != checksum(*existing)) {
                editedByHand[size_t(index)] = 1;
                if (handEdits == HandEdits::Keep) {
                    kept[size_t(index)] = 1;
                    return;
                }
            }
        }
        if (!QDir().mkpath(folder)) {
            error[index] = f.path + QStringLiteral(": cannot create its folder");
            return;
        }
        QString reason;
        if (!batch.add(target, f.content, &reason)) {
            error[index] = f.path + QStringLiteral(": cannot write: ") + reason;
            return;
        }
        outcome[size_t(index)] = exists ? Outcome::Changed : Outcome::Written;
        inBatch.push_back(index);
        inBatchSums.push_back(checksum(f.content));
        // Bounded: open temporaries (one descriptor each) and bytes waiting beside their targets.
        if (batch.size() >= 256 || batch.bytes() >= (qint64(256) << 20))
            commit(false);
    };
    for (qsizetype index = 0; index < files.size(); ++index)
        add(index);
    // The report's order: `early` and the late files merged by path.
    std::vector<qsizetype> order(size_t(files.size()));
    for (qsizetype i = 0; i < files.size(); ++i)
        order[size_t(i)] = i;
    if (late) {
        const qsizetype first = files.size();
        files.append(late());
        grow();
        std::vector<qsizetype> lateOrder;
        for (qsizetype index = first; index < files.size(); ++index) {
            add(index);
            lateOrder.push_back(index);
        }
        std::vector<qsizetype> merged;
        merged.reserve(order.size() + lateOrder.size());
        std::merge(order.cbegin(), order.cend(), lateOrder.cbegin(), lateOrder.cend(), std::back_inserter(merged),
                   [&files](qsizetype a, qsizetype b) { return files[a].path < files[b].path; });
        order = std::move(merged);
    }
    commit(true);
    for (const qsizetype index : order) {
        const size_t i = size_t(index);
        report.removedTemporaries.append(removed[i]);
        if (outcome[i] == Outcome::Written)
            report.written.append(files[index].path);
        else if (outcome[i] == Outcome::Changed)
            report.changed.append(files[index].path);
        else if (outcome[i] == Outcome::Unchanged)
            report.unchanged.append(files[index].path);
        if (editedByHand[i])
            report.editedByHand.append(files[index].path);
        if (kept[i])
            report.kept.append(files[index].path);
        if (!error[index].isEmpty())
            report.errors.append(error[index]);
    }
    if (!manifestWritten && entries != recorded && QFileInfo(rootDir).isDir()) {
        QString reason;
        if (!AtomicFile::write(root.filePath(manifestFileName()), manifestBytes(entries), &reason))
            report.errors.append(manifestFileName() + QStringLiteral(": cannot write: ") + reason);
    }
    return report;
}

} // namespace Infra
