// infra-studio-cli check FILE...: loads and validates designs.
#include "checkcommand.h"

#include "clicommand.h"
#include "findingsreport.h"

#include "io/designreader.h"

#include <QCommandLineParser>

namespace Infra::Cli {

namespace {

std::vector<CheckExtension> &extensions()
{
    static std::vector<CheckExtension> list;
    return list;
}

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::CheckCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

int CheckCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Loads each design file and reports every problem as file:line:column: message.\n"
           "Exit code: 0 when every file is valid, 1 when a design is invalid or has findings "
           "with errors, 2 on a usage error or an unreadable file."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Design files (*.infra.yaml)."), QStringLiteral("FILE..."));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print nothing for valid files."));
    parser.addOption(quiet);
    for (const CheckExtension &ext : extensions()) {
        if (ext.options)
            parser.addOptions(ext.options());
    }
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    // A usage error, before any file is read: exit 2 on stderr like every other command.
    if (const QString format = parser.value(QStringLiteral("format"));
        format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "infra-studio-cli check: " << tr("unknown --format '%1' (text or json)").arg(format) << "\n"
            << tryHelp(QStringLiteral("check")) << "\n";
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "infra-studio-cli check: " << tr("no design file given") << "\n" << helpText(parser, QStringLiteral("check"));
        return ExitUsage;
    }

    int result = ExitOk;
    for (const QString &file : files) {
        const DesignReader::Result read = DesignReader::readFile(file);
        if (jsonRequested(parser) && !read.errors.isEmpty()) {
            writeLoadErrorsJson(file, read.errors, out);
        } else {
            // Text mode in the user's language; the JSON above keeps the English message.
            for (const DesignError &e : read.errors)
                out << e.displayText() << "\n";
        }
        if (read.ioError) {
            result = ExitUsage;
            continue;
        }
        if (!read.ok()) {
            result = std::max(result, int(ExitInvalid));
            continue;
        }
        // A valid design: the registered extensions (findings, …) add their report.
        bool failed = false;
        for (const CheckExtension &ext : extensions()) {
            if (!ext.check(CheckContext{file, *read.design, parser}, out))
                failed = true;
        }
        if (failed)
            result = std::max(result, int(ExitInvalid));
        else if (!parser.isSet(quiet) && !jsonRequested(parser))
            out << tr("%1: ok").arg(file) << "\n";
    }
    return result;
}

const CommandRegistrar registrar({QStringLiteral("check"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands",
                                                    "Load and validate design files; report errors as file:line:column: message"),
                                  &CheckCommand::run});

} // namespace

void addCheckExtension(CheckExtension extension)
{
    extensions().push_back(std::move(extension));
}

} // namespace Infra::Cli
