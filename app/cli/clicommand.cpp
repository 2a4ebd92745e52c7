#include "clicommand.h"

#include "io/designreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace Infra::Cli {

namespace {

class CliCommandText
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::CliCommand)
};

std::vector<CliCommand> &table()
{
    // Function-local so registration from other translation units' static
    // initialisers never runs before the table exists.
    static std::vector<CliCommand> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(CliCommand command)
{
    std::vector<CliCommand> &commands = table();
    const auto pos = std::lower_bound(commands.begin(), commands.end(), command.name,
                                      [](const CliCommand &c, const QString &name) { return c.name < name; });
    commands.insert(pos, std::move(command));
}

const std::vector<CliCommand> &CommandRegistry::commands()
{
    return table();
}

const CliCommand *CommandRegistry::find(const QString &name)
{
    for (const CliCommand &c : table()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int parseArguments(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err << parser.errorText() << "\n" << tryHelp(args.value(0)) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser, args.value(0));
        return ExitOk;
    }
    return -1;
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // The usage line is Qt's, translated by qtbase ("Usage: %1", "Aufruf: %1"): replace the
    // path wherever that puts it in the first line.
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n'))) {
        text.replace(at, program.size(),
                     QStringLiteral("infra-studio-cli") + (command.isEmpty() ? QString() : QLatin1Char(' ') + command));
    }
    return text;
}

QString tryHelp(const QString &command)
{
    const QString invocation = command.isEmpty() ? QStringLiteral("infra-studio-cli --help")
                                                 : QStringLiteral("infra-studio-cli %1 --help").arg(command);
    return CliCommandText::tr("Try '%1'.").arg(invocation);
}

std::optional<Design> readDesign(const QString &file, QTextStream &err, int *exitCode)
{
    DesignReader::Result read = DesignReader::readFile(file);
    for (const DesignError &e : read.errors)
        err << e.displayText() << "\n";
    if (!read.ok()) {
        *exitCode = read.ioError ? ExitUsage : ExitInvalid;
        return std::nullopt;
    }
    return std::move(read.design);
}

} // namespace Infra::Cli
