#include "localmoney.h"

#include "cost/costreport.h"

#include <QLocale>

namespace Infra {

QString localMoney(double usd)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return CostReport::money(usd);
    QLocale grouped = locale;
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    return grouped.toString(CostReport::cents(usd), 'f', 2);
}

} // namespace Infra
