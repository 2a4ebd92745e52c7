#include "hclvalue.h"

#include <QRegularExpression>

#include <cmath>

namespace Infra {

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

const HclValue *HclValue::entry(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.first == key)
            return &e.second;
    }
    return nullptr;
}

std::optional<QString> HclValue::quotedText() const
{
    if (m_kind != Kind::Raw || m_text.size() < 2 || !m_text.startsWith(QLatin1Char('"')) || !m_text.endsWith(QLatin1Char('"')))
        return std::nullopt;
    QString out;
    for (qsizetype i = 1; i + 1 < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"'))
            return std::nullopt; // two strings or an expression around quotes
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i + 1 >= m_text.size())
            return std::nullopt;
        switch (m_text.at(i).unicode()) {
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        default: out += m_text.at(i);
        }
    }
    return out;
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
    if (m_kind == Kind::Raw)
        return m_text;
    QString out;
    renderTo(out, indent);
    return out;
}

// Everything appends to one buffer: nested values are never rendered into strings of their
// own and copied up, which keeps large designs linear in the size of the output.
void HclValue::renderTo(QString &out, int indent) const
{
    switch (m_kind) {
    case Kind::Raw:
        out += m_text;
        return;
    case Kind::List:
        if (!isMultiLine()) {
            out += QLatin1Char('[');
            for (qsizetype i = 0; i < m_items.size(); ++i) {
                if (i > 0)
                    out += QLatin1String(", ");
                m_items.at(i).renderTo(out, indent);
            }
            out += QLatin1Char(']');
            return;
        }
        out += QLatin1String("[\n");
        for (const HclValue &item : m_items) {
            Hcl::appendSpaces(out, indent + 2);
            item.renderTo(out, indent + 2);
            out += QLatin1String(",\n");
        }
        Hcl::appendSpaces(out, indent);
        out += QLatin1Char(']');
        return;
    case Kind::Object: {
        if (m_entries.isEmpty()) {
            out += QLatin1String("{}");
            return;
        }
        out += QLatin1String("{\n");
        qsizetype i = 0;
        while (i < m_entries.size()) {
            if (m_entries.at(i).second.isMultiLine()) {
                Hcl::appendAttribute(out, indent + 2, key(m_entries.at(i).first), 0, m_entries.at(i).second);
                ++i;
                continue;
            }
            qsizetype end = i;
            qsizetype width = 0;
            QStringList keys;
            while (end < m_entries.size() && !m_entries.at(end).second.isMultiLine()) {
                keys.append(key(m_entries.at(end).first));
                width = std::max(width, keys.last().size());
                ++end;
            }
            for (qsizetype k = 0; i < end; ++i, ++k)
                Hcl::appendAttribute(out, indent + 2, keys.at(k), width, m_entries.at(i).second);
        }
        Hcl::appendSpaces(out, indent);
        out += QLatin1Char('}');
        return;
    }
    case Kind::Call:
        // A call keeps its parentheses on the lines of its first and last argument, so
        // jsonencode({ … }) and jsonencode([ … ]) indent their content by one level only.
        out += m_text;
        out += QLatin1Char('(');
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += QLatin1String(", ");
            m_items.at(i).renderTo(out, indent);
        }
        out += QLatin1Char(')');
        return;
    }
}

namespace Hcl {

void appendSpaces(QString &out, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        out += QLatin1Char(' ');
}

void appendAttribute(QString &out, int indent, const QString &name, qsizetype width, const HclValue &value)
{
    appendSpaces(out, indent);
    out += name;
    appendSpaces(out, width - name.size());
    out += QLatin1String(" = ");
    value.renderTo(out, indent);
    out += QLatin1Char('\n');
}

} // namespace Hcl

} // namespace Infra
