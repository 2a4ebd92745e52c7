// Derivation of the connection graph from the components present (issue 3, playbook
// architecture). Each role is served by the first component of the kind in design order
// (the "primary" one); indexing by kind keeps the work linear in the number of components.
#include "derivedmodel.h"

#include "model/design.h"
#include "model/schedule.h"

#include <QHash>

namespace Infra {

namespace {

struct Primaries
{
    std::vector<const Component *> cloudfronts, albs, webs, workers, beats, pgbouncers;
    const Component *rds = nullptr;
    const Component *pgbouncer = nullptr;
    const Component *cacheRedis = nullptr, *sessionsRedis = nullptr, *brokerRedis = nullptr, *resultsRedis = nullptr;
    const Component *sqsBroker = nullptr;
    const Component *staticBucket = nullptr, *mediaBucket = nullptr, *backupsBucket = nullptr;
    const Component *ecr = nullptr, *secrets = nullptr, *cloudwatch = nullptr;
    std::vector<const Component *> schedulers;
};

Primaries index(const Design &design)
{
    Primaries p;
    auto first = [](const Component *&slot, const Component &c) {
        if (!slot)
            slot = &c;
    };
    for (const Component &c : design.components()) {
        switch (c.kind) {
        case ComponentKind::CloudFront: p.cloudfronts.push_back(&c); break;
        case ComponentKind::Alb: p.albs.push_back(&c); break;
        case ComponentKind::EcsWeb: p.webs.push_back(&c); break;
        case ComponentKind::EcsWorker: p.workers.push_back(&c); break;
        case ComponentKind::EcsBeat: p.beats.push_back(&c); break;
        case ComponentKind::PgBouncer:
            p.pgbouncers.push_back(&c);
            first(p.pgbouncer, c);
            break;
        case ComponentKind::RdsPostgres:
        case ComponentKind::AuroraPostgres: first(p.rds, c); break; // Django's one PostgreSQL database
        case ComponentKind::ElastiCacheRedis:
        case ComponentKind::MemoryDb: { // MemoryDB holds the roles that must survive a failure
            const QStringList roles = c.listParam(QStringLiteral("roles"));
            if (roles.contains(QLatin1String("cache"))) first(p.cacheRedis, c);
            if (roles.contains(QLatin1String("sessions"))) first(p.sessionsRedis, c);
            if (roles.contains(QLatin1String("broker"))) first(p.brokerRedis, c);
            if (roles.contains(QLatin1String("results"))) first(p.resultsRedis, c);
            break;
        }
        case ComponentKind::Sqs:
            if (c.boolParam(QStringLiteral("broker")))
                first(p.sqsBroker, c);
            break;
        case ComponentKind::S3Bucket: {
            const QString role = c.stringParam(QStringLiteral("role"));
            if (role == QLatin1String("static")) first(p.staticBucket, c);
            else if (role == QLatin1String("media")) first(p.mediaBucket, c);
            else if (role == QLatin1String("backups")) first(p.backupsBucket, c);
            break;
        }
        case ComponentKind::Ecr: first(p.ecr, c); break;
        case ComponentKind::SecretsManager: first(p.secrets, c); break;
        case ComponentKind::CloudWatch: first(p.cloudwatch, c); break;
        case ComponentKind::EventBridgeScheduler: p.schedulers.push_back(&c); break;
        }
    }
    return p;
}

QString schemeFor(const Component &target)
{
    switch (target.kind) {
    case ComponentKind::EcsWeb: return QStringLiteral("http");
    case ComponentKind::PgBouncer:
    case ComponentKind::RdsPostgres:
    case ComponentKind::AuroraPostgres: return QStringLiteral("postgresql");
    case ComponentKind::ElastiCacheRedis:
        return target.boolParam(QStringLiteral("transit_encryption")) ? QStringLiteral("rediss") : QStringLiteral("redis");
    case ComponentKind::MemoryDb: return target.boolParam(QStringLiteral("tls")) ? QStringLiteral("rediss") : QStringLiteral("redis");
    case ComponentKind::EcsWorker:
    case ComponentKind::EcsBeat: return QStringLiteral("tcp");
    default: return QStringLiteral("https");
    }
}

bool tlsFor(const Component &target)
{
    switch (target.kind) {
    case ComponentKind::EcsWeb:      // TLS ends at the load balancer
    case ComponentKind::PgBouncer:   // client TLS is off in the emitted pgbouncer.ini
    case ComponentKind::EcsWorker:
    case ComponentKind::EcsBeat: return false;
    case ComponentKind::ElastiCacheRedis: return target.boolParam(QStringLiteral("transit_encryption"));
    case ComponentKind::MemoryDb: return target.boolParam(QStringLiteral("tls"));
    default: return true;            // RDS enforces SSL (rds.force_ssl), AWS APIs are HTTPS
    }
}

bool isAwsApi(ComponentKind kind)
{
    return kind == ComponentKind::S3Bucket || kind == ComponentKind::Ecr || kind == ComponentKind::SecretsManager
        || kind == ComponentKind::CloudWatch || kind == ComponentKind::Sqs;
}

// Collects connections in insertion order, merging roles of the same source → target.
class Builder
{
public:
    explicit Builder(size_t expected) { m_out.reserve(expected); m_index.reserve(qsizetype(expected)); }

    void add(const QString &source, const Component &target, const QString &role, Connection::Via via, int port = -1)
    {
        const QString id = source + QLatin1String("->") + target.id;
        if (Connection *existing = find(id)) {
            if (!existing->roles.contains(role))
                existing->roles.append(role);
            return;
        }
        // Many services connect to the same few targets: read their parameters once.
        auto facts = m_targets.constFind(&target);
        if (facts == m_targets.constEnd())
            facts = m_targets.insert(&target, TargetFacts{listenPort(target), schemeFor(target), tlsFor(target)});
        Connection c;
        c.id = id;
        c.source = source;
        c.target = target.id;
        c.protocol = QStringLiteral("tcp");
        c.port = port >= 0 ? port : facts->port;
        c.scheme = facts->scheme;
        c.tls = facts->tls;
        c.roles = {role};
        c.via = via;
        insert(std::move(c));
    }

    Connection *find(const QString &id)
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_out[size_t(it.value())];
    }

    void insert(Connection c)
    {
        m_index.insert(c.id, int(m_out.size()));
        m_out.push_back(std::move(c));
    }

    std::vector<Connection> take() { return std::move(m_out); }

private:
    struct TargetFacts
    {
        int port;
        QString scheme;
        bool tls;
    };
    std::vector<Connection> m_out;
    QHash<QString, int> m_index;
    QHash<const Component *, TargetFacts> m_targets;
};

void addExplicit(Builder &b, const Design &design, const Link &link)
{
    const Component *from = design.component(link.from);
    const Component *to = design.component(link.to);
    if (!from || !to)
        return;
    const int port = link.port > 0 ? link.port : listenPort(*to);
    const QString baseId = from->id + QLatin1String("->") + to->id;
    if (Connection *existing = b.find(baseId); existing && existing->port == port) {
        existing->origin = Connection::Origin::Explicit;
        if (!existing->roles.contains(QLatin1String("explicit")))
            existing->roles.append(QStringLiteral("explicit"));
        if (!link.purpose.isEmpty())
            existing->purpose = link.purpose;
        return;
    }
    Connection c;
    c.id = b.find(baseId) ? baseId + QLatin1Char(':') + QString::number(port) : baseId;
    if (b.find(c.id))
        return; // the same extra port drawn twice
    c.source = from->id;
    c.target = to->id;
    c.protocol = QStringLiteral("tcp");
    c.port = port;
    c.scheme = schemeFor(*to);
    c.tls = tlsFor(*to);
    c.roles = {QStringLiteral("explicit")};
    c.purpose = link.purpose.isEmpty() ? rolesPurpose(c.roles).toString() : link.purpose;
    c.origin = Connection::Origin::Explicit;
    const bool fromInVpc = !securityTier(from->kind).isEmpty();
    const bool toInVpc = !securityTier(to->kind).isEmpty();
    if (isAwsApi(to->kind))
        c.via = from->kind == ComponentKind::CloudFront && to->kind == ComponentKind::S3Bucket
            ? Connection::Via::OriginAccessControl : Connection::Via::Iam;
    else if (fromInVpc && toInVpc)
        c.via = Connection::Via::SecurityGroup;
    else
        c.via = Connection::Via::Public; // from outside the VPC into a tier: only a public rule lets it in
    b.insert(std::move(c));
}

} // namespace

std::vector<Connection> DerivedModel::deriveConnections(const Design &design)
{
    const Primaries p = index(design);
    Builder b(design.components().size() * 6 + 8);
    using Via = Connection::Via;
    const QString internet = internetEndpoint();

    // Edge and load balancer
    for (const Component *alb : p.albs) {
        // Behind CloudFront the load balancer takes requests from CloudFront only.
        if (alb->boolParam(QStringLiteral("internal")) || (!p.cloudfronts.empty() && alb == p.albs.front()))
            continue;
        b.add(internet, *alb, QStringLiteral("public"), Via::Public, 443);
        if (alb->boolParam(QStringLiteral("http_redirect"))) {
            Connection c;
            c.id = internet + QLatin1String("->") + alb->id + QLatin1String(":80");
            c.source = internet;
            c.target = alb->id;
            c.protocol = QStringLiteral("tcp");
            c.scheme = QStringLiteral("http");
            c.port = 80;
            c.roles = {QStringLiteral("redirect")};
            c.via = Via::Public;
            b.insert(std::move(c));
        }
    }
    const Component *alb = p.albs.empty() ? nullptr : p.albs.front();
    for (const Component *cf : p.cloudfronts) {
        if (alb)
            b.add(cf->id, *alb, QStringLiteral("origin"), Via::Public, 443);
        if (p.staticBucket)
            b.add(cf->id, *p.staticBucket, QStringLiteral("static"), Via::OriginAccessControl);
        if (p.mediaBucket)
            b.add(cf->id, *p.mediaBucket, QStringLiteral("media"), Via::OriginAccessControl);
    }
    if (alb) {
        for (const Component *web : p.webs)
            b.add(alb->id, *web, QStringLiteral("app"), Via::SecurityGroup);
    }

    // Database: through the first pgBouncer when there is one
    const Component *dbTarget = p.pgbouncer ? p.pgbouncer : p.rds;
    const bool sqsBroker = p.sqsBroker != nullptr;
    auto service = [&](const Component &svc, bool web, bool beat) {
        if (dbTarget)
            b.add(svc.id, *dbTarget, QStringLiteral("database"), Via::SecurityGroup);
        if (web && p.cacheRedis)
            b.add(svc.id, *p.cacheRedis, QStringLiteral("cache"), Via::SecurityGroup);
        if (web && p.sessionsRedis)
            b.add(svc.id, *p.sessionsRedis, QStringLiteral("sessions"), Via::SecurityGroup);
        if (sqsBroker)
            b.add(svc.id, *p.sqsBroker, QStringLiteral("broker"), Via::Iam);
        else if (p.brokerRedis)
            b.add(svc.id, *p.brokerRedis, QStringLiteral("broker"), Via::SecurityGroup);
        // Beat only publishes; it never reads task results.
        if (!beat && p.resultsRedis)
            b.add(svc.id, *p.resultsRedis, QStringLiteral("results"), Via::SecurityGroup);
        if (web && p.staticBucket)
            b.add(svc.id, *p.staticBucket, QStringLiteral("storage"), Via::Iam);
        if (!beat && p.mediaBucket)
            b.add(svc.id, *p.mediaBucket, QStringLiteral("storage"), Via::Iam);
        if (!web && !beat && p.backupsBucket)
            b.add(svc.id, *p.backupsBucket, QStringLiteral("storage"), Via::Iam);
    };
    for (const Component *c : p.webs)
        service(*c, true, false);
    for (const Component *c : p.workers)
        service(*c, false, false);
    for (const Component *c : p.beats)
        service(*c, false, true);
    if (p.rds) {
        for (const Component *pgb : p.pgbouncers)
            b.add(pgb->id, *p.rds, QStringLiteral("pool"), Via::SecurityGroup);
    }

    // Every Fargate task pulls its image, writes logs and reads its secrets.
    auto platform = [&](const std::vector<const Component *> &tasks) {
        for (const Component *t : tasks) {
            if (p.secrets)
                b.add(t->id, *p.secrets, QStringLiteral("secrets"), Via::Iam);
            if (p.ecr)
                b.add(t->id, *p.ecr, QStringLiteral("images"), Via::Iam);
            if (p.cloudwatch)
                b.add(t->id, *p.cloudwatch, QStringLiteral("logs"), Via::Iam);
        }
    };
    platform(p.webs);
    platform(p.workers);
    platform(p.beats);
    platform(p.pgbouncers);

    // EventBridge Scheduler reaches each schedule's target through its IAM role: ecs:RunTask of
    // a service's task definition, or sqs:SendMessage (model/schedule.h).
    for (const Component *sched : p.schedulers) {
        for (const ScheduleEntry &e : scheduleEntries(*sched)) {
            const Component *target = design.component(e.target);
            if (target && scheduleTargetKind(target->kind) != ScheduleEntry::Target::None)
                b.add(sched->id, *target, QStringLiteral("schedule"), Via::Iam, 443);
        }
    }

    // Explicit links: additions first, then suppressions of derived connections.
    const QList<Link> &links = design.links();
    for (const Link &l : links) {
        if (l.mode == Link::Mode::Add)
            addExplicit(b, design, l);
    }
    std::vector<Connection> result = b.take();
    bool anySuppressed = false;
    QSet<QString> suppressed;
    for (const Link &l : links) {
        if (l.mode == Link::Mode::Suppress) {
            suppressed.insert(l.from + QLatin1Char('\n') + l.to);
            suppressed.insert(l.to + QLatin1Char('\n') + l.from);
            anySuppressed = true;
        }
    }
    if (anySuppressed) {
        std::erase_if(result, [&](const Connection &c) {
            return !c.isExplicit() && suppressed.contains(c.source + QLatin1Char('\n') + c.target);
        });
    }
    // Few combinations of roles occur: share one purpose string per combination.
    QHash<QStringList, QString> purposes;
    for (Connection &c : result) {
        if (!c.purpose.isEmpty())
            continue;
        auto it = purposes.constFind(c.roles);
        if (it == purposes.constEnd())
            it = purposes.insert(c.roles, rolesPurpose(c.roles).toString());
        c.purpose = it.value();
    }
    return result;
}

} // namespace Infra
