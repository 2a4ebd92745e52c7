#pragma once

#include <QJsonObject>

namespace Infra {

struct CapacityReport;
struct CapacityFit;

// The capacity model as JSON (`infra-studio-cli capacity --format json`, docs/cli-json.md).
// Figures are plain numbers; an unbounded figure (a saturated queue) is null.
namespace CapacityJson {
QJsonObject report(const CapacityReport &report);
QJsonObject fit(const CapacityFit &fit);
}

} // namespace Infra
