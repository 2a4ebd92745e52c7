#include "wafrules.h"

#include <QHash>

namespace Infra::AwsRules {

// https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html
// ("for Amazon CloudFront distributions ... you must create the web ACL in US East (N. Virginia)")
void wafScope(const TerraformModule &module, QList<AwsConstraints::Violation> &out)
{
    const auto report = [&out](const QString &address, const QString &message) {
        out.append({QStringLiteral("waf-scope"), AwsConstraints::Violation::Severity::Error, address, message});
    };
    // The default provider's region, as `terraform apply` without -var sees it.
    QString defaultRegion;
    for (const HclBlock *p : module.topLevel(QStringLiteral("provider"))) {
        if (p->labels().value(0) == QLatin1String("aws") && !p->attribute(QStringLiteral("alias")))
            defaultRegion = module.evaluate(p->attribute(QStringLiteral("region"))).value_or(QString());
    }
    QHash<QString, QString> scopes; // aws_wafv2_web_acl.main → CLOUDFRONT
    for (const TerraformModule::Block &acl : module.resources(QStringLiteral("aws_wafv2_web_acl"))) {
        const QString scope = module.evaluate(acl.attribute(QStringLiteral("scope"))).value_or(QString());
        scopes.insert(acl.address(), scope);
        const HclValue *provider = acl.attribute(QStringLiteral("provider"));
        const bool usEast1 = provider ? provider->expression() == QLatin1String("aws.us_east_1") : defaultRegion == QLatin1String("us-east-1");
        if (scope == QLatin1String("CLOUDFRONT") && !usEast1)
            report(acl.address(), QStringLiteral("a web ACL of scope CLOUDFRONT must be created in us-east-1 (provider = aws.us_east_1); elsewhere AWS refuses it"));
    }
    for (const TerraformModule::Block &dist : module.resources(QStringLiteral("aws_cloudfront_distribution"))) {
        const HclValue *id = dist.attribute(QStringLiteral("web_acl_id"));
        if (!id)
            continue;
        const QString acl = TerraformModule::referencedAddress(id->expression());
        if (scopes.contains(acl) && scopes.value(acl) != QLatin1String("CLOUDFRONT"))
            report(dist.address(), QStringLiteral("web_acl_id names %1 of scope %2: CloudFront takes only CLOUDFRONT web ACLs").arg(acl, scopes.value(acl)));
    }
    for (const TerraformModule::Block &assoc : module.resources(QStringLiteral("aws_wafv2_web_acl_association"))) {
        const HclValue *arn = assoc.attribute(QStringLiteral("web_acl_arn"));
        const QString acl = TerraformModule::referencedAddress(arn ? arn->expression() : QString());
        if (scopes.value(acl) == QLatin1String("CLOUDFRONT"))
            report(assoc.address(), QStringLiteral("%1 has scope CLOUDFRONT: it attaches through the distribution's web_acl_id, not an association with a regional resource").arg(acl));
    }
}

} // namespace Infra::AwsRules
