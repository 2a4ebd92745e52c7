#include "pyvalue.h"

namespace Infra {

const PyValue *PyValue::get(const QString &key) const
{
    if (kind != Kind::Dict && kind != Kind::Call)
        return nullptr;
    for (qsizetype i = keys.size() - 1; i >= 0; --i)
        if (keys.at(i) == key && size_t(i) < items.size())
            return &items[size_t(i)];
    return nullptr;
}

const PyValue *PyValue::arg(int index) const
{
    if (kind != Kind::Call)
        return nullptr;
    int n = 0;
    for (qsizetype i = 0; i < keys.size() && size_t(i) < items.size(); ++i) {
        if (!keys.at(i).isEmpty())
            continue;
        if (n++ == index)
            return &items[size_t(i)];
    }
    return nullptr;
}

QString PyValue::effectiveString() const
{
    if (kind == Kind::Str)
        return text;
    if (const PyValue *d = envDefault())
        return d->effectiveString();
    if (kind == Kind::Number || kind == Kind::Bool)
        return text;
    return {};
}

QString PyValue::display(int depth) const
{
    if (depth > 3)
        return QStringLiteral("…");
    switch (kind) {
    case Kind::Str: return text;
    case Kind::Number:
    case Kind::Bool: return text;
    case Kind::None: return QStringLiteral("None");
    case Kind::Env:
        return QStringLiteral("$") + text
            + (hasEnvDefault() ? QStringLiteral(" (default ") + items.front().display(depth + 1) + QLatin1Char(')') : QString());
    case Kind::List: {
        QStringList parts;
        for (const PyValue &v : items)
            parts << v.display(depth + 1);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case Kind::Dict: {
        QStringList parts;
        for (size_t i = 0; i < items.size() && qsizetype(i) < keys.size(); ++i)
            parts << keys.at(qsizetype(i)) + QStringLiteral(": ") + items[i].display(depth + 1);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    case Kind::Call: return text + QStringLiteral("(…)");
    case Kind::Unknown: return text.size() > 80 ? text.left(77) + QStringLiteral("...") : text;
    }
    return {};
}

PyValue PyValue::unknown(const QString &source, const QString &file, int line)
{
    PyValue v;
    v.text = source.simplified();
    v.file = file;
    v.line = line;
    return v;
}

PyValue PyValue::string(const QString &s, const QString &file, int line)
{
    PyValue v;
    v.kind = Kind::Str;
    v.text = s;
    v.file = file;
    v.line = line;
    return v;
}

} // namespace Infra
