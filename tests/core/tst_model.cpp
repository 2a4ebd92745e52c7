#include "model/design.h"
#include "model/instancetypes.h"

#include <QTest>

using namespace Infra;

// The design model's mutation API and parameter schemas.
class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasCompleteDefaults();
    void makeFillsEveryParameter();
    void addRefusesDuplicateAndInvalidIds();
    void removeDropsLinksToRemovedComponents();
    void moveReportsIds();
    void setParameterValidates_data();
    void setParameterValidates();
    void setParameterReportsKey();
    void unknownParameterSuggestsName();
    void sectionValues();
    void linksAndRoutes();
    void scenarios();
    void notes();
    void uniqueIds();
    void defaultMaxConnections();
    void nearestNames();
};

void TestModel::everyKindHasCompleteDefaults()
{
    for (ComponentKind kind : allComponentKinds) {
        const ParamSchema &schema = kindSchema(kind);
        QVERIFY2(!schema.specs().empty(), qPrintable(kindName(kind)));
        for (const ParamSpec &spec : schema.specs()) {
            // Every default must pass its own validation, or a new component would be invalid.
            const QString error = ParamSchema::validate(spec, spec.defaultValue);
            QVERIFY2(error.isEmpty(), qPrintable(kindName(kind) + QStringLiteral(".") + spec.key + QStringLiteral(": ") + error));
            QVERIFY2(!spec.help.isEmpty(), qPrintable(spec.key));
        }
        QCOMPARE(kindFromName(kindName(kind)), std::optional<ComponentKind>(kind));
    }
    for (Section s : {Section::Settings, Section::Network, Section::Workload, Section::Celery}) {
        for (const ParamSpec &spec : sectionSchema(s).specs())
            QVERIFY2(ParamSchema::validate(spec, spec.defaultValue).isEmpty(), qPrintable(spec.key));
    }
    QVERIFY(!kindFromName(QStringLiteral("ecs_webb")).has_value());
}

void TestModel::makeFillsEveryParameter()
{
    const Component c = Component::make(ComponentKind::EcsWeb, QStringLiteral("web"));
    QCOMPARE(c.params.size(), qsizetype(kindSchema(ComponentKind::EcsWeb).specs().size()));
    QCOMPARE(c.intParam(QStringLiteral("container_port")), 8000);
    QCOMPARE(c.intParam(QStringLiteral("min_tasks")), 2);
    QCOMPARE(c.doubleParam(QStringLiteral("cpu_target")), 70.0);
    QCOMPARE(c.name, QStringLiteral("ECS web service"));
}

void TestModel::addRefusesDuplicateAndInvalidIds()
{
    Design d;
    QVERIFY(d.addComponent(Component::make(ComponentKind::Alb, QStringLiteral("alb"))).ok);
    const Mutation dup = d.addComponent(Component::make(ComponentKind::Alb, QStringLiteral("alb")));
    QVERIFY(!dup.ok);
    QVERIFY(dup.error.contains(QStringLiteral("already exists")));
    QVERIFY(!d.addComponent(Component::make(ComponentKind::Alb, QStringLiteral("Bad Id"))).ok);
    QCOMPARE(d.components().size(), size_t(1));
}

void TestModel::removeDropsLinksToRemovedComponents()
{
    Design d;
    d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")));
    d.addComponent(Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")));
    d.addComponent(Component::make(ComponentKind::ElastiCacheRedis, QStringLiteral("redis")));
    QVERIFY(d.addLink({QStringLiteral("web"), QStringLiteral("db"), Link::Mode::Suppress, 0, {}}).ok);
    QVERIFY(d.addLink({QStringLiteral("web"), QStringLiteral("redis"), Link::Mode::Add, 6379, QStringLiteral("cache")}).ok);
    const Mutation m = d.removeComponents({QStringLiteral("db")});
    QVERIFY(m.ok);
    QCOMPARE(m.change.kind, DesignChange::Kind::ComponentsRemoved);
    QCOMPARE(m.change.ids, QStringList{QStringLiteral("db")});
    QCOMPARE(d.links().size(), 1);
    QCOMPARE(d.links().first().to, QStringLiteral("redis"));
    QVERIFY(d.component(QStringLiteral("db")) == nullptr);
    QCOMPARE(d.component(QStringLiteral("redis"))->kind, ComponentKind::ElastiCacheRedis);
    QVERIFY(!d.removeComponents({QStringLiteral("nope")}).ok);
}

void TestModel::moveReportsIds()
{
    Design d;
    d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")));
    const Mutation m = d.moveComponents({{QStringLiteral("web"), QPointF(10, 20)}});
    QVERIFY(m.ok);
    QCOMPARE(m.change.kind, DesignChange::Kind::ComponentsMoved);
    QVERIFY(!m.change.affectsDerivation());
    QCOMPARE(d.component(QStringLiteral("web"))->position, QPointF(10, 20));
}

void TestModel::setParameterValidates_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("in range") << "max_tasks" << QVariant(qint64(40)) << true << QString();
    QTest::newRow("int widened") << "max_tasks" << QVariant(40) << true << QString();
    QTest::newRow("above range") << "max_tasks" << QVariant(qint64(5000)) << false << "outside the valid range 1 to 1000 tasks";
    QTest::newRow("wrong type") << "max_tasks" << QVariant(QStringLiteral("many")) << false << "whole number";
    QTest::newRow("fargate cpu set") << "cpu" << QVariant(qint64(300)) << false << "must be one of 256, 512";
    QTest::newRow("enum") << "server" << QVariant(QStringLiteral("uvicorn")) << true << QString();
    QTest::newRow("enum typo") << "server" << QVariant(QStringLiteral("gunicron")) << false << "did you mean \"gunicorn\"";
    QTest::newRow("double accepts int") << "cpu_target" << QVariant(qint64(60)) << true << QString();
    QTest::newRow("pattern") << "image_tag" << QVariant(QStringLiteral("bad tag")) << false << "expected form";
}

void TestModel::setParameterValidates()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(bool, ok);
    QFETCH(QString, errorPart);
    Design d;
    d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")));
    const QVariant before = d.component(QStringLiteral("web"))->param(key);
    const Mutation m = d.setParameter(QStringLiteral("web"), key, value);
    QCOMPARE(m.ok, ok);
    if (!ok) {
        QVERIFY2(m.error.contains(errorPart), qPrintable(m.error));
        QCOMPARE(d.component(QStringLiteral("web"))->param(key), before); // unchanged when refused
    }
}

void TestModel::setParameterReportsKey()
{
    Design d;
    d.addComponent(Component::make(ComponentKind::RdsPostgres, QStringLiteral("db")));
    const Mutation m = d.setParameter(QStringLiteral("db"), QStringLiteral("instance_class"), QStringLiteral("db.r6g.xlarge"));
    QVERIFY(m.ok);
    QCOMPARE(m.change.kind, DesignChange::Kind::ParameterChanged);
    QCOMPARE(m.change.ids, QStringList{QStringLiteral("db")});
    QCOMPARE(m.change.keys, QStringList{QStringLiteral("instance_class")});
    const Mutation bad = d.setParameter(QStringLiteral("db"), QStringLiteral("instance_class"), QStringLiteral("db.r6g.larg"));
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(QStringLiteral("db.r6g.large")), qPrintable(bad.error));
}

void TestModel::unknownParameterSuggestsName()
{
    Design d;
    d.addComponent(Component::make(ComponentKind::EcsWorker, QStringLiteral("w")));
    const Mutation m = d.setParameter(QStringLiteral("w"), QStringLiteral("concurency"), qint64(4));
    QVERIFY(!m.ok);
    QVERIFY2(m.error.contains(QStringLiteral("did you mean 'concurrency'")), qPrintable(m.error));
}

void TestModel::sectionValues()
{
    Design d;
    QCOMPARE(d.region(), QStringLiteral("us-east-1"));
    QVERIFY(d.isProduction());
    QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("staging")).ok);
    QVERIFY(!d.isProduction());
    const Mutation m = d.setSectionValue(Section::Workload, QStringLiteral("peak_rps"), qint64(500));
    QVERIFY(m.ok);
    QCOMPARE(m.change.kind, DesignChange::Kind::SectionChanged);
    QCOMPARE(m.change.section, Section::Workload);
    QCOMPARE(d.value(Section::Workload, QStringLiteral("peak_rps")).toDouble(), 500.0);
    QVERIFY(d.setSectionValue(Section::Network, QStringLiteral("az_count"), qint64(1)).ok); // outside production (finding single-az)
    QVERIFY(!d.setSectionValue(Section::Network, QStringLiteral("az_count"), qint64(0)).ok);
}

void TestModel::linksAndRoutes()
{
    Design d;
    d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")));
    QVERIFY(!d.addLink({QStringLiteral("web"), QStringLiteral("ghost"), Link::Mode::Add, 0, {}}).ok);
    QVERIFY(!d.addLink({QStringLiteral("web"), QStringLiteral("web"), Link::Mode::Add, 0, {}}).ok);
    QVERIFY(!d.setRoutes({{QStringLiteral("app.tasks.*"), QString()}}).ok);
    const Mutation m = d.setRoutes({{QStringLiteral("app.tasks.*"), QStringLiteral("default")}});
    QVERIFY(m.ok);
    QCOMPARE(d.routes().size(), 1);
    QCOMPARE(m.change.kind, DesignChange::Kind::RoutesChanged);
}

void TestModel::scenarios()
{
    Design d;
    QVERIFY(!d.setScenarios({{QString(), {}}}).ok);
    QVERIFY(!d.setScenarios({{QStringLiteral("  "), {}}}).ok);
    QVERIFY(!d.setScenarios({{QStringLiteral("a"), {}}, {QStringLiteral("a"), {}}}).ok);
    QVERIFY(!d.setScenarios({{QStringLiteral("a"), {QStringLiteral("web max 4")}}}).ok);
    QVERIFY(!d.setScenarios({{QStringLiteral("a"), {QStringLiteral("web.max_tasks=4\nregion=x")}}}).ok);
    QVERIFY(d.scenarios().isEmpty()); // every refusal left the design as it was
    const Mutation m = d.setScenarios({{QStringLiteral("Peak"), {QStringLiteral("workload.peak_rps=2000"), QStringLiteral("region=eu-west-1")}},
                                       {QStringLiteral("Empty"), {}}});
    QVERIFY(m.ok);
    QCOMPARE(m.change.kind, DesignChange::Kind::ScenariosChanged);
    QCOMPARE(d.scenarios().size(), 2);
    QVERIFY(d.scenario(QStringLiteral("Peak")));
    QCOMPARE(d.scenario(QStringLiteral("Peak"))->overrides.size(), 2);
    QVERIFY(!d.scenario(QStringLiteral("peak")));
    // Scenarios are part of the design's value.
    Design other;
    QVERIFY(!(d == other));
    other.setScenarios(d.scenarios());
    QVERIFY(d == other);
}

void TestModel::notes()
{
    Design d;
    QVERIFY(d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web"))).ok);
    QVERIFY(!d.hasNotes());
    QVERIFY(!d.setNote(QStringLiteral("nope"), QStringLiteral("x")).ok);
    Mutation m = d.setNote(QStringLiteral("web"), QStringLiteral("Sales & <Billing>\nline 2"));
    QVERIFY(m.ok);
    QCOMPARE(m.change.kind, DesignChange::Kind::NoteChanged);
    QCOMPARE(m.change.ids, QStringList{QStringLiteral("web")});
    QVERIFY(!m.change.affectsDerivation()); // a note changes no connection, cost or finding
    QCOMPARE(d.component(QStringLiteral("web"))->note, QStringLiteral("Sales & <Billing>\nline 2"));
    m = d.setNote({}, QStringLiteral("design note"));
    QVERIFY(m.ok);
    QVERIFY(m.change.ids.isEmpty());
    QCOMPARE(d.note(), QStringLiteral("design note"));
    QCOMPARE(d.noteOf({}), QStringLiteral("design note"));
    QVERIFY(d.hasNotes());
    // Notes are part of the design's value; white space only is no note.
    Design other = d;
    QVERIFY(other.setNote({}, QStringLiteral(" \n\t ")).ok);
    QCOMPARE(other.note(), QString());
    QVERIFY(!(d == other));
    QVERIFY(other.setNote(QStringLiteral("web"), QString()).ok);
    QVERIFY(!other.hasNotes());
}

void TestModel::uniqueIds()
{
    Design d;
    QCOMPARE(d.uniqueId(QStringLiteral("web")), QStringLiteral("web"));
    d.addComponent(Component::make(ComponentKind::EcsWeb, QStringLiteral("web")));
    QCOMPARE(d.uniqueId(QStringLiteral("web")), QStringLiteral("web-2"));
    QCOMPARE(d.uniqueId(QStringLiteral("S3 Bucket")), QStringLiteral("s3-bucket"));
}

void TestModel::defaultMaxConnections()
{
    // LEAST(DBInstanceClassMemory/9531392, 5000) with nominal memory:
    // 16 GiB = 17179869184 bytes / 9531392 = 1802.4 → 1802; 64 GiB would be 7209 → capped at 5000.
    QCOMPARE(rdsDefaultMaxConnections(16), 1802);
    QCOMPARE(rdsDefaultMaxConnections(1), 112);
    QCOMPARE(rdsDefaultMaxConnections(64), 5000);
    QCOMPARE(rdsInstanceClass(QStringLiteral("db.r6g.large"))->memoryGiB, 16.0);
    QVERIFY(!rdsInstanceClass(QStringLiteral("db.x1.huge")).has_value());
}

void TestModel::nearestNames()
{
    const QStringList names = {QStringLiteral("cloudfront"), QStringLiteral("alb"), QStringLiteral("ecs_web")};
    QCOMPARE(Infra::nearestNames(QStringLiteral("cloudfrnt"), names, 1), QStringList{QStringLiteral("cloudfront")});
    QVERIFY(Infra::nearestNames(QStringLiteral("zzzzzzzz"), names).isEmpty());
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
