#include "terraformemitter.h"

#include "terraformcontext.h"

#include <algorithm>

namespace Infra {

namespace {

HclValue nameTag(const QString &suffix)
{
    return HclValue::object({{QStringLiteral("Name"), TerraformContext::prefixed(suffix)}});
}

} // namespace

HclFile TerraformEmitter::network(const TerraformContext &ctx)
{
    HclFile f;
    if (!ctx.isNewVpc()) {
        // An existing VPC: everything else refers to these locals only.
        HclBlock locals(QStringLiteral("locals"));
        locals.ref(QStringLiteral("vpc_id"), QStringLiteral("var.existing_vpc_id"));
        locals.ref(QStringLiteral("public_subnet_ids"), QStringLiteral("var.existing_public_subnet_ids"));
        locals.ref(QStringLiteral("private_subnet_ids"), QStringLiteral("var.existing_private_subnet_ids"));
        f.add(locals);
        return f;
    }

    const int nat = ctx.natGateways();

    HclBlock azs(QStringLiteral("data"), {QStringLiteral("aws_availability_zones"), QStringLiteral("available")});
    azs.set(QStringLiteral("state"), "available");
    f.add(azs);

    // Everything follows var.az_count. One zone is allowed outside production (the finding
    // single-az), but subnets still span two: a load balancer and an RDS subnet group refuse
    // fewer. The tasks, NAT gateways and private routes stay in the first var.az_count zones.
    HclBlock locals(QStringLiteral("locals"));
    locals.ref(QStringLiteral("subnet_zones"), QStringLiteral("max(var.az_count, 2)"));
    locals.ref(QStringLiteral("azs"), QStringLiteral("slice(data.aws_availability_zones.available.names, 0, local.subnet_zones)"));
    locals.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    locals.ref(QStringLiteral("public_subnet_ids"), QStringLiteral("aws_subnet.public[*].id"));
    locals.ref(QStringLiteral("private_subnet_ids"), QStringLiteral("aws_subnet.private[*].id"));
    locals.ref(QStringLiteral("task_subnet_ids"), QStringLiteral("slice(aws_subnet.%1[*].id, 0, var.az_count)")
                                                       .arg(ctx.tasksNeedPublicIp() ? QStringLiteral("public") : QStringLiteral("private")));
    f.add(locals);

    HclBlock vpc(QStringLiteral("resource"), {QStringLiteral("aws_vpc"), QStringLiteral("main")});
    vpc.ref(QStringLiteral("cidr_block"), QStringLiteral("var.vpc_cidr"));
    vpc.set(QStringLiteral("enable_dns_hostnames"), true);
    vpc.set(QStringLiteral("enable_dns_support"), true);
    vpc.set(QStringLiteral("tags"), nameTag(QStringLiteral("vpc")));
    f.add(vpc);

    HclBlock igw(QStringLiteral("resource"), {QStringLiteral("aws_internet_gateway"), QStringLiteral("main")});
    igw.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    igw.set(QStringLiteral("tags"), nameTag(QStringLiteral("igw")));
    f.add(igw);

    // Public subnets take the first /24s (for a /16), private ones the next.
    HclBlock pub(QStringLiteral("resource"), {QStringLiteral("aws_subnet"), QStringLiteral("public")});
    pub.ref(QStringLiteral("count"), QStringLiteral("local.subnet_zones"));
    pub.blank();
    pub.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    pub.ref(QStringLiteral("cidr_block"), QStringLiteral("cidrsubnet(var.vpc_cidr, 8, count.index)"));
    pub.ref(QStringLiteral("availability_zone"), QStringLiteral("local.azs[count.index]"));
    pub.set(QStringLiteral("map_public_ip_on_launch"), false);
    pub.set(QStringLiteral("tags"), HclValue::object({{QStringLiteral("Name"), HclValue::string(QStringLiteral("${local.name_prefix}-public-${local.azs[count.index]}"))},
                                                     {QStringLiteral("Tier"), HclValue::string(QStringLiteral("public"))}}));
    f.add(pub);

    HclBlock priv(QStringLiteral("resource"), {QStringLiteral("aws_subnet"), QStringLiteral("private")});
    priv.ref(QStringLiteral("count"), QStringLiteral("local.subnet_zones"));
    priv.blank();
    priv.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    priv.ref(QStringLiteral("cidr_block"), QStringLiteral("cidrsubnet(var.vpc_cidr, 8, count.index + local.subnet_zones)"));
    priv.ref(QStringLiteral("availability_zone"), QStringLiteral("local.azs[count.index]"));
    priv.set(QStringLiteral("tags"), HclValue::object({{QStringLiteral("Name"), HclValue::string(QStringLiteral("${local.name_prefix}-private-${local.azs[count.index]}"))},
                                                      {QStringLiteral("Tier"), HclValue::string(QStringLiteral("private"))}}));
    f.add(priv);

    HclBlock pubRt(QStringLiteral("resource"), {QStringLiteral("aws_route_table"), QStringLiteral("public")});
    pubRt.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    HclBlock igwRoute(QStringLiteral("route"));
    igwRoute.set(QStringLiteral("cidr_block"), "0.0.0.0/0");
    igwRoute.ref(QStringLiteral("gateway_id"), QStringLiteral("aws_internet_gateway.main.id"));
    pubRt.add(igwRoute);
    pubRt.set(QStringLiteral("tags"), nameTag(QStringLiteral("public")));
    f.add(pubRt);

    HclBlock pubAssoc(QStringLiteral("resource"), {QStringLiteral("aws_route_table_association"), QStringLiteral("public")});
    pubAssoc.ref(QStringLiteral("count"), QStringLiteral("local.subnet_zones"));
    pubAssoc.blank();
    pubAssoc.ref(QStringLiteral("subnet_id"), QStringLiteral("aws_subnet.public[count.index].id"));
    pubAssoc.ref(QStringLiteral("route_table_id"), QStringLiteral("aws_route_table.public.id"));
    f.add(pubAssoc);

    // The NAT gateways follow var.az_count like the subnets and routes (overriding the
    // variable at apply time cannot strand a private route): one per AZ, or one shared
    // gateway as an explicit cost-saving choice (the finding nat-single-gateway states the
    // trade-off), or a fixed number below the AZ count, capped by it.
    const int designAzs = int(ctx.design().value(Section::Network, QStringLiteral("az_count")).toLongLong());
    const QString natCount = nat == 1 ? QStringLiteral("1")
        : nat >= designAzs            ? QStringLiteral("var.az_count")
                                      : QStringLiteral("min(%1, var.az_count)").arg(nat);
    if (nat > 0) {
        HclBlock eip(QStringLiteral("resource"), {QStringLiteral("aws_eip"), QStringLiteral("nat")});
        eip.ref(QStringLiteral("count"), natCount);
        eip.blank();
        eip.set(QStringLiteral("domain"), "vpc");
        eip.set(QStringLiteral("tags"), HclValue::object({{QStringLiteral("Name"), HclValue::string(QStringLiteral("${local.name_prefix}-nat-${count.index}"))}}));
        f.add(eip);

        HclBlock gw(QStringLiteral("resource"), {QStringLiteral("aws_nat_gateway"), QStringLiteral("main")});
        gw.ref(QStringLiteral("count"), natCount);
        gw.blank();
        gw.ref(QStringLiteral("allocation_id"), QStringLiteral("aws_eip.nat[count.index].id"));
        gw.ref(QStringLiteral("subnet_id"), QStringLiteral("aws_subnet.public[count.index].id"));
        gw.set(QStringLiteral("tags"), HclValue::object({{QStringLiteral("Name"), HclValue::string(QStringLiteral("${local.name_prefix}-nat-${count.index}"))}}));
        gw.blank();
        gw.set(QStringLiteral("depends_on"), HclValue::list({HclValue::raw(QStringLiteral("aws_internet_gateway.main"))}));
        f.add(gw);
    }

    // One private route table per AZ; with fewer NAT gateways than AZs they are shared round-robin.
    HclBlock privRt(QStringLiteral("resource"), {QStringLiteral("aws_route_table"), QStringLiteral("private")});
    privRt.ref(QStringLiteral("count"), QStringLiteral("var.az_count"));
    privRt.blank();
    privRt.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
    if (nat > 0) {
        HclBlock natRoute(QStringLiteral("route"));
        natRoute.set(QStringLiteral("cidr_block"), "0.0.0.0/0");
        natRoute.ref(QStringLiteral("nat_gateway_id"), QStringLiteral("aws_nat_gateway.main[count.index %1 length(aws_nat_gateway.main)].id").arg(QLatin1Char('%')));
        privRt.add(natRoute);
    }
    privRt.set(QStringLiteral("tags"), HclValue::object({{QStringLiteral("Name"), HclValue::string(QStringLiteral("${local.name_prefix}-private-${count.index}"))}}));
    f.add(privRt);

    HclBlock privAssoc(QStringLiteral("resource"), {QStringLiteral("aws_route_table_association"), QStringLiteral("private")});
    privAssoc.ref(QStringLiteral("count"), QStringLiteral("local.subnet_zones"));
    privAssoc.blank();
    privAssoc.ref(QStringLiteral("subnet_id"), QStringLiteral("aws_subnet.private[count.index].id"));
    privAssoc.ref(QStringLiteral("route_table_id"), QStringLiteral("aws_route_table.private[count.index %1 var.az_count].id").arg(QLatin1Char('%')));
    f.add(privAssoc);

    if (ctx.vpcEndpoints()) {
        // AWS traffic of the tasks without NAT: S3 (and so ECR's image layers) through the free
        // gateway endpoint on the private routes, ECR's API and registry, Secrets Manager and
        // CloudWatch Logs through interface endpoints in the tasks' zones, answering HTTPS from
        // inside the VPC under the services' usual names (private DNS).
        // https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html
        HclBlock sg(QStringLiteral("resource"), {QStringLiteral("aws_security_group"), QStringLiteral("vpc_endpoints")});
        sg.set(QStringLiteral("name"), TerraformContext::prefixed(QStringLiteral("vpc-endpoints")));
        sg.set(QStringLiteral("description"), "HTTPS from the VPC to the interface endpoints");
        sg.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
        sg.set(QStringLiteral("tags"), nameTag(QStringLiteral("vpc-endpoints")));
        f.add(sg);
        HclBlock https(QStringLiteral("resource"), {QStringLiteral("aws_vpc_security_group_ingress_rule"), QStringLiteral("vpc_endpoints_https")});
        https.ref(QStringLiteral("security_group_id"), QStringLiteral("aws_security_group.vpc_endpoints.id"));
        https.set(QStringLiteral("description"), "HTTPS from the tasks in the VPC");
        https.set(QStringLiteral("ip_protocol"), "tcp");
        https.set(QStringLiteral("from_port"), 443);
        https.set(QStringLiteral("to_port"), 443);
        https.ref(QStringLiteral("cidr_ipv4"), QStringLiteral("aws_vpc.main.cidr_block"));
        f.add(https);

        HclBlock s3(QStringLiteral("resource"), {QStringLiteral("aws_vpc_endpoint"), QStringLiteral("s3")});
        s3.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
        s3.set(QStringLiteral("service_name"), HclValue::string(QStringLiteral("com.amazonaws.${var.aws_region}.s3")));
        s3.set(QStringLiteral("vpc_endpoint_type"), "Gateway");
        s3.ref(QStringLiteral("route_table_ids"), QStringLiteral("aws_route_table.private[*].id"));
        s3.set(QStringLiteral("tags"), nameTag(QStringLiteral("s3")));
        f.add(s3);
        for (const QString &service : vpcInterfaceEndpoints()) {
            HclBlock e(QStringLiteral("resource"), {QStringLiteral("aws_vpc_endpoint"), TerraformContext::tfName(QString(service).replace(QLatin1Char('.'), QLatin1Char('_')))});
            e.ref(QStringLiteral("vpc_id"), QStringLiteral("aws_vpc.main.id"));
            e.set(QStringLiteral("service_name"), HclValue::string(QStringLiteral("com.amazonaws.${var.aws_region}.") + service));
            e.set(QStringLiteral("vpc_endpoint_type"), "Interface");
            e.ref(QStringLiteral("subnet_ids"), QStringLiteral("slice(aws_subnet.private[*].id, 0, var.az_count)"));
            e.set(QStringLiteral("security_group_ids"), HclValue::list({HclValue::raw(QStringLiteral("aws_security_group.vpc_endpoints.id"))}));
            e.set(QStringLiteral("private_dns_enabled"), true);
            e.set(QStringLiteral("tags"), nameTag(QString(service).replace(QLatin1Char('.'), QLatin1Char('-'))));
            f.add(e);
        }
    }
    return f;
}

QStringList TerraformEmitter::vpcInterfaceEndpoints()
{
    return {QStringLiteral("ecr.api"), QStringLiteral("ecr.dkr"), QStringLiteral("logs"), QStringLiteral("secretsmanager")};
}

HclFile TerraformEmitter::securityGroups(const TerraformContext &ctx)
{
    HclFile f;
    const auto &groups = ctx.derived().securityGroups();
    const bool cloudfrontPrefixList = std::any_of(groups.cbegin(), groups.cend(), [](const SecurityGroup &g) {
        return std::any_of(g.rules.cbegin(), g.rules.cend(), [](const SecurityGroupRule &r) { return !r.prefixList.isEmpty(); });
    });
    if (cloudfrontPrefixList) {
        HclBlock list(QStringLiteral("data"), {QStringLiteral("aws_ec2_managed_prefix_list"), QStringLiteral("cloudfront")});
        list.set(QStringLiteral("name"), "com.amazonaws.global.cloudfront.origin-facing");
        f.add(list);
    }
    for (const SecurityGroup &g : groups) {
        HclBlock sg(QStringLiteral("resource"), {QStringLiteral("aws_security_group"), g.tier});
        sg.set(QStringLiteral("name"), TerraformContext::prefixed(g.tier));
        sg.set(QStringLiteral("description"), HclValue::literal(TerraformContext::awsText(g.description)));
        sg.ref(QStringLiteral("vpc_id"), QStringLiteral("local.vpc_id"));
        sg.set(QStringLiteral("tags"), nameTag(g.tier));
        HclBlock lifecycle(QStringLiteral("lifecycle"));
        lifecycle.set(QStringLiteral("create_before_destroy"), true);
        sg.add(lifecycle);
        f.add(sg);
    }
    // One resource per derived rule (per CIDR when a rule names several), each with its purpose.
    for (const SecurityGroup &g : groups) {
        for (const SecurityGroupRule &r : g.rules) {
            const bool ingress = r.direction == SecurityGroupRule::Direction::Ingress;
            const QString type = ingress ? QStringLiteral("aws_vpc_security_group_ingress_rule") : QStringLiteral("aws_vpc_security_group_egress_rule");
            struct Peer { QString attribute; HclValue value; QString suffix; };
            QList<Peer> peers;
            if (!r.peerGroup.isEmpty())
                peers.append({QStringLiteral("referenced_security_group_id"), HclValue::raw(QStringLiteral("aws_security_group.%1.id").arg(r.peerGroup)), QString()});
            if (!r.prefixList.isEmpty())
                peers.append({QStringLiteral("prefix_list_id"), HclValue::raw(QStringLiteral("data.aws_ec2_managed_prefix_list.cloudfront.id")), QString()});
            const bool many = r.cidrBlocks.size() + r.ipv6CidrBlocks.size() > 1;
            auto suffix = [&](const char *family, qsizetype i, qsizetype n) {
                if (!many)
                    return QString();
                return n == 1 ? QLatin1Char('_') + QLatin1String(family) : QStringLiteral("_%1_%2").arg(QLatin1String(family)).arg(i + 1);
            };
            for (qsizetype i = 0; i < r.cidrBlocks.size(); ++i)
                peers.append({QStringLiteral("cidr_ipv4"), HclValue::literal(r.cidrBlocks.at(i)), suffix("ipv4", i, r.cidrBlocks.size())});
            for (qsizetype i = 0; i < r.ipv6CidrBlocks.size(); ++i)
                peers.append({QStringLiteral("cidr_ipv6"), HclValue::literal(r.ipv6CidrBlocks.at(i)), suffix("ipv6", i, r.ipv6CidrBlocks.size())});
            for (const Peer &p : peers) {
                HclBlock rule(QStringLiteral("resource"), {type, TerraformContext::tfName(r.id) + p.suffix});
                rule.ref(QStringLiteral("security_group_id"), QStringLiteral("aws_security_group.%1.id").arg(g.tier));
                rule.set(QStringLiteral("description"), HclValue::literal(TerraformContext::awsText(r.description)));
                const bool allProtocols = r.protocol == QLatin1String("-1") || r.protocol == QLatin1String("all");
                rule.set(QStringLiteral("ip_protocol"), HclValue::literal(allProtocols ? QStringLiteral("-1") : r.protocol));
                if (!allProtocols) {
                    rule.set(QStringLiteral("from_port"), r.fromPort);
                    rule.set(QStringLiteral("to_port"), r.toPort);
                }
                rule.set(p.attribute, p.value);
                f.add(rule);
            }
        }
    }
    return f;
}

} // namespace Infra
