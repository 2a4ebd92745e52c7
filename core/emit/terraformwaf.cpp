// terraform/waf.tf: the optional AWS WAF web ACL (issue 14 item 3), AWS managed rule groups
// in front of the application. A web ACL for CloudFront has scope CLOUDFRONT and must be
// created in us-east-1 (the aws.us_east_1 provider alias); one for a load balancer is REGIONAL,
// in the load balancer's region, and associated with it.
// https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html
#include "terraformemitter.h"

#include "terraformcontext.h"

namespace Infra {

namespace {

HclBlock visibility(const QString &metric)
{
    HclBlock v(QStringLiteral("visibility_config"));
    v.set(QStringLiteral("cloudwatch_metrics_enabled"), true);
    v.set(QStringLiteral("metric_name"), HclValue::string(metric));
    v.set(QStringLiteral("sampled_requests_enabled"), true);
    return v;
}

} // namespace

// Baseline and use-case groups of AWS Managed Rules (no subscription; 700 + 200 + 200 = 1,100
// of the 1,500 WCUs a web ACL gets without extra charge).
// https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-list.html
QStringList TerraformEmitter::wafRuleGroups()
{
    return {QStringLiteral("AWSManagedRulesCommonRuleSet"), QStringLiteral("AWSManagedRulesKnownBadInputsRuleSet"),
            QStringLiteral("AWSManagedRulesSQLiRuleSet")};
}

HclFile TerraformEmitter::waf(const TerraformContext &ctx)
{
    HclFile f;
    const Component *alb = ctx.wafAlb();
    if (!alb)
        return f;
    const bool cloudfront = ctx.wafOnCloudFront();
    HclBlock acl(QStringLiteral("resource"), {QStringLiteral("aws_wafv2_web_acl"), QStringLiteral("main")});
    if (cloudfront)
        acl.ref(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
    acl.set(QStringLiteral("name"), TerraformContext::prefixed(QStringLiteral("web")));
    acl.set(QStringLiteral("description"), cloudfront ? "AWS managed rules in front of CloudFront" : "AWS managed rules in front of the load balancer");
    acl.set(QStringLiteral("scope"), cloudfront ? "CLOUDFRONT" : "REGIONAL");
    HclBlock defaultAction(QStringLiteral("default_action"));
    defaultAction.add(HclBlock(QStringLiteral("allow")));
    acl.add(defaultAction);
    int priority = 0;
    for (const QString &group : wafRuleGroups()) {
        HclBlock rule(QStringLiteral("rule"));
        rule.set(QStringLiteral("name"), HclValue::string(group));
        rule.set(QStringLiteral("priority"), ++priority);
        HclBlock override(QStringLiteral("override_action"));
        override.add(HclBlock(QStringLiteral("none")));
        rule.add(override);
        HclBlock statement(QStringLiteral("statement"));
        HclBlock managed(QStringLiteral("managed_rule_group_statement"));
        managed.set(QStringLiteral("name"), HclValue::string(group));
        managed.set(QStringLiteral("vendor_name"), "AWS");
        statement.add(managed);
        rule.add(statement);
        rule.add(visibility(group));
        acl.add(rule);
    }
    acl.add(visibility(QStringLiteral("${local.name_prefix}-web")));
    f.add(acl);

    if (!cloudfront) {
        // CloudFront's distribution names the ACL itself (web_acl_id, cloudfront.tf).
        HclBlock assoc(QStringLiteral("resource"), {QStringLiteral("aws_wafv2_web_acl_association"), QStringLiteral("main")});
        assoc.ref(QStringLiteral("resource_arn"), QStringLiteral("aws_lb.%1.arn").arg(TerraformContext::tfName(alb->id)));
        assoc.ref(QStringLiteral("web_acl_arn"), QStringLiteral("aws_wafv2_web_acl.main.arn"));
        f.add(assoc);
    }
    return f;
}

} // namespace Infra
