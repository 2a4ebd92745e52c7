#pragma once

#include "terraformcontext.h"

#include <QString>

namespace Infra {

// What the documents and configs of one export share: the design, its derived model and the
// names of the deployed resources. Names come from the Terraform emitter's context
// (TerraformContext), so a runbook command names exactly the cluster, service, database
// and bucket the Terraform module creates.
class DocsContext
{
public:
    DocsContext(const Design &design, const DerivedModel &derived);

    const Design &design() const { return m_tf.design(); }
    const DerivedModel &derived() const { return m_tf.derived(); }
    const TerraformContext &terraform() const { return m_tf; }

    const Component *first(ComponentKind kind) const { return m_tf.first(kind); }
    const std::vector<const Component *> &all(ComponentKind kind) const { return m_tf.all(kind); }
    bool has(ComponentKind kind) const { return m_tf.has(kind); }
    const Component *database() const { return m_tf.database(); }
    const Component *redis() const { return m_tf.redis(); }
    const Component *pgbouncer() const; // the pgBouncer of the pool calculation
    const Component *bucket(const QString &role) const { return m_tf.bucket(role); }
    bool sqsBroker() const { return m_tf.sqsBroker(); }
    QStringList celeryQueues() const { return m_tf.celeryQueues(); }
    QString djangoModule() const { return m_tf.djangoModule(); }
    QString celeryApp() const;

    // Deployed names, as terraform/*.tf writes them: "${var.project}-${var.environment}" …
    QString namePrefix() const;                                    // "myapp-production"
    QString clusterName() const { return namePrefix(); }           // aws_ecs_cluster.main
    QString resourceName(const QString &id) const;                 // "myapp-production-db"
    QString serviceName(const Component &c) const { return c.id; } // aws_ecs_service name
    QString logGroup(const Component &c) const;                    // "/ecs/myapp-production/web"
    QString dbParameterGroupName(const Component &db) const;       // "myapp-production-db-postgres16" (rds.tf)
    QString region() const { return design().region(); }

    // Redis roles of the design's Redis ("cache", "sessions", "broker", "results").
    bool redisHasRole(const QString &role) const;
    // Where Celery's broker lives, as the derived connections say: "sqs" (an SQS marked broker),
    // "redis" (an ElastiCache with the broker role), "memorydb" (a MemoryDB with it) or "" (no
    // component carries the role).
    QString brokerKind() const;

    // "`web` (Web (Gunicorn))"
    static QString label(const Component &c);
    // The generated-file notice for headers.
    QString notice() const;

private:
    TerraformContext m_tf;
};

} // namespace Infra
