#pragma once

#include "decision.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Infra {

// The JSON form of evaluated decisions (docs/cli-json.md, `decide --format json`): English
// texts, option keys instead of names, money rounded to the cent.
namespace DecisionJson {
QJsonObject decision(const Decision &d);
QJsonArray decisions(const std::vector<Decision> &all);
// "accepted", "proposed" or "not_applicable".
QString status(const Decision &d);
} // namespace DecisionJson

} // namespace Infra
