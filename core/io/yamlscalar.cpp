#include "yamlscalar.h"

#include "yamltree.h"

#include <charconv>
#include <cmath>
#include <regex>

namespace Infra::YamlScalar {

namespace {

bool isOneOf(const std::string &text, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (text == w)
            return true;
    }
    return false;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isOctalDigit(char c) { return c >= '0' && c <= '7'; }
bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The number of characters from `i` on that satisfy `is`.
template<typename Predicate>
std::size_t span(std::string_view text, std::size_t i, Predicate is)
{
    std::size_t n = 0;
    while (i + n < text.size() && is(text[i + n]))
        ++n;
    return n;
}

bool isSign(std::string_view text, std::size_t i)
{
    return i < text.size() && (text[i] == '+' || text[i] == '-');
}

} // namespace

// These two match the whole text against the YAML 1.2 core schema's patterns (hand-written:
// std::regex took a few microseconds a scalar, a noticeable share of reading a design):
//     int:   [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
//     float: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
// tst_yamlio compares them with those regular expressions.
bool isIntText(std::string_view text)
{
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x')) {
        const bool octal = text[1] == 'o';
        return span(text, 2, octal ? isOctalDigit : isHexDigit) == text.size() - 2;
    }
    const std::size_t start = isSign(text, 0) ? 1 : 0;
    const std::size_t digits = span(text, start, isDigit);
    return digits > 0 && start + digits == text.size();
}

bool isFloatText(std::string_view text)
{
    if (text == ".nan" || text == ".NaN" || text == ".NAN")
        return true;
    std::size_t i = isSign(text, 0) ? 1 : 0;
    const std::string_view unsignedText = text.substr(i);
    if (unsignedText == ".inf" || unsignedText == ".Inf" || unsignedText == ".INF")
        return true;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fraction = span(text, i + 1, isDigit);
        if (fraction == 0)
            return false;
        i += 1 + fraction;
    } else {
        const std::size_t whole = span(text, i, isDigit);
        if (whole == 0)
            return false;
        i += whole;
        if (i < text.size() && text[i] == '.')
            i += 1 + span(text, i + 1, isDigit);
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (isSign(text, i))
            ++i;
        const std::size_t exponent = span(text, i, isDigit);
        if (exponent == 0)
            return false;
        i += exponent;
    }
    return i == text.size();
}

Kind kindOfPlain(const std::string &text)
{
    if (text.empty() || isOneOf(text, {"~", "null", "Null", "NULL"}))
        return Kind::Null;
    if (isOneOf(text, {"true", "True", "TRUE", "false", "False", "FALSE"}))
        return Kind::Bool;
    if (isIntText(text))
        return Kind::Int;
    if (isFloatText(text))
        return Kind::Float;
    return Kind::String;
}

Kind kindOf(const YamlNode &node)
{
    if (!node.isDefined() || node.isNull())
        return Kind::Null;
    const std::string &tag = node.tag();
    if (tag == "?")
        return kindOfPlain(node.scalar());
    if (tag == "tag:yaml.org,2002:int")
        return Kind::Int;
    if (tag == "tag:yaml.org,2002:float")
        return Kind::Float;
    if (tag == "tag:yaml.org,2002:bool")
        return Kind::Bool;
    if (tag == "tag:yaml.org,2002:null")
        return Kind::Null;
    return Kind::String; // "!" (quoted) or !!str
}

std::optional<bool> toBool(const std::string &text)
{
    if (isOneOf(text, {"true", "True", "TRUE"}))
        return true;
    if (isOneOf(text, {"false", "False", "FALSE"}))
        return false;
    return std::nullopt;
}

std::optional<qint64> toInt(const std::string &text)
{
    if (!isIntText(text))
        return std::nullopt;
    int base = 10;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    bool negative = false;
    if (text.starts_with("0x")) {
        base = 16;
        begin += 2;
    } else if (text.starts_with("0o")) {
        base = 8;
        begin += 2;
    } else if (*begin == '+' || *begin == '-') {
        negative = *begin == '-';
        ++begin;
    }
    // Parse the magnitude as unsigned so the most negative value still fits.
    unsigned long long magnitude = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, magnitude, base);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    constexpr unsigned long long maxPositive = 9223372036854775807ULL;
    if (negative) {
        if (magnitude > maxPositive + 1)
            return std::nullopt;
        return magnitude == maxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
    }
    if (magnitude > maxPositive)
        return std::nullopt;
    return qint64(magnitude);
}

std::optional<double> toDouble(const std::string &text)
{
    if (const std::optional<qint64> i = toInt(text))
        return double(*i);
    if (!isFloatText(text))
        return std::nullopt;
    std::string s = text;
    if (!s.empty() && s.front() == '+')
        s.erase(0, 1);
    double value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt; // .inf, .nan and overflow
    return value;
}

std::string formatDouble(double value)
{
    if (value == 0)
        return "0"; // also for -0
    char buffer[64];
    const double magnitude = std::fabs(value);
    const std::chars_format format = magnitude >= 1e-4 && magnitude < 1e16 ? std::chars_format::fixed
                                                                           : std::chars_format::general;
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, format);
    if (ec != std::errc())
        return "0";
    return std::string(buffer, ptr);
}

bool needsQuotes(const std::string &text)
{
    if (kindOfPlain(text) != Kind::String)
        return true;
    // YAML 1.1 booleans, sexagesimal and underscored numbers, which older tools still
    // resolve as such.
    static const std::regex yaml11("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF"
                                   "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
                                   "|[-+]?(0b[01_]+|0[0-7_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?)");
    return std::regex_match(text, yaml11);
}

} // namespace Infra::YamlScalar
