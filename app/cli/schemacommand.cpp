// infra-studio-cli schema: prints the parameter reference generated from the schemas.
#include "clicommand.h"

#include "io/schemamarkdown.h"

#include <QCommandLineParser>

namespace Infra::Cli {

namespace {

int runSchema(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints every key of the design format with its type, unit, allowed values, default and meaning, "
        "generated from the parameter schemas (the tables of docs/design-format.md)."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: markdown."), QStringLiteral("format"),
                                    QStringLiteral("markdown"));
    parser.addOption(format);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    if (parser.value(format) != QLatin1String("markdown") || !parser.positionalArguments().isEmpty()) {
        err << "infra-studio-cli schema: only --format markdown is supported and no arguments are taken\n";
        return ExitUsage;
    }
    out << schemaMarkdown();
    return ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("schema"),
                                  QStringLiteral("Print the design format's keys, units, ranges and defaults (Markdown)"), &runSchema});

} // namespace

} // namespace Infra::Cli
