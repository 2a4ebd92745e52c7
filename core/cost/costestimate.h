#pragma once

#include "costoptions.h"
#include "price.h"
#include "text/text.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace Infra {

// The three autoscaling columns of an estimate: every service at its minimum, desired and
// maximum task count (traffic-driven items use the workload's monthly figures in all three).
enum class ScaleColumn { Minimum = 0, Desired = 1, Maximum = 2 };
QString scaleColumnName(ScaleColumn column); // "min", "desired", "max"

// USD per month in each column. Money is kept in double and rounded only for display
// (reports round to the cent; tests compare to the cent).
struct Amounts
{
    std::array<double, 3> v{0, 0, 0};

    double minimum() const { return v[0]; }
    double desired() const { return v[1]; }
    double maximum() const { return v[2]; }
    double at(ScaleColumn c) const { return v[size_t(c)]; }
    static Amounts same(double x) { return Amounts{{x, x, x}}; }

    Amounts &operator+=(const Amounts &o)
    {
        for (size_t i = 0; i < 3; ++i)
            v[i] += o.v[i];
        return *this;
    }
    Amounts operator+(const Amounts &o) const { Amounts r = *this; r += o; return r; }
    Amounts operator-(const Amounts &o) const { Amounts r = *this; for (size_t i = 0; i < 3; ++i) r.v[i] -= o.v[i]; return r; }
    Amounts operator*(double f) const { Amounts r = *this; for (double &x : r.v) x *= f; return r; }
};

// The cost categories of the summary (the playbook's headings, "Other" split up).
enum class CostCategory { Compute, Database, Caching, StorageCdn, Networking, Monitoring, Security, Messaging };
inline constexpr int costCategoryCount = 8;
QString costCategoryName(CostCategory category);        // "compute", "storage_cdn", …
QString costCategoryDisplayName(CostCategory category); // "Compute", "Storage & CDN", … (English)
Text costCategoryDisplayText(CostCategory category);    // the same, translatable (Infra::Cost)

// One priced line: quantity × unit price (or a tiered price) in each column.
// label and note are the English that reports, JSON, CSV and documents write; labelText and
// noteText the same sentences for a front end to show translated (label == labelText.toString()).
struct LineItem
{
    QString key;            // stable within its component: "vcpu", "instance", "storage", …
    QString label;          // "vCPU-hours (x86_64)"
    Text labelText;
    QString unit;           // "vCPU-hour"
    double unitPrice = 0;   // list price per unit (tiered: the first band's price)
    Amounts quantity;
    Amounts amount;         // USD per month; negative for discounts and free allowances
    QString priceKey;       // the catalog figure used ("fargate.vcpu_hour_x86")
    PriceStatus status = PriceStatus::Verified;
    QString note;           // the assumption or rule behind the quantity, if any
    Text noteText;
    bool discount = false;  // a discount or allowance rather than a charge
};

// The cost of one component (or of the design-wide network: id "network").
struct ComponentCost
{
    QString id;
    QString name;           // the component's name, or "VPC networking" for the network
    QString kind;           // kindName(), or "network", or "secrets" (id "export:secrets": the
                            // secrets of a design without a Secrets Manager component)
    CostCategory category = CostCategory::Compute;
    std::vector<LineItem> items;
    Amounts total;
    // Graviton versus x86 at the desired column: what this component would cost on Graviton
    // minus what it would cost on x86 (negative: Graviton is cheaper). hasArchitectureChoice
    // is false for components without an x86/Graviton alternative in the catalog.
    bool hasArchitectureChoice = false;
    bool graviton = false;  // the component runs on Graviton now
    double gravitonDelta = 0;

    // The name for people: the component's own, or the network's translatable one.
    Text nameText() const;
};

// A monthly estimate of a design (730 hours a month unless the catalog says otherwise).
struct CostEstimate
{
    QString designName;
    QString region;
    QString regionName;
    QString catalogVersion;
    QString catalogDate;      // effective date
    QString catalogFile;      // the region file used
    double hoursPerMonth = 730;
    CostOptions options;

    std::vector<ComponentCost> components;
    std::array<Amounts, costCategoryCount> categories{};
    Amounts total;
    double gravitonDelta = 0; // Σ of the components' deltas (desired column)

    QStringList unverifiedPrices; // catalog keys of unverified figures used, sorted
    QStringList notes;            // design-wide remarks (assumptions that changed a figure)
    QStringList errors;           // unknown region / class / node type: the estimate is partial

    bool isValid() const { return errors.isEmpty(); }
    const ComponentCost *component(const QString &id) const;
    Amounts category(CostCategory c) const { return categories[size_t(c)]; }
    // The line item `key` of component `id`, or nullptr.
    const LineItem *item(const QString &id, const QString &key) const;
};

} // namespace Infra
