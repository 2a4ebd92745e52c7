// Saving and autosaving under write faults on real file systems (issue 20): a file-size limit
// (setrlimit, as `ulimit -f`), a full file system (a small tmpfs mounted in a private mount
// namespace: this test runs itself again under `unshare -m`; where the machine forbids that it
// says so and the size limit stands in) and a SIGKILL at the rename of the overwrite (this test
// again, with tests/robustness/faultinject.cpp preloaded). Each time the old bytes survive,
// the save reports the error naming the file and the document stays modified.
#include "componentcommands.h"
#include "document.h"
#include "documentmanager.h"
#include "io/atomicfile.h"
#include "recoverymanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>

// The LD_PRELOAD library of tests/robustness (defined there for this test).
#ifndef INFRA_FAULTINJECT
#define INFRA_FAULTINJECT ""
#endif

using namespace Infra;

namespace {

QString reference()
{
    return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

// Files whose names look like temporaries of an atomic write (NAME.XXXXXX) in `dir`.
QStringList temporaries(const QString &dir)
{
    QStringList found;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot > 0 && name.size() - dot - 1 == 6 && !name.endsWith(QLatin1String(".origin")))
            found.append(name);
    }
    return found;
}

// The file-size limit for this process while alive; SIGXFSZ ignored so that writes fail with
// EFBIG (as the GUI and the CLI set it up) instead of killing the test.
class SizeLimit
{
public:
    explicit SizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~SizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    bool m_ok = false;
};

// Makes the document modified by one edit (raises the web service's maximum tasks).
void edit(Document &doc, int maxTasks)
{
    doc.undoStack()->push(new ChangeComponentProperty(&doc, {QStringLiteral("web")}, QStringLiteral("max_tasks"), maxTasks));
}

} // namespace

class TestSaveFaults : public QObject
{
    Q_OBJECT

private:
    // Save and autosave in `dir` fail while `fault` is active (it fills the disk or limits
    // the file size), keep the old bytes and leave the document modified.
    void saveAndAutosaveFail(const QString &dir, const std::function<std::unique_ptr<SizeLimit>()> &fault,
                             const std::function<void()> &release);

private Q_SLOTS:
    void sizeLimit();
    void fullFileSystem();
    void killDuringSave();
};

void TestSaveFaults::saveAndAutosaveFail(const QString &dir, const std::function<std::unique_ptr<SizeLimit>()> &fault,
                                         const std::function<void()> &release)
{
    const QString path = QDir(dir).filePath(QStringLiteral("shop.infra.yaml"));
    const QByteArray old = readAll(reference());
    QVERIFY(writeBytes(path, old));

    Document doc;
    QStringList errors;
    QVERIFY(doc.load(path, &errors));
    edit(doc, 33);
    QVERIFY(doc.isModified());

    // Autosave once without a fault: that recovery file must survive the failed autosave.
    const QString recoveryDir = QDir(dir).filePath(QStringLiteral("recovery"));
    RecoveryManager recovery(&doc, recoveryDir);
    QVERIFY(recovery.autosave());
    const QByteArray firstRecovery = readAll(recovery.recoveryFile());
    QVERIFY(firstRecovery.contains("max_tasks: 33"));
    edit(doc, 44);

    DocumentManager manager(&doc, nullptr);
    manager.setQuiet(true);
    QSignalSpy failed(&recovery, &RecoveryManager::autosaveFailed);
    {
        const auto limit = fault();
        QString error;
        QVERIFY(!doc.save(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot save ") + path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY(!manager.save()); // File → Save: an error, no success
        QVERIFY(!recovery.autosave());
        release();
    }
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(recovery.recoveryFile()), qPrintable(failed.first().first().toString()));
    QCOMPARE(readAll(path), old);
    QCOMPARE(readAll(recovery.recoveryFile()), firstRecovery);
    QVERIFY(doc.isModified());
    QCOMPARE(temporaries(dir), QStringList());
    QCOMPARE(temporaries(recoveryDir), QStringList());

    // Once there is room again, saving works and the document is clean.
    QVERIFY(manager.save());
    QVERIFY(!doc.isModified());
    QVERIFY(readAll(path).contains("max_tasks: 44"));
}

void TestSaveFaults::sizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The reference design is ~7.6 KB: 4 KiB cuts every save of it short.
    saveAndAutosaveFail(
        dir.path(),
        [] {
            auto limit = std::make_unique<SizeLimit>(4096);
            if (!limit->ok())
                qFatal("setrlimit(RLIMIT_FSIZE) failed");
            return limit;
        },
        [] {});
}

void TestSaveFaults::fullFileSystem()
{
    const QString inside = qEnvironmentVariable("INFRA_TEST_FULL_DIR");
    if (!inside.isEmpty()) {
        // The child, on the tmpfs: fill it before each faulty step, empty it after.
        const QString filler = QDir(inside).filePath(QStringLiteral("filler"));
        saveAndAutosaveFail(
            inside,
            [&] {
                QFile f(filler);
                if (f.open(QIODevice::WriteOnly)) {
                    const QByteArray block(4096, '\0');
                    while (f.write(block) == block.size() && f.flush()) {
                    }
                }
                return std::unique_ptr<SizeLimit>();
            },
            [&] { QFile::remove(filler); });
        return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("unshare"),
                {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"), QStringLiteral("sh"),
                 QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs -o size=512k infra-test \"$1\" || exit 77; "
                                "INFRA_TEST_FULL_DIR=\"$1\" exec \"$0\" fullFileSystem"),
                 QCoreApplication::applicationFilePath(), dir.path()});
    QVERIFY(child.waitForFinished(120000));
    const QByteArray output = child.readAll();
    if (child.exitStatus() == QProcess::NormalExit && child.exitCode() != 0
        && (child.exitCode() == 77 || output.contains("unshare failed") || output.contains("Operation not permitted"))) {
        qInfo("cannot mount a tmpfs in a private mount namespace here (%s); the file-size limit stands in",
              output.trimmed().constData());
        sizeLimit();
        return;
    }
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    qInfo("full tmpfs in a private mount namespace: save and autosave failed cleanly");
}

void TestSaveFaults::killDuringSave()
{
    if (QByteArray(INFRA_FAULTINJECT).isEmpty())
        QFAIL("built without tests/robustness (INFRA_FAULTINJECT): the kill cannot be injected");
    const QString child = qEnvironmentVariable("INFRA_TEST_KILL_CHILD");
    if (!child.isEmpty()) {
        // The child: save (or autosave) and be killed at the rename.
        Document doc;
        QStringList errors;
        QVERIFY(doc.load(child, &errors));
        edit(doc, 55);
        if (qEnvironmentVariableIsSet("INFRA_TEST_KILL_AUTOSAVE")) {
            // A first autosave creates the recovery file; the second overwrites it.
            RecoveryManager recovery(&doc, QFileInfo(child).absolutePath() + QStringLiteral("/recovery"));
            QVERIFY(recovery.autosave());
            edit(doc, 56);
            recovery.autosave();
        } else {
            QString error;
            doc.save(child, &error);
        }
        QFAIL("not killed at the rename");
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.infra.yaml"));
    const QByteArray old = readAll(reference());
    QVERIFY(writeBytes(path, old));

    for (const bool autosave : {false, true}) {
        const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(INFRA_FAULTINJECT));
        // The autosave's recovery file is "session-<pid>.infra.yaml"; its ".origin" companion
        // ends differently and is written whole first.
        env.insert(QStringLiteral("INFRA_FAULT_KILL_AT_RENAME"), autosave ? QStringLiteral(".infra.yaml") : path);
        env.insert(QStringLiteral("INFRA_TEST_KILL_CHILD"), path);
        if (autosave)
            env.insert(QStringLiteral("INFRA_TEST_KILL_AUTOSAVE"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("killDuringSave")});
        QVERIFY(process.waitForStarted());
        const qint64 pid = process.processId();
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitStatus() == QProcess::CrashExit, process.readAll().constData());
        QCOMPARE(readAll(path), old);
        if (autosave) {
            // The first autosave stays whole; the killed second one did not replace it.
            const QByteArray recovered = readAll(QStringLiteral("%1/session-%2.infra.yaml").arg(recoveryDir).arg(pid));
            QVERIFY2(recovered.contains("max_tasks: 55"), recovered.left(200).constData());
        }
    }
    // A save after the kill works and removes the temporary the killed save left, unless its
    // six random letters happen to be all one case (1 in 32): AtomicFile leaves such names
    // alone on purpose, as a user's PATH.backup looks the same (atomicfile.h).
    Document doc;
    QStringList errors;
    QVERIFY(doc.load(path, &errors));
    edit(doc, 66);
    QString error;
    QVERIFY2(doc.save(path, &error), qPrintable(error));
    for (const QString &left : temporaries(dir.path()))
        QVERIFY2(!AtomicFile::isStaleTemporaryName(left, QFileInfo(path).fileName()), qPrintable(left + QStringLiteral(" was left")));
}

QTEST_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
