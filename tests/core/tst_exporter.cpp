#include "emit/exporter.h"
#include "io/atomicfile.h"
#include "io/atomicfilebatch.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Infra;

namespace {

// A file-size limit (ulimit -f) of `bytes` while it lives, with SIGXFSZ ignored so that a write
// over it fails with EFBIG instead of killing the process; both restored when it ends.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
        : m_previousHandler(std::signal(SIGXFSZ, SIG_IGN))
    {
        if (::getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
            return;
        struct rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_set = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_set)
            ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isSet() const { return m_set; }

private:
    void (*m_previousHandler)(int);
    struct rlimit m_saved = {};
    bool m_set = false;
};

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void put(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    // Names in `folder` that AtomicFile takes for temporaries of `target` (a file name).
    static QStringList temporariesOf(const QString &folder, const QString &target)
    {
        QStringList found;
        for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
            if (AtomicFile::isStaleTemporaryName(name, target))
                found.append(name);
        }
        return found;
    }

private Q_SLOTS:
    void writesChangesAndLeavesAlone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const EmittedFiles files = {
            {QStringLiteral("terraform/a.tf"), QStringLiteral("terraform"), QByteArray("a = 1\n")},
            {QStringLiteral("docs/deep/b.md"), QStringLiteral("markdown"), QByteArray("# B\n")},
        };
        // A file of the user's own next to the exported ones.
        QDir().mkpath(dir.filePath(QStringLiteral("terraform")));
        QFile mine(dir.filePath(QStringLiteral("terraform/mine.tf")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("keep me\n");
        mine.close();

        Exporter::Report first = Exporter::write(files, dir.path());
        QVERIFY(first.ok());
        QCOMPARE(first.written, QStringList({QStringLiteral("terraform/a.tf"), QStringLiteral("docs/deep/b.md")}));
        QVERIFY(first.changed.isEmpty());
        QVERIFY(first.unchanged.isEmpty());
        QCOMPARE(read(dir.filePath(QStringLiteral("docs/deep/b.md"))), QByteArray("# B\n"));

        const QDateTime stamp = QFileInfo(dir.filePath(QStringLiteral("terraform/a.tf"))).lastModified();
        Exporter::Report second = Exporter::write(files, dir.path());
        QCOMPARE(second.unchanged, QStringList({QStringLiteral("terraform/a.tf"), QStringLiteral("docs/deep/b.md")}));
        QVERIFY(second.written.isEmpty() && second.changed.isEmpty());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("terraform/a.tf"))).lastModified(), stamp); // not rewritten

        EmittedFiles edited = files;
        edited[0].content = "a = 2\n";
        Exporter::Report third = Exporter::write(edited, dir.path());
        QCOMPARE(third.changed, QStringList({QStringLiteral("terraform/a.tf")}));
        QCOMPARE(third.unchanged, QStringList({QStringLiteral("docs/deep/b.md")}));
        QCOMPARE(read(dir.filePath(QStringLiteral("terraform/a.tf"))), QByteArray("a = 2\n"));

        QCOMPARE(read(dir.filePath(QStringLiteral("terraform/mine.tf"))), QByteArray("keep me\n"));
        // No temporary files left behind by the atomic writes.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("terraform"))).entryList(QDir::Files), QStringList({QStringLiteral("a.tf"), QStringLiteral("mine.tf")}));
    }

    // Files that come late (the export's PNG, still being drawn): late() is called once the
    // others are in their temporaries, nothing is committed before its files joined them, and the
    // report and the files are those of one list merged by path: written, then changed and
    // unchanged, a hand edit, a file outside the root.
    void lateFilesJoinTheBatch()
    {
        const EmittedFiles early = {
            {QStringLiteral("a/1.txt"), QStringLiteral("text"), QByteArray("one\n")},
            {QStringLiteral("c/3.txt"), QStringLiteral("text"), QByteArray("three\n")},
            {QStringLiteral("e/5.txt"), QStringLiteral("text"), QByteArray("five\n")},
        };
        const EmittedFiles lateFiles = {
            {QStringLiteral("b/2.png"), QStringLiteral("png"), QByteArray("two\n")},
            {QStringLiteral("d/4.png"), QStringLiteral("png"), QByteArray("four\n")},
            {QStringLiteral("../out.png"), QStringLiteral("png"), QByteArray("never\n")},
        };
        EmittedFiles all = early + lateFiles;
        std::sort(all.begin(), all.end(), [](const EmittedFile &x, const EmittedFile &y) { return x.path < y.path; });
        QTemporaryDir atOnce, withLate;
        QVERIFY(atOnce.isValid() && withLate.isValid());
        EmittedFiles earlyNow = early, lateNow = lateFiles, allNow = all;
        for (int round = 0; round < 3; ++round) {
            // Round 1 changes a file of each list and edits one of each by hand; round 2 changes nothing.
            if (round == 1) {
                for (const QTemporaryDir *dir : {&atOnce, &withLate}) {
                    put(dir->filePath(QStringLiteral("c/3.txt")), "edited\n");
                    put(dir->filePath(QStringLiteral("d/4.png")), "edited\n");
                }
                earlyNow[0].content = lateNow[0].content = "new\n";
                for (EmittedFile &f : allNow) {
                    if (f.path == QLatin1String("a/1.txt") || f.path == QLatin1String("b/2.png"))
                        f.content = "new\n";
                }
            }
            const Exporter::Report expected = Exporter::write(allNow, atOnce.path());
            int calls = 0;
            QStringList seen; // what late() found, checked below (QCOMPARE returns void)
            const Exporter::Report report = Exporter::write(
                earlyNow,
                [&]() -> EmittedFiles {
                    ++calls;
                    // The early files are in their temporaries, none committed yet.
                    for (const EmittedFile &f : earlyNow) {
                        const QFileInfo target(withLate.filePath(f.path));
                        seen.append(f.path + QLatin1Char(' ')
                                    + QString::number(temporariesOf(target.absolutePath(), target.fileName()).size()));
                    }
                    seen.append(QStringLiteral("manifest ")
                                + QString::number(QFileInfo::exists(withLate.filePath(Exporter::manifestFileName()))));
                    return lateNow;
                },
                withLate.path());
            const QStringList expectedSeen[3] = {
                {QStringLiteral("a/1.txt 1"), QStringLiteral("c/3.txt 1"), QStringLiteral("e/5.txt 1"), QStringLiteral("manifest 0")},
                {QStringLiteral("a/1.txt 1"), QStringLiteral("c/3.txt 1"), QStringLiteral("e/5.txt 0"), QStringLiteral("manifest 1")},
                {QStringLiteral("a/1.txt 0"), QStringLiteral("c/3.txt 0"), QStringLiteral("e/5.txt 0"), QStringLiteral("manifest 1")},
            };
            QCOMPARE(seen, expectedSeen[round]);
            QCOMPARE(calls, 1);
            QCOMPARE(report.written, expected.written);
            QCOMPARE(report.changed, expected.changed);
            QCOMPARE(report.unchanged, expected.unchanged);
            QCOMPARE(report.editedByHand, expected.editedByHand);
            QCOMPARE(report.errors.size(), 1);
            QCOMPARE(report.errors, expected.errors);
            if (round == 0)
                QCOMPARE(report.written.size(), 5);
            if (round == 1) {
                QCOMPARE(report.changed, QStringList({QStringLiteral("a/1.txt"), QStringLiteral("b/2.png"),
                                                      QStringLiteral("c/3.txt"), QStringLiteral("d/4.png")}));
                QCOMPARE(report.editedByHand, QStringList({QStringLiteral("c/3.txt"), QStringLiteral("d/4.png")}));
            }
            if (round == 2)
                QCOMPARE(report.unchanged.size(), 5);
            for (const EmittedFile &f : allNow) {
                if (!f.path.startsWith(QLatin1String("..")))
                    QCOMPARE(read(withLate.filePath(f.path)), read(atOnce.filePath(f.path)));
            }
            QCOMPARE(read(withLate.filePath(Exporter::manifestFileName())), read(atOnce.filePath(Exporter::manifestFileName())));
        }
    }

    void refusesPathsOutsideTheRoot()
    {
        QTemporaryDir dir;
        const EmittedFiles files = {
            {QStringLiteral("../escape.tf"), QStringLiteral("terraform"), QByteArray("x")},
            {QStringLiteral("/abs.tf"), QStringLiteral("terraform"), QByteArray("x")},
        };
        const Exporter::Report r = Exporter::write(files, dir.path());
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors.first(), QStringLiteral("../escape.tf: not a relative path inside the export folder"));
        QVERIFY(r.written.isEmpty());
    }

    // The manifest's checksums tell a file edited by hand since the last export from one the
    // export itself wrote; the caller overwrites (reported) or keeps it (issue 20).
    void handEditsAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const EmittedFiles first = {
            {QStringLiteral("terraform/a.tf"), QStringLiteral("terraform"), QByteArray("a = 1\n")},
            {QStringLiteral("terraform/b.tf"), QStringLiteral("terraform"), QByteArray("b = 1\n")},
        };
        QVERIFY(Exporter::write(first, dir.path()).ok());
        QVERIFY(QFileInfo::exists(dir.filePath(Exporter::manifestFileName())));
        QCOMPARE(Exporter::manifest(dir.path()).value(QStringLiteral("terraform/a.tf")),
                 QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash("a = 1\n", QCryptographicHash::Sha256).toHex()));

        // b.tf edited by hand; the design changes both files.
        QFile b(dir.filePath(QStringLiteral("terraform/b.tf")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("b = 1 # mine\n");
        b.close();
        EmittedFiles second = first;
        second[0].content = "a = 2\n";
        second[1].content = "b = 2\n";

        const QList<Exporter::PlanEntry> plan = Exporter::plan(second, dir.path());
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[0].status, Exporter::Status::Change);
        QVERIFY(!plan[0].editedByHand); // a.tf: what the last export wrote
        QCOMPARE(plan[1].status, Exporter::Status::Change);
        QVERIFY(plan[1].editedByHand);

        const Exporter::Report kept = Exporter::write(second, dir.path(), Exporter::HandEdits::Keep);
        QCOMPARE(kept.changed, QStringList{QStringLiteral("terraform/a.tf")});
        QCOMPARE(kept.editedByHand, QStringList{QStringLiteral("terraform/b.tf")});
        QCOMPARE(kept.kept, QStringList{QStringLiteral("terraform/b.tf")});
        QCOMPARE(read(dir.filePath(QStringLiteral("terraform/b.tf"))), QByteArray("b = 1 # mine\n"));
        // Still a hand edit next time: the manifest keeps the old checksum of a kept file.
        QVERIFY(Exporter::plan(second, dir.path())[1].editedByHand);

        const Exporter::Report overwritten = Exporter::write(second, dir.path());
        QCOMPARE(overwritten.editedByHand, QStringList{QStringLiteral("terraform/b.tf")});
        QCOMPARE(overwritten.changed, QStringList{QStringLiteral("terraform/b.tf")});
        QCOMPARE(read(dir.filePath(QStringLiteral("terraform/b.tf"))), QByteArray("b = 2\n"));
        QVERIFY(!Exporter::plan(second, dir.path())[1].editedByHand);
        // plan() writes nothing: a plan for a missing folder creates no folder.
        const QString missing = dir.filePath(QStringLiteral("not-yet"));
        QCOMPARE(Exporter::plan(second, missing)[0].status, Exporter::Status::Create);
        QVERIFY(!QFileInfo::exists(missing));
    }

    // A temporary left by a write killed before its rename (QSaveFile's NAME.XXXXXX) is
    // removed by the next export; a user's NAME.backup beside it is not (issue 20).
    void removesStaleTemporaries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath(QStringLiteral("terraform")));
        for (const char *name : {"terraform/alb.tf.WlpZNw", "terraform/alb.tf.backup", "terraform/alb.tf.BACKUP", "terraform/other.tf.AbCdEf"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half");
        }
        const Exporter::Report r =
            Exporter::write({{QStringLiteral("terraform/alb.tf"), QStringLiteral("terraform"), QByteArray("x\n")}}, dir.path());
        QVERIFY(r.ok());
        QCOMPARE(r.removedTemporaries, QStringList{QStringLiteral("terraform/alb.tf.WlpZNw")});
        QCOMPARE(QDir(dir.filePath(QStringLiteral("terraform"))).entryList(QDir::Files),
                 QStringList({QStringLiteral("alb.tf"), QStringLiteral("alb.tf.BACKUP"), QStringLiteral("alb.tf.backup"),
                              QStringLiteral("other.tf.AbCdEf")}));
    }

    // A batch writes every file's temporary first and replaces no target before commit(); the
    // temporaries carry names a later write recognises as leftovers (six letters, both cases).
    void batchReplacesTargetsAtCommit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("a.tf")), b = dir.filePath(QStringLiteral("b.tf"));
        put(a, "old a\n");
        AtomicFileBatch batch;
        QString reason;
        QVERIFY(batch.add(a, "new a\n", &reason));
        QVERIFY(batch.add(b, "new b\n", &reason));
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.bytes(), qint64(12));
        QCOMPARE(read(a), QByteArray("old a\n"));
        QVERIFY(!QFileInfo::exists(b));
        const QStringList temporaries = temporariesOf(dir.path(), QStringLiteral("a.tf")) + temporariesOf(dir.path(), QStringLiteral("b.tf"));
        QCOMPARE(temporaries.size(), 2);
        for (const QString &t : temporaries)
            QCOMPARE(read(dir.filePath(t)), t.startsWith(QLatin1Char('a')) ? QByteArray("new a\n") : QByteArray("new b\n"));
        const QList<AtomicFileBatch::Outcome> outcomes = batch.commit();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0].path, a);
        QVERIFY(outcomes[0].ok());
        QCOMPARE(outcomes[1].path, b);
        QVERIFY(outcomes[1].ok());
        QCOMPARE(read(a), QByteArray("new a\n"));
        QCOMPARE(read(b), QByteArray("new b\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({QStringLiteral("a.tf"), QStringLiteral("b.tf")}));
        QCOMPARE(batch.size(), 0);
        QVERIFY(batch.commit().isEmpty());
    }

    // A file added IfAllOthersCommitted (an export's manifest) is replaced with the others, after
    // them, and only when all of them were: when one cannot be renamed over its target (a folder
    // took its place after add()), the file keeps its old bytes and leaves no temporary.
    void conditionalFileCommitsOnlyWithTheOthers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("a.tf")), b = dir.filePath(QStringLiteral("b.tf")),
                      manifest = dir.filePath(QStringLiteral("manifest.json"));
        put(manifest, "old manifest\n");
        {
            AtomicFileBatch batch;
            QVERIFY(batch.add(manifest, "new manifest\n", nullptr, AtomicFileBatch::When::IfAllOthersCommitted));
            QVERIFY(batch.add(a, "new a\n"));
            const QList<AtomicFileBatch::Outcome> outcomes = batch.commit();
            QCOMPARE(outcomes.size(), 2);
            QCOMPARE(outcomes[0].path, manifest); // in the order of add()
            QVERIFY2(outcomes[0].ok(), qPrintable(outcomes[0].error));
            QVERIFY(outcomes[1].ok());
            QCOMPARE(read(manifest), QByteArray("new manifest\n"));
            QCOMPARE(read(a), QByteArray("new a\n"));
        }
        AtomicFileBatch batch;
        QVERIFY(batch.add(a, "newer a\n"));
        QVERIFY(batch.add(b, "new b\n"));
        QVERIFY(batch.add(manifest, "newer manifest\n", nullptr, AtomicFileBatch::When::IfAllOthersCommitted));
        put(b + QStringLiteral("/inside"), "x"); // b.tf is now a folder: the rename over it fails
        const QList<AtomicFileBatch::Outcome> outcomes = batch.commit();
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes[0].ok());
        QVERIFY(!outcomes[1].ok());
        QVERIFY(!outcomes[2].ok());
        QCOMPARE(outcomes[2].path, manifest);
        QCOMPARE(read(a), QByteArray("newer a\n"));
        QCOMPARE(read(manifest), QByteArray("new manifest\n"));
        QVERIFY(temporariesOf(dir.path(), QStringLiteral("manifest.json")).isEmpty());
        QVERIFY(temporariesOf(dir.path(), QStringLiteral("b.tf")).isEmpty());
    }

    // The manifest is written in the export's batch: after an export it is there, complete,
    // with no temporary beside it; a temporary of it left by an interrupted export is removed
    // and reported by the next one.
    void manifestIsWrittenWithTheFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const EmittedFiles files = {{QStringLiteral("terraform/a.tf"), QStringLiteral("terraform"), QByteArray("a = 1\n")},
                                    {QStringLiteral("b.md"), QStringLiteral("markdown"), QByteArray("# B\n")}};
        put(dir.filePath(QStringLiteral(".infra-studio-export.json.AbCdEf")), "left by a kill");
        const Exporter::Report r = Exporter::write(files, dir.path());
        QVERIFY(r.ok());
        QCOMPARE(r.removedTemporaries, QStringList{QStringLiteral(".infra-studio-export.json.AbCdEf")});
        QCOMPARE(Exporter::manifest(dir.path()).value(QStringLiteral("terraform/a.tf")), Exporter::checksum("a = 1\n"));
        QCOMPARE(Exporter::manifest(dir.path()).value(QStringLiteral("b.md")), Exporter::checksum("# B\n"));
        QVERIFY(temporariesOf(dir.path(), Exporter::manifestFileName()).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral(".infra-studio-export.json"), QStringLiteral("b.md")}));
    }

    // A batch dropped before commit() leaves the targets and no temporary.
    void uncommittedBatchLeavesNothing()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.tf"));
        put(a, "old a\n");
        {
            AtomicFileBatch batch;
            QVERIFY(batch.add(a, "new a\n"));
            QVERIFY(batch.add(dir.filePath(QStringLiteral("b.tf")), "new b\n"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.tf")});
        QCOMPARE(read(a), QByteArray("old a\n"));
    }

    // As QSaveFile: a replaced file keeps its permissions, a new one gets 0666 less the umask, a
    // symbolic link stays a link and its target gets the bytes; a folder is not replaced.
    void batchKeepsPermissionsAndLinks()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("run.sh")), target = dir.filePath(QStringLiteral("real.tf")),
                      link = dir.filePath(QStringLiteral("link.tf")), fresh = dir.filePath(QStringLiteral("fresh.tf"));
        put(script, "old\n");
        QVERIFY(::chmod(QFile::encodeName(script).constData(), 0750) == 0);
        put(target, "old target\n");
        QVERIFY(QFile::link(target, link));
        QDir().mkpath(dir.filePath(QStringLiteral("folder.tf")));
        const mode_t mask = ::umask(022);
        AtomicFileBatch batch;
        QVERIFY(batch.add(script, "new\n"));
        QVERIFY(batch.add(link, "new target\n"));
        QVERIFY(batch.add(fresh, "fresh\n"));
        QString reason;
        QVERIFY(!batch.add(dir.filePath(QStringLiteral("folder.tf")), "x", &reason));
        QCOMPARE(reason, QStringLiteral("Is a directory"));
        for (const AtomicFileBatch::Outcome &o : batch.commit())
            QVERIFY2(o.ok(), qPrintable(o.path + QStringLiteral(": ") + o.error));
        ::umask(mask);
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(script).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0750));
        QVERIFY(::stat(QFile::encodeName(fresh).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0644));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(read(target), QByteArray("new target\n"));
        QCOMPARE(read(script), QByteArray("new\n"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder.tf"))).isDir());
    }

    // A file that cannot be written in the middle of an export (here: over the file-size limit)
    // keeps its old bytes and leaves no temporary; the files before and after it are written,
    // and the manifest keeps the old file's checksum, so it is not taken for a hand edit later.
    void failureInTheMiddleKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto file = [](const char *path, const QByteArray &bytes) {
            return EmittedFile{QString::fromLatin1(path), QStringLiteral("terraform"), bytes};
        };
        const EmittedFiles old = {file("terraform/a.tf", "a = 1\n"), file("terraform/b.tf", "b = 1\n"), file("terraform/c.tf", "c = 1\n")};
        QVERIFY(Exporter::write(old, dir.path()).ok());
        const QByteArray big(256 * 1024, 'b');
        const EmittedFiles next = {file("terraform/a.tf", "a = 2\n"), file("terraform/b.tf", big), file("terraform/c.tf", "c = 2\n")};

        Exporter::Report r;
        {
            const FileSizeLimit limit(64 * 1024);
            QVERIFY(limit.isSet());
            r = Exporter::write(next, dir.path());
        }

        QCOMPARE(r.changed, QStringList({QStringLiteral("terraform/a.tf"), QStringLiteral("terraform/c.tf")}));
        QVERIFY(r.written.isEmpty());
        QCOMPARE(r.errors, QStringList{QStringLiteral("terraform/b.tf: cannot write: File too large")});
        const QString folder = dir.filePath(QStringLiteral("terraform"));
        QCOMPARE(read(folder + QStringLiteral("/a.tf")), QByteArray("a = 2\n"));
        QCOMPARE(read(folder + QStringLiteral("/b.tf")), QByteArray("b = 1\n"));
        QCOMPARE(read(folder + QStringLiteral("/c.tf")), QByteArray("c = 2\n"));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList({QStringLiteral("a.tf"), QStringLiteral("b.tf"), QStringLiteral("c.tf")}));
        QCOMPARE(Exporter::manifest(dir.path()).value(QStringLiteral("terraform/b.tf")), Exporter::checksum("b = 1\n"));
        QCOMPARE(Exporter::manifest(dir.path()).value(QStringLiteral("terraform/c.tf")), Exporter::checksum("c = 2\n"));
        QVERIFY(!Exporter::plan(next, dir.path())[1].editedByHand);
    }

    // A file written in parts (AtomicFile's producer form, the diagram's SVG) is the parts in
    // order; a part that cannot be written (over the file-size limit) fails the write with the
    // system's reason, the producer is told to stop, and the target keeps its old bytes and
    // gets no temporary beside it.
    void writesInParts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("diagram.svg"));
        const QList<QByteArray> parts = {QByteArray("<svg>"), QByteArray(), QByteArray(100 * 1024, 'x'), QByteArray("</svg>\n")};
        QString reason;
        QVERIFY(AtomicFile::write(
            path,
            [&](const AtomicFile::PartWriter &writePart) {
                for (const QByteArray &part : parts)
                    QVERIFY(writePart(part));
            },
            &reason));
        QCOMPARE(read(path), parts.join());

        QList<bool> accepted;
        bool written = true;
        {
            const FileSizeLimit limit(64 * 1024);
            QVERIFY(limit.isSet());
            written = AtomicFile::write(
                path,
                [&](const AtomicFile::PartWriter &writePart) {
                    for (int i = 0; i < 6; ++i)
                        accepted.append(writePart(QByteArray(32 * 1024, char('a' + i))));
                },
                &reason);
        }
        QVERIFY(!written);
        QCOMPARE(reason, QStringLiteral("File too large"));
        // QFileDevice buffers what it is given: the limit is met at the latest at the third
        // part, and no part after the first refused one is taken.
        QVERIFY(accepted.size() == 6 && !accepted.constLast());
        const qsizetype firstRefused = accepted.indexOf(false);
        QVERIFY(firstRefused >= 1 && firstRefused <= 3);
        QVERIFY(!accepted.mid(firstRefused).contains(true));
        QCOMPARE(read(path), parts.join());
        QVERIFY(temporariesOf(dir.path(), QStringLiteral("diagram.svg")).isEmpty());
    }

    // More files than one batch holds (256) are written in several, each whole.
    void manyFilesInSeveralBatches()
    {
        QTemporaryDir dir;
        EmittedFiles files;
        for (int i = 0; i < 600; ++i)
            files.append({QStringLiteral("config/f%1.txt").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("text"), QByteArray::number(i)});
        const Exporter::Report r = Exporter::write(files, dir.path());
        QVERIFY(r.ok());
        QCOMPARE(r.written.size(), 600);
        QCOMPARE(r.written.first(), QStringLiteral("config/f000.txt"));
        QCOMPARE(r.written.last(), QStringLiteral("config/f599.txt"));
        QCOMPARE(read(dir.filePath(QStringLiteral("config/f599.txt"))), QByteArray("599"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("config"))).entryList(QDir::Files).size(), 600);
        QCOMPARE(Exporter::manifest(dir.path()).size(), 600);
    }

    void reportsUnwritableFolder()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("terraform")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        const Exporter::Report r = Exporter::write({{QStringLiteral("terraform/a.tf"), QStringLiteral("terraform"), QByteArray("x")}}, dir.path());
        QCOMPARE(r.errors, QStringList({QStringLiteral("terraform/a.tf: cannot create its folder")}));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
