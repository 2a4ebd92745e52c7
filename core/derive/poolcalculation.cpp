#include "poolcalculation.h"

#include "model/design.h"
#include "model/instancetypes.h"

namespace Infra {

namespace {

// Python's int() on a float: truncation toward zero.
int truncate(double v)
{
    return int(v);
}

} // namespace

PoolFigures PoolCalculation::fromConnections(int webConnections, int workerConnections)
{
    PoolFigures f;
    f.webConnections = webConnections;
    f.workerConnections = workerConnections;
    // Same operations, same order as calculate_connections() in the playbook.
    f.management = (double(webConnections) + double(workerConnections)) * 0.2;
    f.exactTotal = double(webConnections) + double(workerConnections) + f.management;
    f.total = truncate(f.exactTotal);
    f.defaultPoolSize = truncate(f.exactTotal / 4);
    f.maxClientConn = truncate(f.exactTotal * 2);
    f.rdsMaxConnections = truncate(f.exactTotal * 1.5);
    f.databaseConnections = f.total;
    return f;
}

PoolFigures PoolCalculation::calculate(int webTasks, int webWorkers, int workerTasks, int workerConcurrency)
{
    PoolFigures f = fromConnections(webTasks * webWorkers * 2, workerTasks * workerConcurrency);
    f.webTasks = webTasks;
    f.workerTasks = workerTasks;
    return f;
}

PoolCalculation PoolCalculation::compute(const Design &design)
{
    PoolCalculation p;
    int webDesired = 0, webMax = 0, workerDesired = 0, workerMax = 0;
    int webTasksDesired = 0, webTasksMax = 0, workerTasksDesired = 0, workerTasksMax = 0;
    const Component *rds = nullptr;
    const Component *pgb = nullptr;
    for (const Component &c : design.components()) {
        const bool web = c.kind == ComponentKind::EcsWeb;
        if (web || c.kind == ComponentKind::EcsWorker) {
            PoolContribution k;
            k.componentId = c.id;
            k.web = web;
            k.perTask = web ? int(c.intParam(QStringLiteral("workers"))) * 2 : int(c.intParam(QStringLiteral("concurrency")));
            k.desiredTasks = int(c.intParam(QStringLiteral("desired_tasks")));
            k.maxTasks = int(c.intParam(QStringLiteral("max_tasks")));
            k.desiredConnections = k.perTask * k.desiredTasks;
            k.maxConnections = k.perTask * k.maxTasks;
            (web ? webDesired : workerDesired) += k.desiredConnections;
            (web ? webMax : workerMax) += k.maxConnections;
            (web ? webTasksDesired : workerTasksDesired) += k.desiredTasks;
            (web ? webTasksMax : workerTasksMax) += k.maxTasks;
            p.contributions.push_back(std::move(k));
        } else if (kindIsPostgres(c.kind) && !rds) {
            rds = &c;
        } else if (c.kind == ComponentKind::PgBouncer && !pgb) {
            pgb = &c;
        }
    }
    p.desired = fromConnections(webDesired, workerDesired);
    p.desired.webTasks = webTasksDesired;
    p.desired.workerTasks = workerTasksDesired;
    p.maximum = fromConnections(webMax, workerMax);
    p.maximum.webTasks = webTasksMax;
    p.maximum.workerTasks = workerTasksMax;

    if (rds) {
        p.databaseId = rds->id;
        p.aurora = rds->kind == ComponentKind::AuroraPostgres;
        const bool serverless = p.aurora && rds->stringParam(QStringLiteral("capacity")) == QLatin1String("serverless_v2");
        if (serverless) {
            // Aurora sets max_connections of a Serverless v2 instance from the memory at its
            // maximum capacity; the same formula as a provisioned class of that memory.
            p.instanceClass = QStringLiteral("db.serverless");
            p.serverlessMaxAcu = rds->doubleParam(QStringLiteral("max_acu"));
            p.instanceDefaultLimit = rdsDefaultMaxConnections(auroraServerlessMemoryGiB(p.serverlessMaxAcu));
        } else {
            p.instanceClass = rds->stringParam(QStringLiteral("instance_class"));
            if (const auto hw = rdsInstanceClass(p.instanceClass))
                p.instanceDefaultLimit = rdsDefaultMaxConnections(hw->memoryGiB);
        }
        p.readerInstances = int(rds->intParam(p.aurora ? QStringLiteral("readers") : QStringLiteral("read_replicas")));
        p.maxConnectionsOverride = int(rds->intParam(QStringLiteral("max_connections")));
        p.connectionBudget = p.maxConnectionsOverride > 0 ? p.maxConnectionsOverride : p.instanceDefaultLimit;
        p.maxConnectionsSetting = p.maxConnectionsOverride > 0 ? p.maxConnectionsOverride : p.maximum.rdsMaxConnections;
        if (p.connectionBudget >= 0)
            p.readerConnectionBudget = p.readerInstances * p.connectionBudget;
    }
    if (pgb) {
        p.pgbouncerId = pgb->id;
        p.pgbouncerTasks = int(pgb->intParam(QStringLiteral("desired_tasks")));
        p.pgbouncerAutomatic = pgb->stringParam(QStringLiteral("sizing")) != QLatin1String("manual");
        // Automatic sizing serves the maximum scale: the pool is fixed while services scale.
        p.pgbouncerDefaultPoolSize = p.pgbouncerAutomatic ? p.maximum.defaultPoolSize
                                                          : int(pgb->intParam(QStringLiteral("default_pool_size")));
        p.pgbouncerMaxClientConn = p.pgbouncerAutomatic ? p.maximum.maxClientConn
                                                        : int(pgb->intParam(QStringLiteral("max_client_conn")));
        p.pgbouncerReservePoolSize = int(pgb->intParam(QStringLiteral("reserve_pool_size")));
        // Each pgBouncer task opens at most pool + reserve server connections (one database, one user).
        const int server = p.pgbouncerTasks * (p.pgbouncerDefaultPoolSize + p.pgbouncerReservePoolSize);
        p.desired.databaseConnections = server;
        p.maximum.databaseConnections = server;
    }
    return p;
}

} // namespace Infra
