#pragma once

#include <QString>

#include <vector>

namespace Infra {

class Design;

// The playbook's connection calculator at one scale (calculate_connections in Python):
//   web_connections    = Σ web tasks × Gunicorn workers × 2
//   worker_connections = Σ worker tasks × concurrency
//   management         = (web + worker) × 0.2        (a float)
//   total              = web + worker + management  (a float)
//   default_pool_size  = int(total / 4), max_client_conn = int(total × 2),
//   rds max_connections = int(total × 1.5), returned total = int(total)
// int() truncates toward zero, exactly as Python does.
struct PoolFigures
{
    int webTasks = 0;               // Σ over web services
    int webConnections = 0;
    int workerTasks = 0;            // Σ over worker groups
    int workerConnections = 0;
    double management = 0;          // (web + worker) × 0.2, untruncated
    double exactTotal = 0;          // untruncated total
    int total = 0;                  // int(total)
    int defaultPoolSize = 0;        // int(total / 4)
    int maxClientConn = 0;          // int(total × 2)
    int rdsMaxConnections = 0;      // int(total × 1.5), the recommended max_connections
    int databaseConnections = 0;    // connections reaching RDS: total without pgBouncer, else
                                    // pgBouncer tasks × (pool size + reserve pool)

    bool operator==(const PoolFigures &other) const = default;
};

// What one service adds to the calculation (for the inspector and the pools command).
struct PoolContribution
{
    QString componentId;
    bool web = true;                // web: tasks × workers × 2; worker: tasks × concurrency
    int perTask = 0;                // workers × 2, or concurrency
    int desiredTasks = 0;
    int maxTasks = 0;
    int desiredConnections = 0;
    int maxConnections = 0;

    bool operator==(const PoolContribution &other) const = default;
};

// The connection pool plan of a design at desired and at maximum scale, compared with the
// database's limits.
struct PoolCalculation
{
    static constexpr int connMaxAge = 300;       // Django CONN_MAX_AGE, seconds
    static constexpr double bytesPerConnection = 9531392.0;  // RDS PostgreSQL default formula

    PoolFigures desired;
    PoolFigures maximum;
    std::vector<PoolContribution> contributions;

    QString databaseId;              // the primary PostgreSQL component (RDS or Aurora), empty when none
    bool aurora = false;             // the database is an Aurora PostgreSQL cluster
    QString instanceClass;           // Aurora Serverless v2: "db.serverless"
    double serverlessMaxAcu = 0;     // Aurora Serverless v2: the maximum ACUs that set the memory
    int instanceDefaultLimit = -1;   // LEAST(DBInstanceClassMemory/9531392, 5000); -1 unknown class
                                     // (Serverless v2: the memory at the maximum ACUs, 2 GiB each)
    // Read capacity beside the writer: Aurora readers behind the reader endpoint, or RDS read
    // replicas, each with the same class and limit as the writer. The application's pools
    // above target the writer; read-only connections to the reader endpoint come on top.
    int readerInstances = 0;
    int readerConnectionBudget = -1; // readers × the per-instance limit; -1 unknown
    int maxConnectionsOverride = 0;  // the RDS max_connections parameter, 0 = none
    int connectionBudget = -1;       // override when set, else the instance default; -1 unknown
    int maxConnectionsSetting = 0;   // what the parameter group gets: override, else maximum.rdsMaxConnections

    QString pgbouncerId;             // the pgBouncer in front of the database, empty when none
    int pgbouncerTasks = 0;
    bool pgbouncerAutomatic = true;
    int pgbouncerDefaultPoolSize = 0; // automatic: maximum.defaultPoolSize; manual: the parameter
    int pgbouncerMaxClientConn = 0;   // automatic: maximum.maxClientConn; manual: the parameter
    int pgbouncerReservePoolSize = 0;

    bool hasDatabase() const { return !databaseId.isEmpty(); }
    bool hasPgBouncer() const { return !pgbouncerId.isEmpty(); }
    // True when the connections reaching the database at that scale exceed the budget.
    bool exceedsBudgetAtDesired() const { return connectionBudget >= 0 && desired.databaseConnections > connectionBudget; }
    bool exceedsBudgetAtMaximum() const { return connectionBudget >= 0 && maximum.databaseConnections > connectionBudget; }

    // The calculator itself, for one scale (no pgBouncer term: databaseConnections = total).
    static PoolFigures calculate(int webTasks, int webWorkers, int workerTasks, int workerConcurrency);
    static PoolFigures fromConnections(int webConnections, int workerConnections);
    static PoolCalculation compute(const Design &design);

    bool operator==(const PoolCalculation &other) const = default;
};

} // namespace Infra
