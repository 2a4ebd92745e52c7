// Discovery on the fixture repositories of tests/data/discovery: every fact with its line,
// absent facts absent, the proposed design valid and loadable.
#include "discoveryasserts.h"

#include "discover/discoverer.h"
#include "discover/discoverycontext.h"
#include "io/designreader.h"
#include "io/designwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Infra;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(INFRA_TEST_DATA_DIR "/discovery/") + name;
}

const Component *component(const Design &d, const char *id)
{
    return d.component(QString::fromLatin1(id));
}

QStringList workerQueues(const Design &d)
{
    QStringList out;
    for (const Component *c : d.componentsOfKind(ComponentKind::EcsWorker))
        out << c->id + QLatin1Char('=') + c->listParam(QStringLiteral("queues")).join(QLatin1Char(',')) + QLatin1Char('/')
                + QString::number(c->intParam(QStringLiteral("concurrency")));
    return out;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flatSettingsProcfileNoCelery();
    void settingsPackageAndCompose();
    void environSrcLayoutPoetry();
    void classBasedSettingsMysqlRabbitmq();
    void mysqlBecomesPostgresOnlyWhenAccepted();
    void monorepoSplitSettingsTerraform();
    void ifBranchesDockerfileUwsgiIni();
    void djangoReleaseOfTheFixtures_data();
    void djangoReleaseOfTheFixtures();
    void djangoReleaseFromTheRequirement_data();
    void djangoReleaseFromTheRequirement();
    void designsLoadBack_data();
    void designsLoadBack();
    void reportsBesideTheDesign();
    void commandLines_data();
    void commandLines();
};

void TestDiscovery::flatSettingsProcfileNoCelery()
{
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("flat-procfile")));
    QCOMPARE(r.projects, QStringList{QStringLiteral(".")});
    // requirements.txt with -r and -c includes
    EXPECT_FACT(r, "django.version", ">=4.2,<5.0", "requirements/base.txt", 1);
    EXPECT_FACT(r, "dependency.django-redis", "==5.4.0", "requirements/base.txt", 2);
    EXPECT_FACT(r, "dependency.psycopg", ">=3.1", "requirements/base.txt", 3);
    EXPECT_FACT(r, "dependency.django-storages", "==1.14.2", "requirements/base.txt", 5);
    EXPECT_FACT(r, "dependency.sentry-sdk", "*", "requirements/base.txt", 6);
    EXPECT_FACT(r, "dependency.redis", "==5.0.1", "constraints.txt", 1);
    EXPECT_FACT(r, "dependency.gunicorn", "==22.0.0", "requirements.txt", 4);
    // Procfile only
    EXPECT_FACT(r, "process.web", "gunicorn myshop.wsgi:application --workers 3 --bind 0.0.0.0:$PORT", "Procfile", 2);
    EXPECT_FACT(r, "server", "gunicorn", "Procfile", 2);
    EXPECT_NOT_FOUND(r, "process.worker");
    EXPECT_NOT_FOUND(r, "process.beat");
    // flat settings
    EXPECT_ENV_FACT(r, "settings.module", "myshop.settings", "manage.py", 6, "DJANGO_SETTINGS_MODULE", "myshop.settings");
    EXPECT_FACT(r, "settings.file", "myshop/settings.py", "myshop/settings.py", 1);
    EXPECT_ENV_FACT(r, "database.default.engine", "postgresql", "myshop/settings.py", 15, "DATABASE_URL",
                    "postgres://shop@localhost:5432/shop");
    EXPECT_FACT(r, "cache.default.backend", "redis", "myshop/settings.py", 20);
    EXPECT_ENV_FACT(r, "cache.default.location", "redis://localhost:6379/1", "myshop/settings.py", 21, "REDIS_URL",
                    "redis://localhost:6379/1");
    EXPECT_FACT(r, "sessions.engine", "cache", "myshop/settings.py", 24);
    EXPECT_FACT(r, "storage.media", "storages.backends.s3.S3Storage", "myshop/settings.py", 27);
    EXPECT_FACT(r, "storage.static", "storages.backends.s3.S3Storage", "myshop/settings.py", 28);
    EXPECT_ENV_FACT(r, "storage.bucket", "myshop-assets", "myshop/settings.py", 30, "AWS_STORAGE_BUCKET_NAME", "myshop-assets");
    // no Celery at all
    for (const char *key : {"celery.app", "celery.broker", "celery.result_backend", "celery.queue", "celery.beat.entry",
                            "celery.concurrency"})
        QVERIFY2(!r.has(QString::fromLatin1(key)) && r.notFound.contains(QString::fromLatin1(key)), key);
    EXPECT_ABSENT(r, "celery.task");
    EXPECT_NOT_FOUND(r, "terraform.resource");
    QVERIFY(r.conflicts.empty());

    QVERIFY(r.design);
    const Design &d = *r.design;
    QCOMPARE(component(d, "web")->stringParam(QStringLiteral("server")), QStringLiteral("gunicorn"));
    QCOMPARE(component(d, "web")->intParam(QStringLiteral("workers")), 3);
    QVERIFY(d.componentsOfKind(ComponentKind::EcsWorker).empty());
    QVERIFY(!d.hasKind(ComponentKind::EcsBeat));
    QVERIFY(d.hasKind(ComponentKind::RdsPostgres));
    QVERIFY(d.hasKind(ComponentKind::PgBouncer));
    QCOMPARE(component(d, "redis")->listParam(QStringLiteral("roles")), (QStringList{QStringLiteral("cache"), QStringLiteral("sessions")}));
    QCOMPARE(component(d, "static")->stringParam(QStringLiteral("role")), QStringLiteral("static"));
    QCOMPARE(component(d, "media")->stringParam(QStringLiteral("role")), QStringLiteral("media"));
    QVERIFY(d.routes().isEmpty());
}

void TestDiscovery::settingsPackageAndCompose()
{
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("package-compose")));
    // PEP 621
    EXPECT_FACT(r, "django.version", "~=5.0", "pyproject.toml", 6);
    EXPECT_FACT(r, "dependency.celery", ">=5.3", "pyproject.toml", 7);
    EXPECT_FACT(r, "dependency.psycopg2-binary", "*", "pyproject.toml", 9);
    // the settings module: manage.py's local default, wsgi's production, compose's production wins
    EXPECT_ENV_FACT(r, "settings.module", "config.settings.local", "manage.py", 6, "DJANGO_SETTINGS_MODULE", "config.settings.local");
    EXPECT_FACT(r, "settings.module", "config.settings.production", "config/wsgi.py", 5);
    EXPECT_FACT(r, "settings.module", "config.settings.production", "docker-compose.yml", 6);
    QCOMPARE(DiscoveryAsserts::find(r, QStringLiteral("settings.module"), QStringLiteral("config.settings.production"),
                                    QStringLiteral("docker-compose.yml"), 6)->note, QStringLiteral("used for the design"));
    EXPECT_FACT(r, "settings.file", "config/settings/production.py", "config/settings/production.py", 1);
    EXPECT_FACT(r, "settings.file", "config/settings/base.py", "config/settings/production.py", 1);
    QVERIFY(!r.values(QStringLiteral("settings.file")).contains(QStringLiteral("config/settings/local.py")));
    // base + production
    EXPECT_FACT(r, "database.default.engine", "postgresql", "config/settings/base.py", 11);
    EXPECT_ENV_FACT(r, "database.default.host", "localhost", "config/settings/base.py", 13, "POSTGRES_HOST", "localhost");
    EXPECT_FACT(r, "database.replica.engine", "postgresql", "config/settings/production.py", 6);
    EXPECT_FACT(r, "database.routers", "[config.routers.ReplicaRouter]", "config/settings/production.py", 9);
    EXPECT_FACT(r, "cache.default.backend", "redis", "config/settings/production.py", 13);
    const DiscoveredFact *location = r.first(QStringLiteral("cache.default.location"));
    QVERIFY(location);
    QCOMPARE(location->evidence(), QStringLiteral("config/settings/production.py:14"));
    QCOMPARE(location->envVar, QStringLiteral("REDIS_URL"));
    QVERIFY(!location->hasEnvDefault); // os.environ["REDIS_URL"]: no default
    EXPECT_FACT(r, "sessions.engine", "cached_db", "config/settings/production.py", 17);
    EXPECT_FACT(r, "storage.static", "whitenoise.storage.CompressedManifestStaticFilesStorage", "config/settings/production.py", 20);
    // Celery by namespace
    EXPECT_FACT(r, "celery.app", "shop", "config/celery_app.py", 7);
    EXPECT_FACT(r, "celery.namespace", "CELERY", "config/celery_app.py", 8);
    EXPECT_ENV_FACT(r, "celery.broker", "", "config/settings/base.py", 17, "CELERY_BROKER_URL", "redis://localhost:6379/0");
    EXPECT_FACT(r, "celery.result_backend", "django-db", "config/settings/base.py", 18);
    EXPECT_FACT(r, "celery.route", "shop.orders.tasks.send_receipt → emails", "config/settings/base.py", 20);
    EXPECT_FACT(r, "celery.route", "shop.orders.tasks.build_report → reports", "config/settings/base.py", 21);
    EXPECT_FACT(r, "celery.concurrency", "8", "config/settings/base.py", 23);
    EXPECT_FACT(r, "celery.time_limit", "300", "config/settings/base.py", 24);
    EXPECT_FACT(r, "celery.time_limit", "900", "shop/orders/tasks.py", 9);
    EXPECT_FACT(r, "celery.beat.entry", "nightly-cleanup → shop.orders.tasks.cleanup", "config/settings/base.py", 26);
    EXPECT_FACT(r, "celery.default_queue", "default", "config/settings/base.py", 28);
    EXPECT_FACT(r, "celery.task", "shop.orders.tasks.send_receipt", "shop/orders/tasks.py", 4);
    // compose processes
    EXPECT_FACT(r, "process.web", "gunicorn config.wsgi --workers 4 --bind 0.0.0.0:8000", "docker-compose.yml", 4);
    EXPECT_FACT(r, "process.worker", "celery -A config.celery_app worker -Q default,emails -c 4 --loglevel=info", "docker-compose.yml", 11);
    EXPECT_FACT(r, "celery.concurrency", "4", "docker-compose.yml", 11);
    EXPECT_FACT(r, "celery.queue", "reports", "docker-compose.yml", 14);
    EXPECT_FACT(r, "celery.concurrency", "2", "docker-compose.yml", 14);
    EXPECT_FACT(r, "process.beat", "celery -A config.celery_app beat -S django_celery_beat.schedulers:DatabaseScheduler", "docker-compose.yml", 17);
    EXPECT_FACT(r, "service.postgres", "postgres:16", "docker-compose.yml", 19);
    EXPECT_FACT(r, "service.redis", "redis:7-alpine", "docker-compose.yml", 21);
    EXPECT_FACT(r, "service.rabbitmq", "rabbitmq:3.13-management", "docker-compose.yml", 23);
    EXPECT_FACT(r, "environment.CELERY_BROKER_URL", "amqp://guest:guest@rabbitmq:5672//", "docker-compose.yml", 7);
    // compose vs settings, side by side
    const auto conflict = std::find_if(r.conflicts.begin(), r.conflicts.end(),
                                       [](const DiscoveryConflict &c) { return c.subject == QLatin1String("CELERY_BROKER_URL"); });
    QVERIFY(conflict != r.conflicts.end());
    QCOMPARE(conflict->first.evidence(), QStringLiteral("config/settings/base.py:17"));
    QCOMPARE(conflict->first.envDefault, QStringLiteral("redis://localhost:6379/0"));
    QCOMPARE(conflict->second.evidence(), QStringLiteral("docker-compose.yml:7"));
    QCOMPARE(conflict->second.value, QStringLiteral("amqp://guest:guest@rabbitmq:5672//"));
    QVERIFY(r.toMarkdown().contains(QStringLiteral("| CELERY_BROKER_URL |")));
    EXPECT_NOT_FOUND(r, "terraform.resource");

    const Design &d = *r.design;
    QCOMPARE(workerQueues(d), (QStringList{QStringLiteral("worker-default=default,emails/4"), QStringLiteral("worker-reports=reports/2")}));
    QCOMPARE(component(d, "worker-reports")->intParam(QStringLiteral("max_tasks_per_child")), 50);
    QCOMPARE(component(d, "beat")->stringParam(QStringLiteral("scheduler")), QStringLiteral("django_celery_beat.schedulers:DatabaseScheduler"));
    QCOMPARE(component(d, "db")->intParam(QStringLiteral("read_replicas")), 1);
    // the deployment's broker is RabbitMQ: Redis keeps cache and sessions only
    QCOMPARE(component(d, "redis")->listParam(QStringLiteral("roles")), (QStringList{QStringLiteral("cache"), QStringLiteral("sessions")}));
    QCOMPARE(d.routes().size(), 2);
    QCOMPARE(d.routes().at(0).task, QStringLiteral("shop.orders.tasks.send_receipt"));
    QCOMPARE(d.routes().at(0).queue, QStringLiteral("emails"));
    QCOMPARE(d.celeryApp(), QStringLiteral("shop"));
}

void TestDiscovery::environSrcLayoutPoetry()
{
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("environ-src")));
    // Poetry
    EXPECT_FACT(r, "django.version", "^5.1", "pyproject.toml", 8);
    EXPECT_FACT(r, "dependency.celery", "^5.4", "pyproject.toml", 10);
    EXPECT_FACT(r, "dependency.channels-redis", "^4.2", "pyproject.toml", 12);
    EXPECT_FACT(r, "dependency.uvicorn", "^0.30", "pyproject.toml", 13);
    EXPECT_ABSENT(r, "dependency.pytest"); // not a signal
    // Dockerfile: ENV names the settings module, CMD the ASGI server
    EXPECT_FACT(r, "settings.module", "newsroom.settings.prod", "Dockerfile", 2);
    EXPECT_FACT(r, "process.web", "uvicorn newsroom.asgi:application --host 0.0.0.0 --port 8080 --workers 2", "Dockerfile", 6);
    EXPECT_FACT(r, "server", "uvicorn", "Dockerfile", 6);
    // src/ layout, django-environ
    EXPECT_FACT(r, "settings.file", "src/newsroom/settings/prod.py", "src/newsroom/settings/prod.py", 1);
    EXPECT_ENV_FACT(r, "database.default.engine", "postgresql", "src/newsroom/settings/common.py", 6, "DATABASE_URL",
                    "postgres://news@db:5432/news");
    EXPECT_ENV_FACT(r, "cache.default.backend", "redis", "src/newsroom/settings/common.py", 7, "CACHE_URL", "redis://cache:6379/0");
    EXPECT_FACT(r, "sessions.engine", "cache", "src/newsroom/settings/prod.py", 3);
    EXPECT_FACT(r, "storage.media", "newsroom.storage.MediaS3Storage", "src/newsroom/settings/prod.py", 4);
    EXPECT_FACT(r, "channels.layer", "channels_redis.core.RedisChannelLayer", "src/newsroom/settings/common.py", 11);
    // Celery by conf.update, queues only in decorators and apply_async, beat built by a function
    EXPECT_FACT(r, "celery.app", "newsroom", "src/newsroom/tasks_app.py", 17);
    EXPECT_ENV_FACT(r, "celery.broker", "", "src/newsroom/tasks_app.py", 19, "BROKER_URL", "redis://cache:6379/2");
    EXPECT_ENV_FACT(r, "celery.result_backend", "", "src/newsroom/tasks_app.py", 20, "RESULT_BACKEND", "redis://cache:6379/3");
    EXPECT_FACT(r, "celery.soft_time_limit", "120", "src/newsroom/tasks_app.py", 21);
    EXPECT_FACT(r, "celery.soft_time_limit", "60", "src/newsroom/articles/tasks.py", 10);
    EXPECT_FACT(r, "celery.queue", "feeds", "src/newsroom/articles/tasks.py", 5);
    EXPECT_FACT(r, "celery.queue", "emails.digest", "src/newsroom/articles/tasks.py", 10);
    EXPECT_FACT(r, "celery.queue", "render", "src/newsroom/articles/tasks.py", 21);
    EXPECT_FACT(r, "celery.beat.entry", "refresh-feeds → newsroom.articles.tasks.refresh_feeds", "src/newsroom/tasks_app.py", 9);
    EXPECT_FACT(r, "celery.beat.entry", "daily-digest → newsroom.articles.tasks.send_digest", "src/newsroom/tasks_app.py", 13);
    EXPECT_NOT_FOUND(r, "celery.concurrency");
    EXPECT_NOT_FOUND(r, "process.worker");
    EXPECT_ABSENT(r, "celery.namespace");

    const Design &d = *r.design;
    QCOMPARE(component(d, "web")->stringParam(QStringLiteral("server")), QStringLiteral("uvicorn"));
    QCOMPARE(component(d, "web")->intParam(QStringLiteral("container_port")), 8080);
    // render_article has no queue and no route: the default queue gets a worker too
    QCOMPARE(workerQueues(d), (QStringList{QStringLiteral("worker-default=default/4"), QStringLiteral("worker-feeds=feeds/4"),
                                           QStringLiteral("worker-emails=emails.digest/4"), QStringLiteral("worker-render=render/4")}));
    QCOMPARE(component(d, "beat")->stringParam(QStringLiteral("scheduler")), QStringLiteral("celery.beat:PersistentScheduler"));
    QCOMPARE(component(d, "redis")->listParam(QStringLiteral("roles")),
             (QStringList{QStringLiteral("cache"), QStringLiteral("sessions"), QStringLiteral("broker"), QStringLiteral("results")}));
    QVERIFY(component(d, "media"));
    QVERIFY(!component(d, "static")); // whitenoise
}

void TestDiscovery::classBasedSettingsMysqlRabbitmq()
{
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("configurations-mysql")));
    // setup.py, parsed: install_requires through a name and a concatenation
    EXPECT_FACT(r, "django.version", ">=4.2,<4.3", "setup.py", 4);
    EXPECT_FACT(r, "dependency.mysqlclient", "==2.2.4", "setup.py", 6);
    EXPECT_FACT(r, "dependency.uwsgi", "*", "setup.py", 13);
    // django-configurations: wsgi.py's Prod, not manage.py's Dev
    EXPECT_FACT(r, "settings.configuration", "Prod", "booking/wsgi.py", 4);
    EXPECT_ENV_FACT(r, "database.default.engine", "mysql", "booking/settings.py", 6, "DATABASE_URL", "mysql://booking@localhost/booking");
    EXPECT_FACT(r, "cache.default.backend", "memcached", "booking/settings.py", 18);
    // Base's broker, not Dev's memory://
    EXPECT_FACT(r, "celery.broker", "amqp://guest@rabbit:5672//", "booking/settings.py", 7);
    EXPECT_ENV_FACT(r, "celery.result_backend", "", "booking/settings.py", 8, "DJANGO_CELERY_RESULT_BACKEND", "rpc://");
    EXPECT_FACT(r, "celery.beat.scheduler", "django_celery_beat.schedulers:DatabaseScheduler", "booking/settings.py", 9);
    EXPECT_FACT(r, "celery.beat.entry", "expire holds every 5 minutes", "booking/celery.py", 18);
    EXPECT_FACT(r, "process.web", "uwsgi --http :8000 --module booking.wsgi --processes 6", "Procfile", 1);
    EXPECT_FACT(r, "process.worker", "celery -A booking worker -l info", "Procfile", 2);
    EXPECT_NOT_FOUND(r, "sessions.engine");
    EXPECT_NOT_FOUND(r, "storage.static");
    EXPECT_NOT_FOUND(r, "celery.queue");

    const Design &d = *r.design;
    QCOMPARE(component(d, "web")->stringParam(QStringLiteral("server")), QStringLiteral("gunicorn")); // uWSGI is WSGI
    QCOMPARE(component(d, "web")->intParam(QStringLiteral("workers")), 6);
    QCOMPARE(workerQueues(d), QStringList{QStringLiteral("worker-default=default/4")});
    QCOMPARE(component(d, "beat")->stringParam(QStringLiteral("scheduler")), QStringLiteral("django_celery_beat.schedulers:DatabaseScheduler"));
    // MySQL: reported, no database proposed; RabbitMQ: no Redis broker role, memcached: no Redis at all
    QVERIFY(!d.hasKind(ComponentKind::RdsPostgres));
    QVERIFY(!d.hasKind(ComponentKind::PgBouncer));
    QVERIFY(!d.hasKind(ComponentKind::ElastiCacheRedis));
    QVERIFY(r.decisions.join(QLatin1Char('\n')).contains(QStringLiteral("mysql found")));
    QVERIFY(r.decisions.join(QLatin1Char('\n')).contains(QStringLiteral("RabbitMQ")));
}

void TestDiscovery::mysqlBecomesPostgresOnlyWhenAccepted()
{
    DiscoveryOptions options;
    options.acceptPostgres = true;
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("configurations-mysql")), options);
    QVERIFY(r.design->hasKind(ComponentKind::RdsPostgres));
    QVERIFY(r.design->hasKind(ComponentKind::PgBouncer));
    // the fact stays what was read
    EXPECT_FACT(r, "database.default.engine", "mysql", "booking/settings.py", 6);
}

void TestDiscovery::monorepoSplitSettingsTerraform()
{
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("monorepo")));
    QCOMPARE(r.projects, (QStringList{QStringLiteral("services/billing"), QStringLiteral("services/catalog")}));
    QCOMPARE(r.project, QStringLiteral("services/billing"));
    EXPECT_FACT(r, "django.project", "services/catalog", "services/catalog/manage.py", 1);
    // setup.cfg of billing; catalog's Pipfile is another project's
    EXPECT_FACT(r, "django.version", ">=5.0", "services/billing/setup.cfg", 7);
    EXPECT_ABSENT(r, "dependency.daphne");
    // django-split-settings include() with a glob and optional()
    EXPECT_FACT(r, "settings.file", "services/billing/billing/settings_parts/base.py", "services/billing/billing/settings.py", 4);
    EXPECT_FACT(r, "settings.file", "services/billing/billing/settings_parts/database.py", "services/billing/billing/settings.py", 5);
    EXPECT_FACT(r, "database.default.engine", "postgresql", "services/billing/billing/settings_parts/database.py", 2);
    EXPECT_FACT(r, "celery.broker", "sqs://", "services/billing/billing/settings_parts/base.py", 2);
    EXPECT_FACT(r, "celery.queue", "invoices", "services/billing/billing/celery.py", 6);
    EXPECT_FACT(r, "celery.queue", "payments", "services/billing/billing/celery.py", 6);
    // existing Terraform
    EXPECT_FACT(r, "terraform.resource", "aws_db_instance.billing", "infra/main.tf", 5);
    EXPECT_FACT(r, "terraform.resource", "aws_s3_bucket.assets", "infra/main.tf", 10);
    EXPECT_FACT(r, "terraform.module", "vpc", "infra/main.tf", 14);
    EXPECT_FACT(r, "server", "gunicorn", "services/billing/setup.cfg", 9);
    QCOMPARE(r.first(QStringLiteral("server"))->confidence, Confidence::Low);
    EXPECT_NOT_FOUND(r, "process.web");
    const Design &d = *r.design;
    QVERIFY(d.hasKind(ComponentKind::Sqs));
    QCOMPARE(workerQueues(d), (QStringList{QStringLiteral("worker-invoices=invoices/4"), QStringLiteral("worker-payments=payments/4")}));

    DiscoveryOptions catalog;
    catalog.project = QStringLiteral("services/catalog");
    const DiscoveryResult c = Discoverer::discover(fixture(QStringLiteral("monorepo")), catalog);
    QCOMPARE(c.project, QStringLiteral("services/catalog"));
    EXPECT_FACT(c, "django.version", "==4.2.11", "services/catalog/Pipfile", 7);
    EXPECT_FACT(c, "dependency.daphne", "*", "services/catalog/Pipfile", 8);
    EXPECT_ABSENT(c, "dependency.pytest");
    EXPECT_FACT(c, "database.default.engine", "sqlite3", "services/catalog/catalog/settings.py", 1);
    EXPECT_NOT_FOUND(c, "celery.app");
    QCOMPARE(c.design->component(QStringLiteral("web"))->stringParam(QStringLiteral("server")), QStringLiteral("uvicorn"));
    QVERIFY(!c.design->hasKind(ComponentKind::RdsPostgres));
    QVERIFY(c.design->componentsOfKind(ComponentKind::EcsWorker).empty());
}

void TestDiscovery::ifBranchesDockerfileUwsgiIni()
{
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("branches-uwsgi")));
    // the Dockerfile's ENV (the image deployed) beats the compose file's development module
    EXPECT_FACT(r, "settings.module", "site.settings.production", "Dockerfile", 2);
    EXPECT_FACT(r, "settings.module", "site.settings.dev", "docker-compose.yml", 5);
    QCOMPARE(DiscoveryAsserts::find(r, QStringLiteral("settings.module"), QStringLiteral("site.settings.production"),
                                    QStringLiteral("Dockerfile"), 2)->note, QStringLiteral("used for the design"));
    // both branches of `if "DATABASE_URL" in os.environ`
    const DiscoveredFact *url = DiscoveryAsserts::find(r, QStringLiteral("database.default.engine"), QString(),
                                                       QStringLiteral("site/settings/base.py"), 4);
    QVERIFY(url);
    QCOMPARE(url->envVar, QStringLiteral("DATABASE_URL"));
    QVERIFY(!url->hasEnvDefault);
    EXPECT_FACT(r, "database.default.engine", "sqlite3", "site/settings/base.py", 6);
    EXPECT_FACT(r, "environment.DATABASE_URL", "postgres://app@db/app", "docker-compose.yml", 6);
    EXPECT_FACT(r, "cache.default.backend", "redis", "site/settings/production.py", 4);
    EXPECT_FACT(r, "cache.default.backend", "locmem", "site/settings/production.py", 6);
    // uWSGI's ini, found from the container path
    EXPECT_FACT(r, "process.web", "uwsgi /app/etc/uwsgi.ini", "Dockerfile", 3);
    EXPECT_FACT(r, "process.web.workers", "5", "etc/uwsgi.ini", 4);
    EXPECT_FACT(r, "process.web.port", ":8000", "etc/uwsgi.ini", 2);
    // tasks in tests and tool folders are not the app's
    EXPECT_ABSENT(r, "celery.task");
    EXPECT_NOT_FOUND(r, "celery.queue");
    EXPECT_NOT_FOUND(r, "django.version");

    const Design &d = *r.design;
    QVERIFY(d.hasKind(ComponentKind::RdsPostgres)); // the deployment's DATABASE_URL, not the SQLite fallback
    QCOMPARE(component(d, "web")->intParam(QStringLiteral("workers")), 5);
    QCOMPARE(component(d, "redis")->listParam(QStringLiteral("roles")), QStringList{QStringLiteral("cache")});
}

// The design's django_version follows the project's Django requirement (the LTS it admits).
void TestDiscovery::djangoReleaseOfTheFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("reason");
    QTest::newRow("flat-procfile") << "flat-procfile" << "" << "4.2" << "'>=4.2,<5.0' (requirements/base.txt:1) admits the LTS release 4.2";
    QTest::newRow("package-compose") << "package-compose" << "" << "5.2" << "'~=5.0' (pyproject.toml:6) admits the LTS release 5.2";
    QTest::newRow("environ-src") << "environ-src" << "" << "5.2" << "'^5.1' (pyproject.toml:8) admits the LTS release 5.2";
    QTest::newRow("configurations-mysql") << "configurations-mysql" << "" << "4.2" << "'>=4.2,<4.3' (setup.py:4)";
    QTest::newRow("monorepo billing") << "monorepo" << "" << "5.2" << "'>=5.0' (services/billing/setup.cfg:7)";
    QTest::newRow("monorepo catalog") << "monorepo" << "services/catalog" << "4.2" << "'==4.2.11' (services/catalog/Pipfile:7)";
    QTest::newRow("branches-uwsgi") << "branches-uwsgi" << "" << "5.2" << "no Django requirement found";
}

void TestDiscovery::djangoReleaseOfTheFixtures()
{
    QFETCH(QString, name);
    QFETCH(QString, project);
    QFETCH(QString, release);
    QFETCH(QString, reason);
    DiscoveryOptions options;
    options.project = project;
    const DiscoveryResult r = Discoverer::discover(fixture(name), options);
    QVERIFY(r.design);
    QCOMPARE(r.design->value(Section::Settings, QStringLiteral("django_version")).toString(), release);
    const QString decisions = r.decisions.join(QLatin1Char('\n'));
    QVERIFY2(decisions.contains(QStringLiteral("Django %1").arg(release)) && decisions.contains(reason), qPrintable(decisions));
}

void TestDiscovery::djangoReleaseFromTheRequirement_data()
{
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("reason");
    const QString admits = QStringLiteral("admits the LTS release");
    const QString upgrade = QStringLiteral("admits no LTS release");
    QTest::newRow("pinned 4.2") << "Django==4.2.11" << "4.2" << admits;
    QTest::newRow("4.2 wildcard") << "django==4.2.*" << "4.2" << admits;
    QTest::newRow("compatible 4.2") << "Django~=4.2.0" << "4.2" << admits;
    QTest::newRow("5.2 excluded") << "Django>=4.2,!=5.2.*,<6" << "4.2" << admits;
    QTest::newRow("below a 5.2 patch") << "Django>=5.2,<5.2.3" << "5.2" << admits;
    QTest::newRow("open range") << "Django>=3.2" << "5.2" << admits;
    QTest::newRow("unpinned") << "Django" << "5.2" << admits;
    QTest::newRow("3.2 only") << "Django==3.2.19" << "4.2" << upgrade;
    QTest::newRow("4.1 only") << "Django>=4.1,<4.2" << "4.2" << upgrade;
    QTest::newRow("5.1 only") << "Django~=5.1.0" << "5.2" << upgrade;
    QTest::newRow("5.0 pinned") << "Django==5.0.6" << "5.2" << upgrade;
    QTest::newRow("after 5.2") << "Django>=6.0" << "5.2" << "only releases after 5.2";
}

void TestDiscovery::djangoReleaseFromTheRequirement()
{
    QFETCH(QString, requirement);
    QFETCH(QString, release);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile requirements(dir.filePath(QStringLiteral("requirements.txt")));
    QVERIFY(requirements.open(QIODevice::WriteOnly));
    requirements.write(requirement.toUtf8() + "\ngunicorn==22.0.0\n");
    requirements.close();
    QFile manage(dir.filePath(QStringLiteral("manage.py")));
    QVERIFY(manage.open(QIODevice::WriteOnly));
    manage.write("import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n");
    manage.close();
    const DiscoveryResult r = Discoverer::discover(dir.path());
    QVERIFY(r.design);
    QCOMPARE(r.design->value(Section::Settings, QStringLiteral("django_version")).toString(), release);
    const QString decisions = r.decisions.join(QLatin1Char('\n'));
    QVERIFY2(decisions.contains(QStringLiteral("Django %1:").arg(release)) && decisions.contains(reason), qPrintable(decisions));
}

void TestDiscovery::designsLoadBack_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"flat-procfile", "package-compose", "environ-src", "configurations-mysql", "monorepo", "branches-uwsgi"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestDiscovery::designsLoadBack()
{
    QFETCH(QString, name);
    const DiscoveryResult r = Discoverer::discover(fixture(name));
    QVERIFY(r.design);
    const QByteArray yaml = DesignWriter::toYaml(*r.design);
    const DesignReader::Result back = DesignReader::readData(yaml, name);
    QVERIFY2(back.ok(), qPrintable(back.errorStrings().join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromUtf8(yaml)));
    QVERIFY(*back.design == *r.design);
}

void TestDiscovery::reportsBesideTheDesign()
{
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("shop.infra.yaml"));
    QCOMPARE(Discoverer::reportBasePath(design), dir.filePath(QStringLiteral("shop.discovery")));
    const DiscoveryResult r = Discoverer::discover(fixture(QStringLiteral("package-compose")));
    QString error;
    QVERIFY2(Discoverer::writeReports(r, design, &error), qPrintable(error));
    QFile md(dir.filePath(QStringLiteral("shop.discovery.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("| Celery broker URL | (environment: `CELERY_BROKER_URL`, default `redis://localhost:6379/0`)")));
    QVERIFY(text.contains(QStringLiteral("- Existing Terraform AWS resource (`terraform.resource`): not found")));
    QFile js(dir.filePath(QStringLiteral("shop.discovery.json")));
    QVERIFY(js.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(js.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("not_found")).toArray().at(0).toString(), QStringLiteral("terraform.resource"));
    bool broker = false;
    for (const QJsonValue &f : o.value(QStringLiteral("facts")).toArray())
        if (f[QStringLiteral("key")] == QLatin1String("celery.broker")) {
            broker = true;
            QCOMPARE(f[QStringLiteral("file")].toString(), QStringLiteral("config/settings/base.py"));
            QCOMPARE(f[QStringLiteral("line")].toInt(), 17);
            QCOMPARE(f[QStringLiteral("environment")][QStringLiteral("variable")].toString(), QStringLiteral("CELERY_BROKER_URL"));
            QCOMPARE(f[QStringLiteral("environment")][QStringLiteral("default")].toString(), QStringLiteral("redis://localhost:6379/0"));
        }
    QVERIFY(broker);
}

void TestDiscovery::commandLines_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("queues");
    QTest::addColumn<bool>("asgi");
    QTest::newRow("gunicorn -w") << "gunicorn app.wsgi -w 5 -b :8001" << "web" << "gunicorn" << 5 << 8001 << QStringList() << false;
    QTest::newRow("gunicorn uvicorn worker") << "exec gunicorn app.asgi:application -k uvicorn.workers.UvicornWorker --workers=3"
                                             << "web" << "gunicorn" << 3 << 0 << QStringList() << true;
    QTest::newRow("env default") << "gunicorn app.wsgi --workers ${WEB_CONCURRENCY:-6} --bind 0.0.0.0:${PORT:-8000}"
                                 << "web" << "gunicorn" << 6 << 8000 << QStringList() << false;
    QTest::newRow("daphne") << "daphne -b 0.0.0.0 -p 9000 app.asgi:application" << "web" << "daphne" << 0 << 9000 << QStringList() << true;
    QTest::newRow("granian") << "granian --interface asgi --workers 4 app.asgi:application" << "web" << "granian" << 4 << 0 << QStringList() << true;
    QTest::newRow("sh -c") << "sh -c \"python manage.py migrate && gunicorn app.wsgi -w 2\"" << "web" << "gunicorn" << 2 << 0 << QStringList() << false;
    QTest::newRow("runserver") << "python manage.py runserver 0.0.0.0:8000" << "web" << "runserver" << 0 << 8000 << QStringList() << false;
    QTest::newRow("worker -Q -c") << "celery -A proj worker -Q a,b -c 3" << "worker" << "" << 3 << 0 << QStringList{QStringLiteral("a"), QStringLiteral("b")} << false;
    QTest::newRow("worker long options") << "python -m celery --app=proj worker --queues=x --concurrency=7"
                                         << "worker" << "" << 7 << 0 << QStringList{QStringLiteral("x")} << false;
    QTest::newRow("worker -c8 glued") << "celery -A proj worker -Qmail -c8" << "worker" << "" << 8 << 0 << QStringList{QStringLiteral("mail")} << false;
    QTest::newRow("beat") << "celery -A proj beat -l info" << "beat" << "" << 0 << 0 << QStringList() << false;
    QTest::newRow("not a process") << "python manage.py migrate" << "" << "" << 0 << 0 << QStringList() << false;
}

void TestDiscovery::commandLines()
{
    QFETCH(QString, command);
    QFETCH(QString, role);
    QFETCH(QString, server);
    QFETCH(int, workers);
    QFETCH(int, port);
    QFETCH(QStringList, queues);
    QFETCH(bool, asgi);
    const DiscoveredProcess p = parseCommand(command);
    QCOMPARE(p.role, role);
    QCOMPARE(p.server, server);
    QCOMPARE(p.workers, workers);
    QCOMPARE(p.port, port);
    QCOMPARE(p.queues, queues);
    QCOMPARE(p.asgi, asgi);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
