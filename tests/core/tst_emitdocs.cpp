// The documents of the export (issue 5, "Documents"): golden files for the reference design's
// overview, ADR-001 and scaling runbook (tests/data/emitdocs/reference/, read and reviewed),
// the design's own numbers in every document, names that match the Terraform module, the
// playbook's decision tables in the ADRs, and deterministic output.
#include "decide/designconversion.h"
#include "cost/costengine.h"
#include "derivefixtures.h"
#include "derive/derivedmodel.h"
#include "emit/docsemitter.h"
#include "emit/docswriter.h"
#include "emit/emitter.h"
#include "io/designreader.h"
#include "emit/terraformemitter.h"
#include "emit/terraformmodule.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QTest>

using namespace Infra;

namespace {

using Fixtures::example;
using Fixtures::set;
using Fixtures::referenceExample;

void setWorkload(Design &d, const char *key, const QVariant &value)
{
    const Mutation m = d.setSectionValue(Section::Workload, QString::fromLatin1(key), value);
    QVERIFY2(m.ok, qPrintable(m.error));
}

EmittedFiles docs(const Design &d)
{
    return DocsEmitter::emit(d, DerivedModel::derive(d));
}

QString doc(const EmittedFiles &files, const QString &path)
{
    for (const EmittedFile &f : files) {
        if (f.path == path)
            return QString::fromUtf8(f.content);
    }
    return {};
}

QString doc(const Design &d, const char *path)
{
    return doc(docs(d), QString::fromLatin1(path));
}

// "## Decision" … up to the next "## " heading.
QString section(const QString &text, const char *heading)
{
    const QString start = QStringLiteral("## ") + QLatin1String(heading) + QLatin1Char('\n');
    const qsizetype from = text.indexOf(start);
    if (from < 0)
        return {};
    const qsizetype to = text.indexOf(QStringLiteral("\n## "), from + start.size());
    return text.mid(from, to < 0 ? -1 : to - from);
}

} // namespace

class TestEmitDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The reference design, and its 3 TB variant (workload.db_size_gb 3000) whose ADR-002
    // proposes Aurora (issue 17: ADRs follow the design).
    void golden_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("path");
        const QString ref = QStringLiteral("reference");
        const QString big = QStringLiteral("reference-3tb");
        QTest::newRow("overview") << ref << QStringLiteral("docs/architecture/overview.md");
        QTest::newRow("adr-001") << ref << QStringLiteral("docs/adrs/ADR-001-ecs-fargate-vs-eks.md");
        QTest::newRow("adr-002") << ref << QStringLiteral("docs/adrs/ADR-002-rds-vs-aurora.md");
        QTest::newRow("adr-003") << ref << QStringLiteral("docs/adrs/ADR-003-elasticache-vs-memorydb.md");
        QTest::newRow("adr-004") << ref << QStringLiteral("docs/adrs/ADR-004-celery-beat-vs-eventbridge.md");
        QTest::newRow("adr-006") << ref << QStringLiteral("docs/adrs/ADR-006-horizontal-vs-vertical-scaling.md");
        QTest::newRow("scaling runbook") << ref << QStringLiteral("docs/runbooks/scaling.md");
        QTest::newRow("3 TB adr-002") << big << QStringLiteral("docs/adrs/ADR-002-rds-vs-aurora.md");
        // After Apply (decide --apply aurora): ADR-002 superseded, ADR-007 accepted.
        const QString applied = QStringLiteral("reference-3tb-aurora");
        QTest::newRow("3 TB aurora adr-002") << applied << QStringLiteral("docs/adrs/ADR-002-rds-vs-aurora.md");
        QTest::newRow("3 TB aurora adr-007") << applied << QStringLiteral("docs/adrs/ADR-007-aurora-postgresql.md");
    }

    void golden()
    {
        QFETCH(QString, variant);
        QFETCH(QString, path);
        const QString goldenPath = QStringLiteral(INFRA_TEST_DATA_DIR "/emitdocs/") + variant + QLatin1Char('/') + path;
        QFile golden(goldenPath);
        const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
        Design design = referenceExample();
        if (variant.startsWith(QLatin1String("reference-3tb")))
            setWorkload(design, "db_size_gb", 3000.0);
        if (variant == QLatin1String("reference-3tb-aurora")) {
            const DesignConversion::Result r = DesignConversion::apply(design, QStringLiteral("aurora"));
            QVERIFY2(r.ok, qPrintable(r.error));
            design = r.design;
        }
        const QByteArray actual = doc(docs(design), path).toUtf8();
        QVERIFY(!actual.isEmpty());
        if (actual != expected) {
            const QString actualPath = goldenPath + QStringLiteral(".actual");
            QFile out(actualPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            out.close();
            QProcess diff;
            diff.setProcessChannelMode(QProcess::MergedChannels);
            diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), goldenPath, actualPath});
            diff.waitForFinished();
            qWarning().noquote() << QString::fromUtf8(diff.readAll());
            QFAIL(qPrintable(QStringLiteral("%1 differs from its golden file; review %2").arg(path, actualPath)));
        }
    }

    void everyDocumentOfTheLayout()
    {
        QStringList paths;
        for (const EmittedFile &f : docs(referenceExample())) {
            paths.append(f.path);
            QCOMPARE(f.language, QStringLiteral("markdown"));
            QVERIFY2(f.content.endsWith("\n") && !f.content.endsWith("\n\n"), qPrintable(f.path));
        }
        const QStringList expected = {QStringLiteral("docs/adrs/ADR-001-ecs-fargate-vs-eks.md"),
                                      QStringLiteral("docs/adrs/ADR-002-rds-vs-aurora.md"),
                                      QStringLiteral("docs/adrs/ADR-003-elasticache-vs-memorydb.md"),
                                      QStringLiteral("docs/adrs/ADR-004-celery-beat-vs-eventbridge.md"),
                                      QStringLiteral("docs/adrs/ADR-005-celery-queue-design.md"),
                                      QStringLiteral("docs/adrs/ADR-006-horizontal-vs-vertical-scaling.md"),
                                      QStringLiteral("docs/architecture/caching-strategy.md"),
                                      QStringLiteral("docs/architecture/database-design.md"),
                                      QStringLiteral("docs/architecture/ecs-design.md"),
                                      QStringLiteral("docs/architecture/overview.md"),
                                      QStringLiteral("docs/cost.md"),
                                      QStringLiteral("docs/runbooks/database-maintenance.md"),
                                      QStringLiteral("docs/runbooks/disaster-recovery.md"),
                                      QStringLiteral("docs/runbooks/incident-response.md"),
                                      QStringLiteral("docs/runbooks/scaling.md"),
                                      QStringLiteral("docs/terraform/README.md")};
        QCOMPARE(paths, expected);
    }

    void adrsHaveEverySection()
    {
        for (const EmittedFile &f : docs(referenceExample())) {
            if (!f.path.startsWith(QLatin1String("docs/adrs/")))
                continue;
            const QString text = QString::fromUtf8(f.content);
            for (const char *h : {"Status", "Context", "Decision", "Consequences", "Alternatives Considered"})
                QVERIFY2(!section(text, h).isEmpty(), qPrintable(f.path + QStringLiteral(": ") + QLatin1String(h)));
        }
    }

    void notesInTheOverviewAreEscaped()
    {
        Design d = referenceExample();
        const QString overview0 = doc(d, "docs/architecture/overview.md");
        QVERIFY(!overview0.contains(QLatin1String("## Notes"))); // no notes: no section
        QVERIFY(d.setNote({}, QStringLiteral("Reviewed with <ops> & finance.\n# not a heading\n\n| a | b |")).ok);
        QVERIFY(d.setNote(QStringLiteral("web"), QStringLiteral("*keep* [two](http://x) `tasks` <script>alert(1)</script>")).ok);
        const QString notes = section(doc(d, "docs/architecture/overview.md"), "Notes");
        QVERIFY2(!notes.isEmpty(), "no Notes section");
        // Every character that could start markup is escaped; the line breaks stay (hard breaks).
        QCOMPARE(notes, QStringLiteral(
                            "## Notes\n\nOn the design:\n\n"
                            "> Reviewed with \\<ops\\> \\& finance\\.\\\n> \\# not a heading\n>\n> \\| a \\| b \\|\n\n"
                            "On Web \\(Gunicorn\\) (`web`):\n\n"
                            "> \\*keep\\* \\[two\\]\\(http\\://x\\) \\`tasks\\` \\<script\\>alert\\(1\\)\\</script\\>\n"));
    }

    void scalingRunbookFollowsMaxTasks()
    {
        Design d = referenceExample();
        set(d, "web", "max_tasks", qint64(37));
        const QString s = doc(d, "docs/runbooks/scaling.md");
        QVERIFY(s.contains(
            QLatin1String("--scalable-dimension ecs:service:DesiredCount --resource-id service/myapp-production/web \\\n  --min-capacity 37 --max-capacity 37")));
        QVERIFY(s.contains(QLatin1String("between 2 and 37 tasks (desired 5)")));
        QVERIFY(!s.contains(QLatin1String("--desired-count 20")));
        // Workers: drain to 0 and restore the desired count, with the real queue names
        QVERIFY(s.contains(QLatin1String("--service worker-long --desired-count 0")));
        QVERIFY(s.contains(QLatin1String("--service worker-long --desired-count 2")));
        QVERIFY(s.contains(QLatin1String("celery -A myapp control cancel_consumer long_running")));
        QVERIFY(s.contains(QLatin1String("celery -A myapp inspect active")));
        // Connection budget: web 37 × 8 = 296 + 132 = 428 at maximum, 428 × 1.2 = 513.6 → total 513
        QVERIFY(s.contains(QLatin1String("the services hold 428 connections (total 513 with management)")));
    }

    void sqsBrokerInRunbooksAndDesign()
    {
        Design d = referenceExample();
        QVERIFY(d.addComponent(Component::make(ComponentKind::Sqs, QStringLiteral("queues"))).ok);
        const EmittedFiles files = docs(d);
        // the queue names terraform/sqs.tf creates: <prefix>-<queue>
        QVERIFY(doc(files, QStringLiteral("docs/runbooks/scaling.md"))
                    .contains(QLatin1String("--queue-name myapp-production-high_priority")));
        QVERIFY(doc(files, QStringLiteral("docs/architecture/ecs-design.md"))
                    .contains(QLatin1String("backlog per task (AWS/SQS ApproximateNumberOfMessagesVisible / running tasks)")));
        QVERIFY(doc(files, QStringLiteral("docs/architecture/caching-strategy.md"))
                    .contains(QLatin1String("| broker | - | Celery broker (the broker is SQS) | no |")));
        QVERIFY(doc(files, QStringLiteral("docs/adrs/ADR-005-celery-queue-design.md"))
                    .contains(QLatin1String("the broker is SQS")));
    }

    void databaseDocumentsFollowTheModel()
    {
        Design d = referenceExample();
        set(d, "db", "backup_retention_days", qint64(14));
        set(d, "db", "instance_class", QStringLiteral("db.r6g.xlarge"));
        const EmittedFiles files = docs(d);
        const QString dr = doc(files, QStringLiteral("docs/runbooks/disaster-recovery.md"));
        QVERIFY(dr.contains(QLatin1String("Automated backups are kept 14 days")));
        QVERIFY(dr.contains(QLatin1String("point-in-time restore (last 14 days)")));
        QVERIFY(dr.contains(
            QLatin1String("aws rds reboot-db-instance --db-instance-identifier myapp-production-db --force-failover")));
        QVERIFY(dr.contains(QLatin1String("--source-db-instance-identifier myapp-production-db \\\n")));
        QVERIFY(dr.contains(
            QLatin1String("--db-instance-class db.r6g.xlarge --db-subnet-group-name myapp-production-db --multi-az")));
        QVERIFY(
            dr.contains(QLatin1String("aws elasticache test-failover --replication-group-id myapp-production-redis")));

        const QString design = doc(files, QStringLiteral("docs/architecture/database-design.md"));
        QVERIFY(design.contains(QLatin1String("| Instance class | db.r6g.xlarge (4 vCPU, 32 GiB) |")));
        // Pool calculation at desired and maximum scale (reference arithmetic):
        //   desired web 5×8 = 40, workers 4×8 + 4×4 + 2×2 + 1×2 = 54, management 18.8, total 112.8
        //   maximum web 20×8 = 160, workers 132, management 58.4, total 350.4
        QVERIFY(design.contains(QLatin1String("| Web connections | 40 | 160 |")));
        QVERIFY(design.contains(QLatin1String("| Worker connections | 54 | 132 |")));
        QVERIFY(design.contains(QLatin1String("| Management (20 %) | 18.8 | 58.4 |")));
        QVERIFY(design.contains(QLatin1String("| Total (exact) | 112.8 | 350.4 |")));
        QVERIFY(design.contains(QLatin1String("| default_pool_size | 28 | 87 |"))); // int(28.2), int(87.6)
        QVERIFY(design.contains(QLatin1String("| max_client_conn | 225 | 700 |"))); // int(225.6), int(700.8)
        QVERIFY(
            design.contains(QLatin1String("| Recommended max_connections | 169 | 525 |"))); // int(169.2), int(525.6)
        // 2 pgBouncer tasks × (87 + 5) = 184 against the override of 500
        QVERIFY(design.contains(QLatin1String("2 task(s) x (87 pool + 5 reserve) = 184 server connections")));
        QVERIFY(design.contains(QLatin1String(
            "Budget 500: 184 connections at desired scale (within budget), 184 at maximum (within budget).")));

        const QString maint = doc(files, QStringLiteral("docs/runbooks/database-maintenance.md"));
        QVERIFY(maint.contains(QLatin1String("aws rds create-db-snapshot --db-instance-identifier myapp-production-db "
                                             "--db-snapshot-identifier \"$SNAPSHOT\"")));
        QVERIFY(maint.contains(QLatin1String("`myapp-production-db-postgres16`")));
        QVERIFY(maint.contains(QLatin1String("--task-definition myapp-production-release --launch-type FARGATE")));
    }

    void incidentResponseNamesTheServices()
    {
        const QString s = doc(referenceExample(), "docs/runbooks/incident-response.md");
        QVERIFY(s.contains(
            QLatin1String("--services web worker-high worker-default worker-long worker-scheduled beat pgbouncer")));
        QVERIFY(s.contains(QLatin1String("aws logs tail /ecs/myapp-production/web --since 15m --follow")));
        QVERIFY(s.contains(QLatin1String("--command \"celery -A myapp inspect active\"")));
        QVERIFY(
            s.contains(QLatin1String("`worker-high` serves high_priority with 4 x concurrency 8 (up to 10 tasks)")));
        QVERIFY(s.contains(
            QLatin1String("aws ecs update-service --cluster myapp-production --service beat --force-new-deployment")));
    }

    void namesMatchTheTerraformModule()
    {
        // Every service and identifier a runbook names is one terraform/*.tf creates.
        const Design d = referenceExample();
        const EmittedFiles files = Emitter::emit(d);
        const QString ecs = doc(files, QStringLiteral("terraform/ecs.tf"));
        const QString providers = doc(files, QStringLiteral("terraform/providers.tf"));
        const QString variables = doc(files, QStringLiteral("terraform/variables.tf"));
        const QString rds = doc(files, QStringLiteral("terraform/rds.tf"));
        const QString cache = doc(files, QStringLiteral("terraform/elasticache.tf"));
        const QString scaling = doc(files, QStringLiteral("docs/runbooks/scaling.md"));
        // cluster = local.name_prefix = "${var.project}-${var.environment}" = myapp-production
        QVERIFY(providers.contains(QLatin1String("name_prefix = \"${var.project}-${var.environment}\"")));
        QVERIFY(variables.contains(QLatin1String("default     = \"myapp\"")) ||
                variables.contains(QLatin1String("default = \"myapp\"")));
        QVERIFY(ecs.contains(QLatin1String("name = local.name_prefix")) ||
                ecs.contains(QLatin1String("name  = local.name_prefix")) ||
                ecs.contains(QLatin1String("local.name_prefix")));
        for (const char *service : {"web", "worker-high", "worker-default", "worker-long", "worker-scheduled"}) {
            QVERIFY2(ecs.contains(QStringLiteral("name = \"%1\"").arg(QLatin1String(service))) ||
                         ecs.contains(QStringLiteral("\"%1\"").arg(QLatin1String(service))),
                     service);
            QVERIFY2(scaling.contains(QStringLiteral("--cluster myapp-production --service %1 ").arg(QLatin1String(service)))
                         || scaling.contains(QStringLiteral("--resource-id service/myapp-production/%1 ").arg(QLatin1String(service))),
                     service);
        }
        QVERIFY(rds.contains(QLatin1String("\"${local.name_prefix}-db\"")));
        QVERIFY(rds.contains(QLatin1String("\"${local.name_prefix}-db-postgres16\"")));
        QVERIFY(cache.contains(QLatin1String("\"${local.name_prefix}-redis\"")));
    }

    void adrEcsVsEksFollowsTheTable_data()
    {
        QTest::addColumn<int>("team");
        QTest::addColumn<bool>("kubernetes");
        QTest::addColumn<bool>("eks");
        QTest::newRow("4, no k8s") << 4 << false << false;
        QTest::newRow("4, k8s") << 4 << true << false;     // too small a team even with experience
        QTest::newRow("5, no k8s") << 5 << false << false; // no Kubernetes investment
        QTest::newRow("5, k8s") << 5 << true << true;
        QTest::newRow("12, k8s") << 12 << true << true;
    }

    void adrEcsVsEksFollowsTheTable()
    {
        QFETCH(int, team);
        QFETCH(bool, kubernetes);
        QFETCH(bool, eks);
        Design d = referenceExample();
        setWorkload(d, "team_size", qint64(team));
        setWorkload(d, "kubernetes_experience", kubernetes);
        const QString adr = doc(d, "docs/adrs/ADR-001-ecs-fargate-vs-eks.md");
        // The factor row of the one evaluation (DecisionEngine): value, threshold, source, side.
        QVERIFY(adr.contains(QStringLiteral("| Team size | %1 engineer(s) | EKS from 5 dedicated engineers | Playbook, "
                                            "ECS Fargate vs EKS (Team Size) | %2 |")
                                 .arg(team)
                                 .arg(team >= 5 ? QLatin1String("EKS") : QLatin1String("ECS Fargate"))));
        QVERIFY(adr.contains(QStringLiteral("a team of %1 engineers").arg(team)));
        const QString status = section(adr, "Status");
        QCOMPARE(status.contains(QLatin1String("Proposed: the decision table points to EKS; the design still models "
                                               "ECS Fargate (EKS stays a recommendation: the studio has no EKS emitter.)")),
                 eks);
        QCOMPARE(status.contains(QLatin1String("Accepted")), !eks);
        QCOMPARE(
            section(adr, "Decision").contains(QLatin1String("We use ECS Fargate in the cluster `myapp-production`")),
            !eks);
    }

    void adrRdsVsAuroraFollowsTheScale()
    {
        Design d = referenceExample();
        QString adr = doc(d, "docs/adrs/ADR-002-rds-vs-aurora.md");
        // 50 GB + 12 × 5 GB = 110 GB in a year: RDS
        QVERIFY(adr.contains(QLatin1String("| Scale (data) | 50 GB now, 110 GB in 12 months | Aurora from 1,000 GB (1 TB) "
                                           "within the sizing horizon | Playbook, RDS PostgreSQL vs Aurora PostgreSQL "
                                           "(Scale: < 1TB / > 1TB) | RDS PostgreSQL |")));
        QVERIFY(section(adr, "Status").contains(QLatin1String("Accepted")));
        QVERIFY(section(adr, "Decision")
                    .contains(QLatin1String("We use RDS PostgreSQL 16 (`myapp-production-db`, db.r6g.large)")));
        // 900 GB + 12 × 20 GB = 1140 GB: Aurora
        setWorkload(d, "db_size_gb", 900.0);
        setWorkload(d, "db_growth_gb_per_month", 20.0);
        adr = doc(d, "docs/adrs/ADR-002-rds-vs-aurora.md");
        QVERIFY(adr.contains(QLatin1String("| Scale (data) | 900 GB now, 1,140 GB in 12 months | Aurora from 1,000 GB")));
        QVERIFY(adr.contains(QLatin1String("(Scale: < 1TB / > 1TB) | Aurora PostgreSQL |")));
        QVERIFY(section(adr, "Status").contains(
            QLatin1String("Proposed: the decision table points to Aurora PostgreSQL; the design still models RDS PostgreSQL")));
        QVERIFY(section(adr, "Decision").contains(QLatin1String("Aurora PostgreSQL")));
    }

    void otherAdrsCarryTheDesignsNumbers()
    {
        Design d = referenceExample();
        set(d, "worker-long", "concurrency", qint64(3));
        const EmittedFiles files = docs(d);
        const QString queues = doc(files, QStringLiteral("docs/adrs/ADR-005-celery-queue-design.md"));
        // long_running: concurrency 3, tasks 1/2/4 → slots 6 / 12
        QVERIFY(queues.contains(QLatin1String("| `worker-long` | long_running | `myapp.tasks.generate_report`, "
                                              "`myapp.tasks.data_export` | 3 | prefork | 100 | 1 / 2 / 4 | 6 / 12 |")));
        // workers at desired 32 + 16 + 6 + 2 = 56, at maximum 80 + 40 + 12 + 4 = 136
        QVERIFY(queues.contains(QLatin1String("56 worker processes at desired scale, 136 at maximum")));
        const QString cache = doc(files, QStringLiteral("docs/adrs/ADR-003-elasticache-vs-memorydb.md"));
        QVERIFY(cache.contains(QLatin1String("We use ElastiCache Redis 7.1 for cache, sessions, broker, results")));
        QVERIFY(cache.contains(QLatin1String("(DB 2)")));
        const QString beat = doc(files, QStringLiteral("docs/adrs/ADR-004-celery-beat-vs-eventbridge.md"));
        QVERIFY(beat.contains(
            QLatin1String("We run Celery Beat as the ECS service `beat` with exactly 1 task (0.25 vCPU / 512 MiB)")));
        const QString scaling = doc(files, QStringLiteral("docs/adrs/ADR-006-horizontal-vs-vertical-scaling.md"));
        QVERIFY(scaling.contains(QLatin1String("Peak traffic is 4 times the average.")));
        QVERIFY(scaling.contains(QLatin1String("`web`: CPU 70 % target, 2-20 tasks (desired 5)")));
    }

    void cachingStrategyHasRolesAndTtls()
    {
        Design d = referenceExample();
        set(d, "redis", "sessions_db", qint64(6));
        set(d, "cdn", "media_default_ttl", qint64(7200));
        const QString s = doc(d, "docs/architecture/caching-strategy.md");
        QVERIFY(s.contains(QLatin1String("| cache | 0 |")));
        QVERIFY(s.contains(QLatin1String("| sessions | 6 |")));
        QVERIFY(s.contains(QLatin1String("| broker | 2 |")));
        QVERIFY(s.contains(QLatin1String("`maxmemory-policy` is `volatile-lru`")));
        QVERIFY(s.contains(
            QLatin1String("| /static/* | 86400 s (1 day) | 604800 s (1 week) | 31536000 s (1 year) | nothing |")));
        QVERIFY(s.contains(
            QLatin1String("| /media/* | 3600 s (1 hour) | 7200 s (2 hours) | 604800 s (1 week) | nothing |")));
    }

    void ecsDesignListsServicesAndSizes()
    {
        const QString s = doc(referenceExample(), "docs/architecture/ecs-design.md");
        QVERIFY(s.contains(QLatin1String("| `web` | ECS web service | 1 vCPU (1024) | 2048 MiB | x86_64 | FARGATE |")));
        QVERIFY(s.contains(QLatin1String("| `worker-long` | `celery -A myapp worker -Q long_running -c 2 --pool "
                                         "prefork --loglevel INFO --max-tasks-per-child 100` |")));
        QVERIFY(s.contains(QLatin1String("| `worker-high` | backlog per task (InfraStudio/Celery BacklogPerTask), 100 messages per "
                                         "task | 2 | 4 | 10 | 300 s / 60 s | 8 |")));
    }

    void costReportUsesTheCostEngine()
    {
        const Design d = referenceExample();
        const CostEstimate e = CostEngine().estimate(d);
        QVERIFY(e.isValid());
        const QString s = doc(d, "docs/cost.md");
        // the engine's totals, to the cent, in the summary row
        const QString total = QStringLiteral("| **Total** | %1 | %2 | %3 |")
                                  .arg(DocsWriter::money(e.total.minimum()), DocsWriter::money(e.total.desired()),
                                       DocsWriter::money(e.total.maximum()));
        QVERIFY2(s.contains(total), qPrintable(total));
        QVERIFY(s.contains(e.catalogVersion));
        for (const ComponentCost &c : e.components)
            QVERIFY2(s.contains(QStringLiteral("(`%1`)").arg(c.id)), qPrintable(c.id));
    }

    void terraformReadmeListsTheModule()
    {
        const Design d = referenceExample();
        const EmittedFiles files = Emitter::emit(d);
        const QString readme = doc(files, QStringLiteral("docs/terraform/README.md"));
        int tf = 0;
        for (const EmittedFile &f : files) {
            if (f.path.startsWith(QLatin1String("terraform/"))) {
                QVERIFY2(readme.contains(QStringLiteral("- `%1`").arg(f.path.mid(10))), qPrintable(f.path));
                ++tf;
            }
        }
        QVERIFY(tf > 10);
        // State in S3 through the partial backend configuration; no secret to supply, and the
        // one secret in the state (the Redis AUTH token) named with its reason.
        QVERIFY(!readme.contains(QLatin1String("TF_VAR_")));
        QVERIFY(readme.contains(QLatin1String("terraform init -backend-config=backend.s3.tfbackend -backend-config=\"bucket=STATE_BUCKET\"\n"
                                              "terraform plan -var image_tag=GIT_SHA -out tfplan\nterraform apply tfplan")));
        QVERIFY(readme.contains(QLatin1String("## State and secrets")));
        QVERIFY(readme.contains(QLatin1String("aws s3api create-bucket --bucket \"$STATE_BUCKET\"")));
        QVERIFY(readme.contains(QLatin1String("| `django-secret-key` | ephemeral `aws_secretsmanager_random_password.django_secret_key`, written with `secret_string_wo` | no |")));
        QVERIFY(readme.contains(QLatin1String("| `redis-auth-token` | `random_password.redis_auth_token`, written with `secret_string_wo` | **yes**: the replication group's `auth_token` has no write-only form")));
        QVERIFY(readme.contains(QLatin1String("| database master password | RDS (`manage_master_user_password`)")));
        QVERIFY(readme.contains(QLatin1String("Terraform >= 1.11")));
        // Prerequisites and the order of the first apply.
        QVERIFY(readme.contains(QLatin1String("## Before the first apply")));
        QVERIFY(readme.contains(QLatin1String("`terraform output certificate_validation_records`")));
        QVERIFY(readme.contains(QLatin1String("| `image_tag` | (required, no default) |")));
        QVERIFY(readme.contains(QLatin1String("## What the first apply creates, in order")));
        QVERIFY(readme.contains(QLatin1String("3. the certificates (ACM, the CloudFront one in us-east-1) and their DNS validation")));
        // The audit trail: what the first apply creates, what a team needs for it, what it costs
        // (the cost estimate's own lines, tst_costestimate).
        QVERIFY(readme.contains(QLatin1String("2. the audit trail: VPC flow logs to CloudWatch Logs (kept 90 days), the access log bucket "
                                              "`myapp-production-access-logs-ACCOUNT_ID` (access logs expire after 90 days)")));
        QVERIFY(readme.contains(QLatin1String("credentials that may also set bucket policies and bucket ACLs")));
        QVERIFY(readme.contains(QLatin1String("database (its PostgreSQL and upgrade logs exported to CloudWatch, kept 30 days)")));
        QVERIFY(readme.contains(QLatin1String("## Audit trail and private paths")));
        QVERIFY(readme.contains(QLatin1String("| Load balancer access logs | S3 `alb/` in the access log bucket (SSE-S3) | 90 days (lifecycle) | 0.83 USD a month |")));
        QVERIFY(readme.contains(QLatin1String("| VPC flow logs (accepted and rejected) | `/vpc/myapp-production/flow-logs` | 90 days | 3.87 USD a month |")));
        QVERIFY(readme.contains(QStringLiteral("| RDS log exports (postgresql, upgrade) | `/aws/rds/instance/myapp-production-db/…` | 30 days | 0.53 USD a month |")));
    }

    void terraformReadmeDeploysANewImage()
    {
        // The services run var.image_tag from a repository with immutable tags. A forced new
        // deployment keeps the task definition (UpdateService forceNewDeployment: "no service
        // definition changes"), so it restarts the old image: the README's way to deploy must be a
        // new tag and an apply, through deploy.sh where the export has one.
        for (const char *example : {"django-reference", "starter", "api-only"}) {
            const EmittedFiles files = Emitter::emit(Fixtures::example(example));
            const QString readme = doc(files, QStringLiteral("docs/terraform/README.md"));
            const QString after = readme.mid(readme.indexOf(QLatin1String("## After apply")));
            QVERIFY2(!after.isEmpty(), example);
            QVERIFY2(!after.contains(QLatin1String("then deploy: `aws ecs update-service")), example);
            QVERIFY2(after.contains(QLatin1String("`config/deploy.sh release TAG`")), example);
            QVERIFY2(doc(files, QStringLiteral("config/deploy.sh")).contains(QLatin1String("apply -var \"image_tag=$tag\"")), example);
            QVERIFY2(doc(files, QStringLiteral("terraform/ecr.tf")).contains(QLatin1String("image_tag_mutability = \"IMMUTABLE\"")), example);
        }
    }

    // Every name an AWS CLI or Terraform command of the runbooks uses exists in the module the
    // same export writes: the module is built (TerraformEmitter::module) and its names evaluated
    // with the variables' defaults, as `terraform apply` would name the resources.
    void runbookCommandsUseTheModulesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("reference") << QStringLiteral("django-reference");
        QTest::newRow("starter") << QStringLiteral("starter");
        QTest::newRow("api-only") << QStringLiteral("api-only");
    }
    void runbookCommandsUseTheModulesNames()
    {
        QFETCH(QString, name);
        const auto r = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/") + name + QStringLiteral(".infra.yaml"));
        QVERIFY(r.ok());
        const Design d = *r.design;
        const TerraformModule module = TerraformEmitter::module(d, DerivedModel::derive(d));
        QSet<QString> names;     // every name the module gives a resource
        QSet<QString> addresses; // aws_db_instance.db
        for (const TerraformModule::Block &b : module.resources()) {
            addresses.insert(b.address());
            for (const char *attribute : {"name", "identifier", "replication_group_id", "family", "bucket", "alarm_name", "final_snapshot_identifier"}) {
                if (const auto v = module.evaluate(b.attribute(QLatin1String(attribute))))
                    names.insert(*v);
            }
        }
        QVERIFY(!names.isEmpty());
        // The containers of the task definitions (--container) and the environment of each:
        // pgBouncer's STATS_USERS and LISTEN_PORT are what its console admits.
        QSet<QString> containers;
        QHash<QString, QString> pgbouncerEnv;
        for (const TerraformModule::Block &b : module.resources(QStringLiteral("aws_ecs_task_definition"))) {
            const HclValue *defs = b.attribute(QStringLiteral("container_definitions"));
            QVERIFY(defs && defs->isCall() && defs->items().size() == 1);
            for (const HclValue &container : defs->items().constFirst().items()) {
                const auto cname = module.evaluate(container.entry(QStringLiteral("name")));
                QVERIFY(cname);
                containers.insert(*cname);
                const HclValue *image = container.entry(QStringLiteral("image"));
                if (!image || image->expression() != QLatin1String("var.pgbouncer_image"))
                    continue;
                for (const HclValue &e : container.entry(QStringLiteral("environment"))->items())
                    pgbouncerEnv.insert(module.evaluate(e.entry(QStringLiteral("name"))).value_or(QString()),
                                        module.evaluate(e.entry(QStringLiteral("value"))).value_or(QString()));
            }
        }
        QVERIFY(!containers.isEmpty());
        int consoles = 0;
        // Flags whose value names an existing resource (targets of a restore or rename are new).
        const QStringList flags = {QStringLiteral("--cluster"), QStringLiteral("--service"), QStringLiteral("--service-name"),
                                   QStringLiteral("--db-instance-identifier"), QStringLiteral("--source-db-instance-identifier"),
                                   QStringLiteral("--db-subnet-group-name"), QStringLiteral("--db-parameter-group-name"),
                                   QStringLiteral("--replication-group-id"), QStringLiteral("--family-prefix"), QStringLiteral("--queue-name"),
                                   QStringLiteral("--task-definition"), QStringLiteral("--bucket"), QStringLiteral("--secret-id")};
        int checked = 0;
        QStringList missing;
        for (const EmittedFile &f : Emitter::emit(d, Emitter::Part::Docs)) {
            if (!f.path.startsWith(QLatin1String("docs/runbooks/")))
                continue;
            // One logical line per command (backslash continuations joined).
            const QString text = QString::fromUtf8(f.content).replace(QStringLiteral("\\\n"), QStringLiteral(" "));
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                const QStringList words = line.simplified().split(QLatin1Char(' '));
                const qsizetype aws = words.indexOf(QStringLiteral("aws"));
                if (aws >= 0) {
                    for (qsizetype i = aws; i + 1 < words.size(); ++i) {
                        QString value = words.at(i + 1);
                        value.remove(QLatin1Char('"'));
                        if (value.contains(QLatin1Char('$')) || value.endsWith(QLatin1String("-restore")) || value.endsWith(QLatin1String("-old")))
                            continue;
                        QStringList values;
                        if (flags.contains(words.at(i)))
                            values.append(value.section(QLatin1Char(':'), 0, 0)); // family:REVISION
                        else if (words.at(i) == QLatin1String("--services"))
                            for (qsizetype j = i + 1; j < words.size() && !words.at(j).startsWith(QLatin1String("--")); ++j)
                                values.append(words.at(j));
                        else if (words.at(i) == QLatin1String("--resource-id"))
                            values.append(value.split(QLatin1Char('/')).mid(1)); // service/CLUSTER/SERVICE
                        else if (words.at(i) == QLatin1String("tail") && i > 0 && words.at(i - 1) == QLatin1String("logs"))
                            values.append(value);
                        else if (words.at(i) == QLatin1String("--container")) {
                            ++checked;
                            if (!containers.contains(value))
                                missing.append(QStringLiteral("%1: --container %2").arg(f.path, value));
                        }
                        for (const QString &v : std::as_const(values)) {
                            ++checked;
                            if (!names.contains(v))
                                missing.append(QStringLiteral("%1: %2 %3").arg(f.path, words.at(i), v));
                        }
                    }
                }
                // psql into pgBouncer's console: the user is a stats user and the port its port.
                static const QRegularExpression console(QStringLiteral("psql -h 127\\.0\\.0\\.1 -p (\\d+) -U (\\S+) pgbouncer\\b"));
                if (const auto m = console.match(line); m.hasMatch()) {
                    ++consoles;
                    if (!pgbouncerEnv.value(QStringLiteral("STATS_USERS")).split(QLatin1Char(',')).contains(m.captured(2)))
                        missing.append(QStringLiteral("%1: psql -U %2 is not in pgBouncer's STATS_USERS (%3)")
                                           .arg(f.path, m.captured(2), pgbouncerEnv.value(QStringLiteral("STATS_USERS"))));
                    if (pgbouncerEnv.value(QStringLiteral("LISTEN_PORT")) != m.captured(1))
                        missing.append(QStringLiteral("%1: psql -p %2, pgBouncer listens on %3")
                                           .arg(f.path, m.captured(1), pgbouncerEnv.value(QStringLiteral("LISTEN_PORT"))));
                }
                // terraform state rm / import ADDRESS
                static const QRegularExpression tf(QStringLiteral("^terraform (?:state rm|import) (\\S+)"));
                if (const auto m = tf.match(line); m.hasMatch()) {
                    ++checked;
                    if (!addresses.contains(m.captured(1)))
                        missing.append(QStringLiteral("%1: terraform address %2").arg(f.path, m.captured(1)));
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY2(checked > 5, qPrintable(QString::number(checked)));
        // A design with pgBouncer and a database gets the console command (SHOW POOLS).
        const bool pgbouncer = !pgbouncerEnv.isEmpty() && pgbouncerEnv.contains(QStringLiteral("DB_HOST"));
        QCOMPARE(consoles > 0, pgbouncer);
    }

    void smallerDesignsStillDocument_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("starter") << QStringLiteral("starter");
        QTest::newRow("api-only") << QStringLiteral("api-only");
    }

    void smallerDesignsStillDocument()
    {
        QFETCH(QString, name);
        const Design d = example(name.toLatin1().constData());
        const EmittedFiles files = docs(d);
        QCOMPARE(files.size(), 16);
        const QString overview = doc(files, QStringLiteral("docs/architecture/overview.md"));
        QVERIFY(overview.contains(QLatin1String("![Architecture](diagram.svg)")));
        for (const Component &c : d.components())
            QVERIFY2(overview.contains(QStringLiteral("`%1`").arg(c.id)), qPrintable(c.id));
        QVERIFY(doc(files, QStringLiteral("docs/runbooks/scaling.md"))
                    .contains(QStringLiteral("service/%1-%2/").arg(d.project(), d.environment())));
    }

    void deterministicAndSorted()
    {
        const EmittedFiles a = Emitter::emit(referenceExample());
        const EmittedFiles b = Emitter::emit(referenceExample());
        QCOMPARE(a, b);
        for (qsizetype i = 1; i < a.size(); ++i)
            QVERIFY2(a.at(i - 1).path < a.at(i).path, qPrintable(a.at(i).path));
        // docs and config are part of the full export
        QVERIFY(!doc(a, QStringLiteral("docs/architecture/overview.md")).isEmpty());
        QVERIFY(!doc(a, QStringLiteral("config/pgbouncer.ini")).isEmpty());
        const EmittedFiles onlyDocs = Emitter::emit(referenceExample(), Emitter::Part::Docs);
        for (const EmittedFile &f : onlyDocs)
            QVERIFY2(f.path.startsWith(QLatin1String("docs/")), qPrintable(f.path));
    }
};

QTEST_GUILESS_MAIN(TestEmitDocs)
#include "tst_emitdocs.moc"
