#include "terraformemitter.h"

#include "terraformcontext.h"

namespace Infra {

namespace {

HclValue s(const QString &text) { return HclValue::literal(text); }
HclValue r(const QString &expression) { return HclValue::raw(expression); }

// A CloudFront managed policy looked up by name (the ids are the same in every account, the
// names say what they do). https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html
HclBlock managedPolicy(const char *type, const QString &name, const char *policyName)
{
    HclBlock b(QStringLiteral("data"), {QString::fromLatin1(type), name});
    b.set(QStringLiteral("name"), policyName);
    return b;
}

// A cache policy from the design's TTLs: nothing but the compressed encodings in the key.
HclBlock cachePolicy(const QString &name, const Component &cdn, const QString &prefix, bool compress)
{
    HclBlock p(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_cache_policy"), name});
    p.set(QStringLiteral("name"), TerraformContext::prefixed(cdn.id + QLatin1Char('-') + prefix));
    p.set(QStringLiteral("min_ttl"), cdn.intParam(prefix + QStringLiteral("_min_ttl")));
    p.set(QStringLiteral("default_ttl"), cdn.intParam(prefix + QStringLiteral("_default_ttl")));
    p.set(QStringLiteral("max_ttl"), cdn.intParam(prefix + QStringLiteral("_max_ttl")));
    HclBlock params(QStringLiteral("parameters_in_cache_key_and_forwarded_to_origin"));
    params.set(QStringLiteral("enable_accept_encoding_brotli"), compress);
    params.set(QStringLiteral("enable_accept_encoding_gzip"), compress);
    HclBlock cookies(QStringLiteral("cookies_config"));
    cookies.set(QStringLiteral("cookie_behavior"), "none");
    params.add(cookies);
    HclBlock headers(QStringLiteral("headers_config"));
    headers.set(QStringLiteral("header_behavior"), "none");
    params.add(headers);
    HclBlock query(QStringLiteral("query_strings_config"));
    query.set(QStringLiteral("query_string_behavior"), "none");
    params.add(query);
    p.add(params);
    return p;
}

const QString originHeader = QStringLiteral("X-Origin-Verify");

} // namespace

HclFile TerraformEmitter::alb(const TerraformContext &ctx)
{
    HclFile f;
    const Component *alb = ctx.first(ComponentKind::Alb);
    if (!alb)
        return f;
    const QString name = TerraformContext::tfName(alb->id);
    const auto webs = ctx.all(ComponentKind::EcsWeb);

    const Component *fronted = ctx.frontedAlb();
    if (fronted) {
        // The secret header CloudFront adds and the listener checks: a request that did not
        // pass through CloudFront (and its WAF) gets 403.
        HclBlock secret(QStringLiteral("resource"), {QStringLiteral("random_password"), QStringLiteral("origin_verify")});
        secret.set(QStringLiteral("length"), 32);
        secret.set(QStringLiteral("special"), false);
        f.add(secret);
    }

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
    // Access logs to the log bucket (logging.tf); the load balancer checks that it may write
    // there when logging is turned on, so the bucket policy comes first.
    HclBlock accessLogs(QStringLiteral("access_logs"));
    accessLogs.ref(QStringLiteral("bucket"), TerraformEmitter::accessLogBucketRef() + QStringLiteral(".id"));
    accessLogs.set(QStringLiteral("prefix"), "alb");
    accessLogs.set(QStringLiteral("enabled"), true);
    lb.add(accessLogs);
    lb.set(QStringLiteral("depends_on"), HclValue::list({r(QStringLiteral("aws_s3_bucket_policy.access_logs"))}));
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
    https.ref(QStringLiteral("certificate_arn"), QStringLiteral("local.alb_certificate_arn"));
    HclBlock action(QStringLiteral("default_action"));
    if (fronted) {
        action.set(QStringLiteral("type"), "fixed-response");
        HclBlock fixed(QStringLiteral("fixed_response"));
        fixed.set(QStringLiteral("content_type"), "text/plain");
        fixed.set(QStringLiteral("message_body"), "Forbidden");
        fixed.set(QStringLiteral("status_code"), "403");
        action.add(fixed);
    } else if (!webs.empty()) {
        action.set(QStringLiteral("type"), "forward");
        action.ref(QStringLiteral("target_group_arn"), QStringLiteral("aws_lb_target_group.%1.arn").arg(TerraformContext::tfName(ctx.defaultWeb()->id)));
    } else {
        action.set(QStringLiteral("type"), "fixed-response");
        HclBlock fixed(QStringLiteral("fixed_response"));
        fixed.set(QStringLiteral("content_type"), "text/plain");
        fixed.set(QStringLiteral("status_code"), "503");
        action.add(fixed);
    }
    https.add(action);
    f.add(https);

    // Behind CloudFront every rule also requires CloudFront's header. A rule matches when all its
    // conditions do, and the lowest priority number is evaluated first: the path rules come
    // before the catch-all rule of the default web service.
    auto originCondition = [&] {
        HclBlock condition(QStringLiteral("condition"));
        HclBlock header(QStringLiteral("http_header"));
        header.set(QStringLiteral("http_header_name"), HclValue::literal(originHeader));
        header.set(QStringLiteral("values"), HclValue::list({r(QStringLiteral("random_password.origin_verify.result"))}));
        condition.add(header);
        return condition;
    };
    int priority = 0;
    for (const Component *web : ctx.pathRoutedWebs()) {
        const QString tg = TerraformContext::tfName(web->id);
        HclBlock rule(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener_rule"), tg});
        rule.ref(QStringLiteral("listener_arn"), QStringLiteral("aws_lb_listener.https.arn"));
        rule.set(QStringLiteral("priority"), ++priority);
        HclBlock forward(QStringLiteral("action"));
        forward.set(QStringLiteral("type"), "forward");
        forward.ref(QStringLiteral("target_group_arn"), QStringLiteral("aws_lb_target_group.%1.arn").arg(tg));
        rule.add(forward);
        HclBlock condition(QStringLiteral("condition"));
        HclBlock path(QStringLiteral("path_pattern"));
        QList<HclValue> patterns;
        for (const QString &p : web->listParam(QStringLiteral("path_patterns")))
            patterns.append(HclValue::literal(p));
        path.set(QStringLiteral("values"), HclValue::list(patterns));
        condition.add(path);
        rule.add(condition);
        if (fronted)
            rule.add(originCondition());
        f.add(rule);
    }
    if (fronted && !webs.empty()) {
        HclBlock rule(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener_rule"), QStringLiteral("from_cloudfront")});
        rule.ref(QStringLiteral("listener_arn"), QStringLiteral("aws_lb_listener.https.arn"));
        rule.set(QStringLiteral("priority"), ++priority);
        HclBlock forward(QStringLiteral("action"));
        forward.set(QStringLiteral("type"), "forward");
        forward.ref(QStringLiteral("target_group_arn"), QStringLiteral("aws_lb_target_group.%1.arn").arg(TerraformContext::tfName(ctx.defaultWeb()->id)));
        rule.add(forward);
        rule.add(originCondition());
        f.add(rule);
    }

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
    const Component *alb = ctx.frontedAlb();
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

    // Managed and design-made cache policies instead of the legacy forwarded_values.
    const qint64 apiTtl = cdn->intParam(QStringLiteral("api_default_ttl"));
    if (alb) {
        f.add(managedPolicy("aws_cloudfront_origin_request_policy", QStringLiteral("all_viewer"), "Managed-AllViewer"));
        if (apiTtl == 0) {
            f.add(managedPolicy("aws_cloudfront_cache_policy", QStringLiteral("caching_disabled"), "Managed-CachingDisabled"));
        } else {
            HclBlock api(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_cache_policy"), name + QStringLiteral("_api")});
            api.set(QStringLiteral("name"), TerraformContext::prefixed(cdn->id + QStringLiteral("-api")));
            api.set(QStringLiteral("min_ttl"), 0);
            api.set(QStringLiteral("default_ttl"), apiTtl);
            api.set(QStringLiteral("max_ttl"), apiTtl);
            HclBlock params(QStringLiteral("parameters_in_cache_key_and_forwarded_to_origin"));
            params.set(QStringLiteral("enable_accept_encoding_brotli"), compress);
            params.set(QStringLiteral("enable_accept_encoding_gzip"), compress);
            HclBlock cookies(QStringLiteral("cookies_config"));
            cookies.set(QStringLiteral("cookie_behavior"), "all");
            params.add(cookies);
            HclBlock headers(QStringLiteral("headers_config"));
            headers.set(QStringLiteral("header_behavior"), "whitelist");
            HclBlock items(QStringLiteral("headers"));
            items.set(QStringLiteral("items"), HclValue::stringList({QStringLiteral("Authorization"), QStringLiteral("Host")}));
            headers.add(items);
            params.add(headers);
            HclBlock query(QStringLiteral("query_strings_config"));
            query.set(QStringLiteral("query_string_behavior"), "all");
            params.add(query);
            api.add(params);
            f.add(api);
        }
    }
    if (staticBucket)
        f.add(cachePolicy(name + QStringLiteral("_static"), *cdn, QStringLiteral("static"), compress));
    if (mediaBucket)
        f.add(cachePolicy(name + QStringLiteral("_media"), *cdn, QStringLiteral("media"), compress));

    HclBlock dist(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_distribution"), name});
    dist.set(QStringLiteral("enabled"), true);
    dist.set(QStringLiteral("is_ipv6_enabled"), cdn->boolParam(QStringLiteral("ipv6")));
    dist.set(QStringLiteral("comment"), HclValue::literal(cdn->name.isEmpty() ? cdn->id : cdn->name));
    dist.set(QStringLiteral("price_class"), HclValue::literal(cdn->stringParam(QStringLiteral("price_class"))));
    if (alb)
        dist.set(QStringLiteral("aliases"), HclValue::list({r(QStringLiteral("var.domain_name"))}));

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
        if (ctx.frontedAlb()) {
            HclBlock header(QStringLiteral("custom_header"));
            header.set(QStringLiteral("name"), HclValue::literal(originHeader));
            header.ref(QStringLiteral("value"), QStringLiteral("random_password.origin_verify.result"));
            o.add(header);
        }
        dist.add(o);
    }

    auto behaviour = [&](HclBlock &b, const Component *bucket, const QString &prefix) {
        b.set(QStringLiteral("allowed_methods"), HclValue::stringList({QStringLiteral("GET"), QStringLiteral("HEAD")}));
        b.set(QStringLiteral("cached_methods"), HclValue::stringList({QStringLiteral("GET"), QStringLiteral("HEAD")}));
        b.set(QStringLiteral("target_origin_id"), HclValue::literal(QStringLiteral("s3-") + bucket->id));
        b.set(QStringLiteral("viewer_protocol_policy"), HclValue::literal(policy));
        b.set(QStringLiteral("compress"), compress);
        b.ref(QStringLiteral("cache_policy_id"), QStringLiteral("aws_cloudfront_cache_policy.%1_%2.id").arg(name, prefix));
    };

    // Default behaviour: the API through the load balancer (cached for api_default_ttl), or
    // the static bucket when there is no load balancer.
    HclBlock def(QStringLiteral("default_cache_behavior"));
    if (alb) {
        const qint64 ttl = apiTtl;
        def.set(QStringLiteral("allowed_methods"), HclValue::stringList({QStringLiteral("DELETE"), QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"),
                                                                         QStringLiteral("PATCH"), QStringLiteral("POST"), QStringLiteral("PUT")}));
        def.set(QStringLiteral("cached_methods"), HclValue::stringList({QStringLiteral("GET"), QStringLiteral("HEAD")}));
        def.set(QStringLiteral("target_origin_id"), HclValue::literal(QStringLiteral("alb-") + alb->id));
        def.set(QStringLiteral("viewer_protocol_policy"), HclValue::literal(policy));
        def.set(QStringLiteral("compress"), compress);
        // The viewer's Host (var.domain_name, which the load balancer's certificate covers)
        // goes to the origin: CloudFront checks the origin certificate against it.
        def.ref(QStringLiteral("cache_policy_id"), ttl == 0 ? QStringLiteral("data.aws_cloudfront_cache_policy.caching_disabled.id")
                                                            : QStringLiteral("aws_cloudfront_cache_policy.%1_api.id").arg(name));
        def.ref(QStringLiteral("origin_request_policy_id"), QStringLiteral("data.aws_cloudfront_origin_request_policy.all_viewer.id"));
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
    if (alb) {
        cert.ref(QStringLiteral("acm_certificate_arn"), QStringLiteral("local.cloudfront_certificate_arn"));
        cert.set(QStringLiteral("ssl_support_method"), "sni-only");
        cert.set(QStringLiteral("minimum_protocol_version"), "TLSv1.2_2021");
    } else {
        cert.set(QStringLiteral("cloudfront_default_certificate"), true);
    }
    dist.add(cert);
    // The WAF web ACL (waf.tf): for CloudFront an ACL of scope CLOUDFRONT, named by its ARN.
    if (ctx.wafOnCloudFront())
        dist.ref(QStringLiteral("web_acl_id"), QStringLiteral("aws_wafv2_web_acl.main.arn"));
    // Standard logging to the log bucket (logging.tf), which accepts the ACL CloudFront writes with.
    HclBlock logging(QStringLiteral("logging_config"));
    logging.ref(QStringLiteral("bucket"), TerraformEmitter::accessLogBucketRef() + QStringLiteral(".bucket_domain_name"));
    logging.set(QStringLiteral("prefix"), "cloudfront/");
    logging.set(QStringLiteral("include_cookies"), false);
    dist.add(logging);
    dist.set(QStringLiteral("depends_on"), HclValue::list({r(QStringLiteral("aws_s3_bucket_ownership_controls.access_logs"))}));
    f.add(dist);
    return f;
}

// The certificates of the front door: requested from ACM with DNS validation unless an
// issued certificate's ARN is passed in; the validation records and the alias records in
// Route 53 when a hosted zone is given. CloudFront takes certificates from us-east-1 only,
// hence the aws.us_east_1 provider.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html
HclFile TerraformEmitter::certificates(const TerraformContext &ctx)
{
    HclFile f;
    const Component *alb = ctx.first(ComponentKind::Alb);
    if (!alb)
        return f;
    const QString lb = TerraformContext::tfName(alb->id);
    const Component *fronted = ctx.frontedAlb();
    const Component *cdn = fronted ? ctx.cdn() : nullptr;

    struct Cert { QString name; QString variable; bool usEast1; };
    QList<Cert> certs = {{QStringLiteral("alb"), QStringLiteral("alb_certificate_arn"), false}};
    if (cdn)
        certs.append({QStringLiteral("cloudfront"), QStringLiteral("cloudfront_certificate_arn"), true});

    for (const Cert &c : certs) {
        HclBlock cert(QStringLiteral("resource"), {QStringLiteral("aws_acm_certificate"), c.name});
        cert.ref(QStringLiteral("count"), QStringLiteral("var.%1 == \"\" ? 1 : 0").arg(c.variable));
        if (c.usEast1)
            cert.ref(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
        cert.blank();
        cert.ref(QStringLiteral("domain_name"), QStringLiteral("var.domain_name"));
        cert.set(QStringLiteral("validation_method"), "DNS");
        HclBlock life(QStringLiteral("lifecycle"));
        life.set(QStringLiteral("create_before_destroy"), true);
        cert.add(life);
        f.add(cert);
    }

    // One validation record per certificate and domain (the two certificates of one domain
    // may share it: allow_overwrite).
    QStringList sources;
    for (const Cert &c : certs)
        sources.append(QStringLiteral("{ for o in flatten(aws_acm_certificate.%1[*].domain_validation_options) : \"%1 ${o.domain_name}\" => o if var.route53_zone_id != \"\" }").arg(c.name));
    HclBlock records(QStringLiteral("resource"), {QStringLiteral("aws_route53_record"), QStringLiteral("certificate_validation")});
    records.ref(QStringLiteral("for_each"), sources.size() == 1 ? sources.first() : QStringLiteral("merge(%1)").arg(sources.join(QStringLiteral(", "))));
    records.blank();
    records.ref(QStringLiteral("zone_id"), QStringLiteral("var.route53_zone_id"));
    records.ref(QStringLiteral("name"), QStringLiteral("each.value.resource_record_name"));
    records.ref(QStringLiteral("type"), QStringLiteral("each.value.resource_record_type"));
    records.set(QStringLiteral("records"), HclValue::list({r(QStringLiteral("each.value.resource_record_value"))}));
    records.set(QStringLiteral("ttl"), 300);
    records.set(QStringLiteral("allow_overwrite"), true);
    f.add(records);

    HclBlock locals(QStringLiteral("locals"));
    for (const Cert &c : certs) {
        // Without a zone, apply waits here until the validation records shown by
        // `terraform output certificate_validation_records` exist in your DNS (README).
        HclBlock v(QStringLiteral("resource"), {QStringLiteral("aws_acm_certificate_validation"), c.name});
        v.ref(QStringLiteral("count"), QStringLiteral("var.%1 == \"\" ? 1 : 0").arg(c.variable));
        if (c.usEast1)
            v.ref(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
        v.blank();
        v.ref(QStringLiteral("certificate_arn"), QStringLiteral("aws_acm_certificate.%1[0].arn").arg(c.name));
        v.ref(QStringLiteral("validation_record_fqdns"),
              QStringLiteral("[for key, record in aws_route53_record.certificate_validation : record.fqdn if startswith(key, \"%1 \")]").arg(c.name));
        f.add(v);
        locals.ref(c.name + QStringLiteral("_certificate_arn"),
                   QStringLiteral("var.%1 != \"\" ? var.%1 : one(aws_acm_certificate_validation.%2[*].certificate_arn)").arg(c.variable, c.name));
    }
    f.add(locals);

    // The application's name points at CloudFront (or at the load balancer without one).
    const QStringList types = cdn && cdn->boolParam(QStringLiteral("ipv6")) ? QStringList{QStringLiteral("A"), QStringLiteral("AAAA")} : QStringList{QStringLiteral("A")};
    for (const QString &type : types) {
        HclBlock app(QStringLiteral("resource"), {QStringLiteral("aws_route53_record"), QStringLiteral("app_") + type.toLower()});
        app.ref(QStringLiteral("count"), QStringLiteral("var.route53_zone_id == \"\" ? 0 : 1"));
        app.blank();
        app.ref(QStringLiteral("zone_id"), QStringLiteral("var.route53_zone_id"));
        app.ref(QStringLiteral("name"), QStringLiteral("var.domain_name"));
        app.set(QStringLiteral("type"), HclValue::literal(type));
        HclBlock alias(QStringLiteral("alias"));
        if (cdn) {
            const QString dist = TerraformContext::tfName(cdn->id);
            alias.ref(QStringLiteral("name"), QStringLiteral("aws_cloudfront_distribution.%1.domain_name").arg(dist));
            alias.ref(QStringLiteral("zone_id"), QStringLiteral("aws_cloudfront_distribution.%1.hosted_zone_id").arg(dist));
            alias.set(QStringLiteral("evaluate_target_health"), false);
        } else {
            alias.ref(QStringLiteral("name"), QStringLiteral("aws_lb.%1.dns_name").arg(lb));
            alias.ref(QStringLiteral("zone_id"), QStringLiteral("aws_lb.%1.zone_id").arg(lb));
            alias.set(QStringLiteral("evaluate_target_health"), true);
        }
        app.add(alias);
        f.add(app);
    }
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
    // No secret value in the state: generated values come from an ephemeral resource (never
    // stored) or, where the consumer has no write-only argument, from random_password; both
    // reach Secrets Manager through secret_string_wo, which Terraform sends and forgets.
    // Raising *_wo_version writes a new value.
    for (const QString &secret : ctx.secretNames()) {
        const QString name = TerraformContext::tfName(secret);
        HclBlock res(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret"), name});
        res.set(QStringLiteral("name"), HclValue::string(QStringLiteral("${local.name_prefix}/") + secret));
        res.set(QStringLiteral("description"), HclValue::literal(QStringLiteral("%1 of %2, injected into the tasks as %3").arg(secret, ctx.design().project(), TerraformContext::envName(secret))));
        f.add(res);
        HclBlock version(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret_version"), name});
        version.ref(QStringLiteral("secret_id"), QStringLiteral("aws_secretsmanager_secret.%1.id").arg(name));
        if (secret == QLatin1String("redis-auth-token") && ctx.isGeneratedSecret(secret)) {
            // ElastiCache's auth_token has no write-only form in the AWS provider (6.25): the
            // replication group keeps the token in the state whatever we do, so it is a
            // random_password the state already protects (docs/terraform/README.md).
            // Raising var.redis_auth_token_version makes a new token: ElastiCache rotates to it
            // (both accepted until the next change) and the secret gets the new value.
            HclBlock token(QStringLiteral("resource"), {QStringLiteral("random_password"), name});
            token.set(QStringLiteral("length"), 64);
            token.set(QStringLiteral("special"), false);
            token.set(QStringLiteral("keepers"), HclValue::object({{QStringLiteral("version"), HclValue::raw(QStringLiteral("var.redis_auth_token_version"))}}));
            f.add(token);
            version.ref(QStringLiteral("secret_string_wo"), QStringLiteral("random_password.%1.result").arg(name));
            version.ref(QStringLiteral("secret_string_wo_version"), QStringLiteral("var.redis_auth_token_version"));
        } else if (ctx.isGeneratedSecret(secret)) {
            HclBlock value(QStringLiteral("ephemeral"), {QStringLiteral("aws_secretsmanager_random_password"), name});
            value.set(QStringLiteral("password_length"), 64);
            value.set(QStringLiteral("exclude_punctuation"), true);
            f.add(value);
            version.ref(QStringLiteral("secret_string_wo"), QStringLiteral("ephemeral.aws_secretsmanager_random_password.%1.random_password").arg(name));
            version.set(QStringLiteral("secret_string_wo_version"), 1);
        } else {
            version.ref(QStringLiteral("secret_string_wo"), QStringLiteral("var.") + name);
            version.ref(QStringLiteral("secret_string_wo_version"), QStringLiteral("var.secret_values_version"));
        }
        f.add(version);
    }
    // The database password lives in the secret RDS manages; rotation follows the design.
    const Component *db = ctx.database();
    if (sm && db) {
        if (const qint64 days = sm->intParam(QStringLiteral("rotation_days")); days > 0) {
            HclBlock rot(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret_rotation"), QStringLiteral("database")});
            rot.ref(QStringLiteral("secret_id"), TerraformContext::databaseResource(*db) + QStringLiteral(".master_user_secret[0].secret_arn"));
            HclBlock rules(QStringLiteral("rotation_rules"));
            rules.set(QStringLiteral("automatically_after_days"), days);
            rot.add(rules);
            f.add(rot);
        }
    }
    return f;
}

} // namespace Infra
