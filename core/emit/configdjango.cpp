// The Django production settings module (config/settings/production.py).
#include "configemitter.h"

#include "docscontext.h"

#include <QRegularExpression>

namespace Infra {

namespace {

// Seconds Redis keeps a reserved message from other workers (kombu's default is one hour).
constexpr qint64 redisVisibilityTimeout = 7200;

QString py(const QString &text)
{
    return ConfigEmitter::pythonString(text);
}

QString envOr(const char *name, const QString &fallback)
{
    return QStringLiteral("os.environ.get(\"%1\", %2)").arg(QLatin1String(name), py(fallback));
}

QString redisSection(const DocsContext &ctx, const Component &redis)
{
    const bool tls = redis.boolParam(QStringLiteral("transit_encryption"));
    const bool auth = ctx.terraform().redisUsesAuthToken();
    QString out;
    out += QStringLiteral("\n# Redis: %1 (%2, %3), roles: %4.\n")
               .arg(ctx.resourceName(redis.id), redis.stringParam(QStringLiteral("node_type")),
                    redis.stringParam(QStringLiteral("maxmemory_policy")),
                    redis.listParam(QStringLiteral("roles")).join(QStringLiteral(", ")));
    out += QStringLiteral("REDIS_HOST = os.environ[\"REDIS_HOST\"]\n");
    out += QStringLiteral("REDIS_PORT = int(%1)\n")
               .arg(envOr("REDIS_PORT", QString::number(redis.intParam(QStringLiteral("port")))));
    if (tls)
        out += QStringLiteral("# Encryption in transit is on: clients speak TLS (rediss://).\n");
    else
        out += QStringLiteral("# Encryption in transit is off: plain redis://.\n");
    out += QStringLiteral("REDIS_SCHEME = %1\n").arg(py(tls ? QStringLiteral("rediss") : QStringLiteral("redis")));
    if (auth)
        out += QStringLiteral("# The AUTH token comes from Secrets Manager (terraform/secrets.tf).\n"
                              "REDIS_PASSWORD = os.environ.get(\"REDIS_AUTH_TOKEN\", \"\")\n");
    else
        out += QStringLiteral("REDIS_PASSWORD = \"\"\n");
    out += QStringLiteral(R"(

def redis_url(db, celery=False):
    """URL of one Redis database; Celery wants the certificate check spelled out with TLS."""
    credentials = f":{quote(REDIS_PASSWORD, safe='')}@" if REDIS_PASSWORD else ""
    url = f"{REDIS_SCHEME}://{credentials}{REDIS_HOST}:{REDIS_PORT}/{db}"
    if celery and REDIS_SCHEME == "rediss":
        url += "?ssl_cert_reqs=required"
    return url
)");
    return out;
}

// MemoryDB (issue 17): always a cluster, so database 0 only; the ACL user's login comes from
// Secrets Manager (terraform/memorydb.tf).
QString memoryDbSection(const DocsContext &ctx, const Component &store)
{
    const bool tls = store.boolParam(QStringLiteral("tls"));
    QString out;
    out += QStringLiteral("\n# MemoryDB: %1 (%2 %3, %4 shard(s), durable), roles: %5.\n")
               .arg(ctx.resourceName(store.id), store.stringParam(QStringLiteral("engine")), store.stringParam(QStringLiteral("node_type")))
               .arg(store.intParam(QStringLiteral("shards")))
               .arg(store.listParam(QStringLiteral("roles")).join(QStringLiteral(", ")));
    out += QStringLiteral("MEMORYDB_HOST = os.environ[\"MEMORYDB_HOST\"]\n");
    out += QStringLiteral("MEMORYDB_PORT = int(%1)\n").arg(envOr("MEMORYDB_PORT", QString::number(store.intParam(QStringLiteral("port")))));
    out += QStringLiteral("MEMORYDB_SCHEME = %1\n").arg(py(tls ? QStringLiteral("rediss") : QStringLiteral("redis")));
    out += QStringLiteral("MEMORYDB_USER = os.environ.get(\"MEMORYDB_USER\", \"\")\n"
                          "MEMORYDB_PASSWORD = os.environ.get(\"MEMORYDB_PASSWORD\", \"\")\n");
    out += QStringLiteral(R"(

def memorydb_url(celery=False):
    """URL of the MemoryDB cluster (database 0: a cluster has no other)."""
    credentials = f"{quote(MEMORYDB_USER, safe='')}:{quote(MEMORYDB_PASSWORD, safe='')}@" if MEMORYDB_USER else ""
    url = f"{MEMORYDB_SCHEME}://{credentials}{MEMORYDB_HOST}:{MEMORYDB_PORT}/0"
    if celery and MEMORYDB_SCHEME == "rediss":
        url += "?ssl_cert_reqs=required"
    return url
)");
    return out;
}

QString cacheEntry(const QString &alias, const QString &location, const QString &prefix)
{
    return QStringLiteral(R"(    %1: {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": %2,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 5,
            "SOCKET_TIMEOUT": 5,
            "CONNECTION_POOL_KWARGS": {"max_connections": 50, "retry_on_timeout": True},
        },
        "KEY_PREFIX": %3,
    },
)")
        .arg(py(alias), location, py(prefix));
}

QString storageEntry(const QString &alias, const QString &backend, const QString &envVar, const QString &location,
                     const QString &comment)
{
    return QStringLiteral(R"(    # %5
    %1: {
        "BACKEND": %2,
        "OPTIONS": {
            "bucket_name": os.environ[%3],
            "location": %4,
            "region_name": AWS_REGION,
            "custom_domain": CDN_DOMAIN or None,
            "querystring_auth": False,
            "file_overwrite": %6,
        },
    },
)")
        .arg(py(alias), py(backend), py(envVar), py(location), comment,
             alias == QLatin1String("default") ? QStringLiteral("False") : QStringLiteral("True"));
}

} // namespace

QByteArray ConfigEmitter::djangoSettings(const DocsContext &ctx)
{
    const Design &d = ctx.design();
    const PoolCalculation &pools = ctx.derived().pools();
    const QString django = d.value(Section::Settings, QStringLiteral("django_version")).toString();
    QString out;
    out += QStringLiteral(R"("""Production settings of %1 (DJANGO_SETTINGS_MODULE=%2.settings.production).

%3

Hosts, buckets and secrets come from the environment the ECS task definitions set
(terraform/ecs.tf); pool sizes, Redis database numbers, broker and timeouts come from the
design. Settings shared with development (INSTALLED_APPS, MIDDLEWARE, templates, ...) stay
in settings/base.py.
"""

import os
from urllib.parse import quote

import django

from .base import *  # noqa: F401,F403

# Written for Django %4 LTS (the design's django_version): another release is refused here
# rather than half-working. Change the design's version and export again when upgrading.
# RuntimeError, not ImproperlyConfigured: manage.py sets the latter aside while it looks up
# the command, and the command then fails with an unrelated error.
DJANGO_VERSION = %5
if django.VERSION[:2] != DJANGO_VERSION:
    raise RuntimeError(
        f"these settings are for Django %4 (the design's django_version), not {django.get_version()}"
    )

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
)")
               .arg(d.project(), ctx.djangoModule(),
                    QString(ctx.notice()).replace(QStringLiteral("\"\"\""), QStringLiteral("'''")), django,
                    QStringLiteral("(%1)").arg(QString(django).replace(QLatin1Char('.'), QStringLiteral(", "))));
    if (django == QLatin1String("4.2"))
        out += QStringLiteral("# Django 4.2 still defaults to naive local datetimes (5.0 changed the default): aware UTC\n"
                              "# datetimes, as in 5.2, so that stored values do not change on the upgrade.\n"
                              "USE_TZ = True\n");

    const Component *alb = ctx.first(ComponentKind::Alb);
    const QString domain = alb ? alb->stringParam(QStringLiteral("certificate_domain")) : QStringLiteral("localhost");
    out += QStringLiteral("# Strict: only the public host names. The load balancer's health check, which sends the\n"
                          "# task's private address as Host, is answered before the host check (health.py).\n");
    if (alb)
        out += QStringLiteral("# The task definitions set DJANGO_ALLOWED_HOSTS to terraform's var.domain_name (the name the\n"
                              "# certificates cover); the design's name is only the fallback outside the tasks.\n");
    out += QStringLiteral("ALLOWED_HOSTS = %1.split(\",\")\n").arg(envOr("DJANGO_ALLOWED_HOSTS", domain));
    out += QStringLiteral("CSRF_TRUSTED_ORIGINS = [f\"https://{host}\" for host in ALLOWED_HOSTS]\n");
    if (alb) {
        const QString health = alb->stringParam(QStringLiteral("health_check_path"));
        QString exempt = health;
        while (exempt.startsWith(QLatin1Char('/')))
            exempt.remove(0, 1);
        out += QStringLiteral("# TLS ends at the load balancer, which forwards plain HTTP with X-Forwarded-Proto.\n"
                              "SECURE_PROXY_SSL_HEADER = (\"HTTP_X_FORWARDED_PROTO\", \"https\")\n"
                              "SECURE_SSL_REDIRECT = True\n"
                              "SESSION_COOKIE_SECURE = True\n"
                              "CSRF_COOKIE_SECURE = True\n"
                              "# Browsers keep to HTTPS for a year, on subdomains too (hstspreload.org lists the\n"
                              "# domain only once someone submits it there).\n"
                              "SECURE_HSTS_SECONDS = 31536000\n"
                              "SECURE_HSTS_INCLUDE_SUBDOMAINS = True\n"
                              "SECURE_HSTS_PRELOAD = True\n");
        out += QStringLiteral("# The health check (%1) reaches the tasks by private address over plain HTTP: the first\n"
                              "# middleware answers it before the host check and the HTTPS redirect.\n"
                              "HEALTH_CHECK_PATH = %2\n"
                              "SECURE_REDIRECT_EXEMPT = [%3]\n"
                              "MIDDLEWARE = [%4, *MIDDLEWARE]  # noqa: F405\n")
                   .arg(health, py(health), py(QLatin1Char('^') + QRegularExpression::escape(exempt) + QLatin1Char('$')),
                        py(ctx.djangoModule() + QStringLiteral(".health.HealthCheckMiddleware")));
    }
    out += QStringLiteral("AWS_REGION = %1\n").arg(envOr("AWS_REGION", d.region()));

    // Database
    if (const Component *db = ctx.database()) {
        const Component *pgb = ctx.pgbouncer();
        const bool transaction = pgb && pgb->stringParam(QStringLiteral("pool_mode")) == QLatin1String("transaction");
        const int port = pgb ? int(pgb->intParam(QStringLiteral("listen_port"))) : listenPort(*db);
        out += QLatin1Char('\n');
        if (pgb)
            out += QStringLiteral("# PostgreSQL %1 through pgBouncer (%2, %3 pooling, port %4).\n")
                       .arg(ctx.resourceName(db->id), pgb->id, pgb->stringParam(QStringLiteral("pool_mode")))
                       .arg(port);
        else
            out += QStringLiteral("# PostgreSQL %1, connected directly (no pgBouncer in the design).\n")
                       .arg(ctx.resourceName(db->id));
        out += QStringLiteral(
                   "# Connections reaching the database: %1 at desired scale, %2 at maximum, of max_connections %3.\n")
                   .arg(pools.desired.databaseConnections)
                   .arg(pools.maximum.databaseConnections)
                   .arg(pools.maxConnectionsSetting);
        out += QStringLiteral(R"(DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": %1,
        "USER": os.environ["DATABASE_USER"],
        "PASSWORD": os.environ["DATABASE_PASSWORD"],
        "HOST": os.environ["DATABASE_HOST"],
        "PORT": int(%2),
        "CONN_MAX_AGE": %3,
        "CONN_HEALTH_CHECKS": True,
)")
                   .arg(envOr("DATABASE_NAME", db->stringParam(QStringLiteral("database_name"))),
                        envOr("DATABASE_PORT", QString::number(port)))
                   .arg(PoolCalculation::connMaxAge);
        if (transaction)
            out += QStringLiteral(
                "        # Transaction pooling gives each transaction any server connection: a server-side\n"
                "        # cursor would outlive its transaction.\n"
                "        \"DISABLE_SERVER_SIDE_CURSORS\": True,\n");
        if (!pgb)
            out += QStringLiteral(
                       "        # TLS, and the server's certificate must come from the RDS CA and name DATABASE_HOST:\n"
                       "        # the bundle (%1) is fetched into a task volume at start\n"
                       "        # (the rds-ca container of terraform/ecs.tf).\n"
                       "        \"OPTIONS\": {\n"
                       "            \"sslmode\": \"verify-full\",\n"
                       "            \"sslrootcert\": os.environ.get(\"DATABASE_CA_BUNDLE\", %2),\n"
                       "        },\n")
                       .arg(ConfigEmitter::rdsCaBundleUrl(), py(ConfigEmitter::rdsCaBundlePath()));
        out += QStringLiteral("    },\n}\n");
    }

    // Redis: cache, sessions, broker, results
    const Component *redis = ctx.redis();
    if (redis)
        out += redisSection(ctx, *redis);
    // A role on MemoryDB when the first Redis-compatible holder of it is a MemoryDB cluster.
    const Component *store = ctx.terraform().memoryDbInUse();
    if (store)
        out += memoryDbSection(ctx, *store);
    const auto onStore = [&](const char *role) {
        const Component *h = ctx.terraform().roleHolder(QString::fromLatin1(role));
        return h && h->kind == ComponentKind::MemoryDb;
    };
    const bool storeCache = onStore("cache");
    const bool storeSessions = onStore("sessions");
    const bool cache = storeCache || (redis && ctx.redisHasRole(QStringLiteral("cache")));
    const bool sessions = storeSessions || (redis && ctx.redisHasRole(QStringLiteral("sessions")));
    if (cache || sessions) {
        if (redis && ((cache && !storeCache) || (sessions && !storeSessions))) {
            out += QStringLiteral("\n\n# Eviction policy %1: ").arg(redis->stringParam(QStringLiteral("maxmemory_policy")));
            out += redis->stringParam(QStringLiteral("maxmemory_policy")).startsWith(QLatin1String("volatile"))
                       ? QStringLiteral("only keys with a TTL are evicted, so cache entries keep a timeout.\n")
                       : QStringLiteral("any key may be evicted when memory is full.\n");
        } else {
            out += QStringLiteral("\n\n# MemoryDB keeps every write in its Multi-AZ log: sessions survive a node failure.\n");
        }
        out += QStringLiteral("CACHES = {\n");
        if (storeCache || storeSessions)
            out += QStringLiteral("# MemoryDB is a cluster, which refuses a command whose keys lie in different hash slots\n"
                                  "# (CROSSSLOT), even with one shard: django-redis's get_many, set_many and delete_many\n"
                                  "# send such commands. A key prefix in braces is a hash tag: every key of the alias\n"
                                  "# hashes to one slot (Redis cluster specification, \"Hash tags\").\n");
        if (cache)
            out += cacheEntry(QStringLiteral("default"),
                              storeCache ? QStringLiteral("memorydb_url()")
                                         : QStringLiteral("redis_url(%1)").arg(redis->intParam(QStringLiteral("cache_db"))),
                              storeCache ? ConfigEmitter::memoryDbCacheKeyPrefix(d.project()) : d.project());
        else
            out +=
                QStringLiteral("    \"default\": {\"BACKEND\": \"django.core.cache.backends.locmem.LocMemCache\"},\n");
        if (sessions)
            out += cacheEntry(QStringLiteral("sessions"),
                              storeSessions ? QStringLiteral("memorydb_url()")
                                            : QStringLiteral("redis_url(%1)").arg(redis->intParam(QStringLiteral("sessions_db"))),
                              storeSessions ? ConfigEmitter::memoryDbSessionsKeyPrefix() : QStringLiteral("session"));
        out += QStringLiteral("}\n");
        if (sessions)
            out += QStringLiteral(
                "SESSION_ENGINE = \"django.contrib.sessions.backends.cache\"\nSESSION_CACHE_ALIAS = \"sessions\"\n");
        else
            out += QStringLiteral("# Redis holds no sessions: keep them in the database, cached in Redis.\n"
                                  "SESSION_ENGINE = \"django.contrib.sessions.backends.cached_db\"\n");
    }

    // Celery
    const QString broker = ctx.brokerKind();
    qint64 visibility = 0;
    const bool usesCelery =
        ctx.has(ComponentKind::EcsWorker) || ctx.has(ComponentKind::EcsBeat) || !d.routes().isEmpty();
    if (usesCelery) {
        out += QStringLiteral("\n# Celery (config/celery.py reads every CELERY_* setting).\n");
        if (broker == QLatin1String("sqs")) {
            const Component *sqs = ctx.terraform().brokerSqs();
            out +=
                QStringLiteral("# Broker: SQS (%1), one queue per Celery queue named <prefix><queue>.\n").arg(sqs->id);
            out += QStringLiteral("CELERY_BROKER_URL = os.environ.get(\"CELERY_BROKER_URL\", \"sqs://\")\n");
            out += QStringLiteral(R"(CELERY_BROKER_TRANSPORT_OPTIONS = {
    "region": AWS_REGION,
    "queue_name_prefix": %1,
    "visibility_timeout": %2,
}
)")
                       .arg(envOr("CELERY_SQS_QUEUE_PREFIX", ctx.namePrefix() + QLatin1Char('-')))
                       .arg(sqs->intParam(QStringLiteral("visibility_timeout")));
            visibility = sqs->intParam(QStringLiteral("visibility_timeout"));
        } else if (broker == QLatin1String("memorydb")) {
            out += QStringLiteral("# Broker: MemoryDB %1 (durable: queued tasks survive a node failure).\n").arg(store->id);
            out += QStringLiteral("CELERY_BROKER_URL = os.environ.get(\"CELERY_BROKER_URL\", memorydb_url(celery=True))\n");
            visibility = redisVisibilityTimeout;
            // Without the hash tag the worker cannot even declare its queues on a cluster:
            // kombu pipelines LLEN over a queue's priority lists in one transaction (CROSSSLOT),
            // and consumes several queues with one BRPOP (docs/derivation.md, MemoryDB).
            out += QStringLiteral("# MemoryDB is a cluster: a command over keys in different hash slots fails (CROSSSLOT),\n"
                                  "# and kombu's Redis transport sends such commands (one BRPOP over the queues, the\n"
                                  "# acknowledgement and queue-size transactions). The prefix in braces is a hash tag that\n"
                                  "# puts every key of the transport (queues, bindings, unacknowledged messages) in one slot.\n"
                                  "CELERY_BROKER_TRANSPORT_OPTIONS = {\"visibility_timeout\": %1, \"global_keyprefix\": %2}\n")
                       .arg(visibility)
                       .arg(py(ConfigEmitter::memoryDbBrokerKeyPrefix()));
        } else if (broker == QLatin1String("redis")) {
            out += QStringLiteral("# Broker: Redis database %1.\n").arg(redis->intParam(QStringLiteral("broker_db")));
            out += QStringLiteral(
                       "CELERY_BROKER_URL = os.environ.get(\"CELERY_BROKER_URL\", redis_url(%1, celery=True))\n")
                       .arg(redis->intParam(QStringLiteral("broker_db")));
            visibility = redisVisibilityTimeout;
            out += QStringLiteral("# Redis hands a reserved but unacknowledged message to another worker after\n"
                                  "# visibility_timeout (default one hour): longer than any task may run (below).\n"
                                  "CELERY_BROKER_TRANSPORT_OPTIONS = {\"visibility_timeout\": %1}\n")
                       .arg(visibility);
        } else {
            out += QStringLiteral(
                "# No component of the design is the Celery broker (an SQS marked broker, or Redis or MemoryDB\n"
                "# with the broker role): the URL must come from the environment.\n"
                "CELERY_BROKER_URL = os.environ[\"CELERY_BROKER_URL\"]\n");
        }
        if (onStore("results")) {
            out += QStringLiteral("CELERY_RESULT_BACKEND = os.environ.get(\"CELERY_RESULT_BACKEND\", memorydb_url(celery=True))\n"
                                  "# Joining a group or a chord reads several results with one MGET: on a cluster only\n"
                                  "# when their keys share a hash tag. Celery 5.3 and later put this prefix before the\n"
                                  "# result keys; 5.2 ignores it (single results still work, groups do not).\n"
                                  "CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {\"global_keyprefix\": %1}\n")
                       .arg(py(ConfigEmitter::memoryDbResultsKeyPrefix()));
        } else if (redis && ctx.redisHasRole(QStringLiteral("results"))) {
            out +=
                QStringLiteral(
                    "CELERY_RESULT_BACKEND = os.environ.get(\"CELERY_RESULT_BACKEND\", redis_url(%1, celery=True))\n")
                    .arg(redis->intParam(QStringLiteral("results_db")));
        } else {
            out += QStringLiteral("# No result backend in the design: results are not stored.\n"
                                  "CELERY_RESULT_BACKEND = os.environ.get(\"CELERY_RESULT_BACKEND\")\n"
                                  "CELERY_TASK_IGNORE_RESULT = CELERY_RESULT_BACKEND is None\n");
        }
        out += QStringLiteral("# A task is acknowledged when it finishes, and each process reserves one message at a\n"
                              "# time, so a worker that stops mid-task hands its work back to the queue.\n"
                              "CELERY_TASK_ACKS_LATE = True\n"
                              "CELERY_WORKER_PREFETCH_MULTIPLIER = 1\n"
                              "CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True\n"
                              "# A pool process killed mid-task (out of memory, SIGKILL) gives its message back at once\n"
                              "# instead of after the visibility timeout.\n"
                              "CELERY_TASK_REJECT_ON_WORKER_LOST = True\n");
        if (visibility > 0) {
            const qint64 hard = visibility * 9 / 10;
            const qint64 soft = hard > 120 ? hard - 60 : hard;
            out += QStringLiteral("# No task outlives the broker's visibility timeout (%1 s), or acks_late would run it\n"
                                  "# twice: the hard limit kills it at 90 %, the soft limit warns it a minute before.\n"
                                  "CELERY_TASK_TIME_LIMIT = %2\n"
                                  "CELERY_TASK_SOFT_TIME_LIMIT = %3\n")
                       .arg(visibility)
                       .arg(hard)
                       .arg(soft);
        }
        if (const Component *beat = ctx.first(ComponentKind::EcsBeat))
            out +=
                QStringLiteral("CELERY_BEAT_SCHEDULER = %1\n").arg(py(beat->stringParam(QStringLiteral("scheduler"))));
    }

    // Static and media files
    const Component *staticBucket = ctx.bucket(QStringLiteral("static"));
    const Component *mediaBucket = ctx.bucket(QStringLiteral("media"));
    if (staticBucket || mediaBucket) {
        const Component *cdn = ctx.first(ComponentKind::CloudFront);
        out += QLatin1Char('\n');
        if (cdn)
            out +=
                QStringLiteral("# S3 behind CloudFront (%1): /static/* and /media/* are served from the buckets under\n"
                               "# those key prefixes; CDN_DOMAIN is the distribution's domain (or your alias).\n")
                    .arg(cdn->id);
        else
            out += QStringLiteral("# S3 without a CDN: the buckets block public access, so media URLs are signed.\n");
        out += QStringLiteral("CDN_DOMAIN = os.environ.get(\"CDN_DOMAIN\", \"\")\n");
        out += QStringLiteral("STORAGES = {\n");
        if (mediaBucket)
            out += storageEntry(QStringLiteral("default"), QStringLiteral("storages.backends.s3.S3Storage"),
                                QStringLiteral("MEDIA_BUCKET"), QStringLiteral("media"),
                                QStringLiteral("Uploads: %1.").arg(ctx.resourceName(mediaBucket->id)));
        else
            out += QStringLiteral("    \"default\": {\"BACKEND\": \"django.core.files.storage.FileSystemStorage\"},\n");
        if (staticBucket) {
            const QString ttl =
                cdn ? QStringLiteral(" CloudFront keeps them up to %1 s, so names carry a content hash.")
                          .arg(cdn->intParam(QStringLiteral("static_max_ttl")))
                    : QString();
            out += storageEntry(QStringLiteral("staticfiles"),
                                QStringLiteral("storages.backends.s3.S3ManifestStaticStorage"),
                                QStringLiteral("STATIC_BUCKET"), QStringLiteral("static"),
                                QStringLiteral("collectstatic: %1.%2").arg(ctx.resourceName(staticBucket->id), ttl));
        } else {
            out += QStringLiteral(
                "    \"staticfiles\": {\"BACKEND\": \"django.contrib.staticfiles.storage.StaticFilesStorage\"},\n");
        }
        out += QStringLiteral("}\n");
        if (!cdn) {
            out +=
                QStringLiteral("for _storage in STORAGES.values():\n"
                               "    _storage.get(\"OPTIONS\", {}).update(querystring_auth=True, custom_domain=None)\n");
        } else {
            out += QStringLiteral("STATIC_URL = f\"https://{CDN_DOMAIN}/static/\" if CDN_DOMAIN else \"/static/\"\n");
            out += QStringLiteral("MEDIA_URL = f\"https://{CDN_DOMAIN}/media/\" if CDN_DOMAIN else \"/media/\"\n");
        }
    }

    out += QStringLiteral(R"(
# Logs go to stdout; the awslogs driver sends them to CloudWatch (/ecs/%1/<service>).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
)")
               .arg(ctx.namePrefix());
    return out.toUtf8();
}

} // namespace Infra
