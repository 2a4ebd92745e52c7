#include "paramspec.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Infra {

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::Bool: return QStringLiteral("boolean");
    case ParamType::Int: return QStringLiteral("integer");
    case ParamType::Double: return QStringLiteral("number");
    case ParamType::String: return QStringLiteral("string");
    case ParamType::Enum: return QStringLiteral("one of a set of names");
    case ParamType::StringList: return QStringLiteral("list of strings");
    case ParamType::StringMap: return QStringLiteral("map of strings");
    }
    return {};
}

ParamSchema::ParamSchema(std::vector<ParamSpec> specs)
    : m_specs(std::move(specs))
{
}

const ParamSpec *ParamSchema::find(const QString &key) const
{
    for (const ParamSpec &spec : m_specs) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QStringList ParamSchema::keys() const
{
    QStringList result;
    result.reserve(qsizetype(m_specs.size()));
    for (const ParamSpec &spec : m_specs)
        result.append(spec.key);
    return result;
}

QVariantMap ParamSchema::defaults() const
{
    QVariantMap result;
    for (const ParamSpec &spec : m_specs)
        result.insert(spec.key, spec.defaultValue);
    return result;
}

// The compiled expression of a spec's pattern: compiling it (PCRE2 with its JIT) took
// longer than matching, for every string parameter of every component read.
static const QRegularExpression &anchoredPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.constEnd())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return *it;
}

static QString formatNumber(double v)
{
    return QString::number(v, 'g', 12);
}

QString ParamSchema::validate(const ParamSpec &spec, const QVariant &value)
{
    return validationText(spec, value).toString();
}

Text ParamSchema::validationText(const ParamSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case ParamType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return trText("Infra::Constraints", "'%1' must be true or false").arg(spec.key);
        return {};
    case ParamType::Int:
    case ParamType::Double: {
        const bool isInt = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
        const bool isDouble = value.typeId() == QMetaType::Double;
        if (spec.type == ParamType::Int && !isInt)
            return trText("Infra::Constraints", "'%1' must be a whole number").arg(spec.key);
        if (spec.type == ParamType::Double && !isInt && !isDouble)
            return trText("Infra::Constraints", "'%1' must be a number").arg(spec.key);
        const double v = value.toDouble();
        if (spec.hasRange && (v < spec.minimum || v > spec.maximum)) {
            // The unit follows the numbers directly ("%2%3"), so a value without a unit has no space.
            return trText("Infra::Constraints", "'%1' is %2%3, outside the valid range %4 to %5%3")
                .arg(spec.key, formatNumber(v), spec.unit.isEmpty() ? QString() : QStringLiteral(" ") + spec.unit,
                     formatNumber(spec.minimum))
                .arg(formatNumber(spec.maximum));
        }
        if (!spec.allowedInts.isEmpty() && !spec.allowedInts.contains(value.toLongLong())) {
            QStringList allowed;
            for (qint64 a : spec.allowedInts)
                allowed.append(QString::number(a));
            return trText("Infra::Constraints", "'%1' is %2, but must be one of %3")
                .arg(spec.key, formatNumber(v), allowed.join(QStringLiteral(", ")));
        }
        return {};
    }
    case ParamType::String: {
        if (value.typeId() != QMetaType::QString)
            return trText("Infra::Constraints", "'%1' must be a string").arg(spec.key);
        if (!spec.pattern.isEmpty()) {
            if (!anchoredPattern(spec.pattern).match(value.toString()).hasMatch())
                return trText("Infra::Constraints", "'%1' value \"%2\" does not have the expected form (%3)")
                    .arg(spec.key, value.toString(), spec.pattern);
        }
        if (!spec.choices.isEmpty() && !spec.choices.contains(value.toString())) {
            const QStringList near = nearestNames(value.toString(), spec.choices, 3);
            if (near.isEmpty())
                return trText("Infra::Constraints", "'%1' value \"%2\" is not a known name")
                    .arg(spec.key, value.toString());
            return trText("Infra::Constraints", "'%1' value \"%2\" is not a known name (did you mean %3?)")
                .arg(spec.key, value.toString(), near.join(QStringLiteral(", ")));
        }
        return {};
    }
    case ParamType::Enum: {
        if (value.typeId() != QMetaType::QString)
            return trText("Infra::Constraints", "'%1' must be one of %2")
                .arg(spec.key, spec.choices.join(QStringLiteral(", ")));
        const QString s = value.toString();
        if (!spec.choices.contains(s)) {
            const QStringList near = nearestNames(s, spec.choices, 1);
            if (near.isEmpty())
                return trText("Infra::Constraints", "'%1' value \"%2\" is not one of %3")
                    .arg(spec.key, s, spec.choices.join(QStringLiteral(", ")));
            return trText("Infra::Constraints", "'%1' value \"%2\" is not one of %3 (did you mean \"%4\"?)")
                .arg(spec.key, s, spec.choices.join(QStringLiteral(", ")), near.first());
        }
        return {};
    }
    case ParamType::StringList: {
        if (value.typeId() != QMetaType::QStringList)
            return trText("Infra::Constraints", "'%1' must be a list of strings").arg(spec.key);
        const QStringList items = value.toStringList();
        for (const QString &item : items) {
            if (!spec.choices.isEmpty() && !spec.choices.contains(item))
                return trText("Infra::Constraints", "'%1' item \"%2\" is not one of %3")
                    .arg(spec.key, item, spec.choices.join(QStringLiteral(", ")));
            if (!spec.pattern.isEmpty() && !anchoredPattern(spec.pattern).match(item).hasMatch())
                return trText("Infra::Constraints", "'%1' item \"%2\" does not have the expected form (%3)")
                    .arg(spec.key, item, spec.pattern);
        }
        return {};
    }
    case ParamType::StringMap:
        if (value.typeId() != QMetaType::QVariantMap)
            return trText("Infra::Constraints", "'%1' must be a map of names to strings").arg(spec.key);
        return {};
    }
    return {};
}

int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(m)];
}

QStringList nearestNames(const QString &word, const QStringList &candidates, int max)
{
    std::vector<std::pair<int, QString>> scored;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        // Accept a candidate that is reasonably close for its length, or contains the word.
        const int limit = std::max(2, int(std::max(word.size(), c.size()) / 3));
        if (d <= limit || (word.size() >= 3 && c.contains(word, Qt::CaseInsensitive)))
            scored.emplace_back(d, c);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QStringList result;
    for (const auto &s : scored) {
        if (result.size() >= max)
            break;
        result.append(s.second);
    }
    return result;
}

} // namespace Infra
