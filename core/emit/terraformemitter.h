#pragma once

#include "emittedfile.h"
#include "hclblock.h"
#include "terraformmodule.h"
#include "text/text.h"

namespace Infra {

class Design;
class DerivedModel;
class TerraformContext;

// Writes the Terraform root module (`terraform/*.tf`) of a design: every value comes from the
// design or its derived model (security-group rules, the connection-pool calculation,
// scaling plans). Output is deterministic: the same design gives the same bytes.
// Files whose components are absent are not emitted (no cloudfront.tf without a CDN).
class TerraformEmitter
{
public:
    // `clashes`, when given, receives nameClashes() of the module emitted: a module with a
    // clash is broken (terraform init refuses it), and the callers refuse to export it.
    static EmittedFiles emit(const Design &design, const DerivedModel &derived, QList<Text> *clashes = nullptr);
    // The same module before rendering (files with their header), for the AWS constraint rules.
    static TerraformModule module(const Design &design, const DerivedModel &derived);
    // terraform/backend.s3.tfbackend: the S3 backend's partial configuration for `terraform init`.
    static QByteArray backendConfig(const Design &design);
    // Names the module declares twice (TerraformModule::duplicateDeclarations), each explained
    // for the user: which component ids lead to the name and what to rename. Component ids
    // become Terraform names (TerraformContext::tfName), alone or with a suffix, next to the
    // names the module gives its own resources ("release", "flow_logs", "access_logs"): a
    // service called "release" would declare aws_cloudwatch_log_group.release twice.
    static QList<Text> nameClashes(const Design &design, const TerraformModule &module);

    // One file each; an empty HclFile means "not part of this design".
    static HclFile versions(const TerraformContext &ctx);
    static HclFile providers(const TerraformContext &ctx);
    static HclFile variables(const TerraformContext &ctx);
    static HclFile network(const TerraformContext &ctx);
    static HclFile securityGroups(const TerraformContext &ctx);
    static HclFile alb(const TerraformContext &ctx);
    static HclFile ecs(const TerraformContext &ctx);
    static HclFile autoscaling(const TerraformContext &ctx);
    static HclFile rds(const TerraformContext &ctx);
    static HclFile aurora(const TerraformContext &ctx);       // aurora.tf: Aurora PostgreSQL clusters
    static HclFile memorydb(const TerraformContext &ctx);     // memorydb.tf: MemoryDB clusters and their ACLs
    static HclFile scheduler(const TerraformContext &ctx);    // scheduler.tf: EventBridge Scheduler schedules
    static HclFile databaseRoles(const TerraformContext &ctx); // database.tf: the roles' secrets
    static HclFile elasticache(const TerraformContext &ctx);
    static HclFile s3(const TerraformContext &ctx);
    static HclFile cloudfront(const TerraformContext &ctx);
    static HclFile certificates(const TerraformContext &ctx);
    static HclFile ecr(const TerraformContext &ctx);
    static HclFile secrets(const TerraformContext &ctx);
    static HclFile sqs(const TerraformContext &ctx);
    static HclFile monitoring(const TerraformContext &ctx);
    static HclFile logging(const TerraformContext &ctx); // access logs bucket, VPC flow logs
    static HclFile waf(const TerraformContext &ctx);     // the optional web ACL
    static QStringList wafRuleGroups();                 // the AWS managed rule groups it uses
    static QString accessLogBucketRef();                 // "aws_s3_bucket.access_logs"
    static QStringList vpcInterfaceEndpoints();          // "ecr.api", "ecr.dkr", "logs", "secretsmanager"
    static HclFile outputs(const TerraformContext &ctx);

    // Shared by rds.tf and aurora.tf: the IAM role RDS enhanced monitoring assumes to publish
    // the OS metrics of database `id`'s instances, aws_iam_role.<name>_monitoring with the AWS
    // managed policy attached; the instances name it by monitoringRoleArn(name).
    static void addEnhancedMonitoringRole(HclFile &f, const QString &name, const QString &id);
    static QString monitoringRoleArn(const QString &name); // "aws_iam_role.db_monitoring.arn"
};

} // namespace Infra
