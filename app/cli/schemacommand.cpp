// infra-studio-cli schema: prints the parameter reference generated from the schemas.
#include "clicommand.h"

#include "io/schemamarkdown.h"

#include <QCommandLineParser>

namespace Infra::Cli {

namespace {

class SchemaCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::SchemaCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

// The reference itself is a document (the tables of docs/design-format.md): it stays English.
int SchemaCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Prints every key of the design format with its type, unit, allowed values, default and meaning, "
        "generated from the parameter schemas (the tables of docs/design-format.md)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: markdown."), QStringLiteral("format"),
                                    QStringLiteral("markdown"));
    parser.addOption(format);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    if (parser.value(format) != QLatin1String("markdown") || !parser.positionalArguments().isEmpty()) {
        err << "infra-studio-cli schema: " << tr("only --format markdown is supported and no arguments are taken") << "\n";
        return ExitUsage;
    }
    out << schemaMarkdown();
    return ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("schema"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Print the design format's keys, units, ranges and defaults (Markdown)"),
                                  &SchemaCommand::run});

} // namespace

} // namespace Infra::Cli
