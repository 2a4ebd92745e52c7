// The consistency rules of issue 18: two Celery brokers, Celery with no broker, a database
// nothing connects to, two static-files buckets, a component stacked on another of its kind;
// each triggered and not triggered, with its German text, and finding messages that stay
// bounded on a design of hundreds of components ("… and 490 more").
#include "derivefixtures.h"
#include "tabletranslator.h"

#include "derive/derivedmodel.h"
#include "emit/terraformemitter.h"

#include <QCoreApplication>
#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;
using Severity = Finding::Severity;

class TestConsistencyRules : public QObject
{
    Q_OBJECT

    static std::vector<Finding> of(const Design &d, const char *rule)
    {
        std::vector<Finding> r;
        const DerivedModel model = DerivedModel::derive(d);
        for (const Finding &f : model.findings()) {
            if (f.ruleId == QLatin1String(rule))
                r.push_back(f);
        }
        return r;
    }

    // The reference with every component placed on a grid, as a saved design is.
    static Design placed()
    {
        Design d = referenceDesign();
        QHash<QString, QPointF> positions;
        int i = 0;
        for (const Component &c : d.components()) {
            positions.insert(c.id, QPointF(100 + 300 * (i % 6), 100 + 200 * (i / 6)));
            ++i;
        }
        d.moveComponents(positions);
        return d;
    }

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Design>("triggering");
        QTest::addColumn<QString>("component");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Design>("clean");
        using K = ComponentKind;
        const Design ref = placed();
        auto row = [](const char *name, const char *rule, const Design &bad, const char *component, Severity sev, const char *message,
                      const Design &good) {
            QTest::newRow(name) << QString::fromLatin1(rule) << bad << QString::fromLatin1(component) << sev << QString::fromUtf8(message) << good;
        };

        Design twoBrokers = ref;
        add(twoBrokers, component(K::Sqs, "queue"));
        row("redis broker and sqs", "celery-broker-duplicate", twoBrokers, "redis", Severity::Warning,
            "2 brokers for Celery (redis, queue): Celery uses one broker URL, the others get no tasks", ref);
        Design sqsOnly = twoBrokers;
        set(sqsOnly, "redis", "roles", list({"cache", "sessions", "results"}));
        row("sqs broker, redis without the role", "celery-broker-duplicate", twoBrokers, "redis", Severity::Warning,
            "2 brokers for Celery (redis, queue): Celery uses one broker URL, the others get no tasks", sqsOnly);

        Design noBroker = ref;
        set(noBroker, "redis", "roles", list({"cache", "sessions"}));
        Design noCelery = noBroker;
        noCelery.removeComponents({QStringLiteral("worker-high"), QStringLiteral("worker-default"), QStringLiteral("worker-long"),
                                   QStringLiteral("worker-scheduled"), QStringLiteral("beat")});
        row("workers without a broker", "celery-no-broker", noBroker, "worker-high", Severity::Warning,
            "Celery services worker-high, worker-default, worker-long, worker-scheduled, beat have no broker in the design: no task is "
            "delivered unless a broker outside it (RabbitMQ, Amazon MQ) is configured",
            noCelery);

        // MemoryDB with the broker role is the broker (the settings send Celery to it).
        Design memoryDbBroker = noBroker;
        add(memoryDbBroker, component(K::MemoryDb, "store", {{"roles", list({"broker", "results"})}}));
        row("MemoryDB broker is a broker", "celery-no-broker", noBroker, "worker-high", Severity::Warning,
            "Celery services worker-high, worker-default, worker-long, worker-scheduled, beat have no broker in the design: no task is "
            "delivered unless a broker outside it (RabbitMQ, Amazon MQ) is configured",
            memoryDbBroker);
        Design twoWithMemoryDb = ref;
        add(twoWithMemoryDb, component(K::MemoryDb, "store", {{"roles", list({"broker", "results"})}}));
        row("redis and MemoryDB brokers", "celery-broker-duplicate", twoWithMemoryDb, "redis", Severity::Warning,
            "2 brokers for Celery (redis, store): Celery uses one broker URL, the others get no tasks", ref);

        Design lonelyDb = ref;
        lonelyDb.removeComponents({QStringLiteral("web"), QStringLiteral("worker-high"), QStringLiteral("worker-default"),
                                   QStringLiteral("worker-long"), QStringLiteral("worker-scheduled"), QStringLiteral("beat"),
                                   QStringLiteral("pgbouncer")});
        Design noDb = lonelyDb;
        noDb.removeComponents({QStringLiteral("db")});
        row("database nothing connects to", "rds-unused", lonelyDb, "db", Severity::Warning,
            "Nothing connects to RDS db: it costs money and holds no data of the app", ref);
        row("no database at all", "rds-unused", lonelyDb, "db", Severity::Warning,
            "Nothing connects to RDS db: it costs money and holds no data of the app", noDb);

        Design twoStatic = ref;
        set(twoStatic, "media", "role", QStringLiteral("static"));
        row("two static buckets", "s3-static-duplicate", twoStatic, "media", Severity::Warning,
            "2 buckets hold static files (static, media): Django's STATIC_URL and CloudFront's /static/* serve only one", ref);

        // A paste lands 20 px right and below the original (ComponentClipboard).
        Design pasted = ref;
        Component copy = *ref.component(QStringLiteral("beat"));
        copy.id = QStringLiteral("beat-2");
        copy.position += QPointF(20, 20);
        add(pasted, copy);
        Design movedAway = pasted;
        movedAway.moveComponents({{QStringLiteral("beat-2"), copy.position + QPointF(0, 120)}});
        row("pasted duplicate stacked", "component-stacked", pasted, "beat-2", Severity::Warning,
            "beat-2 lies on top of beat on the canvas (28 apart): a pasted duplicate?", movedAway);
        // Another kind on the same spot is a different mistake (or a deliberate overlap).
        Design otherKind = ref;
        Component queue = component(K::Sqs, "queue-near-beat");
        queue.position = copy.position;
        add(otherKind, queue);
        set(otherKind, "redis", "roles", list({"cache", "sessions", "results"}));
        row("stacked on the same kind only", "component-stacked", pasted, "beat-2", Severity::Warning,
            "beat-2 lies on top of beat on the canvas (28 apart): a pasted duplicate?", otherKind);

        // Kinds the module builds once: the second is drawn (and, for CloudFront and the load
        // balancer, priced) but not exported.
        Design twoAlbs = ref;
        add(twoAlbs, component(K::Alb, "alb-admin", {{"internal", true}}));
        row("second load balancer", "component-not-exported", twoAlbs, "alb-admin", Severity::Warning,
            "alb-admin is a second load balancer: the exported Terraform builds one (alb), so alb-admin is drawn and priced but not built", ref);
        Design twoCdns = ref;
        add(twoCdns, component(K::CloudFront, "cdn-eu"));
        row("second distribution", "component-not-exported", twoCdns, "cdn-eu", Severity::Warning,
            "cdn-eu is a second CloudFront distribution: the exported Terraform builds one (cdn), so cdn-eu is drawn and priced but not built", ref);
        Design twoSecrets = ref;
        add(twoSecrets, component(K::SecretsManager, "payment-secrets", {{"secrets", list({"stripe-key", "paypal-key"})}}));
        row("second secrets component", "component-not-exported", twoSecrets, "payment-secrets", Severity::Warning,
            "payment-secrets is a second Secrets Manager component: the exported Terraform creates the secrets of secrets only, so the "
            "secrets of payment-secrets (stripe-key, paypal-key) are neither created nor given to the tasks", ref);
        Design twoWatches = ref;
        add(twoWatches, component(K::CloudWatch, "ops-alarms", {{"alarm_email", QStringLiteral("ops@example.com")}}));
        row("second CloudWatch component", "component-not-exported", twoWatches, "ops-alarms", Severity::Warning,
            "ops-alarms is a second CloudWatch component: the exported Terraform uses the settings of logs (alarms, alarm e-mail, log "
            "retention), so those of ops-alarms are ignored", ref);
        // CloudFront reaches public origins only: behind it an internal load balancer and no
        // bucket it serves leave it without an origin.
        Design noOrigin = ref;
        set(noOrigin, "alb", "internal", true);
        set(noOrigin, "static", "role", QStringLiteral("other"));
        set(noOrigin, "media", "role", QStringLiteral("backups"));
        Design mediaOrigin = noOrigin;
        set(mediaOrigin, "media", "role", QStringLiteral("media"));
        row("distribution without an origin", "component-not-exported", noOrigin, "cdn", Severity::Warning,
            "CloudFront cdn has nothing to serve (load balancer alb is internal, and there is no static or media bucket): the exported "
            "Terraform leaves it out, though it is drawn and priced", mediaOrigin);
        Design nothingAtAll = noOrigin;
        nothingAtAll.removeComponents({QStringLiteral("alb")});
        row("distribution without anything", "component-not-exported", nothingAtAll, "cdn", Severity::Warning,
            "CloudFront cdn has nothing to serve (no load balancer, no static or media bucket): the exported Terraform leaves it out, "
            "though it is drawn and priced", ref);

        // A saved scenario that names a component deleted since: the design still loads, the
        // scenario is reported. A scenario that applies raises nothing.
        Design withScenario = ref;
        withScenario.setScenarios({{QStringLiteral("Peak"), {QStringLiteral("workload.peak_rps=2000"), QStringLiteral("worker-long.max_tasks=12")}}});
        Design staleScenario = withScenario;
        staleScenario.removeComponents({QStringLiteral("worker-long")});
        row("scenario naming a deleted component", "scenario-override-invalid", staleScenario, "", Severity::Warning,
            "Scenario 'Peak' cannot apply worker-long.max_tasks=12: no component or section 'worker-long'",
            withScenario);
        Design outOfRange = ref;
        outOfRange.setScenarios({{QStringLiteral("Huge"), {QStringLiteral("web.max_tasks=5000")}}});
        row("scenario value out of range", "scenario-override-invalid", outOfRange, "", Severity::Warning,
            "Scenario 'Huge' cannot apply web.max_tasks=5000: 'max_tasks' is 5000 tasks, outside the valid range 1 to 1000 tasks", withScenario);
    }

    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(Design, triggering);
        QFETCH(QString, component);
        QFETCH(Severity, severity);
        QFETCH(QString, message);
        QFETCH(Design, clean);
        const QByteArray id = rule.toLatin1();
        const std::vector<Finding> found = of(triggering, id.constData());
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().componentId, component);
        QCOMPARE(found.front().severity, severity);
        QCOMPARE(found.front().message, message);
        QVERIFY(!found.front().fixHint.isEmpty());
        const std::vector<Finding> cleanFound = of(clean, id.constData());
        QVERIFY2(cleanFound.empty(), qPrintable(cleanFound.empty() ? QString() : cleanFound.front().message));
    }

    // The reference design as shipped (placed by hand) and the C++ fixture (nothing placed)
    // trigger none of these rules.
    void referenceIsConsistent()
    {
        for (const Design &d : {referenceExample(), referenceDesign(), placed()}) {
            for (const char *rule : {"celery-broker-duplicate", "celery-no-broker", "rds-unused", "s3-static-duplicate", "component-stacked",
                                     "component-not-exported"})
                QVERIFY2(of(d, rule).empty(), rule);
        }
    }

    // The finding says what the emitter does: for each case above, what the component would
    // put into the module is absent while the finding stands, and present once its fix is made.
    void notExportedMatchesTheModule_data()
    {
        QTest::addColumn<Design>("design");
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("trace"); // text the component would put into terraform/*.tf
        QTest::addColumn<Design>("fixed");
        QTest::addColumn<QString>("fixedTrace");
        using K = ComponentKind;
        const Design ref = placed();
        auto withFirst = [](Design d, const char *id) {
            // The same component moved to the front of the design: now it is the one built.
            const Component c = *d.component(QString::fromLatin1(id));
            d.removeComponents({c.id});
            d.addComponent(c, 0);
            return d;
        };
        Design twoAlbs = ref;
        add(twoAlbs, component(K::Alb, "alb-admin", {{"internal", true}}));
        QTest::newRow("second load balancer") << twoAlbs << "alb-admin" << "aws_lb\" \"alb_admin\"" << withFirst(twoAlbs, "alb-admin") << "aws_lb\" \"alb_admin\"";
        Design twoSecrets = ref;
        add(twoSecrets, component(K::SecretsManager, "payment-secrets", {{"secrets", list({"stripe-key"})}}));
        QTest::newRow("second secrets component") << twoSecrets << "payment-secrets" << "stripe_key" << withFirst(twoSecrets, "payment-secrets") << "stripe_key";
        Design twoWatches = ref;
        add(twoWatches, component(K::CloudWatch, "ops-alarms", {{"alarm_email", QStringLiteral("ops@example.com")}}));
        QTest::newRow("second CloudWatch component") << twoWatches << "ops-alarms" << "ops@example.com" << withFirst(twoWatches, "ops-alarms") << "ops@example.com";
        Design noOrigin = ref;
        set(noOrigin, "alb", "internal", true);
        set(noOrigin, "static", "role", QStringLiteral("other"));
        set(noOrigin, "media", "role", QStringLiteral("backups"));
        Design mediaOrigin = noOrigin;
        set(mediaOrigin, "media", "role", QStringLiteral("media"));
        QTest::newRow("distribution without an origin") << noOrigin << "cdn" << "aws_cloudfront_distribution" << mediaOrigin << "aws_cloudfront_distribution";
    }

    void notExportedMatchesTheModule()
    {
        QFETCH(Design, design);
        QFETCH(QString, component);
        QFETCH(QString, trace);
        QFETCH(Design, fixed);
        QFETCH(QString, fixedTrace);
        const auto terraform = [](const Design &d) {
            QByteArray all;
            for (const EmittedFile &f : TerraformEmitter::emit(d, DerivedModel::derive(d))) {
                if (f.path.endsWith(QLatin1String(".tf")))
                    all += f.content;
            }
            return QString::fromUtf8(all);
        };
        const std::vector<Finding> found = of(design, "component-not-exported");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().componentId, component);
        QVERIFY2(!terraform(design).contains(trace), qPrintable(trace));
        QVERIFY(of(fixed, "component-not-exported").size() <= 1);
        for (const Finding &f : of(fixed, "component-not-exported"))
            QVERIFY2(f.componentId != component, qPrintable(f.message));
        QVERIFY2(terraform(fixed).contains(fixedTrace), qPrintable(fixedTrace));
    }

    // 500 Celery workers with no broker: one line naming ten, not several kilobytes.
    void messagesStayBounded()
    {
        Design d;
        for (int i = 0; i < 500; ++i)
            add(d, component(ComponentKind::EcsWorker, QStringLiteral("w%1").arg(i, 3, 10, QLatin1Char('0')).toLatin1().constData()));
        const std::vector<Finding> found = of(d, "celery-no-broker");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().message, QStringLiteral("Celery services w000, w001, w002, w003, w004, w005, w006, w007, w008, w009 and 490 more "
                                                       "have no broker in the design: no task is delivered unless a broker outside it "
                                                       "(RabbitMQ, Amazon MQ) is configured"));
        QVERIFY(found.front().message.size() < 250);
    }

    // Shown in German through the catalog, as every rule message is.
    void germanText()
    {
        Testing::TableTranslator german({
            {"Infra::Rules",
             "Celery services %1 have no broker in the design: no task is delivered unless a broker outside it (RabbitMQ, Amazon MQ) is configured",
             "Die Celery-Dienste %1 haben keinen Broker im Entwurf: keine Aufgabe wird zugestellt, außer ein Broker außerhalb (RabbitMQ, Amazon MQ) ist eingerichtet"},
            {"Infra::Rules", "%1 and %2 more", "%1 und %2 weitere"},
        });
        QCoreApplication::installTranslator(&german);
        Design d;
        for (int i = 0; i < 12; ++i)
            add(d, component(ComponentKind::EcsWorker, QStringLiteral("w%1").arg(i, 2, 10, QLatin1Char('0')).toLatin1().constData()));
        const std::vector<Finding> found = of(d, "celery-no-broker");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().displayMessage(),
                 QStringLiteral("Die Celery-Dienste w00, w01, w02, w03, w04, w05, w06, w07, w08, w09 und 2 weitere haben keinen Broker im "
                                "Entwurf: keine Aufgabe wird zugestellt, außer ein Broker außerhalb (RabbitMQ, Amazon MQ) ist eingerichtet"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestConsistencyRules)
#include "tst_consistencyrules.moc"
