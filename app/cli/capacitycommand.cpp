// infra-studio-cli capacity FILE: the capacity model of a design (issue 15) — what the workload
// asks of each tier, its utilisation and the capacity findings; --fit -o OUT writes the design
// sized for its workload and shows the cost delta.
#include "clicommand.h"

#include "capacity/capacityfit.h"
#include "capacity/capacityjson.h"
#include "capacity/capacityreport.h"
#include "cost/costengine.h"
#include "cost/costreport.h"
#include "derive/derivedmodel.h"
#include "io/designwriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Infra::Cli {

namespace {

class CapacityCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::CapacityCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

private:
    static void writeTable(const QString &file, const Design &design, const DerivedModel &m, QTextStream &out);
    static void writeFit(const CapacityFit &fit, const CostEstimate &before, const CostEstimate &after, const QString &output,
                         QTextStream &out);
};

QString figure(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("∞");
    // Three significant digits below 10 (0.04 tasks/s, 3.2 min), whole numbers above.
    return std::abs(v) < 10 ? QLocale().toString(v, 'g', 3) : QLocale().toString(v, 'f', 0);
}

QString percentText(double u)
{
    return std::isfinite(u) ? QLocale().toString(std::round(u * 100.0), 'f', 0) + QStringLiteral(" %") : QStringLiteral("∞");
}

void CapacityCommand::writeTable(const QString &file, const Design &design, const DerivedModel &m, QTextStream &out)
{
    const CapacityReport &r = m.capacity();
    out << tr("Capacity: %1 (%2), target utilisation %3 %").arg(file, design.name(), QString::number(std::round(r.targetUtilization * 100))) << "\n\n";
    const QString head = QStringLiteral("  %1 %2 %3 %4 %5 %6\n");
    out << head.arg(tr("component").leftJustified(18), tr("what").leftJustified(44), tr("need").rightJustified(10),
                    tr("capacity").rightJustified(10), tr("unit").leftJustified(12), tr("used").rightJustified(7));
    for (const auto &[id, f] : r.allFacts()) {
        const double u = f.utilization();
        const QString flag = u >= 1.0 ? tr("OVER") : (u > f.target ? tr("above target") : QString());
        out << head.arg(id.leftJustified(18), f.label.translated().leftJustified(44), figure(f.demand).rightJustified(10),
                        figure(f.capacity).rightJustified(10), f.unit.leftJustified(12), percentText(u).rightJustified(7))
                   .trimmed()
                   .prepend(QStringLiteral("  "))
            << (flag.isEmpty() ? QString() : QStringLiteral("  ") + flag) << "\n";
    }
    out << "\n";
    for (const WebCapacity &w : r.web) {
        out << "  "
            << tr("%1: %2 × %3 per task at %4 req/s peak → tasks needed: %5 (average %6); p95 ≈ %7 ms of %8 ms")
                   .arg(w.componentId, w.server, figure(w.perTask), figure(w.peakRps), QString::number(w.requiredPeak),
                        QString::number(w.requiredAvg), figure(w.p95Ms), figure(w.p95TargetMs))
            << "\n";
    }
    for (const CeleryCapacity &k : r.celery) {
        out << "  "
            << tr("%1: %2 tasks/s peak × %3 s → tasks needed: %4 (average %5); burst drains in %6 min; wait at the scaling target %7 s")
                   .arg(k.componentId, figure(k.arrivalPeak), figure(k.durationS), QString::number(k.requiredPeak),
                        QString::number(k.requiredAvg), figure(k.drainSeconds / 60.0), figure(k.waitAtTargetS))
            << "\n";
    }
    bool any = false;
    for (const Finding &f : m.findings()) {
        if (!f.ruleId.startsWith(QLatin1String("capacity-")))
            continue;
        if (!any)
            out << "\n";
        any = true;
        out << "  " << severityName(f.severity) << " [" << f.ruleId << "] " << f.displayMessage() << "\n    " << f.displayFixHint() << "\n";
    }
    if (!any)
        out << "\n  " << tr("No capacity findings: every tier carries the workload.") << "\n";
}

void CapacityCommand::writeFit(const CapacityFit &fit, const CostEstimate &before, const CostEstimate &after, const QString &output,
                               QTextStream &out)
{
    out << "\n" << tr("Sized for the workload: %n change(s), written to %1", nullptr, int(fit.changes.size())).arg(output) << "\n";
    for (const CapacityFit::Change &c : fit.changes)
        out << "  " << c.componentId << "." << c.key << ": " << c.before.toString() << " → " << c.after.toString() << "\n";
    for (const QString &n : fit.notes)
        out << "  " << tr("note: %1").arg(n) << "\n";
    if (before.isValid() && after.isValid()) {
        auto usd = [](double x) { return CostReport::money(x); };
        out << "  "
            << tr("Monthly cost at desired scale: %1 → %2 (%3); at maximum scale: %4 → %5 (%6)")
                   .arg(usd(before.total.desired()), usd(after.total.desired()),
                        (after.total.desired() >= before.total.desired() ? QStringLiteral("+") : QString())
                            + usd(after.total.desired() - before.total.desired()),
                        usd(before.total.maximum()), usd(after.total.maximum()),
                        (after.total.maximum() >= before.total.maximum() ? QStringLiteral("+") : QString())
                            + usd(after.total.maximum() - before.total.maximum()))
            << "\n";
    }
}

int CapacityCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Shows the capacity model of a design: what the workload profile asks of the web tier, each Celery\n"
        "worker group, the database and Redis, against what the design provides, and the capacity findings.\n"
        "With --fit -o OUT it writes the design sized for its workload (task counts, task sizes, instance\n"
        "class, storage, IOPS and node type) and shows the cost delta.\n"
        "Exit code: 0 when every tier carries the workload, 1 when a capacity finding is an error or the\n"
        "design is invalid, 2 on a usage error or unreadable file."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("Design file (*.infra.yaml)."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")}, tr("Output format: table (default) or json."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption fitOption(QStringLiteral("fit"), tr("Size the design for its workload (needs -o)."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("Where --fit writes the sized design."),
                                    QStringLiteral("OUT"));
    for (const QCommandLineOption &o : {format, fitOption, output})
        parser.addOption(o);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << "infra-studio-cli capacity: " << tr("give exactly one design file") << "\n" << helpText(parser, QStringLiteral("capacity"));
        return ExitUsage;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        err << "infra-studio-cli capacity: " << tr("unknown format '%1' (table or json)").arg(fmt) << "\n";
        return ExitUsage;
    }
    const bool fitting = parser.isSet(fitOption);
    if (fitting != parser.isSet(output)) {
        err << "infra-studio-cli capacity: " << tr("--fit and -o go together") << "\n";
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::optional<Design> design = readDesign(files.first(), err, &exitCode);
    if (!design)
        return exitCode;

    const DerivedModel m = DerivedModel::derive(*design);
    auto capacityErrors = [](const DerivedModel &model) {
        for (const Finding &f : model.findings()) {
            if (f.isError() && f.ruleId.startsWith(QLatin1String("capacity-")))
                return true;
        }
        return false;
    };
    std::optional<CapacityFit> fit;
    std::optional<DerivedModel> fitted;
    CostEstimate before, after;
    if (fitting) {
        fit = CapacityFit::fit(*design);
        QString error;
        if (!DesignWriter::writeFile(fit->design, parser.value(output), &error)) {
            err << "infra-studio-cli capacity: " << error << "\n";
            return ExitUsage;
        }
        fitted = DerivedModel::derive(fit->design);
        const CostEngine engine;
        before = engine.estimate(*design);
        after = engine.estimate(fit->design);
    }

    if (fmt == QLatin1String("json")) {
        QJsonArray findings;
        for (const Finding &f : m.findings()) {
            if (f.ruleId.startsWith(QLatin1String("capacity-")))
                findings.append(QJsonObject{{QStringLiteral("rule"), f.ruleId}, {QStringLiteral("severity"), severityName(f.severity)},
                                            {QStringLiteral("component"), f.componentId}, {QStringLiteral("message"), f.message},
                                            {QStringLiteral("fix"), f.fixHint}});
        }
        QJsonObject root{{QStringLiteral("file"), files.first()}, {QStringLiteral("capacity"), CapacityJson::report(m.capacity())},
                         {QStringLiteral("findings"), findings}};
        if (fit) {
            QJsonObject f = CapacityJson::fit(*fit);
            f.insert(QStringLiteral("output"), parser.value(output));
            f.insert(QStringLiteral("capacity_errors_after"), capacityErrors(*fitted));
            if (before.isValid() && after.isValid()) {
                f.insert(QStringLiteral("cost_before"), QJsonObject{{QStringLiteral("desired"), CostReport::cents(before.total.desired())},
                                                                    {QStringLiteral("maximum"), CostReport::cents(before.total.maximum())}});
                f.insert(QStringLiteral("cost_after"), QJsonObject{{QStringLiteral("desired"), CostReport::cents(after.total.desired())},
                                                                   {QStringLiteral("maximum"), CostReport::cents(after.total.maximum())}});
            }
            root.insert(QStringLiteral("fit"), f);
        }
        out << QJsonDocument(root).toJson(QJsonDocument::Compact) << "\n";
    } else {
        writeTable(files.first(), *design, m, out);
        if (fit)
            writeFit(*fit, before, after, parser.value(output), out);
    }
    return capacityErrors(fitted ? *fitted : m) ? ExitInvalid : ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("capacity"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Show the capacity model of a design, or size it for its workload"),
                                  &CapacityCommand::run});

} // namespace

} // namespace Infra::Cli
