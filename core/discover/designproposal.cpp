// The design proposed from what discovery found: every component follows from a fact, and
// each decision is written down for the report.
#include "discoverycontext.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Infra {

namespace {

QString identifier(QString s, const QString &fallback)
{
    s = s.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^[^a-z]+")));
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    s = s.left(30);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.size() >= 2 ? s : fallback;
}

QString family(const QString &queue)
{
    return queue.split(QRegularExpression(QStringLiteral("[._:]")), Qt::SkipEmptyParts).value(0, queue);
}

struct WorkerGroup
{
    QString name;
    QStringList queues;
    int concurrency = 0;
    QString pool;
    int maxTasksPerChild = 0;
    QString why;
};

} // namespace

void proposeDesign(DiscoveryContext &ctx)
{
    QStringList &why = ctx.result.decisions;
    Design d;
    const QString folder = ctx.projectDir.isEmpty() ? QFileInfo(ctx.tree.root()).fileName() : ctx.projectDir.section(QLatin1Char('/'), -1);
    const QString name = ctx.options.designName.isEmpty() ? folder : ctx.options.designName;
    d.setSectionValue(Section::Settings, QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Discovered design") : name);
    d.setSectionValue(Section::Settings, QStringLiteral("project"), identifier(name, QStringLiteral("app")));
    d.setSectionValue(Section::Settings, QStringLiteral("environment"), QStringLiteral("production"));
    static const QRegularExpression appPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    if (!ctx.celeryApp.isEmpty() && appPattern.match(ctx.celeryApp).hasMatch())
        d.setSectionValue(Section::Celery, QStringLiteral("app"), ctx.celeryApp);

    int x = 0;
    auto place = [&](Component c, double y) {
        c.position = QPointF(x, y);
        x += 250;
        d.addComponent(c);
    };

    // Web
    Component alb = Component::make(ComponentKind::Alb, QStringLiteral("alb"), QStringLiteral("Application Load Balancer"));
    alb.position = QPointF(500, 180);
    d.addComponent(alb);
    QString server = ctx.server;
    const bool asgi = ctx.asgi || server == QLatin1String("uvicorn") || server == QLatin1String("daphne")
        || server == QLatin1String("granian") || server == QLatin1String("hypercorn");
    const QString modelServer = asgi ? QStringLiteral("uvicorn") : QStringLiteral("gunicorn");
    Component web = Component::make(ComponentKind::EcsWeb, QStringLiteral("web"),
                                    QStringLiteral("Web (%1)").arg(server.isEmpty() ? modelServer : server));
    web.params[QStringLiteral("server")] = modelServer;
    if (server.isEmpty())
        why << QStringLiteral("Web service: no application server found; Gunicorn (the studio's default) assumed.");
    else if (server != modelServer)
        why << QStringLiteral("Web service: %1 found; the studio models it as %2 (%3).")
                   .arg(server, modelServer, asgi ? QStringLiteral("ASGI") : QStringLiteral("WSGI"));
    else
        why << QStringLiteral("Web service runs %1, as found.").arg(server);
    if (ctx.webWorkers > 0 && ctx.webWorkers <= 64) {
        web.params[QStringLiteral("workers")] = qint64(ctx.webWorkers);
        why << QStringLiteral("Web workers per task: %1, from the web command.").arg(ctx.webWorkers);
    }
    if (ctx.webPort > 0 && ctx.webPort <= 65535)
        web.params[QStringLiteral("container_port")] = qint64(ctx.webPort);
    place(web, 360);

    // Workers: one group per worker command, then one per family of queues nobody consumes
    std::vector<WorkerGroup> groups;
    // Celery's own default queue is "celery"; the studio's configuration sets
    // task_default_queue = "default", so unrouted tasks land there in the design.
    const QString defaultQueue = ctx.defaultQueue.isEmpty() ? QStringLiteral("default") : ctx.defaultQueue;
    if (ctx.celery && ctx.defaultQueue.isEmpty())
        why << QStringLiteral("Celery default queue not set (Celery's is 'celery'); the design's configuration names it 'default'.");
    if (ctx.celery || std::any_of(ctx.processes.begin(), ctx.processes.end(), [](const DiscoveredProcess &p) { return p.role == QLatin1String("worker"); })) {
        for (const DiscoveredProcess &p : ctx.processes) {
            if (p.role != QLatin1String("worker"))
                continue;
            const QStringList queues = p.queues.isEmpty() ? QStringList{defaultQueue} : p.queues;
            bool same = false;
            for (WorkerGroup &g : groups)
                if (g.queues == queues) {
                    same = true;
                    if (!g.concurrency)
                        g.concurrency = p.workers;
                }
            if (same)
                continue;
            groups.push_back({family(queues.first()), queues, p.workers, p.pool, p.maxTasksPerChild,
                              QStringLiteral("from the worker command at %1:%2").arg(p.file).arg(p.line)});
        }
        QStringList consumed;
        for (const WorkerGroup &g : groups)
            consumed += g.queues;
        QStringList rest;
        for (const QString &q : ctx.queues)
            if (!consumed.contains(q))
                rest << q;
        for (const CeleryRoute &r : ctx.routes)
            if (!consumed.contains(r.queue) && !rest.contains(r.queue))
                rest << r.queue;
        // the default queue gets a worker when a task goes there: no queue in its decorator and
        // no route matching its name (or nothing names any queue at all)
        bool defaultUsed = rest.isEmpty() && groups.empty();
        for (const QString &task : ctx.tasksWithoutQueue) {
            const bool routed = std::any_of(ctx.routes.begin(), ctx.routes.end(), [&](const CeleryRoute &r) {
                return QRegularExpression(QRegularExpression::wildcardToRegularExpression(r.task)).match(task).hasMatch();
            });
            if (!routed)
                defaultUsed = true;
        }
        if (defaultUsed && !consumed.contains(defaultQueue) && !rest.contains(defaultQueue) && ctx.celery)
            rest.prepend(defaultQueue);
        for (const QString &q : rest) {
            const QString fam = family(q);
            auto it = std::find_if(groups.begin(), groups.end(), [&](const WorkerGroup &g) {
                return g.name == fam && g.why.startsWith(QLatin1String("queue family"));
            });
            if (it != groups.end())
                it->queues << q;
            else
                groups.push_back({fam, {q}, 0, {}, 0, QStringLiteral("queue family '%1' named in the code or settings, no worker command consumes it").arg(fam)});
        }
    }
    QStringList usedIds;
    for (const WorkerGroup &g : groups) {
        QString id = QStringLiteral("worker-") + identifier(g.name, QStringLiteral("default"));
        id = id.left(60);
        int n = 2;
        const QString base = id;
        while (usedIds.contains(id))
            id = base + QLatin1Char('-') + QString::number(n++);
        usedIds << id;
        Component w = Component::make(ComponentKind::EcsWorker, id, QStringLiteral("Worker %1").arg(g.queues.join(QStringLiteral(", "))));
        w.params[QStringLiteral("queues")] = g.queues;
        int conc = g.concurrency ? g.concurrency : ctx.concurrency;
        if (conc > 0 && conc <= 256)
            w.params[QStringLiteral("concurrency")] = qint64(conc);
        if (QStringList{QStringLiteral("prefork"), QStringLiteral("threads"), QStringLiteral("gevent"), QStringLiteral("solo")}.contains(g.pool))
            w.params[QStringLiteral("pool")] = g.pool;
        if (g.maxTasksPerChild > 0)
            w.params[QStringLiteral("max_tasks_per_child")] = qint64(g.maxTasksPerChild);
        why << QStringLiteral("Worker group %1 for queues %2 (%3), concurrency %4%5.")
                   .arg(id, g.queues.join(QStringLiteral(", ")), g.why)
                   .arg(w.params.value(QStringLiteral("concurrency")).toLongLong())
                   .arg(conc > 0 ? QString() : QStringLiteral(" (not found: the studio's default)"));
        place(w, 360);
    }

    // Beat
    const bool beatProcess = ctx.result.has(QStringLiteral("process.beat"));
    if (ctx.beatEntries > 0 || beatProcess) {
        Component beat = Component::make(ComponentKind::EcsBeat, QStringLiteral("beat"), QStringLiteral("Celery Beat"));
        beat.params[QStringLiteral("scheduler")] = ctx.databaseScheduler ? QStringLiteral("django_celery_beat.schedulers:DatabaseScheduler")
                                                                         : QStringLiteral("celery.beat:PersistentScheduler");
        why << QStringLiteral("Celery Beat: %1 schedule entries%2, %3 scheduler.")
                   .arg(ctx.beatEntries)
                   .arg(beatProcess ? QStringLiteral(" and a beat command") : QString())
                   .arg(ctx.databaseScheduler ? QStringLiteral("database") : QStringLiteral("file"));
        place(beat, 360);
    }

    // Database
    x = 0;
    QString engine = ctx.dbEngine;
    if (engine.isEmpty()) {
        for (const char *driver : {"psycopg2", "psycopg2-binary", "psycopg", "psycopg-binary"})
            if (ctx.result.has(QStringLiteral("dependency.") + QString::fromLatin1(driver)))
                engine = QStringLiteral("postgresql");
        if (!engine.isEmpty())
            why << QStringLiteral("Database engine not found in the settings; a PostgreSQL driver is a dependency, so PostgreSQL.");
    }
    bool postgres = engine == QLatin1String("postgresql");
    if (!postgres && !engine.isEmpty()) {
        if (ctx.options.acceptPostgres) {
            postgres = true;
            why << QStringLiteral("Database: %1 found; PostgreSQL proposed because the migration was accepted.").arg(engine);
        } else {
            why << QStringLiteral("Database: %1 found; the studio designs PostgreSQL only, so no database is proposed "
                                  "(accept PostgreSQL to add one).").arg(engine);
        }
    } else if (engine.isEmpty()) {
        why << QStringLiteral("Database: not found; no database proposed.");
    }
    if (postgres) {
        Component pgb = Component::make(ComponentKind::PgBouncer, QStringLiteral("pgbouncer"), QStringLiteral("pgBouncer"));
        place(pgb, 540);
        Component db = Component::make(ComponentKind::RdsPostgres, QStringLiteral("db"), QStringLiteral("PostgreSQL"));
        if (ctx.dbReplicas > 0) {
            db.params[QStringLiteral("read_replicas")] = qint64(qMin(ctx.dbReplicas, 15));
            why << QStringLiteral("PostgreSQL with %1 read replica(s), one per extra database alias.").arg(ctx.dbReplicas);
        }
        db.position = QPointF(0, 720);
        d.addComponent(db);
        if (engine == ctx.dbEngine && !ctx.dbEngine.isEmpty())
            why << QStringLiteral("PostgreSQL behind pgBouncer (the engine in DATABASES).");
    }

    // Redis roles
    QStringList roles;
    if (ctx.cacheBackend == QLatin1String("redis"))
        roles << QStringLiteral("cache");
    if ((ctx.sessionsEngine == QLatin1String("cache") || ctx.sessionsEngine == QLatin1String("cached_db"))
        && ctx.cacheBackend == QLatin1String("redis"))
        roles << QStringLiteral("sessions");
    if (ctx.brokerService == QLatin1String("redis"))
        roles << QStringLiteral("broker");
    if (ctx.resultService == QLatin1String("redis"))
        roles << QStringLiteral("results");
    if (ctx.channelsLayer == QLatin1String("redis") && roles.isEmpty())
        roles << QStringLiteral("cache");
    if (!roles.isEmpty()) {
        Component redis = Component::make(ComponentKind::ElastiCacheRedis, QStringLiteral("redis"), QStringLiteral("Redis"));
        redis.params[QStringLiteral("roles")] = roles;
        why << QStringLiteral("Redis with roles %1%2.")
                   .arg(roles.join(QStringLiteral(", ")),
                        ctx.channelsLayer == QLatin1String("redis") ? QStringLiteral(" (the Channels layer uses it too)") : QString());
        place(redis, 540);
    }
    if (ctx.brokerService == QLatin1String("rabbitmq"))
        why << QStringLiteral("Celery broker is RabbitMQ: the studio has no RabbitMQ (Amazon MQ) component, so the broker is not drawn; "
                              "consider Redis or SQS.");
    if (ctx.brokerService == QLatin1String("sqs")) {
        place(Component::make(ComponentKind::Sqs, QStringLiteral("sqs"), QStringLiteral("SQS broker")), 540);
        why << QStringLiteral("Celery broker is SQS.");
    }

    // Buckets
    if (ctx.staticS3 || ctx.mediaS3) {
        Component cdn = Component::make(ComponentKind::CloudFront, QStringLiteral("cdn"), QStringLiteral("CloudFront CDN"));
        cdn.position = QPointF(500, 0);
        d.addComponent(cdn);
    }
    if (ctx.staticS3) {
        Component s3 = Component::make(ComponentKind::S3Bucket, QStringLiteral("static"), QStringLiteral("Static files"));
        s3.params[QStringLiteral("role")] = QStringLiteral("static");
        place(s3, 540);
        why << QStringLiteral("S3 bucket for static files (the static storage is S3).");
    }
    if (ctx.mediaS3) {
        Component s3 = Component::make(ComponentKind::S3Bucket, QStringLiteral("media"), QStringLiteral("Media files"));
        s3.params[QStringLiteral("role")] = QStringLiteral("media");
        place(s3, 540);
        why << QStringLiteral("S3 bucket for media files (the default storage is S3).");
    }

    // Platform
    x = 0;
    for (ComponentKind k : {ComponentKind::Ecr, ComponentKind::SecretsManager, ComponentKind::CloudWatch}) {
        const QString id = k == ComponentKind::Ecr ? QStringLiteral("ecr") : k == ComponentKind::SecretsManager ? QStringLiteral("secrets") : QStringLiteral("logs");
        Component c = Component::make(k, id);
        c.position = QPointF(x, 900);
        x += 250;
        d.addComponent(c);
    }

    // Routes: explicit routes first (decorator routes are exact task names)
    QList<CeleryRoute> routes;
    for (const CeleryRoute &r : ctx.routes)
        if (!routes.contains(r))
            routes << r;
    if (!routes.isEmpty()) {
        d.setRoutes(routes);
        why << QStringLiteral("%1 Celery route(s) kept in the design.").arg(routes.size());
    }
    ctx.result.design = std::move(d);
}

} // namespace Infra
