#include "gitrevision.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Infra {

std::optional<QByteArray> readGitRevision(const QString &file, const QString &rev, QString *error)
{
    // A revision is passed as part of one argument ("REV:./name"); one that starts with a
    // dash or holds a colon or a control character would be read as something else.
    if (rev.isEmpty() || rev.startsWith(QLatin1Char('-')) || rev.contains(QLatin1Char(':'))
        || std::any_of(rev.begin(), rev.end(), [](QChar c) { return c.unicode() < 0x20; })) {
        *error = QStringLiteral("'%1' is not a git revision").arg(rev);
        return std::nullopt;
    }
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty()) {
        *error = QStringLiteral("git is not on PATH: install git to compare with a revision, or compare two files");
        return std::nullopt;
    }
    const QFileInfo info(file);
    QProcess process;
    process.setWorkingDirectory(info.absolutePath());
    // Never a pager, never a prompt for credentials: this runs unattended.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(env);
    process.start(git, {QStringLiteral("--no-pager"), QStringLiteral("show"), rev + QStringLiteral(":./") + info.fileName()});
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run git: %1").arg(process.errorString());
        return std::nullopt;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(1000);
        *error = QStringLiteral("git show did not finish within 60 s");
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        *error = QStringLiteral("git cannot show %1 at %2: %3").arg(QDir::toNativeSeparators(file), rev,
                                                                     message.isEmpty() ? QStringLiteral("exit code %1").arg(process.exitCode()) : message);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

QString gitRevisionLabel(const QString &file, const QString &rev)
{
    return rev + QLatin1Char(':') + QDir::toNativeSeparators(file);
}

} // namespace Infra
