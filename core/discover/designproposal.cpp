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

// A version as numbers (4.2.11 → {4, 2, 11}); "*" parts and letters end it.
QList<int> versionParts(const QString &v)
{
    QList<int> parts;
    for (const QString &p : v.split(QLatin1Char('.'))) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok)
            break;
        parts << n;
    }
    return parts;
}

int compareVersions(const QList<int> &a, const QList<int> &b)
{
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const int x = a.value(i), y = b.value(i);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

// Does `version` satisfy one clause of a requirement (PEP 440 operators, Poetry's ^ and ~, a
// trailing .* wildcard)? Unknown clauses admit everything: discovery reads, it does not judge.
bool satisfies(const QList<int> &version, QString clause)
{
    static const QRegularExpression re(QStringLiteral("^(===|==|!=|~=|>=|<=|>|<|\\^|~)?\\s*v?([0-9][0-9.]*)(\\.\\*)?$"));
    const QRegularExpressionMatch m = re.match(clause.trimmed());
    if (!m.hasMatch())
        return true;
    const QString op = m.captured(1).isEmpty() ? QStringLiteral("==") : m.captured(1);
    QString number = m.captured(2);
    while (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    const QList<int> bound = versionParts(number);
    if (bound.isEmpty())
        return true;
    const bool wildcard = !m.captured(3).isEmpty() || (op == QLatin1String("==") && m.captured(1).isEmpty());
    const int c = compareVersions(version, bound);
    auto prefixEqual = [&] { return version.mid(0, bound.size()) == bound; };
    if (op == QLatin1String("==") || op == QLatin1String("==="))
        return wildcard ? prefixEqual() : c == 0;
    if (op == QLatin1String("!="))
        return wildcard ? !prefixEqual() : c != 0;
    if (op == QLatin1String(">="))
        return c >= 0;
    if (op == QLatin1String(">"))
        return c > 0;
    if (op == QLatin1String("<="))
        return c <= 0;
    if (op == QLatin1String("<"))
        return c < 0;
    // ~=X.Y.Z: >= X.Y.Z and == X.Y.*; Poetry ~X.Y: >= X.Y, < X.(Y+1); ^X.Y: >= X.Y, < (X+1).
    QList<int> upper = bound;
    if (op == QLatin1String("~=")) {
        if (bound.size() < 2)
            return true;
        upper = bound.mid(0, bound.size() - 1);
    } else if (op == QLatin1String("~")) {
        upper = bound.size() == 1 ? bound : bound.mid(0, 2);
    } else { // ^
        int first = 0;
        while (first < bound.size() - 1 && bound[first] == 0)
            ++first;
        upper = bound.mid(0, first + 1);
    }
    upper.last() += 1;
    return c >= 0 && compareVersions(version, upper) < 0;
}

bool admits(const QString &spec, const QList<int> &version)
{
    if (spec.trimmed().isEmpty() || spec.trimmed() == QLatin1String("*"))
        return true;
    for (const QString &clause : spec.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!satisfies(version, clause))
            return false;
    return true;
}

// The design's django_version (an LTS the exported settings are written for) from the project's
// Django requirement, with the reason.
std::pair<QString, QString> djangoRelease(const QString &spec, const QString &evidence)
{
    // Newest LTS first; a requirement admitting any patch release of it chooses it.
    for (const char *lts : {"5.2", "4.2"}) {
        const QList<int> base = versionParts(QLatin1String(lts));
        for (int patch = 0; patch <= 40; ++patch)
            if (admits(spec, base + QList<int>{patch}))
                return {QLatin1String(lts), QStringLiteral("Django %1: the requirement '%2' (%3) admits the LTS release %1.")
                                                .arg(QLatin1String(lts), spec, evidence)};
    }
    // Neither LTS: the nearest one above what the requirement admits, as an upgrade.
    for (const QList<int> &candidate : {QList<int>{3, 2, 25}, QList<int>{4, 0, 10}, QList<int>{4, 1, 13},
                                         QList<int>{5, 0, 14}, QList<int>{5, 1, 8}, QList<int>{6, 0}}) {
        for (int patch = 0; patch <= 40; ++patch) {
            QList<int> v = candidate.mid(0, 2) + QList<int>{patch};
            if (!admits(spec, v))
                continue;
            const bool old = compareVersions(v, {4, 2}) < 0;
            const QString release = old ? QStringLiteral("4.2") : QStringLiteral("5.2");
            const bool newer = compareVersions(v, {6, 0}) >= 0;
            return {release, newer
                        ? QStringLiteral("Django %1: the requirement '%2' (%3) admits only releases after 5.2; the studio writes settings for the "
                                         "LTS releases 4.2 and 5.2, so 5.2 is proposed: check the settings against your release.")
                              .arg(release, spec, evidence)
                        : QStringLiteral("Django %1: the requirement '%2' (%3) admits no LTS release; the studio writes settings for 4.2 "
                                         "and 5.2, so %1 is proposed, an upgrade to plan before deploying.")
                              .arg(release, spec, evidence)};
        }
    }
    return {QStringLiteral("5.2"), QStringLiteral("Django 5.2 (the studio's default): the requirement '%1' (%2) could not be read as a "
                                                  "version range.").arg(spec, evidence)};
}

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

    // Django release: the project's own requirement (in its folder when there are several).
    const DiscoveredFact *django = nullptr;
    for (const DiscoveredFact &f : ctx.result.facts)
        if (f.key == QLatin1String("django.version") && (!django || (ctx.inProject(f.file) && !ctx.inProject(django->file))))
            django = &f;
    if (django) {
        const auto [release, reason] = djangoRelease(django->value, django->evidence());
        d.setSectionValue(Section::Settings, QStringLiteral("django_version"), release);
        why << reason;
    } else {
        d.setSectionValue(Section::Settings, QStringLiteral("django_version"), QStringLiteral("5.2"));
        why << QStringLiteral("Django 5.2 (the studio's default): no Django requirement found.");
    }

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
