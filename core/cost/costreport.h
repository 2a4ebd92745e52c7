#pragma once

#include "costestimate.h"
#include "savingsadvisor.h"
#include "scenario.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace Infra {

// Renders estimates, comparisons and suggestions as text tables, JSON (schema in
// docs/cost-json.md) and CSV. Amounts are rounded to the cent here and only here.
// Every rendering names the catalog version and effective date and flags unverified prices
// (CSV only when asked for its comment line: its readers want the header row first).
class CostReport
{
public:
    static constexpr int jsonSchemaVersion = 1;

    static QString table(const CostEstimate &estimate, bool lineItems = true);
    static QJsonObject json(const CostEstimate &estimate);
    // Pure CSV (RFC 4180, columns in docs/cost-json.md): a header row, one row per line item,
    // a last row "total". `comment` puts a "# catalog …" line first (for people, not readers).
    static QString csv(const CostEstimate &estimate, bool comment = false);

    static QString compareTable(const ScenarioResult &result, const QStringList &overrides);
    static QJsonObject compareJson(const ScenarioResult &result, const QStringList &overrides);
    static QString compareCsv(const ScenarioResult &result, bool comment = false);

    static QString suggestionsTable(const std::vector<Suggestion> &suggestions);
    static QJsonObject suggestionJson(const Suggestion &suggestion);

    static QString money(double usd);          // "1,234.56"
    static double cents(double usd);           // rounded to the cent
};

} // namespace Infra
