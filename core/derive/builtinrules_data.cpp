// Findings on the data stores and the edge: RDS, Aurora, ElastiCache Redis, S3 and CloudFront.
#include "builtinrules.h"
#include "derivedmodel.h"
#include "findingrules.h"

#include "model/design.h"
#include "model/engineversions.h"
#include "model/postgresparameters.h"
#include "model/schedule.h"

#include <tuple>

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

// Aurora PostgreSQL: the RDS rules' counterparts for a cluster (no Multi-AZ flag: a reader in
// another zone is the failover target), and the Serverless v2 pause.
template <typename VersionRule>
void addAuroraRules(FindingRules &rules, const VersionRule &versionRule)
{
    const auto aurora = ComponentKind::AuroraPostgres;
    rules.add(perComponent("aurora-failover", Severity::Error, "Aurora has a reader to fail over to in production", aurora,
                           [](const Design &d, const Component &c, std::vector<Finding> &out) {
        if (d.isProduction() && c.intParam(QStringLiteral("readers")) < 1)
            out.push_back(finding("aurora-failover", Severity::Error, c,
                                  trText("Infra::Rules", "Aurora %1 has no reader in a production design: when the writer or its zone fails, the cluster waits for a new instance instead of failing over to a reader").arg(c.id),
                                  trText("Infra::Rules", "Set readers to 1 or more on %1 (a reader in another zone is promoted in about 30 seconds)").arg(c.id)));
    }));
    rules.add(perComponent("aurora-storage-encrypted", Severity::Error, "Aurora storage is encrypted", aurora,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("storage_encrypted")))
            out.push_back(finding("aurora-storage-encrypted", Severity::Error, c,
                                  trText("Infra::Rules", "Aurora %1 stores its cluster volume, backups and snapshots unencrypted").arg(c.id),
                                  trText("Infra::Rules", "Set storage_encrypted to true on %1 (an existing cluster needs a restore from an encrypted snapshot)").arg(c.id)));
    }));
    rules.add(perComponent("aurora-publicly-accessible", Severity::Error, "Aurora is not publicly accessible", aurora,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (c.boolParam(QStringLiteral("publicly_accessible")))
            out.push_back(finding("aurora-publicly-accessible", Severity::Error, c,
                                  trText("Infra::Rules", "Aurora %1 gives its instances public addresses").arg(c.id),
                                  trText("Infra::Rules", "Set publicly_accessible to false on %1; reach it through pgBouncer or a bastion").arg(c.id)));
    }));
    rules.add(perComponent("aurora-deletion-protection", Severity::Warning, "Aurora has deletion protection", aurora,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("deletion_protection")))
            out.push_back(finding("aurora-deletion-protection", Severity::Warning, c,
                                  trText("Infra::Rules", "Aurora %1 can be deleted through the API").arg(c.id),
                                  trText("Infra::Rules", "Set deletion_protection to true on %1").arg(c.id)));
    }));
    rules.add(perComponent("aurora-backup-retention", Severity::Warning, "Aurora keeps backups at least 7 days", aurora,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        const qint64 days = c.intParam(QStringLiteral("backup_retention_days"));
        if (days < 7)
            out.push_back(finding("aurora-backup-retention", Severity::Warning, c,
                                  trText("Infra::Rules", "Aurora %1 keeps backups %2 days, under 7").arg(c.id).arg(days),
                                  trText("Infra::Rules", "Set backup_retention_days to 7 or more on %1").arg(c.id)));
    }));
    rules.add(perComponent("aurora-serverless-pause", Severity::Warning, "Aurora Serverless v2 does not pause in production", aurora,
                           [](const Design &d, const Component &c, std::vector<Finding> &out) {
        if (d.isProduction() && c.stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2")
            && c.doubleParam(QStringLiteral("min_acu")) <= 0)
            out.push_back(finding("aurora-serverless-pause", Severity::Warning, c,
                                  trText("Infra::Rules", "Aurora %1 may pause at 0 ACU in a production design: the first request after an idle spell waits for the instance to resume").arg(c.id),
                                  trText("Infra::Rules", "Set min_acu to 0.5 or more on %1").arg(c.id)));
    }));
    rules.add(perComponent("aurora-engine-version", Severity::Error, "Aurora runs a PostgreSQL version AWS creates", aurora,
                           versionRule("aurora-engine-version", "aurora-postgresql")));
    rules.add(perComponent("aurora-parameter-override", Severity::Error, "Aurora parameter overrides fit their unit and range", aurora,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        const QVariantMap overrides = c.param(QStringLiteral("parameters")).toMap();
        const QString cls = c.stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2") ? QString() : c.stringParam(QStringLiteral("instance_class"));
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            const QString problem = checkPostgresValue(it.key(), it.value().toString(), cls);
            if (!problem.isEmpty())
                out.push_back(finding("aurora-parameter-override", Severity::Error, c,
                                      trText("Infra::Rules", "Aurora %1: the parameter override %2 fails: %3").arg(c.id, it.key(), problem),
                                      trText("Infra::Rules", "Correct or remove the override %2 on %1 (see docs/aws-constraints.md for the units)").arg(c.id, it.key())));
        }
    }));
}

// The Celery queues a design has: what workers consume and routes name (the SQS queues the
// Terraform module creates).
QStringList celeryQueues(const Design &d)
{
    QStringList queues;
    for (const Component &w : d.components())
        if (w.kind == ComponentKind::EcsWorker)
            queues += w.listParam(QStringLiteral("queues"));
    for (const CeleryRoute &r : d.routes())
        queues.append(r.queue);
    queues.removeDuplicates();
    return queues;
}

// The three schedule rules share one pass; each keeps the findings of its own id.
void checkSchedules(const Design &d, const Component &c, std::vector<Finding> &all)
{
    std::vector<Finding> &out = all;
    const std::vector<ScheduleEntry> entries = scheduleEntries(c);
    if (c.param(QStringLiteral("schedules")).toMap().isEmpty())
        out.push_back(finding("scheduler-no-schedules", Severity::Warning, c,
                              trText("Infra::Rules", "EventBridge Scheduler %1 has no schedules").arg(c.id),
                              trText("Infra::Rules", "Add schedules to %1 (name: \"cron(0 3 * * ? *) -> worker: python manage.py clearsessions\"), or remove it").arg(c.id)));
    for (const ScheduleEntry &e : entries) {
        const Component *target = d.component(e.target);
        const ScheduleEntry::Target kind = target ? scheduleTargetKind(target->kind) : ScheduleEntry::Target::None;
        if (kind == ScheduleEntry::Target::None) {
            out.push_back(finding("scheduler-target-missing", Severity::Error, c,
                                  trText("Infra::Rules", "Schedule %1 of %2 targets %3, which is not an ECS web or worker service or an SQS component of the design").arg(e.name, c.id, e.target),
                                  trText("Infra::Rules", "Point schedule %1 at a worker service (RunTask) or at sqs/QUEUE").arg(e.name)));
            continue;
        }
        if (kind == ScheduleEntry::Target::SqsMessage) {
            if (e.queue.isEmpty() || !celeryQueues(d).contains(e.queue))
                out.push_back(finding("scheduler-target-missing", Severity::Error, c,
                                      trText("Infra::Rules", "Schedule %1 of %2 sends to queue '%3', which the design does not create").arg(e.name, c.id, e.queue),
                                      trText("Infra::Rules", "Name one of the Celery queues after %1/ (%2)").arg(e.target, celeryQueues(d).join(QStringLiteral(", ")))));
            else if (target->boolParam(QStringLiteral("broker")))
                out.push_back(finding("scheduler-celery-message", Severity::Warning, c,
                                      trText("Infra::Rules", "Schedule %1 of %2 puts a plain message on the Celery queue %3: Celery workers expect their own message format and reject it").arg(e.name, c.id, e.queue),
                                      trText("Infra::Rules", "Run the task from an ECS schedule instead (celery -A app call TASK), or give the queue a consumer that reads plain messages")));
        }
    }
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

    addAuroraRules(rules, versionRule);

    // EventBridge Scheduler (issue 17).
    for (const auto &[id, severity, title] : {std::tuple{"scheduler-target-missing", Severity::Error, "Every schedule reaches a target of the design"},
                                              std::tuple{"scheduler-no-schedules", Severity::Warning, "A scheduler has schedules"},
                                              std::tuple{"scheduler-celery-message", Severity::Warning, "Schedules send Celery queues no plain messages"}}) {
        const QString rule = QString::fromLatin1(id);
        rules.add(perComponent(id, severity, title, ComponentKind::EventBridgeScheduler,
                               [rule](const Design &d, const Component &c, std::vector<Finding> &out) {
            std::vector<Finding> found;
            checkSchedules(d, c, found);
            for (Finding &f : found)
                if (f.ruleId == rule)
                    out.push_back(std::move(f));
        }));
    }
    rules.add(make("scheduler-and-beat", Severity::Info, "Periodic jobs live in one scheduler",
                   [](const Design &d, const DerivedModel &, std::vector<Finding> &out) {
        const Component *beat = nullptr, *scheduler = nullptr;
        for (const Component &c : d.components()) {
            if (c.kind == ComponentKind::EcsBeat && !beat)
                beat = &c;
            if (c.kind == ComponentKind::EventBridgeScheduler && !scheduler)
                scheduler = &c;
        }
        if (beat && scheduler)
            out.push_back(finding("scheduler-and-beat", Severity::Info, *scheduler,
                                  trText("Infra::Rules", "Celery Beat %1 and EventBridge Scheduler %2 both run periodic jobs").arg(beat->id, scheduler->id),
                                  trText("Infra::Rules", "Keep each job in one of them, or it runs twice; jobs across services belong in %1").arg(scheduler->id)));
    }));

    // MemoryDB (issue 17): durable, so meant for the roles that must survive a failure.
    const auto memorydb = ComponentKind::MemoryDb;
    rules.add(perComponent("memorydb-plain-cache", Severity::Warning, "MemoryDB holds data that needs durability", memorydb,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        const QStringList roles = c.listParam(QStringLiteral("roles"));
        bool plain = !roles.isEmpty();
        for (const QString &r : roles)
            plain = plain && (r == QLatin1String("cache") || r == QLatin1String("sessions"));
        if (plain)
            out.push_back(finding("memorydb-plain-cache", Severity::Warning, c,
                                  trText("Infra::Rules", "MemoryDB %1 is used as a plain cache (%2): its durable log and node prices buy nothing data that can be rebuilt needs").arg(c.id, roles.join(QStringLiteral(", "))),
                                  trText("Infra::Rules", "Move the cache and sessions to ElastiCache Redis, or give %1 the Celery broker or results").arg(c.id)));
    }));
    rules.add(perComponent("memorydb-single-shard", Severity::Warning, "MemoryDB clients get one shard", memorydb,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (c.intParam(QStringLiteral("shards")) > 1 && !c.listParam(QStringLiteral("roles")).isEmpty())
            out.push_back(finding("memorydb-single-shard", Severity::Warning, c,
                                  trText("Infra::Rules", "MemoryDB %1 has %2 shards: Celery's Redis transport and Django's cache client do not follow cluster redirects").arg(c.id).arg(c.intParam(QStringLiteral("shards"))),
                                  trText("Infra::Rules", "Set shards to 1 on %1 and scale with a larger node type").arg(c.id)));
    }));
    // One shard with replicas: the cluster endpoint speaks the cluster protocol and may hand a
    // connection to a replica, and a replica answers every command of a client that does not
    // follow redirects with MOVED (Redis 7 in cluster mode on loopback, 2026-12-04: SET and GET
    // on the replica both answer "MOVED <slot> <primary>"). Celery's Redis transport and
    // django-redis's default client follow none. (More shards: memorydb-single-shard.)
    // https://docs.aws.amazon.com/memorydb/latest/devguide/nodes-connecting.html
    rules.add(perComponent("memorydb-cluster-endpoint", Severity::Error, "MemoryDB's clients only reach its primary", memorydb,
                           [](const Design &d, const Component &c, std::vector<Finding> &out) {
        const QStringList roles = c.listParam(QStringLiteral("roles"));
        const qint64 replicas = c.intParam(QStringLiteral("replicas_per_shard"));
        if (roles.isEmpty() || replicas < 1 || c.intParam(QStringLiteral("shards")) > 1)
            return;
        out.push_back(finding("memorydb-cluster-endpoint", d.isProduction() ? Severity::Error : Severity::Warning, c,
                              trText("Infra::Rules", "MemoryDB %1 has %2 replica(s) behind its cluster endpoint: a connection that lands on a replica gets MOVED for every command, and Celery's Redis transport and django-redis (%3) do not follow cluster redirects").arg(c.id).arg(replicas).arg(roles.join(QStringLiteral(", "))),
                              trText("Infra::Rules", "Move the roles of %1 to ElastiCache Redis (its primary endpoint always names the primary), or set replicas_per_shard to 0 on %1 and accept a node rebuilt from the durable log when it fails").arg(c.id)));
    }));
    rules.add(perComponent("memorydb-tls", Severity::Warning, "MemoryDB encrypts connections", memorydb,
                           [](const Design &, const Component &c, std::vector<Finding> &out) {
        if (!c.boolParam(QStringLiteral("tls")))
            out.push_back(finding("memorydb-tls", Severity::Warning, c,
                                  trText("Infra::Rules", "Clients talk to MemoryDB %1 in plain text, passwords included").arg(c.id),
                                  trText("Infra::Rules", "Set tls to true on %1").arg(c.id)));
    }));
    rules.add(perComponent("memorydb-replica", Severity::Warning, "MemoryDB has a replica per shard in production", memorydb,
                           [](const Design &d, const Component &c, std::vector<Finding> &out) {
        if (d.isProduction() && c.intParam(QStringLiteral("replicas_per_shard")) < 1)
            // With roles the exported clients (Celery, django-redis) follow no cluster redirect,
            // and a replica behind the cluster endpoint breaks them (memorydb-cluster-endpoint):
            // the fix is then ElastiCache's failover, not a MemoryDB replica.
            out.push_back(finding("memorydb-replica", Severity::Warning, c,
                                  trText("Infra::Rules", "MemoryDB %1 has no replica: a node failure keeps the data but stops the shard until a node is rebuilt from the log").arg(c.id),
                                  c.listParam(QStringLiteral("roles")).isEmpty()
                                      ? trText("Infra::Rules", "Set replicas_per_shard to 1 on %1 (failover in seconds)").arg(c.id)
                                      : trText("Infra::Rules", "Accept the rebuild, or move the roles of %1 to ElastiCache Redis with a replica and automatic failover: a MemoryDB replica would break the exported clients, which follow no cluster redirect (memorydb-cluster-endpoint)").arg(c.id)));
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
        if (!d.isNewVpc())
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
        if (!d.isNewVpc() || d.value(Section::Network, QStringLiteral("az_count")).toLongLong() != 1)
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
