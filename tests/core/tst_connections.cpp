// Connection graph derivation (issue 3, "Connections").
#include "derivefixtures.h"

#include "derive/derivedmodel.h"

#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;

class TestConnections : public QObject
{
    Q_OBJECT

private:
    static const Connection *find(const std::vector<Connection> &all, const QString &id)
    {
        for (const Connection &c : all) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }

private Q_SLOTS:
    void referenceCount()
    {
        const auto all = DerivedModel::deriveConnections(referenceDesign());
        // internet → alb: none, CloudFront fronts the load balancer            0
        // cdn → alb, static, media                                             3
        // alb → web                                                            1
        // web → pgbouncer, redis, static, media, secrets, ecr, logs            7
        // 4 workers → pgbouncer, redis, media, backups, secrets, ecr, logs     4 × 7 = 28
        // beat → pgbouncer, redis (broker only), secrets, ecr, logs            5
        // pgbouncer → db, secrets, ecr, logs                                   4
        const size_t expected = 0 + 3 + 1 + 7 + 4 * 7 + 5 + 4;
        QCOMPARE(all.size(), expected);
        QSet<QString> ids;
        for (const Connection &c : all)
            ids.insert(c.id);
        QCOMPARE(size_t(ids.size()), expected); // ids are unique
    }

    void referenceEdges_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QStringList>("roles");
        auto row = [](const char *id, int port, const char *scheme, bool tls, const char *via, QStringList roles) {
            QTest::newRow(id) << QString::fromUtf8(id) << port << QString::fromLatin1(scheme) << tls << QString::fromLatin1(via) << roles;
        };
        row("cdn->alb", 443, "https", true, "public", list({"origin"}));
        row("cdn->static", 443, "https", true, "origin_access_control", list({"static"}));
        row("cdn->media", 443, "https", true, "origin_access_control", list({"media"}));
        row("alb->web", 8000, "http", false, "security_group", list({"app"}));
        row("web->pgbouncer", 6432, "postgresql", false, "security_group", list({"database"}));
        row("worker-high->pgbouncer", 6432, "postgresql", false, "security_group", list({"database"}));
        row("beat->pgbouncer", 6432, "postgresql", false, "security_group", list({"database"}));
        row("pgbouncer->db", 5432, "postgresql", true, "security_group", list({"pool"}));
        row("web->redis", 6379, "rediss", true, "security_group", list({"cache", "sessions", "broker", "results"}));
        row("worker-long->redis", 6379, "rediss", true, "security_group", list({"broker", "results"}));
        row("beat->redis", 6379, "rediss", true, "security_group", list({"broker"}));
        row("web->static", 443, "https", true, "iam", list({"storage"}));
        row("web->media", 443, "https", true, "iam", list({"storage"}));
        row("worker-default->backups", 443, "https", true, "iam", list({"storage"}));
        row("web->secrets", 443, "https", true, "iam", list({"secrets"}));
        row("worker-scheduled->ecr", 443, "https", true, "iam", list({"images"}));
        row("pgbouncer->logs", 443, "https", true, "iam", list({"logs"}));
    }

    void referenceEdges()
    {
        QFETCH(QString, id);
        QFETCH(int, port);
        QFETCH(QString, scheme);
        QFETCH(bool, tls);
        QFETCH(QString, via);
        QFETCH(QStringList, roles);
        const auto all = DerivedModel::deriveConnections(referenceDesign());
        const Connection *c = find(all, id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(c->port, port);
        QCOMPARE(c->scheme, scheme);
        QCOMPARE(c->tls, tls);
        QCOMPARE(viaName(c->via), via);
        QCOMPARE(c->roles, roles);
        QCOMPARE(c->protocol, QStringLiteral("tcp"));
        QVERIFY(!c->isExplicit());
        QVERIFY(!c->purpose.isEmpty());
    }

    void referenceAbsentEdges()
    {
        const auto all = DerivedModel::deriveConnections(referenceDesign());
        // With pgBouncer nothing but pgBouncer talks to the database; Beat reads no results,
        // web never writes backups, beat touches no bucket.
        for (const char *id : {"web->db", "worker-high->db", "beat->db", "web->backups", "beat->media", "beat->static"})
            QVERIFY2(!find(all, QString::fromLatin1(id)), id);
    }

    void withoutPgBouncerServicesReachRds()
    {
        const auto all = DerivedModel::deriveConnections(minimalDesign());
        const Connection *c = find(all, QStringLiteral("web->db"));
        QVERIFY(c);
        QCOMPARE(c->port, 5432);
        QVERIFY(c->tls);
        QCOMPARE(c->roles, list({"database"}));
        // (internet)→alb 443 and 80, alb→web, web→db
        QCOMPARE(all.size(), size_t(4));
    }

    void sqsBrokerAndRedisRoles()
    {
        const auto all = DerivedModel::deriveConnections(sqsDesign());
        QVERIFY(!find(all, QStringLiteral("(internet)->alb:80"))); // http_redirect false
        QCOMPARE(find(all, QStringLiteral("alb->web"))->port, 8080);
        for (const char *id : {"web->queue", "worker->queue", "beat->queue"}) {
            const Connection *c = find(all, QString::fromLatin1(id));
            QVERIFY2(c, id);
            QCOMPARE(c->via, Connection::Via::Iam);
            QCOMPARE(c->port, 443);
            QCOMPARE(c->roles, list({"broker"}));
        }
        const Connection *cache = find(all, QStringLiteral("web->cache"));
        QVERIFY(cache);
        QCOMPARE(cache->roles, list({"cache"}));
        QCOMPARE(cache->scheme, QStringLiteral("redis"));
        QVERIFY(!cache->tls);
        const Connection *sessions = find(all, QStringLiteral("web->sessions"));
        QVERIFY(sessions);
        QCOMPARE(sessions->port, 6380);
        QCOMPARE(sessions->roles, list({"sessions", "results"}));
        QVERIFY(sessions->tls);
        QCOMPARE(find(all, QStringLiteral("worker->sessions"))->roles, list({"results"}));
        QVERIFY(!find(all, QStringLiteral("worker->cache")));  // workers use no cache
        QVERIFY(!find(all, QStringLiteral("beat->sessions"))); // Beat reads no results
        QVERIFY(find(all, QStringLiteral("web->db")));
    }

    void transitEncryptionSetsTls()
    {
        Design d = referenceDesign();
        set(d, "redis", "transit_encryption", false);
        set(d, "redis", "auth_token", false);
        const auto all = DerivedModel::deriveConnections(d);
        const Connection *c = find(all, QStringLiteral("worker-high->redis"));
        QVERIFY(!c->tls);
        QCOMPARE(c->scheme, QStringLiteral("redis"));
    }

    void internalAlbHasNoPublicEdges()
    {
        Design d = referenceDesign();
        set(d, "alb", "internal", true);
        const auto all = DerivedModel::deriveConnections(d);
        for (const Connection &c : all)
            QVERIFY(c.source != internetEndpoint());
        QVERIFY(find(all, QStringLiteral("alb->web")));
    }

    void explicitLinksAdd()
    {
        Design d = referenceDesign();
        // Confirming a derived connection marks it explicit and keeps its id.
        QVERIFY(d.addLink({QStringLiteral("web"), QStringLiteral("redis"), Link::Mode::Add, 0, QStringLiteral("cache")}).ok);
        // A new one: Beat writes to the media bucket (IAM), a worker calls the web tasks' port.
        QVERIFY(d.addLink({QStringLiteral("beat"), QStringLiteral("media"), Link::Mode::Add, 0, {}}).ok);
        QVERIFY(d.addLink({QStringLiteral("worker-high"), QStringLiteral("web"), Link::Mode::Add, 0, QStringLiteral("internal API")}).ok);
        // A second port between a connected pair gets its own id.
        QVERIFY(d.addLink({QStringLiteral("web"), QStringLiteral("pgbouncer"), Link::Mode::Add, 7432, {}}).ok);
        const auto all = DerivedModel::deriveConnections(d);
        const size_t derived = 0 + 3 + 1 + 7 + 4 * 7 + 5 + 4;
        QCOMPARE(all.size(), derived + 3);

        const Connection *confirmed = find(all, QStringLiteral("web->redis"));
        QVERIFY(confirmed->isExplicit());
        QCOMPARE(confirmed->purpose, QStringLiteral("cache"));

        const Connection *media = find(all, QStringLiteral("beat->media"));
        QVERIFY(media && media->isExplicit());
        QCOMPARE(media->via, Connection::Via::Iam);
        QCOMPARE(media->port, 443);

        const Connection *api = find(all, QStringLiteral("worker-high->web"));
        QVERIFY(api);
        QCOMPARE(api->port, 8000); // the target's default port
        QCOMPARE(api->via, Connection::Via::SecurityGroup);
        QCOMPARE(api->purpose, QStringLiteral("internal API"));

        const Connection *second = find(all, QStringLiteral("web->pgbouncer:7432"));
        QVERIFY(second);
        QCOMPARE(second->port, 7432);
        QCOMPARE(find(all, QStringLiteral("web->pgbouncer"))->port, 6432);
    }

    void explicitLinksSuppress()
    {
        Design d = referenceDesign();
        QVERIFY(d.addLink({QStringLiteral("beat"), QStringLiteral("pgbouncer"), Link::Mode::Suppress, 0, {}}).ok);
        // Drawn the other way round, a suppression still matches.
        QVERIFY(d.addLink({QStringLiteral("redis"), QStringLiteral("worker-long"), Link::Mode::Suppress, 0, {}}).ok);
        const auto all = DerivedModel::deriveConnections(d);
        QCOMPARE(all.size(), size_t(0 + 3 + 1 + 7 + 4 * 7 + 5 + 4 - 2));
        QVERIFY(!find(all, QStringLiteral("beat->pgbouncer")));
        QVERIFY(!find(all, QStringLiteral("worker-long->redis")));
        QVERIFY(find(all, QStringLiteral("worker-high->redis")));
    }

    void outsideIntoVpcIsPublic()
    {
        Design d = referenceDesign();
        QVERIFY(d.addLink({QStringLiteral("cdn"), QStringLiteral("web"), Link::Mode::Add, 0, {}}).ok);
        const auto all = DerivedModel::deriveConnections(d);
        const Connection *c = find(all, QStringLiteral("cdn->web"));
        QVERIFY(c);
        QCOMPARE(c->via, Connection::Via::Public);
        QCOMPARE(c->port, 8000);
    }

    void componentsWithoutCounterpartsMakeNoEdges()
    {
        Design d;
        add(d, component(ComponentKind::EcsWorker, "worker"));
        // No database, broker, bucket or platform services: nothing to connect to.
        QVERIFY(DerivedModel::deriveConnections(d).empty());
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
