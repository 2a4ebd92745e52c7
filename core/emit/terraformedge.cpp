#include "terraformemitter.h"

#include "terraformcontext.h"

namespace Infra {

namespace {

HclValue s(const QString &text) { return HclValue::literal(text); }
HclValue r(const QString &expression) { return HclValue::raw(expression); }

HclBlock forwardedValues(bool queryString, const QStringList &headers, const char *cookies)
{
    HclBlock fv(QStringLiteral("forwarded_values"));
    fv.set(QStringLiteral("query_string"), queryString);
    if (!headers.isEmpty())
        fv.set(QStringLiteral("headers"), HclValue::stringList(headers));
    HclBlock c(QStringLiteral("cookies"));
    c.set(QStringLiteral("forward"), cookies);
    fv.add(c);
    return fv;
}

} // namespace

HclFile TerraformEmitter::alb(const TerraformContext &ctx)
{
    HclFile f;
    const Component *alb = ctx.first(ComponentKind::Alb);
    if (!alb)
        return f;
    const QString name = TerraformContext::tfName(alb->id);
    const auto webs = ctx.all(ComponentKind::EcsWeb);

    HclBlock cert(QStringLiteral("data"), {QStringLiteral("aws_acm_certificate"), name});
    cert.set(QStringLiteral("domain"), HclValue::literal(alb->stringParam(QStringLiteral("certificate_domain"))));
    cert.set(QStringLiteral("statuses"), HclValue::stringList({QStringLiteral("ISSUED")}));
    cert.set(QStringLiteral("most_recent"), true);
    f.add(cert);

    HclBlock lb(QStringLiteral("resource"), {QStringLiteral("aws_lb"), name});
    lb.set(QStringLiteral("name"), TerraformContext::prefixed(alb->id));
    lb.set(QStringLiteral("load_balancer_type"), "application");
    lb.set(QStringLiteral("internal"), alb->boolParam(QStringLiteral("internal")));
    lb.ref(QStringLiteral("subnets"), alb->boolParam(QStringLiteral("internal")) ? QStringLiteral("local.private_subnet_ids") : QStringLiteral("local.public_subnet_ids"));
    if (const QString sg = ctx.securityGroupRef(*alb); !sg.isEmpty())
        lb.set(QStringLiteral("security_groups"), HclValue::list({r(sg)}));
    lb.set(QStringLiteral("idle_timeout"), alb->intParam(QStringLiteral("idle_timeout")));
    lb.set(QStringLiteral("enable_deletion_protection"), alb->boolParam(QStringLiteral("deletion_protection")));
    lb.set(QStringLiteral("drop_invalid_header_fields"), true);
    f.add(lb);

    for (const Component *web : webs) {
        const QString tg = TerraformContext::tfName(web->id);
        HclBlock group(QStringLiteral("resource"), {QStringLiteral("aws_lb_target_group"), tg});
        group.set(QStringLiteral("name"), TerraformContext::prefixed(web->id));
        group.set(QStringLiteral("port"), web->intParam(QStringLiteral("container_port")));
        group.set(QStringLiteral("protocol"), "HTTP");
        group.set(QStringLiteral("target_type"), "ip");
        group.ref(QStringLiteral("vpc_id"), QStringLiteral("local.vpc_id"));
        group.set(QStringLiteral("deregistration_delay"), HclValue::literal(QString::number(alb->intParam(QStringLiteral("deregistration_delay")))));
        HclBlock hc(QStringLiteral("health_check"));
        hc.set(QStringLiteral("path"), HclValue::literal(alb->stringParam(QStringLiteral("health_check_path"))));
        hc.set(QStringLiteral("matcher"), "200");
        hc.set(QStringLiteral("interval"), 15);
        hc.set(QStringLiteral("healthy_threshold"), 2);
        hc.set(QStringLiteral("unhealthy_threshold"), 3);
        group.add(hc);
        f.add(group);
    }

    HclBlock https(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener"), QStringLiteral("https")});
    https.ref(QStringLiteral("load_balancer_arn"), QStringLiteral("aws_lb.%1.arn").arg(name));
    https.set(QStringLiteral("port"), 443);
    https.set(QStringLiteral("protocol"), "HTTPS");
    https.set(QStringLiteral("ssl_policy"), HclValue::literal(alb->stringParam(QStringLiteral("ssl_policy"))));
    https.ref(QStringLiteral("certificate_arn"), QStringLiteral("data.aws_acm_certificate.%1.arn").arg(name));
    HclBlock action(QStringLiteral("default_action"));
    if (!webs.empty()) {
        action.set(QStringLiteral("type"), "forward");
        action.ref(QStringLiteral("target_group_arn"), QStringLiteral("aws_lb_target_group.%1.arn").arg(TerraformContext::tfName(webs.front()->id)));
    } else {
        action.set(QStringLiteral("type"), "fixed-response");
        HclBlock fixed(QStringLiteral("fixed_response"));
        fixed.set(QStringLiteral("content_type"), "text/plain");
        fixed.set(QStringLiteral("status_code"), "503");
        action.add(fixed);
    }
    https.add(action);
    f.add(https);

    if (alb->boolParam(QStringLiteral("http_redirect"))) {
        HclBlock http(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener"), QStringLiteral("http")});
        http.ref(QStringLiteral("load_balancer_arn"), QStringLiteral("aws_lb.%1.arn").arg(name));
        http.set(QStringLiteral("port"), 80);
        http.set(QStringLiteral("protocol"), "HTTP");
        HclBlock redirect(QStringLiteral("default_action"));
        redirect.set(QStringLiteral("type"), "redirect");
        HclBlock to(QStringLiteral("redirect"));
        to.set(QStringLiteral("port"), "443");
        to.set(QStringLiteral("protocol"), "HTTPS");
        to.set(QStringLiteral("status_code"), "HTTP_301");
        redirect.add(to);
        http.add(redirect);
        f.add(http);
    }
    return f;
}

HclFile TerraformEmitter::cloudfront(const TerraformContext &ctx)
{
    HclFile f;
    const Component *cdn = ctx.cdn();
    if (!cdn)
        return f;
    const QString name = TerraformContext::tfName(cdn->id);
    const Component *alb = ctx.first(ComponentKind::Alb);
    const Component *staticBucket = ctx.bucket(QStringLiteral("static"));
    const Component *mediaBucket = ctx.bucket(QStringLiteral("media"));
    const QString policy = cdn->stringParam(QStringLiteral("viewer_protocol_policy"));
    const bool compress = cdn->boolParam(QStringLiteral("compress"));
    if (!alb && !staticBucket && !mediaBucket)
        return f; // nothing to serve: a distribution needs an origin

    if (staticBucket || mediaBucket) {
        HclBlock oac(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_origin_access_control"), name});
        oac.set(QStringLiteral("name"), TerraformContext::prefixed(cdn->id));
        oac.set(QStringLiteral("description"), "CloudFront reads the S3 origins with SigV4");
        oac.set(QStringLiteral("origin_access_control_origin_type"), "s3");
        oac.set(QStringLiteral("signing_behavior"), "always");
        oac.set(QStringLiteral("signing_protocol"), "sigv4");
        f.add(oac);
    }

    HclBlock dist(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_distribution"), name});
    dist.set(QStringLiteral("enabled"), true);
    dist.set(QStringLiteral("is_ipv6_enabled"), cdn->boolParam(QStringLiteral("ipv6")));
    dist.set(QStringLiteral("comment"), HclValue::literal(cdn->name.isEmpty() ? cdn->id : cdn->name));
    dist.set(QStringLiteral("price_class"), HclValue::literal(cdn->stringParam(QStringLiteral("price_class"))));

    auto s3Origin = [&](const Component *bucket) {
        HclBlock o(QStringLiteral("origin"));
        o.set(QStringLiteral("origin_id"), HclValue::literal(QStringLiteral("s3-") + bucket->id));
        o.ref(QStringLiteral("domain_name"), QStringLiteral("aws_s3_bucket.%1.bucket_regional_domain_name").arg(TerraformContext::tfName(bucket->id)));
        o.ref(QStringLiteral("origin_access_control_id"), QStringLiteral("aws_cloudfront_origin_access_control.%1.id").arg(name));
        dist.add(o);
    };
    if (staticBucket)
        s3Origin(staticBucket);
    if (mediaBucket && mediaBucket != staticBucket)
        s3Origin(mediaBucket);
    if (alb) {
        HclBlock o(QStringLiteral("origin"));
        o.set(QStringLiteral("origin_id"), HclValue::literal(QStringLiteral("alb-") + alb->id));
        o.ref(QStringLiteral("domain_name"), QStringLiteral("aws_lb.%1.dns_name").arg(TerraformContext::tfName(alb->id)));
        HclBlock custom(QStringLiteral("custom_origin_config"));
        custom.set(QStringLiteral("http_port"), 80);
        custom.set(QStringLiteral("https_port"), 443);
        custom.set(QStringLiteral("origin_protocol_policy"), "https-only");
        custom.set(QStringLiteral("origin_ssl_protocols"), HclValue::stringList({QStringLiteral("TLSv1.2")}));
        o.add(custom);
        dist.add(o);
    }

    auto behaviour = [&](HclBlock &b, const Component *bucket, const QString &prefix) {
        b.set(QStringLiteral("allowed_methods"), HclValue::stringList({QStringLiteral("GET"), QStringLiteral("HEAD")}));
        b.set(QStringLiteral("cached_methods"), HclValue::stringList({QStringLiteral("GET"), QStringLiteral("HEAD")}));
        b.set(QStringLiteral("target_origin_id"), HclValue::literal(QStringLiteral("s3-") + bucket->id));
        b.set(QStringLiteral("viewer_protocol_policy"), HclValue::literal(policy));
        b.set(QStringLiteral("compress"), compress);
        b.set(QStringLiteral("min_ttl"), cdn->intParam(prefix + QStringLiteral("_min_ttl")));
        b.set(QStringLiteral("default_ttl"), cdn->intParam(prefix + QStringLiteral("_default_ttl")));
        b.set(QStringLiteral("max_ttl"), cdn->intParam(prefix + QStringLiteral("_max_ttl")));
        b.add(forwardedValues(false, {}, "none"));
    };

    // Default behaviour: the API through the load balancer (cached for api_default_ttl), or
    // the static bucket when there is no load balancer.
    HclBlock def(QStringLiteral("default_cache_behavior"));
    if (alb) {
        const qint64 ttl = cdn->intParam(QStringLiteral("api_default_ttl"));
        def.set(QStringLiteral("allowed_methods"), HclValue::stringList({QStringLiteral("DELETE"), QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"),
                                                                         QStringLiteral("PATCH"), QStringLiteral("POST"), QStringLiteral("PUT")}));
        def.set(QStringLiteral("cached_methods"), HclValue::stringList({QStringLiteral("GET"), QStringLiteral("HEAD")}));
        def.set(QStringLiteral("target_origin_id"), HclValue::literal(QStringLiteral("alb-") + alb->id));
        def.set(QStringLiteral("viewer_protocol_policy"), HclValue::literal(policy));
        def.set(QStringLiteral("compress"), compress);
        def.set(QStringLiteral("min_ttl"), 0);
        def.set(QStringLiteral("default_ttl"), ttl);
        def.set(QStringLiteral("max_ttl"), ttl);
        def.add(forwardedValues(true, {QStringLiteral("Host"), QStringLiteral("Origin"), QStringLiteral("Authorization")}, "all"));
        dist.add(def);
    } else if (staticBucket) {
        behaviour(def, staticBucket, QStringLiteral("static"));
        dist.add(def);
    } else if (mediaBucket) {
        behaviour(def, mediaBucket, QStringLiteral("media"));
        dist.add(def);
    }
    if (staticBucket && alb) {
        HclBlock b(QStringLiteral("ordered_cache_behavior"));
        b.set(QStringLiteral("path_pattern"), "/static/*");
        behaviour(b, staticBucket, QStringLiteral("static"));
        dist.add(b);
    }
    if (mediaBucket && (alb || staticBucket)) {
        HclBlock b(QStringLiteral("ordered_cache_behavior"));
        b.set(QStringLiteral("path_pattern"), "/media/*");
        behaviour(b, mediaBucket, QStringLiteral("media"));
        dist.add(b);
    }

    HclBlock restrictions(QStringLiteral("restrictions"));
    HclBlock geo(QStringLiteral("geo_restriction"));
    geo.set(QStringLiteral("restriction_type"), "none");
    restrictions.add(geo);
    dist.add(restrictions);
    HclBlock cert(QStringLiteral("viewer_certificate"));
    cert.set(QStringLiteral("cloudfront_default_certificate"), true);
    dist.add(cert);
    f.add(dist);
    return f;
}

HclFile TerraformEmitter::ecr(const TerraformContext &ctx)
{
    HclFile f;
    for (const Component *e : ctx.all(ComponentKind::Ecr)) {
        const QString name = TerraformContext::tfName(e->id);
        HclBlock repo(QStringLiteral("resource"), {QStringLiteral("aws_ecr_repository"), name});
        repo.set(QStringLiteral("name"), HclValue::string(QStringLiteral("${var.project}/") + e->id));
        repo.set(QStringLiteral("image_tag_mutability"), e->boolParam(QStringLiteral("immutable_tags")) ? "IMMUTABLE" : "MUTABLE");
        HclBlock scan(QStringLiteral("image_scanning_configuration"));
        scan.set(QStringLiteral("scan_on_push"), e->boolParam(QStringLiteral("scan_on_push")));
        repo.add(scan);
        HclBlock enc(QStringLiteral("encryption_configuration"));
        enc.set(QStringLiteral("encryption_type"), "AES256");
        repo.add(enc);
        f.add(repo);

        HclBlock lifecycle(QStringLiteral("resource"), {QStringLiteral("aws_ecr_lifecycle_policy"), name});
        lifecycle.ref(QStringLiteral("repository"), QStringLiteral("aws_ecr_repository.%1.name").arg(name));
        const qint64 keep = e->intParam(QStringLiteral("keep_images"));
        lifecycle.set(QStringLiteral("policy"), HclValue::call(QStringLiteral("jsonencode"), {HclValue::object({
            {QStringLiteral("rules"), HclValue::list({HclValue::object({
                 {QStringLiteral("rulePriority"), HclValue::number(qint64(1))},
                 {QStringLiteral("description"), s(QStringLiteral("Keep the %1 most recent images").arg(keep))},
                 {QStringLiteral("selection"), HclValue::object({
                      {QStringLiteral("tagStatus"), s(QStringLiteral("any"))},
                      {QStringLiteral("countType"), s(QStringLiteral("imageCountMoreThan"))},
                      {QStringLiteral("countNumber"), HclValue::number(keep)},
                  })},
                 {QStringLiteral("action"), HclValue::object({{QStringLiteral("type"), s(QStringLiteral("expire"))}})},
             })})},
        })}));
        f.add(lifecycle);
    }
    return f;
}

HclFile TerraformEmitter::secrets(const TerraformContext &ctx)
{
    HclFile f;
    const Component *sm = ctx.first(ComponentKind::SecretsManager);
    const QStringList variables = ctx.secretVariables();
    for (const QString &secret : ctx.secretNames()) {
        const QString name = TerraformContext::tfName(secret);
        HclBlock res(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret"), name});
        res.set(QStringLiteral("name"), HclValue::string(QStringLiteral("${local.name_prefix}/") + secret));
        res.set(QStringLiteral("description"), HclValue::literal(QStringLiteral("%1 of %2, injected into the tasks as %3").arg(secret, ctx.design().project(), TerraformContext::envName(secret))));
        f.add(res);
        if (variables.contains(name)) {
            HclBlock version(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret_version"), name});
            version.ref(QStringLiteral("secret_id"), QStringLiteral("aws_secretsmanager_secret.%1.id").arg(name));
            version.ref(QStringLiteral("secret_string"), QStringLiteral("var.") + name);
            f.add(version);
        }
    }
    // The database password lives in the secret RDS manages; rotation follows the design.
    const Component *db = ctx.database();
    if (sm && db) {
        if (const qint64 days = sm->intParam(QStringLiteral("rotation_days")); days > 0) {
            HclBlock rot(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret_rotation"), QStringLiteral("database")});
            rot.ref(QStringLiteral("secret_id"), QStringLiteral("aws_db_instance.%1.master_user_secret[0].secret_arn").arg(TerraformContext::tfName(db->id)));
            HclBlock rules(QStringLiteral("rotation_rules"));
            rules.set(QStringLiteral("automatically_after_days"), days);
            rot.add(rules);
            f.add(rot);
        }
    }
    return f;
}

} // namespace Infra
