// terraform/aurora.tf: Aurora PostgreSQL clusters (issue 17). One aws_rds_cluster with the
// writer and readers as aws_rds_cluster_instance (db.serverless for Serverless v2), a cluster
// parameter group (cluster-wide settings and the design's overrides), an instance parameter
// group (max_connections and the memory settings of a provisioned class), the subnet group,
// the enhanced-monitoring role, the log group of the exported PostgreSQL log and, for a Global
// Database, the global cluster it is primary of.
// Argument names are those of the AWS provider 6.25 schema the Terraform validity test checks.
#include "terraformemitter.h"

#include "terraformcontext.h"

#include "model/instancetypes.h"
#include "model/postgresparameters.h"

#include <QMap>

namespace Infra {

namespace {

HclValue r(const QString &expression) { return HclValue::raw(expression); }

QString major(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0);
}

HclBlock parameterGroup(const QString &type, const QString &name, const QString &groupName, const QString &family,
                        const QString &description, const QMap<QString, QString> &parameters)
{
    HclBlock pg(QStringLiteral("resource"), {type, name});
    pg.set(QStringLiteral("name"), TerraformContext::prefixed(groupName));
    pg.set(QStringLiteral("family"), HclValue::literal(family));
    pg.set(QStringLiteral("description"), HclValue::literal(description));
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        HclBlock p(QStringLiteral("parameter"));
        p.set(QStringLiteral("name"), HclValue::literal(it.key()));
        p.set(QStringLiteral("value"), HclValue::literal(it.value()));
        const PostgresParameter *spec = postgresParameter(it.key());
        p.set(QStringLiteral("apply_method"), spec && spec->isStatic ? "pending-reboot" : "immediate");
        pg.add(p);
    }
    HclBlock life(QStringLiteral("lifecycle"));
    life.set(QStringLiteral("create_before_destroy"), true);
    pg.add(life);
    return pg;
}

} // namespace

HclFile TerraformEmitter::aurora(const TerraformContext &ctx)
{
    HclFile f;
    const Component *primary = ctx.database();
    const PoolCalculation &pools = ctx.derived().pools();
    for (const Component *db : ctx.all(ComponentKind::AuroraPostgres)) {
        const QString name = TerraformContext::tfName(db->id);
        const QString version = db->stringParam(QStringLiteral("engine_version"));
        const QString family = QStringLiteral("aurora-postgresql") + major(version);
        const bool serverless = db->stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2");
        const QString instanceClass = serverless ? QStringLiteral("db.serverless") : db->stringParam(QStringLiteral("instance_class"));
        const bool global = db->boolParam(QStringLiteral("global_database"));

        HclBlock subnets(QStringLiteral("resource"), {QStringLiteral("aws_db_subnet_group"), name});
        subnets.set(QStringLiteral("name"), TerraformContext::prefixed(db->id));
        subnets.ref(QStringLiteral("subnet_ids"), QStringLiteral("local.private_subnet_ids"));
        f.add(subnets);

        // Cluster-wide: TLS required (pgBouncer and Django verify the server against the RDS CA)
        // and the design's overrides.
        QMap<QString, QString> clusterParameters;
        clusterParameters.insert(QStringLiteral("rds.force_ssl"), QStringLiteral("1"));
        const QVariantMap overrides = db->param(QStringLiteral("parameters")).toMap();
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            clusterParameters.insert(it.key(), it.value().toString());
        f.add(parameterGroup(QStringLiteral("aws_rds_cluster_parameter_group"), name, db->id + QLatin1Char('-') + family, family,
                             QStringLiteral("Aurora PostgreSQL %1 cluster parameters of %2").arg(major(version), db->id), clusterParameters));

        // Per instance: max_connections from the override or the pool calculation, and for a
        // provisioned class work_mem and maintenance_work_mem from its memory. Aurora's own
        // shared_buffers default (about 3/4 of memory, no double buffering) stays; Serverless v2
        // sets its memory settings from the capacity itself.
        qint64 maxConnections = db->intParam(QStringLiteral("max_connections"));
        if (maxConnections <= 0 && db == primary)
            maxConnections = pools.maxConnectionsSetting;
        const auto hardware = serverless ? std::nullopt : rdsInstanceClass(instanceClass);
        if (maxConnections <= 0 && hardware)
            maxConnections = rdsDefaultMaxConnections(hardware->memoryGiB);
        QMap<QString, QString> instanceParameters;
        if (maxConnections > 0)
            instanceParameters.insert(QStringLiteral("max_connections"), QString::number(maxConnections));
        if (hardware) {
            const double memoryKiB = hardware->memoryGiB * 1024.0 * 1024.0;
            if (maxConnections > 0)
                instanceParameters.insert(QStringLiteral("work_mem"),
                                          QString::number(std::max<qint64>(4096, qint64(memoryKiB * 0.25 / double(maxConnections)))));
            instanceParameters.insert(QStringLiteral("maintenance_work_mem"), QString::number(std::min<qint64>(2097152, qint64(memoryKiB / 16.0))));
        }
        f.add(parameterGroup(QStringLiteral("aws_db_parameter_group"), name, db->id + QStringLiteral("-instance-") + family, family,
                             QStringLiteral("Aurora PostgreSQL %1 instance parameters of %2").arg(major(version), db->id), instanceParameters));

        const qint64 monitoring = db->intParam(QStringLiteral("monitoring_interval"));
        if (monitoring > 0)
            addEnhancedMonitoringRole(f, name, db->id);

        // The PostgreSQL log every instance of the cluster exports (errors, slow statements; the
        // instance and iam-db-auth-error types are left off, as on RDS), in a log group the
        // module owns with the design's database log retention, created before the cluster,
        // which would otherwise create it without one. The group is named after the cluster.
        // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.CloudWatch.html
        HclBlock logGroup(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), name + QStringLiteral("_postgresql")});
        logGroup.set(QStringLiteral("name"), HclValue::string(QStringLiteral("/aws/rds/cluster/${local.name_prefix}-%1/postgresql").arg(db->id)));
        logGroup.set(QStringLiteral("retention_in_days"), ctx.retentionDays(QStringLiteral("database_log_retention_days")));
        f.add(logGroup);

        HclBlock cluster(QStringLiteral("resource"), {QStringLiteral("aws_rds_cluster"), name});
        cluster.set(QStringLiteral("cluster_identifier"), TerraformContext::prefixed(db->id));
        cluster.set(QStringLiteral("engine"), "aurora-postgresql");
        cluster.set(QStringLiteral("engine_mode"), "provisioned");
        // The major version; the instances take minor upgrades automatically (model/engineversions).
        cluster.set(QStringLiteral("engine_version"), HclValue::literal(major(version)));
        cluster.blank();
        cluster.set(QStringLiteral("database_name"), HclValue::literal(db->stringParam(QStringLiteral("database_name"))));
        cluster.set(QStringLiteral("master_username"), HclValue::literal(db->stringParam(QStringLiteral("database_name"))));
        cluster.set(QStringLiteral("manage_master_user_password"), true);
        cluster.blank();
        // Aurora Standard is the default storage type; I/O-Optimized is aurora-iopt1.
        if (db->stringParam(QStringLiteral("storage_configuration")) == QLatin1String("io_optimized"))
            cluster.set(QStringLiteral("storage_type"), "aurora-iopt1");
        cluster.set(QStringLiteral("storage_encrypted"), db->boolParam(QStringLiteral("storage_encrypted")));
        cluster.ref(QStringLiteral("db_subnet_group_name"), QStringLiteral("aws_db_subnet_group.%1.name").arg(name));
        if (ctx.derived().securityGroup(QStringLiteral("db")))
            cluster.set(QStringLiteral("vpc_security_group_ids"), HclValue::list({r(QStringLiteral("aws_security_group.db.id"))}));
        cluster.ref(QStringLiteral("db_cluster_parameter_group_name"), QStringLiteral("aws_rds_cluster_parameter_group.%1.name").arg(name));
        cluster.blank();
        cluster.set(QStringLiteral("backup_retention_period"), db->intParam(QStringLiteral("backup_retention_days")));
        cluster.set(QStringLiteral("preferred_backup_window"), HclValue::literal(db->stringParam(QStringLiteral("backup_window"))));
        cluster.set(QStringLiteral("preferred_maintenance_window"), HclValue::literal(db->stringParam(QStringLiteral("maintenance_window"))));
        cluster.set(QStringLiteral("copy_tags_to_snapshot"), true);
        cluster.set(QStringLiteral("deletion_protection"), db->boolParam(QStringLiteral("deletion_protection")));
        cluster.set(QStringLiteral("skip_final_snapshot"), false);
        cluster.set(QStringLiteral("final_snapshot_identifier"), TerraformContext::prefixed(db->id + QStringLiteral("-final")));
        cluster.set(QStringLiteral("enabled_cloudwatch_logs_exports"), HclValue::stringList({QStringLiteral("postgresql")}));
        cluster.blank();
        cluster.set(QStringLiteral("depends_on"), HclValue::list({r(QStringLiteral("aws_cloudwatch_log_group.%1_postgresql").arg(name))}));
        if (serverless) {
            HclBlock scaling(QStringLiteral("serverlessv2_scaling_configuration"));
            scaling.set(QStringLiteral("min_capacity"), HclValue::number(db->doubleParam(QStringLiteral("min_acu"))));
            scaling.set(QStringLiteral("max_capacity"), HclValue::number(db->doubleParam(QStringLiteral("max_acu"))));
            cluster.add(scaling);
        }
        if (global) {
            // The global cluster below is made from this one and sets its identifier on it.
            HclBlock life(QStringLiteral("lifecycle"));
            life.set(QStringLiteral("ignore_changes"), HclValue::list({r(QStringLiteral("global_cluster_identifier"))}));
            cluster.add(life);
        }
        f.add(cluster);

        if (global) {
            // A Global Database made from the existing cluster, which becomes its primary and
            // gives it engine, version, database and encryption; secondary clusters in other
            // regions join it from their own modules.
            HclBlock g(QStringLiteral("resource"), {QStringLiteral("aws_rds_global_cluster"), name});
            g.set(QStringLiteral("global_cluster_identifier"), TerraformContext::prefixed(db->id + QStringLiteral("-global")));
            g.ref(QStringLiteral("source_db_cluster_identifier"), QStringLiteral("aws_rds_cluster.%1.arn").arg(name));
            g.set(QStringLiteral("deletion_protection"), db->boolParam(QStringLiteral("deletion_protection")));
            f.add(g);
        }

        // The writer and the readers: the first instance created is the writer; the readers are
        // the failover targets (promotion tier 1) and serve the reader endpoint.
        HclBlock inst(QStringLiteral("resource"), {QStringLiteral("aws_rds_cluster_instance"), name});
        inst.set(QStringLiteral("count"), 1 + db->intParam(QStringLiteral("readers")));
        inst.blank();
        inst.set(QStringLiteral("identifier"), HclValue::string(QStringLiteral("${local.name_prefix}-%1-${count.index + 1}").arg(db->id)));
        inst.ref(QStringLiteral("cluster_identifier"), QStringLiteral("aws_rds_cluster.%1.id").arg(name));
        inst.ref(QStringLiteral("engine"), QStringLiteral("aws_rds_cluster.%1.engine").arg(name));
        inst.ref(QStringLiteral("engine_version"), QStringLiteral("aws_rds_cluster.%1.engine_version").arg(name));
        inst.set(QStringLiteral("auto_minor_version_upgrade"), true);
        inst.set(QStringLiteral("instance_class"), HclValue::literal(instanceClass));
        inst.ref(QStringLiteral("db_parameter_group_name"), QStringLiteral("aws_db_parameter_group.%1.name").arg(name));
        inst.set(QStringLiteral("promotion_tier"), 1);
        inst.set(QStringLiteral("publicly_accessible"), db->boolParam(QStringLiteral("publicly_accessible")));
        inst.blank();
        inst.set(QStringLiteral("performance_insights_enabled"), db->boolParam(QStringLiteral("performance_insights")));
        inst.set(QStringLiteral("monitoring_interval"), monitoring);
        if (monitoring > 0)
            inst.ref(QStringLiteral("monitoring_role_arn"), monitoringRoleArn(name));
        f.add(inst);
    }
    return f;
}

} // namespace Infra
