#include "costoptions.h"

#include "model/paramspec.h"

namespace Infra {

QStringList CostOptions::knownNames()
{
    return {QStringLiteral("sp-1y"), QStringLiteral("sp-3y"), QStringLiteral("rds-ri"), QStringLiteral("cache-ri"),
            QStringLiteral("free-tier"), QStringLiteral("all"), QStringLiteral("none")};
}

std::optional<CostOptions> CostOptions::fromNames(const QStringList &names, QString *error)
{
    CostOptions o;
    for (const QString &raw : names) {
        for (const QString &part : raw.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString n = part.trimmed().toLower();
            if (n == QLatin1String("sp-1y"))
                o.computeSavingsPlan = SavingsPlan::OneYear;
            else if (n == QLatin1String("sp-3y"))
                o.computeSavingsPlan = SavingsPlan::ThreeYear;
            else if (n == QLatin1String("rds-ri"))
                o.rdsReserved = true;
            else if (n == QLatin1String("cache-ri"))
                o.cacheReserved = true;
            else if (n == QLatin1String("free-tier"))
                o.alwaysFree = true;
            else if (n == QLatin1String("all")) {
                o.computeSavingsPlan = SavingsPlan::ThreeYear;
                o.rdsReserved = true;
                o.cacheReserved = true;
            } else if (n == QLatin1String("none")) {
                o = CostOptions();
            } else {
                if (error) {
                    const QStringList near = nearestNames(n, knownNames(), 1);
                    *error = QStringLiteral("unknown discount '%1'%2; known: %3")
                                 .arg(n, near.isEmpty() ? QString() : QStringLiteral(" (did you mean '%1'?)").arg(near.first()),
                                      knownNames().join(QStringLiteral(", ")));
                }
                return std::nullopt;
            }
        }
    }
    return o;
}

QStringList CostOptions::names() const
{
    QStringList r;
    if (computeSavingsPlan == SavingsPlan::OneYear)
        r << QStringLiteral("sp-1y");
    if (computeSavingsPlan == SavingsPlan::ThreeYear)
        r << QStringLiteral("sp-3y");
    if (rdsReserved)
        r << QStringLiteral("rds-ri");
    if (cacheReserved)
        r << QStringLiteral("cache-ri");
    if (alwaysFree)
        r << QStringLiteral("free-tier");
    return r;
}

} // namespace Infra
