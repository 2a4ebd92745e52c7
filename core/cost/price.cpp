#include "price.h"

#include <QStringList>

#include <algorithm>

namespace Infra {

QString priceStatusName(PriceStatus status)
{
    switch (status) {
    case PriceStatus::Verified: return QStringLiteral("verified");
    case PriceStatus::Secondary: return QStringLiteral("secondary");
    case PriceStatus::Derived: return QStringLiteral("derived");
    case PriceStatus::Unverified: return QStringLiteral("unverified");
    }
    return {};
}

QStringList priceStatusNames()
{
    return {QStringLiteral("verified"), QStringLiteral("secondary"), QStringLiteral("derived"), QStringLiteral("unverified")};
}

std::optional<PriceStatus> priceStatusFromName(const QString &name)
{
    for (PriceStatus s : {PriceStatus::Verified, PriceStatus::Secondary, PriceStatus::Derived, PriceStatus::Unverified}) {
        if (priceStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

double Price::cost(double quantity) const
{
    if (quantity <= 0)
        return 0;
    if (tiers.empty())
        return quantity * value;
    double total = 0;
    double start = 0;
    for (size_t i = 0; i < tiers.size(); ++i) {
        const bool last = i + 1 == tiers.size();
        const double end = last ? quantity : std::min(quantity, tiers[i].upTo);
        if (end > start)
            total += (end - start) * tiers[i].price;
        if (!last && quantity <= tiers[i].upTo)
            break;
        start = tiers[i].upTo;
    }
    return total;
}

} // namespace Infra
