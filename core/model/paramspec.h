#pragma once

#include "text/text.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace Infra {

// The type of a parameter value, as stored in a QVariant:
// Bool → bool, Int → qint64, Double → double, String/Enum → QString,
// StringList → QStringList, StringMap → QVariantMap of QString values.
enum class ParamType { Bool, Int, Double, String, Enum, StringList, StringMap };

QString paramTypeName(ParamType type);

// One typed parameter of a component kind, of the workload or of the design settings:
// the single source for validation, defaults, documentation, editors and tooltips.
struct ParamSpec
{
    QString key;          // YAML key, snake_case
    ParamType type = ParamType::String;
    QString label;        // short human label (translatable in the ui)
    QString unit;         // "GB", "vCPU units", "s", "%", … or empty
    QVariant defaultValue;
    double minimum = 0;   // Int/Double: inclusive range (when hasRange)
    double maximum = 0;
    bool hasRange = false;
    QStringList choices;  // Enum: the allowed values; StringList: allowed items when not empty
    QList<qint64> allowedInts; // Int: a closed set of values when not empty (Fargate cpu, …)
    QString pattern;      // String (StringList: each item): a regular expression the whole value must match, when not empty
    QString help;         // what it means and what changing it does (tooltips, docs)

    bool isNumeric() const { return type == ParamType::Int || type == ParamType::Double; }
};

// An ordered list of specs; order is the order of keys in saved files and in the inspector.
class ParamSchema
{
public:
    ParamSchema() = default;
    explicit ParamSchema(std::vector<ParamSpec> specs);

    const std::vector<ParamSpec> &specs() const { return m_specs; }
    const ParamSpec *find(const QString &key) const;
    QStringList keys() const;
    QVariantMap defaults() const;

    // Checks a value against the spec; returns an empty string when valid, else a message.
    static QString validate(const ParamSpec &spec, const QVariant &value);
    // The same message with its source text ("Infra::Constraints"), for the GUI; empty when valid.
    static Text validationText(const ParamSpec &spec, const QVariant &value);

private:
    std::vector<ParamSpec> m_specs;
};

// The closest candidates to `word` (edit distance), for "did you mean" hints.
QStringList nearestNames(const QString &word, const QStringList &candidates, int max = 3);
int editDistance(const QString &a, const QString &b);

} // namespace Infra
