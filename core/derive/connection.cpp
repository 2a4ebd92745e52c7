#include "connection.h"

namespace Infra {

QString internetEndpoint()
{
    // Parentheses keep it apart from every valid component id.
    return QStringLiteral("(internet)");
}

QString Connection::displayPurpose() const
{
    return purposeText.isEmpty() ? purpose : purposeText.translated();
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
    case ComponentKind::RdsPostgres: return QStringLiteral("db");
    case ComponentKind::ElastiCacheRedis: return QStringLiteral("redis");
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
                                      QStringLiteral("redis")};
    return tiers;
}

int listenPort(const Component &component)
{
    switch (component.kind) {
    case ComponentKind::EcsWeb: return int(component.intParam(QStringLiteral("container_port")));
    case ComponentKind::PgBouncer: return int(component.intParam(QStringLiteral("listen_port")));
    case ComponentKind::ElastiCacheRedis: return int(component.intParam(QStringLiteral("port")));
    case ComponentKind::RdsPostgres: return 5432;
    case ComponentKind::EcsWorker:
    case ComponentKind::EcsBeat:
        return 0; // workers and Beat listen on nothing
    case ComponentKind::CloudFront:
    case ComponentKind::Alb:
    case ComponentKind::S3Bucket:
    case ComponentKind::Ecr:
    case ComponentKind::SecretsManager:
    case ComponentKind::CloudWatch:
    case ComponentKind::Sqs: return 443;
    }
    return 443;
}

} // namespace Infra
