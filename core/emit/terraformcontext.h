#pragma once

#include "hclblock.h"

#include "derive/derivedmodel.h"
#include "model/design.h"

#include <QMap>

namespace Infra {

// What every Terraform file of one export shares: the design, its derived model, and the
// names the files use to refer to each other's resources. Singletons of the architecture
// (load balancer, CDN, primary database, Redis, registry, secrets, monitoring) are the first
// component of their kind in the design's order.
class TerraformContext
{
public:
    TerraformContext(const Design &design, const DerivedModel &derived);

    const Design &design() const { return m_design; }
    const DerivedModel &derived() const { return m_derived; }

    const Component *first(ComponentKind kind) const;
    const std::vector<const Component *> &all(ComponentKind kind) const { return m_byKind[int(kind)]; }
    bool has(ComponentKind kind) const { return !all(kind).empty(); }
    std::vector<const Component *> ecsServices() const; // web, workers, beat, pgBouncer in design order
    bool hasEcsServices() const; // !ecsServices().empty(), without listing them

    bool isNewVpc() const { return m_design.isNewVpc(); }
    int natGateways() const { return m_design.natGateways(); } // 0 with an existing VPC
    bool tasksNeedPublicIp() const { return isNewVpc() && natGateways() == 0; }
    bool vpcEndpoints() const { return m_design.vpcEndpoints(); } // Design::vpcEndpoints()
    bool flowLogs() const { return m_design.logsVpcFlows(); }     // Design::logsVpcFlows()
    QString taskSubnets() const; // the subnets ECS services run in

    const Component *database() const;   // the primary PostgreSQL, RDS or Aurora (the pool calculation's)
    // The Terraform resource that is the database's address: "aws_db_instance.db" for RDS,
    // "aws_rds_cluster.db" for Aurora (its writer endpoint), and the attribute holding the host
    // name without the port ("address" for RDS, "endpoint" for an Aurora cluster).
    static QString databaseResource(const Component &db);
    static QString databaseHost(const Component &db);   // "aws_db_instance.db.address", "aws_rds_cluster.db.endpoint"
    const Component *redis() const { return first(ComponentKind::ElastiCacheRedis); }
    // The MemoryDB cluster holding `role` (the first in design order), or none.
    const Component *memoryDb(const QString &role) const;
    // Terraform name of a MemoryDB ACL user's resources (user, password, secret): "store_app".
    static QString memoryDbUserResource(const Component &db, const QString &user);
    // The MemoryDB cluster the application uses: the first one serving a Redis role (the
    // derived connections decide, as for every role), or none.
    const Component *memoryDbInUse() const;
    // Its first ACL user's resources, the login the tasks get; empty without one.
    QString memoryDbAppUserResource() const;
    // The Redis-compatible component serving `role` (ElastiCache or MemoryDB, first in design order).
    const Component *roleHolder(const QString &role) const;
    // The CloudFront component when it has something to serve (a public load balancer or a
    // static or media bucket); a distribution without an origin is not emitted.
    const Component *cdn() const;
    const Component *bucket(const QString &role) const; // first S3 bucket of a role
    // The load balancer CloudFront sends the dynamic requests to (public ALB and a CDN): it
    // then takes HTTPS from CloudFront only, with the secret origin header.
    const Component *frontedAlb() const;
    // The load balancer or distribution serves var.domain_name with an ACM certificate.
    bool hasDomain() const { return has(ComponentKind::Alb); }
    // The load balancer whose `waf` parameter asks for a web ACL: scope CLOUDFRONT (created in
    // us-east-1 through the provider alias) when CloudFront fronts it, else REGIONAL on it.
    const Component *wafAlb() const;
    bool wafOnCloudFront() const { return wafAlb() && frontedAlb(); }
    // The SQS component that is Celery's broker: the first marked `broker`, as the derived
    // connections choose (derive/connectiongraph); it wins over a Redis with the broker role.
    const Component *brokerSqs() const;
    bool sqsBroker() const { return brokerSqs() != nullptr; }
    // "sqs", "memorydb" or "redis": the component the services' broker connection goes to (an
    // SQS marked broker, else the first Redis-compatible store with the broker role); empty
    // without a broker. An ElastiCache that only caches is no broker.
    QString brokerKind() const;
    // The web service the listener's default route (behind CloudFront: its catch-all rule)
    // forwards to: the first without path_patterns, else the first. Null without web services.
    const Component *defaultWeb() const;
    // Web services the ALB sends requests to by path (path_patterns), other than the default
    // one, in design order: each gets a listener rule, in that order of priority.
    std::vector<const Component *> pathRoutedWebs() const;
    QStringList celeryQueues() const;    // every queue a worker consumes or a route names, sorted
    QString djangoModule() const;        // Python package of the Django project
    int logRetentionDays() const;
    // A retention parameter of the CloudWatch component ("flow_log_retention_days"), or its
    // schema default when the design has none.
    int retentionDays(const QString &key) const;
    // The audit trail's S3 bucket for the load balancer's and CloudFront's access logs.
    bool hasAccessLogBucket() const { return has(ComponentKind::Alb) || cdn() != nullptr; }

    // Secrets held in Secrets Manager (component's list). The module generates the Django
    // secret key and the Redis AUTH token itself (isGeneratedSecret); the others are supplied
    // through ephemeral variables (secretVariables), written with write-only arguments so no
    // value lands in the state. The database password is managed by RDS.
    QStringList secretNames() const;
    bool isGeneratedSecret(const QString &name) const;
    QStringList secretVariables() const;
    bool databaseManagesPassword() const { return database() != nullptr; }
    bool redisUsesAuthToken() const;

    // The security group of a component's tier, or an empty string when the derivation made none.
    QString securityGroupRef(const Component &component) const;

    static QString tfName(const QString &id);      // "worker-high" → "worker_high"
    static QString envName(const QString &name);   // "django-secret-key" → "DJANGO_SECRET_KEY"
    static QString awsText(const QString &text);   // free text limited to the characters AWS accepts in descriptions
    static HclValue ref(const QString &expression) { return HclValue::raw(expression); }
    static HclValue str(const QString &templateText) { return HclValue::string(templateText); }
    static HclValue prefixed(const QString &suffix); // "${local.name_prefix}-suffix"

private:
    const Design &m_design;
    const DerivedModel &m_derived;
    std::vector<const Component *> m_byKind[allComponentKinds.size()];
};

} // namespace Infra
