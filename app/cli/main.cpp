// infra-studio-cli: a thin front end that dispatches to the subcommands registered in
// CommandRegistry (one app/cli/<name>command.cpp each).
#include "clicommand.h"

#include "infrastudio/config.h"
#include "io/heappages.h"
#include "io/systemerror.h"
#include "translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

#if INFRA_CLI_GUI
#include <QGuiApplication>
#endif

using namespace Infra::Cli;

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Infra::Cli::Main)
public:
    static QString commandList();
};

QString Main::commandList()
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const CliCommand &c : CommandRegistry::commands())
        width = std::max(width, c.name.size());
    for (const CliCommand &c : CommandRegistry::commands())
        text += QStringLiteral("  ") + c.name.leftJustified(width + 2) + c.translatedSummary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Run 'infra-studio-cli COMMAND --help' for the options of a command.") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += QStringLiteral("  0  ") + tr("success (check: every design is valid)") + QLatin1Char('\n');
    text += QStringLiteral("  1  ") + tr("a design is invalid, or findings with errors were reported") + QLatin1Char('\n');
    text += QStringLiteral("  2  ") + tr("usage error, or a file could not be read or written") + QLatin1Char('\n');
    return text;
}

#if INFRA_CLI_GUI
// `render`, `report`, and `export` unless --only leaves the diagram out, draw the diagram: they need a
// QGuiApplication (fonts, painting). Every other command stays a plain QCoreApplication.
bool needsGui(int argc, char **argv)
{
    if (argc < 2)
        return false;
    if (std::strcmp(argv[1], "render") == 0 || std::strcmp(argv[1], "report") == 0)
        return true;
    if (std::strcmp(argv[1], "export") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strncmp(arg, "--only=", 7) == 0)
            return std::strstr(arg + 7, "diagram") != nullptr;
        if (std::strcmp(arg, "--only") == 0)
            return i + 1 < argc && std::strstr(argv[i + 1], "diagram") != nullptr;
    }
    return true;
}

// Creating the platform integration asks QStandardPaths for the runtime folder, which warns
// "XDG_RUNTIME_DIR not set" on stderr where no login session set it (CI runners, containers,
// cron). The CLI uses no runtime folder: that one message is dropped, while the application
// object is created.
QtMessageHandler g_previousHandler = nullptr;

void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_previousHandler(type, context, message);
}
#endif

// `render … --out FILE.svg`: everything but a PNG (a usage error writes nothing).
bool rendersSvg(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "render") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg.size() >= 4 && qstrnicmp(arg.data() + arg.size() - 4, ".png", 4) == 0)
            return false;
    }
    return true;
}

// Everything written to standard output reached it: the text stream's buffer and stdio's both
// flushed without error (a full disk, /dev/full, a closed pipe). Otherwise says so on stderr.
bool flushStandardOutput(QTextStream &out, QTextStream &err)
{
    out.flush();
    const bool streamOk = out.status() == QTextStream::Ok;
    errno = 0;
    const bool stdioOk = std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (streamOk && stdioOk)
        return true;
    const int code = errno;
    // English like every I/O error of the CLI: scripts read it.
    err << "infra-studio-cli: cannot write to standard output"
        << (code != 0 ? QStringLiteral(": ") + Infra::systemErrorText(code) : QString()) << "\n";
    err.flush();
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // A file-size limit (ulimit -f) makes writes fail with EFBIG, which every write reports,
    // instead of killing the process halfway through a file.
    std::signal(SIGXFSZ, SIG_IGN);
    // A render to SVG allocates tens of megabytes that it touches once: in huge pages, most of
    // its page faults (a fifth of its CPU time) are saved (see io/heappages.h). Not for a PNG,
    // whose encoding threads would keep ~8 MiB more resident for no time saved.
    if (rendersSvg(argc, argv))
        Infra::adviseHugePagesForHeap();
    std::unique_ptr<QCoreApplication> app;
#if INFRA_CLI_GUI
    if (needsGui(argc, argv)) {
        // Drawing never needs a display: a DISPLAY or WAYLAND_DISPLAY naming a server that is
        // not there (common on CI runners) must not abort the command in a platform plugin.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(g_previousHandler);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("infra-studio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INFRA_STUDIO_VERSION));
    // Messages in the system locale's language; JSON, CSV and exported files never change.
    Infra::installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("%1 command line: check, analyse and export Django-on-AWS designs.").arg(QStringLiteral(INFRA_STUDIO_NAME)));
    // Everything after the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Main::tr("The command to run (see below)."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << "\n" << tryHelp(QString()) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        out << "infra-studio-cli " << INFRA_STUDIO_VERSION << "\n";
        return flushStandardOutput(out, err) ? ExitOk : ExitUsage;
    }
    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.first() == QLatin1String("help")) {
        // `infra-studio-cli help check` is `infra-studio-cli check --help`
        args.removeFirst();
        if (args.isEmpty()) {
            out << helpText(parser, QString()) << "\n" << Main::commandList();
            return flushStandardOutput(out, err) ? ExitOk : ExitUsage;
        }
        args = {args.first(), QStringLiteral("--help")};
    }
    if (parser.isSet(help) || args.isEmpty()) {
        QTextStream &stream = parser.isSet(help) ? out : err;
        stream << helpText(parser, QString()) << "\n" << Main::commandList();
        if (!flushStandardOutput(out, err))
            return ExitUsage;
        return parser.isSet(help) ? ExitOk : ExitUsage;
    }

    const CliCommand *command = CommandRegistry::find(args.first());
    if (!command) {
        err << "infra-studio-cli: " << Main::tr("unknown command '%1'").arg(args.first()) << "\n\n" << Main::commandList();
        return ExitUsage;
    }
    const int code = command->run(args, out, err);
    if (!flushStandardOutput(out, err))
        return ExitUsage;
    err.flush();
    return code;
}
