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
    switch (category) {
    case CostCategory::Compute: return QStringLiteral("Compute");
    case CostCategory::Database: return QStringLiteral("Database");
    case CostCategory::Caching: return QStringLiteral("Caching");
    case CostCategory::StorageCdn: return QStringLiteral("Storage & CDN");
    case CostCategory::Networking: return QStringLiteral("Networking");
    case CostCategory::Monitoring: return QStringLiteral("Monitoring");
    case CostCategory::Security: return QStringLiteral("Security");
    case CostCategory::Messaging: return QStringLiteral("Messaging");
    }
    return {};
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
