// DesignDiff: each kind of change on hand-made pairs of the reference design, with the
// expected differences written out here (not taken from the code under test), the Markdown
// report's escaping, and reading a design at a git revision from a repository made here.
#include "compare/designdiff.h"
#include "compare/gitrevision.h"
#include "cost/pricingcatalog.h"
#include "io/designreader.h"
#include "model/componentkind.h"
#include "model/design.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Infra;

namespace {

Design reference()
{
    const auto read = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
    if (!read.ok())
        qFatal("reference design does not load: %s", qPrintable(read.errorStrings().join(QLatin1Char('\n'))));
    return *read.design;
}

DesignDiff::Options noFiles()
{
    DesignDiff::Options o;
    o.files = false;
    return o;
}

const DesignDiff::FactChange *findFact(const std::vector<DesignDiff::FactChange> &list, const QString &part, DesignDiff::Status status)
{
    for (const auto &f : list)
        if (f.status == status && f.text.contains(part))
            return &f;
    return nullptr;
}

bool runGit(const QString &dir, const QStringList &args)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), args);
    return git.waitForFinished(30000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
}

} // namespace

class TestDesignDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalDesignsHaveNoDifferences();
    void settingChange();
    void noteChange();
    void parameterChangeAndItsCost();
    void addedComponentBringsConnectionsAndRules();
    void removedComponent();
    void renameAndMoveOnly();
    void routesAddedAndReordered();
    void findingsAndReview();
    void emittedFilesWithPatches();
    void markdownEscapesDesignText();
    void jsonCarriesEveryColumn();
    void gitRevision();
    void gitRevisionRefusals();
    void markdownGolden();
};

void TestDesignDiff::identicalDesignsHaveNoDifferences()
{
    const Design d = reference();
    const DesignDiff diff = DesignDiff::compare(d, d);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.changeCount(), 0);
    QVERIFY(diff.filesCompared);
    QVERIFY(diff.files.empty());
    QVERIFY(diff.text().contains(QLatin1String("No differences.")));
    QCOMPARE(diff.json().value(QStringLiteral("identical")).toBool(), true);
}

void TestDesignDiff::settingChange()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.setSectionValue(Section::Workload, QStringLiteral("peak_rps"), 400).ok);
    const DesignDiff diff = DesignDiff::compare(a, b, noFiles());
    QCOMPARE(diff.settings.size(), size_t(1));
    QCOMPARE(diff.settings.front(), (DesignDiff::ValueChange{QStringLiteral("workload.peak_rps"), QStringLiteral("200"), QStringLiteral("400")}));
    QVERIFY(diff.components.empty());
    QVERIFY(diff.text().contains(QLatin1String("~ workload.peak_rps: 200 -> 400")));
}

void TestDesignDiff::noteChange()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.setNote({}, QStringLiteral("reviewed")).ok);
    QVERIFY(b.setNote(QStringLiteral("web"), QStringLiteral("two | lines\n<b>")).ok);
    const DesignDiff diff = DesignDiff::compare(a, b, noFiles());
    QCOMPARE(diff.settings.size(), size_t(1));
    QCOMPARE(diff.settings.front(), (DesignDiff::ValueChange{QStringLiteral("note"), QString(), QStringLiteral("reviewed")}));
    QCOMPARE(diff.components.size(), size_t(1));
    QCOMPARE(diff.components.front().values.front(),
             (DesignDiff::ValueChange{QStringLiteral("note"), QString(), QStringLiteral("two | lines\n<b>")}));
    // The Markdown keeps its table rows: the pipe escaped, the line break folded, no HTML.
    QVERIFY2(diff.markdown().contains(QStringLiteral("`note`: *default* → two \\| lines &lt;b&gt;")), qPrintable(diff.markdown()));
    QVERIFY(DesignDiff::compare(a, a, noFiles()).isEmpty());
}

void TestDesignDiff::parameterChangeAndItsCost()
{
    const Design a = reference();
    Design b = a;
    // web: 1024 CPU units, 2048 MiB, x86_64, max 20 tasks in the reference.
    QCOMPARE(a.component(QStringLiteral("web"))->intParam(QStringLiteral("max_tasks")), 20);
    QVERIFY(b.setParameter(QStringLiteral("web"), QStringLiteral("max_tasks"), 30).ok);
    const DesignDiff diff = DesignDiff::compare(a, b, noFiles());
    QCOMPARE(diff.components.size(), size_t(1));
    const auto &c = diff.components.front();
    QCOMPARE(c.id, QStringLiteral("web"));
    QCOMPARE(c.status, DesignDiff::Status::Changed);
    QCOMPARE(c.values.size(), size_t(1));
    QCOMPARE(c.values.front(), (DesignDiff::ValueChange{QStringLiteral("max_tasks"), QStringLiteral("20"), QStringLiteral("30")}));

    // Ten more tasks at maximum: 10 × 1 vCPU × 730 h × the catalog's x86 vCPU-hour price.
    const RegionPrices *prices = PricingCatalog::standard().region(a.region());
    QVERIFY(prices);
    const Price *vcpu = prices->find(QStringLiteral("fargate.vcpu_hour_x86"));
    QVERIFY(vcpu);
    const double expected = 10 * 1.0 * 730 * vcpu->value;
    const DesignDiff::CostChange *line = nullptr;
    for (const auto &l : diff.cost)
        if (l.componentId == QLatin1String("web") && l.label.startsWith(QLatin1String("vCPU-hours")))
            line = &l;
    QVERIFY(line);
    QCOMPARE(line->status, DesignDiff::Status::Changed);
    QVERIFY2(std::abs(line->delta(2) - expected) < 0.01, qPrintable(QString::number(line->delta(2))));
    QCOMPARE(line->delta(1), 0.0); // desired count unchanged
    QCOMPARE(line->delta(0), 0.0);
    QCOMPARE(diff.totalAfter[1], diff.totalBefore[1]);
    QVERIFY(diff.totalAfter[2] - diff.totalBefore[2] >= expected - 0.01);
}

void TestDesignDiff::addedComponentBringsConnectionsAndRules()
{
    Design a = reference();
    // Without Redis the reference has no cache, sessions or broker connection to it.
    const Design withRedis = a;
    QVERIFY(a.removeComponents({QStringLiteral("redis")}).ok);
    const DesignDiff diff = DesignDiff::compare(a, withRedis, noFiles());
    const auto added = std::find_if(diff.components.begin(), diff.components.end(),
                                    [](const auto &c) { return c.id == QLatin1String("redis"); });
    QVERIFY(added != diff.components.end());
    QCOMPARE(added->status, DesignDiff::Status::Added);
    QCOMPARE(added->kind, kindName(withRedis.component(QStringLiteral("redis"))->kind));
    QVERIFY(findFact(diff.connections, QStringLiteral("web -> redis rediss:6379"), DesignDiff::Status::Added));
    QVERIFY(findFact(diff.securityRules, QStringLiteral("redis ingress tcp/6379 from web"), DesignDiff::Status::Added));
    QVERIFY(findFact(diff.securityRules, QStringLiteral("web egress tcp/6379 to redis"), DesignDiff::Status::Added));
    QVERIFY(!findFact(diff.connections, QStringLiteral("redis"), DesignDiff::Status::Removed));
    // Its node hours appear as added cost lines.
    QVERIFY(std::any_of(diff.cost.begin(), diff.cost.end(), [](const auto &l) {
        return l.componentId == QLatin1String("redis") && l.status == DesignDiff::Status::Added && l.after[1] > 0 && l.before[1] == 0;
    }));
}

void TestDesignDiff::removedComponent()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.removeComponents({QStringLiteral("cdn")}).ok);
    const DesignDiff diff = DesignDiff::compare(a, b, noFiles());
    QVERIFY(std::any_of(diff.components.begin(), diff.components.end(), [](const auto &c) {
        return c.id == QLatin1String("cdn") && c.status == DesignDiff::Status::Removed;
    }));
    QVERIFY(std::any_of(diff.cost.begin(), diff.cost.end(), [](const auto &l) {
        return l.componentId == QLatin1String("cdn") && l.status == DesignDiff::Status::Removed && l.after[1] == 0;
    }));
    QVERIFY(diff.text().contains(QLatin1String("  - cdn (cloudfront")));
}

void TestDesignDiff::renameAndMoveOnly()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.moveComponents({{QStringLiteral("web"), QPointF(10, 20)}}).ok);
    DesignDiff diff = DesignDiff::compare(a, b);
    QCOMPARE(diff.components.size(), size_t(1));
    QVERIFY(diff.components.front().movedOnly());
    QCOMPARE(diff.components.front().values.front().after, QStringLiteral("10, 20"));
    // A move changes nothing derived, no cost and no emitted file (the diagram is not compared).
    QVERIFY(diff.connections.empty() && diff.securityRules.empty() && diff.findings.empty() && diff.cost.empty());
    QVERIFY(diff.files.empty());

    QVERIFY(b.renameComponent(QStringLiteral("web"), QStringLiteral("Storefront web")).ok);
    diff = DesignDiff::compare(a, b, noFiles());
    QCOMPARE(diff.components.front().values.front(),
             (DesignDiff::ValueChange{QStringLiteral("name"), a.component(QStringLiteral("web"))->name, QStringLiteral("Storefront web")}));
    QVERIFY(!diff.components.front().movedOnly());
}

void TestDesignDiff::routesAddedAndReordered()
{
    const Design a = reference();
    QVERIFY(a.routes().size() >= 2);
    Design b = a;
    QList<CeleryRoute> reversed(a.routes().rbegin(), a.routes().rend());
    QVERIFY(b.setRoutes(reversed).ok);
    DesignDiff diff = DesignDiff::compare(a, b, noFiles());
    QVERIFY(diff.routes.empty());
    QVERIFY(diff.routesReordered);
    QVERIFY(diff.text().contains(QLatin1String("same routes in another order")));

    QList<CeleryRoute> more = a.routes();
    more.prepend(CeleryRoute{QStringLiteral("billing.tasks.invoice"), QStringLiteral("high_priority")});
    QVERIFY(b.setRoutes(more).ok);
    diff = DesignDiff::compare(a, b, noFiles());
    QCOMPARE(diff.routes.size(), size_t(1));
    QCOMPARE(diff.routes.front().text, QStringLiteral("billing.tasks.invoice -> high_priority"));
    QCOMPARE(diff.routes.front().status, DesignDiff::Status::Added);
    QVERIFY(!diff.routesReordered); // an added entry is reported as such, not as a reorder
}

void TestDesignDiff::findingsAndReview()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.setParameter(QStringLiteral("db"), QStringLiteral("multi_az"), false).ok);
    const DesignDiff diff = DesignDiff::compare(a, b, noFiles());
    const auto *f = findFact(diff.findings, QStringLiteral("[rds-multi-az]"), DesignDiff::Status::Added);
    QVERIFY2(f, qPrintable(diff.text()));
    QVERIFY(f->text.startsWith(QLatin1String("error ")) || f->text.startsWith(QLatin1String("warning ")));
    // The review's resilience item fails without Multi-AZ.
    QVERIFY(std::any_of(diff.review.begin(), diff.review.end(), [](const auto &r) {
        return r.before == QLatin1String("passed") && r.after == QLatin1String("failed");
    }));
    // The standby's instance hours go away.
    QVERIFY(std::any_of(diff.cost.begin(), diff.cost.end(), [](const auto &l) {
        return l.componentId == QLatin1String("db") && l.delta(1) < 0;
    }));
}

void TestDesignDiff::emittedFilesWithPatches()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.setParameter(QStringLiteral("web"), QStringLiteral("max_tasks"), 30).ok);
    const DesignDiff diff = DesignDiff::compare(a, b);
    QVERIFY(diff.filesError.isEmpty());
    const auto file = std::find_if(diff.files.begin(), diff.files.end(),
                                   [](const auto &f) { return f.path == QLatin1String("terraform/ecs.tf") || f.path == QLatin1String("terraform/autoscaling.tf"); });
    QVERIFY(file != diff.files.end());
    QCOMPARE(file->status, DesignDiff::Status::Changed);
    QVERIFY(file->patch.startsWith(QStringLiteral("--- a/") + file->path + QStringLiteral("\n+++ b/") + file->path + QLatin1Char('\n')));
    QVERIFY(file->patch.contains(QLatin1String("\n+")) && file->patch.contains(QLatin1String("\n-")));
    QVERIFY(file->linesAdded >= 1 && file->linesRemoved >= 1);
    // Somewhere the new maximum is written where the old one was.
    QVERIFY(std::any_of(diff.files.begin(), diff.files.end(), [](const auto &f) {
        return f.patch.contains(QRegularExpression(QStringLiteral("\n-.*\\b20\\b"))) && f.patch.contains(QRegularExpression(QStringLiteral("\n\\+.*\\b30\\b")));
    }));
    // --stat: the same files, no patches.
    DesignDiff::Options stat;
    stat.patches = false;
    const DesignDiff listed = DesignDiff::compare(a, b, stat);
    QCOMPARE(listed.files.size(), diff.files.size());
    QVERIFY(std::all_of(listed.files.begin(), listed.files.end(), [](const auto &f) { return f.patch.isEmpty(); }));
}

void TestDesignDiff::markdownEscapesDesignText()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.renameComponent(QStringLiteral("web"), QStringLiteral("Web | <script>alert(1)</script> *bold* `tick`")).ok);
    DesignDiff diff = DesignDiff::compare(a, b, noFiles());
    diff.beforeLabel = QStringLiteral("a.infra.yaml");
    diff.afterLabel = QStringLiteral("b.infra.yaml");
    const QString md = diff.markdown();
    QVERIFY(!md.contains(QLatin1String("<script>")));
    QVERIFY(md.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(md.contains(QLatin1String("Web \\| &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*bold\\* \\`tick\\`")));
    // A table row keeps its column count: unescaped pipes would split it.
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("| changed |"))) {
            QString unescaped = line;
            unescaped.remove(QLatin1String("\\|"));
            QCOMPARE(unescaped.count(QLatin1Char('|')), 5);
        }
    }

    // A patch with a run of backticks gets a longer fence than the run.
    Design c = a;
    QVERIFY(c.setSectionValue(Section::Settings, QStringLiteral("name"), QStringLiteral("Sales ```` & Billing")).ok);
    const DesignDiff withFiles = DesignDiff::compare(a, c);
    const QString md2 = withFiles.markdown(100000);
    QVERIFY(md2.contains(QLatin1String("`````diff\n")));
}

void TestDesignDiff::jsonCarriesEveryColumn()
{
    const Design a = reference();
    Design b = a;
    QVERIFY(b.setParameter(QStringLiteral("web"), QStringLiteral("max_tasks"), 30).ok);
    const QJsonObject json = DesignDiff::compare(a, b, noFiles()).json();
    QCOMPARE(json.value(QStringLiteral("identical")).toBool(), false);
    const QJsonArray comps = json.value(QStringLiteral("components")).toArray();
    QCOMPARE(comps.size(), 1);
    QCOMPARE(comps.first().toObject().value(QStringLiteral("values")).toArray().first().toObject().value(QStringLiteral("after")).toString(),
             QStringLiteral("30"));
    const QJsonObject totals = json.value(QStringLiteral("cost")).toObject().value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("desired")).toObject().value(QStringLiteral("before")).toDouble(),
             totals.value(QStringLiteral("desired")).toObject().value(QStringLiteral("after")).toDouble());
    QVERIFY(totals.value(QStringLiteral("max")).toObject().value(QStringLiteral("after")).toDouble()
            > totals.value(QStringLiteral("max")).toObject().value(QStringLiteral("before")).toDouble());
    QCOMPARE(json.value(QStringLiteral("files")).toObject().value(QStringLiteral("compared")).toBool(), false);
}

void TestDesignDiff::gitRevision()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QFAIL("git is not installed: scripts/setup installs it (scripts/lib/apt-packages.txt)");
    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    const QString dir = repo.path();
    QVERIFY(runGit(dir, {QStringLiteral("init"), QStringLiteral("-q")}));
    QDir().mkpath(dir + QStringLiteral("/designs"));
    const QString file = dir + QStringLiteral("/designs/shop.infra.yaml");
    QFile::copy(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), file);
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray committed = original.readAll();
    original.close();
    QVERIFY(runGit(dir, {QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(runGit(dir, {QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"), QStringLiteral("user.email=t@example.org"),
                         QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("first")}));
    QFile changed(file);
    QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write(QByteArray(committed).replace("peak_rps: 200", "peak_rps: 300"));
    changed.close();

    QString error;
    const auto bytes = readGitRevision(file, QStringLiteral("HEAD"), &error);
    QVERIFY2(bytes, qPrintable(error));
    QCOMPARE(*bytes, committed);
    QCOMPARE(gitRevisionLabel(QStringLiteral("designs/shop.infra.yaml"), QStringLiteral("HEAD")), QStringLiteral("HEAD:designs/shop.infra.yaml"));

    // The committed and the current design differ by exactly the edited value.
    const auto before = DesignReader::readData(*bytes, QStringLiteral("HEAD:shop"));
    const auto after = DesignReader::readFile(file);
    QVERIFY(before.ok() && after.ok());
    const DesignDiff diff = DesignDiff::compare(*before.design, *after.design, noFiles());
    QCOMPARE(diff.settings.size(), size_t(1));
    QCOMPARE(diff.settings.front().after, QStringLiteral("300"));

    // A revision that does not exist, and a file that did not exist then.
    QVERIFY(!readGitRevision(file, QStringLiteral("HEAD~5"), &error));
    QVERIFY2(error.contains(QLatin1String("HEAD~5")), qPrintable(error));
    const QString newFile = dir + QStringLiteral("/designs/new.infra.yaml");
    QFile::copy(file, newFile);
    QVERIFY(!readGitRevision(newFile, QStringLiteral("HEAD"), &error));
    QVERIFY2(error.contains(QLatin1String("new.infra.yaml")), qPrintable(error));
}

void TestDesignDiff::gitRevisionRefusals()
{
    QString error;
    // Option-like and colon revisions never reach git.
    for (const QString &rev : {QStringLiteral("--output=/tmp/x"), QStringLiteral("-p"), QStringLiteral("HEAD:other"), QString(),
                               QStringLiteral("HEAD\nx")}) {
        error.clear();
        QVERIFY(!readGitRevision(QStringLiteral("/tmp/none.infra.yaml"), rev, &error));
        QVERIFY2(error.contains(QLatin1String("is not a git revision")), qPrintable(error));
    }
    // Outside a repository: git's own reason.
    QTemporaryDir plain;
    const QString file = plain.filePath(QStringLiteral("d.infra.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(!readGitRevision(file, QStringLiteral("HEAD"), &error));
    QVERIFY2(error.contains(QLatin1String("git cannot show")), qPrintable(error));
}

// A hand-made pair (tests/data/compare/starter-pair: the starter design with peak traffic ×4,
// one more Gunicorn worker and two more maximum web tasks, Multi-AZ on, a renamed worker with
// Markdown and HTML in its name, one Celery route) and the pull-request comment it gives,
// read and reviewed. Emitted files are left out here (they follow the emitters; the file
// comparison has its own tests above).
void TestDesignDiff::markdownGolden()
{
    const QString dir = QFINDTESTDATA("data/compare/starter-pair");
    QVERIFY(!dir.isEmpty());
    const auto before = DesignReader::readFile(dir + QStringLiteral("/before.infra.yaml"));
    const auto after = DesignReader::readFile(dir + QStringLiteral("/after.infra.yaml"));
    QVERIFY(before.ok() && after.ok());
    DesignDiff diff = DesignDiff::compare(*before.design, *after.design, noFiles());
    diff.beforeLabel = QStringLiteral("before.infra.yaml");
    diff.afterLabel = QStringLiteral("after.infra.yaml");
    const QByteArray actual = diff.markdown().toUtf8();
    QFile expectedFile(dir + QStringLiteral("/expected.md"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QByteArray expected = expectedFile.readAll();
    if (actual != expected) {
        QFile out(dir + QStringLiteral("/expected.md.actual"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        out.close();
        QString patch, error;
        unifiedDiff(expected, actual, QStringLiteral("expected.md"), QStringLiteral("actual"), 3, &patch, &error);
        QFAIL(qPrintable(QStringLiteral("the Markdown differs from expected.md (written: expected.md.actual; read it before "
                                        "renaming it):\n") + patch + error));
    }
}

QTEST_GUILESS_MAIN(TestDesignDiff)
#include "tst_designdiff.moc"
