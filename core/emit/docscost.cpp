// docs/cost.md (the cost engine's estimate) and docs/terraform/README.md.
#include "docsemitter.h"

#include "docscontext.h"
#include "docswriter.h"
#include "terraformemitter.h"

#include "cost/costengine.h"

namespace Infra {

namespace {

using W = DocsWriter;

void header(W &w, const DocsContext &ctx, const QString &title)
{
    w.heading(1, title);
    w.paragraph(QStringLiteral("> ") + ctx.notice());
}

QStringList amounts(const Amounts &a)
{
    return {W::money(a.minimum()), W::money(a.desired()), W::money(a.maximum())};
}

} // namespace

QByteArray DocsEmitter::costReport(const DocsContext &ctx)
{
    W w;
    header(w, ctx, QStringLiteral("Monthly cost estimate"));
    // The derivation's estimate when it was given one (the studio's document prices each change
    // once; the same engine, catalog and options), else priced here.
    CostEstimate own;
    if (!ctx.derived().cost())
        own = CostEngine().estimate(ctx.design());
    const CostEstimate &e = ctx.derived().cost() ? *ctx.derived().cost() : own;
    w.paragraph(
        QStringLiteral(
            "On-demand list prices for %1 (%2) from the pricing catalog %3 of %4, %5 hours a month. The three columns "
            "price every "
            "service at its minimum, desired and maximum task count; traffic-driven items are the same in all three.")
            .arg(e.region, e.regionName, e.catalogVersion, e.catalogDate, W::number(e.hoursPerMonth)));
    if (!e.isValid())
        w.paragraph(QStringLiteral("**The estimate is partial:** %1").arg(e.errors.join(QStringLiteral("; "))));

    w.heading(2, QStringLiteral("Summary"));
    QList<QStringList> rows;
    for (int c = 0; c < costCategoryCount; ++c) {
        const Amounts a = e.categories[size_t(c)];
        if (a.minimum() == 0 && a.desired() == 0 && a.maximum() == 0)
            continue;
        rows.append(QStringList{costCategoryDisplayName(CostCategory(c))} + amounts(a));
    }
    rows.append(QStringList{QStringLiteral("**Total**")} + amounts(e.total));
    w.table(
        {QStringLiteral("Category"), QStringLiteral("Minimum"), QStringLiteral("Desired"), QStringLiteral("Maximum")},
        rows);
    const double budget = ctx.design().value(Section::Workload, QStringLiteral("monthly_budget_usd")).toDouble();
    if (budget > 0)
        w.paragraph(
            QStringLiteral("Budget: %1 a month. At desired scale the estimate is %2 (%3); at maximum scale %4 (%5).")
                .arg(W::money(budget), W::money(e.total.desired()),
                     e.total.desired() > budget ? QStringLiteral("**over budget**") : QStringLiteral("within budget"),
                     W::money(e.total.maximum()),
                     e.total.maximum() > budget ? QStringLiteral("**over budget**") : QStringLiteral("within budget")));

    w.heading(2, QStringLiteral("By component"));
    for (const ComponentCost &c : e.components) {
        w.heading(3, QStringLiteral("%1 (%2): %3 at desired scale")
                         .arg(c.name.isEmpty() ? c.id : c.name, W::tt(c.id), W::money(c.total.desired())));
        rows.clear();
        for (const LineItem &li : c.items)
            rows.append(QStringList{li.label, W::decimal(li.quantity.desired(), 2) + QLatin1Char(' ') + li.unit,
                                    W::unitPrice(li.unitPrice)} +
                        amounts(li.amount));
        w.table({QStringLiteral("Item"), QStringLiteral("Quantity (desired)"), QStringLiteral("Unit price"),
                 QStringLiteral("Minimum"), QStringLiteral("Desired"), QStringLiteral("Maximum")},
                rows);
        QStringList notes;
        for (const LineItem &li : c.items) {
            if (!li.note.isEmpty())
                notes.append(QStringLiteral("%1: %2").arg(li.label, li.note));
        }
        w.bullets(notes);
    }

    if (e.gravitonDelta != 0)
        w.paragraph(QStringLiteral("Graviton: moving every x86 component with an arm64 alternative would change the "
                                   "desired-scale total by %1 a month.")
                        .arg(W::money(e.gravitonDelta)));
    QStringList notes = e.notes;
    if (!e.unverifiedPrices.isEmpty())
        notes.append(
            QStringLiteral("Unverified catalog figures used: %1.").arg(e.unverifiedPrices.join(QStringLiteral(", "))));
    if (!notes.isEmpty()) {
        w.heading(2, QStringLiteral("Notes"));
        w.bullets(notes);
    }
    w.paragraph(QStringLiteral(
        "Discounts (Savings Plans, reserved instances) are not applied here; `infra-studio-cli cost` compares them."));
    return w.toUtf8();
}

namespace {

// Where the state lives and which secret values it holds: none of the generated ones where the
// AWS provider has a write-only argument, and the reason for each exception.
void stateAndSecrets(W &w, const DocsContext &ctx)
{
    const TerraformContext &tf = ctx.terraform();
    const Design &d = ctx.design();
    w.heading(2, QStringLiteral("State and secrets"));
    w.paragraph(QStringLiteral("versions.tf declares an S3 backend without settings (`backend \"s3\" {}`): Terraform "
                               "allows no variables in a backend block, so the settings come at `terraform init` from "
                               "`backend.s3.tfbackend` (state key %1, region %2, `encrypt = true`, `use_lockfile = true`: "
                               "S3's own lock file, no DynamoDB table) and the bucket's name from `-backend-config`. "
                               "Create the bucket once, before the first init:")
                    .arg(W::tt(QStringLiteral("%1/%2/terraform.tfstate").arg(d.project(), d.environment())), W::tt(d.region())));
    // us-east-1 refuses a LocationConstraint; every other region needs one.
    const QString location = d.region() == QLatin1String("us-east-1")
        ? QString()
        : QStringLiteral(" --create-bucket-configuration LocationConstraint=") + d.region();
    w.code(QStringLiteral("bash"),
           QStringLiteral("STATE_BUCKET=%1-tfstate-$(aws sts get-caller-identity --query Account --output text)\n"
                          "aws s3api create-bucket --bucket \"$STATE_BUCKET\" --region %2%3\n"
                          "aws s3api put-bucket-versioning --bucket \"$STATE_BUCKET\" --versioning-configuration Status=Enabled\n"
                          "aws s3api put-public-access-block --bucket \"$STATE_BUCKET\" --public-access-block-configuration "
                          "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true")
               .arg(d.project(), d.region(), location));
    w.paragraph(QStringLiteral("Only the people and the CI role that apply this module should be able to read the bucket: "
                               "the state holds the values marked *yes* below."));

    QList<QStringList> rows;
    for (const QString &secret : tf.secretNames()) {
        const QString name = TerraformContext::tfName(secret);
        if (secret == QLatin1String("redis-auth-token") && tf.isGeneratedSecret(secret))
            rows.append({W::tt(secret), QStringLiteral("`random_password.%1`, written with `secret_string_wo`").arg(name),
                         QStringLiteral("**yes**: the replication group's `auth_token` has no write-only form in the AWS "
                                        "provider (6.x), so the state holds it; the bucket's encryption and access policy protect it")});
        else if (tf.isGeneratedSecret(secret))
            rows.append({W::tt(secret), QStringLiteral("ephemeral `aws_secretsmanager_random_password.%1`, written with `secret_string_wo`").arg(name),
                         QStringLiteral("no")});
        else
            rows.append({W::tt(secret), QStringLiteral("ephemeral variable `%1` (`TF_VAR_%1`), written with `secret_string_wo` "
                                                       "when `secret_values_version` changes").arg(name),
                         QStringLiteral("no")});
    }
    if (tf.database()) {
        rows.append({QStringLiteral("database master password"),
                     QStringLiteral("RDS (`manage_master_user_password`), secret `terraform output db_master_secret_arn`"),
                     QStringLiteral("no: it never passes through Terraform")});
        rows.append({QStringLiteral("`database-app`") + (tf.has(ComponentKind::PgBouncer) ? QStringLiteral(", `database-pgbouncer-auth`") : QString()),
                     QStringLiteral("ephemeral `aws_secretsmanager_random_password`, written with `secret_string_wo` (database.tf)"),
                     QStringLiteral("no")});
    }
    // memorydb.tf: a user's password is a random_password (authentication_mode has no
    // write-only form), copied into its secret with secret_string_wo.
    for (const Component *store : tf.all(ComponentKind::MemoryDb)) {
        for (const QString &user : store->listParam(QStringLiteral("acl_users")))
            rows.append({W::tt(QStringLiteral("%1-%2").arg(store->id, user)),
                         QStringLiteral("`random_password.%1`, written with `secret_string_wo` (memorydb.tf)")
                             .arg(TerraformContext::memoryDbUserResource(*store, user)),
                         QStringLiteral("**yes**: the MemoryDB user's `authentication_mode.passwords` has no write-only form in "
                                        "the AWS provider (6.x), so the state holds it; the bucket's encryption and access policy protect it")});
    }
    if (tf.frontedAlb())
        rows.append({QStringLiteral("CloudFront origin header"), QStringLiteral("`random_password.origin_verify`"),
                     QStringLiteral("**yes**: the distribution's origin and the listener rule carry it in their configuration; "
                                    "it only proves a request came through CloudFront and opens no data")});
    w.table({QStringLiteral("Secret"), QStringLiteral("Value from"), QStringLiteral("In the state")}, rows);
    QString rotation = QStringLiteral("Terraform writes a generated value once (`secret_string_wo_version = 1`) and never reads "
                                      "a write-only value back, so a rotation in Secrets Manager shows no drift (the runbooks "
                                      "rotate the database logins).");
    if (tf.redisUsesAuthToken())
        rotation += QStringLiteral(" A new Redis AUTH token: raise `redis_auth_token_version`; ElastiCache rotates to it "
                                   "(old and new accepted until the next change) and the secret gets it, then restart the services.");
    w.paragraph(rotation);
}

} // namespace

namespace {

// The audit trail and the private paths (logging.tf, rds.tf, network.tf) with what they cost:
// the figures are the cost estimate's lines, so README and cost report agree.
void auditTrail(W &w, const DocsContext &ctx)
{
    const TerraformContext &tf = ctx.terraform();
    // The derivation's estimate when it has one (the studio prices each change once), else here.
    CostEstimate own;
    if (!ctx.derived().cost())
        own = CostEngine().estimate(ctx.design());
    const CostEstimate &estimate = ctx.derived().cost() ? *ctx.derived().cost() : own;
    const auto cost = [&](const QString &id, const QStringList &keys) {
        double sum = 0;
        for (const QString &key : keys) {
            if (const LineItem *item = estimate.item(id, key))
                sum += item->amount.desired();
        }
        return QStringLiteral("%1 USD a month").arg(sum, 0, 'f', 2);
    };
    w.heading(2, QStringLiteral("Audit trail and private paths"));
    QList<QStringList> rows;
    if (const Component *alb = tf.first(ComponentKind::Alb))
        rows.append({QStringLiteral("Load balancer access logs"), QStringLiteral("S3 `alb/` in the access log bucket (SSE-S3)"),
                     QStringLiteral("%1 days (lifecycle)").arg(tf.retentionDays(QStringLiteral("access_log_retention_days"))),
                     cost(alb->id, {QStringLiteral("access_logs")})});
    if (const Component *cdn = tf.cdn())
        rows.append({QStringLiteral("CloudFront standard logs"), QStringLiteral("S3 `cloudfront/` in the access log bucket"),
                     QStringLiteral("%1 days (lifecycle)").arg(tf.retentionDays(QStringLiteral("access_log_retention_days"))),
                     cost(cdn->id, {QStringLiteral("access_logs")})});
    if (tf.flowLogs())
        rows.append({QStringLiteral("VPC flow logs (accepted and rejected)"), W::tt(QStringLiteral("/vpc/%1/flow-logs").arg(ctx.namePrefix())),
                     QStringLiteral("%1 days").arg(tf.retentionDays(QStringLiteral("flow_log_retention_days"))),
                     cost(QStringLiteral("network"), {QStringLiteral("flow_logs_ingestion"), QStringLiteral("flow_logs_storage")})});
    else
        rows.append({QStringLiteral("VPC flow logs"),
                     QStringLiteral("not created: the existing VPC is its owner's, who usually logs it already; check that they do "
                                    "(%1 adds a set of this module's)").arg(W::tt(QStringLiteral("network.existing_vpc_flow_logs"))),
                     QStringLiteral("-"), QStringLiteral("-")});
    for (const Component *db : tf.all(ComponentKind::RdsPostgres)) {
        // Each read replica exports into groups of its own (rds.tf).
        const qint64 replicas = db->intParam(QStringLiteral("read_replicas"));
        const QString groups = W::tt(QStringLiteral("/aws/rds/instance/%1/…").arg(ctx.resourceName(db->id)));
        rows.append({replicas > 0 ? QStringLiteral("RDS log exports (postgresql, upgrade) of the instance and its %1 read replica(s)").arg(replicas)
                                  : QStringLiteral("RDS log exports (postgresql, upgrade)"),
                     replicas > 0 ? groups + QStringLiteral(", ") + W::tt(QStringLiteral("/aws/rds/instance/%1-replica-1…%2/…").arg(ctx.resourceName(db->id)).arg(replicas))
                                  : groups,
                     QStringLiteral("%1 days").arg(tf.retentionDays(QStringLiteral("database_log_retention_days"))),
                     cost(db->id, {QStringLiteral("log_exports_ingestion"), QStringLiteral("log_exports_storage")})});
    }
    for (const Component *db : tf.all(ComponentKind::AuroraPostgres))
        rows.append({QStringLiteral("Aurora log exports (postgresql, every instance)"),
                     W::tt(QStringLiteral("/aws/rds/cluster/%1/postgresql").arg(ctx.resourceName(db->id))),
                     QStringLiteral("%1 days").arg(tf.retentionDays(QStringLiteral("database_log_retention_days"))),
                     cost(db->id, {QStringLiteral("log_exports_ingestion"), QStringLiteral("log_exports_storage")})});
    if (tf.vpcEndpoints())
        rows.append({QStringLiteral("VPC endpoints (ECR api and dkr, Secrets Manager, CloudWatch Logs; S3 gateway)"),
                     QStringLiteral("network.tf"), QStringLiteral("-"),
                     cost(QStringLiteral("network"), {QStringLiteral("vpc_endpoint_hours"), QStringLiteral("vpc_endpoint_data")})});
    w.table({QStringLiteral("What"), QStringLiteral("Where"), QStringLiteral("Kept"), QStringLiteral("Cost at desired scale")}, rows);
    if (const Component *alb = tf.wafAlb())
        w.paragraph(QStringLiteral("The WAF web ACL %1 (waf.tf) runs the AWS managed rule groups %2 %3; it costs %4.")
                        .arg(W::tt(ctx.namePrefix() + QStringLiteral("-web")), W::tt(TerraformEmitter::wafRuleGroups().join(QStringLiteral("`, `"))),
                             tf.wafOnCloudFront() ? QStringLiteral("on CloudFront (scope CLOUDFRONT, created in us-east-1)")
                                                  : QStringLiteral("on the load balancer (scope REGIONAL)"),
                             cost(alb->id, {QStringLiteral("waf_acl"), QStringLiteral("waf_rules"), QStringLiteral("waf_requests")})));
    w.paragraph(QStringLiteral("Retentions are design parameters of the CloudWatch component (`access_log_retention_days`, "
                               "`flow_log_retention_days`, `database_log_retention_days`); VPC endpoints are the network "
                               "option `vpc_endpoints`%1. The volumes behind these costs are assumptions of the traffic "
                               "model (docs/capacity-model.md in the studio's documentation); the cost report shows each line.")
                    .arg(tf.vpcEndpoints() ? QString()
                                           : QStringLiteral(" (off: the tasks reach AWS through NAT; the cost report weighs the two)")));
}

} // namespace

QByteArray DocsEmitter::terraformReadme(const DocsContext &ctx, const QStringList &terraformPaths)
{
    W w;
    header(w, ctx, QStringLiteral("Terraform module"));
    w.paragraph(QStringLiteral("`terraform/` is a root module that deploys the design to %1 with Terraform >= 1.11 and "
                               "the AWS provider ~> 6.0. "
                               "Every resource is named with the prefix %2 (`${var.project}-${var.environment}`).")
                    .arg(ctx.region(), W::tt(ctx.namePrefix())));

    const TerraformContext &tf = ctx.terraform();
    const Component *alb = tf.first(ComponentKind::Alb);
    w.heading(2, QStringLiteral("Before the first apply"));
    QStringList before = {QStringLiteral("AWS credentials allowed to create every resource type in the files below, "
                                         "Terraform >= 1.11 (write-only arguments and ephemeral values keep the secrets out "
                                         "of the state) and network access to the Terraform registry."),
                          QStringLiteral("An S3 bucket for the Terraform state (versioning on, public access blocked, default "
                                         "encryption), reachable with those credentials: see *State and secrets* below.")};
    if (alb) {
        before.append(QStringLiteral("A DNS name for the application (`domain_name`, default %1) in a domain you control. With "
                                     "`route53_zone_id` set to its Route 53 hosted zone, the module creates the certificate "
                                     "validation records and the alias record itself; without it, add the CNAME records that "
                                     "`terraform output certificate_validation_records` lists to your DNS while the first apply "
                                     "waits for the certificate (or pass issued certificates: `alb_certificate_arn`%2).")
                          .arg(W::tt(alb->stringParam(QStringLiteral("certificate_domain"))),
                               tf.frontedAlb() ? QStringLiteral(", and `cloudfront_certificate_arn` from us-east-1") : QString()));
    }
    if (!tf.ecsServices().empty())
        before.append(QStringLiteral("An application image pushed under the tag you pass as `image_tag` (it has no default: "
                                     "with immutable tags a re-pushed `latest` is refused). On the very first apply the ECR "
                                     "repository does not exist yet: apply with `-target=aws_ecr_repository.<name>`, push, "
                                     "then apply everything."));
    if (!tf.secretVariables().isEmpty())
        before.append(QStringLiteral("The values of the secret variables (%1), exported as `TF_VAR_…` for every plan and apply: "
                                     "they are ephemeral, so Terraform keeps them in no file, plan or state.")
                          .arg(W::tt(tf.secretVariables().join(QStringLiteral("`, `")))));
    if (tf.hasAccessLogBucket())
        before.append(QStringLiteral("For the access log bucket%1: credentials that may also set bucket policies%2.")
                          .arg(tf.cdn() ? QStringLiteral(" (CloudFront's standard logging writes with ACLs, so it accepts them: BucketOwnerPreferred)") : QString(),
                               tf.cdn() ? QStringLiteral(" and bucket ACLs (CloudFront adds its log delivery account to the ACL when the distribution is created)") : QString()));
    w.bullets(before);
    w.heading(2, QStringLiteral("What the first apply creates, in order"));
    QStringList order;
    if (tf.isNewVpc())
        order.append(tf.vpcEndpoints()
                         ? QStringLiteral("the network: VPC, subnets, NAT gateways and routes, the S3 gateway endpoint and the interface endpoints (ECR api and dkr, Secrets Manager, CloudWatch Logs), security groups")
                         : QStringLiteral("the network: VPC, subnets, NAT gateways and routes, security groups"));
    else
        order.append(QStringLiteral("the security groups, in the existing VPC %1 (its subnets, routes and NAT are its owner's)")
                         .arg(W::tt(ctx.design().value(Section::Network, QStringLiteral("existing_vpc_id")).toString())));
    QStringList trail;
    if (tf.flowLogs())
        trail.append(QStringLiteral("VPC flow logs to CloudWatch Logs (kept %1 days)").arg(tf.retentionDays(QStringLiteral("flow_log_retention_days"))));
    if (tf.hasAccessLogBucket())
        trail.append(QStringLiteral("the access log bucket %1 (access logs expire after %2 days)")
                              .arg(W::tt(ctx.namePrefix() + QStringLiteral("-access-logs-ACCOUNT_ID")))
                              .arg(tf.retentionDays(QStringLiteral("access_log_retention_days"))));
    if (!trail.isEmpty())
        order.append(QStringLiteral("the audit trail: ") + trail.join(QStringLiteral(", ")));
    if (alb)
        order.append(tf.frontedAlb() ? QStringLiteral("the certificates (ACM, the CloudFront one in us-east-1) and their DNS validation; apply waits until both are issued")
                                     : QStringLiteral("the load balancer's certificate (ACM) and its DNS validation; apply waits until it is issued"));
    order.append(QStringLiteral("the secrets in Secrets Manager, their generated values written once with write-only arguments"));
    const bool aurora = tf.database() && tf.database()->kind == ComponentKind::AuroraPostgres;
    const QString memorydb = tf.has(ComponentKind::MemoryDb) ? QStringLiteral(", MemoryDB clusters") : QString();
    order.append(tf.database() ? QStringLiteral("data stores: database (%1 exported to CloudWatch, kept %2 days), Redis%3, buckets, queues (the database takes 10-20 minutes)")
                                     .arg(aurora ? QStringLiteral("the PostgreSQL log of every instance") : QStringLiteral("its PostgreSQL and upgrade logs"))
                                     .arg(tf.retentionDays(QStringLiteral("database_log_retention_days")))
                                     .arg(memorydb)
                               : QStringLiteral("data stores: Redis%1, buckets, queues").arg(memorydb));
    if (alb)
        order.append(tf.frontedAlb() ? QStringLiteral("the load balancer (HTTPS from CloudFront only, requests without CloudFront's secret header get 403) and the CloudFront distribution (15-30 minutes), then the DNS alias")
                                     : QStringLiteral("the load balancer and the DNS alias"));
    if (!tf.ecsServices().empty())
        order.append(QStringLiteral("the ECS cluster, task definitions and services, autoscaling and alarms; the services start once the image exists"));
    w.numbered(order);

    w.heading(2, QStringLiteral("Usage"));
    QStringList exports;
    for (const QString &v : ctx.terraform().secretVariables())
        exports.append(QStringLiteral("export TF_VAR_%1=...   # sensitive, never committed").arg(v));
    QString usage = QStringLiteral("cd terraform\n"
                                   "terraform init -backend-config=backend.s3.tfbackend -backend-config=\"bucket=STATE_BUCKET\"\n");
    if (!exports.isEmpty())
        usage += exports.join(QLatin1Char('\n')) + QLatin1Char('\n');
    usage += tf.ecsServices().empty() ? QStringLiteral("terraform plan -out tfplan\nterraform apply tfplan")
                                      : QStringLiteral("terraform plan -var image_tag=GIT_SHA -out tfplan\nterraform apply tfplan");
    w.code(QStringLiteral("bash"), usage);

    stateAndSecrets(w, ctx);

    w.heading(2, QStringLiteral("Variables"));
    QList<QStringList> rows;
    rows.append({W::tt(QStringLiteral("project")), W::tt(ctx.design().project()), QStringLiteral("resource names")});
    rows.append({W::tt(QStringLiteral("environment")), W::tt(ctx.design().environment()),
                 QStringLiteral("resource names, tags")});
    rows.append({W::tt(QStringLiteral("aws_region")), W::tt(ctx.region()), QStringLiteral("every resource")});
    if (ctx.terraform().isNewVpc()) {
        rows.append({W::tt(QStringLiteral("vpc_cidr")),
                     W::tt(ctx.design().value(Section::Network, QStringLiteral("vpc_cidr")).toString()),
                     QStringLiteral("new VPC")});
        rows.append({W::tt(QStringLiteral("az_count")),
                     QString::number(ctx.design().value(Section::Network, QStringLiteral("az_count")).toLongLong()),
                     QStringLiteral("zones of the tasks, NAT gateways and routes (subnets: at least two)")});
    } else {
        rows.append({W::tt(QStringLiteral("existing_vpc_id")),
                     W::tt(ctx.design().value(Section::Network, QStringLiteral("existing_vpc_id")).toString()),
                     QStringLiteral("existing VPC")});
        const auto subnets = [&](const char *key) {
            const QStringList ids = ctx.design().value(Section::Network, QLatin1String(key)).toStringList();
            return ids.isEmpty() ? QStringLiteral("empty") : W::tt(ids.join(QStringLiteral(", ")));
        };
        rows.append({W::tt(QStringLiteral("existing_public_subnet_ids")), subnets("existing_public_subnet_ids"),
                     QStringLiteral("the load balancer's subnets")});
        rows.append({W::tt(QStringLiteral("existing_private_subnet_ids")), subnets("existing_private_subnet_ids"),
                     QStringLiteral("the tasks', database's and Redis's subnets")});
    }
    if (alb) {
        rows.append({W::tt(QStringLiteral("domain_name")), W::tt(alb->stringParam(QStringLiteral("certificate_domain"))),
                     tf.frontedAlb() ? QStringLiteral("CloudFront alias, certificates") : QStringLiteral("load balancer certificate")});
        rows.append({W::tt(QStringLiteral("route53_zone_id")), QStringLiteral("empty"), QStringLiteral("validation and alias records (empty: your DNS)")});
        rows.append({W::tt(QStringLiteral("alb_certificate_arn")), QStringLiteral("empty"), QStringLiteral("an issued certificate instead of a new one")});
        if (tf.frontedAlb())
            rows.append({W::tt(QStringLiteral("cloudfront_certificate_arn")), QStringLiteral("empty"), QStringLiteral("an issued us-east-1 certificate instead of a new one")});
    }
    if (!tf.ecsServices().empty())
        rows.append({W::tt(QStringLiteral("image_tag")), QStringLiteral("(required, no default)"),
                     QStringLiteral("application image deployed")});
    for (const QString &v : ctx.terraform().secretVariables())
        rows.append({W::tt(v), QStringLiteral("(sensitive, ephemeral, no default)"), QStringLiteral("TF_VAR_") + v});
    if (!tf.secretVariables().isEmpty())
        rows.append({W::tt(QStringLiteral("secret_values_version")), QStringLiteral("1"), QStringLiteral("raise to write new secret values")});
    if (tf.redisUsesAuthToken())
        rows.append({W::tt(QStringLiteral("redis_auth_token_version")), QStringLiteral("1"), QStringLiteral("raise for a new Redis AUTH token")});
    w.table({QStringLiteral("Variable"), QStringLiteral("Default"), QStringLiteral("Used for")}, rows);
    w.paragraph(QStringLiteral("variables.tf lists every variable with its description."));

    auditTrail(w, ctx);

    w.heading(2, QStringLiteral("Files"));
    QStringList list;
    for (const QString &path : terraformPaths)
        list.append(W::tt(path.section(QLatin1Char('/'), 1)));
    w.bullets(list);

    w.heading(2, QStringLiteral("After apply"));
    w.bullets({QStringLiteral("`terraform output` prints the load balancer and CloudFront names, the cluster and "
                              "services, the database endpoint and the buckets."),
               // The services run the image tag Terraform's var.image_tag names, in a repository with
               // immutable tags: a forced new deployment restarts the tasks on the tag they already run
               // (UpdateService forceNewDeployment keeps the task definition), so a new image needs a
               // new tag and an apply, which deploy.sh does after the release task.
               ctx.first(ComponentKind::EcsWeb)
                   ? QStringLiteral("Deploy a new version: push the image under a new tag (the repository's tags are immutable), "
                                    "then `config/deploy.sh release TAG`: it runs the release task (migrations, static files) "
                                    "with that image and applies the module with `image_tag=TAG`, which rolls the services. "
                                    "`aws ecs update-service --force-new-deployment` only restarts the tasks on the image "
                                    "they already run.")
                   : QStringLiteral("Deploy a new version: push the image under a new tag (the repository's tags are immutable), "
                                    "then `terraform apply -var image_tag=TAG`, which rolls the services of cluster `%1`. "
                                    "`aws ecs update-service --force-new-deployment` only restarts the tasks on the image "
                                    "they already run.")
                         .arg(ctx.clusterName()),
               QStringLiteral(
                   "The application configuration matching this module is in `config/` (settings, Celery, pgBouncer)."),
               QStringLiteral("Operations: [runbooks](../runbooks/).")});
    return w.toUtf8();
}

} // namespace Infra
