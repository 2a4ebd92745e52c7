// Security groups generated from connections (issue 3, "Security groups").
#include "derivefixtures.h"

#include "derive/derivedmodel.h"

#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;
using Dir = SecurityGroupRule::Direction;

class TestSecurityGroups : public QObject
{
    Q_OBJECT

private:
    static const SecurityGroupRule *rule(const DerivedModel &m, const char *tier, Dir dir, int port, const char *peer)
    {
        const SecurityGroup *g = m.securityGroup(QString::fromLatin1(tier));
        if (!g)
            return nullptr;
        for (const SecurityGroupRule &r : g->rules) {
            const QString p = r.peerGroup.isEmpty() ? r.cidrBlocks.join(QLatin1Char(',')) : r.peerGroup;
            if (r.direction == dir && r.fromPort == port && r.toPort == port && p == QLatin1String(peer))
                return &r;
        }
        return nullptr;
    }

    // Designs for the least-privilege property: varied tiers, brokers, ports and links.
    static QList<std::pair<QString, Design>> propertyDesigns()
    {
        QList<std::pair<QString, Design>> r;
        r.append({QStringLiteral("reference"), referenceDesign()});
        r.append({QStringLiteral("minimal"), minimalDesign()});
        r.append({QStringLiteral("sqs"), sqsDesign()});
        Design noPool = referenceDesign();
        noPool.removeComponents({QStringLiteral("pgbouncer")});
        r.append({QStringLiteral("reference without pgbouncer"), noPool});
        Design internal = referenceDesign();
        internal.setParameter(QStringLiteral("alb"), QStringLiteral("internal"), true);
        internal.setParameter(QStringLiteral("web"), QStringLiteral("container_port"), qint64(9000));
        r.append({QStringLiteral("internal alb"), internal});
        Design linked = referenceDesign();
        linked.addLink({QStringLiteral("worker-high"), QStringLiteral("web"), Link::Mode::Add, 0, {}});
        linked.addLink({QStringLiteral("cdn"), QStringLiteral("web"), Link::Mode::Add, 0, {}});
        linked.addLink({QStringLiteral("web"), QStringLiteral("pgbouncer"), Link::Mode::Add, 7432, {}});
        linked.addLink({QStringLiteral("beat"), QStringLiteral("redis"), Link::Mode::Suppress, 0, {}});
        linked.addLink({QStringLiteral("pgbouncer"), QStringLiteral("db"), Link::Mode::Suppress, 0, {}});
        r.append({QStringLiteral("explicit links"), linked});
        Design bare;
        bare.addComponent(Component::make(ComponentKind::EcsBeat, QStringLiteral("beat")));
        bare.addComponent(Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")));
        r.append({QStringLiteral("beat and db"), bare});
        return r;
    }

private Q_SLOTS:
    void referenceRules()
    {
        const DerivedModel m = DerivedModel::derive(referenceDesign());
        QCOMPARE(m.securityGroups().size(), size_t(7)); // alb, web, worker, beat, pgbouncer, db, redis
        int total = 0;
        for (const SecurityGroup &g : m.securityGroups())
            total += int(g.rules.size());
        // alb 2 (443 from CloudFront in; 8000 out) + web 4 (8000 in; 6432, 6379, 443 out) + worker 3
        // + beat 3 + pgbouncer 5 (6432 from web/worker/beat; 5432, 443 out) + db 1 + redis 3
        QCOMPARE(total, 2 + 4 + 3 + 3 + 5 + 1 + 3);

        // CloudFront fronts the load balancer: HTTPS from its origin-facing prefix list only,
        // nothing from the whole internet (no way around CloudFront).
        QVERIFY(!rule(m, "alb", Dir::Ingress, 443, "0.0.0.0/0"));
        QVERIFY(!rule(m, "alb", Dir::Ingress, 80, "0.0.0.0/0"));
        const SecurityGroupRule *https = nullptr;
        for (const SecurityGroupRule &r : m.securityGroup(QStringLiteral("alb"))->rules) {
            if (r.direction == Dir::Ingress && r.fromPort == 443)
                https = &r;
        }
        QVERIFY(https);
        QCOMPARE(https->prefixList, QStringLiteral("cloudfront-origin-facing"));
        QVERIFY(https->cidrBlocks.isEmpty() && https->ipv6CidrBlocks.isEmpty());
        QCOMPARE(https->connectionIds, list({"cdn->alb"}));
        QVERIFY(rule(m, "alb", Dir::Egress, 8000, "web"));
        QVERIFY(rule(m, "web", Dir::Ingress, 8000, "alb"));
        QVERIFY(rule(m, "web", Dir::Egress, 6432, "pgbouncer"));
        QVERIFY(rule(m, "web", Dir::Egress, 6379, "redis"));
        QVERIFY(!rule(m, "web", Dir::Egress, 5432, "db")); // only pgBouncer reaches the database
        const SecurityGroupRule *fromWorkers = rule(m, "pgbouncer", Dir::Ingress, 6432, "worker");
        QVERIFY(fromWorkers);
        // One rule for the whole worker tier, justified by each worker group's connection.
        QCOMPARE(fromWorkers->connectionIds,
                 list({"worker-high->pgbouncer", "worker-default->pgbouncer", "worker-long->pgbouncer", "worker-scheduled->pgbouncer"}));
        QVERIFY(rule(m, "db", Dir::Ingress, 5432, "pgbouncer"));
        QCOMPARE(m.securityGroup(QStringLiteral("db"))->rules.size(), size_t(1));
        const SecurityGroupRule *apis = rule(m, "worker", Dir::Egress, 443, "0.0.0.0/0");
        QVERIFY(apis);
        QVERIFY(apis->ipv6CidrBlocks.isEmpty());
        QVERIFY(apis->connectionIds.contains(QStringLiteral("worker-long->backups")));
        QCOMPARE(m.securityGroup(QStringLiteral("worker"))->componentIds,
                 list({"worker-high", "worker-default", "worker-long", "worker-scheduled"}));
        QVERIFY(m.securityGroup(QStringLiteral("db"))->egress().empty());
        QCOMPARE(m.securityGroup(QStringLiteral("redis"))->ingress().size(), size_t(3));
    }

    void descriptions()
    {
        const DerivedModel m = DerivedModel::derive(referenceDesign());
        QCOMPARE(rule(m, "db", Dir::Ingress, 5432, "pgbouncer")->description, QStringLiteral("Pooled server connections from pgBouncer"));
        // Without CloudFront in front, the load balancer's listeners face the internet.
        Design direct = referenceDesign();
        QVERIFY(direct.removeComponents({QStringLiteral("cdn")}).ok);
        const DerivedModel open = DerivedModel::derive(direct);
        QCOMPARE(rule(open, "alb", Dir::Ingress, 80, "0.0.0.0/0")->description, QStringLiteral("HTTP from the internet (redirected to HTTPS)"));
        QCOMPARE(rule(m, "web", Dir::Ingress, 8000, "alb")->description, QStringLiteral("HTTP to the application server from load balancer"));
    }

    void noRedirectNoPort80()
    {
        Design d = referenceDesign();
        QVERIFY(d.removeComponents({QStringLiteral("cdn")}).ok); // listeners facing the internet
        set(d, "alb", "http_redirect", false);
        const DerivedModel m = DerivedModel::derive(d);
        QVERIFY(!rule(m, "alb", Dir::Ingress, 80, "0.0.0.0/0"));
        QVERIFY(rule(m, "alb", Dir::Ingress, 443, "0.0.0.0/0"));
    }

    void containerPortFollows()
    {
        Design d = referenceDesign();
        set(d, "web", "container_port", qint64(9000));
        const DerivedModel m = DerivedModel::derive(d);
        QVERIFY(rule(m, "web", Dir::Ingress, 9000, "alb"));
        QVERIFY(rule(m, "alb", Dir::Egress, 9000, "web"));
        QVERIFY(!rule(m, "web", Dir::Ingress, 8000, "alb"));
    }

    void withoutPgBouncerServicesReachDb()
    {
        Design d = referenceDesign();
        QVERIFY(d.removeComponents({QStringLiteral("pgbouncer")}).ok);
        const DerivedModel m = DerivedModel::derive(d);
        QVERIFY(!m.securityGroup(QStringLiteral("pgbouncer")));
        for (const char *tier : {"web", "worker", "beat"}) {
            QVERIFY(rule(m, "db", Dir::Ingress, 5432, tier));
            QVERIFY(rule(m, tier, Dir::Egress, 5432, "db"));
        }
    }

    // Least privilege as a property: no rule without a connection that needs it, and every
    // connection that needs a rule has it, over several designs.
    void leastPrivilegeProperty_data()
    {
        QTest::addColumn<Design>("design");
        for (const auto &[name, design] : propertyDesigns())
            QTest::newRow(qPrintable(name)) << design;
    }

    void leastPrivilegeProperty()
    {
        QFETCH(Design, design);
        const DerivedModel m = DerivedModel::derive(design);
        QHash<QString, QString> tierOf;
        for (const Component &c : design.components())
            tierOf.insert(c.id, securityTier(c.kind));

        QSet<QString> ruleIds;
        for (const SecurityGroup &g : m.securityGroups()) {
            QVERIFY(!g.componentIds.isEmpty());
            for (const SecurityGroupRule &r : g.rules) {
                QVERIFY2(!ruleIds.contains(r.id), qPrintable(r.id));
                ruleIds.insert(r.id);
                QVERIFY2(!r.description.isEmpty(), qPrintable(r.id));
                QVERIFY2(!r.connectionIds.isEmpty(), qPrintable(r.id));
                // Exactly one kind of peer: a group, CIDR blocks, or CloudFront's prefix list.
                QCOMPARE(int(!r.peerGroup.isEmpty()) + int(!r.cidrBlocks.isEmpty()) + int(!r.prefixList.isEmpty()), 1);
                if (!r.prefixList.isEmpty())
                    QCOMPARE(g.tier, QStringLiteral("alb"));
                for (const QString &cid : r.connectionIds) {
                    const Connection *c = m.connection(cid);
                    QVERIFY2(c, qPrintable(cid));
                    // The connection really crosses this rule.
                    if (r.direction == Dir::Ingress) {
                        QCOMPARE(tierOf.value(c->target), g.tier);
                        QCOMPARE(c->port, r.fromPort);
                        if (r.peerGroup.isEmpty())
                            QCOMPARE(c->via, Connection::Via::Public);
                        else
                            QCOMPARE(tierOf.value(c->source), r.peerGroup);
                    } else {
                        QCOMPARE(tierOf.value(c->source), g.tier);
                        if (r.peerGroup.isEmpty()) {
                            QCOMPARE(c->via, Connection::Via::Iam);
                            QCOMPARE(r.fromPort, 443);
                        } else {
                            QCOMPARE(tierOf.value(c->target), r.peerGroup);
                            QCOMPARE(c->port, r.fromPort);
                        }
                    }
                }
                // CIDRs only on the public listeners, HTTPS egress, or a drawn public link.
                if (!r.cidrBlocks.isEmpty()) {
                    const bool albListener = g.tier == QLatin1String("alb") && r.direction == Dir::Ingress;
                    const bool httpsOut = r.direction == Dir::Egress && r.fromPort == 443;
                    bool drawn = false;
                    for (const QString &cid : r.connectionIds)
                        drawn = drawn || m.connection(cid)->isExplicit();
                    QVERIFY2(albListener || httpsOut || drawn, qPrintable(r.id));
                }
            }
        }
        // Every connection that needs a rule is carried by one on each side.
        auto carried = [&](const QString &tier, Dir dir, const QString &cid) {
            const SecurityGroup *g = m.securityGroup(tier);
            if (!g)
                return false;
            for (const SecurityGroupRule &r : g->rules) {
                if (r.direction == dir && r.connectionIds.contains(cid))
                    return true;
            }
            return false;
        };
        for (const Connection &c : m.connections()) {
            const QString src = tierOf.value(c.source);
            const QString dst = tierOf.value(c.target);
            if (c.via == Connection::Via::SecurityGroup && c.port > 0 && !src.isEmpty() && !dst.isEmpty()) {
                QVERIFY2(carried(dst, Dir::Ingress, c.id), qPrintable(c.id));
                QVERIFY2(carried(src, Dir::Egress, c.id), qPrintable(c.id));
            } else if (c.via == Connection::Via::Public && !dst.isEmpty()) {
                const bool internalAlb = dst == QLatin1String("alb") && design.component(c.target)->boolParam(QStringLiteral("internal"));
                if (!internalAlb)
                    QVERIFY2(carried(dst, Dir::Ingress, c.id), qPrintable(c.id));
            } else if (c.via == Connection::Via::Iam && !src.isEmpty()) {
                QVERIFY2(carried(src, Dir::Egress, c.id), qPrintable(c.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSecurityGroups)
#include "tst_securitygroups.moc"
