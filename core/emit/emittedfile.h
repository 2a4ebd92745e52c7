#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Infra {

// One file of the exported repository: a path relative to the export root ("terraform/rds.tf"),
// its language for previews and syntax highlighting, and its exact bytes.
struct EmittedFile
{
    QString path;
    QString language; // "terraform", "markdown", "yaml", "ini", "python", "svg", "png"
    QByteArray content;

    bool operator==(const EmittedFile &other) const = default;
};

using EmittedFiles = QList<EmittedFile>;

} // namespace Infra
