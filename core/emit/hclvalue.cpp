#include "hclvalue.h"

#include <QRegularExpression>

#include <cmath>

namespace Infra {

namespace {

QString spaces(int n)
{
    return QString(n, QLatin1Char(' '));
}

} // namespace

HclValue::HclValue() = default;

HclValue HclValue::raw(const QString &expression)
{
    HclValue v;
    v.m_kind = Kind::Raw;
    v.m_text = expression;
    return v;
}

QString HclValue::quote(const QString &text, bool escapeTemplates)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '$':
        case '%':
            out += c;
            if (escapeTemplates && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{'))
                out += c; // $${ and %%{ are the literal forms
            break;
        default: out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

HclValue HclValue::string(const QString &text)
{
    return raw(quote(text, false));
}

HclValue HclValue::literal(const QString &text)
{
    return raw(quote(text, true));
}

HclValue HclValue::number(qint64 value)
{
    return raw(QString::number(value));
}

HclValue HclValue::number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return raw(QString::number(qint64(value)));
    return raw(QString::number(value, 'g', 15));
}

HclValue HclValue::boolean(bool value)
{
    return raw(value ? QStringLiteral("true") : QStringLiteral("false"));
}

HclValue HclValue::list(const QList<HclValue> &items)
{
    HclValue v;
    v.m_kind = Kind::List;
    v.m_items = items;
    return v;
}

HclValue HclValue::stringList(const QStringList &items)
{
    QList<HclValue> values;
    values.reserve(items.size());
    for (const QString &s : items)
        values.append(literal(s));
    return list(values);
}

HclValue HclValue::object(const QList<Entry> &entries)
{
    HclValue v;
    v.m_kind = Kind::Object;
    v.m_entries = entries;
    return v;
}

HclValue HclValue::call(const QString &function, const QList<HclValue> &arguments)
{
    HclValue v;
    v.m_kind = Kind::Call;
    v.m_text = function;
    v.m_items = arguments;
    return v;
}

bool HclValue::isMultiLine() const
{
    switch (m_kind) {
    case Kind::Raw: return m_text.contains(QLatin1Char('\n'));
    case Kind::Object: return !m_entries.isEmpty();
    case Kind::List:
    case Kind::Call:
        for (const HclValue &item : m_items) {
            if (item.isMultiLine())
                return true;
        }
        return false;
    }
    return false;
}

QString HclValue::key(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return identifier.match(name).hasMatch() ? name : quote(name, true);
}

QString HclValue::render(int indent) const
{
    switch (m_kind) {
    case Kind::Raw:
        return m_text;
    case Kind::List: {
        if (!isMultiLine()) {
            QString out = QStringLiteral("[");
            for (qsizetype i = 0; i < m_items.size(); ++i) {
                if (i > 0)
                    out += QLatin1String(", ");
                out += m_items.at(i).render(indent);
            }
            return out + QLatin1Char(']');
        }
        QString out = QStringLiteral("[\n");
        for (const HclValue &item : m_items)
            out += spaces(indent + 2) + item.render(indent + 2) + QLatin1String(",\n");
        return out + spaces(indent) + QLatin1Char(']');
    }
    case Kind::Object: {
        if (m_entries.isEmpty())
            return QStringLiteral("{}");
        QList<HclAttributeLine> lines;
        lines.reserve(m_entries.size());
        for (const Entry &e : m_entries)
            lines.append({key(e.first), e.second.render(indent + 2)});
        return QLatin1String("{\n") + renderAlignedLines(lines, indent + 2) + spaces(indent) + QLatin1Char('}');
    }
    case Kind::Call: {
        // A call keeps its parentheses on the lines of its first and last argument, so
        // jsonencode({ … }) and jsonencode([ … ]) indent their content by one level only.
        QString out = m_text + QLatin1Char('(');
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += QLatin1String(", ");
            out += m_items.at(i).render(indent);
        }
        return out + QLatin1Char(')');
    }
    }
    return {};
}

QString renderAlignedLines(const QList<HclAttributeLine> &lines, int indent)
{
    const QString pad = spaces(indent);
    QString out;
    qsizetype i = 0;
    while (i < lines.size()) {
        const HclAttributeLine &line = lines.at(i);
        const bool single = !line.name.isEmpty() && !line.text.contains(QLatin1Char('\n'));
        if (!single) {
            if (!line.name.isEmpty())
                out += pad + line.name + QLatin1String(" = ") + line.text + QLatin1Char('\n');
            else if (line.text.isEmpty())
                out += QLatin1Char('\n');
            else
                out += line.text; // pre-rendered lines (nested block, comment), newline-terminated
            ++i;
            continue;
        }
        // A run of single-line attributes shares the column after its longest name.
        qsizetype end = i;
        qsizetype width = 0;
        while (end < lines.size() && !lines.at(end).name.isEmpty() && !lines.at(end).text.contains(QLatin1Char('\n'))) {
            width = std::max(width, lines.at(end).name.size());
            ++end;
        }
        for (; i < end; ++i) {
            const HclAttributeLine &l = lines.at(i);
            out += pad + l.name + spaces(int(width - l.name.size())) + QLatin1String(" = ") + l.text + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace Infra
