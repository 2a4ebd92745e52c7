#include "connection.h"

#include <QHash>

namespace Infra {

QString internetEndpoint()
{
    // Parentheses keep it apart from every valid component id.
    return QStringLiteral("(internet)");
}

namespace {

// The human text of a machine-readable role ("cache" → "Django cache").
Text roleText(const QString &role)
{
    static const QHash<QString, Text> texts = {
        {QStringLiteral("public"), trText("Infra::Connections", "HTTPS from the internet")},
        {QStringLiteral("redirect"), trText("Infra::Connections", "HTTP from the internet, redirected to HTTPS")},
        {QStringLiteral("origin"), trText("Infra::Connections", "CloudFront origin (API and pages)")},
        {QStringLiteral("static"), trText("Infra::Connections", "static files")},
        {QStringLiteral("media"), trText("Infra::Connections", "media files")},
        {QStringLiteral("backups"), trText("Infra::Connections", "backups")},
        {QStringLiteral("app"), trText("Infra::Connections", "HTTP to the application server")},
        {QStringLiteral("database"), trText("Infra::Connections", "Django ORM database connections")},
        {QStringLiteral("pool"), trText("Infra::Connections", "pooled server connections")},
        {QStringLiteral("cache"), trText("Infra::Connections", "Django cache")},
        {QStringLiteral("sessions"), trText("Infra::Connections", "sessions")},
        {QStringLiteral("broker"), trText("Infra::Connections", "Celery broker")},
        {QStringLiteral("results"), trText("Infra::Connections", "Celery result backend")},
        {QStringLiteral("storage"), trText("Infra::Connections", "object storage")},
        {QStringLiteral("secrets"), trText("Infra::Connections", "secrets")},
        {QStringLiteral("images"), trText("Infra::Connections", "container image pulls")},
        {QStringLiteral("logs"), trText("Infra::Connections", "logs and metrics")},
        {QStringLiteral("explicit"), trText("Infra::Connections", "drawn by the architect")},
        {QStringLiteral("schedule"), trText("Infra::Connections", "scheduled jobs")},
    };
    const auto it = texts.constFind(role);
    return it == texts.constEnd() ? Text::plain(role) : it.value();
}

} // namespace

Text rolesPurpose(const QStringList &roles)
{
    Text purpose;
    for (const QString &r : roles) {
        //: Joins the purposes a connection serves: "Django cache, sessions, Celery broker".
        purpose =
            purpose.isEmpty() ? roleText(r) : trText("Infra::Connections", "%1, %2").arg(purpose).arg(roleText(r));
    }
    return purpose;
}

Text Connection::purposeText() const
{
    Text text = rolesPurpose(roles);
    return text.toString() == purpose ? text : Text::plain(purpose);
}

QString viaName(Connection::Via via)
{
    switch (via) {
    case Connection::Via::SecurityGroup: return QStringLiteral("security_group");
    case Connection::Via::Iam: return QStringLiteral("iam");
    case Connection::Via::OriginAccessControl: return QStringLiteral("origin_access_control");
    case Connection::Via::Public: return QStringLiteral("public");
    }
    return {};
}

QString originName(Connection::Origin origin)
{
    return origin == Connection::Origin::Explicit ? QStringLiteral("explicit") : QStringLiteral("derived");
}

QString securityTier(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Alb: return QStringLiteral("alb");
    case ComponentKind::EcsWeb: return QStringLiteral("web");
    case ComponentKind::EcsWorker: return QStringLiteral("worker");
    case ComponentKind::EcsBeat: return QStringLiteral("beat");
    case ComponentKind::PgBouncer: return QStringLiteral("pgbouncer");
    case ComponentKind::RdsPostgres:
    case ComponentKind::AuroraPostgres: return QStringLiteral("db");
    case ComponentKind::ElastiCacheRedis: return QStringLiteral("redis");
    case ComponentKind::MemoryDb: return QStringLiteral("memorydb");
    case ComponentKind::EventBridgeScheduler:
    case ComponentKind::CloudFront:
    case ComponentKind::S3Bucket:
    case ComponentKind::Ecr:
    case ComponentKind::SecretsManager:
    case ComponentKind::CloudWatch:
    case ComponentKind::Sqs: return {};
    }
    return {};
}

const QStringList &securityTiers()
{
    static const QStringList tiers = {QStringLiteral("alb"), QStringLiteral("web"), QStringLiteral("worker"),
                                      QStringLiteral("beat"), QStringLiteral("pgbouncer"), QStringLiteral("db"),
                                      QStringLiteral("redis"), QStringLiteral("memorydb")};
    return tiers;
}

int listenPort(const Component &component)
{
    switch (component.kind) {
    case ComponentKind::EcsWeb: return int(component.intParam(QStringLiteral("container_port")));
    case ComponentKind::PgBouncer: return int(component.intParam(QStringLiteral("listen_port")));
    case ComponentKind::ElastiCacheRedis:
    case ComponentKind::MemoryDb: return int(component.intParam(QStringLiteral("port")));
    case ComponentKind::RdsPostgres:
    case ComponentKind::AuroraPostgres: return 5432;
    case ComponentKind::EcsWorker:
    case ComponentKind::EcsBeat:
        return 0; // workers and Beat listen on nothing
    case ComponentKind::CloudFront:
    case ComponentKind::Alb:
    case ComponentKind::S3Bucket:
    case ComponentKind::Ecr:
    case ComponentKind::SecretsManager:
    case ComponentKind::CloudWatch:
    case ComponentKind::EventBridgeScheduler:
    case ComponentKind::Sqs: return 443;
    }
    return 443;
}

} // namespace Infra
