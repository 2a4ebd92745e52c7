#include "docswriter.h"

#include <cmath>

namespace Infra {

namespace {

QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

DocsWriter &DocsWriter::heading(int level, const QString &text)
{
    m_blocks.append(QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text);
    return *this;
}

DocsWriter &DocsWriter::paragraph(const QString &text)
{
    if (!text.isEmpty())
        m_blocks.append(text);
    return *this;
}

DocsWriter &DocsWriter::bullets(const QStringList &items)
{
    if (items.isEmpty())
        return *this;
    QStringList lines;
    for (const QString &i : items)
        lines.append(QStringLiteral("- ") + i);
    m_blocks.append(lines.join(QLatin1Char('\n')));
    return *this;
}

DocsWriter &DocsWriter::numbered(const QStringList &items)
{
    if (items.isEmpty())
        return *this;
    QStringList lines;
    for (qsizetype i = 0; i < items.size(); ++i)
        lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(items.at(i)));
    m_blocks.append(lines.join(QLatin1Char('\n')));
    return *this;
}

DocsWriter &DocsWriter::table(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList escaped;
        for (const QString &c : cells)
            escaped.append(cell(c));
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    QStringList lines{line(header)};
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule.append(QStringLiteral("---"));
    lines.append(QStringLiteral("|") + rule.join(QLatin1Char('|')) + QStringLiteral("|"));
    for (const QStringList &r : rows)
        lines.append(line(r));
    m_blocks.append(lines.join(QLatin1Char('\n')));
    return *this;
}

QString DocsWriter::escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~&=:\"'");
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\r'))
            continue;
        if (special.contains(ch))
            out += QLatin1Char('\\');
        out += ch == QLatin1Char('\t') ? QChar(QLatin1Char(' ')) : ch;
    }
    return out;
}

DocsWriter &DocsWriter::quote(const QString &text)
{
    // A hard line break (a backslash at the end) keeps the note's lines apart; an empty line
    // stays an empty quoted line.
    const QStringList lines = escaped(text.trimmed()).split(QLatin1Char('\n'));
    QStringList quoted;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const bool more = i + 1 < lines.size() && !line.isEmpty() && !lines.at(i + 1).trimmed().isEmpty();
        quoted.append(line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line + (more ? QStringLiteral("\\") : QString()));
    }
    if (!quoted.isEmpty())
        m_blocks.append(quoted.join(QLatin1Char('\n')));
    return *this;
}

DocsWriter &DocsWriter::code(const QString &language, const QString &text)
{
    QString body = text;
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    m_blocks.append(QStringLiteral("```") + language + QLatin1Char('\n') + body + QStringLiteral("\n```"));
    return *this;
}

DocsWriter &DocsWriter::raw(const QString &text)
{
    if (!text.isEmpty())
        m_blocks.append(text);
    return *this;
}

QString DocsWriter::text() const
{
    return m_blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString DocsWriter::integer(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString DocsWriter::number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    QString s = QString::number(value, 'f', 6);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString DocsWriter::decimal(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString DocsWriter::unitPrice(double value)
{
    QString s = decimal(value, 6);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    if (dot < 0)
        s += QStringLiteral(".00");
    else if (s.size() - dot - 1 < 2)
        s += QLatin1Char('0');
    if (s.startsWith(QLatin1Char('-')))
        return QStringLiteral("-$") + s.mid(1);
    return QLatin1Char('$') + s;
}

QString DocsWriter::money(double value)
{
    const qint64 cents = qint64(std::llround(value * 100.0));
    const bool negative = cents < 0;
    const qint64 abs = negative ? -cents : cents;
    const QString text = QLatin1Char('$') + integer(abs / 100) + QLatin1Char('.') +
                         QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString DocsWriter::seconds(qint64 value)
{
    struct Unit
    {
        qint64 size;
        const char *one;
        const char *many;
    };
    static const Unit units[] = {{31536000, "year", "years"},
                                 {604800, "week", "weeks"},
                                 {86400, "day", "days"},
                                 {3600, "hour", "hours"},
                                 {60, "minute", "minutes"}};
    const QString plain = QString::number(value) + QStringLiteral(" s");
    for (const Unit &u : units) {
        if (value >= u.size && value % u.size == 0) {
            const qint64 n = value / u.size;
            return plain + QStringLiteral(" (%1 %2)").arg(n).arg(QLatin1String(n == 1 ? u.one : u.many));
        }
    }
    return plain;
}

} // namespace Infra
