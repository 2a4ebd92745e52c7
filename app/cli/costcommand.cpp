// infra-studio-cli cost FILE: the monthly estimate of a design, what-if scenarios (--set,
// --compare), discounts and the savings advisor (--suggest). Formats: table, json, csv.
#include "clicommand.h"

#include "cost/budgetrule.h"
#include "cost/costengine.h"
#include "cost/costreport.h"
#include "cost/savingsadvisor.h"
#include "cost/scenario.h"
#include "io/designreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Infra::Cli {

namespace {

class CostCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::CostCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

// The tables and suggestions come from core/cost (CostReport) in English, like JSON and CSV.
int CostCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Estimates the monthly AWS cost of a design (730 hours) at its minimum, desired and maximum\n"
        "autoscaling, line by line, from the dated pricing catalog. Prices marked unverified in the\n"
        "catalog are flagged. Exit code: 0 on success, 1 when a price is missing (unknown region,\n"
        "instance class or node type) or the design is invalid, 2 on a usage error."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("Design file (*.infra.yaml)."), QStringLiteral("FILE"));
    const QCommandLineOption set(QStringList{QStringLiteral("s"), QStringLiteral("set")},
                                 tr("Override a value: id.key=value (a component parameter), workload.key=value, "
                                    "network.key=value or region=… Repeatable."),
                                 QStringLiteral("id.key=value"));
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: table (default), json or csv."), QStringLiteral("format"),
                                    QStringLiteral("table"));
    const QCommandLineOption compare(QStringLiteral("compare"), tr("Show the design and the --set scenario side by side with deltas."));
    const QCommandLineOption suggest(QStringLiteral("suggest"), tr("List savings suggestions with their monthly saving and trade-off."));
    const QCommandLineOption discounts(QStringLiteral("discounts"),
                                       tr("Discounts to apply, comma separated: sp-1y, sp-3y (Compute Savings Plan on the Fargate "
                                          "baseline), rds-ri, cache-ri (1-year No Upfront reservations), free-tier (always-free "
                                          "allowances), all, none."),
                                       QStringLiteral("list"));
    const QCommandLineOption summary(QStringLiteral("summary"), tr("Table format: component totals only, no line items."));
    const QCommandLineOption catalogDir(QStringLiteral("catalog"),
                                        tr("Read the pricing catalog from DIR instead of the built-in copy."), QStringLiteral("DIR"));
    const QCommandLineOption csvComment(QStringLiteral("csv-comment"),
                                        tr("CSV format: put a '# catalog …' comment line before the header row."));
    for (const QCommandLineOption &o : {set, format, compare, suggest, discounts, summary, catalogDir, csvComment})
        parser.addOption(o);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << "infra-studio-cli cost: " << tr("give exactly one design file") << "\n" << helpText(parser, QStringLiteral("cost"));
        return ExitUsage;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json") && fmt != QLatin1String("csv")) {
        err << "infra-studio-cli cost: " << tr("unknown format '%1' (table, json or csv)").arg(fmt) << "\n";
        return ExitUsage;
    }
    // Machine formats stay pure: CSV has no place for the suggestions (JSON carries them).
    if (fmt == QLatin1String("csv") && parser.isSet(suggest)) {
        err << "infra-studio-cli cost: " << tr("--suggest is not available with --format csv; use --format json or table") << "\n";
        return ExitUsage;
    }
    QString error;
    const auto options = CostOptions::fromNames(parser.values(discounts), &error);
    if (!options) {
        err << "infra-studio-cli cost: " << error << "\n";
        return ExitUsage;
    }

    std::optional<PricingCatalog> ownCatalog;
    if (parser.isSet(catalogDir))
        ownCatalog = PricingCatalog::load(parser.value(catalogDir));
    const PricingCatalog &catalog = ownCatalog ? *ownCatalog : PricingCatalog::standard();
    if (!catalog.isValid()) {
        for (const QString &e : catalog.errorStrings())
            err << e << "\n";
        return ExitUsage;
    }

    int exitCode = ExitOk;
    const std::optional<Design> design = readDesign(files.first(), err, &exitCode);
    if (!design)
        return exitCode;

    Scenario scenario(*design);
    for (const QString &o : parser.values(set)) {
        if (!scenario.addOverride(o, &error)) {
            err << "infra-studio-cli cost: --set " << error << "\n";
            return ExitUsage;
        }
    }
    const QStringList overrides = parser.values(set);
    const CostEngine engine(catalog);
    const bool comparing = parser.isSet(compare);
    if (comparing && overrides.isEmpty()) {
        err << "infra-studio-cli cost: " << tr("--compare needs at least one --set") << "\n";
        return ExitUsage;
    }

    std::vector<Suggestion> suggestions;
    if (parser.isSet(suggest))
        suggestions = SavingsAdvisor(engine).suggest(scenario.design(), *options);
    auto suggestionsJson = [&] {
        QJsonArray list;
        for (const Suggestion &s : suggestions)
            list.append(CostReport::suggestionJson(s));
        return list;
    };

    int code = ExitOk;
    if (comparing) {
        const ScenarioResult result = scenario.evaluate(engine, *options);
        for (const QString &e : result.base.errors + result.scenario.errors)
            err << tr("error: %1").arg(e) << "\n";
        if (!result.isValid())
            code = ExitInvalid;
        if (fmt == QLatin1String("json")) {
            QJsonObject root = CostReport::compareJson(result, overrides);
            root.insert(QStringLiteral("file"), files.first());
            if (parser.isSet(suggest))
                root.insert(QStringLiteral("suggestions"), suggestionsJson());
            out << QJsonDocument(root).toJson(QJsonDocument::Compact) << "\n";
            return code;
        }
        if (fmt == QLatin1String("csv"))
            out << CostReport::compareCsv(result, parser.isSet(csvComment));
        else
            out << CostReport::compareTable(result, overrides);
    }

    const CostEstimate estimate = engine.estimate(scenario.design(), *options);
    if (!comparing) {
        for (const QString &e : estimate.errors)
            err << tr("error: %1").arg(e) << "\n";
        if (!estimate.isValid())
            code = ExitInvalid;
        if (fmt == QLatin1String("json")) {
            QJsonObject root = CostReport::json(estimate);
            root.insert(QStringLiteral("file"), files.first());
            root.insert(QStringLiteral("overrides"), QJsonArray::fromStringList(overrides));
            if (parser.isSet(suggest))
                root.insert(QStringLiteral("suggestions"), suggestionsJson());
            out << QJsonDocument(root).toJson(QJsonDocument::Compact) << "\n";
            return code;
        }
        if (fmt == QLatin1String("csv"))
            out << CostReport::csv(estimate, parser.isSet(csvComment));
        else
            out << CostReport::table(estimate, !parser.isSet(summary));
    }
    if (parser.isSet(suggest) && fmt == QLatin1String("table"))
        out << "\n" << CostReport::suggestionsTable(suggestions);
    return code;
}

const CommandRegistrar registrar({QStringLiteral("cost"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands",
                                                    "Monthly cost estimate with line items, scenarios (--set, --compare) and savings (--suggest)"),
                                  &CostCommand::run});

} // namespace

} // namespace Infra::Cli
