// infra-studio-cli diff A B | diff FILE --rev REV: what differs between two designs — values,
// derived connections and security-group rules, findings, review, cost line by line and the
// emitted files. Formats: text, markdown (a pull-request comment), json.
#include "clicommand.h"

#include "compare/designdiff.h"
#include "compare/gitrevision.h"
#include "io/designreader.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Infra::Cli {

namespace {

class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::DiffCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

int DiffCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares two designs: settings, components and their parameters, links and Celery routes,\n"
           "derived connections and security-group rules, findings, review items, the monthly cost line\n"
           "by line, and the emitted Terraform, documents and configuration files (unified diffs).\n"
           "With --rev, FILE as it was at a git revision is compared with FILE now (git from PATH).\n"
           "Exit code: 0 when the designs are identical, 1 when they differ or one is invalid, 2 on a\n"
           "usage error or an unreadable file."));
    parser.addPositionalArgument(QStringLiteral("before"), tr("The design before the change (*.infra.yaml)."), QStringLiteral("A"));
    parser.addPositionalArgument(QStringLiteral("after"), tr("The design after the change (not with --rev)."), QStringLiteral("[B]"));
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: text (default), markdown or json."), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption rev(QStringLiteral("rev"), tr("Compare FILE at this git revision (before) with FILE now (after)."),
                                 QStringLiteral("REV"));
    const QCommandLineOption noFiles(QStringLiteral("no-files"), tr("Do not compare the emitted files (faster)."));
    const QCommandLineOption stat(QStringLiteral("stat"), tr("List the changed emitted files without their line differences."));
    const QCommandLineOption maxLines(QStringLiteral("max-patch-lines"),
                                      tr("Markdown: at most N lines of file differences in the comment (default 400)."),
                                      QStringLiteral("N"), QStringLiteral("400"));
    for (const QCommandLineOption &o : {format, rev, noFiles, stat, maxLines})
        parser.addOption(o);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;

    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("markdown") && fmt != QLatin1String("json")) {
        err << "infra-studio-cli diff: " << tr("unknown format '%1' (text, markdown or json)").arg(fmt) << "\n";
        return ExitUsage;
    }
    bool numberOk = false;
    const int patchLines = parser.value(maxLines).toInt(&numberOk);
    if (!numberOk || patchLines < 0) {
        err << "infra-studio-cli diff: " << tr("--max-patch-lines needs a number of 0 or more") << "\n";
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    const bool withRev = parser.isSet(rev);
    if ((withRev && files.size() != 1) || (!withRev && files.size() != 2)) {
        err << "infra-studio-cli diff: "
            << (withRev ? tr("give exactly one design file with --rev") : tr("give two design files, or one with --rev")) << "\n"
            << helpText(parser, QStringLiteral("diff"));
        return ExitUsage;
    }

    int exitCode = ExitOk;
    std::optional<Design> before;
    QString beforeLabel;
    if (withRev) {
        QString error;
        const std::optional<QByteArray> bytes = readGitRevision(files.first(), parser.value(rev), &error);
        if (!bytes) {
            err << "infra-studio-cli diff: " << error << "\n";
            return ExitUsage;
        }
        beforeLabel = gitRevisionLabel(files.first(), parser.value(rev));
        DesignReader::Result read = DesignReader::readData(*bytes, beforeLabel);
        for (const DesignError &e : read.errors)
            err << e.displayText() << "\n";
        if (!read.ok())
            return ExitInvalid;
        before = std::move(read.design);
    } else {
        beforeLabel = files.first();
        before = readDesign(files.first(), err, &exitCode);
        if (!before)
            return exitCode;
    }
    const QString afterFile = files.last();
    const std::optional<Design> after = readDesign(afterFile, err, &exitCode);
    if (!after)
        return exitCode;

    DesignDiff::Options options;
    options.files = !parser.isSet(noFiles);
    options.patches = !parser.isSet(stat);
    DesignDiff diff = DesignDiff::compare(*before, *after, options);
    diff.beforeLabel = beforeLabel;
    diff.afterLabel = afterFile;
    if (!diff.filesError.isEmpty())
        err << "infra-studio-cli diff: " << tr("file differences left out: %1").arg(diff.filesError) << "\n";

    if (fmt == QLatin1String("json"))
        out << QJsonDocument(diff.json()).toJson(QJsonDocument::Compact) << "\n";
    else if (fmt == QLatin1String("markdown"))
        out << diff.markdown(patchLines);
    else
        out << diff.text();
    return diff.isEmpty() ? ExitOk : ExitInvalid;
}

const CommandRegistrar registrar({QStringLiteral("diff"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands",
                                                    "Compare two designs, or a design with a git revision (text, markdown, json)"),
                                  &DiffCommand::run});

} // namespace

} // namespace Infra::Cli
