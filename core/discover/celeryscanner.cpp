// Celery: the app and its configuration (settings namespace, config_from_object, conf.update,
// conf attributes), routes, queues named in decorators and calls, beat schedules.
#include "discoverycontext.h"

#include <QRegularExpression>

namespace Infra {

namespace {

struct ConfValue
{
    PyValue value;
    QString source; // "settings CELERY_BROKER_URL", "app.conf.update", …
};

// The Python module path of a file: folders with __init__.py above it.
QString modulePath(const RepositoryTree &tree, const QString &rel)
{
    QStringList parts{rel.section(QLatin1Char('/'), -1).chopped(3)};
    QString dir = rel.contains(QLatin1Char('/')) ? rel.section(QLatin1Char('/'), 0, -2) : QString();
    int guard = 0;
    while (!dir.isEmpty() && tree.contains(dir + QStringLiteral("/__init__.py")) && ++guard < 32) {
        parts.prepend(dir.section(QLatin1Char('/'), -1));
        dir = dir.contains(QLatin1Char('/')) ? dir.section(QLatin1Char('/'), 0, -2) : QString();
    }
    if (parts.last() == QLatin1String("__init__"))
        parts.removeLast();
    return parts.join(QLatin1Char('.'));
}

QString noSpace(QString s)
{
    for (const QChar c : std::as_const(s))
        if (c.isSpace()) {
            static const QRegularExpression space(QStringLiteral("\\s+"));
            return s.remove(space);
        }
    return s;
}

void addQueue(DiscoveryContext &ctx, const QString &queue)
{
    if (!queue.isEmpty() && !ctx.queues.contains(queue))
        ctx.queues << queue;
}

bool isTaskDecorator(const QString &callee)
{
    return callee == QLatin1String("shared_task") || callee == QLatin1String("task") || callee == QLatin1String("periodic_task")
        || callee.endsWith(QLatin1String(".task")) || callee.endsWith(QLatin1String(".shared_task"))
        || callee.endsWith(QLatin1String(".periodic_task"));
}

const QStringList &confKeys()
{
    static const QStringList keys = {QStringLiteral("broker_url"), QStringLiteral("result_backend"),
                                     QStringLiteral("task_routes"), QStringLiteral("task_queues"),
                                     QStringLiteral("beat_schedule"), QStringLiteral("worker_concurrency"),
                                     QStringLiteral("task_time_limit"), QStringLiteral("task_soft_time_limit"),
                                     QStringLiteral("task_default_queue"), QStringLiteral("beat_scheduler")};
    return keys;
}

// Pre-4.0 setting names (no namespace) for the same keys.
QString oldName(const QString &key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("broker_url"), QStringLiteral("BROKER_URL")},
        {QStringLiteral("result_backend"), QStringLiteral("CELERY_RESULT_BACKEND")},
        {QStringLiteral("task_routes"), QStringLiteral("CELERY_ROUTES")},
        {QStringLiteral("task_queues"), QStringLiteral("CELERY_QUEUES")},
        {QStringLiteral("beat_schedule"), QStringLiteral("CELERYBEAT_SCHEDULE")},
        {QStringLiteral("worker_concurrency"), QStringLiteral("CELERYD_CONCURRENCY")},
        {QStringLiteral("task_time_limit"), QStringLiteral("CELERYD_TASK_TIME_LIMIT")},
        {QStringLiteral("task_soft_time_limit"), QStringLiteral("CELERYD_TASK_SOFT_TIME_LIMIT")},
        {QStringLiteral("task_default_queue"), QStringLiteral("CELERY_DEFAULT_QUEUE")},
        {QStringLiteral("beat_scheduler"), QStringLiteral("CELERYBEAT_SCHEDULER")}};
    return names.value(key);
}

// Tests, fixtures and tool folders (.semgrep, .github…) declare tasks that are not the app's.
bool isTestOrTooling(const QString &rel)
{
    const QStringList parts = rel.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString &p = parts.at(i);
        if (p.startsWith(QLatin1Char('.')) || p == QLatin1String("tests") || p == QLatin1String("test")
            || p == QLatin1String("testing") || p == QLatin1String("__tests__") || p == QLatin1String("fixtures"))
            return true;
    }
    const QString base = parts.last();
    return base.startsWith(QLatin1String("test_")) || base.endsWith(QLatin1String("_test.py")) || base == QLatin1String("conftest.py");
}

class CeleryScanner
{
public:
    CeleryScanner(DiscoveryContext &ctx, const PyNamespace &settings) : m_ctx(ctx), m_settings(settings) {}
    void run();

private:
    void scanFile(const QString &rel);
    void setConf(const QString &key, const PyValue &v, const QString &source);
    void applyConf();
    void routes(const PyValue &v);
    void beat(const PyValue &v, const PyNamespace &ns, const QString &how);

    DiscoveryContext &m_ctx;
    const PyNamespace &m_settings;
    QHash<QString, ConfValue> m_conf;
    QString m_namespace;
    bool m_namespaceSeen = false;
    bool m_appFound = false;
    int m_tasks = 0;
    // namespaces of scanned files, kept for beat functions
    std::vector<std::unique_ptr<PyNamespace>> m_fileNs;
};

void CeleryScanner::setConf(const QString &key, const PyValue &v, const QString &source)
{
    QString k = key;
    if (k == QLatin1String("broker"))
        k = QStringLiteral("broker_url");
    if (k == QLatin1String("backend"))
        k = QStringLiteral("result_backend");
    if (confKeys().contains(k))
        m_conf.insert(k, {v, source});
}

void CeleryScanner::scanFile(const QString &rel)
{
    const PythonSource *src = m_ctx.sources.get(rel);
    if (!src)
        return;
    auto nsOwner = std::make_unique<PyNamespace>();
    PyNamespace &ns = *nsOwner;
    m_ctx.exec.execBlock(*src, src->root(), ns, 0, false);
    const QString module = modulePath(m_ctx.tree, rel);
    PythonSource::walk(src->root(), [&](TSNode n) {
        const std::string_view t = PythonSource::type(n);
        if (t == "call") {
            const QString callee = noSpace(src->text(PythonSource::field(n, "function")));
            if (callee == QLatin1String("Celery") || callee == QLatin1String("celery.Celery")) {
                const PyValue call = m_ctx.exec.eval(*src, n, ns);
                const PyValue *main = call.arg(0) ? call.arg(0) : call.get(QStringLiteral("main"));
                m_ctx.celeryApp = main && main->isStr() ? main->text : QString();
                m_ctx.add(QStringLiteral("celery.app"), m_ctx.celeryApp.isEmpty() ? QStringLiteral("(unnamed)") : m_ctx.celeryApp,
                          rel, PythonSource::line(n));
                m_appFound = true;
                if (const PyValue *b = call.get(QStringLiteral("broker")))
                    setConf(QStringLiteral("broker_url"), *b, QStringLiteral("Celery(broker=…)"));
                if (const PyValue *b = call.get(QStringLiteral("backend")))
                    setConf(QStringLiteral("result_backend"), *b, QStringLiteral("Celery(backend=…)"));
            } else if (callee.endsWith(QLatin1String(".config_from_object"))) {
                const PyValue call = m_ctx.exec.eval(*src, n, ns);
                const PyValue *ns_ = call.get(QStringLiteral("namespace"));
                const PyValue *obj = call.arg(0);
                if (ns_ && ns_->isStr()) {
                    m_namespace = ns_->text;
                    m_namespaceSeen = true;
                    m_ctx.add(QStringLiteral("celery.namespace"), m_namespace, rel, PythonSource::line(n));
                } else if (obj && obj->isStr() && obj->text.startsWith(QLatin1String("django.conf"))) {
                    m_namespaceSeen = true; // old-style names without a namespace
                    m_ctx.add(QStringLiteral("celery.namespace"), QStringLiteral("(none: Django settings without namespace)"), rel,
                              PythonSource::line(n), Confidence::High);
                }
                if (obj && obj->isStr() && !obj->text.startsWith(QLatin1String("django.conf"))) {
                    // a configuration module with lowercase names
                    const QString file = m_ctx.tree.moduleFile(obj->text, m_ctx.projectDir);
                    if (!file.isEmpty()) {
                        PyNamespace confNs;
                        m_ctx.exec.execFile(file, confNs);
                        m_ctx.add(QStringLiteral("celery.config_module"), obj->text, rel, PythonSource::line(n));
                        for (const QString &k : confKeys())
                            if (confNs.names.contains(k))
                                setConf(k, confNs.names.value(k), obj->text);
                        for (const char *k : {"broker", "backend"})
                            if (confNs.names.contains(QString::fromLatin1(k)))
                                setConf(QString::fromLatin1(k), confNs.names.value(QString::fromLatin1(k)), obj->text);
                    }
                }
            } else if (callee.endsWith(QLatin1String(".conf.update"))) {
                const PyValue call = m_ctx.exec.eval(*src, n, ns);
                const QString how = QStringLiteral("conf.update");
                if (const PyValue *d = call.arg(0); d && d->kind == PyValue::Kind::Dict)
                    for (qsizetype i = 0; i < d->keys.size(); ++i)
                        setConf(d->keys.at(i), d->items[size_t(i)], how);
                for (qsizetype i = 0; i < call.keys.size(); ++i)
                    if (!call.keys.at(i).isEmpty())
                        setConf(call.keys.at(i), call.items[size_t(i)], how);
            } else if (callee.endsWith(QLatin1String(".apply_async")) || callee.endsWith(QLatin1String(".set"))
                       || callee.endsWith(QLatin1String(".signature")) || callee.endsWith(QLatin1String("send_task"))
                       || callee.endsWith(QLatin1String(".si")) || callee.endsWith(QLatin1String(".s"))) {
                const PyValue call = m_ctx.exec.eval(*src, n, ns);
                const PyValue *q = call.get(QStringLiteral("queue"));
                if (!q)
                    if (const PyValue *opts = call.get(QStringLiteral("options")))
                        q = opts->get(QStringLiteral("queue"));
                if (q && !q->effectiveString().isEmpty()) {
                    addQueue(m_ctx, q->effectiveString());
                    m_ctx.addValue(QStringLiteral("celery.queue"), *q, q->effectiveString(),
                                   QStringLiteral("%1(queue=…)").arg(callee.section(QLatin1Char('.'), -1)));
                }
            } else if (callee.endsWith(QLatin1String(".add_periodic_task"))) {
                const PyValue call = m_ctx.exec.eval(*src, n, ns);
                const PyValue *name = call.get(QStringLiteral("name"));
                const PyValue *sig = call.arg(1);
                m_ctx.add(QStringLiteral("celery.beat.entry"),
                          name && name->isStr() ? name->text : sig ? sig->display() : QStringLiteral("(periodic task)"), rel,
                          PythonSource::line(n), Confidence::High, QStringLiteral("add_periodic_task"));
                ++m_ctx.beatEntries;
            }
        } else if (t == "assignment") {
            const QString left = noSpace(src->text(PythonSource::field(n, "left")));
            static const QRegularExpression confAttr(QStringLiteral("^\\w+\\.conf\\.(\\w+)$"));
            if (const QRegularExpressionMatch m = confAttr.match(left); m.hasMatch()) {
                PyValue v = m_ctx.exec.eval(*src, PythonSource::field(n, "right"), ns);
                v.file = rel;
                v.line = PythonSource::line(n);
                setConf(m.captured(1), v, QStringLiteral("conf.%1").arg(m.captured(1)));
            }
        } else if (t == "decorated_definition") {
            const TSNode def = PythonSource::field(n, "definition");
            if (!PythonSource::is(def, "function_definition"))
                return true;
            const uint32_t c = ts_node_named_child_count(n);
            for (uint32_t i = 0; i < c; ++i) {
                const TSNode dec = ts_node_named_child(n, i);
                if (!PythonSource::is(dec, "decorator"))
                    continue;
                const TSNode e = ts_node_named_child(dec, 0);
                const bool isCall = PythonSource::is(e, "call");
                const QString callee = src->text(isCall ? PythonSource::field(e, "function") : e);
                if (!isTaskDecorator(callee))
                    continue;
                ++m_tasks;
                const QString fn = src->text(PythonSource::field(def, "name"));
                QString task = module.isEmpty() ? fn : module + QLatin1Char('.') + fn;
                if (!isCall) {
                    m_ctx.add(QStringLiteral("celery.task"), task, rel, PythonSource::line(dec));
                    m_ctx.tasksWithoutQueue << task;
                    continue;
                }
                const PyValue call = m_ctx.exec.eval(*src, e, ns);
                if (const PyValue *name = call.get(QStringLiteral("name")); name && name->isStr())
                    task = name->text;
                const PyValue *q = call.get(QStringLiteral("queue"));
                DiscoveredFact &f = m_ctx.add(QStringLiteral("celery.task"), task, rel, PythonSource::line(dec));
                if (!q || q->effectiveString().isEmpty())
                    m_ctx.tasksWithoutQueue << task;
                if (q && !q->effectiveString().isEmpty()) {
                    f.note = QStringLiteral("queue %1").arg(q->effectiveString());
                    addQueue(m_ctx, q->effectiveString());
                    m_ctx.addValue(QStringLiteral("celery.queue"), *q, q->effectiveString(),
                                   QStringLiteral("@%1(queue=…) on %2").arg(callee, task));
                    m_ctx.routes.append({task, q->effectiveString()});
                    m_ctx.add(QStringLiteral("celery.route"), task + QStringLiteral(" → ") + q->effectiveString(), rel,
                              PythonSource::line(dec), Confidence::High, QStringLiteral("from the task's decorator"));
                }
                for (const char *k : {"time_limit", "soft_time_limit"})
                    if (const PyValue *v = call.get(QString::fromLatin1(k)))
                        m_ctx.addValue(QStringLiteral("celery.") + QString::fromLatin1(k), *v, v->display(),
                                       QStringLiteral("task %1").arg(task));
            }
        }
        return true;
    });
    m_fileNs.push_back(std::move(nsOwner));
}

void CeleryScanner::routes(const PyValue &v)
{
    auto route = [&](const QString &pattern, const PyValue &target) {
        QString queue;
        if (target.isStr())
            queue = target.text;
        else if (const PyValue *q = target.get(QStringLiteral("queue")))
            queue = q->effectiveString();
        if (queue.isEmpty())
            return;
        m_ctx.routes.append({pattern, queue});
        addQueue(m_ctx, queue);
        m_ctx.add(QStringLiteral("celery.route"), pattern + QStringLiteral(" → ") + queue, target.file.isEmpty() ? v.file : target.file,
                  target.line ? target.line : v.line);
    };
    if (v.kind == PyValue::Kind::Dict) {
        for (qsizetype i = 0; i < v.keys.size(); ++i)
            route(v.keys.at(i), v.items[size_t(i)]);
    } else if (v.kind == PyValue::Kind::List) {
        for (const PyValue &item : v.items)
            if (item.kind == PyValue::Kind::Dict)
                routes(item);
            else if (item.kind == PyValue::Kind::List && item.items.size() == 2 && item.items[0].isStr())
                route(item.items[0].text, item.items[1]);
    } else {
        m_ctx.add(QStringLiteral("celery.route"), v.display(), v.file, v.line, Confidence::Low,
                  QStringLiteral("routes computed by code: not evaluated"));
    }
}

void CeleryScanner::beat(const PyValue &v, const PyNamespace &ns, const QString &how)
{
    PyValue schedule = v;
    QString note = how;
    if (v.kind == PyValue::Kind::Call || v.kind == PyValue::Kind::Unknown) {
        // built by a function: follow its body and take what it returns
        const QString fn = v.text;
        PyValue built;
        for (const auto &owner : m_fileNs)
            if (owner->functions.contains(fn)) {
                built = m_ctx.exec.callFunction(fn, *owner);
                break;
            }
        if (built.kind == PyValue::Kind::Unknown && m_settings.functions.contains(fn))
            built = m_ctx.exec.callFunction(fn, m_settings);
        if (built.kind == PyValue::Kind::Unknown && ns.functions.contains(fn))
            built = m_ctx.exec.callFunction(fn, ns);
        if (built.kind == PyValue::Kind::Dict) {
            schedule = built;
            note = QStringLiteral("built by %1() at %2:%3").arg(fn, v.file).arg(v.line);
        }
    }
    if (schedule.kind != PyValue::Kind::Dict) {
        m_ctx.add(QStringLiteral("celery.beat.entry"), v.display(), v.file, v.line, Confidence::Low,
                  QStringLiteral("schedule computed by code: not evaluated"));
        ++m_ctx.beatEntries;
        return;
    }
    for (qsizetype i = 0; i < schedule.keys.size(); ++i) {
        const PyValue &entry = schedule.items[size_t(i)];
        QString value = schedule.keys.at(i);
        if (const PyValue *task = entry.get(QStringLiteral("task")); task && task->isStr())
            value += QStringLiteral(" → ") + task->text;
        m_ctx.add(QStringLiteral("celery.beat.entry"), value, entry.file.isEmpty() ? schedule.file : entry.file,
                  entry.line ? entry.line : schedule.line, Confidence::High, note);
        ++m_ctx.beatEntries;
        if (const PyValue *opts = entry.get(QStringLiteral("options")))
            if (const PyValue *q = opts->get(QStringLiteral("queue")))
                addQueue(m_ctx, q->effectiveString());
    }
}

void CeleryScanner::applyConf()
{
    // Django settings: namespaced names (CELERY_BROKER_URL) or the old names (BROKER_URL)
    const QString prefix = m_namespace.isEmpty() ? QString() : m_namespace + QLatin1Char('_');
    for (const QString &k : confKeys()) {
        if (m_conf.contains(k))
            continue;
        QStringList names;
        if (!prefix.isEmpty())
            names << prefix + k.toUpper();
        if (!m_namespaceSeen || m_namespace.isEmpty())
            names << QStringLiteral("CELERY_") + k.toUpper() << oldName(k);
        for (const QString &name : names)
            if (m_settings.names.contains(name)) {
                m_conf.insert(k, {m_settings.names.value(name), QStringLiteral("settings %1").arg(name)});
                break;
            }
    }
    auto note = [&](const QString &k) { return m_conf.value(k).source; };
    if (m_conf.contains(QStringLiteral("broker_url"))) {
        const PyValue &v = m_conf[QStringLiteral("broker_url")].value;
        m_ctx.brokerService = urlService(v.effectiveString());
        m_ctx.addValue(QStringLiteral("celery.broker"), v, v.isEnv() ? QString() : v.effectiveString(), note(QStringLiteral("broker_url")));
    }
    if (m_conf.contains(QStringLiteral("result_backend"))) {
        const PyValue &v = m_conf[QStringLiteral("result_backend")].value;
        const QString s = v.effectiveString();
        m_ctx.resultService = s.startsWith(QLatin1String("django-db")) ? QStringLiteral("database")
            : s.startsWith(QLatin1String("django-cache"))               ? QStringLiteral("cache")
                                                                        : urlService(s);
        m_ctx.addValue(QStringLiteral("celery.result_backend"), v, v.isEnv() ? QString() : s, note(QStringLiteral("result_backend")));
    }
    if (m_conf.contains(QStringLiteral("task_default_queue"))) {
        const PyValue &v = m_conf[QStringLiteral("task_default_queue")].value;
        m_ctx.defaultQueue = v.effectiveString();
        m_ctx.addValue(QStringLiteral("celery.default_queue"), v, v.effectiveString(), note(QStringLiteral("task_default_queue")));
    }
    if (m_conf.contains(QStringLiteral("task_routes")))
        routes(m_conf[QStringLiteral("task_routes")].value);
    if (m_conf.contains(QStringLiteral("task_queues"))) {
        const PyValue &v = m_conf[QStringLiteral("task_queues")].value;
        std::vector<PyValue> items = v.items;
        if (v.kind == PyValue::Kind::Dict)
            for (qsizetype i = 0; i < v.keys.size(); ++i)
                items[size_t(i)] = PyValue::string(v.keys.at(i), v.items[size_t(i)].file, v.items[size_t(i)].line);
        for (const PyValue &q : items) {
            QString name = q.isStr() ? q.text : QString();
            if (q.kind == PyValue::Kind::Call) {
                const PyValue *a = q.arg(0) ? q.arg(0) : q.get(QStringLiteral("name"));
                name = a ? a->effectiveString() : QString();
            }
            if (name.isEmpty())
                continue;
            addQueue(m_ctx, name);
            m_ctx.add(QStringLiteral("celery.queue"), name, q.file.isEmpty() ? v.file : q.file, q.line ? q.line : v.line,
                      Confidence::High, QStringLiteral("task_queues"));
        }
    }
    if (m_conf.contains(QStringLiteral("beat_schedule"))) {
        const PyValue v = m_conf[QStringLiteral("beat_schedule")].value;
        beat(v, m_settings, note(QStringLiteral("beat_schedule")));
    }
    if (m_conf.contains(QStringLiteral("beat_scheduler"))) {
        const PyValue &v = m_conf[QStringLiteral("beat_scheduler")].value;
        m_ctx.databaseScheduler = v.effectiveString().contains(QLatin1String("DatabaseScheduler"));
        m_ctx.addValue(QStringLiteral("celery.beat.scheduler"), v, v.effectiveString(), note(QStringLiteral("beat_scheduler")));
    }
    if (m_conf.contains(QStringLiteral("worker_concurrency"))) {
        const PyValue &v = m_conf[QStringLiteral("worker_concurrency")].value;
        m_ctx.concurrency = v.effectiveString().toInt();
        m_ctx.addValue(QStringLiteral("celery.concurrency"), v, v.effectiveString(), note(QStringLiteral("worker_concurrency")));
    }
    for (const char *k : {"task_time_limit", "task_soft_time_limit"}) {
        const QString key = QString::fromLatin1(k);
        if (m_conf.contains(key)) {
            const PyValue &v = m_conf[key].value;
            m_ctx.addValue(QStringLiteral("celery.") + key.mid(5), v, v.effectiveString(), note(key));
        }
    }
}

void CeleryScanner::run()
{
    static const QByteArrayList markers = {"celery", "Celery", "shared_task", ".task(", "apply_async", "add_periodic_task",
                                           "queue=", "@task", ".task\n", "send_task"};
    for (const QString &rel : m_ctx.tree.files()) {
        if (!rel.endsWith(QLatin1String(".py")) || !m_ctx.inProject(rel) || isTestOrTooling(rel))
            continue;
        const std::optional<QByteArray> data = m_ctx.tree.read(rel);
        if (!data)
            continue;
        bool hit = false;
        for (const QByteArray &m : markers)
            if (data->contains(m)) {
                hit = true;
                break;
            }
        if (hit)
            scanFile(rel);
    }
    applyConf();
    // INSTALLED_APPS with django_celery_beat: the database scheduler is available
    if (!m_conf.contains(QStringLiteral("beat_scheduler")))
        if (const auto apps = m_settings.names.constFind(QStringLiteral("INSTALLED_APPS")); apps != m_settings.names.constEnd())
            for (const PyValue &app : apps->items)
                if (app.isStr() && app.text == QLatin1String("django_celery_beat")) {
                    m_ctx.add(QStringLiteral("celery.beat.scheduler"), QStringLiteral("django_celery_beat installed"), app.file.isEmpty() ? apps->file : app.file,
                              app.line ? app.line : apps->line, Confidence::Medium,
                              QStringLiteral("the database scheduler is available; schedules may live in the database"));
                    m_ctx.databaseScheduler = true;
                }
    m_ctx.celery = m_appFound || m_conf.contains(QStringLiteral("broker_url")) || m_tasks > 0;
}

} // namespace

void scanCelery(DiscoveryContext &ctx, const PyNamespace &settings)
{
    CeleryScanner(ctx, settings).run();
}

} // namespace Infra
