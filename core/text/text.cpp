#include "text.h"

#include <QCoreApplication>
#include <QLocale>

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace Infra {

Text Text::plain(const QString &text)
{
    Text t;
    t.m_plain = text;
    return t;
}

Text Text::withArg(Arg a) &&
{
    m_args.push_back(std::move(a));
    return std::move(*this);
}

Text Text::arg(const QString &a) const &
{
    return Text(*this).arg(a);
}

Text Text::arg(const QString &a) &&
{
    Arg x;
    x.string = a;
    return std::move(*this).withArg(std::move(x));
}

Text Text::arg(const Text &a) const &
{
    return Text(*this).arg(a);
}

Text Text::arg(const Text &a) &&
{
    Arg x;
    x.kind = Arg::Kind::Nested;
    x.nested.push_back(a);
    return std::move(*this).withArg(std::move(x));
}

Text Text::integerArg(qint64 n) &&
{
    Arg x;
    x.kind = Arg::Kind::Integer;
    x.integer = n;
    return std::move(*this).withArg(std::move(x));
}

Text Text::realArg(double v, char format, int precision) &&
{
    Arg x;
    x.kind = Arg::Kind::Real;
    x.real = v;
    x.format = format;
    x.precision = precision;
    return std::move(*this).withArg(std::move(x));
}

Text Text::argAmount(double x, int decimals) const &
{
    return Text(*this).argAmount(x, decimals);
}

Text Text::argAmount(double x, int decimals) &&
{
    Arg a;
    a.kind = Arg::Kind::Amount;
    a.real = x;
    a.decimals = decimals;
    return std::move(*this).withArg(std::move(a));
}

Text Text::joined(std::vector<Text> items, const QString &separator)
{
    Text t;
    t.m_plain = separator;
    t.m_joined = true;
    t.m_args.reserve(items.size());
    for (Text &item : items) {
        Arg a;
        a.kind = Arg::Kind::Nested;
        a.nested.push_back(std::move(item));
        t.m_args.push_back(std::move(a));
    }
    return t;
}

bool Text::isEmpty() const
{
    if (m_joined)
        return m_args.empty();
    return m_source ? *m_source == '\0' : m_plain.isEmpty();
}

QString Text::toString() const
{
    return render(false);
}

QString Text::translated() const
{
    return render(true);
}

bool Text::operator==(const Text &other) const
{
    const bool sameSource = m_source == other.m_source
        || (m_source && other.m_source && std::strcmp(m_source, other.m_source) == 0
            && std::strcmp(m_context ? m_context : "", other.m_context ? other.m_context : "") == 0);
    return sameSource && m_joined == other.m_joined && m_plain == other.m_plain && m_args == other.m_args;
}

namespace {

// Where the markers %1..%99 are in `s`: [position, length, number], and each marker's rank: as
// QString::arg with several arguments, the i-th lowest marker number takes argument i.
struct Marker
{
    qsizetype pos;
    qsizetype len;
    int number;
    int rank = 0;
};

std::vector<Marker> markers(const QString &s)
{
    std::vector<Marker> out;
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('%') || !s.at(i + 1).isDigit())
            continue;
        int n = s.at(i + 1).digitValue();
        qsizetype len = 2;
        if (i + 2 < s.size() && s.at(i + 2).isDigit()) {
            n = n * 10 + s.at(i + 2).digitValue();
            len = 3;
        }
        if (n > 0)
            out.push_back({i, len, n});
        i += len - 1;
    }
    std::vector<int> numbers;
    for (const Marker &m : out) {
        if (std::find(numbers.begin(), numbers.end(), m.number) == numbers.end())
            numbers.push_back(m.number);
    }
    std::sort(numbers.begin(), numbers.end());
    for (Marker &m : out)
        m.rank = int(std::find(numbers.begin(), numbers.end(), m.number) - numbers.begin());
    return out;
}

// A source template with its markers found.
struct Pattern
{
    QString text;
    std::vector<Marker> markers;
};

// The English template of `source`, decoded and scanned once per thread: toString() runs for
// every finding and review line of a derivation (~20 % of an update of 2,000 components went
// to decoding the same few hundred templates and finding their markers again). A source is a
// string literal (Text's constructor stores it, never copies it), so its address names it for
// the life of the process. Per thread: derivations run on several; no lock on this path.
const Pattern &englishPattern(const char *source)
{
    thread_local std::unordered_map<const char *, Pattern> cache;
    auto it = cache.find(source);
    if (it == cache.end()) {
        Pattern p;
        p.text = QString::fromUtf8(source);
        p.markers = markers(p.text);
        it = cache.emplace(source, std::move(p)).first;
    }
    return it->second;
}

} // namespace

QString Text::render(bool translate) const
{
    if (m_joined) {
        QStringList parts;
        parts.reserve(qsizetype(m_args.size()));
        for (const Arg &a : m_args)
            parts.append(a.nested.front().render(translate));
        return parts.join(m_plain);
    }
    if (!m_source)
        return m_plain;
    Pattern translatedPattern;
    if (translate) {
        translatedPattern.text = QCoreApplication::translate(m_context, m_source);
        if (!m_args.empty())
            translatedPattern.markers = markers(translatedPattern.text);
    }
    const Pattern &pattern = translate ? translatedPattern : englishPattern(m_source);
    if (m_args.empty())
        return pattern.text;

    QVarLengthArray<QString, 8> values;
    values.reserve(qsizetype(m_args.size()));
    // The user's locale only when translating: toString() runs for every finding and review line
    // of a derivation, and a locale with changed options is an allocation.
    QLocale locale = translate ? QLocale() : QLocale::c();
    if (translate)
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    for (const Arg &a : m_args) {
        switch (a.kind) {
        case Arg::Kind::String: values.append(a.string); break;
        case Arg::Kind::Integer: values.append(translate ? locale.toString(a.integer) : QString::number(a.integer)); break;
        case Arg::Kind::Real:
            values.append(translate ? locale.toString(a.real, a.format, a.precision < 0 ? 6 : a.precision)
                                    : QStringLiteral("%1").arg(a.real, 0, a.format, a.precision));
            break;
        case Arg::Kind::Amount: {
            QLocale grouped = translate ? QLocale() : QLocale::c();
            grouped.setNumberOptions(QLocale::DefaultNumberOptions);
            values.append(grouped.toString(a.real, 'f', a.decimals));
            break;
        }
        case Arg::Kind::Nested: values.append(a.nested.front().render(translate)); break;
        }
    }

    // One pass over the markers, into a string allocated once at its final size; markers
    // beyond the arguments stay as they are.
    const QString &text = pattern.text;
    qsizetype size = text.size();
    for (const Marker &m : pattern.markers) {
        if (m.rank < values.size())
            size += values.at(m.rank).size() - m.len;
    }
    // Written in place rather than appended piece by piece: a derivation renders ~20,000
    // texts, and each append was a call into Qt with its checks.
    QString out(size, Qt::Uninitialized);
    QChar *to = out.data();
    const auto put = [&to](QStringView piece) {
        std::copy(piece.begin(), piece.end(), to);
        to += piece.size();
    };
    qsizetype last = 0;
    for (const Marker &m : pattern.markers) {
        if (m.rank >= values.size())
            continue;
        put(QStringView(text).mid(last, m.pos - last));
        put(values.at(m.rank));
        last = m.pos + m.len;
    }
    put(QStringView(text).mid(last));
    Q_ASSERT(to == out.constData() + size);
    return out;
}

} // namespace Infra
