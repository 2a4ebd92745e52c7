// Processes: Procfiles, Dockerfiles, compose files, shell start scripts and supervisord
// programs; the web server and Celery commands with their options; extra services by image;
// the environment the deployment sets.
#include "discoverycontext.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Infra {

namespace {

QStringList shellSplit(const QString &command)
{
    QStringList out;
    QString cur;
    QChar quote;
    bool has = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                cur += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            has = true;
        } else if (c.isSpace()) {
            if (has || !cur.isEmpty())
                out << cur;
            cur.clear();
            has = false;
        } else {
            cur += c;
        }
    }
    if (has || !cur.isEmpty())
        out << cur;
    return out;
}

// "4", "${WORKERS:-4}", "$WORKERS" → 4 (the default when the value is read from the environment)
int intOf(const QString &token)
{
    static const QRegularExpression env(QStringLiteral("^\\$\\{?\\w+(?::?-([0-9]+))?\\}?$"));
    if (const QRegularExpressionMatch m = env.match(token); m.hasMatch())
        return m.captured(1).toInt();
    return token.toInt();
}

int portOf(const QString &bind)
{
    // "0.0.0.0:8000", ":8000", "0.0.0.0:${PORT:-8000}", "unix:/run/app.sock" (no port)
    static const QRegularExpression port(QStringLiteral(":(\\$\\{?\\w+(?::?-[0-9]+)?\\}?|[0-9]+)$"));
    const QRegularExpressionMatch m = port.match(bind);
    return m.hasMatch() ? intOf(m.captured(1)) : 0;
}

// The value of an option in "-w 4", "-w4", "--workers 4", "--workers=4" forms.
QString option(const QStringList &t, qsizetype &i, const QStringList &shortNames, const QStringList &longNames, bool *found)
{
    const QString &a = t.at(i);
    for (const QString &l : longNames) {
        if (a == l && i + 1 < t.size()) {
            *found = true;
            return t.at(++i);
        }
        if (a.startsWith(l + QLatin1Char('='))) {
            *found = true;
            return a.mid(l.size() + 1);
        }
    }
    for (const QString &s : shortNames) {
        if (a == s && i + 1 < t.size()) {
            *found = true;
            return t.at(++i);
        }
        if (a.startsWith(s) && a.size() > s.size() && !a.startsWith(QLatin1String("--"))) {
            *found = true;
            return a.mid(s.size());
        }
    }
    *found = false;
    return {};
}

} // namespace

DiscoveredProcess parseCommand(const QString &commandLine)
{
    DiscoveredProcess p;
    p.command = commandLine.simplified();
    // one command of "a && b; c": the first that is a server or Celery
    static const QRegularExpression separators(QStringLiteral("&&|;|\\|\\||\\|"));
    const QStringList segments = commandLine.split(separators);
    for (const QString &segment : segments) {
        QStringList t = shellSplit(segment);
        // wrappers: exec, env assignments, python -m, poetry/pipenv/uv run, tracing launchers
        static const QStringList wrappers = {QStringLiteral("exec"), QStringLiteral("poetry"), QStringLiteral("pipenv"),
                                             QStringLiteral("uv"), QStringLiteral("run"), QStringLiteral("ddtrace-run"),
                                             QStringLiteral("newrelic-admin"), QStringLiteral("run-program"),
                                             QStringLiteral("opentelemetry-instrument"), QStringLiteral("env"),
                                             QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("-c"),
                                             QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash"), QStringLiteral("dumb-init"),
                                             QStringLiteral("tini"), QStringLiteral("--"), QStringLiteral("-m")};
        while (!t.isEmpty()) {
            const QString head = t.first();
            const QString base = head.section(QLatin1Char('/'), -1);
            if (wrappers.contains(head) || base.startsWith(QLatin1String("python")) || head.contains(QLatin1Char('='))
                || head == QLatin1String("run"))
                t.removeFirst();
            else
                break;
        }
        if (t.isEmpty())
            continue;
        // sh -c "gunicorn …": the quoted string is one token
        if (t.size() == 1 && t.first().contains(QLatin1Char(' '))) {
            DiscoveredProcess inner = parseCommand(t.first());
            if (!inner.role.isEmpty()) {
                inner.command = p.command;
                return inner;
            }
            continue;
        }
        const QString prog = t.first().section(QLatin1Char('/'), -1);
        bool found = false;
        if (prog == QLatin1String("gunicorn") || prog == QLatin1String("uvicorn") || prog == QLatin1String("daphne")
            || prog == QLatin1String("granian") || prog == QLatin1String("uwsgi") || prog == QLatin1String("hypercorn")) {
            p.role = QStringLiteral("web");
            p.server = prog;
            p.asgi = prog != QLatin1String("gunicorn") && prog != QLatin1String("uwsgi");
            for (qsizetype i = 1; i < t.size(); ++i) {
                QString v = option(t, i, {QStringLiteral("-w")}, {QStringLiteral("--workers"), QStringLiteral("--processes")}, &found);
                if (found) {
                    p.workers = intOf(v);
                    continue;
                }
                if (prog == QLatin1String("uwsgi") && t.at(i) == QLatin1String("-p") && i + 1 < t.size()) {
                    p.workers = intOf(t.at(++i));
                    continue;
                }
                v = option(t, i, {QStringLiteral("-b")}, {QStringLiteral("--bind"), QStringLiteral("--http"), QStringLiteral("--http-socket")}, &found);
                if (found) {
                    p.port = portOf(v);
                    continue;
                }
                v = option(t, i, {}, {QStringLiteral("--port")}, &found);
                if (!found && prog == QLatin1String("daphne"))
                    v = option(t, i, {QStringLiteral("-p")}, {}, &found);
                if (found) {
                    p.port = intOf(v);
                    continue;
                }
                v = option(t, i, {QStringLiteral("-k")}, {QStringLiteral("--worker-class"), QStringLiteral("--interface")}, &found);
                if (found) {
                    if (v.contains(QLatin1String("Uvicorn"), Qt::CaseInsensitive) || v.startsWith(QLatin1String("asgi")))
                        p.asgi = true;
                    if (v == QLatin1String("wsgi"))
                        p.asgi = false;
                }
            }
            return p;
        }
        const bool manage = prog == QLatin1String("manage.py") || prog == QLatin1String("django-admin");
        if (manage && t.size() > 1 && (t.at(1) == QLatin1String("runserver") || t.at(1) == QLatin1String("runserver_plus"))) {
            p.role = QStringLiteral("web");
            p.server = QStringLiteral("runserver");
            if (t.size() > 2)
                p.port = portOf(t.at(2));
            return p;
        }
        if (prog == QLatin1String("celery")) {
            const bool worker = t.contains(QStringLiteral("worker"));
            const bool beat = t.contains(QStringLiteral("beat"));
            p.role = worker ? QStringLiteral("worker") : beat ? QStringLiteral("beat") : QStringLiteral("other");
            for (qsizetype i = 1; i < t.size(); ++i) {
                QString v = option(t, i, {QStringLiteral("-Q")}, {QStringLiteral("--queues")}, &found);
                if (found) {
                    for (const QString &q : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                        p.queues << q.trimmed();
                    continue;
                }
                v = option(t, i, {QStringLiteral("-c")}, {QStringLiteral("--concurrency")}, &found);
                if (found) {
                    p.workers = intOf(v);
                    continue;
                }
                v = option(t, i, {QStringLiteral("-P")}, {QStringLiteral("--pool")}, &found);
                if (found) {
                    p.pool = v;
                    continue;
                }
                v = option(t, i, {}, {QStringLiteral("--max-tasks-per-child"), QStringLiteral("--maxtasksperchild")}, &found);
                if (found) {
                    p.maxTasksPerChild = intOf(v);
                    continue;
                }
                v = option(t, i, {QStringLiteral("-S")}, {QStringLiteral("--scheduler")}, &found);
                if (found) {
                    p.scheduler = v;
                    continue;
                }
                if (t.at(i) == QLatin1String("-B") || t.at(i) == QLatin1String("--beat"))
                    p.embeddedBeat = true;
            }
            return p;
        }
    }
    return p;
}

namespace {

// How much a file speaks for the deployed system: production files and Dockerfiles first,
// development, test, CI and hidden tool folders (.devcontainer) after, examples last.
int fileRank(const QString &rel)
{
    const QString l = rel.toLower();
    static const QRegularExpression example(QStringLiteral("example|sample|template"));
    if (example.match(l).hasMatch())
        return 0;
    if (l.contains(QLatin1String("prod")))
        return 3;
    static const QRegularExpression dev(QStringLiteral("(^|[/._-])(dev|devel|develop|development|local|test|tests|testing|ci|e2e)([/._-]|$)"));
    if (dev.match(l).hasMatch() || l.startsWith(QLatin1Char('.')) || l.contains(QLatin1String("/.")))
        return rel.section(QLatin1Char('/'), -1).startsWith(QLatin1String(".env")) && !l.contains(QLatin1String("/.")) ? 2 : 1;
    if (l.section(QLatin1Char('/'), -1).startsWith(QLatin1String("dockerfile")))
        return 3;
    return 2;
}

class ProcessScanner
{
public:
    explicit ProcessScanner(DiscoveryContext &ctx) : m_ctx(ctx) {}
    void run();

private:
    void command(const QString &cmd, const QString &file, int line, const QString &name);
    void setEnv(const QString &var, const QString &value, const QString &file, int line);
    void procfile(const QString &rel);
    void dockerfile(const QString &rel);
    void compose(const QString &rel);
    void script(const QString &rel);
    void envFile(const QString &rel);
    void uwsgiIni(DiscoveredProcess &p);

    DiscoveryContext &m_ctx;
    QHash<QString, int> m_envRank;
};

void ProcessScanner::setEnv(const QString &var, const QString &value, const QString &file, int line)
{
    const int rank = fileRank(file);
    if (var == QLatin1String("DJANGO_SETTINGS_MODULE") || var == QLatin1String("DJANGO_CONFIGURATION")) {
        DiscoveredFact c;
        c.key = var;
        c.value = value;
        c.file = file;
        c.line = line;
        m_ctx.settingsEnv.push_back({c, rank});
    }
    if (m_envRank.contains(var) && m_envRank.value(var) > rank)
        return;
    m_envRank.insert(var, rank);
    DiscoveredFact f;
    f.key = QStringLiteral("environment.") + var;
    f.value = value;
    f.file = file;
    f.line = line;
    f.confidence = rank >= 2 ? Confidence::High : rank == 1 ? Confidence::Medium : Confidence::Low;
    m_ctx.deployEnv.insert(var, f);
}

void ProcessScanner::command(const QString &cmd, const QString &file, int line, const QString &name)
{
    DiscoveredProcess p = parseCommand(cmd);
    if (p.role.isEmpty())
        return;
    p.file = file;
    p.line = line;
    p.name = name;
    if (p.server == QLatin1String("uwsgi") && (!p.workers || !p.port))
        uwsgiIni(p);
    const Confidence conf = fileRank(file) >= 2 ? Confidence::High : Confidence::Medium;
    if (p.role == QLatin1String("web")) {
        QStringList notes;
        if (p.workers)
            notes << QStringLiteral("%1 workers").arg(p.workers);
        if (p.port)
            notes << QStringLiteral("port %1").arg(p.port);
        if (p.asgi)
            notes << QStringLiteral("ASGI");
        if (!name.isEmpty())
            notes.prepend(name);
        m_ctx.add(QStringLiteral("process.web"), p.command, file, line, conf, notes.join(QStringLiteral(", ")));
        m_ctx.add(QStringLiteral("server"), p.server, file, line, conf, QStringLiteral("from the web command"));
    } else if (p.role == QLatin1String("worker")) {
        QStringList notes;
        notes << (p.queues.isEmpty() ? QStringLiteral("no -Q (default queue)") : QStringLiteral("queues ") + p.queues.join(QLatin1Char(',')));
        if (p.workers)
            notes << QStringLiteral("concurrency %1").arg(p.workers);
        if (p.embeddedBeat)
            notes << QStringLiteral("embedded beat (-B)");
        if (!name.isEmpty())
            notes.prepend(name);
        m_ctx.add(QStringLiteral("process.worker"), p.command, file, line, conf, notes.join(QStringLiteral(", ")));
        for (const QString &q : p.queues) {
            if (!m_ctx.queues.contains(q))
                m_ctx.queues << q;
            m_ctx.add(QStringLiteral("celery.queue"), q, file, line, conf, QStringLiteral("-Q of a worker command"));
        }
        if (p.workers)
            m_ctx.add(QStringLiteral("celery.concurrency"), QString::number(p.workers), file, line, conf,
                      QStringLiteral("-c of a worker command"));
        if (p.embeddedBeat)
            m_ctx.add(QStringLiteral("process.beat"), p.command, file, line, conf, QStringLiteral("embedded in a worker (-B)"));
    } else if (p.role == QLatin1String("beat")) {
        m_ctx.add(QStringLiteral("process.beat"), p.command, file, line, conf, name);
        if (!p.scheduler.isEmpty()) {
            m_ctx.add(QStringLiteral("celery.beat.scheduler"), p.scheduler, file, line, conf, QStringLiteral("-S of the beat command"));
            if (p.scheduler.contains(QLatin1String("DatabaseScheduler")) || p.scheduler == QLatin1String("django"))
                m_ctx.databaseScheduler = true;
        }
    } else {
        m_ctx.add(QStringLiteral("process.other"), p.command, file, line, conf, name);
    }
    m_ctx.processes.push_back(p);
}

// `uwsgi /code/etc/uwsgi.ini` or `--ini x.ini`: processes and http port from the ini file,
// found by its path inside the repository (a container path's tail).
void ProcessScanner::uwsgiIni(DiscoveredProcess &p)
{
    const QStringList tokens = shellSplit(p.command);
    for (const QString &t : tokens) {
        if (!t.endsWith(QLatin1String(".ini")))
            continue;
        QString found;
        const QStringList parts = t.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < parts.size() && found.isEmpty(); ++i) {
            const QString tail = parts.mid(i).join(QLatin1Char('/'));
            for (const QString &f : m_ctx.tree.named(parts.last()))
                if (f == tail || f.endsWith(QLatin1Char('/') + tail)) {
                    found = f;
                    break;
                }
        }
        if (found.isEmpty())
            continue;
        const std::optional<QByteArray> data = m_ctx.tree.read(found);
        if (!data)
            continue;
        const QStringList lines = QString::fromUtf8(*data).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString key = lines.at(i).section(QLatin1Char('='), 0, 0).trimmed();
            const QString value = lines.at(i).section(QLatin1Char('='), 1).trimmed();
            if (!p.workers && (key == QLatin1String("processes") || key == QLatin1String("workers"))) {
                p.workers = intOf(value);
                m_ctx.add(QStringLiteral("process.web.workers"), value, found, int(i) + 1, Confidence::High,
                          QStringLiteral("uWSGI ini of %1:%2").arg(p.file).arg(p.line));
            } else if (!p.port && (key == QLatin1String("http") || key == QLatin1String("http-socket"))) {
                p.port = portOf(value);
                m_ctx.add(QStringLiteral("process.web.port"), value, found, int(i) + 1, Confidence::High,
                          QStringLiteral("uWSGI ini of %1:%2").arg(p.file).arg(p.line));
            }
        }
        return;
    }
}

void ProcessScanner::procfile(const QString &rel)
{
    const std::optional<QByteArray> data = m_ctx.tree.read(rel);
    if (!data)
        return;
    const QStringList lines = QString::fromUtf8(*data).split(QLatin1Char('\n'));
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9_-]+)\\s*:\\s*(.+)$"));
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (const QRegularExpressionMatch m = re.match(lines.at(i).trimmed()); m.hasMatch())
            command(m.captured(2), rel, int(i) + 1, m.captured(1));
}

// Logical lines of a file with backslash continuations joined, each with its first line number.
std::vector<std::pair<QString, int>> logicalLines(const QString &text)
{
    std::vector<std::pair<QString, int>> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString cur;
    int start = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (cur.isEmpty())
            start = int(i) + 1;
        if (l.trimmed().startsWith(QLatin1Char('#')) && cur.isEmpty())
            continue;
        if (l.endsWith(QLatin1Char('\\'))) {
            cur += l.chopped(1) + QLatin1Char(' ');
            continue;
        }
        cur += l;
        out.push_back({cur, start});
        cur.clear();
    }
    if (!cur.isEmpty())
        out.push_back({cur, start});
    return out;
}

QString execForm(const QString &args)
{
    // ["gunicorn", "app.wsgi"] → gunicorn app.wsgi; shell form as it is
    const QString a = args.trimmed();
    if (!a.startsWith(QLatin1Char('[')))
        return a;
    QStringList parts;
    static const QRegularExpression str(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (auto it = str.globalMatch(a); it.hasNext();)
        parts << it.next().captured(1);
    return parts.join(QLatin1Char(' '));
}

void ProcessScanner::dockerfile(const QString &rel)
{
    const std::optional<QByteArray> data = m_ctx.tree.read(rel);
    if (!data)
        return;
    for (const auto &[line, number] : logicalLines(QString::fromUtf8(*data))) {
        const QString l = line.trimmed();
        const QString instr = l.section(QLatin1Char(' '), 0, 0).toUpper();
        const QString args = l.section(QLatin1Char(' '), 1);
        if (instr == QLatin1String("CMD") || instr == QLatin1String("ENTRYPOINT")) {
            command(execForm(args), rel, number, QString());
        } else if (instr == QLatin1String("ENV")) {
            static const QRegularExpression kv(QStringLiteral("(\\w+)=(\"[^\"]*\"|\\S*)"));
            if (args.contains(QLatin1Char('=')) && !args.section(QLatin1Char(' '), 0, 0).contains(QLatin1Char(' '))
                && args.section(QLatin1Char(' '), 0, 0).contains(QLatin1Char('='))) {
                for (auto it = kv.globalMatch(args); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    QString v = m.captured(2);
                    if (v.startsWith(QLatin1Char('"')))
                        v = v.mid(1).chopped(1);
                    setEnv(m.captured(1), v, rel, number);
                }
            } else {
                setEnv(args.section(QLatin1Char(' '), 0, 0), args.section(QLatin1Char(' '), 1).trimmed(), rel, number);
            }
        }
    }
}

void ProcessScanner::compose(const QString &rel)
{
    const std::optional<QByteArray> data = m_ctx.tree.read(rel);
    if (!data)
        return;
    YAML::Node root;
    try {
        root = YAML::Load(data->toStdString());
    } catch (const YAML::Exception &e) {
        m_ctx.result.skipped.push_back({rel, QStringLiteral("YAML error: %1").arg(QString::fromStdString(e.what()))});
        return;
    }
    try {
        const YAML::Node services = root.IsMap() ? root["services"] : YAML::Node();
        if (!services || !services.IsMap())
            return;
        const QString dir = rel.contains(QLatin1Char('/')) ? rel.section(QLatin1Char('/'), 0, -2) : QString();
        for (const auto &entry : services) {
            const QString name = QString::fromStdString(entry.first.as<std::string>());
            const YAML::Node svc = entry.second;
            if (!svc.IsMap())
                continue;
            const YAML::Node image = svc["image"];
            const YAML::Node cmd = svc["command"];
            if (image && image.IsScalar()) {
                const QString img = QString::fromStdString(image.as<std::string>());
                m_ctx.add(QStringLiteral("service.") + name, img, rel, image.Mark().line + 1,
                          fileRank(rel) >= 2 ? Confidence::High : Confidence::Medium);
            }
            if (cmd) {
                QString text;
                if (cmd.IsScalar())
                    text = QString::fromStdString(cmd.as<std::string>());
                else if (cmd.IsSequence())
                    for (const auto &part : cmd)
                        if (part.IsScalar()) {
                            const QString s = QString::fromStdString(part.as<std::string>());
                            text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                                + (s.contains(QLatin1Char(' ')) ? QLatin1Char('"') + s + QLatin1Char('"') : s);
                        }
                command(text, rel, cmd.Mark().line + 1, name);
            }
            const YAML::Node env = svc["environment"];
            if (env && env.IsMap()) {
                for (const auto &kv : env)
                    if (kv.second.IsScalar())
                        setEnv(QString::fromStdString(kv.first.as<std::string>()), QString::fromStdString(kv.second.as<std::string>()),
                               rel, kv.first.Mark().line + 1);
            } else if (env && env.IsSequence()) {
                for (const auto &item : env)
                    if (item.IsScalar()) {
                        const QString s = QString::fromStdString(item.as<std::string>());
                        if (s.contains(QLatin1Char('=')))
                            setEnv(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1), rel, item.Mark().line + 1);
                    }
            }
            const YAML::Node envFiles = svc["env_file"];
            QStringList files;
            if (envFiles && envFiles.IsScalar())
                files << QString::fromStdString(envFiles.as<std::string>());
            else if (envFiles && envFiles.IsSequence()) {
                for (const auto &f : envFiles) {
                    if (f.IsScalar())
                        files << QString::fromStdString(f.as<std::string>());
                    else if (f.IsMap() && f["path"])
                        files << QString::fromStdString(f["path"].as<std::string>());
                }
            }
            for (const QString &f : files) {
                const QString target = joinPath(dir, f);
                if (m_ctx.tree.contains(target))
                    envFile(target);
            }
        }
    } catch (const YAML::Exception &e) {
        m_ctx.result.skipped.push_back({rel, QStringLiteral("unexpected YAML structure: %1").arg(QString::fromStdString(e.what()))});
    }
}

void ProcessScanner::script(const QString &rel)
{
    const std::optional<QByteArray> data = m_ctx.tree.read(rel);
    if (!data)
        return;
    static const QRegularExpression interesting(QStringLiteral("\\b(gunicorn|uvicorn|daphne|granian|uwsgi|hypercorn|celery|runserver)\\b"));
    for (const auto &[line, number] : logicalLines(QString::fromUtf8(*data))) {
        const QString l = line.trimmed();
        if (l.startsWith(QLatin1Char('#')) || !interesting.match(l).hasMatch())
            continue;
        QString cmd = l;
        if (cmd.startsWith(QLatin1String("command")) && cmd.contains(QLatin1Char('=')))
            cmd = cmd.section(QLatin1Char('='), 1); // supervisord
        command(cmd, rel, number, QString());
    }
}

void ProcessScanner::envFile(const QString &rel)
{
    const std::optional<QByteArray> data = m_ctx.tree.read(rel);
    if (!data)
        return;
    const QStringList lines = QString::fromUtf8(*data).split(QLatin1Char('\n'));
    static const QRegularExpression kv(QStringLiteral("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = kv.match(lines.at(i).trimmed());
        if (!m.hasMatch())
            continue;
        QString v = m.captured(2).trimmed();
        if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))) && v.endsWith(v.at(0)))
            v = v.mid(1).chopped(1);
        setEnv(m.captured(1), v, rel, int(i) + 1);
    }
}

void ProcessScanner::run()
{
    for (const QString &rel : m_ctx.tree.files()) {
        const QString base = rel.section(QLatin1Char('/'), -1);
        const QString lower = base.toLower();
        const QString parent = rel.contains(QLatin1Char('/')) ? rel.section(QLatin1Char('/'), -2, -2).toLower() : QString();
        if (base == QLatin1String("Procfile") || base.startsWith(QLatin1String("Procfile.")))
            procfile(rel);
        else if (lower == QLatin1String("dockerfile") || lower.startsWith(QLatin1String("dockerfile.")) || lower.endsWith(QLatin1String(".dockerfile")))
            dockerfile(rel);
        else if ((lower.startsWith(QLatin1String("docker-compose")) || lower.startsWith(QLatin1String("compose"))
                  || lower == QLatin1String("local.yml") || lower == QLatin1String("production.yml"))
                 && (lower.endsWith(QLatin1String(".yml")) || lower.endsWith(QLatin1String(".yaml"))))
            compose(rel);
        else if (lower.endsWith(QLatin1String(".sh")) || lower.endsWith(QLatin1String(".conf"))
                 || ((parent == QLatin1String("compose") || parent == QLatin1String("docker") || parent == QLatin1String("bin")
                      || parent == QLatin1String("scripts") || rel.contains(QLatin1String("compose/")))
                     && !base.contains(QLatin1Char('.'))))
            script(rel);
        else if (lower == QLatin1String(".env") || lower.startsWith(QLatin1String(".env.")) || rel.contains(QLatin1String(".envs/")))
            envFile(rel);
    }
}

} // namespace

void scanProcesses(DiscoveryContext &ctx)
{
    ProcessScanner(ctx).run();
}

void scanTerraform(DiscoveryContext &ctx)
{
    static const QRegularExpression resource(QStringLiteral("^\\s*resource\\s+\"(aws_[A-Za-z0-9_]+)\"\\s+\"([^\"]+)\""));
    static const QRegularExpression module(QStringLiteral("^\\s*module\\s+\"([^\"]+)\""));
    static const QRegularExpression source(QStringLiteral("^\\s*source\\s*=\\s*\"([^\"]+)\""));
    for (const QString &rel : ctx.tree.files()) {
        if (!rel.endsWith(QLatin1String(".tf")))
            continue;
        const std::optional<QByteArray> data = ctx.tree.read(rel);
        if (!data)
            continue;
        const QStringList lines = QString::fromUtf8(*data).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (const QRegularExpressionMatch m = resource.match(lines.at(i)); m.hasMatch()) {
                ctx.add(QStringLiteral("terraform.resource"), m.captured(1) + QLatin1Char('.') + m.captured(2), rel, int(i) + 1,
                        Confidence::High, QStringLiteral("existing infrastructure"));
            } else if (const QRegularExpressionMatch mm = module.match(lines.at(i)); mm.hasMatch()) {
                QString src;
                for (qsizetype j = i + 1; j < lines.size() && j < i + 6; ++j)
                    if (const QRegularExpressionMatch s = source.match(lines.at(j)); s.hasMatch()) {
                        src = s.captured(1);
                        break;
                    }
                ctx.add(QStringLiteral("terraform.module"), mm.captured(1), rel, int(i) + 1, Confidence::High,
                        src.isEmpty() ? QString() : QStringLiteral("source %1").arg(src));
            }
        }
    }
}

} // namespace Infra
