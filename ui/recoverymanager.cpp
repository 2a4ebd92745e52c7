#include "recoverymanager.h"

#include "document.h"
#include "io/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Infra {

namespace {
const QLatin1String kDesignSuffix(".infra.yaml");
const QLatin1String kOriginSuffix(".origin");
const QLatin1String kLockSuffix(".lock");
} // namespace

RecoveryManager::RecoveryManager(Document *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_sessionId(QStringLiteral("session-%1").arg(QCoreApplication::applicationPid()))
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(m_sessionId + kLockSuffix));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock();
    m_timer.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::autosave);
    m_timer.start();
}

RecoveryManager::~RecoveryManager()
{
    clear();
}

QString RecoveryManager::defaultDirectory()
{
    // Tests and scripts keep their recovery files apart from the user's.
    const QString overridden = qEnvironmentVariable("INFRA_STUDIO_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryManager::recoveryFile() const
{
    return QDir(m_directory).filePath(m_sessionId + kDesignSuffix);
}

bool RecoveryManager::autosave()
{
    if (!m_document->isModified()) {
        QFile::remove(recoveryFile());
        QFile::remove(recoveryFile() + kOriginSuffix);
        return true;
    }
    // The original file's name first: a crash between the two writes must not leave a
    // recovery file that restores as an untitled design.
    QString error, reason;
    if (!AtomicFile::write(recoveryFile() + kOriginSuffix, m_document->fileName().toUtf8(), &reason))
        error = QStringLiteral("cannot save %1: %2").arg(recoveryFile() + kOriginSuffix, reason);
    else
        m_document->writeCopy(recoveryFile(), &error);
    if (!error.isEmpty()) {
        qWarning("autosave failed: %s", qPrintable(error));
        Q_EMIT autosaveFailed(error);
        return false;
    }
    Q_EMIT autosaved(recoveryFile());
    return true;
}

void RecoveryManager::clear()
{
    QFile::remove(recoveryFile());
    QFile::remove(recoveryFile() + kOriginSuffix);
}

QList<RecoveryManager::Recovery> RecoveryManager::orphans() const
{
    QList<Recovery> result;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("session-*") + kDesignSuffix}, QDir::Files, QDir::Time);
    for (const QString &file : files) {
        const QString stem = file.chopped(kDesignSuffix.size());
        if (stem == m_sessionId)
            continue;
        // A live session holds its lock; a crashed one left a stale lock or none.
        QLockFile lock(dir.filePath(stem + kLockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        Recovery r;
        r.recoveryFile = dir.filePath(file);
        QFile origin(r.recoveryFile + kOriginSuffix);
        if (origin.open(QIODevice::ReadOnly))
            r.originalFile = QString::fromUtf8(origin.readAll());
        result.append(r);
    }
    return result;
}

void RecoveryManager::remove(const Recovery &recovery)
{
    QFile::remove(recovery.recoveryFile);
    QFile::remove(recovery.recoveryFile + kOriginSuffix);
    QFile::remove(recovery.recoveryFile.chopped(kDesignSuffix.size()) + kLockSuffix);
}

} // namespace Infra
