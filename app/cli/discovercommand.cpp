// infra-studio-cli discover PATH: reads a Django repository statically (never running its
// code) and proposes a design with a report of every fact found and its evidence.
#include "clicommand.h"

#include "discover/discoverer.h"
#include "io/designwriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

namespace Infra::Cli {

namespace {

class DiscoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::DiscoverCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

int DiscoverCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reads a Django repository without importing or running any of its code: dependencies, settings, "
        "Celery, processes (Dockerfiles, compose files, Procfiles) and existing Terraform. Prints a report of "
        "every fact with its file:line evidence and, with -o, writes the proposed design and the report "
        "(NAME.discovery.md and NAME.discovery.json) beside it."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("The repository folder."), QStringLiteral("PATH"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the proposed design to FILE and the report beside it."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Report format: text (Markdown) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("In a repository with several Django projects, the folder of the one to design."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption acceptPostgres(QStringLiteral("accept-postgresql"),
                                            tr("Propose PostgreSQL when the project uses another database (MySQL, SQLite…)."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the design (default: the folder's name)."),
                                  QStringLiteral("NAME"));
    parser.addOption(output);
    parser.addOption(format);
    parser.addOption(project);
    parser.addOption(acceptPostgres);
    parser.addOption(name);
    if (const int code = parseArguments(parser, args, out, err); code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1) {
        err << "infra-studio-cli discover: " << tr("give exactly one repository folder") << "\n" << tryHelp(QStringLiteral("discover")) << "\n";
        return ExitUsage;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << "infra-studio-cli discover: " << tr("unknown format '%1' (text or json)").arg(fmt) << "\n";
        return ExitUsage;
    }
    if (!QFileInfo(paths.first()).isDir()) {
        err << "infra-studio-cli discover: " << tr("%1: not a folder").arg(paths.first()) << "\n";
        return ExitUsage;
    }
    DiscoveryOptions options;
    options.project = parser.value(project);
    options.acceptPostgres = parser.isSet(acceptPostgres);
    options.designName = parser.value(name);
    const DiscoveryResult result = Discoverer::discover(paths.first(), options);

    QString designFile;
    if (parser.isSet(output) && result.design) {
        designFile = parser.value(output);
        QString error;
        if (!DesignWriter::writeFile(*result.design, designFile, &error) || !Discoverer::writeReports(result, designFile, &error)) {
            err << "infra-studio-cli discover: " << error << "\n";
            return ExitUsage;
        }
    }
    if (fmt == QLatin1String("json")) {
        QJsonObject o = result.toJson();
        if (!designFile.isEmpty()) {
            o.insert(QStringLiteral("design_file"), designFile);
            o.insert(QStringLiteral("report_files"), QJsonArray::fromStringList(
                {Discoverer::reportBasePath(designFile) + QStringLiteral(".md"), Discoverer::reportBasePath(designFile) + QStringLiteral(".json")}));
        }
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out << result.toMarkdown();
        if (!designFile.isEmpty())
            out << "\n" << tr("Wrote %1, %2.md and %2.json").arg(designFile, Discoverer::reportBasePath(designFile)) << "\n";
    }
    return ExitOk;
}

const CommandRegistrar registrar({QStringLiteral("discover"),
                                  QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Propose a design from a Django repository (read, never run)"),
                                  &DiscoverCommand::run});

} // namespace

} // namespace Infra::Cli
