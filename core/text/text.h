#pragma once

#include <QString>
#include <QStringList>

#include <concepts>
#include <vector>

namespace Infra {

// A sentence that core builds in English for people to read (a finding, a cost line, a
// connection's purpose), kept as its source template and arguments so that a front end can show
// it in the user's language while files, JSON and reports keep the English bytes.
//
//   Text t = trText("Infra::Rules", "RDS %1 has a public address").arg(c.id);
//   t.toString()    // "RDS db has a public address": reports, JSON, exported documents
//   t.translated()  // "RDS db hat eine öffentliche Adresse" with the German catalog loaded
//
// Arguments follow QString::arg: the lowest-numbered marker (%1..%99) takes the first argument.
// They are substituted in one pass, so an argument's own "%1" is never read as a marker.
// Numbers are kept as numbers: toString() writes them as QString::arg does, translated() with
// the default QLocale (decimal comma in German) but without group separators (ports stay "5432").
// An argument may be a Text itself ("%1: every periodic task is sent %2 times" with a sentence
// as %1); it is translated with the outer text.
class Text
{
public:
    Text() = default;
    // The translatable source `source` in lupdate context `context`: both must be string
    // literals (they are stored, not copied). Use trText() so lupdate finds them.
    Text(const char *context, const char *source);
    // A text that is the same in every language: a name, an identifier, a list of them.
    static Text plain(const QString &text);
    // Texts joined by a separator ("web max 12 (fits 8), worker max 6 (fits 4)"), each translated
    // on its own. Flat, so a list of n items costs n, not n² as nested "%1, %2" texts would.
    static Text joined(std::vector<Text> items, const QString &separator);

    // Each way to add an argument comes twice: on a text that lives on, a copy takes the
    // argument; on a temporary (trText(...).arg(a).arg(b)), the text itself does, instead of
    // a copy of all its arguments at each step (a derivation adds ~60,000 arguments).
    [[nodiscard]] Text arg(const QString &a) const &;
    [[nodiscard]] Text arg(const QString &a) &&;
    [[nodiscard]] Text arg(const QString &a1, const QString &a2) const &;
    [[nodiscard]] Text arg(const QString &a1, const QString &a2) &&;
    [[nodiscard]] Text arg(const QString &a1, const QString &a2, const QString &a3) const &;
    [[nodiscard]] Text arg(const QString &a1, const QString &a2, const QString &a3) &&;
    [[nodiscard]] Text arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const &;
    [[nodiscard]] Text arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) &&;
    [[nodiscard]] Text arg(const Text &a) const &;
    [[nodiscard]] Text arg(const Text &a) &&;
    // An amount with `decimals` places and group separators: "1,234.56" in English (C locale),
    // "1.234,56" in German. For money and other figures people read rather than copy.
    [[nodiscard]] Text argAmount(double x, int decimals) const &;
    [[nodiscard]] Text argAmount(double x, int decimals) &&;
    template <std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    [[nodiscard]] Text arg(T n) const &
    {
        return Text(*this).arg(n);
    }
    template <std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    [[nodiscard]] Text arg(T n) &&
    {
        return std::move(*this).integerArg(qint64(n));
    }
    template <std::floating_point T>
    [[nodiscard]] Text arg(T x) const &
    {
        return Text(*this).arg(x);
    }
    template <std::floating_point T>
    [[nodiscard]] Text arg(T x) &&
    {
        return std::move(*this).realArg(double(x));
    }
    // As QString::arg(x, 0, format, precision): "%1 LCU" with (0.049, 'f', 2) gives "0.05 LCU"
    // in English, "0,05 LCU" translated to German.
    [[nodiscard]] Text arg(double x, char format, int precision) const &;
    [[nodiscard]] Text arg(double x, char format, int precision) &&;

    bool isEmpty() const;
    QString toString() const;    // English
    QString translated() const;  // through QCoreApplication::translate and the default locale
    const char *context() const { return m_context; }
    const char *source() const { return m_source; }

    bool operator==(const Text &other) const;

private:
    struct Arg;
    Text integerArg(qint64 n) &&;
    Text realArg(double x, char format = 'g', int precision = -1) &&;
    Text withArg(Arg a) &&;
    QString render(bool translate) const;

    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QString m_plain;         // plain() texts: m_source is null; joined(): the separator
    bool m_joined = false;   // joined(): m_args are the items (Kind::Nested)
    std::vector<Arg> m_args;
};

struct Text::Arg
{
    enum class Kind { String, Integer, Real, Amount, Nested };
    Kind kind = Kind::String;
    QString string;
    qint64 integer = 0;
    double real = 0;
    char format = 'g';  // Kind::Real: QString::arg's format and precision (-1: the default, 6)
    int precision = -1;
    int decimals = 0;      // Kind::Amount
    std::vector<Text> nested;  // one element for Kind::Nested (a vector: Text is incomplete here)
    bool operator==(const Arg &other) const = default;
};

// Defined after Arg: building or destroying a Text instantiates vector<Arg>, which clang (the
// fuzzing build) wants complete where the function body stands.
inline Text::Text(const char *context, const char *source)
    : m_context(context)
    , m_source(source)
{
}

inline Text Text::arg(double x, char format, int precision) const &
{
    return Text(*this).arg(x, format, precision);
}

inline Text Text::arg(double x, char format, int precision) &&
{
    return std::move(*this).realArg(x, format, precision);
}

inline Text Text::arg(const QString &a1, const QString &a2) const &
{
    return arg(a1).arg(a2);
}

inline Text Text::arg(const QString &a1, const QString &a2) &&
{
    return std::move(*this).arg(a1).arg(a2);
}

inline Text Text::arg(const QString &a1, const QString &a2, const QString &a3) const &
{
    return arg(a1).arg(a2).arg(a3);
}

inline Text Text::arg(const QString &a1, const QString &a2, const QString &a3) &&
{
    return std::move(*this).arg(a1).arg(a2).arg(a3);
}

inline Text Text::arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const &
{
    return arg(a1).arg(a2).arg(a3).arg(a4);
}

inline Text Text::arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) &&
{
    return std::move(*this).arg(a1).arg(a2).arg(a3).arg(a4);
}

// The marker lupdate knows through `-tr-function-alias QT_TRANSLATE_NOOP+=trText`
// (translations/CMakeLists.txt): every Text source is extracted to the .ts files with its context.
inline Text trText(const char *context, const char *source)
{
    return Text(context, source);
}

} // namespace Infra
