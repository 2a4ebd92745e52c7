#include "schemamarkdown.h"

#include "model/componentkind.h"
#include "model/design.h"
#include "yamlscalar.h"

namespace Infra {

namespace {

QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString code(const QString &text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}

QString number(double v, ParamType type)
{
    if (type == ParamType::Int)
        return QString::number(qint64(v));
    return QString::fromStdString(YamlScalar::formatDouble(v));
}

QString yamlString(const QString &s)
{
    return YamlScalar::needsQuotes(s.toStdString()) ? QLatin1Char('"') + s + QLatin1Char('"') : s;
}

QString defaultText(const ParamSpec &spec)
{
    const QVariant &v = spec.defaultValue;
    switch (spec.type) {
    case ParamType::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ParamType::Int: return QString::number(v.toLongLong());
    case ParamType::Double: return QString::fromStdString(YamlScalar::formatDouble(v.toDouble()));
    case ParamType::String:
    case ParamType::Enum: return yamlString(v.toString());
    case ParamType::StringList: {
        QStringList items;
        const QStringList list = v.toStringList();
        for (const QString &s : list)
            items.append(yamlString(s));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case ParamType::StringMap: return QStringLiteral("{}");
    }
    return {};
}

QString allowedText(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamType::Int:
    case ParamType::Double:
        if (!spec.allowedInts.isEmpty()) {
            QStringList values;
            for (qint64 i : spec.allowedInts)
                values.append(QString::number(i));
            return QStringLiteral("one of ") + values.join(QStringLiteral(", "));
        }
        if (spec.hasRange)
            return number(spec.minimum, spec.type) + QStringLiteral(" to ") + number(spec.maximum, spec.type);
        return {};
    case ParamType::Enum: {
        QStringList values;
        for (const QString &c : spec.choices)
            values.append(code(c));
        return values.join(QStringLiteral(", "));
    }
    case ParamType::String:
        if (!spec.choices.isEmpty()) {
            QStringList values;
            for (const QString &c : spec.choices)
                values.append(code(c));
            return values.join(QStringLiteral(", "));
        }
        return spec.pattern.isEmpty() ? QString() : QStringLiteral("matches ") + code(spec.pattern);
    case ParamType::StringList:
        if (!spec.choices.isEmpty()) {
            QStringList values;
            for (const QString &c : spec.choices)
                values.append(code(c));
            return QStringLiteral("items from ") + values.join(QStringLiteral(", "));
        }
        return {};
    case ParamType::Bool:
    case ParamType::StringMap: return {};
    }
    return {};
}

QString typeText(ParamType type)
{
    switch (type) {
    case ParamType::Bool: return QStringLiteral("boolean");
    case ParamType::Int: return QStringLiteral("integer");
    case ParamType::Double: return QStringLiteral("number");
    case ParamType::String: return QStringLiteral("string");
    case ParamType::Enum: return QStringLiteral("name");
    case ParamType::StringList: return QStringLiteral("list of strings");
    case ParamType::StringMap: return QStringLiteral("map of strings");
    }
    return {};
}

QString table(const ParamSchema &schema)
{
    QString out = QStringLiteral("| Key | Type | Unit | Allowed | Default | Meaning |\n|---|---|---|---|---|---|\n");
    for (const ParamSpec &spec : schema.specs()) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(code(spec.key), typeText(spec.type), cell(spec.unit), cell(allowedText(spec)),
                        cell(code(defaultText(spec))), cell(spec.help));
    }
    return out;
}

} // namespace

QString schemaMarkdown()
{
    QString out;
    out += QStringLiteral("### Top-level settings\n\n") + table(settingsSchema());
    out += QStringLiteral("\n### `network:`\n\n") + table(networkSchema());
    out += QStringLiteral("\n### `workload:`\n\n") + table(workloadSchema());
    out += QStringLiteral("\n### `celery:`\n\nBesides `routes:` (see above):\n\n") + table(celerySchema());
    out += QStringLiteral("\n### Component kinds\n\n| Kind | Name | Tier | What it is |\n|---|---|---|---|\n");
    static const char *const tierNames[] = {"edge", "load balancer", "service", "data", "platform"};
    for (ComponentKind kind : allComponentKinds) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(code(kindName(kind)), cell(kindDisplayName(kind)), QString::fromLatin1(tierNames[int(kindTier(kind))]),
                        cell(kindDescription(kind)));
    }
    for (ComponentKind kind : allComponentKinds) {
        out += QStringLiteral("\n#### `%1` — %2\n\n%3\n\n").arg(kindName(kind), kindDisplayName(kind), kindDescription(kind));
        out += table(kindSchema(kind));
    }
    return out;
}

} // namespace Infra
