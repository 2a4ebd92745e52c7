// The configs of the export (issue 5, "Configs"): pgbouncer.ini from the pool calculation, the
// Django production settings, celery.py and the worker commands. Python is compiled with
// python3 -m py_compile and the settings are executed with the environment terraform/ecs.tf
// sets, so a config that does not run fails here.
#include "derivefixtures.h"
#include "derive/derivedmodel.h"
#include "emit/configemitter.h"
#include "emit/docsemitter.h"
#include "emit/docscontext.h"
#include "emit/emitter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Infra;

namespace {

using Fixtures::example;
using Fixtures::set;
using Fixtures::referenceExample;

QString file(const EmittedFiles &files, const char *path)
{
    for (const EmittedFile &f : files) {
        if (f.path == QLatin1String(path))
            return QString::fromUtf8(f.content);
    }
    return {};
}

EmittedFiles configs(const Design &d)
{
    return ConfigEmitter::emit(d, DerivedModel::derive(d));
}

// "key = value" of an INI file, in order.
QMap<QString, QString> iniValues(const QString &text)
{
    QMap<QString, QString> values;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('[')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return values;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {-1, QStringLiteral("%1 did not finish: %2").arg(program, p.errorString())};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// A stand-in for the django package (the test's python3 has none): just what the settings'
// version check reads.
bool writeDjangoStub(const QString &dir, const char *version)
{
    return writeFile(dir + QStringLiteral("/django/__init__.py"),
                     QByteArray("VERSION = (") + version + ", 'final', 0)\n"
                     "def get_version():\n    return '.'.join(map(str, VERSION[:3]))\n");
}

// Every variation the configs branch on.
QList<QPair<QString, Design>> variations()
{
    QList<QPair<QString, Design>> list;
    list.append({QStringLiteral("reference"), referenceExample()});
    list.append({QStringLiteral("starter"), example("starter")});
    list.append({QStringLiteral("api-only"), example("api-only")});
    {
        Design d = referenceExample();
        d.removeComponents({QStringLiteral("pgbouncer")});
        list.append({QStringLiteral("no pgbouncer"), d});
    }
    {
        Design d = referenceExample();
        d.setParameter(QStringLiteral("pgbouncer"), QStringLiteral("pool_mode"), QStringLiteral("session"));
        d.setParameter(QStringLiteral("redis"), QStringLiteral("transit_encryption"), false);
        d.setParameter(QStringLiteral("redis"), QStringLiteral("auth_token"), false);
        list.append({QStringLiteral("session pooling, plain redis"), d});
    }
    {
        Design d = referenceExample();
        d.addComponent(Component::make(ComponentKind::Sqs, QStringLiteral("queues")));
        d.setParameter(QStringLiteral("redis"), QStringLiteral("roles"), QStringList{QStringLiteral("cache")});
        list.append({QStringLiteral("sqs broker, cache only"), d});
    }
    {
        Design d = referenceExample();
        d.removeComponents({QStringLiteral("redis"), QStringLiteral("cdn"), QStringLiteral("static")});
        list.append({QStringLiteral("no redis, no cdn, no static"), d});
    }
    {
        Design d = referenceExample();
        d.removeComponents({QStringLiteral("db"), QStringLiteral("pgbouncer"), QStringLiteral("worker-high"),
                            QStringLiteral("worker-default"), QStringLiteral("worker-long"),
                            QStringLiteral("worker-scheduled"), QStringLiteral("beat")});
        d.setRoutes({});
        list.append({QStringLiteral("no database, no celery"), d});
    }
    return list;
}

QProcessEnvironment terraformEnvironment()
{
    // What terraform/ecs.tf puts in a Django container (values are stand-ins).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DJANGO_SECRET_KEY"), QStringLiteral("test-secret"));
    env.insert(QStringLiteral("DATABASE_HOST"), QStringLiteral("pgbouncer.myapp-production.internal"));
    env.insert(QStringLiteral("DATABASE_PORT"), QStringLiteral("6432"));
    env.insert(QStringLiteral("DATABASE_NAME"), QStringLiteral("app"));
    env.insert(QStringLiteral("DATABASE_USER"), QStringLiteral("app"));
    env.insert(QStringLiteral("DATABASE_PASSWORD"), QStringLiteral("pw"));
    env.insert(QStringLiteral("REDIS_HOST"), QStringLiteral("master.redis.example"));
    env.insert(QStringLiteral("REDIS_PORT"), QStringLiteral("6379"));
    env.insert(QStringLiteral("REDIS_AUTH_TOKEN"), QStringLiteral("to/ken"));
    env.insert(QStringLiteral("STATIC_BUCKET"), QStringLiteral("myapp-production-static"));
    env.insert(QStringLiteral("MEDIA_BUCKET"), QStringLiteral("myapp-production-media"));
    env.insert(QStringLiteral("CDN_DOMAIN"), QStringLiteral("d111.cloudfront.net"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.remove(QStringLiteral("CELERY_BROKER_URL"));
    env.remove(QStringLiteral("CELERY_RESULT_BACKEND"));
    return env;
}

} // namespace

class TestEmitConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pgbouncerIniEqualsPoolCalculation()
    {
        const Design d = referenceExample();
        const DerivedModel m = DerivedModel::derive(d);
        const QMap<QString, QString> ini = iniValues(file(ConfigEmitter::emit(d, m), "config/pgbouncer.ini"));
        // Maximum scale of the reference design:
        //   web:     20 tasks × 4 Gunicorn workers × 2                 = 160
        //   workers: high 10×8 + default 10×4 + long 4×2 + sched. 2×2  = 80 + 40 + 8 + 4 = 132
        //   management (160 + 132) × 0.2 = 58.4; total 292 + 58.4 = 350.4
        //   default_pool_size = int(350.4 / 4) = int(87.6) = 87
        //   max_client_conn   = int(350.4 × 2) = int(700.8) = 700
        QCOMPARE(ini.value(QStringLiteral("default_pool_size")), QStringLiteral("87"));
        QCOMPARE(ini.value(QStringLiteral("max_client_conn")), QStringLiteral("700"));
        QCOMPARE(ini.value(QStringLiteral("default_pool_size")).toInt(), m.pools().pgbouncerDefaultPoolSize);
        QCOMPARE(ini.value(QStringLiteral("max_client_conn")).toInt(), m.pools().pgbouncerMaxClientConn);
        // The rest from the component: pool mode, port, auth, min/reserve pools, lifetimes.
        QCOMPARE(ini.value(QStringLiteral("pool_mode")), QStringLiteral("transaction"));
        QCOMPARE(ini.value(QStringLiteral("listen_port")), QStringLiteral("6432"));
        QCOMPARE(ini.value(QStringLiteral("auth_type")), QStringLiteral("scram-sha-256"));
        QCOMPARE(ini.value(QStringLiteral("min_pool_size")), QStringLiteral("5"));
        QCOMPARE(ini.value(QStringLiteral("reserve_pool_size")), QStringLiteral("5"));
        QCOMPARE(ini.value(QStringLiteral("server_lifetime")), QStringLiteral("3600"));
        QCOMPARE(ini.value(QStringLiteral("server_idle_timeout")), QStringLiteral("600"));
        // TLS to RDS verifying its CA and host name (issue 14, item 15).
        QCOMPARE(ini.value(QStringLiteral("server_tls_sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(ini.value(QStringLiteral("server_tls_ca_file")), QStringLiteral("/etc/rds-ca/global-bundle.pem"));
        // [databases]: the RDS database on 5432.
        QCOMPARE(ini.value(QStringLiteral("app")), QStringLiteral("host=DB_HOST port=5432 dbname=app"));
        // 2 tasks × (87 + 5) = 184 server connections, stated in the header.
        QVERIFY(file(ConfigEmitter::emit(d, m), "config/pgbouncer.ini")
                    .contains(QLatin1String("2 task(s) x (87 pool + 5 reserve) = 184")));
    }

    void pgbouncerIniFollowsScaleAndManualSizing()
    {
        Design d = referenceExample();
        set(d, "web", "max_tasks", qint64(37));
        // web 37 × 8 = 296; + 132 = 428; × 1.2 = 513.6 → pool int(128.4) = 128, clients int(1027.2) = 1027
        QMap<QString, QString> ini = iniValues(file(configs(d), "config/pgbouncer.ini"));
        QCOMPARE(ini.value(QStringLiteral("default_pool_size")), QStringLiteral("128"));
        QCOMPARE(ini.value(QStringLiteral("max_client_conn")), QStringLiteral("1027"));

        set(d, "pgbouncer", "sizing", QStringLiteral("manual"));
        set(d, "pgbouncer", "default_pool_size", qint64(33));
        set(d, "pgbouncer", "max_client_conn", qint64(444));
        ini = iniValues(file(configs(d), "config/pgbouncer.ini"));
        QCOMPARE(ini.value(QStringLiteral("default_pool_size")), QStringLiteral("33"));
        QCOMPARE(ini.value(QStringLiteral("max_client_conn")), QStringLiteral("444"));
    }

    void pythonCompiles()
    {
        // Every variation's Python in one py_compile run (a Python start costs seconds on a
        // loaded machine); py_compile exits non-zero and names the file when one fails.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList python;
        QMap<QString, QByteArray> sources;
        int variation = 0;
        for (const auto &[name, design] : variations()) {
            const QString base = dir.filePath(QStringLiteral("v%1/").arg(variation++));
            bool settings = false;
            for (const EmittedFile &f : configs(design)) {
                const QString path = base + f.path;
                QVERIFY(writeFile(path, f.content));
                if (f.path.endsWith(QLatin1String(".py"))) {
                    python.append(path);
                    sources.insert(path, f.content);
                    settings = settings || f.path == QLatin1String("config/settings/production.py");
                } else if (f.path.endsWith(QLatin1String(".sh"))) {
                    const Run r = run(QStringLiteral("sh"), {QStringLiteral("-n"), path});
                    QVERIFY2(r.exitCode == 0,
                             qPrintable(name + QStringLiteral(": ") + f.path + QStringLiteral(": ") + r.output));
                }
            }
            QVERIFY2(settings, qPrintable(name));
        }
        const Run r =
            run(QStringLiteral("python3"), QStringList{QStringLiteral("-m"), QStringLiteral("py_compile")} + python);
        QString detail = r.output;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            if (r.output.contains(it.key()))
                detail += QStringLiteral("\n--- %1\n%2").arg(it.key(), QString::fromUtf8(it.value()));
        }
        QVERIFY2(r.exitCode == 0, qPrintable(detail));
        QVERIFY(python.size() >= 8 + 6); // settings in every variation, celery.py in those with Celery
    }

    void pyCompileRejectsBrokenPython()
    {
        // The check above must be able to fail: a file that is not Python is refused.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.py"));
        QVERIFY(writeFile(path, "DATABASES = {\n    \"default\": {\n"));
        QVERIFY(run(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("py_compile"), path}).exitCode !=
                0);
    }

    void settingsRunWithTerraformEnvironment()
    {
        // Execute the settings as myapp.settings.production (with an empty base.py) and read the
        // values back: the URLs Django and Celery will actually use.
        const Design d = referenceExample();
        QTemporaryDir dir;
        const QString pkg = dir.filePath(QStringLiteral("myapp/settings/"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("myapp/__init__.py")), {}));
        QVERIFY(writeFile(pkg + QStringLiteral("__init__.py"), {}));
        QVERIFY(writeFile(pkg + QStringLiteral("base.py"), "MIDDLEWARE = []\n"));
        QVERIFY(writeFile(pkg + QStringLiteral("production.py"),
                          file(configs(d), "config/settings/production.py").toUtf8()));
        QVERIFY(writeDjangoStub(dir.path(), "5, 2, 18"));
        const char *script =
            "import myapp.settings.production as s\n"
            "db = s.DATABASES['default']\n"
            "print('db', db['HOST'], db['PORT'], db['CONN_MAX_AGE'], db['DISABLE_SERVER_SIDE_CURSORS'])\n"
            "print('cache', s.CACHES['default']['LOCATION'])\n"
            "print('sessions', s.CACHES['sessions']['LOCATION'], s.SESSION_ENGINE, s.SESSION_CACHE_ALIAS)\n"
            "print('broker', s.CELERY_BROKER_URL)\n"
            "print('results', s.CELERY_RESULT_BACKEND)\n"
            "print('static', s.STORAGES['staticfiles']['OPTIONS']['bucket_name'], "
            "s.STORAGES['staticfiles']['OPTIONS']['custom_domain'], s.STATIC_URL)\n"
            "print('media', s.STORAGES['default']['OPTIONS']['bucket_name'], "
            "s.STORAGES['default']['OPTIONS']['location'], s.MEDIA_URL)\n";
        const Run r = run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script)}, dir.path(),
                          terraformEnvironment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        const QStringList lines = r.output.trimmed().split(QLatin1Char('\n'));
        // pgBouncer on 6432, CONN_MAX_AGE 300, transaction pooling → no server-side cursors
        QCOMPARE(lines.value(0), QStringLiteral("db pgbouncer.myapp-production.internal 6432 300 True"));
        // Redis with TLS (rediss) and the AUTH token URL-quoted, cache DB 0 and sessions DB 1
        QCOMPARE(lines.value(1), QStringLiteral("cache rediss://:to%2Fken@master.redis.example:6379/0"));
        QCOMPARE(lines.value(2), QStringLiteral("sessions rediss://:to%2Fken@master.redis.example:6379/1 "
                                                "django.contrib.sessions.backends.cache sessions"));
        // Celery: broker DB 2, results DB 3, with the certificate requirement Celery needs for rediss
        QCOMPARE(lines.value(3),
                 QStringLiteral("broker rediss://:to%2Fken@master.redis.example:6379/2?ssl_cert_reqs=required"));
        QCOMPARE(lines.value(4),
                 QStringLiteral("results rediss://:to%2Fken@master.redis.example:6379/3?ssl_cert_reqs=required"));
        QCOMPARE(
            lines.value(5),
            QStringLiteral("static myapp-production-static d111.cloudfront.net https://d111.cloudfront.net/static/"));
        QCOMPARE(lines.value(6),
                 QStringLiteral("media myapp-production-media media https://d111.cloudfront.net/media/"));
    }

    void settingsFollowTheModel()
    {
        Design d = referenceExample();
        set(d, "redis", "cache_db", qint64(5));
        set(d, "redis", "sessions_db", qint64(7));
        set(d, "redis", "broker_db", qint64(9));
        set(d, "redis", "results_db", qint64(11));
        set(d, "pgbouncer", "listen_port", qint64(6543));
        QString s = file(configs(d), "config/settings/production.py");
        QVERIFY(s.contains(QLatin1String("\"LOCATION\": redis_url(5),")));
        QVERIFY(s.contains(QLatin1String("\"LOCATION\": redis_url(7),")));
        QVERIFY(s.contains(QLatin1String("redis_url(9, celery=True)")));
        QVERIFY(s.contains(QLatin1String("redis_url(11, celery=True)")));
        QVERIFY(s.contains(QLatin1String("os.environ.get(\"DATABASE_PORT\", \"6543\")")));
        QVERIFY(s.contains(QLatin1String("\"CONN_MAX_AGE\": 300,")));

        // Plain Redis, session pooling: redis://, no DISABLE_SERVER_SIDE_CURSORS
        set(d, "redis", "transit_encryption", false);
        set(d, "pgbouncer", "pool_mode", QStringLiteral("session"));
        s = file(configs(d), "config/settings/production.py");
        QVERIFY(s.contains(QLatin1String("REDIS_SCHEME = \"redis\"")));
        QVERIFY(!s.contains(QLatin1String("DISABLE_SERVER_SIDE_CURSORS")));

        // Without pgBouncer: straight to RDS on 5432 with TLS
        d.removeComponents({QStringLiteral("pgbouncer")});
        s = file(configs(d), "config/settings/production.py");
        QVERIFY(s.contains(QLatin1String("os.environ.get(\"DATABASE_PORT\", \"5432\")")));
        QVERIFY(s.contains(QLatin1String("\"sslmode\": \"verify-full\"")));
        QVERIFY(s.contains(QLatin1String("\"sslrootcert\": os.environ.get(\"DATABASE_CA_BUNDLE\", \"/etc/rds-ca/global-bundle.pem\")")));
        QVERIFY(!file(configs(d), "config/pgbouncer.ini").size());
    }

    void settingsFollowTheDjangoVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("other");
        QTest::newRow("4.2") << QStringLiteral("4.2") << QStringLiteral("5, 2, 18");
        QTest::newRow("5.2") << QStringLiteral("5.2") << QStringLiteral("4, 2, 28");
    }

    void settingsFollowTheDjangoVersion()
    {
        // The design's django_version: the settings name it, set what differs between the two
        // releases (USE_TZ defaults to False before 5.0) and refuse to load under the other one.
        QFETCH(QString, version);
        QFETCH(QString, other);
        Design d = referenceExample();
        QVERIFY(d.setSectionValue(Section::Settings, QStringLiteral("django_version"), version).ok);
        const QString s = file(configs(d), "config/settings/production.py");
        QVERIFY(s.contains(QStringLiteral("DJANGO_VERSION = (%1)\n").arg(QString(version).replace(QLatin1Char('.'), QStringLiteral(", ")))));
        QCOMPARE(s.contains(QLatin1String("\nUSE_TZ = True\n")), version == QLatin1String("4.2"));

        QTemporaryDir dir;
        const QString pkg = dir.filePath(QStringLiteral("myapp/settings/"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("myapp/__init__.py")), {}));
        QVERIFY(writeFile(pkg + QStringLiteral("__init__.py"), {}));
        QVERIFY(writeFile(pkg + QStringLiteral("base.py"), "MIDDLEWARE = []\n"));
        QVERIFY(writeFile(pkg + QStringLiteral("production.py"), s.toUtf8()));
        const QString stubVersion = QString(version).replace(QLatin1Char('.'), QStringLiteral(", ")) + QStringLiteral(", 1");
        QVERIFY(writeDjangoStub(dir.path(), stubVersion.toLatin1().constData()));
        const QStringList args = {QStringLiteral("-c"), QStringLiteral("import myapp.settings.production as s; print(s.DJANGO_VERSION)")};
        Run r = run(QStringLiteral("python3"), args, dir.path(), terraformEnvironment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        // Under the other release the settings refuse to load, saying why.
        QVERIFY(writeDjangoStub(dir.path(), other.toLatin1().constData()));
        r = run(QStringLiteral("python3"), args, dir.path(), terraformEnvironment());
        QVERIFY2(r.exitCode != 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("RuntimeError: these settings are for Django %1 (the design's django_version)").arg(version)),
                 qPrintable(r.output));
    }

    void sqsBroker()
    {
        Design d = referenceExample();
        Component sqs = Component::make(ComponentKind::Sqs, QStringLiteral("queues"));
        sqs.params.insert(QStringLiteral("visibility_timeout"), qint64(7200));
        QVERIFY(d.addComponent(sqs).ok);
        const QString s = file(configs(d), "config/settings/production.py");
        QVERIFY(s.contains(QLatin1String("CELERY_BROKER_URL = os.environ.get(\"CELERY_BROKER_URL\", \"sqs://\")")));
        QVERIFY(s.contains(QLatin1String("\"visibility_timeout\": 7200,")));
        // the prefix terraform/sqs.tf names the queues with
        QVERIFY(s.contains(QLatin1String("os.environ.get(\"CELERY_SQS_QUEUE_PREFIX\", \"myapp-production-\")")));
    }

    // The broker is whichever component the derived connections send the services' broker
    // traffic to, not "Redis whenever an ElastiCache exists": the settings, the queue backlog
    // publisher of celery.py and DocsContext::brokerKind() agree with the connection graph.
    void brokerFollowsTheBrokerRole_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("brokerUrl");
        QTest::addColumn<bool>("publisher");
        QTest::newRow("ElastiCache broker") << QStringLiteral("reference") << QStringLiteral("redis")
                                            << QStringLiteral("redis_url(2, celery=True)") << true;
        QTest::newRow("SQS broker, ElastiCache cache") << QStringLiteral("sqs") << QStringLiteral("sqs")
                                                      << QStringLiteral("\"sqs://\"") << false;
        QTest::newRow("second SQS is the broker") << QStringLiteral("second-sqs") << QStringLiteral("sqs")
                                                 << QStringLiteral("\"sqs://\"") << false;
        QTest::newRow("MemoryDB broker, ElastiCache cache") << QStringLiteral("memorydb") << QStringLiteral("memorydb")
                                                           << QStringLiteral("memorydb_url(celery=True)") << true;
        QTest::newRow("ElastiCache without the broker role") << QStringLiteral("no-broker") << QString()
                                                            << QStringLiteral("os.environ[\"CELERY_BROKER_URL\"]") << false;
    }

    void brokerFollowsTheBrokerRole()
    {
        QFETCH(QString, variant);
        QFETCH(QString, kind);
        QFETCH(QString, brokerUrl);
        QFETCH(bool, publisher);
        Design d = referenceExample();
        const QString redis = QStringLiteral("redis");
        if (variant == QLatin1String("sqs") || variant == QLatin1String("second-sqs")) {
            if (variant == QLatin1String("second-sqs")) {
                Component other = Component::make(ComponentKind::Sqs, QStringLiteral("events"));
                other.params.insert(QStringLiteral("broker"), false);
                QVERIFY(d.addComponent(other).ok);
            }
            Component sqs = Component::make(ComponentKind::Sqs, QStringLiteral("queues"));
            sqs.params.insert(QStringLiteral("visibility_timeout"), qint64(7200));
            QVERIFY(d.addComponent(sqs).ok);
            set(d, "redis", "roles", Fixtures::list({"cache", "sessions"}));
        } else if (variant == QLatin1String("memorydb")) {
            Component store = Component::make(ComponentKind::MemoryDb, QStringLiteral("store"));
            store.params.insert(QStringLiteral("roles"), Fixtures::list({"broker", "results"}));
            QVERIFY(d.addComponent(store).ok);
            set(d, "redis", "roles", Fixtures::list({"cache", "sessions"}));
        } else if (variant == QLatin1String("no-broker")) {
            set(d, "redis", "roles", Fixtures::list({"cache", "sessions", "results"}));
        }
        const DerivedModel derived = DerivedModel::derive(d);
        // What the derivation says: the target of the services' broker connections.
        QString target;
        for (const Connection &c : derived.connections()) {
            if (c.roles.contains(QStringLiteral("broker")))
                target = c.target;
        }
        const Component *holder = d.component(target);
        QCOMPARE(holder ? kindName(holder->kind) : QString(),
                 kind.isEmpty() ? QString() : (kind == QLatin1String("redis") ? QStringLiteral("elasticache_redis") : kind));

        QCOMPARE(DocsContext(d, derived).brokerKind(), kind);
        const EmittedFiles files = ConfigEmitter::emit(d, derived);
        const QString settings = file(files, "config/settings/production.py");
        QVERIFY2(settings.contains(QStringLiteral("CELERY_BROKER_URL = ") + (brokerUrl.startsWith(QLatin1String("os.environ["))
                                                                             ? brokerUrl
                                                                             : QStringLiteral("os.environ.get(\"CELERY_BROKER_URL\", %1)").arg(brokerUrl))),
                 qPrintable(settings));
        if (kind == QLatin1String("sqs"))
            QVERIFY(settings.contains(QLatin1String("\"visibility_timeout\": 7200,"))); // the broker queue's own settings
        QCOMPARE(file(files, "config/celery.py").contains(QLatin1String("def publish_queue_backlog")), publisher);
    }

    // MemoryDB is a cluster: multi-key commands must stay in one hash slot (CROSSSLOT otherwise,
    // even with one shard; the rehearsal reference_memorydb runs it on Redis in cluster mode). The
    // settings give the broker transport and each cache alias on MemoryDB a hash-tag prefix; on
    // ElastiCache (cluster mode disabled) the prefixes stay as they were.
    void memoryDbKeysShareAHashSlot()
    {
        Design d = referenceExample();
        const QString elastiCache = file(configs(d), "config/settings/production.py");
        QVERIFY(!elastiCache.contains(QLatin1String("global_keyprefix")));
        QVERIFY(elastiCache.contains(QLatin1String("\"KEY_PREFIX\": \"myapp\",")));
        QVERIFY(elastiCache.contains(QLatin1String("\"KEY_PREFIX\": \"session\",")));

        Component store = Component::make(ComponentKind::MemoryDb, QStringLiteral("store"));
        store.params.insert(QStringLiteral("roles"), Fixtures::list({"cache", "sessions", "broker", "results"}));
        QVERIFY(d.addComponent(store).ok);
        QVERIFY(d.removeComponents({QStringLiteral("redis")}).ok);
        const QString s = file(configs(d), "config/settings/production.py");
        QVERIFY2(s.contains(QLatin1String("CELERY_BROKER_TRANSPORT_OPTIONS = {\"visibility_timeout\": 7200, \"global_keyprefix\": \"{celery}:\"}")),
                 qPrintable(s));
        QVERIFY(s.contains(QLatin1String("\"KEY_PREFIX\": \"{myapp}\",")));
        QVERIFY(s.contains(QLatin1String("\"KEY_PREFIX\": \"{session}\",")));
        QVERIFY(s.contains(QLatin1String("CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {\"global_keyprefix\": \"{results}:\"}")));
        QVERIFY(!elastiCache.contains(QLatin1String("CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS")));
        QCOMPARE(ConfigEmitter::memoryDbBrokerKeyPrefix(), QStringLiteral("{celery}:"));

        // docs/architecture/caching-strategy.md describes MemoryDB with the prefixes the settings
        // use (it said "the design has no Redis" when MemoryDB held the cache and sessions).
        const QString doc = QString::fromUtf8(DocsEmitter::cachingStrategy(DocsContext(d, DerivedModel::derive(d))));
        QVERIFY2(!doc.contains(QLatin1String("has no Redis")), qPrintable(doc));
        QVERIFY(doc.contains(QLatin1String("## MemoryDB")));
        // The login as terraform/memorydb.tf names it (aws_memorydb_user user_name).
        QVERIFY2(doc.contains(QLatin1String("the ACL user `myapp-production-store-app`")), qPrintable(doc));
        // With no replica the disaster-recovery runbook offers no shard failover (it has no target).
        const auto runbook = [](const Design &design) {
            for (const EmittedFile &f : Emitter::emit(design, Emitter::Part::Docs)) {
                if (f.path.endsWith(QLatin1String("runbooks/disaster-recovery.md")))
                    return QString::fromUtf8(f.content);
            }
            return QString();
        };
        Design noReplica = d;
        QVERIFY(noReplica.setParameter(QStringLiteral("store"), QStringLiteral("replicas_per_shard"), qint64(0)).ok);
        const QString single = runbook(noReplica);
        QVERIFY2(single.contains(QLatin1String("aws memorydb describe-snapshots --cluster-name myapp-production-store")), qPrintable(single));
        QVERIFY(!single.contains(QLatin1String("failover-shard")));
        Design replicated = d;
        QVERIFY(replicated.setParameter(QStringLiteral("store"), QStringLiteral("replicas_per_shard"), qint64(1)).ok);
        QVERIFY(runbook(replicated).contains(QLatin1String("aws memorydb failover-shard --cluster-name myapp-production-store --shard-name 0001")));
        for (const char *row : {"| cache | Django cache", "| sessions | sessions", "| broker | Celery broker", "| results | Celery results"})
            QVERIFY2(doc.contains(QLatin1String(row)), row);
        for (const char *prefix : {"{myapp}", "{session}", "{celery}:", "{results}:"}) {
            QVERIFY2(doc.contains(QStringLiteral("`%1` |").arg(QLatin1String(prefix))), prefix);
            QVERIFY2(s.contains(QStringLiteral("\"%1\"").arg(QLatin1String(prefix))), prefix);
        }
    }

    void celeryRoutesQueuesAndWorkers()
    {
        const Design d = referenceExample();
        const EmittedFiles files = configs(d);
        const QString celery = file(files, "config/celery.py");
        // every route, in the design's order
        qsizetype at = 0;
        for (const CeleryRoute &r : d.routes()) {
            const QString line = QStringLiteral("    \"%1\": {\"queue\": \"%2\"},").arg(r.task, r.queue);
            const qsizetype pos = celery.indexOf(line);
            QVERIFY2(pos > at, qPrintable(line));
            at = pos;
        }
        for (const char *q : {"default", "high_priority", "long_running", "scheduled"})
            QVERIFY(celery.contains(
                QStringLiteral("Queue(\"%1\", Exchange(\"%1\"), routing_key=\"%1\")").arg(QLatin1String(q))));
        QVERIFY(celery.contains(QLatin1String("app.conf.task_default_queue = \"default\"")));
        QVERIFY(celery.contains(QLatin1String("app = Celery(\"myapp\")")));

        // one command per worker group with its queues, concurrency and max tasks per child
        const QString commands = file(files, "config/worker-commands.sh");
        QVERIFY(commands.contains(
            QLatin1String("exec celery -A myapp worker -Q high_priority -c 8 --pool prefork --loglevel INFO\n")));
        QVERIFY(commands.contains(
            QLatin1String("exec celery -A myapp worker -Q default -c 4 --pool prefork --loglevel INFO\n")));
        QVERIFY(commands.contains(QLatin1String("exec celery -A myapp worker -Q long_running -c 2 --pool prefork "
                                                "--loglevel INFO --max-tasks-per-child 100\n")));
        QVERIFY(commands.contains(
            QLatin1String("exec celery -A myapp worker -Q scheduled -c 2 --pool prefork --loglevel INFO\n")));
        QVERIFY(commands.contains(QLatin1String("exec celery -A myapp beat --scheduler "
                                                "django_celery_beat.schedulers:DatabaseScheduler --loglevel INFO\n")));

        Design changed = d;
        set(changed, "worker-long", "concurrency", qint64(3));
        set(changed, "worker-long", "max_tasks_per_child", qint64(250));
        set(changed, "worker-long", "queues", QStringList{QStringLiteral("long_running"), QStringLiteral("reports")});
        QVERIFY(file(configs(changed), "config/worker-commands.sh")
                    .contains(QLatin1String("exec celery -A myapp worker -Q long_running,reports -c 3 --pool prefork "
                                            "--loglevel INFO --max-tasks-per-child 250\n")));
        QVERIFY(file(configs(changed), "config/celery.py").contains(QLatin1String("Queue(\"reports\"")));
    }

    void workerCommandsMatchTerraform()
    {
        // The same command line as the task definitions in terraform/ecs.tf (JSON-encoded there).
        const Design d = referenceExample();
        const EmittedFiles files = Emitter::emit(d);
        const QString ecs = file(files, "terraform/ecs.tf");
        QVERIFY(!ecs.isEmpty());
        const QString commands = file(files, "config/worker-commands.sh");
        const QRegularExpression exec(QStringLiteral("exec (.+)\n"));
        int matched = 0;
        for (auto it = exec.globalMatch(commands); it.hasNext();) {
            const QStringList words = it.next().captured(1).split(QLatin1Char(' '));
            QStringList quoted;
            for (const QString &w : words)
                quoted.append(QLatin1Char('"') + w + QLatin1Char('"'));
            QVERIFY2(ecs.contains(quoted.join(QStringLiteral(", "))), qPrintable(quoted.join(QStringLiteral(", "))));
            ++matched;
        }
        QCOMPARE(matched, 6); // web, four worker groups, beat
    }

    void rdsCaBundleReachesTheTasks()
    {
        // The tasks that connect to RDS themselves (pgBouncer; without it the application's) fetch the
        // RDS CA bundle into a volume first and mount it where the configs look for it.
        const auto taskBlock = [](const QString &ecs, const QString &name) {
            const qsizetype start = ecs.indexOf(QStringLiteral("resource \"aws_ecs_task_definition\" \"%1\" {").arg(name));
            return start < 0 ? QString() : ecs.mid(start, ecs.indexOf(QStringLiteral("\n}\n"), start) - start);
        };
        Design d = referenceExample();
        QString ecs = file(Emitter::emit(d), "terraform/ecs.tf");
        QString pgb = taskBlock(ecs, QStringLiteral("pgbouncer"));
        QVERIFY(!pgb.isEmpty());
        QVERIFY(pgb.contains(QLatin1String("value = \"verify-full\"")));
        QVERIFY(pgb.contains(QLatin1String("name  = \"SERVER_TLS_CA_FILE\"")) || pgb.contains(QLatin1String("name = \"SERVER_TLS_CA_FILE\"")));
        QVERIFY(pgb.contains(QLatin1String("\"https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem\"")) ||
                pgb.contains(QLatin1String("https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem\"]")));
        QVERIFY(pgb.contains(QLatin1String("condition     = \"SUCCESS\"")) || pgb.contains(QLatin1String("condition = \"SUCCESS\"")));
        QVERIFY(pgb.contains(QLatin1String("volume {")));
        // With pgBouncer the application talks to it, not to RDS: no bundle in the web task.
        QVERIFY(!taskBlock(ecs, QStringLiteral("web")).contains(QLatin1String("rds-ca")));
        QVERIFY(!taskBlock(ecs, QStringLiteral("release")).contains(QLatin1String("rds-ca")));

        d.removeComponents({QStringLiteral("pgbouncer")});
        ecs = file(Emitter::emit(d), "terraform/ecs.tf");
        for (const char *task : {"web", "worker_high", "beat", "release"}) {
            const QString block = taskBlock(ecs, QString::fromLatin1(task));
            QVERIFY2(block.contains(QLatin1String("global-bundle.pem")) && block.contains(QLatin1String("volume {")), task);
        }
    }

    void deployedDomainReachesAllowedHosts()
    {
        // The deployer serves the application under terraform's var.domain_name (CloudFront's alias,
        // the certificates); Django refuses any other Host with 400 (DisallowedHost). Each Django
        // container's environment must carry that variable to the settings, not the design's name.
        const auto taskBlock = [](const QString &ecs, const QString &name) {
            const qsizetype start = ecs.indexOf(QStringLiteral("resource \"aws_ecs_task_definition\" \"%1\" {").arg(name));
            return start < 0 ? QString() : ecs.mid(start, ecs.indexOf(QStringLiteral("\n}\n"), start) - start);
        };
        static const QRegularExpression entry(QStringLiteral("name\\s*=\\s*\"DJANGO_ALLOWED_HOSTS\"\\s*\\n\\s*value\\s*=\\s*var\\.domain_name\\n"));
        for (const char *example : {"django-reference", "starter", "api-only"}) {
            const Design d = Fixtures::example(example);
            const EmittedFiles files = Emitter::emit(d);
            const QString ecs = file(files, "terraform/ecs.tf");
            QVERIFY2(file(files, "terraform/variables.tf").contains(QLatin1String("variable \"domain_name\"")), example);
            for (const char *task : {"web", "release"}) {
                const QString block = taskBlock(ecs, QString::fromLatin1(task));
                QVERIFY2(!block.isEmpty(), task);
                QVERIFY2(entry.match(block).hasMatch(), qPrintable(QStringLiteral("%1: task %2").arg(QLatin1String(example), QLatin1String(task))));
            }
            QVERIFY2(file(files, "config/settings/production.py").contains(QLatin1String("os.environ.get(\"DJANGO_ALLOWED_HOSTS\"")), example);
        }

        // And the settings take the name from there: a host other than the design's is admitted.
        QTemporaryDir dir;
        const QString pkg = dir.filePath(QStringLiteral("myapp/settings/"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("myapp/__init__.py")), {}));
        QVERIFY(writeFile(pkg + QStringLiteral("__init__.py"), {}));
        QVERIFY(writeFile(pkg + QStringLiteral("base.py"), "MIDDLEWARE = []\n"));
        QVERIFY(writeFile(pkg + QStringLiteral("production.py"), file(configs(referenceExample()), "config/settings/production.py").toUtf8()));
        QVERIFY(writeDjangoStub(dir.path(), "5, 2, 18"));
        QProcessEnvironment env = terraformEnvironment();
        env.insert(QStringLiteral("DJANGO_ALLOWED_HOSTS"), QStringLiteral("shop.example.org"));
        const Run r = run(QStringLiteral("python3"),
                          {QStringLiteral("-c"), QStringLiteral("import myapp.settings.production as s\n"
                                                                "print(s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS)\n")},
                          dir.path(), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QCOMPARE(r.output.trimmed(), QStringLiteral("['shop.example.org'] ['https://shop.example.org']"));
    }

    void deployScriptWaitsForALongRelease_data()
    {
        QTest::addColumn<QString>("exitCode");
        QTest::addColumn<int>("expected");
        QTest::newRow("migrations succeed after the waiter's 10 minutes") << QStringLiteral("0") << 0;
        QTest::newRow("migrations fail") << QStringLiteral("1") << 1;
    }

    void deployScriptWaitsForALongRelease()
    {
        // config/deploy.sh release TAG against stand-ins for aws and terraform: the release task
        // runs longer than `aws ecs wait tasks-stopped` waits (100 checks 6 s apart, then exit
        // 255), which the stand-in answers as the CLI would. The script must keep waiting until
        // describe-tasks says STOPPED, then roll the services only if the release container exited 0.
        QFETCH(QString, exitCode);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeFile(root + QStringLiteral("/config/deploy.sh"), file(configs(referenceExample()), "config/deploy.sh").toUtf8()));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/terraform")));
        QVERIFY(writeFile(root + QStringLiteral("/bin/aws"), R"SH(#!/bin/sh
echo "aws $*" >> "$FAKE_LOG"
case "$*" in
"ecs describe-services"*) echo '{"awsvpcConfiguration": {"subnets": ["subnet-1"], "securityGroups": ["sg-1"], "assignPublicIp": "DISABLED"}}' ;;
"ecs run-task"*) echo "arn:aws:ecs:us-east-1:123456789012:task/myapp-production/0123" ;;
"ecs wait tasks-stopped"*) echo "Waiter TasksStopped failed: Max attempts exceeded" >&2; exit 255 ;;
"ecs describe-tasks"*lastStatus*)
    n=$(( $(cat "$FAKE_STATE" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$FAKE_STATE"
    if [ "$n" -lt 3 ]; then echo RUNNING; else echo STOPPED; fi ;;
"ecs describe-tasks"*exitCode*) echo "$FAKE_EXIT" ;;
*) echo "unexpected: aws $*" >&2; exit 3 ;;
esac
)SH"));
        QVERIFY(writeFile(root + QStringLiteral("/bin/terraform"), "#!/bin/sh\necho \"terraform $*\" >> \"$FAKE_LOG\"\n"));
        QVERIFY(writeFile(root + QStringLiteral("/bin/sleep"), "#!/bin/sh\nexit 0\n"));
        for (const char *tool : {"aws", "terraform", "sleep"})
            QVERIFY(QFile::setPermissions(root + QStringLiteral("/bin/") + QLatin1String(tool),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), root + QStringLiteral("/bin:/usr/bin:/bin"));
        env.insert(QStringLiteral("FAKE_LOG"), root + QStringLiteral("/calls.log"));
        env.insert(QStringLiteral("FAKE_STATE"), root + QStringLiteral("/polls"));
        env.insert(QStringLiteral("FAKE_EXIT"), exitCode);
        const Run r = run(QStringLiteral("sh"), {QStringLiteral("config/deploy.sh"), QStringLiteral("release"), QStringLiteral("abc123")}, root, env);
        QFile log(root + QStringLiteral("/calls.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList calls = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(r.exitCode == expected, qPrintable(r.output + calls.join(QLatin1Char('\n'))));
        // The task was polled until it stopped, and its release container's code was read.
        QCOMPARE(calls.filter(QStringLiteral("lastStatus")).size(), 3);
        QCOMPARE(calls.filter(QStringLiteral("containers[?name==`release`].exitCode")).size(), 1);
        QCOMPARE(calls.first(), QStringLiteral("terraform -chdir=config/../terraform apply -var image_tag=abc123 -target=aws_ecs_task_definition.release"));
        const QString rollout = QStringLiteral("terraform -chdir=config/../terraform apply -var image_tag=abc123");
        QCOMPARE(calls.contains(rollout), expected == 0);
    }

    void deterministic()
    {
        const Design d = referenceExample();
        const EmittedFiles a = configs(d);
        const EmittedFiles b = configs(referenceExample());
        QCOMPARE(a.size(), 8);
        QCOMPARE(a, b);
        QStringList paths;
        for (const EmittedFile &f : a)
            paths.append(f.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("config/celery.py"), QStringLiteral("config/database-roles.sql"),
                                     QStringLiteral("config/deploy.sh"), QStringLiteral("config/health.py"),
                                     QStringLiteral("config/pgbouncer.ini"),
                                     QStringLiteral("config/rotate_database_password.py"),
                                     QStringLiteral("config/settings/production.py"),
                                     QStringLiteral("config/worker-commands.sh")}));
    }
};

QTEST_GUILESS_MAIN(TestEmitConfig)
#include "tst_emitconfig.moc"
