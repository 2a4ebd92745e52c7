// The live derived model: update() after each DesignChange reports exactly what moved, and
// the review report (issue 3, "Live and fast" and the review).
#include "derivefixtures.h"

#include "derive/derivedmodel.h"
#include "derive/keyeddiff.h"

#include <QTest>

using namespace Infra;
using namespace Infra::Fixtures;

namespace {

// An element of a keyed list for the difference tests: "key=value", "key" alone for value 0.
struct Keyed
{
    QString key;
    int value = 0;
    bool operator==(const Keyed &) const = default;
};

std::vector<Keyed> keyed(const char *spec)
{
    std::vector<Keyed> out;
    const QString text = QString::fromLatin1(spec);
    for (const QString &item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char('='));
        out.push_back({parts.at(0), parts.size() > 1 ? parts.at(1).toInt() : 0});
    }
    return out;
}

// What a keyed difference reports: the three lists (separate, then shared as difference() shares
// them for findings) and the keys touched.
struct KeyedResult
{
    QStringList added, removed, changed, shared, touched;
    bool operator==(const KeyedResult &) const = default;
};

template <typename Diff>
KeyedResult runKeyed(const std::vector<Keyed> &before, const std::vector<Keyed> &after, Diff diff)
{
    KeyedResult r;
    const auto touch = [&](const Keyed &k) {
        if (!r.touched.contains(k.key))
            r.touched.append(k.key);
    };
    diff(before, after, &r.added, &r.removed, &r.changed, touch);
    diff(before, after, &r.shared, &r.shared, &r.shared, [](const Keyed &) {});
    r.touched.sort();
    return r;
}

} // namespace

class TestDerivedModel : public QObject
{
    Q_OBJECT

private:
    // Applies a mutation to the design and updates the model; checks that the result equals a
    // fresh derivation.
    static DerivedDelta apply(Design &d, DerivedModel &m, const Mutation &mutation)
    {
        [&] { QVERIFY2(mutation.ok, qPrintable(mutation.error)); }();
        const DerivedDelta delta = m.update(d, mutation.change);
        const DerivedModel fresh = DerivedModel::derive(d);
        [&] {
            QVERIFY(DerivedModel::difference(fresh, m).isEmpty());
            QCOMPARE(m.connections().size(), fresh.connections().size());
        }();
        return delta;
    }

    static const ReviewItem *item(const DerivedModel &m, const char *id)
    {
        for (const ReviewItem &i : m.review()) {
            if (i.id == QLatin1String(id))
                return &i;
        }
        return nullptr;
    }

private Q_SLOTS:
    void movesAndRenamesChangeNothing()
    {
        Design d = referenceDesign();
        DerivedModel m = DerivedModel::derive(d);
        QVERIFY(apply(d, m, d.moveComponents({{QStringLiteral("web"), QPointF(10, 10)}})).isEmpty());
        QVERIFY(apply(d, m, d.renameComponent(QStringLiteral("web"), QStringLiteral("Django"))).isEmpty());
    }

    void portChangeMovesOneConnection()
    {
        Design d = referenceDesign();
        DerivedModel m = DerivedModel::derive(d);
        const DerivedDelta delta = apply(d, m, d.setParameter(QStringLiteral("web"), QStringLiteral("container_port"), qint64(9000)));
        QVERIFY(delta.connectionsAdded.isEmpty());
        QVERIFY(delta.connectionsRemoved.isEmpty());
        QCOMPARE(delta.connectionsChanged, list({"alb->web"}));
        QCOMPARE(delta.securityGroupsChanged, list({"alb", "web"}));
        QCOMPARE(delta.componentsChanged, list({"alb", "web"}));
        QVERIFY(!delta.poolsChanged);
        QVERIFY(!delta.scalingChanged);
        QVERIFY(!delta.findingsChanged);
        QCOMPARE(m.connection(QStringLiteral("alb->web"))->port, 9000);
    }

    void scalingChangeMovesPools()
    {
        Design d = referenceDesign();
        DerivedModel m = DerivedModel::derive(d);
        const DerivedDelta delta = apply(d, m, d.setParameter(QStringLiteral("worker-high"), QStringLiteral("max_tasks"), qint64(12)));
        QVERIFY(delta.connectionsAdded.isEmpty() && delta.connectionsChanged.isEmpty() && delta.securityGroupsChanged.isEmpty());
        QVERIFY(delta.poolsChanged);
        QVERIFY(delta.scalingChanged);
        QVERIFY(delta.componentsChanged.contains(QStringLiteral("worker-high")));
        QVERIFY(delta.componentsChanged.contains(QStringLiteral("db")));
        // Redis's capacity bar of client connections at max scale follows max_tasks (issue 15);
        // the buckets have nothing that moves.
        QVERIFY(delta.componentsChanged.contains(QStringLiteral("redis")));
        QVERIFY(delta.capacityChanged);
        QVERIFY(!delta.componentsChanged.contains(QStringLiteral("static")));
        // 12 × 8 = 96 instead of 80: (160 + 148) × 1.2 = 369.6
        QCOMPARE(m.pools().maximum.total, 369);
    }

    void removingPgBouncerRewires()
    {
        Design d = referenceDesign();
        DerivedModel m = DerivedModel::derive(d);
        const DerivedDelta delta = apply(d, m, d.removeComponents({QStringLiteral("pgbouncer")}));
        // web, 4 workers and beat now reach the database directly
        QCOMPARE(delta.connectionsAdded.size(), qsizetype(1 + 4 + 1));
        QVERIFY(delta.connectionsAdded.contains(QStringLiteral("beat->db")));
        // their connections to pgBouncer (6), pgbouncer → db and its secrets, ecr, logs (4)
        QCOMPARE(delta.connectionsRemoved.size(), qsizetype(6 + 4));
        QVERIFY(delta.securityGroupsChanged.contains(QStringLiteral("pgbouncer")));
        QVERIFY(delta.securityGroupsChanged.contains(QStringLiteral("db")));
        QVERIFY(delta.findingsChanged); // pgbouncer-missing appears
        QVERIFY(!m.findingsFor(QStringLiteral("db")).empty());
        QVERIFY(!m.connection(QStringLiteral("web->pgbouncer")));
    }

    void findingChangeMarksItsComponent()
    {
        Design d = referenceDesign();
        DerivedModel m = DerivedModel::derive(d);
        const DerivedDelta delta = apply(d, m, d.setParameter(QStringLiteral("redis"), QStringLiteral("at_rest_encryption"), false));
        QVERIFY(delta.findingsChanged);
        QVERIFY(delta.reviewChanged);
        QCOMPARE(delta.componentsChanged, list({"redis"}));
        QVERIFY(delta.connectionsChanged.isEmpty());
    }

    void routesAndLinks()
    {
        Design d = referenceDesign();
        DerivedModel m = DerivedModel::derive(d);
        QList<CeleryRoute> routes = playbookRoutes();
        routes.move(5, 2);
        DerivedDelta delta = apply(d, m, d.setRoutes(routes));
        QVERIFY(delta.findingsChanged); // the shadowed route is gone
        QVERIFY(delta.connectionsChanged.isEmpty());

        delta = apply(d, m, d.addLink({QStringLiteral("beat"), QStringLiteral("redis"), Link::Mode::Suppress, 0, {}}));
        QCOMPARE(delta.connectionsRemoved, list({"beat->redis"}));
        QVERIFY(delta.securityGroupsChanged.contains(QStringLiteral("beat")));
        QVERIFY(delta.securityGroupsChanged.contains(QStringLiteral("redis")));
        delta = apply(d, m, d.removeLink(0));
        QCOMPARE(delta.connectionsAdded, list({"beat->redis"}));
    }

    void connectionsOfComponent()
    {
        const DerivedModel m = DerivedModel::derive(referenceDesign());
        // alb: cdn → alb, alb → web (CloudFront fronts it: nothing from the internet directly)
        QCOMPARE(m.connectionsOf(QStringLiteral("alb")).size(), size_t(2));
        // redis: from web, 4 workers, beat
        QCOMPARE(m.connectionsOf(QStringLiteral("redis")).size(), size_t(6));
        QVERIFY(m.connectionsOf(QStringLiteral("nothing")).empty());
    }

    void referenceReview()
    {
        const DerivedModel m = DerivedModel::derive(referenceDesign(), FindingRules::builtin());
        int standards = 0, checklist = 0;
        for (const ReviewItem &i : m.review()) {
            (i.group == ReviewItem::Group::QualityStandard ? standards : checklist)++;
            QVERIFY(!i.evidence.isEmpty());
            QVERIFY(!i.title.isEmpty());
        }
        QCOMPARE(standards, 6);  // the playbook's six quality standards
        QCOMPARE(checklist, 13); // its twelve checklist items and the capacity check (issue 15)
        for (const char *id : {"resilience", "scalability", "security", "observability", "checklist-scaling",
                               "checklist-connection-pooling", "checklist-caching", "checklist-security-groups",
                               "checklist-backup", "checklist-high-availability", "checklist-workload", "checklist-capacity"})
            QVERIFY2(item(m, id)->passed(), id);
        // The shadowed cleanup_* route shows in the Celery item.
        QCOMPARE(item(m, "checklist-celery-queues")->status, ReviewItem::Status::Failed);
        QCOMPARE(item(m, "documentation")->status, ReviewItem::Status::NotEvaluated);
        QCOMPARE(item(m, "cost-efficiency")->status, ReviewItem::Status::NotEvaluated);
        // Evidence carries the design's numbers.
        QVERIFY(item(m, "checklist-connection-pooling")->evidence.join(QLatin1Char('\n')).contains(QStringLiteral("maximum: 350 connections")));
        QVERIFY(item(m, "cost-efficiency")->evidence.contains(QStringLiteral("every Fargate task runs on Graviton (arm64)")));
        QVERIFY(item(m, "resilience")->componentIds.isEmpty());
    }

    // Without the review (the diagram renderer's derivation): everything else the same.
    void withoutReviewLeavesOnlyTheReviewOut()
    {
        Design d = referenceDesign();
        set(d, "db", "multi_az", false);
        const DerivedModel all = DerivedModel::derive(d);
        const DerivedModel lean = DerivedModel::derive(d, FindingRules::standard(), {}, DerivedModel::Parts::WithoutReview);
        QVERIFY(!all.review().empty());
        QVERIFY(lean.review().empty());
        QVERIFY(!lean.findings().empty());
        QCOMPARE(lean.findings().size(), all.findings().size());
        for (size_t i = 0; i < all.findings().size(); ++i) {
            QCOMPARE(lean.findings()[i].componentId, all.findings()[i].componentId);
            QCOMPARE(lean.findings()[i].severity, all.findings()[i].severity);
        }
        const DerivedDelta delta = DerivedModel::difference(all, lean);
        QVERIFY(delta.reviewChanged);
        DerivedDelta rest = delta;
        rest.reviewChanged = false;
        QVERIFY(rest.isEmpty());
    }

    // The connections the caller derived already (the diagram renderer routes them while the
    // rest is derived) give the model derive() makes itself; they are the model's connections.
    void givenConnectionsAreTheModelsOwn()
    {
        Design d = referenceDesign();
        set(d, "db", "multi_az", false);
        const DerivedModel own = DerivedModel::derive(d);
        std::vector<Connection> connections = DerivedModel::deriveConnections(d);
        QVERIFY(!connections.empty());
        const size_t count = connections.size();
        const DerivedModel given = DerivedModel::derive(d, FindingRules::standard(), {}, DerivedModel::Parts::All, std::move(connections));
        QVERIFY(DerivedModel::difference(own, given).isEmpty());
        QCOMPARE(given.connections().size(), count);
        QCOMPARE(given.findings().size(), own.findings().size());
        // They are used as given, not derived again: one left out is missing from the model.
        std::vector<Connection> fewer = DerivedModel::deriveConnections(d);
        fewer.pop_back();
        const DerivedModel short_ = DerivedModel::derive(d, FindingRules::standard(), {}, DerivedModel::Parts::All, std::move(fewer));
        QCOMPARE(short_.connections().size(), count - 1);
        QVERIFY(!DerivedModel::difference(own, short_).isEmpty());
    }

    // The in-order difference (front and back compared in place, the middle hashed) reports
    // what the hash of every element reports, in the same order.
    void keyedDifferenceInOrderEqualsByKey_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("changes"); // what both report in one shared list
        QTest::newRow("same") << "a b c d" << "a b c d" << "";
        QTest::newRow("one changed") << "a b c d" << "a b=1 c d" << "b";
        QTest::newRow("first and last changed") << "a b c d" << "a=1 b c d=1" << "a d";
        QTest::newRow("reordered") << "a b c d" << "d c=1 b a" << "c";
        QTest::newRow("swapped") << "a b c d" << "a c b d" << "";
        QTest::newRow("inserted in the middle") << "a b c d" << "a b x c=1 d" << "x c";
        QTest::newRow("inserted first") << "a b c" << "x a b c" << "x";
        QTest::newRow("appended") << "a b c" << "a b=1 c x" << "b x";
        QTest::newRow("removed from the middle") << "a b c d" << "a b=1 d" << "b c";
        QTest::newRow("removed first") << "a b c" << "b c=1" << "c a";
        QTest::newRow("removed last") << "a b c" << "a b" << "c";
        QTest::newRow("removed, a later one changed") << "a b c d" << "a c d=1" << "d b";
        QTest::newRow("renamed") << "a b c" << "a y c" << "y b";
        QTest::newRow("inserted, removed, changed") << "a b c d e" << "a=1 x c d=2 e y" << "a x d y b";
        QTest::newRow("all new") << "a b" << "x y" << "x y a b";
        QTest::newRow("from empty") << "" << "a b" << "a b";
        QTest::newRow("to empty") << "a b" << "" << "a b";
        QTest::newRow("both empty") << "" << "" << "";
    }

    void keyedDifferenceInOrderEqualsByKey()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, changes);
        const std::vector<Keyed> was = keyed(qPrintable(before));
        const std::vector<Keyed> now = keyed(qPrintable(after));
        const KeyedResult hashed = runKeyed(was, now, [](const auto &b, const auto &a, auto *added, auto *removed, auto *changed, auto touch) {
            KeyedDiff::byKey(b, a, [](const Keyed &k) { return k.key; }, added, removed, changed, touch);
        });
        const KeyedResult inOrder = runKeyed(was, now, [](const auto &b, const auto &a, auto *added, auto *removed, auto *changed, auto touch) {
            KeyedDiff::inOrder(b, a, &Keyed::key, added, removed, changed, touch);
        });
        QCOMPARE(hashed.shared, changes.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QCOMPARE(inOrder.added, hashed.added);
        QCOMPARE(inOrder.removed, hashed.removed);
        QCOMPARE(inOrder.changed, hashed.changed);
        QCOMPARE(inOrder.shared, hashed.shared);
        QCOMPARE(inOrder.touched, hashed.touched);
    }

    // difference() of whole models after an edit that removes, adds and changes connections
    // and findings: the connections it reports are those the hash of every element reports.
    void differenceAfterStructuralEdit()
    {
        Design d = referenceDesign();
        const DerivedModel before = DerivedModel::derive(d);
        QVERIFY(d.removeComponents({QStringLiteral("pgbouncer")}).ok);
        QVERIFY(d.setParameter(QStringLiteral("db"), QStringLiteral("multi_az"), false).ok);
        const DerivedModel after = DerivedModel::derive(d);
        const DerivedDelta delta = DerivedModel::difference(before, after);
        QStringList added, removed, changed, findingKeys;
        KeyedDiff::byKey(before.connections(), after.connections(), [](const Connection &c) { return c.id; }, &added, &removed,
                         &changed, [](const Connection &) {});
        QVERIFY(!added.isEmpty() && !removed.isEmpty());
        QCOMPARE(delta.connectionsAdded, added);
        QCOMPARE(delta.connectionsRemoved, removed);
        QCOMPARE(delta.connectionsChanged, changed);
        KeyedDiff::byKey(before.findings(), after.findings(), [](const Finding &f) { return f.key(); }, &findingKeys,
                         &findingKeys, &findingKeys, [](const Finding &) {});
        QVERIFY(!findingKeys.isEmpty());
        QVERIFY(delta.findingsChanged);
        QVERIFY(delta.componentsChanged.contains(QStringLiteral("db")));
    }

    void reviewFailsWithEvidence()
    {
        Design d = referenceDesign();
        set(d, "db", "multi_az", false);
        set(d, "web", "min_tasks", qint64(1));
        const DerivedModel m = DerivedModel::derive(d);
        const ReviewItem *r = item(m, "resilience");
        QCOMPARE(r->status, ReviewItem::Status::Failed);
        QVERIFY(r->evidence.contains(QStringLiteral("FAILED: db: multi_az false")));
        QVERIFY(r->evidence.contains(QStringLiteral("FAILED: web: at least 1 task(s)")));
        QCOMPARE(r->componentIds, list({"db", "web"}));
        QCOMPARE(item(m, "checklist-high-availability")->status, ReviewItem::Status::Failed);
        // The checklist's item repeats the resilience facts (worked out once) before its own.
        const ReviewItem *ha = item(m, "checklist-high-availability");
        QCOMPARE(ha->evidence.mid(0, r->evidence.size()), r->evidence);
        QCOMPARE(ha->evidenceText.size(), size_t(ha->evidence.size()));
        for (size_t i = 0; i < r->evidenceText.size(); ++i)
            QVERIFY(ha->evidenceText[i] == r->evidenceText[i]);
        QCOMPARE(ha->componentIds, r->componentIds);
    }
};

QTEST_GUILESS_MAIN(TestDerivedModel)
#include "tst_derivedmodel.moc"
