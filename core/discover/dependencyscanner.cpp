// Dependencies: requirements files (with -r/-c includes), pyproject.toml (PEP 621 and Poetry),
// Pipfile, setup.py (parsed, never run) and setup.cfg.
#include "discoverycontext.h"

#include <QRegularExpression>

#include <toml++/toml.h>

namespace Infra {

namespace {

QString normalName(QString name)
{
    name = name.trimmed().toLower();
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    name.replace(QLatin1Char('.'), QLatin1Char('-'));
    return name;
}

// The packages discovery reports; anything else in a requirements file is not a signal.
bool interesting(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("django"), QStringLiteral("celery"), QStringLiteral("redis"), QStringLiteral("valkey"),
        QStringLiteral("hiredis"), QStringLiteral("django-redis"), QStringLiteral("django-valkey"),
        QStringLiteral("psycopg2"), QStringLiteral("psycopg2-binary"), QStringLiteral("psycopg"),
        QStringLiteral("psycopg-binary"), QStringLiteral("psycopg-c"), QStringLiteral("mysqlclient"),
        QStringLiteral("pymysql"), QStringLiteral("mysql-connector-python"), QStringLiteral("cx-oracle"),
        QStringLiteral("oracledb"), QStringLiteral("gunicorn"), QStringLiteral("uvicorn"), QStringLiteral("granian"),
        QStringLiteral("uwsgi"), QStringLiteral("pyuwsgi"), QStringLiteral("daphne"), QStringLiteral("hypercorn"),
        QStringLiteral("channels"), QStringLiteral("channels-redis"), QStringLiteral("channels-rabbitmq"),
        QStringLiteral("django-storages"), QStringLiteral("boto3"), QStringLiteral("whitenoise"),
        QStringLiteral("sentry-sdk"), QStringLiteral("raven"), QStringLiteral("django-celery-beat"),
        QStringLiteral("django-celery-results"), QStringLiteral("flower"), QStringLiteral("kombu"),
        QStringLiteral("django-environ"), QStringLiteral("environs"), QStringLiteral("python-decouple"),
        QStringLiteral("django-configurations"), QStringLiteral("django-split-settings"), QStringLiteral("dj-database-url"),
        QStringLiteral("pylibmc"), QStringLiteral("pymemcache"), QStringLiteral("elasticsearch"),
        QStringLiteral("opensearch-py"), QStringLiteral("django-q"), QStringLiteral("django-q2"), QStringLiteral("dramatiq"),
        QStringLiteral("django-rq"), QStringLiteral("rq"), QStringLiteral("huey"), QStringLiteral("django-cacheops")};
    return names.contains(name);
}

bool isConstraints(const QString &rel)
{
    return rel.section(QLatin1Char('/'), -1).startsWith(QLatin1String("constraints"));
}

struct Requirement
{
    QString name;
    QString spec;
};

// PEP 508: "name[extras] (>=1,<2) ; marker" → name, spec
std::optional<Requirement> parsePep508(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(\\[[^\\]]*\\])?\\s*\\(?\\s*([^;@()]*)\\)?"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    QString spec = m.captured(3).trimmed();
    spec.remove(QLatin1Char(' '));
    return Requirement{normalName(m.captured(1)), spec.isEmpty() ? QStringLiteral("*") : spec};
}

void addRequirement(DiscoveryContext &ctx, const Requirement &r, const QString &file, int line, const QString &how)
{
    if (!interesting(r.name))
        return;
    ctx.add(QStringLiteral("dependency.") + r.name, r.spec, file, line, Confidence::High, how);
    if (r.name == QLatin1String("django"))
        ctx.add(QStringLiteral("django.version"), r.spec, file, line, Confidence::High);
}

void readRequirements(DiscoveryContext &ctx, const QString &rel, QStringList &seen, int depth)
{
    if (seen.contains(rel) || depth > ctx.options.limits.maxIncludeDepth)
        return;
    seen << rel;
    const std::optional<QByteArray> data = ctx.tree.read(rel);
    if (!data)
        return;
    const QString dir = rel.contains(QLatin1Char('/')) ? rel.section(QLatin1Char('/'), 0, -2) : QString();
    const QStringList lines = QString::fromUtf8(*data).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < 100000; ++i) {
        QString line = lines.at(i);
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        static const QRegularExpression include(QStringLiteral("^(-r|-c|--requirement|--constraint)[\\s=]+(\\S+)"));
        if (const QRegularExpressionMatch m = include.match(line); m.hasMatch()) {
            const QString target = joinPath(dir, m.captured(2));
            if (ctx.tree.contains(target))
                readRequirements(ctx, target, seen, depth + 1);
            else
                ctx.add(QStringLiteral("dependency.include"), m.captured(2), rel, int(i) + 1, Confidence::Low,
                        QStringLiteral("included file not found"));
            continue;
        }
        if (line.startsWith(QLatin1Char('-')))
            continue; // -e, --index-url, --hash…
        if (const std::optional<Requirement> r = parsePep508(line))
            addRequirement(ctx, *r, rel, int(i) + 1,
                           isConstraints(rel) ? QStringLiteral("constraint") : QString());
    }
}

void readTomlDependencies(DiscoveryContext &ctx, const QString &rel)
{
    const std::optional<QByteArray> data = ctx.tree.read(rel);
    if (!data)
        return;
    toml::table root;
    try {
        root = toml::parse(std::string_view(data->constData(), size_t(data->size())));
    } catch (const toml::parse_error &e) {
        ctx.result.skipped.push_back({rel, QStringLiteral("TOML error at line %1: %2")
                                               .arg(e.source().begin.line)
                                               .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size())))});
        return;
    }
    auto lineOf = [](const toml::node &n) { return int(n.source().begin.line); };
    auto pep508Array = [&](const toml::node *arr) {
        if (!arr || !arr->is_array())
            return;
        for (const toml::node &item : *arr->as_array())
            if (const auto s = item.value<std::string>())
                if (const std::optional<Requirement> r = parsePep508(QString::fromStdString(*s)))
                    addRequirement(ctx, *r, rel, lineOf(item), {});
    };
    // name = "spec" | {version = "spec", …} (Poetry, Pipfile)
    auto nameTable = [&](const toml::node *tbl) {
        if (!tbl || !tbl->is_table())
            return;
        for (const auto &[key, value] : *tbl->as_table()) {
            const QString name = normalName(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())));
            QString spec = QStringLiteral("*");
            if (const auto s = value.value<std::string>())
                spec = QString::fromStdString(*s);
            else if (value.is_table())
                if (const auto v = (*value.as_table())[std::string_view("version")].value<std::string>())
                    spec = QString::fromStdString(*v);
            addRequirement(ctx, {name, spec}, rel, int(key.source().begin.line) > 0 ? int(key.source().begin.line) : lineOf(value), {});
        }
    };
    pep508Array(root.at_path("project.dependencies").node());
    if (const toml::table *opt = root.at_path("project.optional-dependencies").as_table())
        for (const auto &[k, v] : *opt)
            pep508Array(&v);
    if (const toml::table *groups = root.at_path("dependency-groups").as_table())
        for (const auto &[k, v] : *groups)
            pep508Array(&v);
    nameTable(root.at_path("tool.poetry.dependencies").node());
    if (const toml::table *groups = root.at_path("tool.poetry.group").as_table())
        for (const auto &[k, v] : *groups)
            if (v.is_table())
                nameTable((*v.as_table())[std::string_view("dependencies")].node());
    nameTable(root.at_path("tool.poetry.dev-dependencies").node());
    nameTable(root.at_path("packages").node());      // Pipfile
    nameTable(root.at_path("dev-packages").node());  // Pipfile
}

void readSetupPy(DiscoveryContext &ctx, const QString &rel)
{
    const PythonSource *src = ctx.sources.get(rel);
    if (!src)
        return;
    PyNamespace ns;
    ctx.exec.execBlock(*src, src->root(), ns, 0, false);
    PythonSource::walk(src->root(), [&](TSNode n) {
        if (!PythonSource::is(n, "call"))
            return true;
        const QString callee = src->text(PythonSource::field(n, "function"));
        if (callee != QLatin1String("setup") && callee != QLatin1String("setuptools.setup"))
            return true;
        const PyValue call = ctx.exec.eval(*src, n, ns);
        for (const char *key : {"install_requires", "extras_require"}) {
            const PyValue *v = call.get(QString::fromLatin1(key));
            if (!v)
                continue;
            std::vector<const PyValue *> lists{v};
            if (v->kind == PyValue::Kind::Dict)
                for (const PyValue &x : v->items)
                    lists.push_back(&x);
            for (const PyValue *list : lists)
                if (list->kind == PyValue::Kind::List)
                    for (const PyValue &item : list->items)
                        if (item.isStr())
                            if (const std::optional<Requirement> r = parsePep508(item.text))
                                addRequirement(ctx, *r, rel, item.line, {});
        }
        return false;
    });
}

void readSetupCfg(DiscoveryContext &ctx, const QString &rel)
{
    const std::optional<QByteArray> data = ctx.tree.read(rel);
    if (!data)
        return;
    const QStringList lines = QString::fromUtf8(*data).split(QLatin1Char('\n'));
    QString section;
    bool inList = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString raw = lines.at(i);
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            section = line;
            inList = false;
            continue;
        }
        if (section != QLatin1String("[options]") && !section.startsWith(QLatin1String("[options.extras_require")))
            continue;
        if (!raw.isEmpty() && !raw.at(0).isSpace()) {
            const QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
            inList = key == QLatin1String("install_requires") || section.startsWith(QLatin1String("[options.extras_require"));
            const QString rest = line.section(QLatin1Char('='), 1).trimmed();
            if (inList && !rest.isEmpty())
                if (const std::optional<Requirement> r = parsePep508(rest))
                    addRequirement(ctx, *r, rel, int(i) + 1, {});
            continue;
        }
        if (inList && !line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            if (const std::optional<Requirement> r = parsePep508(line))
                addRequirement(ctx, *r, rel, int(i) + 1, {});
    }
}

} // namespace

void scanDependencies(DiscoveryContext &ctx)
{
    // Files at the root, in the project folder and its parents, or in a requirements folder there.
    auto relevant = [&](const QString &rel) {
        const QString dir = rel.contains(QLatin1Char('/')) ? rel.section(QLatin1Char('/'), 0, -2) : QString();
        QString d = dir;
        if (d.section(QLatin1Char('/'), -1).startsWith(QLatin1String("requirements")))
            d = d.contains(QLatin1Char('/')) ? d.section(QLatin1Char('/'), 0, -2) : QString();
        if (d.isEmpty() || d == ctx.projectDir)
            return true;
        if (ctx.projectDir.startsWith(d + QLatin1Char('/')))
            return true;
        // a src/ layout or a package one level below the project keeps its own requirements
        return d.count(QLatin1Char('/')) <= ctx.projectDir.count(QLatin1Char('/')) + (ctx.projectDir.isEmpty() ? 0 : 1)
            && (ctx.projectDir.isEmpty() ? !d.contains(QLatin1Char('/')) : d.startsWith(ctx.projectDir + QLatin1Char('/')));
    };
    QStringList seen;
    static const QRegularExpression reqName(QStringLiteral("^(requirements|constraints)[^/]*\\.(txt|in|pip)$|^[^/]*requirements[^/]*\\.txt$"));
    for (const QString &rel : ctx.tree.files()) {
        const QString base = rel.section(QLatin1Char('/'), -1);
        const QString parent = rel.section(QLatin1Char('/'), -2, -2);
        const bool isReq = reqName.match(base).hasMatch()
            || (parent.startsWith(QLatin1String("requirements")) && (base.endsWith(QLatin1String(".txt")) || base.endsWith(QLatin1String(".in"))));
        if (isReq && relevant(rel))
            readRequirements(ctx, rel, seen, 0);
        else if ((base == QLatin1String("pyproject.toml") || base == QLatin1String("Pipfile")) && relevant(rel))
            readTomlDependencies(ctx, rel);
        else if (base == QLatin1String("setup.py") && relevant(rel))
            readSetupPy(ctx, rel);
        else if (base == QLatin1String("setup.cfg") && relevant(rel))
            readSetupCfg(ctx, rel);
    }
}

} // namespace Infra
