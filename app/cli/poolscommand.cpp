// infra-studio-cli pools FILE...: the playbook's connection-pool calculation at desired and
// maximum scale, the database's limits and the scaling plans (issue 3).
#include "clicommand.h"

#include "derive/derivedjson.h"
#include "derive/derivedmodel.h"
#include "io/designreader.h"
#include "model/instancetypes.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Infra::Cli {

namespace {

QString cell(const QString &s, int width)
{
    return s.rightJustified(width);
}

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

void row(QTextStream &out, const QString &label, const QString &desired, const QString &maximum)
{
    out << "  " << label.leftJustified(44) << cell(desired, 9) << cell(maximum, 9) << "\n";
}

void writeText(const QString &file, const Design &design, const DerivedModel &m, QTextStream &out)
{
    const PoolCalculation &p = m.pools();
    out << "Connection pools: " << file << " (" << design.name() << ")\n\n";
    row(out, QString(), QStringLiteral("desired"), QStringLiteral("maximum"));
    auto r = [&](const char *label, int PoolFigures::*field) {
        row(out, QString::fromUtf8(label), QString::number(p.desired.*field), QString::number(p.maximum.*field));
    };
    r("web tasks", &PoolFigures::webTasks);
    r("web connections (tasks × workers × 2)", &PoolFigures::webConnections);
    r("worker tasks", &PoolFigures::workerTasks);
    r("worker connections (tasks × concurrency)", &PoolFigures::workerConnections);
    row(out, QStringLiteral("management (20 %)"), number(p.desired.management), number(p.maximum.management));
    row(out, QStringLiteral("total (exact)"), number(p.desired.exactTotal), number(p.maximum.exactTotal));
    r("total connections = int(total)", &PoolFigures::total);
    r("pgBouncer default_pool_size = int(total / 4)", &PoolFigures::defaultPoolSize);
    r("pgBouncer max_client_conn = int(total × 2)", &PoolFigures::maxClientConn);
    r("RDS max_connections = int(total × 1.5)", &PoolFigures::rdsMaxConnections);
    r("connections reaching the database", &PoolFigures::databaseConnections);
    out << "\n  Django CONN_MAX_AGE: " << PoolCalculation::connMaxAge << " s\n";

    if (!p.contributions.empty()) {
        out << "\n  Per service                                  per task  desired  maximum\n";
        for (const PoolContribution &k : p.contributions) {
            const QString label = QStringLiteral("%1 (%2)").arg(k.componentId, k.web ? QStringLiteral("web") : QStringLiteral("worker"));
            out << "  " << label.leftJustified(44) << cell(QString::number(k.perTask), 9) << cell(QString::number(k.desiredConnections), 9)
                << cell(QString::number(k.maxConnections), 9) << "\n";
        }
    }

    out << "\n";
    if (!p.hasDatabase()) {
        out << "  No RDS PostgreSQL in the design.\n";
    } else {
        out << "  Database " << p.databaseId << " (" << p.instanceClass << ")\n";
        if (p.instanceDefaultLimit >= 0) {
            const auto hw = rdsInstanceClass(p.instanceClass);
            out << "    instance default max_connections: " << p.instanceDefaultLimit << " = LEAST(" << hw->memoryGiB
                << " GiB / 9531392 B, 5000)\n";
        } else {
            out << "    instance default max_connections: unknown instance class\n";
        }
        out << "    max_connections override: " << (p.maxConnectionsOverride > 0 ? QString::number(p.maxConnectionsOverride) : QStringLiteral("none")) << "\n";
        out << "    connection budget: " << p.connectionBudget << "; parameter group max_connections: " << p.maxConnectionsSetting << "\n";
    }
    if (p.hasPgBouncer())
        out << "  pgBouncer " << p.pgbouncerId << ": " << p.pgbouncerTasks << " task(s), " << (p.pgbouncerAutomatic ? "automatic" : "manual")
            << " sizing, default_pool_size " << p.pgbouncerDefaultPoolSize << ", reserve_pool_size " << p.pgbouncerReservePoolSize
            << ", max_client_conn " << p.pgbouncerMaxClientConn << "\n";
    else
        out << "  No pgBouncer: services connect to the database directly.\n";

    out << "\n  Scaling\n";
    for (const ScalingPlan &s : m.scalingPlans()) {
        out << "    " << s.componentId.leftJustified(20) << s.summary;
        if (s.maxTasksWithinBudget >= 0)
            out << "; fits the budget up to " << s.maxTasksWithinBudget << " tasks";
        out << "\n";
    }
    out << "\n";
    if (p.connectionBudget < 0)
        out << "  No connection budget to compare with.\n";
    else if (p.exceedsBudgetAtMaximum())
        out << "  EXCEEDS the budget at maximum scale: " << p.maximum.databaseConnections << " connections > " << p.connectionBudget
            << (p.exceedsBudgetAtDesired() ? " (already at desired scale)" : "") << "\n";
    else
        out << "  Within the budget at maximum scale: " << p.maximum.databaseConnections << " of " << p.connectionBudget << " connections\n";
}

int runPools(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the connection-pool calculation of each design at desired and maximum scale (the playbook's "
        "calculator: web tasks × workers × 2 + worker tasks × concurrency, plus 20 % management), the pgBouncer "
        "and RDS settings it gives, the database's limits and the scaling plans.\n"
        "Exit code: 0 when every design was read, 1 when a design is invalid, 2 on a usage error or unreadable file."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Design files (*.infra.yaml)."), QStringLiteral("FILE..."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOption(format);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << "infra-studio-cli pools: unknown --format '" << fmt << "' (text or json)\n";
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "infra-studio-cli pools: no design file given\n";
        return ExitUsage;
    }
    int result = ExitOk;
    for (const QString &file : files) {
        int exitCode = ExitOk;
        const std::optional<Design> design = readDesign(file, err, &exitCode);
        if (!design) {
            result = std::max(result, exitCode);
            continue;
        }
        const DerivedModel m = DerivedModel::derive(*design);
        if (fmt == QLatin1String("json")) {
            QJsonArray plans;
            for (const ScalingPlan &s : m.scalingPlans())
                plans.append(DerivedJson::scalingPlan(s));
            const QJsonObject o{{QStringLiteral("file"), file}, {QStringLiteral("pools"), DerivedJson::pools(m.pools())},
                                {QStringLiteral("scaling"), plans}};
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        } else {
            writeText(file, *design, m, out);
        }
    }
    return result;
}

const CommandRegistrar registrar({QStringLiteral("pools"),
                                  QStringLiteral("Show the connection-pool calculation at desired and maximum scale"), &runPools});

} // namespace

} // namespace Infra::Cli
