#include "exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Infra {

Exporter::Report Exporter::write(const EmittedFiles &files, const QString &rootDir)
{
    Report report;
    const QDir root(rootDir);
    for (const EmittedFile &f : files) {
        // Emitted paths are relative and never climb out of the root.
        if (f.path.isEmpty() || QDir::isAbsolutePath(f.path) || f.path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            report.errors.append(f.path + QStringLiteral(": not a relative path inside the export folder"));
            continue;
        }
        const QString target = root.filePath(f.path);
        bool exists = false;
        {
            QFile existing(target);
            if (existing.exists()) {
                exists = true;
                if (existing.open(QIODevice::ReadOnly) && existing.size() == f.content.size() && existing.readAll() == f.content) {
                    report.unchanged.append(f.path);
                    continue;
                }
            }
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            report.errors.append(f.path + QStringLiteral(": cannot create its folder"));
            continue;
        }
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size() || !out.commit()) {
            report.errors.append(f.path + QStringLiteral(": ") + out.errorString());
            continue;
        }
        (exists ? report.changed : report.written).append(f.path);
    }
    return report;
}

} // namespace Infra
