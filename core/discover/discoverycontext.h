#pragma once

#include "discoverer.h"
#include "pyexecutor.h"

#include <QHash>
#include <QList>

namespace Infra {

// One process the repository starts (Procfile line, compose service, Dockerfile CMD, script).
struct DiscoveredProcess
{
    QString role;     // "web", "worker", "beat", "other"
    QString name;     // compose service or Procfile name
    QString command;
    QString file;
    int line = 0;
    QString server;   // web: gunicorn, uvicorn, daphne, granian, uwsgi, runserver
    bool asgi = false;
    int workers = 0;  // web workers (-w) / worker concurrency (-c)
    int port = 0;
    QStringList queues;
    QString pool;
    int maxTasksPerChild = 0;
    bool embeddedBeat = false; // celery worker -B
    QString scheduler;
};

// What the scanners share: the files, the parser, the facts being collected and the typed
// summary the design proposal reads.
struct DiscoveryContext
{
    DiscoveryContext(const QString &root, const DiscoveryOptions &opts)
        : options(opts), tree(root, opts.limits), sources(tree), exec(sources) {}

    DiscoveryOptions options;
    RepositoryTree tree;
    PythonSources sources;
    PyExecutor exec;
    DiscoveryResult result;
    QString projectDir;          // folder of the chosen manage.py ("" = root)

    // Summary for the design
    QString server;              // from commands, else from dependencies
    bool asgi = false;
    int webWorkers = 0;
    int webPort = 0;
    QString dbEngine;            // postgresql, mysql, sqlite3, oracle, …
    int dbReplicas = 0;
    QString cacheBackend;        // redis, memcached, database, locmem, file, dummy
    QString sessionsEngine;      // cache, cached_db, db, signed_cookies, file
    bool staticS3 = false, mediaS3 = false;
    QString channelsLayer;       // redis, inmemory, rabbitmq
    bool celery = false;
    QString celeryApp;
    QString celeryNamespace;
    QString brokerService;       // redis, rabbitmq, sqs
    QString resultService;       // redis, database, rpc…
    QString defaultQueue;
    QStringList queues;          // every queue named anywhere
    QList<CeleryRoute> routes;
    QStringList tasksWithoutQueue; // tasks whose decorator names no queue
    int concurrency = 0;
    int beatEntries = 0;
    bool databaseScheduler = false;
    std::vector<DiscoveredProcess> processes;
    // Environment variables the deployment sets (compose, Dockerfile ENV, .env): var → fact
    QHash<QString, DiscoveredFact> deployEnv;
    // Every DJANGO_SETTINGS_MODULE / DJANGO_CONFIGURATION the deployment files set, with the
    // file's rank (3 production … 0 example)
    struct RankedFact { DiscoveredFact fact; int rank; };
    std::vector<RankedFact> settingsEnv;
    // Environment-dependent settings facts to compare with deployEnv
    std::vector<DiscoveredFact> envFacts;

    DiscoveredFact &add(const QString &key, const QString &value, const QString &file, int line,
                        Confidence confidence = Confidence::High, const QString &note = {});
    // A fact from an evaluated Python value: environment-dependent when it is an Env.
    DiscoveredFact &addValue(const QString &key, const PyValue &v, const QString &value = {}, const QString &note = {});
    bool inProject(const QString &rel) const
    {
        return projectDir.isEmpty() || rel.startsWith(projectDir + QLatin1Char('/'));
    }
};

void scanDependencies(DiscoveryContext &ctx);
PyNamespace scanSettings(DiscoveryContext &ctx);
void scanCelery(DiscoveryContext &ctx, const PyNamespace &settings);
void scanProcesses(DiscoveryContext &ctx);
void scanTerraform(DiscoveryContext &ctx);
void proposeDesign(DiscoveryContext &ctx);

// Reads a web or Celery command line into a process description (role "" when it is neither).
DiscoveredProcess parseCommand(const QString &command);

} // namespace Infra
