#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace Infra {

class DerivedModel;
struct Connection;
struct Finding;
struct PoolCalculation;
struct ReviewItem;
struct ScalingPlan;
struct SecurityGroup;

// JSON forms of the derived facts, as documented in docs/cli-json.md (the CLI's
// --format json, and anything else that exports them).
namespace DerivedJson {
QJsonObject finding(const Finding &f);
QJsonObject reviewItem(const ReviewItem &item);
QJsonObject connection(const Connection &c);
QJsonObject securityGroup(const SecurityGroup &g);
QJsonObject scalingPlan(const ScalingPlan &s);
QJsonObject pools(const PoolCalculation &p);
QJsonArray findings(const DerivedModel &m);
QJsonArray review(const DerivedModel &m);
QJsonObject summary(const DerivedModel &m); // {"errors": n, "warnings": n, "info": n}
}

} // namespace Infra
