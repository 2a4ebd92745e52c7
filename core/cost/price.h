#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Infra {

// How far a catalog figure can be trusted (the status column of the price facts).
enum class PriceStatus {
    Verified,   // AWS Price List data or AWS's own pages, or two sources agree
    Secondary,  // one third-party source
    Derived,    // arithmetic on verified figures
    Unverified, // a best estimate to check before release: reports flag it
};

QString priceStatusName(PriceStatus status);              // "verified", …
std::optional<PriceStatus> priceStatusFromName(const QString &name);
QStringList priceStatusNames();

// One band of a tiered price: `price` per unit for the quantity up to `upTo`
// (cumulative, from the previous band's end); the last band has no end.
struct PriceTier
{
    double upTo = 0;   // ignored for the last band
    double price = 0;
};

// One figure of the pricing catalog with its provenance and its place in the catalog file.
struct Price
{
    QString key;         // "fargate.vcpu_hour_x86", "rds_instances.db.r6g.large"
    double value = 0;    // the price per unit (tiered: the first band's price)
    std::vector<PriceTier> tiers;
    QString unit;
    QString source;
    QString date;        // date of the source as written: 2025-07-07, 2026-05, 2026, undated, none
    PriceStatus status = PriceStatus::Unverified;
    QString file;        // catalog file the figure comes from
    int line = 0;        // 1-based
    int column = 0;

    bool isTiered() const { return !tiers.empty(); }
    bool isUnverified() const { return status == PriceStatus::Unverified; }
    // quantity × price, band by band for a tiered price.
    double cost(double quantity) const;
};

} // namespace Infra
