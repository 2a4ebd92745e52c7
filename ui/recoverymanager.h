#pragma once

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Infra {

class Document;

// Crash recovery: while the document is dirty it is written every interval (30 s by
// default) to a recovery file of this session; a clean close removes it. Each session
// holds a lock next to its file, so at the next start the files whose lock is stale
// (their process died) are the ones to offer for restoring.
class RecoveryManager : public QObject
{
    Q_OBJECT

public:
    struct Recovery
    {
        QString recoveryFile;   // the autosaved design
        QString originalFile;   // the file it was opened from, empty for an untitled design
    };

    RecoveryManager(Document *document, const QString &directory = defaultDirectory(), QObject *parent = nullptr);
    ~RecoveryManager() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString recoveryFile() const;

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }

    // Recovery files left by sessions that ended without cleaning up.
    QList<Recovery> orphans() const;
    // Removes an orphan's files (after restoring or discarding it).
    static void remove(const Recovery &recovery);

    // Writes the recovery file now (when dirty) or removes it (when clean). A failed write
    // (full disk, size limit) leaves the previous recovery file as it was, emits
    // autosaveFailed() and returns false.
    bool autosave();
    // Removes this session's recovery file (clean shutdown).
    void clear();

Q_SIGNALS:
    void autosaved(const QString &path);
    void autosaveFailed(const QString &error);

private:
    Document *m_document;
    QString m_directory;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
};

} // namespace Infra
