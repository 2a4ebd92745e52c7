#pragma once

#include "discoveryresult.h"
#include "repositorytree.h"

#include <QString>

namespace Infra {

struct DiscoveryOptions
{
    DiscoveryLimits limits;
    QString project;               // folder of the Django project in a monorepo ("" = the first one)
    bool acceptPostgres = false;   // a MySQL/other database becomes PostgreSQL in the design
    QString designName;            // "" = the repository's folder name
};

// Reads a Django repository statically — never importing or running its code — and
// returns the facts found with their evidence plus a proposed design (docs/discovery.md).
class Discoverer
{
public:
    static DiscoveryResult discover(const QString &root, const DiscoveryOptions &options = {});

    // Writes NAME.discovery.md and NAME.discovery.json beside a design file
    // ("x/shop.infra.yaml" → "x/shop.discovery.md"). Returns false with a message on failure.
    static bool writeReports(const DiscoveryResult &result, const QString &designPath, QString *error = nullptr);
    static QString reportBasePath(const QString &designPath); // "x/shop.discovery"
};

} // namespace Infra
