#pragma once

#include <QString>

namespace Infra {

// A dollar amount to the cent in the user's locale, as the panels show it: "1,234.56" in English
// (and under the C locale of scripts and tests), "1.234,56" in German. Reports, CSV and JSON use
// CostReport::money(), the same in every language.
QString localMoney(double usd);

// localMoney() with the dollar sign: "$1,234.56", "$1.234,56".
inline QString localDollars(double usd)
{
    return QStringLiteral("$") + localMoney(usd);
}

} // namespace Infra
