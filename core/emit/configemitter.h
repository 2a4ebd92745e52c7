#pragma once

#include "emittedfile.h"

#include "model/component.h"

#include <QString>

namespace Infra {

class Design;
class DerivedModel;
class DocsContext;

// Writes the application-side configuration that matches the Terraform module (`config/…`):
// pgbouncer.ini from the connection-pool calculation, the Django production settings module,
// the Celery app with its routes and queues, and the command of every worker group. Values
// the design holds come from the design; hosts, buckets and secrets come from the environment
// the ECS task definitions set. Deterministic: the same design gives the same bytes.
class ConfigEmitter
{
public:
    static EmittedFiles emit(const Design &design, const DerivedModel &derived);

    static QByteArray pgbouncerIni(const DocsContext &ctx);   // empty without pgBouncer
    static QByteArray djangoSettings(const DocsContext &ctx); // config/settings/production.py
    static QByteArray celeryApp(const DocsContext &ctx);      // config/celery.py
    static QByteArray workerCommands(const DocsContext &ctx); // config/worker-commands.sh; empty without services
    static QByteArray healthModule(const DocsContext &ctx);     // config/health.py; empty without a load balancer
    static QByteArray databaseRolesSql(const DocsContext &ctx); // config/database-roles.sql; empty without RDS
    static QByteArray rotationModule(const DocsContext &ctx);   // config/rotate_database_password.py
    static QByteArray deployScript(const DocsContext &ctx);     // config/deploy.sh; empty without a web service

    // The application's least-privilege database role, pgBouncer's auth_query user and query.
    static QString appRole();
    static QString pgbouncerAuthRole();
    static QString pgbouncerAuthQuery();
    // The console's read-only user (stats_users: SHOW POOLS, SHOW STATS). It is the auth user:
    // the container image writes one login to the auth file (edoburu/pgbouncer's entrypoint),
    // and the console takes its logins from that file (the rehearsal runs SHOW POOLS as it).
    static QString pgbouncerStatsUser();
    // The RDS CA bundle for all regions (AWS: "Using SSL/TLS to encrypt a connection to a DB
    // instance or cluster", Certificate bundles for all AWS Regions), where the tasks find it
    // (a task volume the rds-ca container of terraform/ecs.tf fills at start), and the command
    // that fetches it. Database connections verify the server against it (verify-full).
    // Celery's broker transport on MemoryDB prefixes every key with this hash tag ("{celery}:"),
    // so the transport's multi-key commands stay in one cluster slot (global_keyprefix).
    static QString memoryDbBrokerKeyPrefix() { return QStringLiteral("{celery}:"); }
    // The other roles' key prefixes on MemoryDB, hash tags too: the cache alias's KEY_PREFIX
    // ("{myapp}"), the sessions alias's ("{session}") and the result backend's global_keyprefix.
    static QString memoryDbCacheKeyPrefix(const QString &project) { return QLatin1Char('{') + project + QLatin1Char('}'); }
    static QString memoryDbSessionsKeyPrefix() { return QStringLiteral("{session}"); }
    static QString memoryDbResultsKeyPrefix() { return QStringLiteral("{results}:"); }
    static QString rdsCaBundleUrl();
    static QString rdsCaBundlePath();
    static QString rdsCaFetchCommand();
    // The command of the one-off release task (terraform: aws_ecs_task_definition.release).
    static QStringList releaseCommand();

    // The command line an ECS service runs (web, worker or Beat), the same as terraform/ecs.tf.
    static QStringList serviceCommand(const DocsContext &ctx, const Component &component);
    // A Python string literal: "text" with backslashes and quotes escaped.
    static QString pythonString(const QString &text);
};

} // namespace Infra
