#include "costestimate.h"

namespace Infra {

QString scaleColumnName(ScaleColumn column)
{
    switch (column) {
    case ScaleColumn::Minimum: return QStringLiteral("min");
    case ScaleColumn::Desired: return QStringLiteral("desired");
    case ScaleColumn::Maximum: return QStringLiteral("max");
    }
    return {};
}

QString costCategoryName(CostCategory category)
{
    switch (category) {
    case CostCategory::Compute: return QStringLiteral("compute");
    case CostCategory::Database: return QStringLiteral("database");
    case CostCategory::Caching: return QStringLiteral("caching");
    case CostCategory::StorageCdn: return QStringLiteral("storage_cdn");
    case CostCategory::Networking: return QStringLiteral("networking");
    case CostCategory::Monitoring: return QStringLiteral("monitoring");
    case CostCategory::Security: return QStringLiteral("security");
    case CostCategory::Messaging: return QStringLiteral("messaging");
    }
    return {};
}

QString costCategoryDisplayName(CostCategory category)
{
    return costCategoryDisplayText(category).toString();
}

Text costCategoryDisplayText(CostCategory category)
{
    switch (category) {
    case CostCategory::Compute: return trText("Infra::Cost", "Compute");
    case CostCategory::Database: return trText("Infra::Cost", "Database");
    case CostCategory::Caching: return trText("Infra::Cost", "Caching");
    case CostCategory::StorageCdn: return trText("Infra::Cost", "Storage & CDN");
    case CostCategory::Networking: return trText("Infra::Cost", "Networking");
    case CostCategory::Monitoring: return trText("Infra::Cost", "Monitoring");
    case CostCategory::Security: return trText("Infra::Cost", "Security");
    case CostCategory::Messaging: return trText("Infra::Cost", "Messaging");
    }
    return {};
}

Text ComponentCost::nameText() const
{
    // The design-wide network and the secrets of a design without a Secrets Manager component
    // are named by the engine, every component by its designer.
    if (kind == QLatin1String("network"))
        return trText("Infra::Cost", "VPC networking");
    if (kind == QLatin1String("secrets"))
        return trText("Infra::Cost", "Secrets the export creates");
    return Text::plain(name);
}

const ComponentCost *CostEstimate::component(const QString &id) const
{
    for (const ComponentCost &c : components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const LineItem *CostEstimate::item(const QString &id, const QString &key) const
{
    const ComponentCost *c = component(id);
    if (!c)
        return nullptr;
    for (const LineItem &i : c->items) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

} // namespace Infra
