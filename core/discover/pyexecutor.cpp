#include "pyexecutor.h"

#include <QDir>
#include <QRegularExpression>

namespace Infra {

PythonSources::PythonSources(RepositoryTree &tree)
    : m_tree(tree)
    , m_parser(tree.limits().parseTimeoutMs)
{
}

const PythonSource *PythonSources::get(const QString &rel)
{
    if (const auto it = m_sources.find(rel); it != m_sources.end())
        return it->second.get();
    std::unique_ptr<PythonSource> src;
    if (const std::optional<QByteArray> data = m_tree.read(rel)) {
        src = std::make_unique<PythonSource>(m_parser.get(), *data, rel);
        if (!src->ok()) {
            src.reset();
            m_tree.addSkipped(rel, QStringLiteral("not parsed within %1 ms").arg(m_tree.limits().parseTimeoutMs));
        }
    }
    const PythonSource *p = src.get();
    m_sources.emplace(rel, std::move(src));
    return p;
}

QString urlService(const QString &url)
{
    const QString scheme = url.section(QStringLiteral("://"), 0, 0).section(QLatin1Char('+'), 0, 0).toLower();
    if (!url.contains(QStringLiteral("://")))
        return {};
    if (scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql") || scheme == QLatin1String("pgsql")
        || scheme == QLatin1String("postgis") || scheme == QLatin1String("psql"))
        return QStringLiteral("postgresql");
    if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mysql2") || scheme == QLatin1String("mysqlgis")
        || scheme == QLatin1String("mariadb"))
        return QStringLiteral("mysql");
    if (scheme == QLatin1String("sqlite") || scheme == QLatin1String("spatialite"))
        return QStringLiteral("sqlite3");
    if (scheme == QLatin1String("redis") || scheme == QLatin1String("rediss") || scheme == QLatin1String("valkey")
        || scheme == QLatin1String("valkeys") || scheme == QLatin1String("redis-cache") || scheme == QLatin1String("sentinel"))
        return QStringLiteral("redis");
    if (scheme == QLatin1String("amqp") || scheme == QLatin1String("amqps") || scheme == QLatin1String("pyamqp")
        || scheme == QLatin1String("librabbitmq"))
        return QStringLiteral("rabbitmq");
    if (scheme == QLatin1String("sqs"))
        return QStringLiteral("sqs");
    if (scheme.contains(QLatin1String("memcache")) || scheme == QLatin1String("pymemcache") || scheme == QLatin1String("pylibmc"))
        return QStringLiteral("memcached");
    if (scheme == QLatin1String("oracle"))
        return QStringLiteral("oracle");
    if (scheme == QLatin1String("dbcache"))
        return QStringLiteral("database");
    if (scheme == QLatin1String("locmemcache"))
        return QStringLiteral("locmem");
    if (scheme == QLatin1String("filecache"))
        return QStringLiteral("file");
    if (scheme == QLatin1String("db"))
        return QStringLiteral("database");
    return scheme;
}

PyExecutor::PyExecutor(PythonSources &sources)
    : m_sources(sources)
    , m_maxEval(sources.tree().limits().maxEvalDepth)
    , m_maxInclude(sources.tree().limits().maxIncludeDepth)
{
}

namespace {

QString calleeText(const PythonSource &src, TSNode fn)
{
    QString t = src.text(fn);
    // most callees have no whitespace: skip the regular expression then
    for (const QChar c : std::as_const(t))
        if (c.isSpace()) {
            static const QRegularExpression space(QStringLiteral("\\s+"));
            t.remove(space);
            break;
        }
    return t;
}

// How an environment read is spelled: returns the index of the positional default (-1: only
// a `default=` keyword), or -2 when `callee` is not an environment read.
int envReader(const QString &callee, QString *hint)
{
    static const QStringList plain = {QStringLiteral("os.environ.get"), QStringLiteral("environ.get"),
                                      QStringLiteral("os.getenv"), QStringLiteral("getenv"),
                                      QStringLiteral("os.environ.setdefault"), QStringLiteral("environ.setdefault"),
                                      QStringLiteral("env.get")};
    if (plain.contains(callee))
        return 1;
    static const QStringList kwOnly = {QStringLiteral("env"), QStringLiteral("config"), QStringLiteral("decouple.config"),
                                       QStringLiteral("env.get_value"), QStringLiteral("environ.Env().get_value")};
    if (kwOnly.contains(callee))
        return -1;
    static const QRegularExpression method(QStringLiteral(
        "^(?:[A-Za-z_]*env|[A-Za-z_]*ENV|environ|config)(?:\\(\\))?\\.(str|int|bool|float|list|tuple|dict|json|url|db|db_url|"
        "cache|cache_url|email|email_url|search_url|path|decimal|get_value)$"));
    const QRegularExpressionMatch m = method.match(callee);
    if (m.hasMatch()) {
        *hint = m.captured(1);
        return m.captured(1) == QLatin1String("get_value") ? -1 : 1;
    }
    return -2;
}

QString firstStringArg(const PyValue &call)
{
    const PyValue *a = call.arg(0);
    return a && a->isStr() ? a->text : QString();
}

} // namespace

PyValue PyExecutor::evalCall(const PythonSource &src, TSNode call, const PyNamespace &ns, int depth, const QString &target) const
{
    const QString file = src.file();
    const int line = PythonSource::line(call);
    PyValue v;
    v.kind = PyValue::Kind::Call;
    v.text = calleeText(src, PythonSource::field(call, "function"));
    v.file = file;
    v.line = line;
    const TSNode args = PythonSource::field(call, "arguments");
    if (PythonSource::is(args, "argument_list")) {
        const uint32_t n = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n && i < 256; ++i) {
            const TSNode a = ts_node_named_child(args, i);
            if (PythonSource::is(a, "keyword_argument")) {
                v.keys << src.text(PythonSource::field(a, "name"));
                v.items.push_back(eval(src, PythonSource::field(a, "value"), ns, depth + 1));
            } else if (PythonSource::is(a, "comment")) {
                continue;
            } else {
                v.keys << QString();
                v.items.push_back(eval(src, a, ns, depth + 1));
            }
        }
    }

    QString hint;
    const int defaultIndex = envReader(v.text, &hint);
    if (defaultIndex != -2) {
        QString var = firstStringArg(v);
        if (var.isEmpty() && hint == QLatin1String("db"))
            var = QStringLiteral("DATABASE_URL");
        if (var.isEmpty() && hint == QLatin1String("cache"))
            var = QStringLiteral("CACHE_URL");
        if (var.isEmpty())
            return v; // env read of a computed name: keep the call
        PyValue env;
        env.kind = PyValue::Kind::Env;
        env.text = var;
        env.envHint = hint;
        env.file = file;
        env.line = line;
        const PyValue *def = v.get(QStringLiteral("default"));
        if (!def && defaultIndex >= 0)
            def = v.arg(defaultIndex);
        if (def && def->kind != PyValue::Kind::None)
            env.items.push_back(*def);
        return env;
    }
    if (v.text == QLatin1String("dj_database_url.config") || v.text == QLatin1String("db_url.config")) {
        PyValue env;
        env.kind = PyValue::Kind::Env;
        const PyValue *name = v.get(QStringLiteral("env"));
        env.text = name && name->isStr() ? name->text : QStringLiteral("DATABASE_URL");
        env.envHint = QStringLiteral("db");
        env.file = file;
        env.line = line;
        if (const PyValue *def = v.get(QStringLiteral("default")))
            env.items.push_back(*def);
        return env;
    }
    if (v.text.endsWith(QLatin1String("dj_database_url.parse")) || v.text == QLatin1String("str") || v.text == QLatin1String("int")
        || v.text == QLatin1String("bool") || v.text == QLatin1String("float") || v.text == QLatin1String("db_url")
        || v.text == QLatin1String("dj_database_url.parse")) {
        if (const PyValue *a = v.arg(0)) {
            PyValue inner = *a;
            if (inner.isEnv() && v.text.contains(QLatin1String("parse")))
                inner.envHint = QStringLiteral("db");
            return inner;
        }
    }
    if (v.text == QLatin1String("dict")) {
        PyValue d;
        d.kind = PyValue::Kind::Dict;
        d.file = file;
        d.line = line;
        for (qsizetype i = 0; i < v.keys.size(); ++i)
            if (!v.keys.at(i).isEmpty()) {
                d.keys << v.keys.at(i);
                d.items.push_back(v.items[size_t(i)]);
            }
        return d;
    }
    // django-configurations: values.XValue(default, environ_name=…, environ_prefix=…)
    if (v.text.startsWith(QLatin1String("values.")) && v.text.endsWith(QLatin1String("Value"))) {
        const bool environ = !(v.get(QStringLiteral("environ")) && v.get(QStringLiteral("environ"))->text == QLatin1String("False"));
        const PyValue *def = v.arg(0);
        if (!def)
            def = v.get(QStringLiteral("default"));
        if (!environ)
            return def ? *def : v;
        PyValue env;
        env.kind = PyValue::Kind::Env;
        env.file = file;
        env.line = line;
        const PyValue *name = v.get(QStringLiteral("environ_name"));
        const PyValue *prefix = v.get(QStringLiteral("environ_prefix"));
        const QString pre = prefix && prefix->isStr() ? prefix->text : QStringLiteral("DJANGO");
        QString var = name && name->isStr() ? name->text : QString();
        if (var.isEmpty() && v.text == QLatin1String("values.DatabaseURLValue"))
            var = QStringLiteral("DATABASE_URL");
        else if (var.isEmpty() && v.text == QLatin1String("values.CacheURLValue"))
            var = QStringLiteral("CACHE_URL");
        else if (var.isEmpty())
            var = target;
        if (var.isEmpty())
            return v;
        if (!(name && name->isStr()) && !pre.isEmpty() && v.text != QLatin1String("values.DatabaseURLValue")
            && v.text != QLatin1String("values.CacheURLValue"))
            var = pre + QLatin1Char('_') + var;
        env.text = var;
        if (v.text.contains(QLatin1String("DatabaseURL")))
            env.envHint = QStringLiteral("db");
        else if (v.text.contains(QLatin1String("CacheURL")))
            env.envHint = QStringLiteral("cache");
        if (def)
            env.items.push_back(*def);
        return env;
    }
    return v;
}

PyValue PyExecutor::eval(const PythonSource &src, TSNode n, const PyNamespace &ns, int depth, const QString &target) const
{
    const QString file = src.file();
    if (ts_node_is_null(n))
        return PyValue::unknown(QString(), file, 0);
    const int line = PythonSource::line(n);
    if (depth > m_maxEval)
        return PyValue::unknown(QStringLiteral("(nested too deeply)"), file, line);
    const std::string_view t = PythonSource::type(n);
    PyValue v;
    v.file = file;
    v.line = line;
    if (t == "string" || t == "concatenated_string") {
        v.kind = PyValue::Kind::Str;
        QString envVar;
        bool partial = false;
        PythonSource::walk(n, [&](TSNode c) {
            const std::string_view ct = PythonSource::type(c);
            if (ct == "string_content" || ct == "escape_sequence") {
                if (ct == "escape_sequence" || ts_node_named_child_count(c) == 0) {
                    v.text += src.text(c);
                    return false;
                }
                // content with escape sequences inside: take the whole span
                v.text += src.text(c);
                return false;
            }
            if (ct == "interpolation") {
                const PyValue inner = eval(src, ts_node_named_child(c, 0), ns, depth + 1);
                const QString s = inner.effectiveString();
                v.text += s.isEmpty() ? src.text(c) : s;
                if (inner.isEnv() && envVar.isEmpty())
                    envVar = inner.text;
                partial = true;
                return false;
            }
            return true;
        });
        if (!envVar.isEmpty()) {
            PyValue env;
            env.kind = PyValue::Kind::Env;
            env.text = envVar;
            env.envHint = QStringLiteral("part");
            env.file = file;
            env.line = line;
            env.items.push_back(v);
            return env;
        }
        (void)partial;
        return v;
    }
    if (t == "integer" || t == "float") {
        v.kind = PyValue::Kind::Number;
        v.text = src.text(n);
        return v;
    }
    if (t == "true" || t == "false") {
        v.kind = PyValue::Kind::Bool;
        v.text = src.text(n);
        return v;
    }
    if (t == "none") {
        v.kind = PyValue::Kind::None;
        return v;
    }
    if (t == "parenthesized_expression")
        return eval(src, ts_node_named_child(n, 0), ns, depth + 1, target);
    if (t == "list" || t == "tuple" || t == "set" || t == "expression_list") {
        v.kind = PyValue::Kind::List;
        const uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count && i < 4096; ++i) {
            const TSNode c = ts_node_named_child(n, i);
            if (PythonSource::is(c, "comment"))
                continue;
            if (PythonSource::is(c, "list_splat")) {
                const PyValue inner = eval(src, ts_node_named_child(c, 0), ns, depth + 1);
                if (inner.kind == PyValue::Kind::List)
                    v.items.insert(v.items.end(), inner.items.begin(), inner.items.end());
                continue;
            }
            v.items.push_back(eval(src, c, ns, depth + 1));
        }
        return v;
    }
    if (t == "dictionary") {
        v.kind = PyValue::Kind::Dict;
        const uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count && i < 4096; ++i) {
            const TSNode c = ts_node_named_child(n, i);
            if (PythonSource::is(c, "pair")) {
                const PyValue key = eval(src, PythonSource::field(c, "key"), ns, depth + 1);
                v.keys << (key.isStr() ? key.text : key.display());
                v.items.push_back(eval(src, PythonSource::field(c, "value"), ns, depth + 1));
            } else if (PythonSource::is(c, "dictionary_splat")) {
                const PyValue inner = eval(src, ts_node_named_child(c, 0), ns, depth + 1);
                if (inner.kind == PyValue::Kind::Dict) {
                    v.keys += inner.keys;
                    v.items.insert(v.items.end(), inner.items.begin(), inner.items.end());
                }
            }
        }
        return v;
    }
    if (t == "identifier" || t == "attribute") {
        const QString name = calleeText(src, n);
        if (const auto it = ns.names.constFind(name); it != ns.names.constEnd())
            return it.value();
        return PyValue::unknown(name, file, line);
    }
    if (t == "call")
        return evalCall(src, n, ns, depth, target);
    if (t == "subscript") {
        const TSNode value = PythonSource::field(n, "value");
        const QString base = calleeText(src, value);
        const PyValue key = eval(src, PythonSource::field(n, "subscript"), ns, depth + 1);
        if ((base == QLatin1String("os.environ") || base == QLatin1String("environ")) && key.isStr()) {
            v.kind = PyValue::Kind::Env;
            v.text = key.text;
            return v;
        }
        const PyValue container = eval(src, value, ns, depth + 1);
        if (container.kind == PyValue::Kind::Dict && key.isStr())
            if (const PyValue *item = container.get(key.text))
                return *item;
        return PyValue::unknown(src.text(n), file, line);
    }
    if (t == "boolean_operator") {
        const PyValue left = eval(src, PythonSource::field(n, "left"), ns, depth + 1, target);
        const PyValue right = eval(src, PythonSource::field(n, "right"), ns, depth + 1, target);
        if (src.text(PythonSource::field(n, "operator")) == QLatin1String("or")) {
            if (left.isEnv() && !left.hasEnvDefault()) {
                PyValue env = left;
                env.items.push_back(right);
                return env;
            }
            if (left.kind != PyValue::Kind::Unknown)
                return left;
            return right;
        }
        return PyValue::unknown(src.text(n), file, line);
    }
    if (t == "binary_operator" && src.text(PythonSource::field(n, "operator")) == QLatin1String("+")) {
        const PyValue left = eval(src, PythonSource::field(n, "left"), ns, depth + 1);
        const PyValue right = eval(src, PythonSource::field(n, "right"), ns, depth + 1);
        if (left.kind == PyValue::Kind::List && right.kind == PyValue::Kind::List) {
            v = left;
            v.items.insert(v.items.end(), right.items.begin(), right.items.end());
            return v;
        }
        const QString l = left.effectiveString(), r = right.effectiveString();
        if ((left.isStr() || left.isEnv()) && (right.isStr() || right.isEnv()) && !(l.isEmpty() && r.isEmpty())) {
            v.kind = PyValue::Kind::Str;
            v.text = l + r;
            const PyValue *env = left.isEnv() ? &left : right.isEnv() ? &right : nullptr;
            if (env) {
                PyValue e;
                e.kind = PyValue::Kind::Env;
                e.text = env->text;
                e.envHint = QStringLiteral("part");
                e.file = file;
                e.line = line;
                e.items.push_back(v);
                return e;
            }
            return v;
        }
        return PyValue::unknown(src.text(n), file, line);
    }
    if (t == "conditional_expression") {
        // `a if cond else b`: the first branch, marked uncertain
        PyValue first = eval(src, ts_node_named_child(n, 0), ns, depth + 1, target);
        first.uncertain = true;
        return first;
    }
    return PyValue::unknown(src.text(n).left(200), file, line);
}

void PyExecutor::assign(const PythonSource &src, TSNode left, PyValue value, PyNamespace &ns)
{
    if (PythonSource::is(left, "identifier") || PythonSource::is(left, "attribute")) {
        ns.names.insert(calleeText(src, left), std::move(value));
        return;
    }
    if (PythonSource::is(left, "subscript")) {
        // X['a']['b'] = v: set the key path inside a known dict
        QStringList path;
        TSNode n = left;
        int guard = 0;
        while (PythonSource::is(n, "subscript") && ++guard < 32) {
            const PyValue key = eval(src, PythonSource::field(n, "subscript"), ns);
            if (!key.isStr())
                return;
            path.prepend(key.text);
            n = PythonSource::field(n, "value");
        }
        if (!PythonSource::is(n, "identifier") && !PythonSource::is(n, "attribute"))
            return;
        const QString base = calleeText(src, n);
        auto it = ns.names.find(base);
        if (it == ns.names.end()) {
            PyValue d;
            d.kind = PyValue::Kind::Dict;
            d.file = src.file();
            d.line = PythonSource::line(left);
            it = ns.names.insert(base, d);
        }
        PyValue *cur = &it.value();
        for (qsizetype i = 0; i < path.size(); ++i) {
            if (cur->kind != PyValue::Kind::Dict)
                return;
            const qsizetype at = cur->keys.lastIndexOf(path.at(i));
            if (i == path.size() - 1) {
                if (at >= 0)
                    cur->items[size_t(at)] = value;
                else {
                    cur->keys << path.at(i);
                    cur->items.push_back(value);
                }
                return;
            }
            if (at < 0) {
                PyValue d;
                d.kind = PyValue::Kind::Dict;
                d.file = src.file();
                d.line = PythonSource::line(left);
                cur->keys << path.at(i);
                cur->items.push_back(d);
                cur = &cur->items.back();
            } else {
                cur = &cur->items[size_t(at)];
            }
        }
    }
}

void PyExecutor::statementCall(const PythonSource &src, TSNode call, PyNamespace &ns, int depth, bool uncertain)
{
    const QString callee = calleeText(src, PythonSource::field(call, "function"));
    const TSNode args = PythonSource::field(call, "arguments");
    if (callee == QLatin1String("include") || callee == QLatin1String("split_settings.tools.include")) {
        // django-split-settings: include('components/base.py', optional('local.py'), 'envs/*.py')
        const QString dir = src.file().contains(QLatin1Char('/')) ? src.file().section(QLatin1Char('/'), 0, -2) : QString();
        const uint32_t n = ts_node_named_child_count(args);
        for (uint32_t i = 0; i < n && i < 64; ++i) {
            TSNode a = ts_node_named_child(args, i);
            bool optional = false;
            if (PythonSource::is(a, "call") && calleeText(src, PythonSource::field(a, "function")) == QLatin1String("optional")) {
                optional = true;
                a = ts_node_named_child(PythonSource::field(a, "arguments"), 0);
            }
            const PyValue pattern = eval(src, a, ns);
            if (!pattern.isStr())
                continue;
            const QString rel = joinPath(dir, pattern.text);
            QStringList matches;
            if (rel.contains(QLatin1Char('*')) || rel.contains(QLatin1Char('?'))) {
                const QRegularExpression re(QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(rel)));
                for (const QString &f : m_sources.tree().files())
                    if (re.match(f).hasMatch())
                        matches << f;
            } else if (m_sources.tree().contains(rel)) {
                matches << rel;
            }
            for (const QString &m : matches) {
                ns.includes.push_back({src.file(), PythonSource::line(a), m});
                execFile(m, ns, depth + 1);
            }
            (void)optional;
        }
        return;
    }
    // X.update({...}) / X.update(k=v), X.append(v), X.extend([...]), X.insert(i, v)
    const qsizetype dot = callee.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return;
    const QString base = callee.left(dot);
    const QString method = callee.mid(dot + 1);
    auto it = ns.names.find(base);
    if (it == ns.names.end())
        return;
    const PyValue call_ = eval(src, call, ns);
    PyValue &target = it.value();
    if (method == QLatin1String("update") && target.kind == PyValue::Kind::Dict) {
        const PyValue *d = call_.arg(0);
        if (d && d->kind == PyValue::Kind::Dict) {
            target.keys += d->keys;
            target.items.insert(target.items.end(), d->items.begin(), d->items.end());
        }
        for (qsizetype i = 0; i < call_.keys.size(); ++i)
            if (!call_.keys.at(i).isEmpty()) {
                target.keys << call_.keys.at(i);
                target.items.push_back(call_.items[size_t(i)]);
            }
    } else if (target.kind == PyValue::Kind::List && (method == QLatin1String("append") || method == QLatin1String("insert"))) {
        if (const PyValue *v = call_.arg(method == QLatin1String("insert") ? 1 : 0)) {
            PyValue item = *v;
            item.uncertain = item.uncertain || uncertain;
            target.items.push_back(item);
        }
    } else if (target.kind == PyValue::Kind::List && method == QLatin1String("extend")) {
        if (const PyValue *v = call_.arg(0); v && v->kind == PyValue::Kind::List)
            target.items.insert(target.items.end(), v->items.begin(), v->items.end());
    }
}

void PyExecutor::execBlock(const PythonSource &src, TSNode block, PyNamespace &ns, int depth, bool uncertain)
{
    // statements nest through if/try/with blocks: bounded like expressions
    struct Nesting
    {
        int &n;
        explicit Nesting(int &count) : n(++count) {}
        ~Nesting() { --n; }
    } nesting(m_blockNesting);
    if (ts_node_is_null(block) || depth > m_maxInclude || m_blockNesting > 4 * m_maxEval)
        return;
    const uint32_t count = ts_node_named_child_count(block);
    for (uint32_t i = 0; i < count; ++i) {
        const TSNode st = ts_node_named_child(block, i);
        const std::string_view t = PythonSource::type(st);
        if (t == "expression_statement") {
            const TSNode e = ts_node_named_child(st, 0);
            if (PythonSource::is(e, "assignment")) {
                const TSNode left = PythonSource::field(e, "left");
                TSNode right = PythonSource::field(e, "right");
                // chained a = b = value: the innermost right side
                int guard = 0;
                while (PythonSource::is(right, "assignment") && ++guard < 16)
                    right = PythonSource::field(right, "right");
                if (ts_node_is_null(right))
                    continue;
                const QString target = PythonSource::is(left, "identifier") ? src.text(left) : QString();
                PyValue value = eval(src, right, ns, 0, target);
                value.uncertain = value.uncertain || uncertain;
                if (value.line == 0 || value.file != src.file() || value.kind == PyValue::Kind::Unknown) {
                    value.file = src.file();
                    value.line = PythonSource::line(e);
                }
                // evidence is the assignment, not the place a referenced value was defined
                value.file = src.file();
                value.line = PythonSource::line(e);
                assign(src, left, std::move(value), ns);
            } else if (PythonSource::is(e, "augmented_assignment")) {
                const TSNode left = PythonSource::field(e, "left");
                const QString name = src.text(left);
                const PyValue add = eval(src, PythonSource::field(e, "right"), ns);
                auto it = ns.names.find(name);
                if (it != ns.names.end() && it->kind == PyValue::Kind::List && add.kind == PyValue::Kind::List)
                    it->items.insert(it->items.end(), add.items.begin(), add.items.end());
            } else if (PythonSource::is(e, "call")) {
                statementCall(src, e, ns, depth, uncertain);
            }
        } else if (t == "import_from_statement") {
            bool wildcard = false;
            const uint32_t c = ts_node_named_child_count(st);
            for (uint32_t k = 0; k < c; ++k)
                if (PythonSource::is(ts_node_named_child(st, k), "wildcard_import"))
                    wildcard = true;
            if (!wildcard)
                continue;
            const QString module = src.text(PythonSource::field(st, "module_name"));
            const QString file = m_sources.tree().relativeModuleFile(src.file(), module);
            if (file.isEmpty())
                continue;
            ns.includes.push_back({src.file(), PythonSource::line(st), file});
            execFile(file, ns, depth + 1);
        } else if (t == "if_statement") {
            execIf(src, st, ns, depth);
        } else if (t == "try_statement") {
            execBlock(src, PythonSource::field(st, "body"), ns, depth, true);
            const uint32_t c = ts_node_named_child_count(st);
            for (uint32_t k = 0; k < c; ++k) {
                const TSNode clause = ts_node_named_child(st, k);
                const uint32_t cc = ts_node_named_child_count(clause);
                for (uint32_t j = 0; j < cc; ++j)
                    if (PythonSource::is(ts_node_named_child(clause, j), "block"))
                        execBlock(src, ts_node_named_child(clause, j), ns, depth, true);
            }
        } else if (t == "with_statement") {
            execBlock(src, PythonSource::field(st, "body"), ns, depth, uncertain);
        } else if (t == "class_definition" || t == "function_definition" || t == "decorated_definition") {
            const TSNode def = t == "decorated_definition" ? PythonSource::field(st, "definition") : st;
            PyNamespace::Definition d{&src, def, {}};
            const QString name = src.text(PythonSource::field(def, "name"));
            if (PythonSource::is(def, "class_definition")) {
                const TSNode sup = PythonSource::field(def, "superclasses");
                const uint32_t c = ts_node_is_null(sup) ? 0 : ts_node_named_child_count(sup);
                for (uint32_t k = 0; k < c; ++k)
                    d.bases << calleeText(src, ts_node_named_child(sup, k));
                ns.classes.insert(name, d);
            } else {
                ns.functions.insert(name, d);
            }
        }
    }
}

// Each branch runs on its own copy of the names; a name assigned in several branches keeps the
// last branch's value (as before) with the others as alternatives, so `if DATABASE_URL: …
// else: sqlite` reports both databases.
void PyExecutor::execIf(const PythonSource &src, TSNode st, PyNamespace &ns, int depth)
{
    std::vector<TSNode> branches{PythonSource::field(st, "consequence")};
    bool hasElse = false;
    const uint32_t c = ts_node_named_child_count(st);
    for (uint32_t k = 0; k < c; ++k) {
        const TSNode alt = ts_node_named_child(st, k);
        if (PythonSource::is(alt, "elif_clause"))
            branches.push_back(PythonSource::field(alt, "consequence"));
        else if (PythonSource::is(alt, "else_clause")) {
            branches.push_back(PythonSource::field(alt, "body"));
            hasElse = true;
        }
    }
    const QHash<QString, PyValue> before = ns.names;
    auto same = [](const PyValue &a, const PyValue &b) {
        return a.file == b.file && a.line == b.line && a.kind == b.kind && a.display() == b.display();
    };
    QHash<QString, std::vector<PyValue>> assigned;
    QStringList order;
    int branchesAssigning = 0;
    QHash<QString, int> assignCount;
    for (const TSNode &b : branches) {
        PyNamespace local = ns;
        local.names = before;
        execBlock(src, b, local, depth, true);
        for (const QString &f : local.files)
            if (!ns.files.contains(f))
                ns.files << f;
        for (size_t i = ns.includes.size(); i < local.includes.size(); ++i)
            ns.includes.push_back(local.includes[i]);
        for (auto it = local.classes.constBegin(); it != local.classes.constEnd(); ++it)
            ns.classes.insert(it.key(), it.value());
        for (auto it = local.functions.constBegin(); it != local.functions.constEnd(); ++it)
            ns.functions.insert(it.key(), it.value());
        for (auto it = local.names.constBegin(); it != local.names.constEnd(); ++it) {
            const auto old = before.constFind(it.key());
            if (old != before.constEnd() && same(old.value(), it.value()))
                continue;
            if (!assigned.contains(it.key()))
                order << it.key();
            assigned[it.key()].push_back(it.value());
            ++assignCount[it.key()];
        }
        ++branchesAssigning;
    }
    for (const QString &name : order) {
        std::vector<PyValue> &values = assigned[name];
        PyValue final = values.back();
        final.alternatives.clear();
        for (size_t i = 0; i + 1 < values.size(); ++i)
            final.alternatives.push_back(values[i]);
        // a branch that did not assign it (or no else) keeps the value from before
        if ((assignCount.value(name) < branchesAssigning || !hasElse) && before.contains(name))
            final.alternatives.push_back(before.value(name));
        for (PyValue &a : final.alternatives)
            a.alternatives.clear();
        ns.names.insert(name, final);
    }
}

void PyExecutor::execFile(const QString &rel, PyNamespace &ns, int depth)
{
    if (depth > m_maxInclude || ns.files.contains(rel))
        return; // include cycles and chains beyond the limit end here
    const PythonSource *src = m_sources.get(rel);
    if (!src)
        return;
    ns.files << rel;
    execBlock(*src, src->root(), ns, depth, false);
}

PyValue PyExecutor::callFunction(const QString &name, const PyNamespace &ns, int depth)
{
    const auto it = ns.functions.constFind(name);
    if (it == ns.functions.constEnd() || depth > 4)
        return {};
    const PythonSource &src = *it->source;
    PyNamespace local = ns;
    const TSNode body = PythonSource::field(it->node, "body");
    execBlock(src, body, local, 1, false);
    PyValue result;
    PythonSource::walk(body, [&](TSNode n) {
        if (result.kind != PyValue::Kind::Unknown)
            return false;
        const std::string_view t = PythonSource::type(n);
        if (t == "function_definition" || t == "class_definition" || t == "lambda")
            return false;
        if (t == "return_statement") {
            const TSNode e = ts_node_named_child(n, 0);
            if (!ts_node_is_null(e)) {
                if (PythonSource::is(e, "call")) {
                    const QString callee = src.text(PythonSource::field(e, "function"));
                    if (local.functions.contains(callee) && callee != name) {
                        result = callFunction(callee, local, depth + 1);
                        return false;
                    }
                }
                result = eval(src, e, local);
            }
            return false;
        }
        return true;
    });
    return result;
}

void PyExecutor::execClass(const QString &name, PyNamespace &ns, int depth)
{
    const auto it = ns.classes.constFind(name);
    if (it == ns.classes.constEnd() || depth > 16)
        return;
    const PyNamespace::Definition def = it.value();
    for (qsizetype i = def.bases.size() - 1; i >= 0; --i)
        execClass(def.bases.at(i), ns, depth + 1);
    execBlock(*def.source, PythonSource::field(def.node, "body"), ns, m_maxInclude - 1, false);
}

} // namespace Infra
