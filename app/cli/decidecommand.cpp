// infra-studio-cli decide FILE...: the playbook's five decision tables evaluated on each design
// (factor rows with value, threshold and source, the recommendation, what the design does and
// the cost delta between the options); --apply NAME -o OUT writes the converted design.
#include "clicommand.h"
#include "findingsreport.h"

#include "cost/costengine.h"
#include "decide/decisionengine.h"
#include "decide/decisionjson.h"
#include "decide/designconversion.h"
#include "io/designreader.h"
#include "io/designwriter.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace Infra::Cli {

namespace {

class DecideCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::DecideCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

private:
    static void writeText(const QString &file, const Design &design, const std::vector<Decision> &all, QTextStream &out);
    static int apply(const QString &file, const QString &name, const QString &outFile, QTextStream &out, QTextStream &err);
};

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

QString signedMoney(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QStringLiteral("-")) + money(std::abs(v));
}

void DecideCommand::writeText(const QString &file, const Design &design, const std::vector<Decision> &all, QTextStream &out)
{
    out << tr("Decisions: %1 (%2)").arg(file, design.name()) << "\n";
    for (const Decision &d : all) {
        QString status = !d.isApplicable() ? tr("not applicable") : (d.differs() ? tr("proposed") : tr("accepted"));
        out << "\n" << tr("%1 (%2): %3").arg(d.title.translated(), d.adr, status) << "\n";
        out << "  " << tr("recommended: %1").arg(d.options[size_t(d.recommended)].translated()) << "\n";
        out << "  " << tr("the design:  %1").arg(d.currentText.translated()) << "\n";
        for (const DecisionFactor &f : d.factors) {
            const QString side = f.side == DecisionFactor::Side::Neither ? tr("either") : d.options[size_t(f.side)].translated();
            out << "  - " << tr("%1: %2 -> %3").arg(f.label.translated(), f.value.translated(), side) << "\n";
            out << "      " << tr("threshold: %1").arg(f.threshold.translated()) << "\n";
            out << "      " << tr("source: %1").arg(f.source.translated()) << "\n";
        }
        for (const Text &r : d.reasons)
            out << "  " << tr("why: %1").arg(r.translated()) << "\n";
        if (d.isApplicable() && d.cost) {
            const int other = 1 - d.current;
            out << "  "
                << tr("cost with %1: %2 USD a month at desired scale instead of %3 (%4; minimum %5, maximum %6)")
                       .arg(d.options[size_t(other)].translated(), money(d.cost->alternative[1]), money(d.cost->current[1]),
                            signedMoney(d.cost->delta(1)), signedMoney(d.cost->delta(0)), signedMoney(d.cost->delta(2)))
                << "\n";
        } else if (d.isApplicable() && !d.costNote.isEmpty()) {
            out << "  " << tr("cost delta: not modelled (%1)").arg(d.costNote.translated()) << "\n";
        }
        if (d.canApply())
            out << "  " << tr("apply: infra-studio-cli decide %1 --apply %2 -o OUT").arg(file, d.conversion) << "\n";
        else if (d.differs() && !d.conversionBlocked.isEmpty())
            out << "  " << tr("no Apply: %1").arg(d.conversionBlocked.translated()) << "\n";
    }
}

int DecideCommand::apply(const QString &file, const QString &name, const QString &outFile, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    const std::optional<Design> design = readDesign(file, err, &exitCode);
    if (!design)
        return exitCode;
    const DesignConversion::Result r = DesignConversion::apply(*design, name);
    if (!r.ok) {
        // The conversion's reason is core's English, like load errors.
        err << "infra-studio-cli decide: " << tr("cannot apply '%1': %2").arg(name, r.error) << "\n";
        return ExitInvalid;
    }
    QString error;
    if (!DesignWriter::writeFile(r.design, outFile, &error)) {
        err << "infra-studio-cli decide: " << error << "\n";
        return ExitUsage;
    }
    const CostEngine costs;
    const CostEstimate before = costs.estimate(*design, {}, CostEngine::Detail::TotalsOnly);
    const CostEstimate after = costs.estimate(r.design, {}, CostEngine::Detail::TotalsOnly);
    out << tr("Applied %1 to %2: %3; wrote %4").arg(name, file, r.changedIds.join(QStringLiteral(", ")), outFile) << "\n";
    out << tr("Monthly cost at desired scale: %1 USD -> %2 USD (%3)")
               .arg(money(before.total.desired()), money(after.total.desired()),
                    signedMoney(after.total.desired() - before.total.desired()))
        << "\n";
    return ExitOk;
}

int DecideCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluates the playbook's five decision tables on each design: horizontal vs vertical scaling, Celery "
           "Beat vs EventBridge Scheduler, RDS vs Aurora PostgreSQL, ElastiCache vs MemoryDB, ECS Fargate vs EKS. "
           "Each factor row shows this design's value, the threshold and its source and the option it points to; "
           "then the recommendation, what the design does now and the cost delta between the options.\n"
           "With --apply NAME -o OUT the conversion NAME (%1) is applied and the converted design written to OUT.\n"
           "Exit code: 0 on success, 1 when a design is invalid or the conversion is refused, 2 on a usage error or "
           "a file that could not be read or written.")
            .arg(DesignConversion::names().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Design files (*.infra.yaml)."), QStringLiteral("FILE..."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption applyOption(QStringLiteral("apply"), tr("Apply the conversion NAME to the design."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                       tr("With --apply: where to write the converted design."), QStringLiteral("OUT"));
    for (const QCommandLineOption &o : {format, applyOption, outOption})
        parser.addOption(o);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << "infra-studio-cli decide: " << tr("unknown --format '%1' (text or json)").arg(fmt) << "\n";
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "infra-studio-cli decide: " << tr("no design file given") << "\n";
        return ExitUsage;
    }
    if (parser.isSet(applyOption)) {
        const QString name = parser.value(applyOption);
        if (!DesignConversion::find(name)) {
            err << "infra-studio-cli decide: "
                << tr("unknown conversion '%1' (%2)").arg(name, DesignConversion::names().join(QStringLiteral(", "))) << "\n";
            return ExitUsage;
        }
        if (files.size() != 1 || !parser.isSet(outOption)) {
            err << "infra-studio-cli decide: " << tr("--apply needs one design file and -o OUT") << "\n";
            return ExitUsage;
        }
        return apply(files.first(), name, parser.value(outOption), out, err);
    }
    if (parser.isSet(outOption)) {
        err << "infra-studio-cli decide: " << tr("-o is only used with --apply") << "\n";
        return ExitUsage;
    }

    const bool json = fmt == QLatin1String("json");
    const CostEngine costs;
    int result = ExitOk;
    for (const QString &file : files) {
        DesignReader::Result read = DesignReader::readFile(file);
        if (json && !read.errors.isEmpty())
            writeLoadErrorsJson(file, read.errors, out);
        else
            for (const DesignError &e : read.errors)
                err << e.displayText() << "\n";
        if (!read.ok()) {
            result = std::max(result, int(read.ioError ? ExitUsage : ExitInvalid));
            continue;
        }
        const std::vector<Decision> all = DecisionEngine::evaluate(*read.design, &costs);
        if (json) {
            const QJsonObject o{{QStringLiteral("file"), file},
                                {QStringLiteral("valid"), true},
                                {QStringLiteral("decisions"), DecisionJson::decisions(all)}};
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        } else {
            writeText(file, *read.design, all, out);
        }
    }
    return result;
}

const CommandRegistrar registrar({QStringLiteral("decide"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands",
                                                    "Evaluate the playbook's five decision tables; --apply converts the design"),
                                  &DecideCommand::run});

} // namespace

} // namespace Infra::Cli
