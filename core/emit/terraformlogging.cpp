// terraform/logging.tf: the audit trail (issue 14 item 15). The load balancer's and
// CloudFront's access logs go to one S3 log bucket, the VPC's flow logs to CloudWatch Logs;
// each with the retention of the design's CloudWatch component. RDS's and Aurora's own log
// exports are in rds.tf and aurora.tf next to the instance or cluster they belong to.
#include "terraformemitter.h"

#include "terraformcontext.h"

namespace Infra {

namespace {

HclValue s(const QString &text) { return HclValue::string(text); }
HclValue r(const QString &expression) { return HclValue::raw(expression); }

// Regions opened before August 2022 deliver load balancer access logs as a regional Elastic
// Load Balancing account (data "aws_elb_service_account" knows its id); later regions as the
// service principal logdelivery.elasticloadbalancing.amazonaws.com. Source: "Enable access logs
// for your Application Load Balancer", step 2 (docs.aws.amazon.com/elasticloadbalancing/latest/
// application/enable-access-logging.html), and the provider's aws_elb_service_account table.
bool hasElbAccount(const QString &region)
{
    static const QStringList regions = {
        QStringLiteral("af-south-1"),     QStringLiteral("ap-east-1"),      QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"), QStringLiteral("ap-south-1"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"), QStringLiteral("ca-central-1"),
        QStringLiteral("eu-central-1"),   QStringLiteral("eu-north-1"),     QStringLiteral("eu-south-1"),
        QStringLiteral("eu-west-1"),      QStringLiteral("eu-west-2"),      QStringLiteral("eu-west-3"),
        QStringLiteral("me-south-1"),     QStringLiteral("sa-east-1"),      QStringLiteral("us-east-1"),
        QStringLiteral("us-east-2"),      QStringLiteral("us-gov-east-1"),  QStringLiteral("us-gov-west-1"),
        QStringLiteral("us-west-1"),      QStringLiteral("us-west-2"),
    };
    return regions.contains(region);
}

} // namespace

QString TerraformEmitter::accessLogBucketRef() { return QStringLiteral("aws_s3_bucket.access_logs"); }

HclFile TerraformEmitter::logging(const TerraformContext &ctx)
{
    HclFile f;
    if (ctx.hasAccessLogBucket()) {
        // s3.tf declares the caller identity when the design has buckets of its own.
        if (!ctx.has(ComponentKind::S3Bucket))
            f.add(HclBlock(QStringLiteral("data"), {QStringLiteral("aws_caller_identity"), QStringLiteral("current")}));
        const bool elbAccount = ctx.has(ComponentKind::Alb) && hasElbAccount(ctx.design().region());
        if (elbAccount)
            f.add(HclBlock(QStringLiteral("data"), {QStringLiteral("aws_elb_service_account"), QStringLiteral("main")}));

        const QString bucketId = QStringLiteral("aws_s3_bucket.access_logs.id");
        HclBlock bucket(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket"), QStringLiteral("access_logs")});
        bucket.set(QStringLiteral("bucket"), s(QStringLiteral("${local.name_prefix}-access-logs-${data.aws_caller_identity.current.account_id}")));
        bucket.set(QStringLiteral("tags"), HclValue::object({{QStringLiteral("Role"), s(QStringLiteral("access-logs"))}}));
        f.add(bucket);

        HclBlock pab(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_public_access_block"), QStringLiteral("access_logs")});
        pab.ref(QStringLiteral("bucket"), bucketId);
        for (const char *key : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
            pab.set(QString::fromLatin1(key), true);
        f.add(pab);

        // CloudFront's standard logging writes objects with an ACL granting the bucket owner
        // full control: the bucket must accept ACLs (BucketOwnerPreferred); without CloudFront
        // ACLs stay disabled. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html
        HclBlock ownership(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_ownership_controls"), QStringLiteral("access_logs")});
        ownership.ref(QStringLiteral("bucket"), bucketId);
        HclBlock ownershipRule(QStringLiteral("rule"));
        ownershipRule.set(QStringLiteral("object_ownership"), ctx.cdn() ? "BucketOwnerPreferred" : "BucketOwnerEnforced");
        ownership.add(ownershipRule);
        f.add(ownership);

        // Load balancer access logs accept SSE-S3 only (not KMS).
        HclBlock sse(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_server_side_encryption_configuration"), QStringLiteral("access_logs")});
        sse.ref(QStringLiteral("bucket"), bucketId);
        HclBlock sseRule(QStringLiteral("rule"));
        HclBlock sseDefault(QStringLiteral("apply_server_side_encryption_by_default"));
        sseDefault.set(QStringLiteral("sse_algorithm"), "AES256");
        sseRule.add(sseDefault);
        sse.add(sseRule);
        f.add(sse);

        HclBlock lc(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_lifecycle_configuration"), QStringLiteral("access_logs")});
        lc.ref(QStringLiteral("bucket"), bucketId);
        HclBlock rule(QStringLiteral("rule"));
        rule.set(QStringLiteral("id"), "expire-access-logs");
        rule.set(QStringLiteral("status"), "Enabled");
        rule.add(HclBlock(QStringLiteral("filter")));
        HclBlock expiration(QStringLiteral("expiration"));
        expiration.set(QStringLiteral("days"), ctx.retentionDays(QStringLiteral("access_log_retention_days")));
        rule.add(expiration);
        lc.add(rule);
        f.add(lc);

        if (ctx.has(ComponentKind::Alb)) {
            // The load balancer writes under alb/AWSLogs/<account>/ and checks the permission
            // when access logs are turned on (alb.tf depends on this policy).
            const HclValue principal = elbAccount
                ? HclValue::object({{QStringLiteral("AWS"), r(QStringLiteral("data.aws_elb_service_account.main.arn"))}})
                : HclValue::object({{QStringLiteral("Service"), s(QStringLiteral("logdelivery.elasticloadbalancing.amazonaws.com"))}});
            HclBlock policy(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_policy"), QStringLiteral("access_logs")});
            policy.ref(QStringLiteral("bucket"), bucketId);
            policy.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
                {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
                {QStringLiteral("Statement"), HclValue::list({HclValue::object({
                     {QStringLiteral("Sid"), s(QStringLiteral("LoadBalancerAccessLogs"))},
                     {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                     {QStringLiteral("Principal"), principal},
                     {QStringLiteral("Action"), s(QStringLiteral("s3:PutObject"))},
                     {QStringLiteral("Resource"), s(QStringLiteral("${aws_s3_bucket.access_logs.arn}/alb/AWSLogs/${data.aws_caller_identity.current.account_id}/*"))},
                 })})},
            })}));
            f.add(policy);
        }
    }

    // An existing VPC is its owner's: a second set of flow logs on it only when the design asks.
    if (!ctx.flowLogs())
        return f;

    // VPC flow logs, accepted and rejected, to CloudWatch Logs through a role only the flow
    // log service may assume. https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-cwl.html
    HclBlock group(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("flow_logs")});
    group.set(QStringLiteral("name"), s(QStringLiteral("/vpc/${local.name_prefix}/flow-logs")));
    group.set(QStringLiteral("retention_in_days"), ctx.retentionDays(QStringLiteral("flow_log_retention_days")));
    f.add(group);

    HclBlock role(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), QStringLiteral("flow_logs")});
    role.set(QStringLiteral("name"), TerraformContext::prefixed(QStringLiteral("flow-logs")));
    role.set(QStringLiteral("assume_role_policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
        {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
        {QStringLiteral("Statement"), HclValue::list({HclValue::object({
             {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
             {QStringLiteral("Action"), s(QStringLiteral("sts:AssumeRole"))},
             {QStringLiteral("Principal"), HclValue::object({{QStringLiteral("Service"), s(QStringLiteral("vpc-flow-logs.amazonaws.com"))}})},
         })})},
    })}));
    f.add(role);

    HclBlock rolePolicy(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy"), QStringLiteral("flow_logs")});
    rolePolicy.set(QStringLiteral("name"), "write-flow-logs");
    rolePolicy.ref(QStringLiteral("role"), QStringLiteral("aws_iam_role.flow_logs.id"));
    rolePolicy.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
        {QStringLiteral("Version"), s(QStringLiteral("2012-10-17"))},
        {QStringLiteral("Statement"), HclValue::list({
             HclValue::object({
                 {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                 {QStringLiteral("Action"), HclValue::stringList({QStringLiteral("logs:CreateLogStream"), QStringLiteral("logs:PutLogEvents"),
                                                                  QStringLiteral("logs:DescribeLogStreams")})},
                 {QStringLiteral("Resource"), s(QStringLiteral("${aws_cloudwatch_log_group.flow_logs.arn}:*"))},
             }),
             HclValue::object({
                 {QStringLiteral("Effect"), s(QStringLiteral("Allow"))},
                 {QStringLiteral("Action"), HclValue::stringList({QStringLiteral("logs:DescribeLogGroups")})},
                 {QStringLiteral("Resource"), s(QStringLiteral("*"))},
             }),
         })},
    })}));
    f.add(rolePolicy);

    HclBlock flow(QStringLiteral("resource"), {QStringLiteral("aws_flow_log"), QStringLiteral("vpc")});
    flow.ref(QStringLiteral("vpc_id"), QStringLiteral("local.vpc_id"));
    flow.set(QStringLiteral("traffic_type"), "ALL");
    flow.set(QStringLiteral("log_destination_type"), "cloud-watch-logs");
    flow.ref(QStringLiteral("log_destination"), QStringLiteral("aws_cloudwatch_log_group.flow_logs.arn"));
    flow.ref(QStringLiteral("iam_role_arn"), QStringLiteral("aws_iam_role.flow_logs.arn"));
    flow.set(QStringLiteral("max_aggregation_interval"), 600);
    f.add(flow);
    return f;
}

} // namespace Infra
