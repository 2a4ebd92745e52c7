// The YAML design format: every error class with its position, "did you mean" hints,
// all errors collected, byte-identical re-saves and load→save→load equality.
#include "io/designreader.h"
#include "io/designwriter.h"
#include "io/yamlscalar.h"
#include "io/yamltree.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <regex>

using namespace Infra;

namespace {

QString dataDir(const QString &sub)
{
    return QStringLiteral(INFRA_TEST_DATA_DIR "/yamlio/") + sub;
}

QString examplesDir()
{
    return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// "line:column: message" per error, the golden form of tests/data/yamlio/errors/*.expected.
QStringList positions(const DesignErrors &errors)
{
    QStringList lines;
    for (const DesignError &e : errors)
        lines.append(QStringLiteral("%1:%2: %3").arg(e.line).arg(e.column).arg(e.message));
    return lines;
}

// Every source of the design-file context "translated" to itself in brackets: a message that
// does not go through its Text shows up unbracketed.
class BracketingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Infra::DesignFile") != 0 && qstrcmp(context, "Infra::Constraints") != 0)
            return {};
        return QLatin1Char('[') + QString::fromUtf8(source) + QLatin1Char(']');
    }
    bool isEmpty() const override { return false; }
};

DesignReader::Result read(const char *yaml)
{
    return DesignReader::readData(QByteArray(yaml), QStringLiteral("inline.yaml"));
}

// A design built only through the mutation API, with every kind, links of both modes,
// routes and awkward values: what the studio itself would save.
Design studioDesign()
{
    Design d;
    int x = 0;
    for (ComponentKind kind : allComponentKinds) {
        Component c = Component::make(kind, d.uniqueId(kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'))));
        c.position = QPointF(x * 300 + 0.1, -x * 12.25);
        ++x;
        [&] { QVERIFY(d.addComponent(c).ok); }();
    }
    const auto set = [&](const char *id, const char *key, const QVariant &v) {
        const Mutation m = d.setParameter(QString::fromLatin1(id), QString::fromLatin1(key), v);
        [&] { QVERIFY2(m.ok, qPrintable(m.error)); }();
    };
    set("ecs-web", "desired_tasks", 5);
    set("ecs-web", "cpu_target", 62.5);
    set("ecs-worker", "queues", QStringList{QStringLiteral("high_priority"), QStringLiteral("default")});
    set("rds-postgres", "parameters", QVariantMap{{QStringLiteral("random_page_cost"), QStringLiteral("1.1")},
                                                  {QStringLiteral("wal_buffers"), QStringLiteral("64MB")}});
    set("cloudfront", "cache_hit_ratio", 0.1 + 0.2);
    [&] {
        QVERIFY(d.renameComponent(QStringLiteral("alb"), QStringLiteral("yes")).ok);
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("name"), QStringLiteral("Studio: saved \"design\"")).ok);
        QVERIFY(d.setSectionValue(Section::Workload, QStringLiteral("db_growth_gb_per_month"), 1e-7).ok);
        QVERIFY(d.setSectionValue(Section::Workload, QStringLiteral("compliance"), QStringList{QStringLiteral("pci"), QStringLiteral("gdpr")}).ok);
        QVERIFY(d.addLink({QStringLiteral("ecs-web"), QStringLiteral("sqs"), Link::Mode::Add, 443, QStringLiteral("true")}).ok);
        QVERIFY(d.addLink({QStringLiteral("ecs-worker"), QStringLiteral("rds-postgres"), Link::Mode::Suppress, 0, {}}).ok);
        QVERIFY(d.setRoutes({{QStringLiteral("myapp.tasks.*"), QStringLiteral("default")},
                             {QStringLiteral("myapp.tasks.send_email"), QStringLiteral("high_priority")}}).ok);
    }();
    return d;
}

} // namespace

class TestYamlIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenErrors_data();
    void goldenErrors();
    void errorClasses_data();
    void errorClasses();
    void didYouMean_data();
    void didYouMean();
    void allErrorsCollected();
    void errorToString();
    void errorsAreTexts_data();
    void errorsAreTexts();
    void examplesLoad_data();
    void examplesLoad();
    void referenceDesign();
    void examplesResaveByteIdentical_data();
    void examplesResaveByteIdentical();
    void studioSavedFileResaves();
    void handWrittenRoundTrip_data();
    void handWrittenRoundTrip();
    void scenariosRoundTrip();
    void notesRoundTrip();
    void omittedDefaultsAreFilled();
    void scalarTyping_data();
    void scalarTyping();
    void yamlScalar_data();
    void yamlScalar();
    void scalarPatterns();
    void largeTree();
    void formatDouble_data();
    void formatDouble();
    void unreadableFile_data();
    void unreadableFile();
    void atomicSave();
    void saveFailureKeepsTarget();
};

void TestYamlIo::goldenErrors_data()
{
    QTest::addColumn<QString>("yamlPath");
    const QDir dir(dataDir(QStringLiteral("errors")));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 25, "the error snippets are missing");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestYamlIo::goldenErrors()
{
    QFETCH(QString, yamlPath);
    const QString name = QFileInfo(yamlPath).fileName();
    const DesignReader::Result r = DesignReader::readData(readAll(yamlPath), name);
    QVERIFY2(!r.ok(), "an invalid file must not give a design");
    QVERIFY(!r.errors.isEmpty());
    QVERIFY(!r.ioError);
    for (const DesignError &e : r.errors) {
        QCOMPARE(e.file, name);
        QVERIFY(e.line >= 1);
        QVERIFY(e.column >= 1);
    }
    // Sorted by position.
    for (qsizetype i = 1; i < r.errors.size(); ++i) {
        const DesignError &a = r.errors.at(i - 1);
        const DesignError &b = r.errors.at(i);
        QVERIFY(a.line < b.line || (a.line == b.line && a.column <= b.column));
    }

    QString expectedPath = yamlPath;
    expectedPath.replace(QStringLiteral(".yaml"), QStringLiteral(".expected"));
    const QString expected = QString::fromUtf8(readAll(expectedPath)).trimmed();
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no golden file ") + expectedPath));
    const QString actual = positions(r.errors).join(QLatin1Char('\n'));
    if (actual != expected) {
        QString actualPath = yamlPath;
        actualPath.replace(QStringLiteral(".yaml"), QStringLiteral(".actual"));
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8() + '\n');
        qWarning("mismatch; wrote %s (compare with diff -u %s %s)", qPrintable(actualPath), qPrintable(expectedPath),
                 qPrintable(actualPath));
    }
    QCOMPARE(actual, expected);
}

// One row per error class with its exact position, independent of the golden files.
void TestYamlIo::errorClasses_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed YAML") << QByteArray("version: 1\ncomponents: [\n  {id: a\n") << 4 << 1
                                    << QStringLiteral("malformed YAML: end of map flow not found");
    QTest::newRow("NUL byte") << QByteArray("version: 1\nna\0me: x\n", 20) << 2 << 3
                              << QStringLiteral("the file contains a NUL byte; a design file is UTF-8 text");
    // "Zürich" saved as Latin-1: ü is the lone byte 0xFC at line 2, column 8 (columns count bytes,
    // as for every load error); a multi-byte sequence cut off at the end of the file.
    QTest::newRow("invalid UTF-8") << QByteArray("version: 1\nname: Z\xfcrich\n") << 2 << 8
                                   << QStringLiteral("invalid UTF-8 (byte 0xFC); a design file is UTF-8 text, was it saved in another encoding?");
    QTest::newRow("truncated UTF-8 sequence") << QByteArray("version: 1\nname: x\n# caf\xc3") << 3 << 6
                                              << QStringLiteral("invalid UTF-8 (byte 0xC3); a design file is UTF-8 text, was it saved in another encoding?");
    QTest::newRow("unknown top-level key") << QByteArray("version: 1\nnmae: x\n") << 2 << 1
                                           << QStringLiteral("unknown top-level key 'nmae' (did you mean 'name'?)");
    QTest::newRow("unknown section key") << QByteArray("version: 1\nworkload:\n  team_sizes: 3\n") << 3 << 3
                                         << QStringLiteral("unknown key 'team_sizes' in workload (did you mean 'team_size'?)");
    QTest::newRow("unknown component key")
        << QByteArray("version: 1\ncomponents:\n  - id: a\n    kind: alb\n    nmae: A\n") << 5 << 5
        << QStringLiteral("unknown key 'nmae' in a component (did you mean 'name'?)");
    QTest::newRow("unknown parameter")
        << QByteArray("version: 1\ncomponents:\n  - id: a\n    kind: alb\n    params: {idle_timout: 30}\n") << 5 << 14
        << QStringLiteral("alb has no parameter 'idle_timout' (did you mean 'idle_timeout'?)");
    QTest::newRow("unknown kind") << QByteArray("version: 1\ncomponents:\n  - id: a\n    kind: albb\n") << 4 << 11
                                  << QStringLiteral("unknown component kind 'albb' (did you mean 'alb'?)");
    QTest::newRow("string for integer")
        << QByteArray("version: 1\ncomponents:\n  - id: a\n    kind: alb\n    params:\n      idle_timeout: soon\n") << 6 << 21
        << QStringLiteral("'idle_timeout' must be an integer, not the string \"soon\"");
    QTest::newRow("float for integer")
        << QByteArray("version: 1\nnetwork: {az_count: 2.5}\n") << 2 << 21
        << QStringLiteral("'az_count' must be an integer, not the number 2.5");
    QTest::newRow("out of range") << QByteArray("version: 1\nnetwork: {nat_gateways: 7}\n") << 2 << 25
                                  << QStringLiteral("'nat_gateways' is 7 gateways, outside the valid range 0 to 6 gateways");
    QTest::newRow("bad enum") << QByteArray("version: 1\nnetwork:\n  mode: vpc\n") << 3 << 9
                              << QStringLiteral("'mode' value \"vpc\" is not one of new_vpc, existing_vpc (did you mean \"new_vpc\"?)");
    QTest::newRow("duplicate id")
        << QByteArray("version: 1\ncomponents:\n  - {id: a, kind: alb}\n  - {id: a, kind: alb}\n") << 4 << 10
        << QStringLiteral("duplicate component id 'a' (first used at line 3)");
    QTest::newRow("dangling link")
        << QByteArray("version: 1\ncomponents:\n  - {id: a, kind: alb}\nlinks:\n  - {from: a, to: b}\n") << 5 << 19
        << QStringLiteral("link 'to' names no component: 'b'");
    QTest::newRow("missing id") << QByteArray("version: 1\ncomponents:\n  - kind: alb\n") << 3 << 5
                                << QStringLiteral("a component needs an 'id'");
    QTest::newRow("invalid id") << QByteArray("version: 1\ncomponents:\n  - {id: A, kind: alb}\n") << 3 << 10
                                << QStringLiteral("'A' is not a valid component id (lowercase letters, digits and dashes, starting "
                                                  "with a letter, at most 63 characters)");
    QTest::newRow("missing version") << QByteArray("\n\nname: x\n") << 3 << 1
                                     << QStringLiteral("missing 'version: 1' (the design format version)");
    QTest::newRow("unsupported version") << QByteArray("version: 3\n") << 1 << 10
                                         << QStringLiteral("unsupported format version 3 (this version of Infra Studio reads version 1)");
    QTest::newRow("tasks out of order")
        << QByteArray("version: 1\ncomponents:\n  - id: w\n    kind: ecs_worker\n    params: {min_tasks: 1, desired_tasks: 3, max_tasks: 2}\n")
        << 5 << 43 << QStringLiteral("component 'w': 'desired_tasks' (3) is above 'max_tasks' (2)");
    QTest::newRow("fargate size") << QByteArray("version: 1\ncomponents:\n  - id: b\n    kind: ecs_beat\n    params: {memory: 4096}\n")
                                  << 5 << 22
                                  << QStringLiteral("component 'b': Fargate does not offer 4096 MiB with 256 CPU units; "
                                                    "'memory' must be 512, 1024 or 2048 MiB");
    QTest::newRow("cross rule at component when key omitted")
        << QByteArray("version: 1\ncomponents:\n  - id: b\n    kind: ecs_beat\n    params: {cpu: 2048}\n") << 3 << 5
        << QStringLiteral("component 'b': Fargate does not offer 512 MiB with 2048 CPU units; "
                          "'memory' must be 4096 to 16384 MiB in steps of 1024");
    QTest::newRow("gp3 iops") << QByteArray("version: 1\ncomponents:\n  - id: d\n    kind: rds_postgres\n    params: {iops: 4000}\n")
                              << 5 << 20
                              << QStringLiteral("component 'd': gp3 storage below 400 GB has a fixed 3000 IOPS; 'iops' is 4000 "
                                                "(use 3000 or 0, or at least 400 GB of storage)");
}

void TestYamlIo::errorClasses()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const DesignReader::Result r = DesignReader::readData(yaml, QStringLiteral("snippet.yaml"));
    QVERIFY(!r.ok());
    QCOMPARE(positions(r.errors), QStringList{QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message)});
}

void TestYamlIo::didYouMean_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("hint");
    QTest::newRow("kind") << QByteArray("version: 1\ncomponents: [{id: r, kind: elasticache_rdis}]\n")
                          << QStringLiteral("(did you mean 'elasticache_redis'?)");
    QTest::newRow("top-level") << QByteArray("version: 1\nlinkz: []\n") << QStringLiteral("(did you mean 'links'?)");
    QTest::newRow("parameter") << QByteArray("version: 1\ncomponents: [{id: r, kind: rds_postgres, params: {instance_clas: x}}]\n")
                               << QStringLiteral("(did you mean 'instance_class'?)");
    QTest::newRow("link target") << QByteArray("version: 1\ncomponents: [{id: web, kind: ecs_web}]\nlinks: [{from: wbe, to: web}]\n")
                                 << QStringLiteral("(did you mean 'web'?)");
    QTest::newRow("enum value") << QByteArray("version: 1\nenvironment: stagign\n") << QStringLiteral("(did you mean \"staging\"?)");
    QTest::newRow("route key") << QByteArray("version: 1\ncelery: {routes: [{tsk: a, queue: b}]}\n")
                               << QStringLiteral("(did you mean 'task'?)");
}

void TestYamlIo::didYouMean()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, hint);
    const DesignReader::Result r = DesignReader::readData(yaml, QStringLiteral("hint.yaml"));
    QVERIFY(!r.ok());
    const QStringList messages = r.errorStrings();
    QVERIFY2(std::any_of(messages.begin(), messages.end(), [&](const QString &m) { return m.endsWith(hint); }),
             qPrintable(messages.join(QLatin1Char('\n'))));
    // No hint when nothing is close.
    const DesignReader::Result far = read("version: 1\nzzzzzzzz: 1\n");
    QCOMPARE(far.errors.size(), 1);
    QVERIFY(!far.errors.first().message.contains(QStringLiteral("did you mean")));
}

void TestYamlIo::allErrorsCollected()
{
    const DesignReader::Result r = DesignReader::readFile(dataDir(QStringLiteral("errors/three-errors.yaml")));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 3);
    QCOMPARE(r.errors.at(0).line, 5);
    QCOMPARE(r.errors.at(1).line, 9);
    QCOMPARE(r.errors.at(2).line, 11);

    // Errors from every part of a file at once, in line order.
    const DesignReader::Result many = read("version: 1\n"
                                           "nme: x\n"                                   // 2 unknown key
                                           "workload: {avg_rps: -1}\n"                  // 3 range
                                           "components:\n"
                                           "  - {id: a, kind: nope}\n"                  // 5 unknown kind
                                           "  - {id: a, kind: alb}\n"                   // 6 duplicate id
                                           "  - {id: w, kind: ecs_web, params: {cpu: x}}\n" // 7 wrong type
                                           "links: [{from: a, to: q}]\n");              // 8 dangling
    QCOMPARE(many.errors.size(), 6);
    QList<int> lines;
    for (const DesignError &e : many.errors)
        lines.append(e.line);
    QCOMPARE(lines, (QList<int>{2, 3, 5, 6, 7, 8}));
}

void TestYamlIo::errorToString()
{
    const DesignError e{QStringLiteral("designs/shop.infra.yaml"), 12, 7, QStringLiteral("unknown key 'x'"), {}};
    QCOMPARE(e.toString(), QStringLiteral("designs/shop.infra.yaml:12:7: unknown key 'x'"));
    // Without a text the display form is the English one.
    QCOMPARE(e.displayText(), e.toString());
    const DesignReader::Result r = DesignReader::readData("version: 1\nx: 1\n", QStringLiteral("a.yaml"));
    QCOMPARE(r.errorStrings(), QStringList{QStringLiteral("a.yaml:2:1: unknown top-level key 'x'")});
    QCOMPARE(r.displayErrorStrings(), r.errorStrings()); // no catalog loaded: English
}

// Every golden snippet and every error class: the message is its Text's English, word for word,
// and goes through the "Infra::DesignFile" catalog, so front ends can show it translated.
void TestYamlIo::errorsAreTexts_data()
{
    errorClasses_data(); // yaml, line, column, message: only the yaml is used here
    const QDir dir(dataDir(QStringLiteral("errors")));
    for (const QString &f : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << readAll(dir.filePath(f)) << 0 << 0 << QString();
    const auto row = [](const char *name, const char *yaml) {
        QTest::newRow(name) << QByteArray(yaml) << 0 << 0 << QString();
    };
    row("position not a list", "version: 1\ncomponents: [{id: a, kind: alb, position: 3}]\n");
    row("position of one", "version: 1\ncomponents: [{id: a, kind: alb, position: [3]}]\n");
    row("not a map", "- a\n");
    row("nothing", "\n");
}

void TestYamlIo::errorsAreTexts()
{
    QFETCH(QByteArray, yaml);
    const DesignReader::Result r = DesignReader::readData(yaml, QStringLiteral("t.yaml"));
    QVERIFY(!r.errors.isEmpty());
    BracketingTranslator brackets;
    QVERIFY(QCoreApplication::installTranslator(&brackets));
    for (const DesignError &e : r.errors) {
        QVERIFY2(!e.messageText.isEmpty(), qPrintable(e.message));
        QCOMPARE(e.messageText.toString(), e.message);
        // Every message goes through the catalog: the reader's own (Infra::DesignFile) and the
        // schema's range, choice and pattern messages (Infra::Constraints).
        QVERIFY2(e.messageText.source(), qPrintable(e.message));
        const QByteArray context(e.messageText.context());
        QVERIFY2(context == "Infra::DesignFile" || context == "Infra::Constraints", context.constData());
        const QString shown = e.displayMessage();
        QVERIFY2(shown.startsWith(QLatin1Char('[')) && shown != e.message, qPrintable(shown));
        QCOMPARE(e.displayText(), QStringLiteral("t.yaml:%1:%2: ").arg(e.line).arg(e.column) + shown);
    }
    QCoreApplication::removeTranslator(&brackets);
    // Without the catalog the display form is the English one again.
    for (const DesignError &e : r.errors)
        QCOMPARE(e.displayText(), e.toString());
}

void TestYamlIo::examplesLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("components");
    QTest::addColumn<QString>("environment");
    QTest::newRow("reference") << QStringLiteral("django-reference.infra.yaml") << 17 << QStringLiteral("production");
    QTest::newRow("starter") << QStringLiteral("starter.infra.yaml") << 8 << QStringLiteral("development");
    QTest::newRow("api-only") << QStringLiteral("api-only.infra.yaml") << 8 << QStringLiteral("production");
}

void TestYamlIo::examplesLoad()
{
    QFETCH(QString, file);
    QFETCH(int, components);
    QFETCH(QString, environment);
    const DesignReader::Result r = DesignReader::readFile(examplesDir() + QLatin1Char('/') + file);
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    QCOMPARE(int(r.design->components().size()), components);
    QCOMPARE(r.design->environment(), environment);
}

void TestYamlIo::referenceDesign()
{
    const DesignReader::Result r = DesignReader::readFile(examplesDir() + QStringLiteral("/django-reference.infra.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    const Design &d = *r.design;
    QStringList ids;
    for (const Component &c : d.components())
        ids.append(c.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("cdn"), QStringLiteral("alb"), QStringLiteral("web"), QStringLiteral("worker-high"),
                               QStringLiteral("worker-default"), QStringLiteral("worker-long"), QStringLiteral("worker-scheduled"),
                               QStringLiteral("beat"), QStringLiteral("pgbouncer"), QStringLiteral("db"), QStringLiteral("redis"),
                               QStringLiteral("static"), QStringLiteral("media"), QStringLiteral("backups"), QStringLiteral("ecr"),
                               QStringLiteral("secrets"), QStringLiteral("logs")}));

    const Component *web = d.component(QStringLiteral("web"));
    QCOMPARE(web->kind, ComponentKind::EcsWeb);
    QCOMPARE(web->intParam(QStringLiteral("cpu")), 1024);     // 1 vCPU
    QCOMPARE(web->intParam(QStringLiteral("memory")), 2048);  // 2 GB
    QCOMPARE(web->intParam(QStringLiteral("min_tasks")), 2);
    QCOMPARE(web->intParam(QStringLiteral("desired_tasks")), 5);
    QCOMPARE(web->intParam(QStringLiteral("max_tasks")), 20);
    QCOMPARE(web->stringParam(QStringLiteral("architecture")), QStringLiteral("x86_64"));

    struct Worker { const char *id; const char *queue; int concurrency; int cpu; int memory; int maxTasksPerChild; };
    const Worker workers[] = {{"worker-high", "high_priority", 8, 512, 1024, 0},
                              {"worker-default", "default", 4, 512, 1024, 0},
                              {"worker-long", "long_running", 2, 1024, 2048, 100},
                              {"worker-scheduled", "scheduled", 2, 512, 1024, 0}};
    for (const Worker &w : workers) {
        const Component *c = d.component(QString::fromLatin1(w.id));
        QVERIFY(c);
        QCOMPARE(c->kind, ComponentKind::EcsWorker);
        QCOMPARE(c->listParam(QStringLiteral("queues")), QStringList{QString::fromLatin1(w.queue)});
        QCOMPARE(c->intParam(QStringLiteral("concurrency")), w.concurrency);
        QCOMPARE(c->intParam(QStringLiteral("cpu")), w.cpu);
        QCOMPARE(c->intParam(QStringLiteral("memory")), w.memory);
        QCOMPARE(c->intParam(QStringLiteral("max_tasks_per_child")), w.maxTasksPerChild);
    }
    QCOMPARE(d.component(QStringLiteral("worker-high"))->intParam(QStringLiteral("desired_tasks")), 4); // "4 workers, concurrency 8"
    QCOMPARE(d.component(QStringLiteral("beat"))->intParam(QStringLiteral("desired_tasks")), 1);

    const Component *db = d.component(QStringLiteral("db"));
    QVERIFY(db->stringParam(QStringLiteral("engine_version")).startsWith(QStringLiteral("16")));
    QCOMPARE(db->stringParam(QStringLiteral("instance_class")), QStringLiteral("db.r6g.large"));
    QCOMPARE(db->boolParam(QStringLiteral("multi_az")), true);
    QCOMPARE(db->stringParam(QStringLiteral("storage_type")), QStringLiteral("gp3"));
    QCOMPARE(db->intParam(QStringLiteral("allocated_storage")), 100);
    QCOMPARE(db->intParam(QStringLiteral("max_allocated_storage")), 1000);
    QCOMPARE(db->intParam(QStringLiteral("backup_retention_days")), 7);
    QCOMPARE(d.component(QStringLiteral("pgbouncer"))->stringParam(QStringLiteral("pool_mode")), QStringLiteral("transaction"));

    const Component *redis = d.component(QStringLiteral("redis"));
    QCOMPARE(redis->stringParam(QStringLiteral("engine_version")), QStringLiteral("7.1"));
    QCOMPARE(redis->stringParam(QStringLiteral("node_type")), QStringLiteral("cache.r6g.large"));
    QCOMPARE(redis->intParam(QStringLiteral("replicas")), 1);
    QVERIFY(redis->boolParam(QStringLiteral("automatic_failover")));
    QVERIFY(redis->boolParam(QStringLiteral("at_rest_encryption")));
    QVERIFY(redis->boolParam(QStringLiteral("transit_encryption")));

    QCOMPARE(d.component(QStringLiteral("static"))->stringParam(QStringLiteral("role")), QStringLiteral("static"));
    QCOMPARE(d.component(QStringLiteral("media"))->stringParam(QStringLiteral("role")), QStringLiteral("media"));
    QCOMPARE(d.component(QStringLiteral("backups"))->stringParam(QStringLiteral("role")), QStringLiteral("backups"));

    // The playbook's celery.py task_routes, in order, with the catch-all last: before
    // "myapp.tasks.cleanup_*" it would hide that route (issue 13, the rehearsal checks it).
    const QList<CeleryRoute> routes = {{QStringLiteral("myapp.tasks.send_email"), QStringLiteral("high_priority")},
                                       {QStringLiteral("myapp.tasks.webhook_notify"), QStringLiteral("high_priority")},
                                       {QStringLiteral("myapp.tasks.generate_report"), QStringLiteral("long_running")},
                                       {QStringLiteral("myapp.tasks.data_export"), QStringLiteral("long_running")},
                                       {QStringLiteral("myapp.tasks.cleanup_*"), QStringLiteral("scheduled")},
                                       {QStringLiteral("myapp.tasks.*"), QStringLiteral("default")}};
    QCOMPARE(d.routes(), routes);

    // Tiers from top to bottom: edge above the ALB above the services above the data.
    const auto y = [&](const char *id) { return d.component(QString::fromLatin1(id))->position.y(); };
    QVERIFY(y("cdn") < y("alb"));
    QVERIFY(y("alb") < y("web"));
    QVERIFY(y("web") < y("pgbouncer"));
    QVERIFY(y("pgbouncer") < y("db"));
    // No two nodes of ~220 x 100 px overlap.
    for (const Component &a : d.components()) {
        for (const Component &b : d.components()) {
            if (a.id < b.id) {
                const QRectF ra(a.position, QSizeF(220, 100));
                const QRectF rb(b.position, QSizeF(220, 100));
                QVERIFY2(!ra.intersects(rb), qPrintable(a.id + QStringLiteral(" overlaps ") + b.id));
            }
        }
    }
}

void TestYamlIo::examplesResaveByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(examplesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.infra.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestYamlIo::examplesResaveByteIdentical()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    const DesignReader::Result r = DesignReader::readData(original, path);
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    QCOMPARE(QString::fromUtf8(DesignWriter::toYaml(*r.design)), QString::fromUtf8(original));
}

void TestYamlIo::studioSavedFileResaves()
{
    const Design design = studioDesign();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray first = DesignWriter::toYaml(design);
    const DesignReader::Result r = DesignReader::readData(first, QStringLiteral("saved.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromUtf8(first)));
    QVERIFY(*r.design == design);
    QCOMPARE(QString::fromUtf8(DesignWriter::toYaml(*r.design)), QString::fromUtf8(first));

    // Exact values survive: the shortest round-trip form of 0.1 + 0.2, tiny and fractional numbers.
    QCOMPARE(r.design->component(QStringLiteral("cloudfront"))->doubleParam(QStringLiteral("cache_hit_ratio")), 0.1 + 0.2);
    QCOMPARE(r.design->value(Section::Workload, QStringLiteral("db_growth_gb_per_month")).toDouble(), 1e-7);
    QCOMPARE(r.design->component(QStringLiteral("alb"))->name, QStringLiteral("yes"));
    QCOMPARE(r.design->links().first().purpose, QStringLiteral("true"));
    QVERIFY(first.contains("cache_hit_ratio: 0.30000000000000004\n"));
    QVERIFY(first.contains("desired_tasks: 5\n"));
    QVERIFY(first.contains("name: \"yes\"\n"));
}

void TestYamlIo::handWrittenRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataDir(QStringLiteral("handwritten")));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestYamlIo::handWrittenRoundTrip()
{
    QFETCH(QString, path);
    const DesignReader::Result loaded = DesignReader::readFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorStrings().join(QLatin1Char('\n'))));
    const QByteArray saved = DesignWriter::toYaml(*loaded.design);
    QVERIFY(saved != readAll(path)); // hand-written files are not in canonical form...
    const DesignReader::Result reloaded = DesignReader::readData(saved, QStringLiteral("saved.yaml"));
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.errorStrings().join(QLatin1Char('\n'))));
    QVERIFY(*reloaded.design == *loaded.design);                               // ...but the model is equal
    QCOMPARE(QString::fromUtf8(DesignWriter::toYaml(*reloaded.design)), QString::fromUtf8(saved)); // and stable
}

void TestYamlIo::scenariosRoundTrip()
{
    const DesignReader::Result r = DesignReader::readFile(dataDir(QStringLiteral("handwritten")) + QStringLiteral("/scenarios.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    const QList<SavedScenario> &s = r.design->scenarios();
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.at(0).name, QStringLiteral("Black Friday: 10× traffic"));
    QCOMPARE(s.at(0).overrides, (QStringList{QStringLiteral("workload.peak_rps=2000"), QStringLiteral("web.max_tasks=40"),
                                             QStringLiteral("workload.monthly_budget_usd=5000")}));
    QCOMPARE(s.at(1).name, QStringLiteral("Graviton"));
    QCOMPARE(s.at(2).overrides, QStringList());
    const QByteArray saved = DesignWriter::toYaml(*r.design);
    QVERIFY(saved.contains("scenarios:\n  - name: \"Black Friday: 10× traffic\"\n    set:\n      - workload.peak_rps=2000\n"));
    QVERIFY(saved.contains("  - name: Empty\n    set: []\n"));
    // A design without scenarios writes no scenarios key (older files stay byte-identical).
    Design plain = *r.design;
    plain.setScenarios({});
    QVERIFY(!DesignWriter::toYaml(plain).contains("scenarios"));
}

void TestYamlIo::notesRoundTrip()
{
    const DesignReader::Result r = DesignReader::readFile(dataDir(QStringLiteral("handwritten")) + QStringLiteral("/notes.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    const Design &d = *r.design;
    QCOMPARE(d.note(), QStringLiteral("Reviewed with <ops> & finance.\nSecond line: *not* markdown | pipes, `ticks` and \"quotes\"."));
    QCOMPARE(d.noteOf(QStringLiteral("web")), QStringLiteral("Keep two tasks -- ask Ana before scaling down"));
    QCOMPARE(d.noteOf(QStringLiteral("db")), QStringLiteral("# not a heading\n\tindented </text> ]]> <!-- x -->"));
    QCOMPARE(d.noteOf(QStringLiteral("cache")), QString()); // only white space: no note
    QVERIFY(d.hasNotes());
    const QByteArray saved = DesignWriter::toYaml(d);
    // Line breaks and tabs stay escaped inside double quotes; the note follows the name.
    QVERIFY2(saved.contains("name: Web <app>\n    note: Keep two tasks -- ask Ana before scaling down\n    position:"), saved.constData());
    QVERIFY2(saved.contains("note: \"# not a heading\\n\\tindented </text> ]]> <!-- x -->\""), saved.constData());
    QVERIFY2(saved.contains("name: Sales & <Billing>\n"), saved.constData());
    const qsizetype designNote = saved.indexOf("\nnote: ");
    QVERIFY(designNote > 0 && designNote < saved.indexOf("\nnetwork:"));
    QVERIFY(!saved.contains("note: \"   \""));
    // Without notes no note key is written (older files stay byte-identical).
    Design plain = d;
    for (const QString &id : {QString(), QStringLiteral("web"), QStringLiteral("db")})
        QVERIFY(plain.setNote(id, {}).ok);
    QVERIFY(!plain.hasNotes());
    QVERIFY(!DesignWriter::toYaml(plain).contains("note"));
}

void TestYamlIo::omittedDefaultsAreFilled()
{
    const DesignReader::Result minimal = DesignReader::readFile(dataDir(QStringLiteral("handwritten/minimal.yaml")));
    QVERIFY(minimal.ok());
    QVERIFY(*minimal.design == Design());

    const DesignReader::Result r = DesignReader::readFile(dataDir(QStringLiteral("handwritten/omitted-defaults.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    const Design &d = *r.design;
    QCOMPARE(d.name(), QStringLiteral("Small shop"));
    QCOMPARE(d.region(), QStringLiteral("us-east-1")); // default
    const Component *web = d.component(QStringLiteral("web"));
    QCOMPARE(web->name, QStringLiteral("ECS web service")); // the kind's display name
    QCOMPARE(web->position, QPointF(0, 0));
    QCOMPARE(web->params.size(), qsizetype(kindSchema(ComponentKind::EcsWeb).specs().size())); // complete
    QCOMPARE(web->params.value(QStringLiteral("desired_tasks")), QVariant(qint64(3)));
    QCOMPARE(web->params.value(QStringLiteral("cpu")), QVariant(qint64(1024)));
    QCOMPARE(d.value(Section::Workload, QStringLiteral("avg_rps")), QVariant(12.0)); // an integer read as a number
    QCOMPARE(d.value(Section::Workload, QStringLiteral("peak_rps")), QVariant(45.0));
    const Component *db = d.component(QStringLiteral("db"));
    QCOMPARE(db->stringParam(QStringLiteral("engine_version")), QStringLiteral("16"));
    QCOMPARE(db->params.value(QStringLiteral("parameters")).toMap().value(QStringLiteral("random_page_cost")), QVariant(QStringLiteral("1.1")));
    QCOMPARE(d.links().size(), 2);
    QCOMPARE(d.links().at(0).mode, Link::Mode::Add); // mode defaults to add
    QCOMPARE(d.links().at(1).mode, Link::Mode::Suppress);
    QCOMPARE(d.celeryApp(), QStringLiteral("myapp"));
    QCOMPARE(d.routes().size(), 1);
}

void TestYamlIo::scalarTyping_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("key");      // a workload or network key, or "cpu" of a web component
    QTest::addColumn<QVariant>("expected"); // invalid: an error is expected
    const QVariant error;
    QTest::newRow("int for number") << QByteArray("7") << QStringLiteral("avg_rps") << QVariant(7.0);
    QTest::newRow("float") << QByteArray("7.25") << QStringLiteral("avg_rps") << QVariant(7.25);
    QTest::newRow("exponent") << QByteArray("1.5e2") << QStringLiteral("avg_rps") << QVariant(150.0);
    QTest::newRow("quoted number is a string") << QByteArray("\"7\"") << QStringLiteral("avg_rps") << error;
    QTest::newRow("nan") << QByteArray(".nan") << QStringLiteral("avg_rps") << error;
    QTest::newRow("int") << QByteArray("3") << QStringLiteral("az_count") << QVariant(qint64(3));
    QTest::newRow("hex int") << QByteArray("0x3") << QStringLiteral("az_count") << QVariant(qint64(3));
    QTest::newRow("tagged int") << QByteArray("!!int \"3\"") << QStringLiteral("az_count") << QVariant(qint64(3));
    QTest::newRow("float for int") << QByteArray("3.0") << QStringLiteral("az_count") << error;
    QTest::newRow("bool") << QByteArray("true") << QStringLiteral("kubernetes_experience") << QVariant(true);
    QTest::newRow("capital bool") << QByteArray("False") << QStringLiteral("kubernetes_experience") << QVariant(false);
    QTest::newRow("quoted bool is a string") << QByteArray("'true'") << QStringLiteral("kubernetes_experience") << error;
    QTest::newRow("yes is not a bool") << QByteArray("yes") << QStringLiteral("kubernetes_experience") << error;
    QTest::newRow("plain number as string") << QByteArray("10.1.0.0/16") << QStringLiteral("vpc_cidr") << QVariant(QStringLiteral("10.1.0.0/16"));
    QTest::newRow("list") << QByteArray("[pci, hipaa]") << QStringLiteral("compliance")
                          << QVariant(QStringList{QStringLiteral("pci"), QStringLiteral("hipaa")});
    QTest::newRow("block list") << QByteArray("\n    - soc2") << QStringLiteral("compliance") << QVariant(QStringList{QStringLiteral("soc2")});
    QTest::newRow("empty list") << QByteArray("[]") << QStringLiteral("compliance") << QVariant(QStringList());
    QTest::newRow("map for list") << QByteArray("{a: b}") << QStringLiteral("compliance") << error;
}

void TestYamlIo::scalarTyping()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    const Section section = networkSchema().find(key) ? Section::Network : Section::Workload;
    const QByteArray yaml = "version: 1\n" + sectionName(section).toUtf8() + ":\n  " + key.toUtf8() + ": " + value + "\n";
    const DesignReader::Result r = DesignReader::readData(yaml, QStringLiteral("typing.yaml"));
    if (!expected.isValid()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 3);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    const QVariant actual = r.design->value(section, key);
    QCOMPARE(actual.typeId(), expected.typeId());
    QCOMPARE(actual, expected);
}

void TestYamlIo::yamlScalar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("needsQuotes");
    using YamlScalar::Kind;
    QTest::newRow("empty") << QString() << int(Kind::Null) << true;
    QTest::newRow("tilde") << QStringLiteral("~") << int(Kind::Null) << true;
    QTest::newRow("true") << QStringLiteral("true") << int(Kind::Bool) << true;
    QTest::newRow("int") << QStringLiteral("-42") << int(Kind::Int) << true;
    QTest::newRow("octal") << QStringLiteral("0o17") << int(Kind::Int) << true;
    QTest::newRow("float") << QStringLiteral("16.4") << int(Kind::Float) << true;
    QTest::newRow("inf") << QStringLiteral("-.inf") << int(Kind::Float) << true;
    QTest::newRow("yaml 1.1 bool") << QStringLiteral("on") << int(Kind::String) << true;
    QTest::newRow("sexagesimal") << QStringLiteral("12:30") << int(Kind::String) << true;
    QTest::newRow("underscored") << QStringLiteral("1_000") << int(Kind::String) << true;
    QTest::newRow("window") << QStringLiteral("03:00-04:00") << int(Kind::String) << false;
    QTest::newRow("name") << QStringLiteral("db.r6g.large") << int(Kind::String) << false;
    QTest::newRow("version-like") << QStringLiteral("16.4.1") << int(Kind::String) << false;
}

void TestYamlIo::yamlScalar()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(bool, needsQuotes);
    QCOMPARE(int(YamlScalar::kindOfPlain(text.toStdString())), kind);
    QCOMPARE(YamlScalar::needsQuotes(text.toStdString()), needsQuotes);

    QCOMPARE(YamlScalar::toInt("0x1F"), std::optional<qint64>(31));
    QCOMPARE(YamlScalar::toInt("-9223372036854775808"), std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QCOMPARE(YamlScalar::toInt("9223372036854775808"), std::optional<qint64>());
    QCOMPARE(YamlScalar::toDouble(".5"), std::optional<double>(0.5));
    QCOMPARE(YamlScalar::toDouble("+1e3"), std::optional<double>(1000.0));
    QCOMPARE(YamlScalar::toDouble("1e999"), std::optional<double>());
}

// The hand-written matchers of the core schema's int and float patterns against the
// patterns themselves (std::regex), on every text of up to 4 characters over the
// characters that matter, and on longer ones.
// A tree of many nodes (they are made in chunks): every node where the parser reported it,
// still valid after thousands more were made, aliases the anchored node itself.
void TestYamlIo::largeTree()
{
    std::string text = "items:\n";
    constexpr int count = 3000;
    for (int i = 0; i < count; ++i)
        text += "  - {id: c" + std::to_string(i) + ", n: " + std::to_string(i) + "}\n";
    text += "first: &a x\nagain: *a\n";
    YamlTree tree;
    tree.parse(text.data(), text.size());
    const YamlNode items = tree.root()["items"];
    QVERIFY(items.isSequence());
    QCOMPARE(items.size(), std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const YamlNode item = items[std::size_t(i)];
        QVERIFY(item.isMap());
        QCOMPARE(item["id"].scalar(), "c" + std::to_string(i));
        QCOMPARE(item["n"].scalar(), std::to_string(i));
        QCOMPARE(item.mark().line, i + 1);
        QCOMPARE(item["n"].mark().line, i + 1);
    }
    QCOMPARE(tree.root()["again"], tree.root()["first"]);
    QCOMPARE(tree.root()["again"].scalar(), std::string("x"));
    QVERIFY(!tree.hasSecondDocument());
    // Parsed again, the tree holds the new text only.
    const std::string small = "a: 1\n";
    tree.parse(small.data(), small.size());
    QCOMPARE(tree.root().size(), std::size_t(1));
    QCOMPARE(tree.root()["a"].scalar(), std::string("1"));
}

void TestYamlIo::scalarPatterns()
{
    const std::regex intPattern("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    const std::regex floatPattern("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                                  "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    const std::string alphabet = "0789+-.eEoxaf";
    std::vector<std::string> texts = {"", ".inf", "-.inf", "+.Inf", ".INF", ".nan", ".NaN", ".NAN", "-.nan", ".nAn",
                                      ".infinity", "0x1F", "0xfF", "0x", "0o", "0o17", "0o18", "+0x1", "1e10", "1.5e-3",
                                      "-.5E+7", "1.e5", ".e5", "12345678901234567890", "1_000", " 1", "1 ", "١"};
    std::vector<std::string> level = {std::string()};
    for (int length = 1; length <= 4; ++length) {
        std::vector<std::string> next;
        for (const std::string &prefix : level) {
            for (char c : alphabet)
                next.push_back(prefix + c);
        }
        texts.insert(texts.end(), next.begin(), next.end());
        level = std::move(next);
    }
    int ints = 0, floats = 0;
    for (const std::string &text : texts) {
        const bool isInt = std::regex_match(text, intPattern);
        const bool isFloat = std::regex_match(text, floatPattern);
        if (YamlScalar::isIntText(text) != isInt || YamlScalar::isFloatText(text) != isFloat)
            QFAIL(qPrintable(QStringLiteral("'%1': int %2, float %3 by the patterns")
                                 .arg(QString::fromStdString(text))
                                 .arg(isInt)
                                 .arg(isFloat)));
        ints += isInt;
        floats += isFloat;
    }
    QVERIFY(ints > 100); // the alphabet reaches every branch
    QVERIFY(floats > ints);
}

void TestYamlIo::formatDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 80.0 << QStringLiteral("80");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("sum") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("negative") << -12.25 << QStringLiteral("-12.25");
    QTest::newRow("large") << 1e12 << QStringLiteral("1000000000000");
    QTest::newRow("huge") << 1e20 << QStringLiteral("1e+20");
    QTest::newRow("tiny") << 1e-7 << QStringLiteral("1e-07");
}

void TestYamlIo::formatDouble()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    const std::string formatted = YamlScalar::formatDouble(value);
    QCOMPARE(QString::fromStdString(formatted), text);
    QCOMPARE(YamlScalar::toDouble(formatted), std::optional<double>(value == 0 ? 0.0 : value));
}

void TestYamlIo::unreadableFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << QStringLiteral(INFRA_TEST_DATA_DIR "/yamlio/does-not-exist.yaml");
    QTest::newRow("directory") << QStringLiteral(INFRA_TEST_DATA_DIR "/yamlio");
}

void TestYamlIo::unreadableFile()
{
    QFETCH(QString, path);
    const DesignReader::Result r = DesignReader::readFile(path);
    QVERIFY(!r.ok());
    QVERIFY(r.ioError);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().file, path);
    QCOMPARE(r.errors.first().line, 1);
    QCOMPARE(r.errors.first().column, 1);
    QVERIFY(r.errors.first().message.startsWith(QStringLiteral("cannot read the file: ")));
}

void TestYamlIo::atomicSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.infra.yaml"));
    const Design first = studioDesign();
    QString error;
    QVERIFY2(DesignWriter::writeFile(first, path, &error), qPrintable(error));
    QCOMPARE(readAll(path), DesignWriter::toYaml(first));

    Design second;
    QVERIFY(second.setSectionValue(Section::Settings, QStringLiteral("name"), QStringLiteral("Second")).ok);
    QVERIFY2(DesignWriter::writeFile(second, path, &error), qPrintable(error));
    QCOMPARE(readAll(path), DesignWriter::toYaml(second)); // replaced entirely, not appended to
    const DesignReader::Result r = DesignReader::readFile(path);
    QVERIFY(r.ok());
    QVERIFY(*r.design == second);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("shop.infra.yaml")});
}

void TestYamlIo::saveFailureKeepsTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The parent of the target is a regular file: nothing can be created there.
    const QString blocker = dir.filePath(QStringLiteral("not-a-dir"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
    }
    const QString path = blocker + QStringLiteral("/design.infra.yaml");
    QString error;
    QVERIFY(!DesignWriter::writeFile(Design(), path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot save ") + path + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(readAll(blocker), QByteArray("keep me\n"));

    // A directory in the way of the target stays as it was.
    const QString target = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    error.clear();
    QVERIFY(!DesignWriter::writeFile(Design(), target, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(target).isDir());
}

QTEST_GUILESS_MAIN(TestYamlIo)
#include "tst_yamlio.moc"
