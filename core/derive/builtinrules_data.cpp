// Findings on the data stores and the edge: RDS, ElastiCache Redis, S3 and CloudFront.
#include "builtinrules.h"
#include "derivedmodel.h"
#include "findingrules.h"

#include "model/design.h"
#include "model/engineversions.h"
#include "model/postgresparameters.h"

namespace Infra::BuiltinRules {

namespace {

Finding finding(const char *rule, Severity severity, const Component &c, Text message, Text fix)
{
    return Finding::make(QString::fromLatin1(rule), severity, c.id, std::move(message), std::move(fix));
}

// A rule that looks at each component of one kind on its own.
FindingRule perComponent(const char *id, Severity severity, const char *title, ComponentKind kind,
                         std::function<void(const Design &, const Component &, std::vector<Finding> &)> check)
{
    return make(id, severity, title, [kind, check](const Design &d, const DerivedModel &, std::vector<Finding> &out) {
        for (const Component &c : d.components()) {
            if (c.kind == kind)
                check(d, c, out);
        }
    });
}

} // namespace

void addDataRules(FindingRules &rules)
{
    const auto rds = ComponentKind::RdsPostgres;
    rules.add(perComponent("rds-multi-az", Severity::Error, "RDS is Multi-AZ in production", rds,
                           [](const Design &d, const Component &c, std::vector<Finding> &out) {
        if (d.isProduction() && !c.boolParam(QStringLiteral("multi_az")))
            out.push_back(finding("rds-multi-az", Severity::Error, c,
                                  trText("Infra::Rules", "RDS %1 is not Multi-AZ in a production design: a zone failure takes the database down").arg(c.id),
                                  trText("Infra::Rules", "Set multi_az to true on %1 (automatic failover to a standby in another zone)").arg(c.id)));
    }));
    rules.add(perComponent("rds-storage-encrypted", Severity::Error, "RDS storage is encrypted", rds,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("storage_encrypted")))
            out.push_back(finding("rds-storage-encrypted", Severity::Error, c,
                                  trText("Infra::Rules", "RDS %1 stores data, backups and snapshots unencrypted").arg(c.id),
                                  trText("Infra::Rules", "Set storage_encrypted to true on %1 (needs a new instance from an encrypted snapshot when it exists)").arg(c.id)));
    }));
    rules.add(perComponent("rds-publicly-accessible", Severity::Error, "RDS is not publicly accessible", rds,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (c.boolParam(QStringLiteral("publicly_accessible")))
            out.push_back(finding("rds-publicly-accessible", Severity::Error, c,
                                  trText("Infra::Rules", "RDS %1 has a public address").arg(c.id),
                                  trText("Infra::Rules", "Set publicly_accessible to false on %1; reach it through pgBouncer or a bastion").arg(c.id)));
    }));
    rules.add(perComponent("rds-deletion-protection", Severity::Warning, "RDS has deletion protection", rds,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("deletion_protection")))
            out.push_back(finding("rds-deletion-protection", Severity::Warning, c,
                                  trText("Infra::Rules", "RDS %1 can be deleted through the API").arg(c.id),
                                  trText("Infra::Rules", "Set deletion_protection to true on %1").arg(c.id)));
    }));
    rules.add(perComponent("rds-backup-retention", Severity::Warning, "RDS keeps backups at least 7 days", rds,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        const qint64 days = c.intParam(QStringLiteral("backup_retention_days"));
        if (days < 7)
            out.push_back(finding("rds-backup-retention", Severity::Warning, c,
                                  days == 0 ? trText("Infra::Rules", "RDS %1 has automated backups disabled").arg(c.id)
                                            : trText("Infra::Rules", "RDS %1 keeps backups %2 days, under 7").arg(c.id).arg(days),
                                  trText("Infra::Rules", "Set backup_retention_days to 7 or more on %1").arg(c.id)));
    }));

    // Engine versions AWS still creates (dated catalog data in model/engineversions).
    const auto versionRule = [](const char *id, const char *engine) {
        return [id, engine](const Design &, const Component &c, std::vector<Finding> &out) {
            const QString version = c.stringParam(QStringLiteral("engine_version"));
            const EngineVersionStatus s = engineVersionStatus(QString::fromLatin1(engine), version);
            const QString newest = supportedEngineVersions(QString::fromLatin1(engine)).constFirst();
            if (s.support == EngineVersionStatus::Support::Unsupported)
                out.push_back(finding(id, Severity::Error, c,
                                      trText("Infra::Rules", "%1 asks for engine version %2, which AWS no longer creates (catalog of %3)").arg(c.id, version, engineCatalogDate()),
                                      trText("Infra::Rules", "Set engine_version on %1 to a supported version, for example %2").arg(c.id, newest)));
            else if (s.support == EngineVersionStatus::Support::Deprecated)
                out.push_back(finding(id, Severity::Warning, c,
                                      trText("Infra::Rules", "%1 runs engine version %2, past AWS standard support: Extended Support is charged (catalog of %3)").arg(c.id, version, engineCatalogDate()),
                                      trText("Infra::Rules", "Plan the upgrade of %1 to %2").arg(c.id, newest)));
        };
    };
    rules.add(perComponent("rds-engine-version", Severity::Error, "RDS runs a PostgreSQL version AWS creates", rds, versionRule("rds-engine-version", "postgres")));
    rules.add(perComponent("redis-engine-version", Severity::Error, "ElastiCache runs a Redis OSS version AWS creates", ComponentKind::ElastiCacheRedis,
                           versionRule("redis-engine-version", "redis")));
    // Parameter overrides by unit: shared_buffers counts 8 kB pages, wal_buffers takes an
    // integer, formulas are evaluated against the instance class's memory.
    rules.add(perComponent("rds-parameter-override", Severity::Error, "RDS parameter overrides fit their unit and range", rds,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        const QVariantMap overrides = c.param(QStringLiteral("parameters")).toMap();
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            const QString problem = checkPostgresValue(it.key(), it.value().toString(), c.stringParam(QStringLiteral("instance_class")));
            if (!problem.isEmpty())
                out.push_back(finding("rds-parameter-override", Severity::Error, c,
                                      trText("Infra::Rules", "RDS %1: the parameter override %2 fails: %3").arg(c.id, it.key(), problem),
                                      trText("Infra::Rules", "Correct or remove the override %2 on %1 (see docs/aws-constraints.md for the units)").arg(c.id, it.key())));
        }
    }));

    const auto redis = ComponentKind::ElastiCacheRedis;
    rules.add(perComponent("redis-automatic-failover", Severity::Warning, "Redis fails over automatically", redis,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        const bool failover = c.boolParam(QStringLiteral("automatic_failover"));
        const qint64 replicas = c.intParam(QStringLiteral("replicas"));
        if (!failover || replicas < 1)
            out.push_back(finding("redis-automatic-failover", Severity::Warning, c,
                                  !failover ? trText("Infra::Rules", "Redis %1 has automatic failover off").arg(c.id)
                                            : trText("Infra::Rules", "Redis %1 has automatic failover on but no replica to promote").arg(c.id),
                                  trText("Infra::Rules", "Set replicas to 1 or more and automatic_failover to true on %1").arg(c.id)));
    }));
    rules.add(perComponent("redis-encryption-at-rest", Severity::Warning, "Redis encrypts data at rest", redis,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("at_rest_encryption")))
            out.push_back(finding("redis-encryption-at-rest", Severity::Warning, c,
                                  trText("Infra::Rules", "Redis %1 keeps data and snapshots unencrypted on disk").arg(c.id),
                                  trText("Infra::Rules", "Set at_rest_encryption to true on %1").arg(c.id)));
    }));
    rules.add(perComponent("redis-encryption-in-transit", Severity::Warning, "Redis encrypts data in transit", redis,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("transit_encryption")))
            out.push_back(finding("redis-encryption-in-transit", Severity::Warning, c,
                                  trText("Infra::Rules", "Clients talk to Redis %1 in plain text (redis://)").arg(c.id),
                                  trText("Infra::Rules", "Set transit_encryption to true on %1 (clients use rediss://)").arg(c.id)));
    }));
    rules.add(perComponent("redis-auth", Severity::Warning, "Redis requires an AUTH token", redis,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        const bool auth = c.boolParam(QStringLiteral("auth_token"));
        const bool tls = c.boolParam(QStringLiteral("transit_encryption"));
        if (!auth)
            out.push_back(finding("redis-auth", Severity::Warning, c,
                                  trText("Infra::Rules", "Redis %1 accepts clients without an AUTH token").arg(c.id),
                                  trText("Infra::Rules", "Set auth_token to true on %1 (the token is kept in Secrets Manager)").arg(c.id)));
        else if (!tls)
            out.push_back(finding("redis-auth", Severity::Error, c,
                                  trText("Infra::Rules", "Redis %1 asks for an AUTH token without encryption in transit, which ElastiCache refuses").arg(c.id),
                                  trText("Infra::Rules", "Set transit_encryption to true on %1").arg(c.id)));
    }));

    const auto s3 = ComponentKind::S3Bucket;
    rules.add(perComponent("s3-public-access-block", Severity::Error, "S3 buckets block public access", s3,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("block_public_access")))
            out.push_back(finding("s3-public-access-block", Severity::Error, c,
                                  trText("Infra::Rules", "S3 bucket %1 does not block public access").arg(c.id),
                                  trText("Infra::Rules", "Set block_public_access to true on %1; CloudFront reads it through origin access control").arg(c.id)));
    }));
    rules.add(perComponent("s3-encryption", Severity::Warning, "S3 buckets encrypt objects", s3,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (c.stringParam(QStringLiteral("encryption")) == QLatin1String("none"))
            out.push_back(finding("s3-encryption", Severity::Warning, c,
                                  trText("Infra::Rules", "S3 bucket %1 has no server-side encryption").arg(c.id),
                                  trText("Infra::Rules", "Set encryption to SSE-S3 (or SSE-KMS) on %1").arg(c.id)));
    }));

    // One NAT gateway for several AZs: cheaper, and a zone outage cuts every private subnet off.
    rules.add(FindingRule{QStringLiteral("nat-single-gateway"), Severity::Warning, QStringLiteral("One NAT gateway is a stated trade-off"),
                          [](const Design &d, const DerivedModel &, std::vector<Finding> &out) {
        if (d.value(Section::Network, QStringLiteral("mode")).toString() != QLatin1String("new_vpc"))
            return;
        const qint64 azs = d.value(Section::Network, QStringLiteral("az_count")).toLongLong();
        if (d.value(Section::Network, QStringLiteral("nat_gateways")).toLongLong() == 1 && azs > 1)
            out.push_back(Finding::make(QStringLiteral("nat-single-gateway"), d.isProduction() ? Severity::Warning : Severity::Info, QString(),
                                        trText("Infra::Rules", "One NAT gateway serves all %1 Availability Zones: it saves a gateway per zone, but when its zone fails the private subnets of the others lose internet access (and cross-zone traffic is charged)").arg(azs),
                                        trText("Infra::Rules", "Set nat_gateways to the AZ count for one gateway per zone, or keep one and accept the trade-off")));
    }});
    // One AZ: a cheap non-production design is allowed, with the risk stated; production is not.
    rules.add(FindingRule{QStringLiteral("single-az"), Severity::Error, QStringLiteral("Production spans at least two Availability Zones"),
                          [](const Design &d, const DerivedModel &, std::vector<Finding> &out) {
        if (d.value(Section::Network, QStringLiteral("mode")).toString() != QLatin1String("new_vpc")
            || d.value(Section::Network, QStringLiteral("az_count")).toLongLong() != 1)
            return;
        if (d.isProduction())
            out.push_back(Finding::make(QStringLiteral("single-az"), Severity::Error, QString(),
                                        trText("Infra::Rules", "A production design in one Availability Zone stops completely when that zone fails"),
                                        trText("Infra::Rules", "Set az_count to 2 or more for production")));
        else
            out.push_back(Finding::make(QStringLiteral("single-az"), Severity::Warning, QString(),
                                        trText("Infra::Rules", "The %1 environment runs in one Availability Zone: cheaper (one NAT gateway, no cross-zone traffic), but a zone outage stops it. The subnets still span two zones, as the load balancer and the RDS subnet group require").arg(d.environment()),
                                        trText("Infra::Rules", "Accept the risk outside production, or set az_count to 2")));
    }});
    rules.add(perComponent("alarm-endpoint", Severity::Warning, "Alarms reach someone", ComponentKind::CloudWatch,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (c.boolParam(QStringLiteral("alarms")) && c.stringParam(QStringLiteral("alarm_email")).trimmed().isEmpty())
            out.push_back(finding("alarm-endpoint", Severity::Warning, c,
                                  trText("Infra::Rules", "%1 raises alarms that nobody receives: alarm_email is empty, so the alarm topic has no subscription").arg(c.id),
                                  trText("Infra::Rules", "Set alarm_email on %1 (or the Terraform variable alarm_email), or subscribe your paging tool to the alarm topic").arg(c.id)));
    }));
    rules.add(perComponent("cloudfront-https", Severity::Error, "CloudFront redirects HTTP to HTTPS", ComponentKind::CloudFront,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (c.stringParam(QStringLiteral("viewer_protocol_policy")) == QLatin1String("allow-all"))
            out.push_back(finding("cloudfront-https", Severity::Error, c,
                                  trText("Infra::Rules", "CloudFront %1 serves plain HTTP (viewer protocol allow-all)").arg(c.id),
                                  trText("Infra::Rules", "Set viewer_protocol_policy to redirect-to-https on %1").arg(c.id)));
    }));
}

} // namespace Infra::BuiltinRules
