#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Infra {

// The bytes of `file` as it was at git revision `rev` ("HEAD", "main~2", a commit id), read
// with `git show REV:./NAME` run in the file's folder — git from the user's PATH, no shell.
// Nothing else is run. Returns nothing with `error` set when git is missing, the folder is
// not in a repository, or the revision or the file at that revision does not exist.
std::optional<QByteArray> readGitRevision(const QString &file, const QString &rev, QString *error);

// "REV:path" as the reports name that side.
QString gitRevisionLabel(const QString &file, const QString &rev);

} // namespace Infra
