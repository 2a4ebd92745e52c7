// infra-studio-cli report FILE -o OUT.html|OUT.pdf [--compare OTHER | --rev REV]: the review
// report of a design (issue 18): one self-contained HTML page, or a PDF, with the diagram, the
// review checklist, findings, cost line items, capacity, notes and an optional comparison. Only
// in builds with the GUI (INFRA_CLI_GUI): the diagram needs a QGuiApplication (main.cpp).
#include "clicommand.h"

#if INFRA_CLI_GUI

#include "compare/designdiff.h"
#include "compare/gitrevision.h"
#include "io/designreader.h"
#include "reportrenderer.h"

#include <QCommandLineParser>

namespace Infra::Cli {

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::ReportCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

int ReportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes the review report of a design: one self-contained HTML page (inline CSS, the diagram as SVG) or a PDF, "
        "chosen by the extension of --out. It holds the diagram, the review checklist, the findings, the cost with its "
        "line items, capacity, the notes and, with --compare or --rev, the comparison with another design.\n"
        "Exit code: 0 on success, 1 when a design is invalid, 2 on a usage error or a file that could not be read or "
        "written."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("Design file (*.infra.yaml)."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("out")}, tr("Report to write: *.html or *.pdf."),
                                       QStringLiteral("REPORT"));
    const QCommandLineOption compareOption(QStringLiteral("compare"), tr("Compare with this design (the \"before\" side)."),
                                           QStringLiteral("OTHER"));
    const QCommandLineOption revOption(QStringLiteral("rev"), tr("Compare with FILE as it was at this git revision."),
                                       QStringLiteral("REV"));
    parser.addOption(outOption);
    parser.addOption(compareOption);
    parser.addOption(revOption);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;

    const QStringList files = parser.positionalArguments();
    const QString report = parser.value(outOption);
    const bool pdf = report.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool html = report.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || report.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (files.size() != 1 || report.isEmpty() || (!pdf && !html)) {
        err << "infra-studio-cli report: " << tr("expected one design FILE and --out REPORT.html or REPORT.pdf") << "\n"
            << tryHelp(QStringLiteral("report")) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(compareOption) && parser.isSet(revOption)) {
        err << "infra-studio-cli report: " << tr("--compare and --rev cannot be combined") << "\n";
        return ExitUsage;
    }

    int exitCode = ExitOk;
    const std::optional<Design> design = readDesign(files.first(), err, &exitCode);
    if (!design)
        return exitCode;

    std::optional<Design> before;
    QString beforeLabel;
    if (parser.isSet(compareOption)) {
        beforeLabel = parser.value(compareOption);
        before = readDesign(beforeLabel, err, &exitCode);
        if (!before)
            return exitCode;
    } else if (parser.isSet(revOption)) {
        QString error;
        const std::optional<QByteArray> bytes = readGitRevision(files.first(), parser.value(revOption), &error);
        if (!bytes) {
            err << "infra-studio-cli report: " << error << "\n";
            return ExitUsage;
        }
        beforeLabel = gitRevisionLabel(files.first(), parser.value(revOption));
        DesignReader::Result read = DesignReader::readData(*bytes, beforeLabel);
        for (const DesignError &e : read.errors)
            err << e.displayText() << "\n";
        if (!read.ok())
            return ExitInvalid;
        before = std::move(read.design);
    }

    std::optional<DesignDiff> diff;
    if (before) {
        DesignDiff::Options options;
        options.patches = false; // the report lists changed files, not their patches
        diff = DesignDiff::compare(*before, *design, options);
        diff->beforeLabel = beforeLabel;
        diff->afterLabel = files.first();
        if (!diff->filesError.isEmpty())
            err << "infra-studio-cli report: " << tr("file differences left out: %1").arg(diff->filesError) << "\n";
    }

    ReportRenderer renderer(*design);
    if (diff)
        renderer.setComparison(&*diff);
    QString error;
    if (!renderer.write(report, &error)) {
        err << "infra-studio-cli report: " << tr("cannot write %1: %2").arg(report, error) << "\n";
        return ExitUsage;
    }
    out << tr("written").leftJustified(9) << ' ' << report << "\n"; // the column of export's list
    return ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("report"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands",
                                                    "Write the review report of a design (self-contained HTML or PDF)"),
                                  &ReportCommand::run});

} // namespace

} // namespace Infra::Cli

#endif
