#include "yamlnodereader.h"

#include "yamlscalar.h"

#include <QHash>

namespace Infra {

namespace {

using YamlScalar::Kind;

// What a value must be, for "'key' must be X, not Y" messages.
Text expectedText(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamType::Bool: return trText("Infra::DesignFile", "true or false");
    case ParamType::Int: return trText("Infra::DesignFile", "an integer");
    case ParamType::Double: return trText("Infra::DesignFile", "a number");
    case ParamType::String: return trText("Infra::DesignFile", "a string");
    case ParamType::Enum: return trText("Infra::DesignFile", "one of %1").arg(spec.choices.join(QStringLiteral(", ")));
    case ParamType::StringList: return trText("Infra::DesignFile", "a list of strings");
    case ParamType::StringMap: return trText("Infra::DesignFile", "a map of names to strings");
    }
    return {};
}

Text emptyStringHint()
{
    return trText("Infra::DesignFile", " (write \"\" for an empty string)");
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

Text YamlNodeReader::didYouMean(const QString &word, const QStringList &candidates)
{
    const QStringList near = nearestNames(word, candidates, 1);
    // A candidate that shares nothing with a short word ('b' for 'a') is no hint.
    if (near.isEmpty() || editDistance(word, near.first()) >= word.size())
        return {};
    return trText("Infra::DesignFile", " (did you mean '%1'?)").arg(near.first());
}

QString YamlNodeReader::text(const YamlNode &node)
{
    return QString::fromStdString(node.scalar());
}

// What a node holds, for "must be X, not Y" messages.
Text YamlNodeReader::describe(const YamlNode &node)
{
    if (node.isSequence())
        return trText("Infra::DesignFile", "a list");
    if (node.isMap())
        return trText("Infra::DesignFile", "a map");
    if (!node.isScalar())
        return trText("Infra::DesignFile", "nothing");
    QString value = text(node);
    if (value.size() > 40)
        value = value.left(37) + QStringLiteral("...");
    switch (YamlScalar::kindOf(node)) {
    case Kind::Null: return trText("Infra::DesignFile", "nothing");
    case Kind::Bool: return trText("Infra::DesignFile", "the boolean %1").arg(value);
    case Kind::Int: return trText("Infra::DesignFile", "the integer %1").arg(value);
    case Kind::Float: return trText("Infra::DesignFile", "the number %1").arg(value);
    case Kind::String: break;
    }
    return trText("Infra::DesignFile", "the string \"%1\"").arg(value);
}

void YamlNodeReader::error(const YAML::Mark &mark, const Text &message)
{
    m_errors.append(DesignError::make(m_file, mark.is_null() || mark.line < 0 ? 1 : mark.line + 1,
                                      mark.is_null() || mark.column < 0 ? 1 : mark.column + 1, message));
}

YAML::Mark YamlNodeReader::markOf(const YamlNode &value, const YAML::Mark &fallback)
{
    if (!value.isDefined() || value.isNull() || value.mark().is_null())
        return fallback;
    return value.mark();
}

std::vector<YamlNodeReader::Entry> YamlNodeReader::entries(const YamlNode &map)
{
    std::vector<Entry> result;
    const std::size_t count = map.size();
    result.reserve(count);
    // Repeated keys: a look back over the entries so far in small maps (a component's
    // fields, a link), a hash in large ones (a component's params never are).
    constexpr std::size_t hashFrom = 24;
    QHash<QString, int> seen;
    for (std::size_t i = 0; i < count; ++i) {
        const YamlNode key = map.keyAt(i);
        if (!key.isScalar() || YamlScalar::kindOf(key) == Kind::Null) {
            error(markOf(key, map.mark()), trText("Infra::DesignFile", "a key must be a name"));
            continue;
        }
        QString name = text(key);
        int firstLine = -1; // the line of the same key before, when there is one
        if (count < hashFrom) {
            for (const Entry &e : result) {
                if (e.key == name) {
                    firstLine = e.keyNode.mark().line + 1;
                    break;
                }
            }
        } else {
            firstLine = seen.value(name, -1);
        }
        if (firstLine >= 0) {
            error(key.mark(), trText("Infra::DesignFile", "duplicate key %1 (first given at line %2)")
                                  .arg(quoted(name))
                                  .arg(firstLine));
            continue;
        }
        if (count >= hashFrom)
            seen.insert(name, key.mark().line + 1);
        result.push_back({std::move(name), key, map.valueAt(i)});
    }
    return result;
}

bool YamlNodeReader::expectMap(const YamlNode &node, const YAML::Mark &fallback, const Text &what)
{
    if (node.isMap())
        return true;
    error(markOf(node, fallback),
          trText("Infra::DesignFile", "%1 must be a map of keys, not %2").arg(what).arg(describe(node)));
    return false;
}

bool YamlNodeReader::expectSequence(const YamlNode &node, const YAML::Mark &fallback, const Text &what)
{
    if (node.isSequence())
        return true;
    error(markOf(node, fallback),
          trText("Infra::DesignFile", "%1 must be a list, not %2").arg(what).arg(describe(node)));
    return false;
}

std::optional<QString> YamlNodeReader::readString(const Entry &e, bool allowEmpty)
{
    if (!e.value.isScalar() || YamlScalar::kindOf(e.value) == Kind::Null) {
        const bool nothing = !e.value.isSequence() && !e.value.isMap();
        error(markOf(e.value, e.keyNode.mark()), trText("Infra::DesignFile", "%1 must be a string, not %2%3")
                                                     .arg(quoted(e.key))
                                                     .arg(describe(e.value))
                                                     .arg(nothing && allowEmpty ? emptyStringHint() : Text()));
        return std::nullopt;
    }
    const QString s = text(e.value);
    if (!allowEmpty && s.trimmed().isEmpty()) {
        error(e.value.mark(), trText("Infra::DesignFile", "%1 must not be empty").arg(quoted(e.key)));
        return std::nullopt;
    }
    return s;
}

std::optional<QVariant> YamlNodeReader::readValue(const ParamSpec &spec, const Entry &e)
{
    const YAML::Mark at = markOf(e.value, e.keyNode.mark());
    auto wrongType = [&](const Text &hint = {}) -> std::optional<QVariant> {
        error(at, trText("Infra::DesignFile", "%1 must be %2, not %3%4")
                      .arg(quoted(spec.key))
                      .arg(expectedText(spec))
                      .arg(describe(e.value))
                      .arg(hint));
        return std::nullopt;
    };

    QVariant value;
    const Kind kind = e.value.isScalar() ? YamlScalar::kindOf(e.value) : Kind::Null;
    switch (spec.type) {
    case ParamType::Bool: {
        if (!e.value.isScalar() || kind != Kind::Bool) {
            static const QStringList yaml11 = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"),
                                               QStringLiteral("y"), QStringLiteral("n")};
            const bool looksBool = e.value.isScalar() && yaml11.contains(text(e.value).toLower());
            return wrongType(looksBool ? trText("Infra::DesignFile", " (YAML 1.2 booleans are true and false)")
                                       : Text());
        }
        value = *YamlScalar::toBool(e.value.scalar());
        break;
    }
    case ParamType::Int: {
        if (!e.value.isScalar() || kind != Kind::Int)
            return wrongType();
        const std::optional<qint64> i = YamlScalar::toInt(e.value.scalar());
        if (!i) {
            error(
                at,
                trText("Infra::DesignFile", "%1 is %2, too large for an integer").arg(quoted(spec.key), text(e.value)));
            return std::nullopt;
        }
        value = *i;
        break;
    }
    case ParamType::Double: {
        if (!e.value.isScalar() || (kind != Kind::Int && kind != Kind::Float))
            return wrongType();
        const std::optional<double> d = YamlScalar::toDouble(e.value.scalar());
        if (!d) {
            error(
                at,
                trText("Infra::DesignFile", "%1 must be a finite number, not %2").arg(quoted(spec.key), text(e.value)));
            return std::nullopt;
        }
        value = *d;
        break;
    }
    case ParamType::String:
    case ParamType::Enum:
        // Any scalar the author wrote is taken as text: `engine_version: 16.4` means "16.4".
        if (!e.value.isScalar() || kind == Kind::Null)
            return wrongType(!e.value.isSequence() && !e.value.isMap() && spec.type == ParamType::String
                                 ? emptyStringHint()
                                 : Text());
        value = text(e.value);
        break;
    case ParamType::StringList: {
        if (!e.value.isSequence())
            return wrongType(e.value.isScalar() && kind != Kind::Null
                                 ? trText("Infra::DesignFile", " (write [%1] for a single item)").arg(text(e.value))
                                 : Text());
        QStringList items;
        bool ok = true;
        for (const YamlNode &item : e.value) {
            if (!item.isScalar() || YamlScalar::kindOf(item) == Kind::Null) {
                error(markOf(item, at), trText("Infra::DesignFile", "items of %1 must be strings, not %2")
                                            .arg(quoted(spec.key))
                                            .arg(describe(item)));
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
        if (!e.value.isMap())
            return wrongType();
        QVariantMap map;
        bool ok = true;
        for (const Entry &m : entries(e.value)) {
            if (!m.value.isScalar() || YamlScalar::kindOf(m.value) == Kind::Null) {
                error(markOf(m.value, m.keyNode.mark()),
                      trText("Infra::DesignFile", "value of %1 in %2 must be a string, not %3")
                          .arg(quoted(m.key), quoted(spec.key))
                          .arg(describe(m.value)));
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

    // The schema's own message (range, choices, pattern), translatable (context Infra::Constraints).
    const Text problem = ParamSchema::validationText(spec, value);
    if (!problem.isEmpty()) {
        error(at, problem);
        return std::nullopt;
    }
    return value;
}

} // namespace Infra
