#include "emit/exporter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Infra;

class TestExporter : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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
