#include "instancetypes.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Infra {

namespace {

struct Row
{
    const char *name;
    int vcpu;
    double memory;
    bool graviton;
    bool burstable;
};

// AWS RDS User Guide, DB instance class hardware table.
constexpr std::array<Row, 30> rdsRows = {{
    {"db.t4g.micro", 2, 1, true, true},     {"db.t4g.small", 2, 2, true, true},
    {"db.t4g.medium", 2, 4, true, true},    {"db.t4g.large", 2, 8, true, true},
    {"db.m6g.large", 2, 8, true, false},    {"db.m6g.xlarge", 4, 16, true, false},
    {"db.m6g.2xlarge", 8, 32, true, false}, {"db.m6g.4xlarge", 16, 64, true, false},
    {"db.m7g.large", 2, 8, true, false},    {"db.m7g.xlarge", 4, 16, true, false},
    {"db.m7g.2xlarge", 8, 32, true, false}, {"db.m7g.4xlarge", 16, 64, true, false},
    {"db.r6g.large", 2, 16, true, false},   {"db.r6g.xlarge", 4, 32, true, false},
    {"db.r6g.2xlarge", 8, 64, true, false}, {"db.r6g.4xlarge", 16, 128, true, false},
    {"db.r7g.large", 2, 16, true, false},   {"db.r7g.xlarge", 4, 32, true, false},
    {"db.r7g.2xlarge", 8, 64, true, false}, {"db.r7g.4xlarge", 16, 128, true, false},
    {"db.m6i.large", 2, 8, false, false},   {"db.m6i.xlarge", 4, 16, false, false},
    {"db.m6i.2xlarge", 8, 32, false, false},{"db.m6i.4xlarge", 16, 64, false, false},
    {"db.r6i.large", 2, 16, false, false},  {"db.r6i.xlarge", 4, 32, false, false},
    {"db.r6i.2xlarge", 8, 64, false, false},{"db.r6i.4xlarge", 16, 128, false, false},
    {"db.t3.micro", 2, 1, false, true},     {"db.t3.small", 2, 2, false, true},
}};

// ElastiCache node types (Price List attributes as listed by ec2instances.info).
constexpr std::array<Row, 13> cacheRows = {{
    {"cache.t4g.micro", 2, 0.5, true, true},   {"cache.t4g.small", 2, 1.37, true, true},
    {"cache.t4g.medium", 2, 3.09, true, true}, {"cache.m6g.large", 2, 6.38, true, false},
    {"cache.m6g.xlarge", 4, 12.93, true, false}, {"cache.m7g.large", 2, 6.38, true, false},
    {"cache.m7g.xlarge", 4, 12.93, true, false}, {"cache.r6g.large", 2, 13.07, true, false},
    {"cache.r6g.xlarge", 4, 26.32, true, false}, {"cache.r6g.2xlarge", 8, 52.82, true, false},
    {"cache.r7g.large", 2, 13.07, true, false},  {"cache.r7g.xlarge", 4, 26.32, true, false},
    {"cache.r7g.2xlarge", 8, 52.82, true, false},
}};

template <typename Rows>
std::optional<InstanceHardware> lookup(const Rows &rows, const QString &name)
{
    for (const Row &r : rows) {
        if (name == QLatin1String(r.name))
            return InstanceHardware{QString::fromLatin1(r.name), r.vcpu, r.memory, r.graviton, r.burstable};
    }
    return std::nullopt;
}

template <typename Rows>
QStringList namesOf(const Rows &rows)
{
    QStringList result;
    for (const Row &r : rows)
        result.append(QString::fromLatin1(r.name));
    return result;
}

} // namespace

std::optional<InstanceHardware> rdsInstanceClass(const QString &name) { return lookup(rdsRows, name); }
std::optional<InstanceHardware> cacheNodeType(const QString &name) { return lookup(cacheRows, name); }
QStringList rdsInstanceClassNames() { return namesOf(rdsRows); }
QStringList cacheNodeTypeNames() { return namesOf(cacheRows); }

QStringList auroraInstanceClassNames()
{
    return {QStringLiteral("db.t4g.medium"), QStringLiteral("db.t4g.large"), QStringLiteral("db.r6g.large"),
            QStringLiteral("db.r6g.xlarge"), QStringLiteral("db.r6g.2xlarge"), QStringLiteral("db.r6g.4xlarge"),
            QStringLiteral("db.r7g.large"), QStringLiteral("db.r7g.xlarge"), QStringLiteral("db.r7g.2xlarge"),
            QStringLiteral("db.r7g.4xlarge")};
}

QStringList memoryDbNodeTypeNames()
{
    return {QStringLiteral("db.r6g.large"), QStringLiteral("db.r6g.xlarge"), QStringLiteral("db.r6g.2xlarge"), QStringLiteral("db.r6g.4xlarge")};
}

double auroraServerlessMemoryGiB(double acu)
{
    return acu * 2.0;
}

int rdsDefaultMaxConnections(double memoryGiB)
{
    const double bytes = memoryGiB * 1024.0 * 1024.0 * 1024.0;
    return int(std::min(std::floor(bytes / 9531392.0), 5000.0));
}

} // namespace Infra
