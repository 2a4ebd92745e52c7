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

private:
    static int scenariosTable(const Design &design, const CostEngine &engine, const CostOptions &options, const QString &file,
                              bool json, QTextStream &out, QTextStream &err);
};

// The design and each saved scenario side by side: total at minimum, desired and maximum
// scale and the change from the design at desired scale. A scenario that does not apply is
// reported on stderr and shown as invalid (exit 1).
int CostCommand::scenariosTable(const Design &design, const CostEngine &engine, const CostOptions &options, const QString &file,
                                bool json, QTextStream &out, QTextStream &err)
{
    // The pricing is the core's (the cost panel's comparison uses the same); this prints it.
    const ScenarioComparison comparison = ScenarioComparison::compare(design, design.scenarios(), engine, options);
    int code = ExitOk;
    for (const ScenarioComparison::Column &column : comparison.columns) {
        if (!column.applies()) {
            err << "infra-studio-cli cost: " << tr("scenario '%1': %2").arg(column.name, column.error) << "\n";
            code = ExitInvalid;
        }
    }
    const std::vector<ScenarioComparison::Column> &rows = comparison.columns;
    const double base = rows.front().estimate.total.desired();
    auto cents = [](double x) { return std::round(x * 100) / 100; };
    if (json) {
        QJsonArray list;
        for (const ScenarioComparison::Column &r : rows) {
            QJsonObject o{{QStringLiteral("name"), r.name}, {QStringLiteral("overrides"), QJsonArray::fromStringList(r.overrides)}};
            if (r.error.isEmpty()) {
                o.insert(QStringLiteral("total"), QJsonObject{{QStringLiteral("min"), cents(r.estimate.total.minimum())},
                                                              {QStringLiteral("desired"), cents(r.estimate.total.desired())},
                                                              {QStringLiteral("max"), cents(r.estimate.total.maximum())}});
                o.insert(QStringLiteral("delta_desired"), cents(r.estimate.total.desired() - base));
                o.insert(QStringLiteral("error"), QJsonValue());
            } else {
                o.insert(QStringLiteral("total"), QJsonValue());
                o.insert(QStringLiteral("delta_desired"), QJsonValue());
                o.insert(QStringLiteral("error"), r.error);
            }
            list.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("scenarios"), list}}).toJson(QJsonDocument::Compact)
            << "\n";
        return code;
    }
    qsizetype width = 8;
    for (const ScenarioComparison::Column &r : rows)
        width = std::max(width, r.name.size());
    auto money = [](double x) { return QString::number(x, 'f', 2); };
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("Scenario").leftJustified(width), QStringLiteral("min").rightJustified(10),
                    QStringLiteral("desired").rightJustified(10), QStringLiteral("max").rightJustified(10),
                    QStringLiteral("vs design").rightJustified(10));
    for (const ScenarioComparison::Column &r : rows) {
        if (!r.error.isEmpty()) {
            out << r.name.leftJustified(width) << QStringLiteral("  invalid: ") << r.error << "\n";
            continue;
        }
        const double delta = cents(r.estimate.total.desired() - base);
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(r.name.leftJustified(width), money(r.estimate.total.minimum()).rightJustified(10),
                        money(r.estimate.total.desired()).rightJustified(10), money(r.estimate.total.maximum()).rightJustified(10),
                        (&r == &rows.front() ? QString() : (delta > 0 ? QStringLiteral("+") : QString()) + money(delta)).rightJustified(10));
        if (!r.overrides.isEmpty())
            out << QStringLiteral("  ").leftJustified(width + 2) << r.overrides.join(QLatin1String(", ")) << "\n";
    }
    out << tr("USD per month; catalog %1 (%2).").arg(rows.front().estimate.catalogVersion, rows.front().estimate.catalogDate) << "\n";
    return code;
}

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
    const QCommandLineOption savedScenario(QStringLiteral("scenario"),
                                           tr("Apply the overrides of a scenario saved in the design (before any --set)."),
                                           QStringLiteral("name"));
    const QCommandLineOption allScenarios(QStringLiteral("scenarios"),
                                          tr("Show the design and every scenario saved in it side by side (table or json)."));
    for (const QCommandLineOption &o : {set, format, compare, suggest, discounts, summary, catalogDir, csvComment, savedScenario, allScenarios})
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

    if (parser.isSet(allScenarios)) {
        if (fmt == QLatin1String("csv") || parser.isSet(compare) || parser.isSet(set) || parser.isSet(savedScenario)) {
            err << "infra-studio-cli cost: " << tr("--scenarios stands alone (table or json format)") << "\n";
            return ExitUsage;
        }
        return scenariosTable(*design, CostEngine(catalog), *options, files.first(), fmt == QLatin1String("json"), out, err);
    }

    Scenario scenario(*design);
    QStringList applied;
    if (parser.isSet(savedScenario)) {
        const SavedScenario *saved = design->scenario(parser.value(savedScenario));
        if (!saved) {
            QStringList names;
            for (const SavedScenario &sc : design->scenarios())
                names << sc.name;
            err << "infra-studio-cli cost: "
                << tr("no scenario '%1' in %2 (saved: %3)")
                       .arg(parser.value(savedScenario), files.first(), names.isEmpty() ? tr("none") : names.join(QLatin1String(", ")))
                << "\n";
            return ExitUsage;
        }
        for (const QString &o : saved->overrides) {
            if (!scenario.addOverride(o, &error)) {
                err << "infra-studio-cli cost: " << tr("scenario '%1': %2").arg(saved->name, error) << "\n";
                return ExitInvalid;
            }
            applied << o;
        }
    }
    for (const QString &o : parser.values(set)) {
        if (!scenario.addOverride(o, &error)) {
            err << "infra-studio-cli cost: --set " << error << "\n";
            return ExitUsage;
        }
    }
    const QStringList overrides = applied + parser.values(set);
    const CostEngine engine(catalog);
    const bool comparing = parser.isSet(compare);
    if (comparing && overrides.isEmpty()) {
        err << "infra-studio-cli cost: " << tr("--compare needs at least one --set or a --scenario") << "\n";
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
