// The findings engine: every rule triggered by one design and not by another; the reference
// design and the shipped examples yield no errors (issue 3, "Findings").
#include "derivefixtures.h"

#include "derive/derivedmodel.h"
#include "io/designreader.h"

#include <QDir>
#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;
using Severity = Finding::Severity;

class TestFindings : public QObject
{
    Q_OBJECT

private:
    static std::vector<Finding> of(const DerivedModel &m, const QString &rule)
    {
        std::vector<Finding> r;
        for (const Finding &f : m.findings()) {
            if (f.ruleId == rule)
                r.push_back(f);
        }
        return r;
    }

    static Design with(Design d, const char *id, const char *key, const QVariant &value)
    {
        set(d, id, key, value);
        return d;
    }

    static Design without(Design d, const char *id)
    {
        d.removeComponents({QString::fromLatin1(id)});
        return d;
    }

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Design>("triggering");
        QTest::addColumn<QString>("component");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<Design>("clean");

        const Design ref = referenceDesign();
        auto row = [](const char *name, const char *rule, const Design &bad, const char *component, Severity sev, const Design &good) {
            QTest::newRow(name) << QString::fromLatin1(rule) << bad << QString::fromLatin1(component) << sev << good;
        };
        Design staging = with(ref, "db", "multi_az", false);
        staging.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging"));
        row("rds not multi-az in production", "rds-multi-az", with(ref, "db", "multi_az", false), "db", Severity::Error, staging);
        row("rds unencrypted", "rds-storage-encrypted", with(ref, "db", "storage_encrypted", false), "db", Severity::Error, ref);
        row("rds public", "rds-publicly-accessible", with(ref, "db", "publicly_accessible", true), "db", Severity::Error, ref);
        row("rds deletion protection", "rds-deletion-protection", with(ref, "db", "deletion_protection", false), "db", Severity::Warning, ref);
        row("rds backups 6 days", "rds-backup-retention", with(ref, "db", "backup_retention_days", qint64(6)), "db", Severity::Warning,
            with(ref, "db", "backup_retention_days", qint64(7)));
        row("redis failover off", "redis-automatic-failover", with(ref, "redis", "automatic_failover", false), "redis", Severity::Warning, ref);
        row("redis no replica", "redis-automatic-failover", with(ref, "redis", "replicas", qint64(0)), "redis", Severity::Warning, ref);
        row("redis at rest", "redis-encryption-at-rest", with(ref, "redis", "at_rest_encryption", false), "redis", Severity::Warning, ref);
        row("redis in transit", "redis-encryption-in-transit", with(with(ref, "redis", "auth_token", false), "redis", "transit_encryption", false),
            "redis", Severity::Warning, ref);
        row("redis no auth", "redis-auth", with(ref, "redis", "auth_token", false), "redis", Severity::Warning, ref);
        row("redis auth without tls", "redis-auth", with(ref, "redis", "transit_encryption", false), "redis", Severity::Error, ref);
        Design twoBeats = ref;
        add(twoBeats, component(ComponentKind::EcsBeat, "beat-2"));
        row("two beat services", "beat-single", twoBeats, "beat", Severity::Error, ref);
        row("beat with two tasks", "beat-single", with(ref, "beat", "desired_tasks", qint64(2)), "beat", Severity::Error, ref);
        row("web minimum 1", "web-min-tasks", with(ref, "web", "min_tasks", qint64(1)), "web", Severity::Warning, ref);
        // A second web service: without path patterns the ALB sends it nothing; with them it gets
        // a listener rule (tst_emit::secondWebServiceGetsAPathRule).
        Design secondWeb = ref;
        add(secondWeb, component(ComponentKind::EcsWeb, "web-api"));
        row("second web without path patterns", "web-unrouted", secondWeb, "web-api", Severity::Error,
            with(secondWeb, "web-api", "path_patterns", QStringList{QStringLiteral("/api/*")}));
        // Behind CloudFront the origin header takes one of a rule's 5 condition values.
        const QStringList five{QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c"), QStringLiteral("/d"), QStringLiteral("/e")};
        row("five path patterns behind CloudFront", "web-path-rule-limits", with(secondWeb, "web-api", "path_patterns", five), "web-api",
            Severity::Error, with(secondWeb, "web-api", "path_patterns", five.mid(0, 4)));
        const QStringList wild{QStringLiteral("/a*?"), QStringLiteral("/b*?"), QStringLiteral("/c**")};
        row("six wildcards in a path rule", "web-path-rule-limits", with(secondWeb, "web-api", "path_patterns", wild), "web-api", Severity::Error,
            with(secondWeb, "web-api", "path_patterns", wild.mid(0, 2)));
        Design reports = ref;
        QList<CeleryRoute> routes = playbookRoutes();
        routes.append({QStringLiteral("myapp.tasks.build_pdf"), QStringLiteral("reports")});
        reports.setRoutes(routes);
        row("routed queue without worker", "celery-queue-unconsumed", reports, "", Severity::Error, ref);
        row("routed default queue without worker", "celery-queue-unconsumed", without(ref, "worker-default"), "", Severity::Error, ref);
        // Nothing routes to 'default' and no worker consumes it: unrouted tasks would wait there.
        Design highOnly = minimalDesign();
        add(highOnly, component(ComponentKind::EcsWorker, "worker", {{"queues", list({"high_priority"})}}));
        highOnly.setRoutes({{QStringLiteral("myapp.tasks.send_email"), QStringLiteral("high_priority")}});
        row("implicit default queue without worker", "celery-queue-unconsumed", highOnly, "", Severity::Warning,
            with(highOnly, "worker", "queues", list({"high_priority", "default"})));
        row("worker queue without route", "celery-queue-unrouted",
            with(ref, "worker-high", "queues", list({"high_priority", "bulk"})), "worker-high", Severity::Warning, ref);
        Design reordered = ref;
        QList<CeleryRoute> fixed = playbookRoutes();
        fixed.move(5, 2); // cleanup_* above myapp.tasks.*
        reordered.setRoutes(fixed);
        row("route hidden by earlier pattern", "celery-route-shadowed", ref, "", Severity::Warning, reordered);
        row("long queue without max-tasks-per-child", "celery-max-tasks-per-child",
            with(ref, "worker-long", "max_tasks_per_child", qint64(0)), "worker-long", Severity::Warning, ref);
        row("connections above the instance limit", "db-connections-over-limit",
            with(minimalDesign(), "db", "instance_class", QStringLiteral("db.t4g.micro")), "db", Severity::Error, minimalDesign());
        row("connections above the override", "db-connections-over-limit",
            with(ref, "db", "max_connections", qint64(150)), "db", Severity::Error, ref);
        // 350 connections at maximum scale without pgBouncer; the minimal design has 192 (≤ 200)
        row("no pgbouncer with many connections", "pgbouncer-missing", without(ref, "pgbouncer"), "db", Severity::Warning, minimalDesign());
        row("max_connections below the calculation", "rds-max-connections", without(ref, "pgbouncer"), "db", Severity::Warning,
            with(ref, "db", "max_connections", qint64(0)));
        row("pgbouncer takes too few clients", "pgbouncer-max-client-conn",
            with(with(ref, "pgbouncer", "sizing", QStringLiteral("manual")), "pgbouncer", "max_client_conn", qint64(300)),
            "pgbouncer", Severity::Warning, with(ref, "pgbouncer", "sizing", QStringLiteral("manual")));
        row("s3 public", "s3-public-access-block", with(ref, "static", "block_public_access", false), "static", Severity::Error, ref);
        row("s3 unencrypted", "s3-encryption", with(ref, "media", "encryption", QStringLiteral("none")), "media", Severity::Warning,
            with(ref, "media", "encryption", QStringLiteral("SSE-KMS")));
        row("cloudfront plain http", "cloudfront-https", with(ref, "cdn", "viewer_protocol_policy", QStringLiteral("allow-all")), "cdn",
            Severity::Error, with(ref, "cdn", "viewer_protocol_policy", QStringLiteral("https-only")));
        Design open = ref;
        open.addLink({QStringLiteral("cdn"), QStringLiteral("web"), Link::Mode::Add, 0, {}});
        row("web open to the world", "sg-open-to-world", open, "web", Severity::Error, ref);
    }

    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(Design, triggering);
        QFETCH(QString, component);
        QFETCH(Severity, severity);
        QFETCH(Design, clean);
        QVERIFY(FindingRules::builtin().contains(rule));

        const auto found = of(DerivedModel::derive(triggering), rule);
        QCOMPARE(found.size(), size_t(1));
        const Finding &f = found.front();
        QCOMPARE(f.componentId, component);
        QCOMPARE(f.severity, severity);
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.fixHint.isEmpty());
        if (!component.isEmpty())
            QVERIFY2(f.message.contains(component), qPrintable(f.message));
        // The rule gave translatable texts (core/text) whose English is the message and the hint.
        QVERIFY(!f.messageText.isEmpty());
        QVERIFY(!f.fixText.isEmpty());
        QCOMPARE(QLatin1String(f.messageText.context()), QLatin1String("Infra::Rules"));
        QCOMPARE(f.messageText.toString(), f.message);
        QCOMPARE(f.fixText.toString(), f.fixHint);
        QCOMPARE(f.displayMessage(), f.message); // no translator installed

        QVERIFY(of(DerivedModel::derive(clean), rule).empty());
    }

    // Every review title and evidence line carries its source template (core/text) whose English
    // is the text the reports print; a failed check is marked in the template too.
    void reviewTextsAreTranslatable()
    {
        const Design bad = with(with(referenceDesign(), "db", "multi_az", false), "web", "min_tasks", qint64(1));
        const DerivedModel m = DerivedModel::derive(bad);
        QVERIFY(m.review().size() > 10);
        bool sawFailed = false;
        for (const ReviewItem &i : m.review()) {
            QVERIFY2(!i.titleText.isEmpty(), qPrintable(i.id));
            QCOMPARE(i.titleText.toString(), i.title);
            QCOMPARE(i.displayTitle(), i.title); // no translator installed
            QCOMPARE(qsizetype(i.evidenceText.size()), i.evidence.size());
            for (size_t k = 0; k < i.evidenceText.size(); ++k) {
                QCOMPARE(i.evidenceText[k].toString(), i.evidence.at(qsizetype(k)));
                QVERIFY2(i.evidenceText[k].context() != nullptr, qPrintable(i.evidence.at(qsizetype(k))));
                if (i.evidence.at(qsizetype(k)).startsWith(QLatin1String("FAILED: db: multi_az false")))
                    sawFailed = true;
            }
            QCOMPARE(i.displayEvidence(), i.evidence);
        }
        QVERIFY(sawFailed);
    }

    void natSingleGateway()
    {
        Design d = referenceDesign(); // production, 2 AZs, 2 NAT gateways
        QVERIFY(of(DerivedModel::derive(d), QStringLiteral("nat-single-gateway")).empty());
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(1)).ok);
        const auto single = of(DerivedModel::derive(d), QStringLiteral("nat-single-gateway"));
        QCOMPARE(single.size(), size_t(1));
        QCOMPARE(single.front().severity, Severity::Warning);
        QVERIFY(single.front().message.startsWith(QLatin1String("One NAT gateway serves all 2 Availability Zones")));
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("development")).ok);
        QCOMPARE(of(DerivedModel::derive(d), QStringLiteral("nat-single-gateway")).front().severity, Severity::Info);
    }

    void singleAz()
    {
        Design d = referenceDesign(); // production, 2 AZs
        QVERIFY(of(DerivedModel::derive(d), QStringLiteral("single-az")).empty());
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("az_count"), qint64(1)).ok);
        const auto production = of(DerivedModel::derive(d), QStringLiteral("single-az"));
        QCOMPARE(production.size(), size_t(1));
        QCOMPARE(production.front().severity, Severity::Error);
        QCOMPARE(production.front().message, QStringLiteral("A production design in one Availability Zone stops completely when that zone fails"));
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging")).ok);
        const auto staging = of(DerivedModel::derive(d), QStringLiteral("single-az"));
        QCOMPARE(staging.size(), size_t(1));
        QCOMPARE(staging.front().severity, Severity::Warning);
        QVERIFY(staging.front().message.startsWith(QLatin1String("The staging environment runs in one Availability Zone: cheaper")));
        QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("mode"), QStringLiteral("existing_vpc")).ok);
        QVERIFY(of(DerivedModel::derive(d), QStringLiteral("single-az")).empty()); // the existing VPC's subnets decide
    }

    void alarmEndpoint()
    {
        Design d = referenceDesign();
        QCOMPARE(of(DerivedModel::derive(d), QStringLiteral("alarm-endpoint")).front().message,
                 QStringLiteral("logs raises alarms that nobody receives: alarm_email is empty, so the alarm topic has no subscription"));
        QVERIFY(d.setParameter(QStringLiteral("logs"), QStringLiteral("alarm_email"), QStringLiteral("ops@example.com")).ok);
        QVERIFY(of(DerivedModel::derive(d), QStringLiteral("alarm-endpoint")).empty());
        QVERIFY(d.setParameter(QStringLiteral("logs"), QStringLiteral("alarm_email"), QString()).ok);
        QVERIFY(d.setParameter(QStringLiteral("logs"), QStringLiteral("alarms"), false).ok);
        QVERIFY(of(DerivedModel::derive(d), QStringLiteral("alarm-endpoint")).empty());
    }

    void engineVersionAndParameterFindings()
    {
        Design d = referenceDesign();
        QVERIFY(of(DerivedModel::derive(d), QStringLiteral("rds-engine-version")).empty());
        QVERIFY(d.setParameter(QStringLiteral("db"), QStringLiteral("engine_version"), QStringLiteral("16.1")).ok);
        QVERIFY(d.setParameter(QStringLiteral("db"), QStringLiteral("parameters"),
                               QVariantMap{{QStringLiteral("shared_buffers"), QStringLiteral("{DBInstanceClassMemory/4}")}}).ok);
        const DerivedModel m = DerivedModel::derive(d);
        const auto version = of(m, QStringLiteral("rds-engine-version"));
        QCOMPARE(version.size(), size_t(1));
        QCOMPARE(version.front().severity, Severity::Error);
        QCOMPARE(version.front().message, QStringLiteral("db asks for engine version 16.1, which AWS no longer creates (catalog of 2026-12-03)"));
        const auto parameter = of(m, QStringLiteral("rds-parameter-override"));
        QCOMPARE(parameter.size(), size_t(1));
        // db.r6g.large: 16 GiB / 4 = 4294967296 pages of 8 kB, above the maximum 1073741823.
        QVERIFY2(parameter.front().message.contains(QLatin1String("evaluates to 4294967296, outside 16..1073741823 8 kB pages; use {DBInstanceClassMemory/32768}")),
                 qPrintable(parameter.front().message));
        QVERIFY(d.setParameter(QStringLiteral("redis"), QStringLiteral("engine_version"), QStringLiteral("5.0")).ok);
        QCOMPARE(of(DerivedModel::derive(d), QStringLiteral("redis-engine-version")).front().severity, Severity::Warning);
    }

    void referenceHasNoErrors()
    {
        const DerivedModel m = DerivedModel::derive(referenceDesign());
        QVERIFY(!m.hasErrors());
        // The playbook's own routes put cleanup_* after myapp.tasks.*, its max_connections
        // 500 is below total × 1.5 = 525 (a note only: pgBouncer stands in front), and its
        // alarms have no endpoint (alarm_email is empty). The standard rules include the budget
        // rule: with the traffic the workload drives priced once (CloudFront, logs, NAT, inter-AZ,
        // Container Insights; issue 15) the fixture passes the default monthly budget of 1,500 USD
        // already at desired scale (a warning).
        QCOMPARE(m.findings().size(), size_t(4));
        QCOMPARE(of(m, QStringLiteral("celery-route-shadowed")).size(), size_t(1));
        QCOMPARE(of(m, QStringLiteral("alarm-endpoint")).size(), size_t(1));
        QCOMPARE(of(m, QStringLiteral("rds-max-connections")).front().severity, Severity::Info);
        QCOMPARE(of(m, costOverBudgetRuleId()).size(), size_t(1));
        QCOMPARE(of(m, costOverBudgetRuleId()).front().severity, Severity::Warning);
        QCOMPARE(m.count(Severity::Warning), 3);
        QCOMPARE(m.count(Severity::Info), 1);
    }

    void examplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples"));
        const QStringList files = dir.entryList({QStringLiteral("*.infra.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void examplesHaveNoErrors()
    {
        QFETCH(QString, path);
        const DesignReader::Result r = DesignReader::readFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
        const DerivedModel m = DerivedModel::derive(*r.design);
        for (const Finding &f : m.findings())
            QVERIFY2(!f.isError(), qPrintable(f.message));
    }

    void referenceFileMatchesFixture()
    {
        // The C++ fixture and the shipped YAML derive the same connections and pools.
        const DesignReader::Result r = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
        QVERIFY(r.ok());
        const DerivedModel file = DerivedModel::derive(*r.design);
        const DerivedModel fixture = DerivedModel::derive(referenceDesign());
        QCOMPARE(file.connections().size(), fixture.connections().size());
        QCOMPARE(file.pools().maximum.total, 350);
        QCOMPARE(file.pools().desired.total, 112);
        QVERIFY(!file.hasErrors());
    }

    void findingsPerComponent()
    {
        const DerivedModel m = DerivedModel::derive(with(referenceDesign(), "db", "storage_encrypted", false));
        const auto onDb = m.findingsFor(QStringLiteral("db"));
        // rds-storage-encrypted and the rds-max-connections note
        QCOMPARE(onDb.size(), size_t(2));
        QVERIFY(m.findingsFor(QStringLiteral("web")).empty());
    }

    void rulesFromOutside()
    {
        // The cost engine's budget rule plugs in through FindingRules.
        FindingRules rules = FindingRules::builtin();
        const int before = int(rules.rules().size());
        rules.add(FindingRule{costOverBudgetRuleId(), Severity::Warning, QStringLiteral("Within budget"),
                              [](const Design &d, const DerivedModel &, std::vector<Finding> &out) {
                                  const double budget = d.value(Section::Workload, QStringLiteral("monthly_budget_usd")).toDouble();
                                  if (budget < 2000)
                                      out.push_back({costOverBudgetRuleId(), Severity::Warning, {}, QStringLiteral("estimate 2000 USD above budget"),
                                                     QStringLiteral("raise the budget"), {}, {}});
                              }});
        QCOMPARE(int(rules.rules().size()), before + 1);
        const DerivedModel over = DerivedModel::derive(referenceDesign(), rules); // default budget 1500
        QCOMPARE(of(over, costOverBudgetRuleId()).size(), size_t(1));
        auto costItem = [](const DerivedModel &m) {
            for (const ReviewItem &i : m.review()) {
                if (i.id == QLatin1String("checklist-cost"))
                    return i.status;
            }
            return ReviewItem::Status::Passed;
        };
        QCOMPARE(costItem(over), ReviewItem::Status::Failed);
        Design rich = referenceDesign();
        rich.setSectionValue(Section::Workload, QStringLiteral("monthly_budget_usd"), 5000.0);
        QCOMPARE(costItem(DerivedModel::derive(rich, rules)), ReviewItem::Status::Passed);
        // An info finding (only the maximum-scale estimate is over) does not fail the item.
        FindingRules noted = FindingRules::builtin();
        noted.add(FindingRule{costOverBudgetRuleId(), Severity::Info, QStringLiteral("Within budget"),
                              [](const Design &, const DerivedModel &, std::vector<Finding> &out) {
                                  out.push_back({costOverBudgetRuleId(), Severity::Info, {}, QStringLiteral("maximum scale over budget"), QStringLiteral("accept"), {}, {}});
                              }});
        QCOMPARE(costItem(DerivedModel::derive(referenceDesign(), noted)), ReviewItem::Status::Passed);
        // Without a cost rule the item cannot be judged.
        QCOMPARE(costItem(DerivedModel::derive(referenceDesign(), FindingRules::builtin())), ReviewItem::Status::NotEvaluated);

        // Process-wide registration reaches standard() and derive()'s default.
        QVERIFY(!FindingRules::standard().contains(QStringLiteral("test-extra")));
        FindingRules::registerExtra({QStringLiteral("test-extra"), Severity::Info, QStringLiteral("extra"),
                                     [](const Design &, const DerivedModel &, std::vector<Finding> &out) {
                                         out.push_back({QStringLiteral("test-extra"), Severity::Info, {}, QStringLiteral("hello"), QStringLiteral("none"), {}, {}});
                                     }});
        QVERIFY(FindingRules::standard().contains(QStringLiteral("test-extra")));
        QCOMPARE(of(DerivedModel::derive(referenceDesign()), QStringLiteral("test-extra")).size(), size_t(1));
        QVERIFY(!FindingRules::builtin().contains(QStringLiteral("test-extra")));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
