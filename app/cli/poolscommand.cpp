// infra-studio-cli pools FILE...: the playbook's connection-pool calculation at desired and
// maximum scale, the database's limits and the scaling plans (issue 3).
#include "clicommand.h"
#include "findingsreport.h"

#include "derive/derivedjson.h"
#include "derive/derivedmodel.h"
#include "io/designreader.h"
#include "model/instancetypes.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

#include <algorithm>
#include <vector>

namespace Infra::Cli {

namespace {

class PoolsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::PoolsCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

private:
    static void writeText(const QString &file, const Design &design, const DerivedModel &m, QTextStream &out);
};

QString cell(const QString &s, int width)
{
    return s.rightJustified(width);
}

// Fractions with the locale's decimal separator ("86.4", "86,4"); whole figures stay plain.
QString number(double v)
{
    return QLocale().toString(v, 'f', 1);
}

// The text report: words in the user's language, the playbook's formulas and the pgBouncer
// and RDS setting names as they are written in the configs.
void PoolsCommand::writeText(const QString &file, const Design &design, const DerivedModel &m, QTextStream &out)
{
    const PoolCalculation &p = m.pools();
    out << tr("Connection pools: %1 (%2)").arg(file, design.name()) << "\n\n";

    struct Row
    {
        QString label, desired, maximum;
    };
    auto figures = [&](const QString &label, int PoolFigures::*field) {
        return Row{label, QString::number(p.desired.*field), QString::number(p.maximum.*field)};
    };
    const std::vector<Row> rows{
        {QString(), tr("desired"), tr("maximum")},
        figures(tr("web tasks"), &PoolFigures::webTasks),
        figures(tr("web connections (tasks × workers × 2)"), &PoolFigures::webConnections),
        figures(tr("worker tasks"), &PoolFigures::workerTasks),
        figures(tr("worker connections (tasks × concurrency)"), &PoolFigures::workerConnections),
        {tr("management (20 %)"), number(p.desired.management), number(p.maximum.management)},
        {tr("total (exact)"), number(p.desired.exactTotal), number(p.maximum.exactTotal)},
        figures(tr("total connections = int(total)"), &PoolFigures::total),
        figures(tr("pgBouncer default_pool_size = int(total / 4)"), &PoolFigures::defaultPoolSize),
        figures(tr("pgBouncer max_client_conn = int(total × 2)"), &PoolFigures::maxClientConn),
        figures(tr("RDS max_connections = int(total × 1.5)"), &PoolFigures::rdsMaxConnections),
        figures(tr("connections reaching the database"), &PoolFigures::databaseConnections),
    };
    const QString perTask = tr("per task");
    // The label column 44 characters and the figures 9, wider when a translation needs it.
    qsizetype width = 44;
    for (const Row &r : rows)
        width = std::max(width, r.label.size());
    int column = 9;
    for (const QString &heading : {rows.front().desired, rows.front().maximum, perTask})
        column = std::max(column, int(heading.size()) + 1);
    for (const Row &r : rows)
        out << "  " << r.label.leftJustified(width) << cell(r.desired, column) << cell(r.maximum, column) << "\n";
    out << "\n  " << tr("Django CONN_MAX_AGE: %1 s").arg(PoolCalculation::connMaxAge) << "\n";

    if (!p.contributions.empty()) {
        out << "\n  " << tr("Per service").leftJustified(width) << cell(perTask, column) << cell(rows.front().desired, column)
            << cell(rows.front().maximum, column) << "\n";
        for (const PoolContribution &k : p.contributions) {
            const QString label = QStringLiteral("%1 (%2)").arg(k.componentId, k.web ? tr("web") : tr("worker"));
            out << "  " << label.leftJustified(width) << cell(QString::number(k.perTask), column)
                << cell(QString::number(k.desiredConnections), column) << cell(QString::number(k.maxConnections), column) << "\n";
        }
    }

    out << "\n";
    if (!p.hasDatabase()) {
        out << "  " << tr("No RDS PostgreSQL in the design.") << "\n";
    } else {
        out << "  " << tr("Database %1 (%2)").arg(p.databaseId, p.instanceClass) << "\n";
        if (p.instanceDefaultLimit >= 0 && p.serverlessMaxAcu <= 0) {
            const auto hw = rdsInstanceClass(p.instanceClass);
            out << "    "
                << tr("instance default max_connections: %1 = LEAST(%2 GiB / 9531392 B, 5000)")
                       .arg(QString::number(p.instanceDefaultLimit), QLocale().toString(hw->memoryGiB))
                << "\n";
        } else if (p.instanceDefaultLimit >= 0) {
            out << "    "
                << tr("instance default max_connections: %1 = LEAST(%2 ACU × 2 GiB / 9531392 B, 5000)")
                       .arg(QString::number(p.instanceDefaultLimit), QLocale().toString(p.serverlessMaxAcu))
                << "\n";
        } else {
            out << "    " << tr("instance default max_connections: unknown instance class") << "\n";
        }
        out << "    "
            << tr("max_connections override: %1")
                   .arg(p.maxConnectionsOverride > 0 ? QString::number(p.maxConnectionsOverride) : tr("none", "max_connections override"))
            << "\n";
        out << "    "
            << tr("connection budget: %1; parameter group max_connections: %2")
                   .arg(QString::number(p.connectionBudget), QString::number(p.maxConnectionsSetting))
            << "\n";
        if (p.aurora)
            out << "    "
                << tr("reader endpoint: %n reader(s), %1 connections on top of the writer's", nullptr, p.readerInstances)
                       .arg(QString::number(std::max(0, p.readerConnectionBudget)))
                << "\n";
    }
    if (p.hasPgBouncer()) {
        const QString tasks = tr("%n task(s)", nullptr, p.pgbouncerTasks);
        const QString sizing = p.pgbouncerAutomatic ? tr("automatic sizing") : tr("manual sizing");
        out << "  "
            << tr("pgBouncer %1: %2, %3, default_pool_size %4, reserve_pool_size %5, max_client_conn %6")
                   .arg(p.pgbouncerId, tasks, sizing, QString::number(p.pgbouncerDefaultPoolSize),
                        QString::number(p.pgbouncerReservePoolSize), QString::number(p.pgbouncerMaxClientConn))
            << "\n";
    } else {
        out << "  " << tr("No pgBouncer: services connect to the database directly.") << "\n";
    }

    out << "\n  " << tr("Scaling") << "\n";
    for (const ScalingPlan &s : m.scalingPlans()) {
        // The plan's summary comes from core/derive, in English.
        out << "    " << s.componentId.leftJustified(20) << s.summary;
        if (s.maxTasksWithinBudget >= 0)
            out << tr("; fits the budget up to %n tasks", nullptr, s.maxTasksWithinBudget);
        out << "\n";
    }
    out << "\n";
    if (p.connectionBudget < 0) {
        out << "  " << tr("No connection budget to compare with.") << "\n";
    } else if (p.exceedsBudgetAtMaximum()) {
        out << "  "
            << (p.exceedsBudgetAtDesired()
                    ? tr("EXCEEDS the budget at maximum scale: %1 connections > %2 (already at desired scale)")
                    : tr("EXCEEDS the budget at maximum scale: %1 connections > %2"))
                   .arg(QString::number(p.maximum.databaseConnections), QString::number(p.connectionBudget))
            << "\n";
    } else {
        out << "  "
            << tr("Within the budget at maximum scale: %1 of %2 connections")
                   .arg(QString::number(p.maximum.databaseConnections), QString::number(p.connectionBudget))
            << "\n";
    }
}

int PoolsCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Prints the connection-pool calculation of each design at desired and maximum scale (the playbook's "
        "calculator: web tasks × workers × 2 + worker tasks × concurrency, plus 20 % management), the pgBouncer "
        "and RDS settings it gives, the database's limits and the scaling plans.\n"
        "Exit code: 0 when every design was read, 1 when a design is invalid, 2 on a usage error or unreadable file."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Design files (*.infra.yaml)."), QStringLiteral("FILE..."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text (default) or json."), QStringLiteral("text|json"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << "infra-studio-cli pools: " << tr("unknown --format '%1' (text or json)").arg(fmt) << "\n";
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "infra-studio-cli pools: " << tr("no design file given") << "\n";
        return ExitUsage;
    }
    int result = ExitOk;
    const bool json = fmt == QLatin1String("json");
    for (const QString &file : files) {
        DesignReader::Result read = DesignReader::readFile(file);
        // Load errors: in JSON one {"file", "valid": false, "errors"} object per file, as
        // `check` writes them (English); in text mode on stderr in the user's language.
        if (json && !read.errors.isEmpty())
            writeLoadErrorsJson(file, read.errors, out);
        else
            for (const DesignError &e : read.errors)
                err << e.displayText() << "\n";
        if (!read.ok()) {
            result = std::max(result, int(read.ioError ? ExitUsage : ExitInvalid));
            continue;
        }
        const std::optional<Design> &design = read.design;
        const DerivedModel m = DerivedModel::derive(*design);
        if (json) {
            QJsonArray plans;
            for (const ScalingPlan &s : m.scalingPlans())
                plans.append(DerivedJson::scalingPlan(s));
            const QJsonObject o{{QStringLiteral("file"), file},
                                {QStringLiteral("valid"), true},
                                {QStringLiteral("pools"), DerivedJson::pools(m.pools())},
                                {QStringLiteral("scaling"), plans}};
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        } else {
            writeText(file, *design, m, out);
        }
    }
    return result;
}

const CommandRegistrar registrar({QStringLiteral("pools"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Show the connection-pool calculation at desired and maximum scale"),
                                  &PoolsCommand::run});

} // namespace

} // namespace Infra::Cli
