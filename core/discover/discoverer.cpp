#include "discoverer.h"

#include "discoverycontext.h"
#include "io/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace Infra {

DiscoveredFact &DiscoveryContext::add(const QString &key, const QString &value, const QString &file, int line,
                                      Confidence confidence, const QString &note)
{
    DiscoveredFact f;
    f.key = key;
    f.value = value;
    f.file = file;
    f.line = line;
    f.confidence = confidence;
    f.note = note;
    result.facts.push_back(std::move(f));
    return result.facts.back();
}

DiscoveredFact &DiscoveryContext::addValue(const QString &key, const PyValue &v, const QString &value, const QString &note)
{
    QString shown = value;
    if (shown.isEmpty() && !v.isEnv())
        shown = v.display();
    Confidence c = v.uncertain ? Confidence::Medium : Confidence::High;
    if (v.kind == PyValue::Kind::Unknown || v.kind == PyValue::Kind::Call)
        c = Confidence::Low;
    DiscoveredFact &f = add(key, shown, v.file, v.line, c, note);
    if (v.isEnv()) {
        f.envVar = v.text;
        f.confidence = Confidence::Medium;
        if (const PyValue *def = v.envDefault()) {
            f.hasEnvDefault = true;
            f.envDefault = def->isStr() ? def->text : def->display();
        }
        if (v.envHint != QLatin1String("part"))
            envFacts.push_back(f);
    }
    return f;
}

namespace {

void chooseProject(DiscoveryContext &ctx)
{
    QStringList manages = ctx.tree.named(QStringLiteral("manage.py"));
    std::sort(manages.begin(), manages.end(), [](const QString &a, const QString &b) {
        const auto da = a.count(QLatin1Char('/')), db = b.count(QLatin1Char('/'));
        return da != db ? da < db : a < b;
    });
    for (const QString &m : manages) {
        const QString dir = m.contains(QLatin1Char('/')) ? m.section(QLatin1Char('/'), 0, -2) : QString();
        ctx.result.projects << (dir.isEmpty() ? QStringLiteral(".") : dir);
        ctx.add(QStringLiteral("django.project"), dir.isEmpty() ? QStringLiteral(".") : dir, m, 1);
    }
    QString wanted = ctx.options.project;
    if (wanted == QLatin1String("."))
        wanted.clear();
    if (!wanted.isEmpty() && !ctx.result.projects.contains(wanted))
        ctx.result.decisions << QStringLiteral("Project '%1' has no manage.py; the first project is used.").arg(wanted);
    if (!wanted.isEmpty() && ctx.result.projects.contains(wanted))
        ctx.projectDir = wanted;
    else if (!ctx.result.projects.isEmpty() && ctx.result.projects.first() != QLatin1String("."))
        ctx.projectDir = ctx.result.projects.first();
    // a manage.py at the top of src/ or one level down still sees the repository's root files
    ctx.result.project = ctx.projectDir.isEmpty() ? QStringLiteral(".") : ctx.projectDir;
}

void summarizeProcesses(DiscoveryContext &ctx)
{
    // the web server: a command in the most deployment-like file, else a dependency
    for (const DiscoveredProcess &p : ctx.processes)
        if (p.role == QLatin1String("web") && p.server != QLatin1String("runserver")) {
            ctx.server = p.server;
            ctx.asgi = p.asgi;
            ctx.webWorkers = p.workers;
            ctx.webPort = p.port;
            break;
        }
    if (ctx.server.isEmpty())
        for (const char *s : {"gunicorn", "uvicorn", "daphne", "granian", "uwsgi", "hypercorn"})
            if (const DiscoveredFact *f = ctx.result.first(QStringLiteral("dependency.") + QString::fromLatin1(s))) {
                ctx.server = QString::fromLatin1(s);
                ctx.asgi = ctx.server != QLatin1String("gunicorn") && ctx.server != QLatin1String("uwsgi");
                ctx.add(QStringLiteral("server"), ctx.server, f->file, f->line, Confidence::Low,
                        QStringLiteral("a dependency; no command starting it was found"));
                break;
            }
}

bool sameValue(const QString &a, const QString &b)
{
    return a.trimmed() == b.trimmed();
}

void findConflicts(DiscoveryContext &ctx)
{
    QStringList reported;
    for (const DiscoveredFact &f : ctx.envFacts) {
        const auto it = ctx.deployEnv.constFind(f.envVar);
        if (it == ctx.deployEnv.constEnd() || it->confidence == Confidence::Low) // examples are no deployment
            continue;
        if (!reported.contains(f.envVar)) {
            ctx.result.facts.push_back(it.value());
            reported << f.envVar;
        }
        if (!f.hasEnvDefault) {
            // no default: the deployment's value is the only one there is
            const QString service = urlService(it->value);
            if (!service.isEmpty() && f.key == QLatin1String("database.default.engine")
                && (ctx.dbEngine.isEmpty() || ctx.dbEngine == QLatin1String("sqlite3"))) {
                ctx.dbEngine = service;
                ctx.result.decisions << QStringLiteral("Database engine %1 from %2 as the deployment sets it (%3).")
                                            .arg(service, f.envVar, it->evidence());
            } else if (!service.isEmpty() && f.key == QLatin1String("celery.broker") && ctx.brokerService.isEmpty()) {
                ctx.brokerService = service;
            } else if (!service.isEmpty() && f.key == QLatin1String("celery.result_backend") && ctx.resultService.isEmpty()) {
                ctx.resultService = service;
            }
            continue;
        }
        if (sameValue(f.envDefault, it->value))
            continue;
        QString note = QStringLiteral("the deployment sets %1, so the settings' default does not apply there").arg(f.envVar);
        const QString a = urlService(f.envDefault), b = urlService(it->value);
        if (!a.isEmpty() && !b.isEmpty() && a != b)
            note = QStringLiteral("different services: %1 in the settings' default, %2 in the deployment").arg(a, b);
        ctx.result.conflicts.push_back({f.envVar, f, it.value(), note});
        // the design follows what the deployment sets
        if (!b.isEmpty() && a != b) {
            if (f.key == QLatin1String("celery.broker"))
                ctx.brokerService = b;
            else if (f.key == QLatin1String("celery.result_backend"))
                ctx.resultService = b;
            else if (f.key == QLatin1String("database.default.engine"))
                ctx.dbEngine = b;
            else if (f.key == QLatin1String("cache.default.backend"))
                ctx.cacheBackend = b;
            else
                continue;
            ctx.result.decisions << QStringLiteral("%1: the design follows the deployment's %2 (%3), not the settings' default %4 (%5).")
                                        .arg(factDescription(f.key), b, it->evidence(), a, f.evidence());
        }
    }
    // Celery concurrency: settings vs worker commands
    const std::vector<const DiscoveredFact *> conc = ctx.result.all(QStringLiteral("celery.concurrency"));
    for (size_t i = 0; i < conc.size(); ++i)
        for (size_t j = i + 1; j < conc.size(); ++j)
            if (conc[i]->value != conc[j]->value && conc[i]->note != conc[j]->note) {
                ctx.result.conflicts.push_back({QStringLiteral("celery.concurrency"), *conc[i], *conc[j],
                                                QStringLiteral("worker commands override the setting per worker")});
                break;
            }
    if (const auto it = ctx.deployEnv.constFind(QStringLiteral("DJANGO_SETTINGS_MODULE")); it != ctx.deployEnv.constEnd()
        && !reported.contains(QStringLiteral("DJANGO_SETTINGS_MODULE")))
        ctx.result.facts.push_back(it.value());
}

} // namespace

DiscoveryResult Discoverer::discover(const QString &root, const DiscoveryOptions &options)
{
    DiscoveryContext ctx(root, options);
    ctx.result.root = ctx.tree.root();
    chooseProject(ctx);
    scanDependencies(ctx);
    scanProcesses(ctx);
    const PyNamespace settings = scanSettings(ctx);
    scanCelery(ctx, settings);
    scanTerraform(ctx);
    summarizeProcesses(ctx);
    findConflicts(ctx);
    for (const FactKeyInfo &k : factKeys())
        if (k.expected && !ctx.result.has(QString::fromLatin1(k.key)))
            ctx.result.notFound << QString::fromLatin1(k.key);
    proposeDesign(ctx);
    for (const SkippedFile &s : ctx.tree.skipped())
        ctx.result.skipped.push_back(s);
    ctx.result.filesSeen = int(ctx.tree.files().size());
    ctx.result.filesRead = ctx.tree.filesRead();
    return std::move(ctx.result);
}

QString Discoverer::reportBasePath(const QString &designPath)
{
    QString base = designPath;
    for (const char *ext : {".infra.yaml", ".infra.yml", ".yaml", ".yml"})
        if (base.endsWith(QLatin1String(ext))) {
            base.chop(qsizetype(qstrlen(ext)));
            break;
        }
    return base + QStringLiteral(".discovery");
}

bool Discoverer::writeReports(const DiscoveryResult &result, const QString &designPath, QString *error)
{
    const QString base = reportBasePath(designPath);
    const std::pair<QString, QByteArray> files[] = {
        {base + QStringLiteral(".md"), result.toMarkdown().toUtf8()},
        {base + QStringLiteral(".json"), QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)}};
    for (const auto &[path, bytes] : files) {
        QString reason;
        if (!AtomicFile::write(path, bytes, &reason)) { // checked writes (issue 20)
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, reason);
            return false;
        }
    }
    return true;
}

} // namespace Infra
