// Django settings: which module, followed through packages, star imports, split-settings
// includes and django-configurations classes; then databases, caches, sessions, storages,
// channel layers.
#include "discoverycontext.h"

namespace Infra {

namespace {

struct Candidate
{
    QString module;
    QString file;
    int line = 0;
    int rank = 0; // higher wins: deployment env > wsgi/asgi > celery.py > manage.py
    bool env = false;
};

// os.environ.setdefault("VAR", "value") / os.environ["VAR"] = "value" in a file.
void findSetdefaults(DiscoveryContext &ctx, const QString &rel, const QString &var, std::vector<Candidate> &out, int rank)
{
    const PythonSource *src = ctx.sources.get(rel);
    if (!src)
        return;
    PyNamespace ns;
    PythonSource::walk(src->root(), [&](TSNode n) {
        if (PythonSource::is(n, "call")) {
            const QString callee = src->text(PythonSource::field(n, "function"));
            if (callee.endsWith(QLatin1String("environ.setdefault")) || callee.endsWith(QLatin1String("environ.__setitem__"))) {
                const PyValue call = ctx.exec.eval(*src, n, ns);
                // evalCall turns setdefault into an Env value with the default
                if (call.isEnv() && call.text == var && call.hasEnvDefault() && call.envDefault()->isStr())
                    out.push_back({call.envDefault()->text, rel, PythonSource::line(n), rank});
            }
        } else if (PythonSource::is(n, "assignment")) {
            const QString left = src->text(PythonSource::field(n, "left")).remove(QLatin1Char(' '));
            if (left == QStringLiteral("os.environ[\"%1\"]").arg(var) || left == QStringLiteral("os.environ['%1']").arg(var)) {
                const PyValue v = ctx.exec.eval(*src, PythonSource::field(n, "right"), ns);
                if (v.isStr())
                    out.push_back({v.text, rel, PythonSource::line(n), rank});
            }
        }
        return true;
    });
}

QString lastComponent(const QString &dotted)
{
    return dotted.section(QLatin1Char('.'), -1);
}

QString engineName(const QString &engine)
{
    const QString last = lastComponent(engine);
    if (last == QLatin1String("postgis") || last == QLatin1String("postgresql_psycopg2") || last.contains(QLatin1String("postgres")))
        return QStringLiteral("postgresql");
    if (last == QLatin1String("mysql") || engine.contains(QLatin1String("mysql")))
        return QStringLiteral("mysql");
    if (last.startsWith(QLatin1String("sqlite")) || last == QLatin1String("spatialite"))
        return QStringLiteral("sqlite3");
    if (last == QLatin1String("oracle"))
        return QStringLiteral("oracle");
    return last;
}

QString cacheName(const QString &backend)
{
    const QString b = backend.toLower();
    if (b.contains(QLatin1String("redis")) || b.contains(QLatin1String("valkey")))
        return QStringLiteral("redis");
    if (b.contains(QLatin1String("locmem")))
        return QStringLiteral("locmem");
    if (b.contains(QLatin1String("memcache")))
        return QStringLiteral("memcached");
    if (b.contains(QLatin1String("db.databasecache")) || b.endsWith(QLatin1String(".db")))
        return QStringLiteral("database");
    if (b.contains(QLatin1String("locmem")))
        return QStringLiteral("locmem");
    if (b.contains(QLatin1String("filebased")))
        return QStringLiteral("file");
    if (b.contains(QLatin1String("dummy")))
        return QStringLiteral("dummy");
    return lastComponent(backend);
}

bool isS3Storage(const QString &backend)
{
    return backend.contains(QLatin1String("s3"), Qt::CaseInsensitive);
}

// A value that is a URL (possibly behind an environment variable): the service its scheme names.
QString urlOf(const PyValue &v)
{
    return urlService(v.effectiveString());
}

void readDatabases(DiscoveryContext &ctx, const PyNamespace &ns)
{
    const auto it = ns.names.constFind(QStringLiteral("DATABASES"));
    if (it == ns.names.constEnd())
        return;
    PyValue dbs = it.value();
    if (dbs.isEnv() && dbs.envHint == QLatin1String("db")) {
        // django-configurations' DatabaseURLValue: one URL for the default alias
        PyValue wrapped;
        wrapped.kind = PyValue::Kind::Dict;
        wrapped.file = dbs.file;
        wrapped.line = dbs.line;
        wrapped.keys << QStringLiteral("default");
        wrapped.items.push_back(dbs);
        dbs = wrapped;
    }
    if (dbs.kind != PyValue::Kind::Dict) {
        ctx.addValue(QStringLiteral("database.default.engine"), dbs, {}, QStringLiteral("DATABASES is built by code that is not evaluated"))
            .confidence = Confidence::Low;
        return;
    }
    // DATABASES set in several branches of an if: each branch's default database is a fact; the
    // design takes a server database over SQLite (a development fallback)
    for (const PyValue &alt : dbs.alternatives) {
        const PyValue *db = alt.get(QStringLiteral("default"));
        if (!db)
            continue;
        QString engine;
        if (db->kind == PyValue::Kind::Dict) {
            if (const PyValue *e = db->get(QStringLiteral("ENGINE"))) {
                engine = engineName(e->effectiveString());
                ctx.addValue(QStringLiteral("database.default.engine"), *e, engine, QStringLiteral("another branch of an if"));
            }
        } else if (db->isEnv() || db->isStr()) {
            engine = urlOf(*db);
            ctx.addValue(QStringLiteral("database.default.engine"), *db, engine, QStringLiteral("another branch of an if"));
        }
        if (!engine.isEmpty() && engine != QLatin1String("sqlite3") && ctx.dbEngine.isEmpty())
            ctx.dbEngine = engine;
    }
    const QString fromBranches = ctx.dbEngine;
    for (qsizetype i = 0; i < dbs.keys.size(); ++i) {
        const QString alias = dbs.keys.at(i);
        const PyValue &db = dbs.items[size_t(i)];
        const QString key = QStringLiteral("database.%1.engine").arg(alias);
        QString engine;
        if (db.kind == PyValue::Kind::Dict) {
            if (const PyValue *e = db.get(QStringLiteral("ENGINE"))) {
                engine = engineName(e->effectiveString());
                ctx.addValue(key, *e, engine);
            }
            if (const PyValue *h = db.get(QStringLiteral("HOST")))
                ctx.addValue(QStringLiteral("database.%1.host").arg(alias), *h, h->effectiveString());
        } else if (db.isEnv() || db.isStr()) {
            engine = urlOf(db);
            ctx.addValue(key, db, engine, db.isEnv() ? QStringLiteral("engine from the URL scheme") : QString());
        } else {
            ctx.addValue(key, db, {}, QStringLiteral("not a literal: not evaluated")).confidence = Confidence::Low;
        }
        if (alias == QLatin1String("default") && !(engine == QLatin1String("sqlite3") && !fromBranches.isEmpty()) && !engine.isEmpty())
            ctx.dbEngine = engine;
        else if (!engine.isEmpty() && (engine == ctx.dbEngine || ctx.dbEngine.isEmpty()))
            ++ctx.dbReplicas;
    }
    if (const auto r = ns.names.constFind(QStringLiteral("DATABASE_ROUTERS")); r != ns.names.constEnd())
        ctx.addValue(QStringLiteral("database.routers"), r.value(), r->display());
}

void readCacheDict(DiscoveryContext &ctx, const PyValue &caches, bool alternative);

void readCaches(DiscoveryContext &ctx, const PyNamespace &ns)
{
    const auto it = ns.names.constFind(QStringLiteral("CACHES"));
    if (it == ns.names.constEnd())
        return;
    std::vector<PyValue> versions = it->alternatives;
    versions.push_back(it.value()); // the last branch's value last: it decides unless Redis is elsewhere
    for (const PyValue &caches : versions)
        readCacheDict(ctx, caches, &caches != &versions.back());
}

void readCacheDict(DiscoveryContext &ctx, const PyValue &caches, bool alternative)
{
    if (caches.kind != PyValue::Kind::Dict)
        return;
    for (qsizetype i = 0; i < caches.keys.size(); ++i) {
        const QString alias = caches.keys.at(i);
        const PyValue &c = caches.items[size_t(i)];
        QString backend;
        if (c.kind == PyValue::Kind::Dict) {
            if (const PyValue *b = c.get(QStringLiteral("BACKEND"))) {
                backend = cacheName(b->effectiveString());
                ctx.addValue(QStringLiteral("cache.%1.backend").arg(alias), *b, backend);
            }
            if (const PyValue *l = c.get(QStringLiteral("LOCATION")))
                ctx.addValue(QStringLiteral("cache.%1.location").arg(alias), *l, l->effectiveString());
        } else if (c.isEnv() || c.isStr()) {
            backend = urlOf(c);
            ctx.addValue(QStringLiteral("cache.%1.backend").arg(alias), c, backend);
        }
        if (alias == QLatin1String("default") && !backend.isEmpty()
            && !(alternative && ctx.cacheBackend == QLatin1String("redis")) && ctx.cacheBackend != QLatin1String("redis"))
            ctx.cacheBackend = backend;
    }
}

void readSessions(DiscoveryContext &ctx, const PyNamespace &ns)
{
    const auto it = ns.names.constFind(QStringLiteral("SESSION_ENGINE"));
    if (it == ns.names.constEnd())
        return;
    ctx.sessionsEngine = lastComponent(it->effectiveString());
    ctx.addValue(QStringLiteral("sessions.engine"), it.value(), ctx.sessionsEngine);
    if (const auto a = ns.names.constFind(QStringLiteral("SESSION_CACHE_ALIAS")); a != ns.names.constEnd())
        ctx.addValue(QStringLiteral("sessions.cache_alias"), a.value(), a->effectiveString());
}

void readStorages(DiscoveryContext &ctx, const PyNamespace &ns)
{
    auto storage = [&](const QString &key, const PyValue &backend, bool *s3) {
        const QString b = backend.effectiveString();
        *s3 = isS3Storage(b);
        ctx.addValue(key, backend, b, *s3 ? QStringLiteral("S3") : QString());
    };
    if (const auto it = ns.names.constFind(QStringLiteral("STORAGES")); it != ns.names.constEnd()) {
        // every branch's storages are facts; S3 in any branch gives the bucket
        std::vector<PyValue> versions = it->alternatives;
        versions.push_back(it.value());
        bool media = false, statics = false;
        for (const PyValue &v : versions) {
            if (v.kind != PyValue::Kind::Dict)
                continue;
            bool s3 = false;
            if (const PyValue *d = v.get(QStringLiteral("default")))
                if (const PyValue *b = d->get(QStringLiteral("BACKEND"))) {
                    storage(QStringLiteral("storage.media"), *b, &s3);
                    media = media || s3;
                }
            if (const PyValue *d = v.get(QStringLiteral("staticfiles")))
                if (const PyValue *b = d->get(QStringLiteral("BACKEND"))) {
                    storage(QStringLiteral("storage.static"), *b, &s3);
                    statics = statics || s3;
                }
        }
        ctx.mediaS3 = media;
        ctx.staticS3 = statics;
    }
    if (const auto it = ns.names.constFind(QStringLiteral("DEFAULT_FILE_STORAGE")); it != ns.names.constEnd())
        storage(QStringLiteral("storage.media"), it.value(), &ctx.mediaS3);
    if (const auto it = ns.names.constFind(QStringLiteral("STATICFILES_STORAGE")); it != ns.names.constEnd())
        storage(QStringLiteral("storage.static"), it.value(), &ctx.staticS3);
    for (const char *name : {"AWS_STORAGE_BUCKET_NAME", "AWS_S3_BUCKET_NAME", "AWS_MEDIA_BUCKET_NAME", "AWS_STATIC_BUCKET_NAME"})
        if (const auto it = ns.names.constFind(QString::fromLatin1(name)); it != ns.names.constEnd())
            ctx.addValue(QStringLiteral("storage.bucket"), it.value(), it->effectiveString(), QString::fromLatin1(name));
}

void readChannels(DiscoveryContext &ctx, const PyNamespace &ns)
{
    const auto it = ns.names.constFind(QStringLiteral("CHANNEL_LAYERS"));
    if (it == ns.names.constEnd() || it->kind != PyValue::Kind::Dict)
        return;
    if (const PyValue *d = it->get(QStringLiteral("default")))
        if (const PyValue *b = d->get(QStringLiteral("BACKEND"))) {
            const QString backend = b->effectiveString();
            ctx.channelsLayer = backend.contains(QLatin1String("Redis")) ? QStringLiteral("redis")
                : backend.contains(QLatin1String("InMemory"))            ? QStringLiteral("inmemory")
                : backend.contains(QLatin1String("Rabbit"))              ? QStringLiteral("rabbitmq")
                                                                         : lastComponent(backend);
            ctx.addValue(QStringLiteral("channels.layer"), *b, backend);
        }
}

bool isConfigurationClass(const PyNamespace &ns, const QString &name, int depth = 0)
{
    const auto it = ns.classes.constFind(name);
    if (it == ns.classes.constEnd() || depth > 16)
        return false;
    for (const QString &base : it->bases)
        if (base == QLatin1String("Configuration") || base.endsWith(QLatin1String(".Configuration"))
            || isConfigurationClass(ns, base, depth + 1))
            return true;
    return false;
}

} // namespace

PyNamespace scanSettings(DiscoveryContext &ctx)
{
    PyNamespace ns;
    std::vector<Candidate> candidates;
    std::vector<Candidate> configurations;
    const QStringList entryNames = {QStringLiteral("manage.py"), QStringLiteral("wsgi.py"), QStringLiteral("asgi.py"),
                                    QStringLiteral("celery.py"), QStringLiteral("celery_app.py")};
    const int ranks[] = {1, 3, 3, 2, 2};
    for (qsizetype i = 0; i < entryNames.size(); ++i)
        for (const QString &rel : ctx.tree.named(entryNames.at(i))) {
            if (!ctx.inProject(rel) && !(ctx.projectDir.isEmpty()))
                continue;
            findSetdefaults(ctx, rel, QStringLiteral("DJANGO_SETTINGS_MODULE"), candidates, ranks[i]);
            findSetdefaults(ctx, rel, QStringLiteral("DJANGO_CONFIGURATION"), configurations, ranks[i]);
        }
    // the deployment's own setting wins over code defaults unless it is an example or a dev file
    static const int deployRank[] = {0, 2, 4, 5};
    for (const DiscoveryContext::RankedFact &e : ctx.settingsEnv) {
        std::vector<Candidate> &list = e.fact.key == QLatin1String("DJANGO_SETTINGS_MODULE") ? candidates : configurations;
        list.push_back({e.fact.value, e.fact.file, e.fact.line, deployRank[qBound(0, e.rank, 3)], true});
    }

    const Candidate *chosen = nullptr;
    for (const Candidate &c : candidates) {
        if (ctx.tree.moduleFile(c.module, ctx.projectDir).isEmpty())
            continue;
        if (!chosen || c.rank > chosen->rank)
            chosen = &c;
    }
    for (const Candidate &c : candidates) {
        DiscoveredFact &f = ctx.add(QStringLiteral("settings.module"), c.module, c.file, c.line,
                                    c.env ? Confidence::High : Confidence::Medium);
        if (!c.env) {
            f.envVar = QStringLiteral("DJANGO_SETTINGS_MODULE");
            f.envDefault = c.module;
            f.hasEnvDefault = true;
        }
        if (&c == chosen)
            f.note = QStringLiteral("used for the design");
        else if (ctx.tree.moduleFile(c.module, ctx.projectDir).isEmpty())
            f.note = QStringLiteral("module file not found");
    }
    QString file;
    if (chosen) {
        file = ctx.tree.moduleFile(chosen->module, ctx.projectDir);
    } else {
        // no DJANGO_SETTINGS_MODULE anywhere: a settings.py or settings/ package in the project
        for (const QString &rel : ctx.tree.files()) {
            if (!ctx.inProject(rel))
                continue;
            if (rel.endsWith(QLatin1String("/settings.py")) || rel == QLatin1String("settings.py")
                || rel.endsWith(QLatin1String("/settings/__init__.py"))) {
                file = rel;
                ctx.add(QStringLiteral("settings.module"), rel, rel, 1, Confidence::Low,
                        QStringLiteral("no DJANGO_SETTINGS_MODULE found; chosen by its name"));
                break;
            }
        }
    }
    if (file.isEmpty())
        return ns;
    ctx.exec.execFile(file, ns);
    ctx.add(QStringLiteral("settings.file"), file, file, 1);
    for (const PyNamespace::Include &inc : ns.includes)
        ctx.add(QStringLiteral("settings.file"), inc.target, inc.file, inc.line, Confidence::High,
                QStringLiteral("included from %1").arg(inc.file));

    // django-configurations: the class named by DJANGO_CONFIGURATION, its bases applied first
    QStringList configClasses;
    for (auto it = ns.classes.constBegin(); it != ns.classes.constEnd(); ++it)
        if (isConfigurationClass(ns, it.key()))
            configClasses << it.key();
    if (!configClasses.isEmpty()) {
        QString name;
        const Candidate *best = nullptr;
        for (const Candidate &c : configurations)
            if (configClasses.contains(c.module) && (!best || c.rank > best->rank))
                best = &c;
        if (best) {
            name = best->module;
            ctx.add(QStringLiteral("settings.configuration"), name, best->file, best->line, Confidence::Medium,
                    QStringLiteral("DJANGO_CONFIGURATION default"));
        } else {
            for (const QString &n : {QStringLiteral("Production"), QStringLiteral("Prod"), QStringLiteral("Live")})
                if (configClasses.contains(n))
                    name = n;
            if (name.isEmpty())
                name = configClasses.first();
            const PyNamespace::Definition &d = ns.classes[name];
            ctx.add(QStringLiteral("settings.configuration"), name, d.source->file(), PythonSource::line(d.node),
                    Confidence::Low, QStringLiteral("no DJANGO_CONFIGURATION found; chosen by its name"));
        }
        ctx.exec.execClass(name, ns);
    }

    readDatabases(ctx, ns);
    readCaches(ctx, ns);
    readSessions(ctx, ns);
    readStorages(ctx, ns);
    readChannels(ctx, ns);
    return ns;
}

} // namespace Infra
