#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Infra {

// Hardware facts of the database instance classes and cache node types the studio knows
// (vCPU and memory from the AWS documentation). Prices live in the pricing catalog;
// these facts drive connection limits, sizing rules and the choices offered in editors.
struct InstanceHardware
{
    QString name;
    int vcpu = 0;
    double memoryGiB = 0;
    bool graviton = false;
    bool burstable = false;
};

std::optional<InstanceHardware> rdsInstanceClass(const QString &name);
std::optional<InstanceHardware> cacheNodeType(const QString &name);
QStringList rdsInstanceClassNames();
QStringList cacheNodeTypeNames();

// RDS for PostgreSQL's default connection limit: LEAST({DBInstanceClassMemory/9531392}, 5000).
// DBInstanceClassMemory is taken as the nominal memory (an upper bound: RDS reserves some).
int rdsDefaultMaxConnections(double memoryGiB);

} // namespace Infra
