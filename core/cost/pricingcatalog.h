#pragma once

#include "price.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Infra {

// A problem in a catalog file, at a 1-based line and column.
struct CatalogError
{
    QString file;
    int line = 1;
    int column = 1;
    QString message;

    QString toString() const; // "file:line:column: message"
};

// The prices of one region: named figures ("fargate.vcpu_hour_x86") and the two instance
// tables (RDS for PostgreSQL classes, ElastiCache node types).
class RegionPrices
{
public:
    QString region() const { return m_region; }
    QString name() const { return m_name; }        // "US East (N. Virginia)"
    QString file() const { return m_file; }        // display name of the file it came from

    const Price *find(const QString &key) const;
    const Price *rdsInstance(const QString &instanceClass) const;
    const Price *cacheNode(const QString &nodeType) const;
    const Price *auroraInstance(const QString &instanceClass) const; // Aurora Standard rate
    const Price *memoryDbNode(const QString &nodeType) const;        // Redis OSS rate
    QStringList rdsInstanceClasses() const { return m_rds.keys(); }
    QStringList auroraInstanceClasses() const { return m_aurora.keys(); }
    QStringList memoryDbNodeTypes() const { return m_memoryDb.keys(); }
    QStringList cacheNodeTypes() const { return m_cache.keys(); }
    QStringList keys() const { return m_prices.keys(); }

private:
    friend class PricingCatalog;
    QString m_region;
    QString m_name;
    QString m_file;
    QHash<QString, Price> m_prices;
    QMap<QString, Price> m_rds;
    QMap<QString, Price> m_cache;
    QMap<QString, Price> m_aurora; // optional table: a region without it prices no Aurora class
    QMap<QString, Price> m_memoryDb; // optional table, as m_aurora
};

// The dated pricing catalog: an index (catalog.yaml: version, effective date, currency,
// hours per month, regions, source abbreviations) and one <region>.yaml per region.
// Read with yaml-cpp; every error carries file:line:column; every figure its source,
// date and status. Immutable once loaded, so one instance is shared by every estimate.
class PricingCatalog
{
public:
    // Reads the catalog in `directory` (a file system folder or a Qt resource folder).
    // On errors the catalog is not valid() and errors() says why.
    static PricingCatalog load(const QString &directory);

    // The catalog the studio uses: the folder named by $INFRA_STUDIO_PRICING_DIR when set,
    // else the copy built into the core library (Qt resource :/infra-studio/pricing).
    // Loaded once; thread-safe.
    static const PricingCatalog &standard();
    static QString builtinDirectory();     // ":/infra-studio/pricing"
    static QString standardDirectory();    // what standard() reads

    // Every named figure the cost engine reads; each region file must define all of them.
    static const QStringList &requiredKeys();

    bool isValid() const { return m_errors.isEmpty(); }
    const QList<CatalogError> &errors() const { return m_errors; }
    QStringList errorStrings() const;

    QString title() const { return m_title; }
    QString version() const { return m_version; }
    QString effectiveDate() const { return m_effectiveDate; }
    QString currency() const { return m_currency; }
    double hoursPerMonth() const { return m_hoursPerMonth; }
    QString directory() const { return m_directory; }
    QString indexFile() const { return m_indexFile; }
    QMap<QString, QString> sources() const { return m_sources; }

    QStringList regions() const { return m_regionOrder; }
    const RegionPrices *region(const QString &region) const;
    // "no prices for region 'x' in <catalog>; nearest: …" (for error messages).
    QString unknownRegionMessage(const QString &region) const;

    // A display name for a catalog file: built-in resources show as "resources/pricing/<file> (built in)".
    static QString displayName(const QString &path);

private:
    void loadIndex(const QString &path);
    void loadRegion(const QString &path, const QString &expectedRegion);

    QString m_title;
    QString m_version;
    QString m_effectiveDate;
    QString m_currency;
    double m_hoursPerMonth = 730;
    QString m_directory;
    QString m_indexFile;
    QMap<QString, QString> m_sources;
    QStringList m_regionOrder;
    QHash<QString, std::shared_ptr<RegionPrices>> m_regions;
    QList<CatalogError> m_errors;
};

} // namespace Infra
