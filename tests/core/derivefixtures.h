#pragma once
// Designs built in C++ for the derivation tests (core/derive). The reference design mirrors
// resources/examples/django-reference.infra.yaml, the playbook's architecture.

#include "derive/derivedmodel.h"
#include "emit/emitter.h"
#include "io/designreader.h"
#include "model/design.h"

#include <QTest>

#include <initializer_list>
#include <utility>

namespace Infra::Fixtures {

using Params = std::initializer_list<std::pair<const char *, QVariant>>;

inline Component component(ComponentKind kind, const char *id, Params params = {})
{
    Component c = Component::make(kind, QString::fromLatin1(id));
    for (const auto &[key, value] : params) {
        QVariant v = value;
        if (v.typeId() == QMetaType::Int)
            v = QVariant(qint64(v.toInt()));
        c.params.insert(QString::fromLatin1(key), v);
    }
    return c;
}

inline void add(Design &d, Component c)
{
    const Mutation m = d.addComponent(c);
    QVERIFY2(m.ok, qPrintable(m.error));
}

// A design of resources/examples/ by name ("django-reference"); a file that does not read
// stops the test program, since nothing after it could be meaningful.
inline Design example(const char *name)
{
    const QString path =
        QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/") + QLatin1String(name) + QStringLiteral(".infra.yaml");
    DesignReader::Result r = DesignReader::readFile(path);
    if (!r.ok())
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    return *r.design;
}

// resources/examples/django-reference.infra.yaml as the studio reads it (referenceDesign()
// below builds the same architecture in C++).
inline Design referenceExample()
{
    return example("django-reference");
}

// An empty design without NAT gateways: the start of the component kinds' test designs
// (tst_aurora, tst_memorydb, tst_scheduler), whose cost lines are then the kind's own.
inline Design designWithoutNat()
{
    Design d;
    d.setSectionValue(Section::Network, QStringLiteral("nat_gateways"), qint64(0));
    return d;
}

// Whether the derivation raised `rule`, on component `componentId` when one is given.
inline bool hasFinding(const DerivedModel &m, const QString &rule, const QString &componentId = {})
{
    for (const Finding &f : m.findings()) {
        if (f.ruleId == rule && (componentId.isEmpty() || f.componentId == componentId))
            return true;
    }
    return false;
}

// The bytes of one file the emitters write for `d` (only `parts`); empty when none is written.
inline QByteArray emittedFile(const Design &d, const QString &path, Emitter::Parts parts = Emitter::allParts())
{
    for (const EmittedFile &f : Emitter::emit(d, parts)) {
        if (f.path == path)
            return f.content;
    }
    return {};
}

inline void set(Design &d, const char *id, const char *key, const QVariant &value)
{
    const Mutation m = d.setParameter(QString::fromLatin1(id), QString::fromLatin1(key), value);
    QVERIFY2(m.ok, qPrintable(m.error));
}

inline QStringList list(std::initializer_list<const char *> items)
{
    QStringList r;
    for (const char *i : items)
        r.append(QString::fromLatin1(i));
    return r;
}

inline QList<CeleryRoute> playbookRoutes()
{
    auto r = [](const char *task, const char *queue) { return CeleryRoute{QString::fromLatin1(task), QString::fromLatin1(queue)}; };
    return {r("myapp.tasks.send_email", "high_priority"), r("myapp.tasks.webhook_notify", "high_priority"),
            r("myapp.tasks.*", "default"), r("myapp.tasks.generate_report", "long_running"),
            r("myapp.tasks.data_export", "long_running"), r("myapp.tasks.cleanup_*", "scheduled")};
}

// The playbook's reference architecture (production).
inline Design referenceDesign()
{
    using K = ComponentKind;
    Design d;
    d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("production"));
    d.setRoutes(playbookRoutes());
    add(d, component(K::CloudFront, "cdn"));
    add(d, component(K::Alb, "alb"));
    add(d, component(K::EcsWeb, "web", {{"workers", 4}, {"min_tasks", 2}, {"desired_tasks", 5}, {"max_tasks", 20}}));
    add(d, component(K::EcsWorker, "worker-high",
                     {{"queues", list({"high_priority"})}, {"concurrency", 8}, {"min_tasks", 2}, {"desired_tasks", 4}, {"max_tasks", 10},
                      {"arrival_rate", 12.0}, {"task_duration", 0.5}}));
    add(d, component(K::EcsWorker, "worker-default",
                     {{"queues", list({"default"})}, {"concurrency", 4}, {"min_tasks", 2}, {"desired_tasks", 4}, {"max_tasks", 10},
                      {"arrival_rate", 4.0}, {"task_duration", 1.0}}));
    add(d, component(K::EcsWorker, "worker-long",
                     {{"queues", list({"long_running"})}, {"concurrency", 2}, {"max_tasks_per_child", 100}, {"min_tasks", 1},
                      {"desired_tasks", 2}, {"max_tasks", 4}, {"arrival_rate", 0.03}, {"task_duration", 30.0}, {"queue_depth_target", 20}}));
    add(d, component(K::EcsWorker, "worker-scheduled",
                     {{"queues", list({"scheduled"})}, {"concurrency", 2}, {"min_tasks", 1}, {"desired_tasks", 1}, {"max_tasks", 2},
                      {"arrival_rate", 0.01}, {"task_duration", 10.0}}));
    add(d, component(K::EcsBeat, "beat"));
    add(d, component(K::PgBouncer, "pgbouncer"));
    add(d, component(K::RdsPostgres, "db", {{"instance_class", QStringLiteral("db.r6g.large")}, {"max_connections", 500}}));
    add(d, component(K::ElastiCacheRedis, "redis"));
    add(d, component(K::S3Bucket, "static", {{"role", QStringLiteral("static")}}));
    add(d, component(K::S3Bucket, "media", {{"role", QStringLiteral("media")}}));
    add(d, component(K::S3Bucket, "backups", {{"role", QStringLiteral("backups")}, {"transition_glacier_days", 30}}));
    add(d, component(K::Ecr, "ecr"));
    add(d, component(K::SecretsManager, "secrets"));
    add(d, component(K::CloudWatch, "logs"));
    return d;
}

// The smallest useful Django design: ALB, one web service, RDS, no pgBouncer, no Redis.
inline Design minimalDesign()
{
    using K = ComponentKind;
    Design d;
    add(d, component(K::Alb, "alb"));
    add(d, component(K::EcsWeb, "web"));
    add(d, component(K::RdsPostgres, "db"));
    return d;
}

// Celery on SQS, two Redis clusters split by role, no pgBouncer, no CloudFront.
inline Design sqsDesign()
{
    using K = ComponentKind;
    Design d;
    add(d, component(K::Alb, "alb", {{"http_redirect", false}}));
    add(d, component(K::EcsWeb, "web", {{"container_port", 8080}}));
    add(d, component(K::EcsWorker, "worker"));
    add(d, component(K::EcsBeat, "beat"));
    add(d, component(K::RdsPostgres, "db"));
    add(d, component(K::ElastiCacheRedis, "cache", {{"roles", list({"cache"})}, {"transit_encryption", false}, {"auth_token", false}}));
    add(d, component(K::ElastiCacheRedis, "sessions", {{"roles", list({"sessions", "results"})}, {"port", 6380}}));
    add(d, component(K::Sqs, "queue"));
    add(d, component(K::S3Bucket, "media", {{"role", QStringLiteral("media")}}));
    add(d, component(K::CloudWatch, "logs"));
    return d;
}

} // namespace Infra::Fixtures
