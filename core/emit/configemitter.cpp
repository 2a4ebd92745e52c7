#include "configemitter.h"

#include "docscontext.h"

#include "derive/connection.h"

#include <algorithm>

namespace Infra {

namespace {

QString line(const QString &key, const QString &value)
{
    return key + QStringLiteral(" = ") + value + QLatin1Char('\n');
}

QString line(const QString &key, qint64 value)
{
    return line(key, QString::number(value));
}

// A shell word: kept bare when it is made of safe characters, else single-quoted.
QString shellWord(const QString &word)
{
    static const QString safe = QStringLiteral("-_./:=,@+%");
    bool plain = !word.isEmpty();
    for (const QChar c : word) {
        if (!((c.unicode() < 128 && c.isLetterOrNumber()) || safe.contains(c)))
            plain = false;
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

EmittedFiles ConfigEmitter::emit(const Design &design, const DerivedModel &derived)
{
    const DocsContext ctx(design, derived);
    EmittedFiles files;
    auto add = [&](const char *path, const char *language, const QByteArray &content) {
        if (!content.isEmpty())
            files.append({QString::fromLatin1(path), QString::fromLatin1(language), content});
    };
    const bool celery =
        ctx.has(ComponentKind::EcsWorker) || ctx.has(ComponentKind::EcsBeat) || !design.routes().isEmpty();
    if (celery)
        add("config/celery.py", "python", celeryApp(ctx));
    add("config/database-roles.sql", "sql", databaseRolesSql(ctx));
    add("config/deploy.sh", "bash", deployScript(ctx));
    add("config/health.py", "python", healthModule(ctx));
    add("config/pgbouncer.ini", "ini", pgbouncerIni(ctx));
    add("config/rotate_database_password.py", "python", rotationModule(ctx));
    add("config/settings/production.py", "python", djangoSettings(ctx));
    add("config/worker-commands.sh", "bash", workerCommands(ctx));
    std::sort(files.begin(), files.end(), [](const EmittedFile &a, const EmittedFile &b) { return a.path < b.path; });
    return files;
}

QString ConfigEmitter::pythonString(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QStringList ConfigEmitter::serviceCommand(const DocsContext &ctx, const Component &c)
{
    const QString app = ctx.design().celeryApp();
    switch (c.kind) {
    case ComponentKind::EcsWeb: {
        const QString bind = QStringLiteral("0.0.0.0:") + QString::number(c.intParam(QStringLiteral("container_port")));
        const QString workers = QString::number(c.intParam(QStringLiteral("workers")));
        if (c.stringParam(QStringLiteral("server")) == QLatin1String("uvicorn"))
            return {QStringLiteral("gunicorn"),       ctx.djangoModule() + QStringLiteral(".asgi:application"),
                    QStringLiteral("--worker-class"), QStringLiteral("uvicorn.workers.UvicornWorker"),
                    QStringLiteral("--bind"),         bind,
                    QStringLiteral("--workers"),      workers};
        QStringList cmd = {QStringLiteral("gunicorn"),  ctx.djangoModule() + QStringLiteral(".wsgi:application"),
                           QStringLiteral("--bind"),    bind,
                           QStringLiteral("--workers"), workers};
        // Threads above 1 make Gunicorn use the gthread worker class (the capacity model counts
        // workers × threads concurrent requests per task).
        if (const qint64 threads = c.intParam(QStringLiteral("threads")); threads > 1)
            cmd << QStringLiteral("--threads") << QString::number(threads);
        return cmd;
    }
    case ComponentKind::EcsWorker: {
        QStringList cmd = {QStringLiteral("celery"),
                           QStringLiteral("-A"),
                           app,
                           QStringLiteral("worker"),
                           QStringLiteral("-Q"),
                           c.listParam(QStringLiteral("queues")).join(QLatin1Char(',')),
                           QStringLiteral("-c"),
                           QString::number(c.intParam(QStringLiteral("concurrency"))),
                           QStringLiteral("--pool"),
                           c.stringParam(QStringLiteral("pool")),
                           QStringLiteral("--loglevel"),
                           QStringLiteral("INFO")};
        if (const qint64 n = c.intParam(QStringLiteral("max_tasks_per_child")); n > 0)
            cmd << QStringLiteral("--max-tasks-per-child") << QString::number(n);
        return cmd;
    }
    case ComponentKind::EcsBeat:
        return {QStringLiteral("celery"),     QStringLiteral("-A"),          app,
                QStringLiteral("beat"),       QStringLiteral("--scheduler"), c.stringParam(QStringLiteral("scheduler")),
                QStringLiteral("--loglevel"), QStringLiteral("INFO")};
    default: return {};
    }
}

QByteArray ConfigEmitter::pgbouncerIni(const DocsContext &ctx)
{
    const Component *pgb = ctx.pgbouncer();
    if (!pgb)
        return {};
    const PoolCalculation &p = ctx.derived().pools();
    const Component *db = ctx.database();
    const PoolFigures &m = p.maximum;

    QString out;
    out += QStringLiteral("; pgBouncer of %1 (%2).\n; %3\n;\n").arg(ctx.design().project(), pgb->id, ctx.notice());
    out += QStringLiteral("; The container image (var.pgbouncer_image in terraform/) writes this same file from the\n"
                          "; environment of the %1 task definition; keep it for running pgBouncer elsewhere.\n;\n")
               .arg(pgb->id);
    if (p.pgbouncerAutomatic) {
        out += QStringLiteral("; Pool sizes: automatic, from the connection calculation at maximum scale:\n");
        out += QStringLiteral(";   web %1 + workers %2 = %3 connections, management 20 % = %4, total %5\n")
                   .arg(m.webConnections)
                   .arg(m.workerConnections)
                   .arg(m.webConnections + m.workerConnections)
                   .arg(QString::number(m.management, 'g', 10), QString::number(m.exactTotal, 'g', 10));
        out += QStringLiteral(";   default_pool_size = int(%1 / 4) = %2, max_client_conn = int(%1 * 2) = %3\n")
                   .arg(QString::number(m.exactTotal, 'g', 10))
                   .arg(p.pgbouncerDefaultPoolSize)
                   .arg(p.pgbouncerMaxClientConn);
    } else {
        out += QStringLiteral("; Pool sizes: manual, the values set on %1 in the design.\n").arg(pgb->id);
    }
    out += QStringLiteral("; Server connections: %1 task(s) x (%2 pool + %3 reserve) = %4")
               .arg(p.pgbouncerTasks)
               .arg(p.pgbouncerDefaultPoolSize)
               .arg(p.pgbouncerReservePoolSize)
               .arg(p.maximum.databaseConnections);
    if (p.connectionBudget >= 0)
        out += QStringLiteral(" of the database's %1 max_connections").arg(p.connectionBudget);
    out += QStringLiteral(".\n\n");

    out += QStringLiteral("[databases]\n");
    if (db) {
        const QString name = db->stringParam(QStringLiteral("database_name"));
        out += QStringLiteral("; DB_HOST: the address of %1 (terraform output db_endpoint, without the port).\n")
                   .arg(ctx.resourceName(db->id));
        out += line(name, QStringLiteral("host=DB_HOST port=%1 dbname=%2").arg(listenPort(*db)).arg(name));
        if (db->kind == ComponentKind::AuroraPostgres) {
            out += QStringLiteral("; DB_READER_HOST: the Aurora reader endpoint (terraform output db_reader_endpoint); read-only\n"
                                  "; connections to %1_ro spread over the readers.\n")
                       .arg(name);
            out += line(name + QStringLiteral("_ro"), QStringLiteral("host=DB_READER_HOST port=%1 dbname=%2").arg(listenPort(*db)).arg(name));
        }
    } else {
        out += QStringLiteral(
            "; The design has no RDS database: add one entry per database (name = host=… port=… dbname=…).\n");
    }
    out += QStringLiteral("\n[pgbouncer]\n");
    out += line(QStringLiteral("listen_addr"), QStringLiteral("0.0.0.0"));
    out += line(QStringLiteral("listen_port"), pgb->intParam(QStringLiteral("listen_port")));
    out += line(QStringLiteral("auth_type"), pgb->stringParam(QStringLiteral("auth_type")));
    out += QStringLiteral("; The auth file holds only %1 (its secret: terraform/database.tf); the application's own\n"
                          "; password is looked up in the database on every login, so rotating it needs no restart.\n")
               .arg(pgbouncerAuthRole());
    out += line(QStringLiteral("auth_file"), QStringLiteral("/etc/pgbouncer/userlist.txt"));
    out += line(QStringLiteral("auth_user"), pgbouncerAuthRole());
    out += line(QStringLiteral("auth_query"), pgbouncerAuthQuery());
    out += QStringLiteral("; The console (psql ... dbname=pgbouncer: SHOW POOLS, SHOW STATS) admits %1 read-only, with\n"
                          "; its password from the auth file (the secret database-pgbouncer-auth). No admin_users: no\n"
                          "; runbook pauses, reloads or stops pgBouncer (the image's default admin, postgres, has no\n"
                          "; entry in the auth file, so nobody logs in as it).\n")
               .arg(pgbouncerStatsUser());
    out += line(QStringLiteral("stats_users"), pgbouncerStatsUser());
    out += QStringLiteral("; RDS for PostgreSQL 15 and later refuses unencrypted connections (rds.force_ssl); verify-full\n"
                          "; also checks that the server's certificate comes from the RDS CA and names DB_HOST, so a\n"
                          "; host that is not the database cannot take the auth user's password. The CA bundle for all\n"
                          "; regions (%1) is fetched into a task volume at start (the rds-ca container of terraform/ecs.tf).\n")
               .arg(rdsCaBundleUrl());
    out += line(QStringLiteral("server_tls_sslmode"), QStringLiteral("verify-full"));
    out += line(QStringLiteral("server_tls_ca_file"), rdsCaBundlePath());
    out += QLatin1Char('\n');
    out += line(QStringLiteral("pool_mode"), pgb->stringParam(QStringLiteral("pool_mode")));
    out += line(QStringLiteral("max_client_conn"), p.pgbouncerMaxClientConn);
    out += line(QStringLiteral("default_pool_size"), p.pgbouncerDefaultPoolSize);
    out += line(QStringLiteral("min_pool_size"), pgb->intParam(QStringLiteral("min_pool_size")));
    out += line(QStringLiteral("reserve_pool_size"), p.pgbouncerReservePoolSize);
    out += QLatin1Char('\n');
    out += line(QStringLiteral("server_lifetime"), pgb->intParam(QStringLiteral("server_lifetime")));
    out += line(QStringLiteral("server_idle_timeout"), pgb->intParam(QStringLiteral("server_idle_timeout")));
    return out.toUtf8();
}

QByteArray ConfigEmitter::workerCommands(const DocsContext &ctx)
{
    std::vector<const Component *> services;
    for (const Component &c : ctx.design().components()) {
        if (c.kind == ComponentKind::EcsWeb || c.kind == ComponentKind::EcsWorker || c.kind == ComponentKind::EcsBeat)
            services.push_back(&c);
    }
    if (services.empty())
        return {};
    QString out = QStringLiteral("#!/bin/sh\n");
    out += QStringLiteral("# The command of each ECS service of %1, exactly as terraform/ecs.tf runs it.\n")
               .arg(ctx.design().project());
    out += QStringLiteral("# %1\n").arg(ctx.notice());
    out += QStringLiteral("# Usage: worker-commands.sh SERVICE (local runs, docker compose, a Procfile).\n");
    out += QStringLiteral("set -eu\n\ncase \"${1:-}\" in\n");
    QStringList names;
    for (const Component *c : services) {
        names.append(c->id);
        out += QStringLiteral("%1)\n").arg(c->id);
        if (c->kind == ComponentKind::EcsWorker) {
            const qint64 mtpc = c->intParam(QStringLiteral("max_tasks_per_child"));
            out += QStringLiteral(
                       "    # queues %1; concurrency %2 (%3 pool); max tasks per child %4; %5-%6 tasks, desired %7\n")
                       .arg(c->listParam(QStringLiteral("queues")).join(QStringLiteral(", ")))
                       .arg(c->intParam(QStringLiteral("concurrency")))
                       .arg(c->stringParam(QStringLiteral("pool")),
                            mtpc > 0 ? QString::number(mtpc) : QStringLiteral("unlimited"))
                       .arg(c->intParam(QStringLiteral("min_tasks")))
                       .arg(c->intParam(QStringLiteral("max_tasks")))
                       .arg(c->intParam(QStringLiteral("desired_tasks")));
        } else if (c->kind == ComponentKind::EcsWeb) {
            out += QStringLiteral("    # %1 workers per task; %2-%3 tasks, desired %4\n")
                       .arg(c->intParam(QStringLiteral("workers")))
                       .arg(c->intParam(QStringLiteral("min_tasks")))
                       .arg(c->intParam(QStringLiteral("max_tasks")))
                       .arg(c->intParam(QStringLiteral("desired_tasks")));
        } else {
            out += QStringLiteral("    # exactly one task: two schedulers would send every periodic task twice\n");
        }
        QStringList words;
        for (const QString &w : serviceCommand(ctx, *c))
            words.append(shellWord(w));
        out += QStringLiteral("    exec %1\n    ;;\n").arg(words.join(QLatin1Char(' ')));
    }
    out += QStringLiteral("*)\n    echo \"usage: $0 {%1}\" >&2\n    exit 2\n    ;;\nesac\n")
               .arg(names.join(QLatin1Char('|')));
    return out.toUtf8();
}

} // namespace Infra
