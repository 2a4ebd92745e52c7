#include "emit/exporter.h"

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
