// Hostile repositories: huge files, binary files, symlink loops, deep folders, deeply nested
// code, include cycles, unreadable and special files, broken TOML/YAML. Discovery must end
// quickly, never crash, and list what it did not read.
#include "discoveryasserts.h"

#include "discover/discoverer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Infra;

namespace {

void write(const QDir &dir, const QString &rel, const QByteArray &data)
{
    const QString path = dir.filePath(rel);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(data);
}

QString reasonFor(const DiscoveryResult &r, const QString &file)
{
    for (const SkippedFile &s : r.skipped)
        if (s.file == file)
            return s.reason;
    return {};
}

// A small valid project the hostile files sit beside.
void baseProject(const QDir &d)
{
    write(d, QStringLiteral("manage.py"), "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n");
    write(d, QStringLiteral("proj/__init__.py"), "");
    write(d, QStringLiteral("proj/settings.py"),
          "from .settings import *\n"          // includes itself
          "from .other import *\n"             // other includes settings back
          "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n");
    write(d, QStringLiteral("proj/other.py"), "from .settings import *\nCELERY_BROKER_URL = 'redis://r:6379/0'\n");
}

} // namespace

class TestDiscoveryLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileRepository();
    void deeplyNestedCode();
    void fileCountLimit();
    void unreadableFile();
    void brokenFormats();
};

void TestDiscoveryLimits::hostileRepository()
{
    QTemporaryDir tmp;
    QDir d(tmp.path());
    baseProject(d);
    // a huge Python file (over the 1 MiB cap) that names Celery, and a huge requirements file
    write(d, QStringLiteral("proj/huge_tasks.py"), QByteArray("from celery import shared_task\n") + QByteArray(3 << 20, 'x'));
    write(d, QStringLiteral("requirements.txt"), QByteArray("Django==5.0\n") + QByteArray(2 << 20, '#'));
    // binary files posing as Python and as a Procfile
    write(d, QStringLiteral("proj/tasks.py"), QByteArray("@shared_task(queue='x')\0\0\0\xff\xfe", 28));
    write(d, QStringLiteral("Procfile"), QByteArray("web: gunicorn\0\x01\x02", 16));
    // symlink loops: a folder pointing at its parent, two links pointing at each other
    QVERIFY(QFile::link(tmp.path(), d.filePath(QStringLiteral("proj/loop"))));
    QVERIFY(QFile::link(d.filePath(QStringLiteral("b.py")), d.filePath(QStringLiteral("a.py"))));
    QVERIFY(QFile::link(d.filePath(QStringLiteral("a.py")), d.filePath(QStringLiteral("b.py"))));
    // a link to a file outside the repository
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), d.filePath(QStringLiteral("outside.txt"))));
    // 40 nested folders with a settings file at the bottom
    QString deep;
    for (int i = 0; i < 40; ++i)
        deep += QStringLiteral("d%1/").arg(i);
    write(d, deep + QStringLiteral("settings.py"), "X = 1\n");
    // a FIFO named like a requirements file: never opened (opening it would block)
    QVERIFY(mkfifo(qPrintable(d.filePath(QStringLiteral("requirements-dev.txt"))), 0644) == 0);

    QElapsedTimer timer;
    timer.start();
    const DiscoveryResult r = Discoverer::discover(tmp.path());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

    QVERIFY2(reasonFor(r, QStringLiteral("proj/huge_tasks.py")).startsWith(QStringLiteral("larger than 1048576 bytes")),
             qPrintable(reasonFor(r, QStringLiteral("proj/huge_tasks.py"))));
    QVERIFY(reasonFor(r, QStringLiteral("requirements.txt")).startsWith(QStringLiteral("larger than")));
    QCOMPARE(reasonFor(r, QStringLiteral("proj/tasks.py")), QStringLiteral("binary file"));
    QCOMPARE(reasonFor(r, QStringLiteral("Procfile")), QStringLiteral("binary file"));
    QCOMPARE(reasonFor(r, QStringLiteral("proj/loop")), QStringLiteral("symlinked folder not followed"));
    QCOMPARE(reasonFor(r, QStringLiteral("a.py")), QStringLiteral("broken or looping symlink"));
    QCOMPARE(reasonFor(r, QStringLiteral("outside.txt")), QStringLiteral("symlink pointing outside the repository"));
    QVERIFY(reasonFor(r, QStringLiteral("d0/d1/d2/d3/d4/d5/d6/d7/d8/d9/d10/d11/d12/d13/d14/d15/d16/d17/d18/d19/d20/d21/d22/d23/d24"))
                .startsWith(QStringLiteral("deeper than 24 folders")));
    // nothing was read from what was skipped, and the rest was still read
    EXPECT_ABSENT(r, "dependency.django");
    EXPECT_ABSENT(r, "process.web");
    EXPECT_ABSENT(r, "celery.queue");
    EXPECT_FACT(r, "database.default.engine", "postgresql", "proj/settings.py", 3);
    EXPECT_FACT(r, "celery.broker", "redis://r:6379/0", "proj/other.py", 2);
    // the include cycle was followed once
    QCOMPARE(r.values(QStringLiteral("settings.file")), (QStringList{QStringLiteral("proj/settings.py"), QStringLiteral("proj/other.py")}));
    QVERIFY(r.toMarkdown().contains(QStringLiteral("## Not read")));
    QVERIFY(r.design);
}

void TestDiscoveryLimits::deeplyNestedCode()
{
    QTemporaryDir tmp;
    QDir d(tmp.path());
    baseProject(d);
    // 50,000 nested lists and 20,000 nested calls in settings, 1,000 nested ifs in a task module
    QByteArray nested = "INSTALLED_APPS = " + QByteArray(50000, '[') + QByteArray(50000, ']') + "\n";
    nested += "CACHES = f" + QByteArray("(").repeated(20000) + QByteArray(")").repeated(20000) + "\n";
    nested += "CELERY_RESULT_BACKEND = 'redis://r:6379/1'\n";
    write(d, QStringLiteral("proj/other.py"), "from .settings import *\n" + nested);
    QByteArray ifs = "from celery import shared_task\n";
    for (int i = 0; i < 1000; ++i) // about 500 KB: under the size cap, over the statement nesting bound
        ifs += QByteArray(i, ' ') + "if x:\n";
    ifs += QByteArray(1000, ' ') + "pass\n@shared_task(queue='after')\ndef t():\n    pass\n";
    write(d, QStringLiteral("proj/tasks.py"), ifs);
    QElapsedTimer timer;
    timer.start();
    const DiscoveryResult r = Discoverer::discover(tmp.path());
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    // what follows the deep expressions is still read
    EXPECT_FACT(r, "celery.result_backend", "redis://r:6379/1", "proj/other.py", 4);
    EXPECT_FACT(r, "celery.queue", "after", "proj/tasks.py", 1003); // 1 import + 1,000 ifs + pass
    QVERIFY(r.design);
}

void TestDiscoveryLimits::fileCountLimit()
{
    QTemporaryDir tmp;
    QDir d(tmp.path());
    baseProject(d);
    for (int i = 0; i < 60; ++i)
        write(d, QStringLiteral("zz/f%1.txt").arg(i, 3, 10, QLatin1Char('0')), "x");
    DiscoveryOptions options;
    options.limits.maxFiles = 20;
    const DiscoveryResult r = Discoverer::discover(tmp.path(), options);
    QCOMPARE(r.filesSeen, 20);
    QVERIFY(std::any_of(r.skipped.begin(), r.skipped.end(),
                        [](const SkippedFile &s) { return s.reason == QLatin1String("more than 20 files: the rest is not listed"); }));
}

void TestDiscoveryLimits::unreadableFile()
{
    QTemporaryDir tmp;
    QDir d(tmp.path());
    baseProject(d);
    write(d, QStringLiteral("Procfile"), "web: gunicorn proj.wsgi\n");
    QVERIFY(chmod(qPrintable(d.filePath(QStringLiteral("Procfile"))), 0) == 0);
    const DiscoveryResult r = Discoverer::discover(tmp.path());
    if (geteuid() == 0) {
        // root reads it anyway: then it must be read correctly
        EXPECT_FACT(r, "process.web", "gunicorn proj.wsgi", "Procfile", 1);
    } else {
        QVERIFY(reasonFor(r, QStringLiteral("Procfile")).startsWith(QStringLiteral("not readable")));
        EXPECT_ABSENT(r, "process.web");
    }
    // an unreadable folder (for root: a folder that vanished is the same path through QDir)
    QVERIFY(r.design);
}

void TestDiscoveryLimits::brokenFormats()
{
    QTemporaryDir tmp;
    QDir d(tmp.path());
    baseProject(d);
    write(d, QStringLiteral("pyproject.toml"), "[project\ndependencies = [\"Django\"\n");
    write(d, QStringLiteral("docker-compose.yml"), "services:\n  web: [unclosed\n");
    write(d, QStringLiteral("compose.yaml"), "a: &a [*a, *a]\nservices: *a\n");
    write(d, QStringLiteral("proj/celery.py"), "app = Celery(\napp.conf.update(broker_url='redis://x'\n)))))\n");
    // nesting bombs for the YAML and TOML parsers
    write(d, QStringLiteral("compose.prod.yaml"), "services: " + QByteArray(200000, '[') + "\n");
    write(d, QStringLiteral("Pipfile"), "[packages]\nx = " + QByteArray(100000, '[') + "\n");
    const DiscoveryResult r = Discoverer::discover(tmp.path());
    QVERIFY(reasonFor(r, QStringLiteral("pyproject.toml")).startsWith(QStringLiteral("TOML error at line")));
    QVERIFY(reasonFor(r, QStringLiteral("docker-compose.yml")).startsWith(QStringLiteral("YAML error")));
    QVERIFY(reasonFor(r, QStringLiteral("compose.prod.yaml")).startsWith(QStringLiteral("YAML error")));
    QVERIFY(reasonFor(r, QStringLiteral("Pipfile")).startsWith(QStringLiteral("TOML error")));
    EXPECT_ABSENT(r, "dependency.django");
    QVERIFY(r.design);
}

QTEST_GUILESS_MAIN(TestDiscoveryLimits)
#include "tst_discoverylimits.moc"
