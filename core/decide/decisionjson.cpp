#include "decisionjson.h"

#include <cmath>

namespace Infra {

namespace {

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonArray columns(const std::array<double, 3> &v)
{
    return {cents(v[0]), cents(v[1]), cents(v[2])};
}

QJsonValue textOrNull(const Text &t)
{
    return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.toString());
}

} // namespace

QString DecisionJson::status(const Decision &d)
{
    if (!d.isApplicable())
        return QStringLiteral("not_applicable");
    return d.differs() ? QStringLiteral("proposed") : QStringLiteral("accepted");
}

QJsonObject DecisionJson::decision(const Decision &d)
{
    QJsonArray factors;
    for (const DecisionFactor &f : d.factors) {
        factors.append(QJsonObject{
            {QStringLiteral("key"), f.key},
            {QStringLiteral("label"), f.label.toString()},
            {QStringLiteral("value"), f.value.toString()},
            {QStringLiteral("threshold"), f.threshold.toString()},
            {QStringLiteral("source"), f.source.toString()},
            {QStringLiteral("points_to"), f.side == DecisionFactor::Side::Neither ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(d.optionKeys[size_t(f.side)])},
        });
    }
    QJsonArray reasons;
    for (const Text &r : d.reasons)
        reasons.append(r.toString());
    QJsonValue cost(QJsonValue::Null);
    if (d.cost) {
        std::array<double, 3> delta{};
        for (int i = 0; i < 3; ++i)
            delta[size_t(i)] = d.cost->delta(i);
        cost = QJsonObject{{QStringLiteral("current"), columns(d.cost->current)},
                           {QStringLiteral("alternative"), columns(d.cost->alternative)},
                           {QStringLiteral("delta"), columns(delta)}};
    }
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("adr"), d.adr},
        {QStringLiteral("title"), d.title.toString()},
        {QStringLiteral("options"), QJsonArray{d.optionKeys[0], d.optionKeys[1]}},
        {QStringLiteral("option_names"), QJsonArray{d.options[0].toString(), d.options[1].toString()}},
        {QStringLiteral("status"), status(d)},
        {QStringLiteral("recommended"), d.optionKeys[size_t(d.recommended)]},
        {QStringLiteral("current"), d.current < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.optionKeys[size_t(d.current)])},
        {QStringLiteral("current_text"), d.currentText.toString()},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("conversion"), d.conversion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.conversion)},
        {QStringLiteral("can_apply"), d.canApply()},
        {QStringLiteral("blocked"), d.differs() ? textOrNull(d.conversionBlocked) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("cost_note"), d.cost ? QJsonValue(QJsonValue::Null) : textOrNull(d.costNote)},
    };
}

QJsonArray DecisionJson::decisions(const std::vector<Decision> &all)
{
    QJsonArray a;
    for (const Decision &d : all)
        a.append(decision(d));
    return a;
}

} // namespace Infra
