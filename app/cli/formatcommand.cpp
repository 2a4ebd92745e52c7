// infra-studio-cli format FILE...: rewrites designs in the canonical form the studio saves.
#include "clicommand.h"

#include "io/designreader.h"
#include "io/designwriter.h"

#include <QCommandLineParser>
#include <QFile>

namespace Infra::Cli {

namespace {

class FormatCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::FormatCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

int FormatCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Rewrites design files in the canonical form the studio saves (every key in schema order, "
        "defaults written out, comments dropped). Without --in-place the result goes to standard output."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Design files."), QStringLiteral("FILE..."));
    const QCommandLineOption inPlace(QStringList{QStringLiteral("i"), QStringLiteral("in-place")},
                                     tr("Rewrite each file in place (atomically)."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Write nothing; exit 1 when a file is not in canonical form."));
    parser.addOption(inPlace);
    parser.addOption(check);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "infra-studio-cli format: " << tr("no design file given") << "\n";
        return ExitUsage;
    }

    int result = ExitOk;
    for (const QString &file : files) {
        int exitCode = ExitOk;
        const std::optional<Design> design = readDesign(file, err, &exitCode);
        if (!design) {
            result = std::max(result, exitCode);
            continue;
        }
        const QByteArray canonical = DesignWriter::toYaml(*design);
        if (parser.isSet(check)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly) || f.readAll() != canonical) {
                out << tr("%1: not in canonical form").arg(file) << "\n";
                result = std::max(result, int(ExitInvalid));
            }
        } else if (parser.isSet(inPlace)) {
            QString error;
            if (!DesignWriter::writeFile(*design, file, &error)) {
                err << error << "\n";
                result = ExitUsage;
            }
        } else {
            out << QString::fromUtf8(canonical);
        }
    }
    return result;
}

const CommandRegistrar registrar({QStringLiteral("format"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Rewrite designs in the canonical form the studio saves"),
                                  &FormatCommand::run});

} // namespace

} // namespace Infra::Cli
