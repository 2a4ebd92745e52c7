#include "auditlogrules.h"

#include <QHash>

namespace Infra::AwsRules {

namespace {

using Violation = AwsConstraints::Violation;
using Severity = Violation::Severity;
using Block = TerraformModule::Block;

// CloudWatch Logs accepts these retentions only (PutRetentionPolicy, retentionInDays).
// https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
const QList<int> &retentionValues()
{
    static const QList<int> values = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};
    return values;
}

// "aws_s3_bucket.access_logs.id" → "access_logs"; empty for anything else.
QString bucketOf(const HclValue *v)
{
    if (!v)
        return {};
    const QStringList parts = v->expression().split(QLatin1Char('.'));
    return parts.size() == 3 && parts.at(0) == QLatin1String("aws_s3_bucket") ? parts.at(1) : QString();
}

// The resource of `type` whose `bucket` refers to aws_s3_bucket.<bucket>.
std::optional<Block> bucketResource(const TerraformModule &module, const QString &type, const QString &bucket)
{
    for (const Block &b : module.resources(type)) {
        if (bucketOf(b.attribute(QStringLiteral("bucket"))) == bucket)
            return b;
    }
    return std::nullopt;
}

QString nestedText(const TerraformModule &module, const HclBlock *block, const QStringList &path)
{
    for (qsizetype i = 0; block && i + 1 < path.size(); ++i) {
        const auto nested = block->blocks(path.at(i));
        block = nested.isEmpty() ? nullptr : nested.first();
    }
    return block ? module.evaluate(block->attribute(path.last())).value_or(QString()) : QString();
}

bool dependsOn(const Block &b, const QString &address)
{
    const HclValue *deps = b.attribute(QStringLiteral("depends_on"));
    if (!deps)
        return false;
    for (const HclValue &d : deps->items()) {
        if (d.expression() == address)
            return true;
    }
    return false;
}

} // namespace

void auditTrail(const TerraformModule &module, QList<Violation> &out)
{
    const auto report = [&out](const char *rule, const QString &address, const QString &message) {
        out.append({QString::fromLatin1(rule), Severity::Error, address, message});
    };

    for (const Block &b : module.resources(QStringLiteral("aws_cloudwatch_log_group"))) {
        const auto days = module.evaluate(b.attribute(QStringLiteral("retention_in_days")));
        if (!days)
            report("log-retention-values", b.address(), QStringLiteral("no retention_in_days: the log group keeps its events forever"));
        else if (!retentionValues().contains(days->toInt()))
            report("log-retention-values", b.address(),
                   QStringLiteral("retention_in_days %1 is not one CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, …)").arg(*days));
    }

    // Load balancer access logs: SSE-S3 only, and a bucket policy for Elastic Load Balancing.
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
    for (const Block &lb : module.resources(QStringLiteral("aws_lb"))) {
        const auto logs = lb.block->blocks(QStringLiteral("access_logs"));
        if (logs.isEmpty() || module.evaluate(logs.first()->attribute(QStringLiteral("enabled"))) != QStringLiteral("true"))
            continue;
        const QString bucket = bucketOf(logs.first()->attribute(QStringLiteral("bucket")));
        if (bucket.isEmpty() || !module.resource(QStringLiteral("aws_s3_bucket.") + bucket)) {
            report("access-log-delivery", lb.address(), QStringLiteral("the access log bucket is not one the module declares"));
            continue;
        }
        if (const auto sse = bucketResource(module, QStringLiteral("aws_s3_bucket_server_side_encryption_configuration"), bucket)) {
            const QString algorithm = nestedText(module, sse->block, {QStringLiteral("rule"), QStringLiteral("apply_server_side_encryption_by_default"), QStringLiteral("sse_algorithm")});
            if (algorithm != QLatin1String("AES256"))
                report("access-log-delivery", sse->address(),
                       QStringLiteral("sse_algorithm %1: load balancer access logs are delivered only to buckets with SSE-S3 (AES256)").arg(algorithm));
        }
        const auto policy = bucketResource(module, QStringLiteral("aws_s3_bucket_policy"), bucket);
        bool grants = false;
        const HclValue *doc = policy ? policy->attribute(QStringLiteral("policy")) : nullptr;
        const HclValue *statements = doc && doc->isCall() && !doc->items().isEmpty() ? doc->items().first().entry(QStringLiteral("Statement")) : nullptr;
        for (const HclValue &st : statements ? statements->items() : QList<HclValue>()) {
            const HclValue *principal = st.entry(QStringLiteral("Principal"));
            const HclValue *aws = principal ? principal->entry(QStringLiteral("AWS")) : nullptr;
            const HclValue *service = principal ? principal->entry(QStringLiteral("Service")) : nullptr;
            const bool elb = (aws && aws->expression().startsWith(QLatin1String("data.aws_elb_service_account.")))
                || (service && service->quotedText() == QStringLiteral("logdelivery.elasticloadbalancing.amazonaws.com"));
            const HclValue *action = st.entry(QStringLiteral("Action"));
            if (elb && action && action->quotedText() == QStringLiteral("s3:PutObject"))
                grants = true;
        }
        if (!grants)
            report("access-log-delivery", lb.address(),
                   QStringLiteral("no policy on aws_s3_bucket.%1 lets Elastic Load Balancing put the logs (s3:PutObject for the regional ELB account or logdelivery.elasticloadbalancing.amazonaws.com)").arg(bucket));
        else if (!dependsOn(lb, policy->address()))
            report("access-log-delivery", lb.address(),
                   QStringLiteral("the load balancer checks its log bucket's permission when logging is turned on: it must depend on %1").arg(policy->address()));
    }

    // CloudFront standard logging (legacy) writes with ACLs: not to a bucket whose ownership is
    // BucketOwnerEnforced (S3's default for new buckets).
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html
    for (const Block &dist : module.resources(QStringLiteral("aws_cloudfront_distribution"))) {
        const auto logging = dist.block->blocks(QStringLiteral("logging_config"));
        if (logging.isEmpty())
            continue;
        const QString bucket = bucketOf(logging.first()->attribute(QStringLiteral("bucket")));
        const auto ownership = bucketResource(module, QStringLiteral("aws_s3_bucket_ownership_controls"), bucket);
        const QString setting = ownership ? nestedText(module, ownership->block, {QStringLiteral("rule"), QStringLiteral("object_ownership")})
                                          : QStringLiteral("BucketOwnerEnforced");
        if (bucket.isEmpty())
            report("access-log-delivery", dist.address(), QStringLiteral("the standard log bucket is not one the module declares"));
        else if (setting == QLatin1String("BucketOwnerEnforced"))
            report("access-log-delivery", dist.address(),
                   QStringLiteral("aws_s3_bucket.%1 has ACLs disabled (BucketOwnerEnforced%2): CloudFront cannot deliver standard logs to it; use BucketOwnerPreferred")
                       .arg(bucket, ownership ? QString() : QStringLiteral(", S3's default")));
    }

    // RDS and Aurora log exports into groups the module owns, created before the instance or
    // cluster: /aws/rds/instance/<identifier>/<type> for an RDS instance,
    // /aws/rds/cluster/<cluster_identifier>/<type> for an Aurora cluster.
    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html
    // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.CloudWatch.html
    QHash<QString, QString> groups; // evaluated name → address
    for (const Block &g : module.resources(QStringLiteral("aws_cloudwatch_log_group"))) {
        if (const auto name = module.evaluate(g.attribute(QStringLiteral("name"))))
            groups.insert(*name, g.address());
    }
    struct Exporter
    {
        const char *type;       // resource type
        const char *identifier; // its identifier attribute
        const char *path;       // the log group path's middle part
        const char *what;       // for the message
    };
    for (const Exporter &e : {Exporter{"aws_db_instance", "identifier", "instance", "an instance"},
                              Exporter{"aws_rds_cluster", "cluster_identifier", "cluster", "a cluster"}}) {
        for (const Block &db : module.resources(QString::fromLatin1(e.type))) {
            const HclValue *exports = db.attribute(QStringLiteral("enabled_cloudwatch_logs_exports"));
            const auto identifier = module.evaluate(db.attribute(QString::fromLatin1(e.identifier)));
            if (!exports || !identifier)
                continue;
            for (const HclValue &type : exports->items()) {
                const QString name = QStringLiteral("/aws/rds/%1/%2/%3")
                                         .arg(QString::fromLatin1(e.path), *identifier, type.quotedText().value_or(QString()));
                const QString group = groups.value(name);
                if (group.isEmpty())
                    report("rds-log-groups", db.address(),
                           QStringLiteral("exports to %1, a log group the module does not declare: RDS creates it without a retention (kept forever)").arg(name));
                else if (!dependsOn(db, group))
                    report("rds-log-groups", db.address(),
                           QStringLiteral("must depend on %1: %2 created first makes the group itself and the group's creation fails")
                               .arg(group, QString::fromLatin1(e.what)));
            }
        }
    }

    // Private DNS of an interface endpoint needs DNS support and host names in its VPC.
    // https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html
    for (const Block &e : module.resources(QStringLiteral("aws_vpc_endpoint"))) {
        if (module.evaluate(e.attribute(QStringLiteral("vpc_endpoint_type"))) != QStringLiteral("Interface")
            || module.evaluate(e.attribute(QStringLiteral("private_dns_enabled"))) != QStringLiteral("true"))
            continue;
        const QString vpc = TerraformModule::referencedAddress(e.attribute(QStringLiteral("vpc_id")) ? e.attribute(QStringLiteral("vpc_id"))->expression() : QString());
        const auto v = module.resource(vpc);
        if (!v)
            continue; // an existing VPC: the team's settings
        if (module.evaluate(v->attribute(QStringLiteral("enable_dns_hostnames"))) != QStringLiteral("true")
            || module.evaluate(v->attribute(QStringLiteral("enable_dns_support"))) == QStringLiteral("false"))
            report("vpc-endpoint-dns", e.address(),
                   QStringLiteral("private DNS needs enable_dns_support and enable_dns_hostnames on %1").arg(vpc));
    }
}

} // namespace Infra::AwsRules
