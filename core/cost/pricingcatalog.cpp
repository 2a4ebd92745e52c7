#include "pricingcatalog.h"

#include "model/paramspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "io/yamltree.h"

#include <yaml-cpp/exceptions.h>

#include <cmath>
#include <limits>

namespace Infra {

namespace {

const QString builtinPrefix = QStringLiteral(":/infra-studio/pricing");

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

CatalogError errorAt(const QString &file, const YAML::Mark &mark, const QString &message)
{
    CatalogError e;
    e.file = file;
    e.line = mark.line >= 0 ? mark.line + 1 : 1;
    e.column = mark.column >= 0 ? mark.column + 1 : 1;
    e.message = message;
    return e;
}

bool readDouble(const YamlNode &node, double *out)
{
    if (!node || !node.isScalar())
        return false;
    bool ok = false;
    *out = fromStd(node.scalar()).toDouble(&ok);
    return ok && std::isfinite(*out);
}

QString scalarText(const YamlNode &node)
{
    return node && node.isScalar() ? fromStd(node.scalar()) : QString();
}

// Reads a whole file (file system or Qt resource) for yaml-cpp.
bool readBytes(const QString &path, QByteArray *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = file.readAll();
    return true;
}

// The sections of a region file that hold named figures; the instance tables are separate.
const QStringList &figureSections()
{
    static const QStringList sections = {
        QStringLiteral("fargate"), QStringLiteral("public_ipv4"), QStringLiteral("rds"), QStringLiteral("elasticache"),
        QStringLiteral("s3"), QStringLiteral("cloudfront"), QStringLiteral("alb"), QStringLiteral("data_transfer"),
        QStringLiteral("nat"), QStringLiteral("vpc_endpoint"), QStringLiteral("cloudwatch"), QStringLiteral("secrets_manager"), QStringLiteral("ecr"),
        QStringLiteral("sqs"), QStringLiteral("aurora"), QStringLiteral("scheduler"), QStringLiteral("memorydb"), QStringLiteral("waf"),
    };
    return sections;
}

} // namespace

QString CatalogError::toString() const
{
    return file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column)
        + QStringLiteral(": ") + message;
}

const Price *RegionPrices::find(const QString &key) const
{
    const auto it = m_prices.constFind(key);
    return it == m_prices.constEnd() ? nullptr : &it.value();
}

const Price *RegionPrices::rdsInstance(const QString &instanceClass) const
{
    const auto it = m_rds.constFind(instanceClass);
    return it == m_rds.constEnd() ? nullptr : &it.value();
}

const Price *RegionPrices::auroraInstance(const QString &instanceClass) const
{
    const auto it = m_aurora.constFind(instanceClass);
    return it == m_aurora.constEnd() ? nullptr : &it.value();
}

const Price *RegionPrices::memoryDbNode(const QString &nodeType) const
{
    const auto it = m_memoryDb.constFind(nodeType);
    return it == m_memoryDb.constEnd() ? nullptr : &it.value();
}

const Price *RegionPrices::cacheNode(const QString &nodeType) const
{
    const auto it = m_cache.constFind(nodeType);
    return it == m_cache.constEnd() ? nullptr : &it.value();
}

const QStringList &PricingCatalog::requiredKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const char *name : {
                 "fargate.vcpu_hour_x86", "fargate.gb_hour_x86", "fargate.vcpu_hour_arm", "fargate.gb_hour_arm",
                 "fargate.spot_vcpu_hour_x86", "fargate.spot_gb_hour_x86", "fargate.spot_vcpu_hour_arm", "fargate.spot_gb_hour_arm", "fargate.savings_plan_1y", "fargate.savings_plan_3y",
                 "public_ipv4.hour",
                 "rds.gp3_gb_month", "rds.gp2_gb_month", "rds.io1_gb_month", "rds.io1_iops_month", "rds.io2_gb_month",
                 "rds.io2_iops_month", "rds.gp3_iops_month", "rds.gp3_throughput_month", "rds.backup_gb_month",
                 "rds.reserved_1y_no_upfront",
                 "elasticache.reserved_1y_no_upfront",
                 "s3.standard_gb_month", "s3.standard_ia_gb_month", "s3.glacier_ir_gb_month", "s3.put_per_1000", "s3.get_per_1000",
                 "cloudfront.egress_gb", "cloudfront.https_per_10k", "cloudfront.free_egress_gb", "cloudfront.free_requests",
                 "alb.hour", "alb.lcu_hour",
                 "data_transfer.internet_out_gb", "data_transfer.free_internet_out_gb", "data_transfer.inter_az_gb",
                 "nat.hour", "nat.gb", "vpc_endpoint.interface_hour", "vpc_endpoint.interface_gb",
                 "cloudwatch.log_ingestion_gb", "cloudwatch.log_storage_gb_month", "cloudwatch.alarm_month",
                 "cloudwatch.free_log_ingestion_gb", "cloudwatch.free_log_storage_gb", "cloudwatch.free_alarms",
                 "cloudwatch.metric_month", "cloudwatch.free_metrics",
                 "secrets_manager.secret_month", "secrets_manager.per_10k_calls",
                 "ecr.gb_month",
                 "sqs.standard_per_million", "sqs.free_requests_millions",
                 "aurora.serverless_acu_hour", "aurora.storage_gb_month", "aurora.io_per_million", "aurora.iopt_storage_gb_month",
                 "aurora.iopt_uplift", "aurora.backup_gb_month", "aurora.reserved_1y_no_upfront",
                 "scheduler.invocations_per_million", "scheduler.free_invocations_millions",
                 "memorydb.data_written_gb", "memorydb.valkey_data_written_gb", "memorydb.valkey_free_written_gb",
                 "memorydb.valkey_discount", "memorydb.snapshot_gb_month",
                 "waf.web_acl_month", "waf.rule_month", "waf.per_million_requests",
             })
            k.append(QString::fromLatin1(name));
        return k;
    }();
    return keys;
}

QString PricingCatalog::builtinDirectory()
{
    return builtinPrefix;
}

QString PricingCatalog::standardDirectory()
{
    const QString env = qEnvironmentVariable("INFRA_STUDIO_PRICING_DIR");
    return env.isEmpty() ? builtinPrefix : env;
}

const PricingCatalog &PricingCatalog::standard()
{
    static const PricingCatalog catalog = load(standardDirectory());
    return catalog;
}

QString PricingCatalog::displayName(const QString &path)
{
    if (path.startsWith(builtinPrefix))
        return QStringLiteral("resources/pricing") + path.mid(builtinPrefix.size()) + QStringLiteral(" (built in)");
    return QDir::toNativeSeparators(path);
}

QStringList PricingCatalog::errorStrings() const
{
    QStringList result;
    for (const CatalogError &e : m_errors)
        result.append(e.toString());
    return result;
}

const RegionPrices *PricingCatalog::region(const QString &region) const
{
    const auto it = m_regions.constFind(region);
    return it == m_regions.constEnd() ? nullptr : it.value().get();
}

QString PricingCatalog::unknownRegionMessage(const QString &region) const
{
    QString msg = QStringLiteral("no prices for region '%1' in the pricing catalog %2 (version %3)")
                      .arg(region, displayName(m_indexFile), m_version);
    QStringList near = nearestNames(region, m_regionOrder, 3);
    if (near.isEmpty())
        near = m_regionOrder;
    msg += QStringLiteral("; nearest: %1").arg(near.join(QStringLiteral(", ")));
    return msg;
}

PricingCatalog PricingCatalog::load(const QString &directory)
{
    PricingCatalog catalog;
    catalog.m_directory = directory;
    const QString index = directory + QStringLiteral("/catalog.yaml");
    catalog.m_indexFile = index;
    catalog.loadIndex(index);
    if (!catalog.m_errors.isEmpty())
        return catalog;
    for (const QString &region : std::as_const(catalog.m_regionOrder))
        catalog.loadRegion(directory + QLatin1Char('/') + region + QStringLiteral(".yaml"), region);
    return catalog;
}

void PricingCatalog::loadIndex(const QString &path)
{
    const QString file = displayName(path);
    QByteArray bytes;
    if (!readBytes(path, &bytes)) {
        m_errors.append({file, 1, 1, QStringLiteral("cannot read the pricing catalog index")});
        return;
    }
    // YAML::Load's graph, built in one pass (YamlTree): the catalog is read by every process
    // that prices a design.
    YamlTree tree;
    try {
        tree.parse(bytes.constData(), std::size_t(bytes.size()), YamlTree::Documents::FirstOnly);
    } catch (const YAML::Exception &e) {
        m_errors.append(errorAt(file, e.mark, fromStd(e.msg)));
        return;
    }
    const YamlNode root = tree.root();
    if (!root.isMap()) {
        m_errors.append(errorAt(file, root.mark(), QStringLiteral("the catalog index must be a map")));
        return;
    }
    auto text = [&](const char *key, QString *out) {
        const YamlNode n = root[key];
        if (!n || !n.isScalar() || n.scalar().empty()) {
            m_errors.append(errorAt(file, n ? n.mark() : root.mark(), QStringLiteral("missing '%1'").arg(QLatin1String(key))));
            return;
        }
        *out = fromStd(n.scalar());
    };
    text("catalog", &m_title);
    text("version", &m_version);
    text("effective_date", &m_effectiveDate);
    text("currency", &m_currency);
    if (const YamlNode h = root["hours_per_month"]) {
        if (!readDouble(h, &m_hoursPerMonth) || m_hoursPerMonth <= 0)
            m_errors.append(errorAt(file, h.mark(), QStringLiteral("'hours_per_month' must be a positive number")));
    }
    const YamlNode regions = root["regions"];
    if (!regions || !regions.isSequence() || regions.size() == 0) {
        m_errors.append(errorAt(file, regions ? regions.mark() : root.mark(), QStringLiteral("'regions' must list the region files")));
    } else {
        for (const YamlNode &r : regions)
            m_regionOrder.append(scalarText(r));
    }
    if (const YamlNode sources = root["sources"]; sources && sources.isMap()) {
        for (std::size_t i = 0; i < sources.size(); ++i)
            m_sources.insert(fromStd(sources.keyAt(i).scalar()), scalarText(sources.valueAt(i)));
    }
}

void PricingCatalog::loadRegion(const QString &path, const QString &expectedRegion)
{
    const QString file = displayName(path);
    QByteArray bytes;
    if (!readBytes(path, &bytes)) {
        m_errors.append({file, 1, 1, QStringLiteral("cannot read the prices of region '%1'").arg(expectedRegion)});
        return;
    }
    // YAML::Load's graph, built in one pass (YamlTree): the catalog is read by every process
    // that prices a design.
    YamlTree tree;
    try {
        tree.parse(bytes.constData(), std::size_t(bytes.size()), YamlTree::Documents::FirstOnly);
    } catch (const YAML::Exception &e) {
        m_errors.append(errorAt(file, e.mark, fromStd(e.msg)));
        return;
    }
    const YamlNode root = tree.root();
    if (!root.isMap()) {
        m_errors.append(errorAt(file, root.mark(), QStringLiteral("a region file must be a map")));
        return;
    }
    auto region = std::make_shared<RegionPrices>();
    region->m_file = file;
    region->m_region = scalarText(root["region"]);
    region->m_name = scalarText(root["name"]);
    if (region->m_region != expectedRegion) {
        m_errors.append(errorAt(file, root["region"] ? root["region"].mark() : root.mark(),
                                QStringLiteral("the file says region '%1' but is listed as '%2'").arg(region->m_region, expectedRegion)));
    }

    // Reads one figure: {price | tiers, unit, status, date, source}.
    auto readFigure = [&](const QString &key, const YamlNode &node, Price *price) -> bool {
        price->key = key;
        price->file = file;
        price->line = node.mark().line + 1;
        price->column = node.mark().column + 1;
        if (!node.isMap()) {
            m_errors.append(errorAt(file, node.mark(), QStringLiteral("'%1' must be a map with price, unit, status, date and source").arg(key)));
            return false;
        }
        bool ok = true;
        for (const char *field : {"unit", "status", "date", "source"}) {
            const YamlNode f = node[field];
            if (!f || !f.isScalar() || f.scalar().empty()) {
                m_errors.append(errorAt(file, node.mark(), QStringLiteral("'%1' has no '%2'").arg(key, QLatin1String(field))));
                ok = false;
            }
        }
        price->unit = scalarText(node["unit"]);
        price->date = scalarText(node["date"]);
        price->source = scalarText(node["source"]);
        if (const YamlNode s = node["status"]; s && s.isScalar()) {
            const QString name = fromStd(s.scalar());
            if (const auto status = priceStatusFromName(name)) {
                price->status = *status;
            } else {
                m_errors.append(errorAt(file, s.mark(), QStringLiteral("'%1' has status '%2'; expected one of %3")
                                                            .arg(key, name, priceStatusNames().join(QStringLiteral(", ")))));
                ok = false;
            }
        }
        const YamlNode value = node["price"];
        const YamlNode tiers = node["tiers"];
        if (value && tiers) {
            m_errors.append(errorAt(file, node.mark(), QStringLiteral("'%1' has both 'price' and 'tiers'").arg(key)));
            return false;
        }
        if (value) {
            if (!readDouble(value, &price->value) || price->value < 0) {
                m_errors.append(errorAt(file, value.mark(), QStringLiteral("'%1' price \"%2\" is not a number of 0 or more").arg(key, scalarText(value))));
                ok = false;
            }
        } else if (tiers) {
            if (!tiers.isSequence() || tiers.size() == 0) {
                m_errors.append(errorAt(file, tiers.mark(), QStringLiteral("'%1' tiers must be a list of {up_to, price}").arg(key)));
                return false;
            }
            double previous = 0;
            for (size_t i = 0; i < tiers.size(); ++i) {
                const YamlNode t = tiers[i];
                const bool last = i + 1 == tiers.size();
                PriceTier tier;
                if (!t.isMap() || !readDouble(t["price"], &tier.price) || tier.price < 0) {
                    m_errors.append(errorAt(file, t.mark(), QStringLiteral("'%1' tier %2 needs a price of 0 or more").arg(key).arg(i + 1)));
                    ok = false;
                    continue;
                }
                if (last) {
                    if (t["up_to"]) {
                        m_errors.append(errorAt(file, t["up_to"].mark(), QStringLiteral("the last tier of '%1' must be open (no up_to)").arg(key)));
                        ok = false;
                    }
                    tier.upTo = std::numeric_limits<double>::infinity();
                } else if (!readDouble(t["up_to"], &tier.upTo) || tier.upTo <= previous) {
                    m_errors.append(errorAt(file, t.mark(), QStringLiteral("'%1' tier %2 needs an up_to above %3").arg(key).arg(i + 1).arg(previous)));
                    ok = false;
                } else {
                    previous = tier.upTo;
                }
                price->tiers.push_back(tier);
            }
            if (!price->tiers.empty())
                price->value = price->tiers.front().price;
        } else {
            m_errors.append(errorAt(file, node.mark(), QStringLiteral("'%1' has neither 'price' nor 'tiers'").arg(key)));
            ok = false;
        }
        return ok;
    };

    auto readTable = [&](const YamlNode &table, const QString &section, QMap<QString, Price> *out) {
        if (!table)
            return;
        if (!table.isMap()) {
            m_errors.append(errorAt(file, table.mark(), QStringLiteral("'%1' must map names to prices").arg(section)));
            return;
        }
        for (std::size_t i = 0; i < table.size(); ++i) {
            const QString name = fromStd(table.keyAt(i).scalar());
            Price price;
            if (readFigure(section + QLatin1Char('.') + name, table.valueAt(i), &price))
                out->insert(name, price);
        }
    };

    const QStringList &required = requiredKeys();
    QStringList malformed; // reported already; not "missing" as well
    for (std::size_t s = 0; s < root.size(); ++s) {
        const YamlNode sectionKey = root.keyAt(s);
        const YamlNode sectionValue = root.valueAt(s);
        const QString section = fromStd(sectionKey.scalar());
        if (section == QLatin1String("region") || section == QLatin1String("name"))
            continue;
        if (section == QLatin1String("rds_instances")) {
            readTable(sectionValue, section, &region->m_rds);
            continue;
        }
        if (section == QLatin1String("cache_nodes")) {
            readTable(sectionValue, section, &region->m_cache);
            continue;
        }
        if (section == QLatin1String("aurora_instances")) {
            readTable(sectionValue, section, &region->m_aurora);
            continue;
        }
        if (section == QLatin1String("memorydb_nodes")) {
            readTable(sectionValue, section, &region->m_memoryDb);
            continue;
        }
        if (!figureSections().contains(section)) {
            QStringList known = figureSections();
            known << QStringLiteral("rds_instances") << QStringLiteral("cache_nodes") << QStringLiteral("aurora_instances") << QStringLiteral("memorydb_nodes");
            const QStringList near = nearestNames(section, known, 1);
            m_errors.append(errorAt(file, sectionKey.mark(), QStringLiteral("unknown section '%1'%2").arg(section,
                                    near.isEmpty() ? QString() : QStringLiteral(" (did you mean '%1'?)").arg(near.first()))));
            continue;
        }
        if (!sectionValue.isMap()) {
            m_errors.append(errorAt(file, sectionValue.mark(), QStringLiteral("'%1' must map names to prices").arg(section)));
            continue;
        }
        for (std::size_t e = 0; e < sectionValue.size(); ++e) {
            const YamlNode entryKey = sectionValue.keyAt(e);
            const YamlNode entryValue = sectionValue.valueAt(e);
            const QString key = section + QLatin1Char('.') + fromStd(entryKey.scalar());
            if (!required.contains(key)) {
                const QStringList near = nearestNames(key, required, 1);
                m_errors.append(errorAt(file, entryKey.mark(), QStringLiteral("unknown price '%1'%2").arg(key,
                                        near.isEmpty() ? QString() : QStringLiteral(" (did you mean '%1'?)").arg(near.first()))));
                continue;
            }
            Price price;
            if (readFigure(key, entryValue, &price))
                region->m_prices.insert(key, price);
            else
                malformed.append(key);
        }
    }
    for (const QString &key : required) {
        if (!region->m_prices.contains(key) && !malformed.contains(key))
            m_errors.append({file, 1, 1, QStringLiteral("required price '%1' is missing").arg(key)});
    }
    if (region->m_rds.isEmpty())
        m_errors.append({file, 1, 1, QStringLiteral("no RDS instance classes (rds_instances)")});
    if (region->m_cache.isEmpty())
        m_errors.append({file, 1, 1, QStringLiteral("no ElastiCache node types (cache_nodes)")});
    m_regions.insert(expectedRegion, region);
}

} // namespace Infra
