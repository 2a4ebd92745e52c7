#pragma once

#include "designerror.h"
#include "model/paramspec.h"
#include "text/text.h"

#include <QString>
#include <QVariant>

#include "yamltree.h"

#include <optional>
#include <vector>

namespace Infra {

// Reads typed values out of YAML nodes (YamlTree: what yaml-cpp's parser reported) by the rules of docs/design-format.md ("Values")
// and collects errors with their positions: the generic half of the design reader, usable
// for other YAML documents of the studio.
class YamlNodeReader
{
public:
    // One key: value pair of a YAML map, with the key's text.
    struct Entry
    {
        QString key;
        YamlNode keyNode;
        YamlNode value;
    };

    explicit YamlNodeReader(QString fileName);

    const DesignErrors &errors() const { return m_errors; }

    // Messages are texts in the context "Infra::DesignFile" (DesignError::messageText).
    void error(const YAML::Mark &mark, const Text &message);
    // The position of a value; a missing value (`key:`) has no useful mark of its own,
    // so it is reported at its key.
    static YAML::Mark markOf(const YamlNode &value, const YAML::Mark &fallback);

    // The entries of a map; keys that are not names and repeated keys are errors.
    std::vector<Entry> entries(const YamlNode &map);
    bool expectMap(const YamlNode &node, const YAML::Mark &fallback, const Text &what);
    bool expectSequence(const YamlNode &node, const YAML::Mark &fallback, const Text &what);
    std::optional<QString> readString(const Entry &e, bool allowEmpty);
    // A value of the spec's type, validated against its range, choices or pattern.
    std::optional<QVariant> readValue(const ParamSpec &spec, const Entry &e);

    static QString quoted(const QString &s);
    // " (did you mean 'x'?)", or an empty text when no candidate is close.
    static Text didYouMean(const QString &word, const QStringList &candidates);
    static QString text(const YamlNode &node);
    static Text describe(const YamlNode &node); // "the string \"x\"", "a list", ...

protected:
    QString m_file;
    DesignErrors m_errors;
};

} // namespace Infra
