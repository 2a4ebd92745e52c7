#include "designconversion.h"

#include "model/componentkind.h"

#include <utility>

namespace Infra {

namespace {

using Result = DesignConversion::Result;

Result refused(QString error)
{
    Result r;
    r.error = std::move(error);
    return r;
}

// One parameter of the new component: copied from the old component's `from` key (same
// value), or computed. Keys the target kind does not have are left out, so the table can name
// every parameter a kind may offer.
struct ParamMap
{
    const char *to;
    const char *from = nullptr;
    std::function<QVariant(const Component &old)> compute = {};
};

// A component of kind `kindName` replacing `old` (same id, name, position), with the
// parameters of `maps` over the kind's defaults; values the target schema refuses keep the
// default.
std::optional<Component> convertedComponent(const Component &old, const QString &kindName, const std::vector<ParamMap> &maps,
                                            const QString &name)
{
    const std::optional<ComponentKind> kind = kindFromName(kindName);
    if (!kind)
        return std::nullopt;
    Component c = Component::make(*kind, old.id, name.isEmpty() ? old.name : name);
    c.position = old.position;
    const ParamSchema &schema = kindSchema(*kind);
    for (const ParamMap &m : maps) {
        const QString key = QString::fromLatin1(m.to);
        const ParamSpec *spec = schema.find(key);
        if (!spec)
            continue;
        const QVariant value = m.compute ? m.compute(old) : old.param(QString::fromLatin1(m.from));
        if (value.isValid() && ParamSchema::validate(*spec, value).isEmpty())
            c.params.insert(key, value);
    }
    return c;
}

// RDS → Aurora: the instance class, engine version, Multi-AZ (a reader in another AZ), read
// replicas (readers), backups, windows, monitoring, encryption, protection and parameters
// carry across; storage is billed by use on Aurora, so the sizes stay behind.
const std::vector<ParamMap> &rdsToAurora()
{
    static const std::vector<ParamMap> maps = {
        {"engine_version", "engine_version"},
        {"instance_class", "instance_class"},
        {"readers", nullptr,
         [](const Component &old) {
             return QVariant(old.intParam(QStringLiteral("read_replicas")) + (old.boolParam(QStringLiteral("multi_az")) ? 1 : 0));
         }},
        {"backup_retention_days", "backup_retention_days"},
        {"backup_window", "backup_window"},
        {"maintenance_window", "maintenance_window"},
        {"deletion_protection", "deletion_protection"},
        {"performance_insights", "performance_insights"},
        {"monitoring_interval", "monitoring_interval"},
        {"storage_encrypted", "storage_encrypted"},
        {"publicly_accessible", "publicly_accessible"},
        {"max_connections", "max_connections"},
        {"database_name", "database_name"},
        {"parameters", "parameters"},
    };
    return maps;
}

Result replaceWith(const Design &design, ComponentKind fromKind, const QString &toKind, const std::vector<ParamMap> &maps)
{
    Result r;
    r.design = design;
    for (const Component *old : design.componentsOfKind(fromKind)) {
        const std::optional<Component> c = convertedComponent(*old, toKind, maps, {});
        if (!c)
            return refused(QStringLiteral("the component kind %1 is not in this build").arg(toKind));
        QString error;
        if (!DesignConversion::replaceComponent(r.design, old->id, *c, &error))
            return refused(error);
        r.changedIds.append(old->id);
    }
    if (r.changedIds.isEmpty())
        return refused(QStringLiteral("the design has no %1 to convert").arg(kindName(fromKind)));
    r.ok = true;
    return r;
}

Result convertAurora(const Design &design)
{
    return replaceWith(design, ComponentKind::RdsPostgres, QStringLiteral("aurora_postgres"), rdsToAurora());
}

// The Redis roles whose data must survive a node failure: sessions (users stay signed in),
// broker messages and task results. A plain cache stays on ElastiCache.
bool isDurableRole(const QString &role)
{
    return role == QLatin1String("sessions") || role == QLatin1String("broker") || role == QLatin1String("results");
}

// ElastiCache → MemoryDB: the node family carries across (cache.r6g.large → db.r6g.large),
// in-transit encryption becomes TLS. The replicas do not: the converted cluster holds roles
// whose clients (Celery's Redis transport, django-redis) follow no cluster redirect, and a
// replica behind MemoryDB's cluster endpoint answers them MOVED (memorydb-cluster-endpoint, an
// error in production): one shard and no replica, a failed node rebuilt from the durable log.
const std::vector<ParamMap> &redisToMemoryDb()
{
    static const std::vector<ParamMap> maps = {
        {"node_type", nullptr,
         [](const Component &old) {
             QString node = old.stringParam(QStringLiteral("node_type"));
             if (node.startsWith(QLatin1String("cache.")))
                 node.replace(0, 6, QStringLiteral("db."));
             return QVariant(node);
         }},
        {"replicas_per_shard", nullptr, [](const Component &) { return QVariant(qint64(0)); }},
        {"tls", "transit_encryption"},
        {"snapshot_retention_days", "snapshot_retention_days"},
        {"port", "port"},
    };
    return maps;
}

Result convertMemoryDb(const Design &design)
{
    Result r;
    r.design = design;
    for (const Component *redis : design.componentsOfKind(ComponentKind::ElastiCacheRedis)) {
        const QStringList roles = redis->listParam(QStringLiteral("roles"));
        QStringList durable, kept;
        for (const QString &role : roles)
            (isDurableRole(role) ? durable : kept).append(role);
        if (durable.isEmpty())
            continue;
        std::vector<ParamMap> maps = redisToMemoryDb();
        maps.push_back({"roles", nullptr, [durable](const Component &) { return QVariant(durable); }});
        if (kept.isEmpty()) {
            // Every role needs durability: the Redis becomes MemoryDB in place.
            const std::optional<Component> c = convertedComponent(*redis, QStringLiteral("memorydb"), maps, {});
            if (!c)
                return refused(QStringLiteral("the component kind memorydb is not in this build"));
            QString error;
            if (!DesignConversion::replaceComponent(r.design, redis->id, *c, &error))
                return refused(error);
            r.changedIds.append(redis->id);
            continue;
        }
        // Cache stays on ElastiCache; the durable roles move to a MemoryDB cluster beside it.
        std::optional<Component> c = convertedComponent(*redis, QStringLiteral("memorydb"), maps, QStringLiteral("MemoryDB"));
        if (!c)
            return refused(QStringLiteral("the component kind memorydb is not in this build"));
        c->id = r.design.uniqueId(QStringLiteral("memorydb"));
        c->position = redis->position + QPointF(0, 160);
        Mutation m = r.design.setParameter(redis->id, QStringLiteral("roles"), kept);
        if (m.ok)
            m = r.design.addComponent(*c, r.design.indexOf(redis->id) + 1);
        if (!m.ok)
            return refused(m.error);
        r.changedIds.append({redis->id, c->id});
    }
    if (r.changedIds.isEmpty())
        return refused(QStringLiteral("the design has no ElastiCache Redis with a role that needs durability"));
    r.ok = true;
    return r;
}

// Celery Beat → EventBridge Scheduler. Beat's schedule entries are not in the design (they live
// in django_celery_beat's table or in code), the routes of scheduled work are: each route to a
// queue named for scheduling becomes one schedule that runs the task through the worker group
// consuming that queue (RunTask of its image: celery -A APP call TASK), once a day until its
// real time is set.
QVariantMap schedulesFromRoutes(const Design &design)
{
    QVariantMap schedules;
    for (const CeleryRoute &route : design.routes()) {
        if (!route.queue.contains(QLatin1String("schedul")))
            continue;
        const Component *worker = nullptr;
        for (const Component *w : design.componentsOfKind(ComponentKind::EcsWorker)) {
            if (!worker && w->listParam(QStringLiteral("queues")).contains(route.queue))
                worker = w;
        }
        if (!worker)
            continue;
        QString task = route.task;
        while (task.endsWith(QLatin1Char('*')) || task.endsWith(QLatin1Char('_')) || task.endsWith(QLatin1Char('.')))
            task.chop(1);
        QString name = task.section(QLatin1Char('.'), -1).replace(QLatin1Char('_'), QLatin1Char('-'));
        if (name.isEmpty())
            name = QStringLiteral("schedule");
        QString unique = name;
        for (int n = 2; schedules.contains(unique); ++n)
            unique = name + QLatin1Char('-') + QString::number(n);
        schedules.insert(unique, QStringLiteral("rate(1 day) -> %1: celery -A %2 call %3").arg(worker->id, design.celeryApp(), task));
    }
    return schedules;
}

Result convertEventBridge(const Design &design)
{
    Result r;
    r.design = design;
    const auto beats = design.componentsOfKind(ComponentKind::EcsBeat);
    if (beats.empty())
        return refused(QStringLiteral("the design has no Celery Beat to replace"));
    const Component *beat = beats.front();
    const QVariantMap schedules = schedulesFromRoutes(design);
    std::optional<Component> c = convertedComponent(
        *beat, QStringLiteral("eventbridge_scheduler"),
        {{"schedules", nullptr, [schedules](const Component &) { return QVariant(schedules); }}},
        QStringLiteral("EventBridge Scheduler"));
    if (!c)
        return refused(QStringLiteral("the component kind eventbridge_scheduler is not in this build"));
    // A scheduler named "beat" would mislead: a new id, in Beat's place.
    c->id = r.design.uniqueId(QStringLiteral("scheduler"));
    QString error;
    if (!DesignConversion::replaceComponent(r.design, beat->id, *c, &error))
        return refused(error);
    for (const Component *other : beats) {
        if (other != beat) {
            const Mutation m = r.design.removeComponents({other->id});
            if (!m.ok)
                return refused(m.error);
        }
    }
    for (const Component *b : beats)
        r.changedIds.append(b->id);
    r.changedIds.append(c->id);
    r.ok = true;
    return r;
}

} // namespace

const std::vector<DesignConversion::Spec> &DesignConversion::specs()
{
    static const std::vector<Spec> table = {
        {QStringLiteral("aurora"), QStringLiteral("database"), {QStringLiteral("rds_postgres")},
         {QStringLiteral("aurora_postgres")}, trText("Infra::Decisions", "Convert RDS PostgreSQL to Aurora PostgreSQL"),
         &convertAurora},
        {QStringLiteral("memorydb"), QStringLiteral("cache"), {QStringLiteral("elasticache_redis")},
         {QStringLiteral("memorydb")},
         trText("Infra::Decisions", "Move the Redis roles that need durability to Amazon MemoryDB"), &convertMemoryDb},
        {QStringLiteral("eventbridge-scheduler"), QStringLiteral("scheduler"), {QStringLiteral("ecs_beat")},
         {QStringLiteral("eventbridge_scheduler")},
         trText("Infra::Decisions", "Replace Celery Beat with EventBridge Scheduler"), &convertEventBridge},
    };
    return table;
}

const DesignConversion::Spec *DesignConversion::find(const QString &name)
{
    for (const Spec &s : specs()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList DesignConversion::names()
{
    QStringList n;
    for (const Spec &s : specs())
        n.append(s.name);
    return n;
}

Text DesignConversion::unavailableReason(const Spec &spec)
{
    for (const QString &k : spec.toKinds) {
        if (!kindFromName(k))
            return trText("Infra::Decisions", "the component kind %1 is not in this build yet").arg(k);
    }
    return {};
}

bool DesignConversion::appliesTo(const Spec &spec, const Design &design)
{
    for (const QString &k : spec.fromKinds) {
        const std::optional<ComponentKind> kind = kindFromName(k);
        if (kind && design.hasKind(*kind))
            return true;
    }
    return false;
}

DesignConversion::Result DesignConversion::apply(const Design &design, const QString &name)
{
    const Spec *spec = find(name);
    if (!spec)
        return refused(QStringLiteral("no conversion named '%1' (%2)").arg(name, names().join(QStringLiteral(", "))));
    if (const Text why = unavailableReason(*spec); !why.isEmpty())
        return refused(why.toString());
    return spec->convert(design);
}

bool DesignConversion::replaceComponent(Design &design, const QString &id, const Component &replacement, QString *error)
{
    const int index = design.indexOf(id);
    if (index < 0) {
        *error = QStringLiteral("no component with id '%1'").arg(id);
        return false;
    }
    QList<std::pair<int, Link>> links;
    for (int i = 0; i < design.links().size(); ++i) {
        Link l = design.links().at(i);
        if (l.from != id && l.to != id)
            continue;
        if (l.from == id)
            l.from = replacement.id;
        if (l.to == id)
            l.to = replacement.id;
        links.append({i, l});
    }
    Mutation m = design.removeComponents({id});
    if (m.ok)
        m = design.addComponent(replacement, index);
    if (!m.ok) {
        *error = m.error;
        return false;
    }
    // Back at their old places: removing the component took them out in order.
    for (const auto &[i, l] : links)
        design.addLink(l, i);
    return true;
}

} // namespace Infra
