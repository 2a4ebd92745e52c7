#include "terraformemitter.h"

#include "terraformcontext.h"

#include "model/instancetypes.h"
#include "model/postgresparameters.h"

#include <QMap>
#include <QSet>

namespace Infra {

namespace {

HclValue s(const QString &text) { return HclValue::literal(text); }
HclValue r(const QString &expression) { return HclValue::raw(expression); }

QString major(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0);
}

// PostgreSQL parameters that only take effect after a reboot (the parameter table's static
// ones); RDS refuses apply_method "immediate" for them.
bool isStaticPostgresParameter(const QString &name)
{
    const PostgresParameter *p = postgresParameter(name);
    return p && p->isStatic;
}

} // namespace

void TerraformEmitter::addEnhancedMonitoringRole(HclFile &f, const QString &name, const QString &id)
{
    HclBlock role(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), name + QStringLiteral("_monitoring")});
    role.set(QStringLiteral("name"), TerraformContext::prefixed(id + QStringLiteral("-monitoring")));
    role.set(QStringLiteral("assume_role_policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
        {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
        {QStringLiteral("Statement"), HclValue::list({HclValue::object({
             {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
             {QStringLiteral("Action"), s(QStringLiteral("sts:AssumeRole"))},
             {QStringLiteral("Principal"), HclValue::object({{QStringLiteral("Service"), s(QStringLiteral("monitoring.rds.amazonaws.com"))}})},
         })})},
    })}));
    f.add(role);
    HclBlock attach(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy_attachment"), name + QStringLiteral("_monitoring")});
    attach.ref(QStringLiteral("role"), QStringLiteral("aws_iam_role.%1_monitoring.name").arg(name));
    attach.set(QStringLiteral("policy_arn"), "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole");
    f.add(attach);
}

QString TerraformEmitter::monitoringRoleArn(const QString &name)
{
    return QStringLiteral("aws_iam_role.%1_monitoring.arn").arg(name);
}

HclFile TerraformEmitter::rds(const TerraformContext &ctx)
{
    HclFile f;
    const Component *primary = ctx.database();
    const PoolCalculation &pools = ctx.derived().pools();
    for (const Component *db : ctx.all(ComponentKind::RdsPostgres)) {
        const QString name = TerraformContext::tfName(db->id);
        const QString version = db->stringParam(QStringLiteral("engine_version"));
        const QString family = QStringLiteral("postgres") + major(version);

        HclBlock subnets(QStringLiteral("resource"), {QStringLiteral("aws_db_subnet_group"), name});
        subnets.set(QStringLiteral("name"), TerraformContext::prefixed(db->id));
        subnets.ref(QStringLiteral("subnet_ids"), QStringLiteral("local.private_subnet_ids"));
        f.add(subnets);

        // max_connections: the explicit override, else the pool calculation's recommendation at
        // maximum scale. Memory settings follow from the instance class and that limit.
        qint64 maxConnections = db->intParam(QStringLiteral("max_connections"));
        if (maxConnections <= 0 && db == primary)
            maxConnections = pools.maxConnectionsSetting;
        const auto hardware = rdsInstanceClass(db->stringParam(QStringLiteral("instance_class")));
        if (maxConnections <= 0 && hardware)
            maxConnections = rdsDefaultMaxConnections(hardware->memoryGiB);
        QMap<QString, QString> parameters;
        if (maxConnections > 0)
            parameters.insert(QStringLiteral("max_connections"), QString::number(maxConnections));
        // shared_buffers and effective_cache_size count 8 kB pages: 25 % and 75 % of memory.
        parameters.insert(QStringLiteral("shared_buffers"), QStringLiteral("{DBInstanceClassMemory/32768}"));
        parameters.insert(QStringLiteral("effective_cache_size"), QStringLiteral("{DBInstanceClassMemory*3/32768}"));
        if (hardware) {
            const double memoryKiB = hardware->memoryGiB * 1024.0 * 1024.0;
            // work_mem (kB): a quarter of memory shared by every connection; at least 4 MB.
            if (maxConnections > 0)
                parameters.insert(QStringLiteral("work_mem"), QString::number(std::max<qint64>(4096, qint64(memoryKiB * 0.25 / double(maxConnections)))));
            // maintenance_work_mem (kB): memory / 16, at most 2 GB.
            parameters.insert(QStringLiteral("maintenance_work_mem"), QString::number(std::min<qint64>(2097152, qint64(memoryKiB / 16.0))));
        }
        const QVariantMap overrides = db->param(QStringLiteral("parameters")).toMap();
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            parameters.insert(it.key(), it.value().toString());

        HclBlock pg(QStringLiteral("resource"), {QStringLiteral("aws_db_parameter_group"), name});
        pg.set(QStringLiteral("name"), TerraformContext::prefixed(db->id + QLatin1Char('-') + family));
        pg.set(QStringLiteral("family"), HclValue::literal(family));
        pg.set(QStringLiteral("description"), HclValue::literal(QStringLiteral("PostgreSQL %1 parameters of %2").arg(major(version), db->id)));
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
            HclBlock p(QStringLiteral("parameter"));
            p.set(QStringLiteral("name"), HclValue::literal(it.key()));
            p.set(QStringLiteral("value"), HclValue::literal(it.value()));
            p.set(QStringLiteral("apply_method"), isStaticPostgresParameter(it.key()) ? "pending-reboot" : "immediate");
            pg.add(p);
        }
        HclBlock pgLife(QStringLiteral("lifecycle"));
        pgLife.set(QStringLiteral("create_before_destroy"), true);
        pg.add(pgLife);
        f.add(pg);

        const qint64 monitoring = db->intParam(QStringLiteral("monitoring_interval"));
        if (monitoring > 0)
            addEnhancedMonitoringRole(f, name, db->id);

        // The PostgreSQL and upgrade logs RDS exports, in log groups the module owns (with the
        // design's retention) before the instance creates them without one.
        // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html
        const QStringList exports = {QStringLiteral("postgresql"), QStringLiteral("upgrade")};
        // The groups of one instance (or, with `count`, of each replica): "<resource>_<type>",
        // named after the instance identifier; the references for its depends_on.
        const auto addExportGroups = [&](const QString &resource, const QString &identifier, qint64 count) {
            QList<HclValue> refs;
            for (const QString &type : exports) {
                HclBlock group(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), resource + QLatin1Char('_') + type});
                if (count > 0) {
                    group.set(QStringLiteral("count"), count);
                    group.blank();
                }
                group.set(QStringLiteral("name"), HclValue::string(QStringLiteral("/aws/rds/instance/%1/%2").arg(identifier, type)));
                group.set(QStringLiteral("retention_in_days"), ctx.retentionDays(QStringLiteral("database_log_retention_days")));
                f.add(group);
                refs.append(r(QStringLiteral("aws_cloudwatch_log_group.%1_%2").arg(resource, type)));
            }
            return refs;
        };
        const QList<HclValue> exportGroups = addExportGroups(name, QStringLiteral("${local.name_prefix}-") + db->id, 0);

        const QString storageType = db->stringParam(QStringLiteral("storage_type"));
        const qint64 storage = db->intParam(QStringLiteral("allocated_storage"));
        HclBlock inst(QStringLiteral("resource"), {QStringLiteral("aws_db_instance"), name});
        inst.set(QStringLiteral("identifier"), TerraformContext::prefixed(db->id));
        inst.set(QStringLiteral("engine"), "postgres");
        // The major version with automatic minor upgrades: RDS retires minor versions within
        // about a year, a pinned minor would stop being creatable (model/engineversions).
        inst.set(QStringLiteral("engine_version"), HclValue::literal(major(version)));
        inst.set(QStringLiteral("auto_minor_version_upgrade"), true);
        inst.set(QStringLiteral("instance_class"), HclValue::literal(db->stringParam(QStringLiteral("instance_class"))));
        inst.blank();
        inst.set(QStringLiteral("allocated_storage"), storage);
        if (const qint64 maxStorage = db->intParam(QStringLiteral("max_allocated_storage")); maxStorage > storage)
            inst.set(QStringLiteral("max_allocated_storage"), maxStorage);
        inst.set(QStringLiteral("storage_type"), HclValue::literal(storageType));
        // gp3 below 400 GB has its baseline 3,000 IOPS / 125 MiB/s and refuses explicit values.
        const bool provisioned = storageType == QLatin1String("io1") || storageType == QLatin1String("io2")
            || (storageType == QLatin1String("gp3") && storage >= 400);
        if (provisioned) {
            inst.set(QStringLiteral("iops"), db->intParam(QStringLiteral("iops")));
            if (storageType == QLatin1String("gp3"))
                inst.set(QStringLiteral("storage_throughput"), db->intParam(QStringLiteral("storage_throughput")));
        }
        inst.set(QStringLiteral("storage_encrypted"), db->boolParam(QStringLiteral("storage_encrypted")));
        inst.blank();
        inst.set(QStringLiteral("db_name"), HclValue::literal(db->stringParam(QStringLiteral("database_name"))));
        inst.set(QStringLiteral("username"), HclValue::literal(db->stringParam(QStringLiteral("database_name"))));
        inst.set(QStringLiteral("manage_master_user_password"), true);
        inst.blank();
        inst.set(QStringLiteral("multi_az"), db->boolParam(QStringLiteral("multi_az")));
        inst.ref(QStringLiteral("db_subnet_group_name"), QStringLiteral("aws_db_subnet_group.%1.name").arg(name));
        if (ctx.derived().securityGroup(QStringLiteral("db")))
            inst.set(QStringLiteral("vpc_security_group_ids"), HclValue::list({r(QStringLiteral("aws_security_group.db.id"))}));
        inst.set(QStringLiteral("publicly_accessible"), db->boolParam(QStringLiteral("publicly_accessible")));
        inst.ref(QStringLiteral("parameter_group_name"), QStringLiteral("aws_db_parameter_group.%1.name").arg(name));
        inst.blank();
        inst.set(QStringLiteral("backup_retention_period"), db->intParam(QStringLiteral("backup_retention_days")));
        inst.set(QStringLiteral("backup_window"), HclValue::literal(db->stringParam(QStringLiteral("backup_window"))));
        inst.set(QStringLiteral("maintenance_window"), HclValue::literal(db->stringParam(QStringLiteral("maintenance_window"))));
        inst.set(QStringLiteral("copy_tags_to_snapshot"), true);
        inst.set(QStringLiteral("deletion_protection"), db->boolParam(QStringLiteral("deletion_protection")));
        inst.set(QStringLiteral("skip_final_snapshot"), false);
        inst.set(QStringLiteral("final_snapshot_identifier"), TerraformContext::prefixed(db->id + QStringLiteral("-final")));
        inst.blank();
        inst.set(QStringLiteral("performance_insights_enabled"), db->boolParam(QStringLiteral("performance_insights")));
        inst.set(QStringLiteral("monitoring_interval"), monitoring);
        if (monitoring > 0)
            inst.ref(QStringLiteral("monitoring_role_arn"), monitoringRoleArn(name));
        inst.set(QStringLiteral("enabled_cloudwatch_logs_exports"), HclValue::stringList(exports));
        inst.blank();
        inst.set(QStringLiteral("depends_on"), HclValue::list(exportGroups));
        f.add(inst);

        if (const qint64 replicas = db->intParam(QStringLiteral("read_replicas")); replicas > 0) {
            // A replica exports its own logs, like its source: RDS creates read replicas with
            // their own EnableCloudwatchLogsExports ("the list of logs that the new DB instance
            // is to export to CloudWatch Logs"), which the provider sets from
            // enabled_cloudwatch_logs_exports; nothing is inherited from the source.
            // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html
            // The upgrade log too: a major version upgrade of the source upgrades its replicas.
            // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.MajorVersion.html
            const QString replicaId = QStringLiteral("${local.name_prefix}-%1-replica-${count.index + 1}").arg(db->id);
            const QList<HclValue> replicaGroups = addExportGroups(name + QStringLiteral("_replica"), replicaId, replicas);
            HclBlock rep(QStringLiteral("resource"), {QStringLiteral("aws_db_instance"), name + QStringLiteral("_replica")});
            rep.set(QStringLiteral("count"), replicas);
            rep.blank();
            rep.set(QStringLiteral("identifier"), HclValue::string(replicaId));
            rep.ref(QStringLiteral("replicate_source_db"), QStringLiteral("aws_db_instance.%1.identifier").arg(name));
            rep.set(QStringLiteral("instance_class"), HclValue::literal(db->stringParam(QStringLiteral("instance_class"))));
            // Storage autoscaling as the primary's: a replica starts with the source's storage,
            // and one that cannot grow with it stops replicating when it fills.
            if (const qint64 maxStorage = db->intParam(QStringLiteral("max_allocated_storage")); maxStorage > storage)
                rep.set(QStringLiteral("max_allocated_storage"), maxStorage);
            rep.set(QStringLiteral("storage_encrypted"), db->boolParam(QStringLiteral("storage_encrypted")));
            if (ctx.derived().securityGroup(QStringLiteral("db")))
                rep.set(QStringLiteral("vpc_security_group_ids"), HclValue::list({r(QStringLiteral("aws_security_group.db.id"))}));
            rep.ref(QStringLiteral("parameter_group_name"), QStringLiteral("aws_db_parameter_group.%1.name").arg(name));
            rep.set(QStringLiteral("publicly_accessible"), db->boolParam(QStringLiteral("publicly_accessible")));
            rep.set(QStringLiteral("performance_insights_enabled"), db->boolParam(QStringLiteral("performance_insights")));
            rep.set(QStringLiteral("monitoring_interval"), monitoring);
            if (monitoring > 0)
                rep.ref(QStringLiteral("monitoring_role_arn"), monitoringRoleArn(name));
            rep.set(QStringLiteral("enabled_cloudwatch_logs_exports"), HclValue::stringList(exports));
            rep.set(QStringLiteral("skip_final_snapshot"), true);
            rep.blank();
            rep.set(QStringLiteral("depends_on"), HclValue::list(replicaGroups));
            f.add(rep);
        }
    }
    return f;
}

HclFile TerraformEmitter::elasticache(const TerraformContext &ctx)
{
    HclFile f;
    for (const Component *redis : ctx.all(ComponentKind::ElastiCacheRedis)) {
        const QString name = TerraformContext::tfName(redis->id);
        const QString version = redis->stringParam(QStringLiteral("engine_version"));
        const QString family = QStringLiteral("redis") + major(version);

        HclBlock subnets(QStringLiteral("resource"), {QStringLiteral("aws_elasticache_subnet_group"), name});
        subnets.set(QStringLiteral("name"), TerraformContext::prefixed(redis->id));
        subnets.ref(QStringLiteral("subnet_ids"), QStringLiteral("local.private_subnet_ids"));
        f.add(subnets);

        HclBlock pg(QStringLiteral("resource"), {QStringLiteral("aws_elasticache_parameter_group"), name});
        pg.set(QStringLiteral("name"), TerraformContext::prefixed(redis->id + QLatin1Char('-') + family));
        pg.set(QStringLiteral("family"), HclValue::literal(family));
        pg.set(QStringLiteral("description"), HclValue::literal(QStringLiteral("Redis %1 parameters of %2").arg(major(version), redis->id)));
        HclBlock policy(QStringLiteral("parameter"));
        policy.set(QStringLiteral("name"), "maxmemory-policy");
        policy.set(QStringLiteral("value"), HclValue::literal(redis->stringParam(QStringLiteral("maxmemory_policy"))));
        pg.add(policy);
        f.add(pg);

        const qint64 replicas = redis->intParam(QStringLiteral("replicas"));
        const bool failover = redis->boolParam(QStringLiteral("automatic_failover")) && replicas > 0;
        const bool transit = redis->boolParam(QStringLiteral("transit_encryption"));
        HclBlock rg(QStringLiteral("resource"), {QStringLiteral("aws_elasticache_replication_group"), name});
        rg.set(QStringLiteral("replication_group_id"), TerraformContext::prefixed(redis->id));
        rg.set(QStringLiteral("description"), HclValue::literal(QStringLiteral("Redis %1 for %2").arg(redis->id, ctx.design().project())));
        rg.set(QStringLiteral("engine"), "redis");
        rg.set(QStringLiteral("engine_version"), HclValue::literal(version));
        rg.set(QStringLiteral("node_type"), HclValue::literal(redis->stringParam(QStringLiteral("node_type"))));
        rg.set(QStringLiteral("port"), redis->intParam(QStringLiteral("port")));
        rg.ref(QStringLiteral("parameter_group_name"), QStringLiteral("aws_elasticache_parameter_group.%1.name").arg(name));
        rg.blank();
        rg.set(QStringLiteral("num_cache_clusters"), 1 + replicas);
        rg.set(QStringLiteral("automatic_failover_enabled"), failover);
        rg.set(QStringLiteral("multi_az_enabled"), failover && redis->boolParam(QStringLiteral("multi_az")));
        rg.blank();
        rg.set(QStringLiteral("at_rest_encryption_enabled"), redis->boolParam(QStringLiteral("at_rest_encryption")));
        rg.set(QStringLiteral("transit_encryption_enabled"), transit);
        if (ctx.redisUsesAuthToken() && redis == ctx.redis())
            rg.ref(QStringLiteral("auth_token"), QStringLiteral("random_password.redis_auth_token.result"));
        rg.blank();
        rg.set(QStringLiteral("snapshot_retention_limit"), redis->intParam(QStringLiteral("snapshot_retention_days")));
        rg.ref(QStringLiteral("subnet_group_name"), QStringLiteral("aws_elasticache_subnet_group.%1.name").arg(name));
        if (ctx.derived().securityGroup(QStringLiteral("redis")))
            rg.set(QStringLiteral("security_group_ids"), HclValue::list({r(QStringLiteral("aws_security_group.redis.id"))}));
        f.add(rg);
    }
    return f;
}

HclFile TerraformEmitter::s3(const TerraformContext &ctx)
{
    HclFile f;
    const Component *cdn = ctx.cdn();
    if (ctx.has(ComponentKind::S3Bucket)) {
        // Bucket names are global across all accounts: the account id makes them unique.
        f.add(HclBlock(QStringLiteral("data"), {QStringLiteral("aws_caller_identity"), QStringLiteral("current")}));
    }
    for (const Component *b : ctx.all(ComponentKind::S3Bucket)) {
        const QString name = TerraformContext::tfName(b->id);
        const QString bucketRef = QStringLiteral("aws_s3_bucket.%1.id").arg(name);

        HclBlock bucket(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket"), name});
        bucket.set(QStringLiteral("bucket"), HclValue::string(QStringLiteral("${local.name_prefix}-%1-${data.aws_caller_identity.current.account_id}").arg(b->id)));
        bucket.set(QStringLiteral("tags"), HclValue::object({{QStringLiteral("Role"), HclValue::literal(b->stringParam(QStringLiteral("role")))}}));
        f.add(bucket);

        const bool block = b->boolParam(QStringLiteral("block_public_access"));
        HclBlock pab(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_public_access_block"), name});
        pab.ref(QStringLiteral("bucket"), bucketRef);
        pab.set(QStringLiteral("block_public_acls"), block);
        pab.set(QStringLiteral("block_public_policy"), block);
        pab.set(QStringLiteral("ignore_public_acls"), block);
        pab.set(QStringLiteral("restrict_public_buckets"), block);
        f.add(pab);

        const QString encryption = b->stringParam(QStringLiteral("encryption"));
        if (encryption != QLatin1String("none")) {
            HclBlock sse(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_server_side_encryption_configuration"), name});
            sse.ref(QStringLiteral("bucket"), bucketRef);
            HclBlock rule(QStringLiteral("rule"));
            HclBlock def(QStringLiteral("apply_server_side_encryption_by_default"));
            def.set(QStringLiteral("sse_algorithm"), encryption == QLatin1String("SSE-KMS") ? "aws:kms" : "AES256");
            rule.add(def);
            rule.set(QStringLiteral("bucket_key_enabled"), encryption == QLatin1String("SSE-KMS"));
            sse.add(rule);
            f.add(sse);
        }

        HclBlock versioning(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_versioning"), name});
        versioning.ref(QStringLiteral("bucket"), bucketRef);
        HclBlock vc(QStringLiteral("versioning_configuration"));
        vc.set(QStringLiteral("status"), b->boolParam(QStringLiteral("versioning")) ? "Enabled" : "Suspended");
        versioning.add(vc);
        f.add(versioning);

        const qint64 ia = b->intParam(QStringLiteral("transition_ia_days"));
        const qint64 glacier = b->intParam(QStringLiteral("transition_glacier_days"));
        const qint64 expiration = b->intParam(QStringLiteral("expiration_days"));
        const qint64 noncurrent = b->boolParam(QStringLiteral("versioning")) ? b->intParam(QStringLiteral("noncurrent_expiration_days")) : 0;
        if (ia > 0 || glacier > 0 || expiration > 0 || noncurrent > 0) {
            HclBlock lc(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_lifecycle_configuration"), name});
            lc.ref(QStringLiteral("bucket"), bucketRef);
            HclBlock rule(QStringLiteral("rule"));
            rule.set(QStringLiteral("id"), "lifecycle");
            rule.set(QStringLiteral("status"), "Enabled");
            rule.add(HclBlock(QStringLiteral("filter")));
            if (ia > 0) {
                HclBlock t(QStringLiteral("transition"));
                t.set(QStringLiteral("days"), ia);
                t.set(QStringLiteral("storage_class"), "STANDARD_IA");
                rule.add(t);
            }
            if (glacier > 0) {
                HclBlock t(QStringLiteral("transition"));
                t.set(QStringLiteral("days"), glacier);
                t.set(QStringLiteral("storage_class"), "GLACIER_IR");
                rule.add(t);
            }
            if (expiration > 0) {
                HclBlock e(QStringLiteral("expiration"));
                e.set(QStringLiteral("days"), expiration);
                rule.add(e);
            }
            if (noncurrent > 0) {
                HclBlock e(QStringLiteral("noncurrent_version_expiration"));
                e.set(QStringLiteral("noncurrent_days"), noncurrent);
                rule.add(e);
            }
            lc.add(rule);
            lc.blank();
            lc.set(QStringLiteral("depends_on"), HclValue::list({r(QStringLiteral("aws_s3_bucket_versioning.") + name)}));
            f.add(lc);
        }

        const QString role = b->stringParam(QStringLiteral("role"));
        if (cdn && (role == QLatin1String("static") || role == QLatin1String("media"))) {
            // CloudFront reads through origin access control; nothing else may.
            HclBlock policy(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_policy"), name});
            policy.ref(QStringLiteral("bucket"), bucketRef);
            policy.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
                {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
                {QStringLiteral("Statement"), HclValue::list({HclValue::object({
                     {QStringLiteral("Sid"), s(QStringLiteral("AllowCloudFrontRead"))},
                     {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                     {QStringLiteral("Principal"), HclValue::object({{QStringLiteral("Service"), s(QStringLiteral("cloudfront.amazonaws.com"))}})},
                     {QStringLiteral("Action"), s(QStringLiteral("s3:GetObject"))},
                     {QStringLiteral("Resource"), HclValue::string(QStringLiteral("${aws_s3_bucket.%1.arn}/*").arg(name))},
                     {QStringLiteral("Condition"), HclValue::object({{QStringLiteral("StringEquals"), HclValue::object({
                          {QStringLiteral("AWS:SourceArn"), r(QStringLiteral("aws_cloudfront_distribution.%1.arn").arg(TerraformContext::tfName(cdn->id)))}})}})},
                 })})},
            })}));
            f.add(policy);
        }
    }
    return f;
}

HclFile TerraformEmitter::sqs(const TerraformContext &ctx)
{
    HclFile f;
    // The Celery queues take the broker's settings: the settings' visibility timeout comes from
    // the SQS component marked broker (configdjango), so the queues must have the same.
    const Component *sqs = ctx.brokerSqs() ? ctx.brokerSqs() : ctx.first(ComponentKind::Sqs);
    if (!sqs)
        return f;
    for (const QString &queue : ctx.celeryQueues()) {
        HclBlock q(QStringLiteral("resource"), {QStringLiteral("aws_sqs_queue"), TerraformContext::tfName(queue)});
        q.set(QStringLiteral("name"), TerraformContext::prefixed(queue));
        q.set(QStringLiteral("visibility_timeout_seconds"), sqs->intParam(QStringLiteral("visibility_timeout")));
        q.set(QStringLiteral("message_retention_seconds"), sqs->intParam(QStringLiteral("message_retention")));
        q.set(QStringLiteral("sqs_managed_sse_enabled"), true);
        f.add(q);
    }
    return f;
}

} // namespace Infra
