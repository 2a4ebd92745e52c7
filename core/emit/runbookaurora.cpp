// The Aurora PostgreSQL parts of docs/runbooks/disaster-recovery.md and
// database-maintenance.md (issue 17): a cluster fails over to a reader and restores as a new
// cluster, capacity changes per instance (class) or per cluster (ACU range).
#include "docsemitter.h"

#include "docscontext.h"
#include "docswriter.h"
#include "terraformcontext.h"

namespace Infra {

namespace {

using W = DocsWriter;

QString majorVersion(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0);
}

} // namespace

void DocsEmitter::auroraRecovery(DocsWriter &w, const DocsContext &ctx, const Component &db)
{
    const QString id = ctx.resourceName(db.id);
    const qint64 readers = db.intParam(QStringLiteral("readers"));
    const bool serverless = db.stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2");
    const QString cls = serverless ? QStringLiteral("db.serverless") : db.stringParam(QStringLiteral("instance_class"));
    const QString family = QStringLiteral("aurora-postgresql") + majorVersion(db.stringParam(QStringLiteral("engine_version")));
    const QString clusterGroup = ctx.resourceName(db.id + QLatin1Char('-') + family);
    const QString instanceGroup = ctx.resourceName(db.id + QStringLiteral("-instance-") + family);
    const QString tfCluster = QStringLiteral("aws_rds_cluster.") + TerraformContext::tfName(db.id);

    w.heading(2, QStringLiteral("Aurora cluster %1").arg(id));
    w.paragraph(QStringLiteral("Continuous backups are kept %1 days (snapshot window %2 UTC). The cluster has %3 reader(s)%4. "
                               "Test the failover once a quarter:")
                    .arg(db.intParam(QStringLiteral("backup_retention_days")))
                    .arg(db.stringParam(QStringLiteral("backup_window")))
                    .arg(readers)
                    .arg(readers > 0 ? QStringLiteral("; one is promoted when the writer fails")
                                     : QStringLiteral(": without one, a failed writer is replaced, which takes minutes")));
    w.code(QStringLiteral("bash"), QStringLiteral("aws rds failover-db-cluster --db-cluster-identifier %1").arg(id));
    if (db.boolParam(QStringLiteral("global_database")))
        w.paragraph(QStringLiteral("The cluster is the primary of the Global Database %1: after a regional outage, promote a "
                                   "secondary region's cluster (`aws rds failover-global-cluster --global-cluster-identifier %1 "
                                   "--target-db-cluster-identifier SECONDARY_CLUSTER_ARN --allow-data-loss`).")
                        .arg(W::tt(ctx.resourceName(db.id + QStringLiteral("-global")))));

    w.heading(3, QStringLiteral("Point-in-time restore"));
    w.paragraph(QStringLiteral("A restore creates a new cluster without instances; the commands pass the module's cluster "
                               "parameter group %1, subnet group and security group, then add a writer with the instance "
                               "parameter group %2. Point the Terraform address %3 at the restored cluster afterwards "
                               "(`terraform state rm` and `terraform import`), as for the instances %4.")
                    .arg(W::tt(clusterGroup), W::tt(instanceGroup), W::tt(tfCluster),
                         W::tt(QStringLiteral("aws_rds_cluster_instance.") + TerraformContext::tfName(db.id))));
    QString restore = QStringLiteral("SG=$(aws rds describe-db-clusters --db-cluster-identifier %1 \\\n"
                                     "  --query 'DBClusters[0].VpcSecurityGroups[0].VpcSecurityGroupId' --output text)\n"
                                     "aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier %1 \\\n"
                                     "  --db-cluster-identifier %1-restore --restore-to-time RESTORE_TIME \\\n"
                                     "  --db-subnet-group-name %1 --vpc-security-group-ids \"$SG\" \\\n"
                                     "  --db-cluster-parameter-group-name %2")
                          .arg(id, clusterGroup);
    if (serverless)
        restore += QStringLiteral(" \\\n  --serverless-v2-scaling-configuration MinCapacity=%1,MaxCapacity=%2")
                       .arg(db.doubleParam(QStringLiteral("min_acu")))
                       .arg(db.doubleParam(QStringLiteral("max_acu")));
    restore += QStringLiteral("\naws rds create-db-instance --db-cluster-identifier %1-restore --db-instance-identifier %1-restore-1 \\\n"
                              "  --engine aurora-postgresql --db-instance-class %2 --db-parameter-group-name %3\n"
                              "aws rds wait db-instance-available --db-instance-identifier %1-restore-1")
                   .arg(id, cls, instanceGroup);
    w.code(QStringLiteral("bash"), restore);
    w.paragraph(QStringLiteral("If the cluster was deleted, its final snapshot is %1 (`aws rds restore-db-cluster-from-snapshot`).")
                    .arg(W::tt(ctx.resourceName(db.id + QStringLiteral("-final")))));
}

QByteArray DocsEmitter::runbookAuroraMaintenance(const DocsContext &ctx, const Component &db)
{
    W w;
    w.heading(1, QStringLiteral("Database maintenance runbook"));
    w.paragraph(QStringLiteral("> ") + ctx.notice());
    const PoolCalculation &p = ctx.derived().pools();
    const QString id = ctx.resourceName(db.id);
    const bool serverless = db.stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2");
    const QString family = QStringLiteral("aurora-postgresql") + majorVersion(db.stringParam(QStringLiteral("engine_version")));
    const Component *pgb = ctx.pgbouncer();

    w.heading(2, QStringLiteral("Windows"));
    w.bullets({QStringLiteral("Backups: continuous, snapshot window %1 UTC, kept %2 days.")
                   .arg(db.stringParam(QStringLiteral("backup_window")))
                   .arg(db.intParam(QStringLiteral("backup_retention_days"))),
               QStringLiteral("Maintenance: %1 UTC (minor upgrades, pending parameter changes).").arg(db.stringParam(QStringLiteral("maintenance_window"))),
               QStringLiteral("Cluster %1: Aurora PostgreSQL %2, %3, writer + %4 reader(s).")
                   .arg(W::tt(id), db.stringParam(QStringLiteral("engine_version")),
                        serverless ? QStringLiteral("Serverless v2 %1-%2 ACU").arg(db.doubleParam(QStringLiteral("min_acu"))).arg(db.doubleParam(QStringLiteral("max_acu")))
                                   : db.stringParam(QStringLiteral("instance_class")))
                   .arg(db.intParam(QStringLiteral("readers")))});

    w.heading(2, QStringLiteral("Before any change: a manual snapshot"));
    w.code(QStringLiteral("bash"),
           QStringLiteral("SNAPSHOT=%1-before-change-$(date -u +%Y%m%d%H%M)\n"
                          "aws rds create-db-cluster-snapshot --db-cluster-identifier %1 --db-cluster-snapshot-identifier \"$SNAPSHOT\"\n"
                          "aws rds wait db-cluster-snapshot-available --db-cluster-snapshot-identifier \"$SNAPSHOT\"")
               .arg(id));

    w.heading(2, QStringLiteral("Connections"));
    w.paragraph(QStringLiteral("max_connections is %1 on every instance; at maximum scale %2 connections reach the writer%3. "
                               "The reader endpoint spreads read-only connections over %4 reader(s), %5 more connections.")
                    .arg(p.maxConnectionsSetting)
                    .arg(p.maximum.databaseConnections)
                    .arg(pgb ? QStringLiteral(" through pgBouncer (%1 x (%2 + %3))").arg(p.pgbouncerTasks).arg(p.pgbouncerDefaultPoolSize).arg(p.pgbouncerReservePoolSize)
                             : QString())
                    .arg(p.readerInstances)
                    .arg(std::max(0, p.readerConnectionBudget)));
    w.code(QStringLiteral("sql"),
           QStringLiteral("-- connections by state and application\n"
                          "SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;\n"
                          "SHOW max_connections;"));

    w.heading(2, QStringLiteral("Parameter changes"));
    w.paragraph(QStringLiteral("Cluster-wide parameters (and the design's overrides) live in %1, per-instance ones "
                               "(max_connections, memory) in %2 (terraform/aurora.tf). Change them in the design and apply; "
                               "static parameters wait for a reboot of each instance, readers first:")
                    .arg(W::tt(ctx.resourceName(db.id + QLatin1Char('-') + family)),
                         W::tt(ctx.resourceName(db.id + QStringLiteral("-instance-") + family))));
    w.code(QStringLiteral("bash"),
           QStringLiteral("aws rds describe-db-clusters --db-cluster-identifier %1 \\\n"
                          "  --query 'DBClusters[0].DBClusterMembers[].[DBInstanceIdentifier,IsClusterWriter,DBClusterParameterGroupStatus]'\n"
                          "aws rds reboot-db-instance --db-instance-identifier INSTANCE")
               .arg(id));

    w.heading(2, serverless ? QStringLiteral("Changing the capacity range") : QStringLiteral("Resizing the instances"));
    if (serverless)
        w.paragraph(QStringLiteral("Change `min_acu` or `max_acu` of %1 in the design and apply: the range changes without a "
                                   "restart. The maximum also sets max_connections; re-export so pgBouncer follows.")
                        .arg(W::tt(db.id)));
    else
        w.paragraph(QStringLiteral("Change `instance_class` of %1 in the design (now %2) and apply: Terraform modifies each "
                                   "instance; modify the readers first, then fail over and modify the old writer, so the "
                                   "cluster keeps a writer throughout:")
                        .arg(W::tt(db.id), db.stringParam(QStringLiteral("instance_class"))));
    if (!serverless)
        w.code(QStringLiteral("bash"),
               QStringLiteral("aws rds modify-db-instance --db-instance-identifier %1-2 --db-instance-class NEW_CLASS --apply-immediately\n"
                              "aws rds failover-db-cluster --db-cluster-identifier %1 --target-db-instance-identifier %1-2")
                   .arg(id));

    w.heading(2, QStringLiteral("Storage and I/O"));
    w.paragraph(QStringLiteral("The cluster volume grows by itself up to 128 TiB; nothing to resize. With %1 storage, watch "
                               "`VolumeBytesUsed` and `VolumeReadIOPs`/`VolumeWriteIOPs` (AWS/RDS, DBClusterIdentifier): when I/O "
                               "passes about a quarter of the database bill, I/O-Optimized costs less.")
                    .arg(db.stringParam(QStringLiteral("storage_configuration")) == QLatin1String("io_optimized") ? QStringLiteral("I/O-Optimized")
                                                                                                                  : QStringLiteral("Standard")));
    return w.toUtf8();
}

} // namespace Infra
