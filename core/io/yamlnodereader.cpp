#include "yamlnodereader.h"

#include "yamlscalar.h"

#include <QHash>

namespace Infra {

namespace {

using YamlScalar::Kind;

QString expectedText(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamType::Bool: return QStringLiteral("true or false");
    case ParamType::Int: return QStringLiteral("an integer");
    case ParamType::Double: return QStringLiteral("a number");
    case ParamType::String: return QStringLiteral("a string");
    case ParamType::Enum: return QStringLiteral("one of ") + spec.choices.join(QStringLiteral(", "));
    case ParamType::StringList: return QStringLiteral("a list of strings");
    case ParamType::StringMap: return QStringLiteral("a map of names to strings");
    }
    return {};
}

} // namespace

YamlNodeReader::YamlNodeReader(QString fileName)
    : m_file(std::move(fileName))
{
}

QString YamlNodeReader::quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString YamlNodeReader::didYouMean(const QString &word, const QStringList &candidates)
{
    const QStringList near = nearestNames(word, candidates, 1);
    // A candidate that shares nothing with a short word ('b' for 'a') is no hint.
    if (near.isEmpty() || editDistance(word, near.first()) >= word.size())
        return {};
    return QStringLiteral(" (did you mean '%1'?)").arg(near.first());
}

QString YamlNodeReader::text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// What a node holds, for "must be X, not Y" messages.
QString YamlNodeReader::describe(const YAML::Node &node)
{
    if (node.IsSequence())
        return QStringLiteral("a list");
    if (node.IsMap())
        return QStringLiteral("a map");
    if (!node.IsScalar())
        return QStringLiteral("nothing");
    QString value = text(node);
    if (value.size() > 40)
        value = value.left(37) + QStringLiteral("...");
    switch (YamlScalar::kindOf(node)) {
    case Kind::Null: return QStringLiteral("nothing");
    case Kind::Bool: return QStringLiteral("the boolean ") + value;
    case Kind::Int: return QStringLiteral("the integer ") + value;
    case Kind::Float: return QStringLiteral("the number ") + value;
    case Kind::String: break;
    }
    return QStringLiteral("the string \"%1\"").arg(value);
}

void YamlNodeReader::error(const YAML::Mark &mark, const QString &message)
{
    DesignError e;
    e.file = m_file;
    e.line = mark.is_null() || mark.line < 0 ? 1 : mark.line + 1;
    e.column = mark.is_null() || mark.column < 0 ? 1 : mark.column + 1;
    e.message = message;
    m_errors.append(e);
}

YAML::Mark YamlNodeReader::markOf(const YAML::Node &value, const YAML::Mark &fallback)
{
    if (!value.IsDefined() || value.IsNull() || value.Mark().is_null())
        return fallback;
    return value.Mark();
}

std::vector<YamlNodeReader::Entry> YamlNodeReader::entries(const YAML::Node &map)
{
    std::vector<Entry> result;
    QHash<QString, int> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar() || YamlScalar::kindOf(key) == Kind::Null) {
            error(markOf(key, map.Mark()), QStringLiteral("a key must be a name"));
            continue;
        }
        const QString name = text(key);
        if (seen.contains(name)) {
            error(key.Mark(), QStringLiteral("duplicate key %1 (first given at line %2)").arg(quoted(name)).arg(seen.value(name)));
            continue;
        }
        seen.insert(name, key.Mark().line + 1);
        result.push_back({name, key, it->second});
    }
    return result;
}

bool YamlNodeReader::expectMap(const YAML::Node &node, const YAML::Mark &fallback, const QString &what)
{
    if (node.IsMap())
        return true;
    error(markOf(node, fallback), QStringLiteral("%1 must be a map of keys, not %2").arg(what, describe(node)));
    return false;
}

bool YamlNodeReader::expectSequence(const YAML::Node &node, const YAML::Mark &fallback, const QString &what)
{
    if (node.IsSequence())
        return true;
    error(markOf(node, fallback), QStringLiteral("%1 must be a list, not %2").arg(what, describe(node)));
    return false;
}

std::optional<QString> YamlNodeReader::readString(const Entry &e, bool allowEmpty)
{
    if (!e.value.IsScalar() || YamlScalar::kindOf(e.value) == Kind::Null) {
        const bool nothing = !e.value.IsSequence() && !e.value.IsMap();
        error(markOf(e.value, e.keyNode.Mark()), QStringLiteral("%1 must be a string, not %2%3")
                                                     .arg(quoted(e.key), describe(e.value),
                                                          nothing && allowEmpty ? QStringLiteral(" (write \"\" for an empty string)") : QString()));
        return std::nullopt;
    }
    const QString s = text(e.value);
    if (!allowEmpty && s.trimmed().isEmpty()) {
        error(e.value.Mark(), QStringLiteral("%1 must not be empty").arg(quoted(e.key)));
        return std::nullopt;
    }
    return s;
}

std::optional<QVariant> YamlNodeReader::readValue(const ParamSpec &spec, const Entry &e)
{
    const YAML::Mark at = markOf(e.value, e.keyNode.Mark());
    auto wrongType = [&](const QString &hint = {}) -> std::optional<QVariant> {
        error(at, QStringLiteral("%1 must be %2, not %3%4").arg(quoted(spec.key), expectedText(spec), describe(e.value), hint));
        return std::nullopt;
    };

    QVariant value;
    const Kind kind = e.value.IsScalar() ? YamlScalar::kindOf(e.value) : Kind::Null;
    switch (spec.type) {
    case ParamType::Bool: {
        if (!e.value.IsScalar() || kind != Kind::Bool) {
            static const QStringList yaml11 = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"),
                                               QStringLiteral("y"), QStringLiteral("n")};
            const bool looksBool = e.value.IsScalar() && yaml11.contains(text(e.value).toLower());
            return wrongType(looksBool ? QStringLiteral(" (YAML 1.2 booleans are true and false)") : QString());
        }
        value = *YamlScalar::toBool(e.value.Scalar());
        break;
    }
    case ParamType::Int: {
        if (!e.value.IsScalar() || kind != Kind::Int)
            return wrongType();
        const std::optional<qint64> i = YamlScalar::toInt(e.value.Scalar());
        if (!i) {
            error(at, QStringLiteral("%1 is %2, too large for an integer").arg(quoted(spec.key), text(e.value)));
            return std::nullopt;
        }
        value = *i;
        break;
    }
    case ParamType::Double: {
        if (!e.value.IsScalar() || (kind != Kind::Int && kind != Kind::Float))
            return wrongType();
        const std::optional<double> d = YamlScalar::toDouble(e.value.Scalar());
        if (!d) {
            error(at, QStringLiteral("%1 must be a finite number, not %2").arg(quoted(spec.key), text(e.value)));
            return std::nullopt;
        }
        value = *d;
        break;
    }
    case ParamType::String:
    case ParamType::Enum:
        // Any scalar the author wrote is taken as text: `engine_version: 16.4` means "16.4".
        if (!e.value.IsScalar() || kind == Kind::Null)
            return wrongType(!e.value.IsSequence() && !e.value.IsMap() && spec.type == ParamType::String
                                 ? QStringLiteral(" (write \"\" for an empty string)")
                                 : QString());
        value = text(e.value);
        break;
    case ParamType::StringList: {
        if (!e.value.IsSequence())
            return wrongType(e.value.IsScalar() && kind != Kind::Null ? QStringLiteral(" (write [%1] for a single item)").arg(text(e.value)) : QString());
        QStringList items;
        bool ok = true;
        for (const YAML::Node &item : e.value) {
            if (!item.IsScalar() || YamlScalar::kindOf(item) == Kind::Null) {
                error(markOf(item, at), QStringLiteral("items of %1 must be strings, not %2").arg(quoted(spec.key), describe(item)));
                ok = false;
                continue;
            }
            items.append(text(item));
        }
        if (!ok)
            return std::nullopt;
        value = items;
        break;
    }
    case ParamType::StringMap: {
        if (!e.value.IsMap())
            return wrongType();
        QVariantMap map;
        bool ok = true;
        for (const Entry &m : entries(e.value)) {
            if (!m.value.IsScalar() || YamlScalar::kindOf(m.value) == Kind::Null) {
                error(markOf(m.value, m.keyNode.Mark()),
                      QStringLiteral("value of %1 in %2 must be a string, not %3").arg(quoted(m.key), quoted(spec.key), describe(m.value)));
                ok = false;
                continue;
            }
            map.insert(m.key, text(m.value));
        }
        if (!ok)
            return std::nullopt;
        value = map;
        break;
    }
    }

    const QString problem = ParamSchema::validate(spec, value);
    if (!problem.isEmpty()) {
        error(at, problem);
        return std::nullopt;
    }
    return value;
}

} // namespace Infra
