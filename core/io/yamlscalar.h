#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace Infra {
class YamlNode;
}

namespace Infra::YamlScalar {

// How the YAML 1.2 core schema resolves a scalar, so values are typed by what the
// author wrote ("5" quoted is a string, 5 plain is an integer).
enum class Kind { Null, Bool, Int, Float, String };

// The kind of a scalar node (plain scalars are resolved by their text, quoted or
// !!str-tagged ones are strings; !!int, !!float, !!bool, !!null tags are honoured).
Kind kindOf(const YamlNode &node);
Kind kindOfPlain(const std::string &text);
// Whether the whole text is an integer (decimal, 0o octal, 0x hex) or a float (with .inf
// and .nan) by the core schema's patterns; a float pattern also matches integers.
bool isIntText(std::string_view text);
bool isFloatText(std::string_view text);

std::optional<bool> toBool(const std::string &text);
std::optional<qint64> toInt(const std::string &text);   // decimal, 0x hex, 0o octal
std::optional<double> toDouble(const std::string &text); // finite numbers only

// A number as the writer emits it: integers without a fraction, other values in the
// shortest text that reads back to the same double.
std::string formatDouble(double value);

// True when a plain scalar of this text would not read back as the same string
// (it looks like a number, a boolean, null, or YAML 1.1's yes/no/on/off).
bool needsQuotes(const std::string &text);

} // namespace Infra::YamlScalar
