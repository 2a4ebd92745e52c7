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
// The Aurora PostgreSQL instance classes the studio prices (a subset of the RDS rows: Aurora
// offers no m-family Graviton and no db.t4g below medium for PostgreSQL).
QStringList auroraInstanceClassNames();
// MemoryDB node types the studio prices, with their memory (the same hardware as the RDS
// rows of the same name).
QStringList memoryDbNodeTypeNames();
// Memory of one Aurora Serverless v2 instance at `acu` capacity units: about 2 GiB per ACU
// (Aurora User Guide, "Requirements and limitations for Aurora Serverless v2").
double auroraServerlessMemoryGiB(double acu);

// RDS for PostgreSQL's default connection limit: LEAST({DBInstanceClassMemory/9531392}, 5000).
// DBInstanceClassMemory is taken as the nominal memory (an upper bound: RDS reserves some).
int rdsDefaultMaxConnections(double memoryGiB);

} // namespace Infra
