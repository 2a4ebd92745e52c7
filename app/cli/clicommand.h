#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "model/design.h"

#include <functional>
#include <optional>
#include <vector>

class QCommandLineParser;

namespace Infra::Cli {

// Exit codes shared by every subcommand (documented in `infra-studio-cli --help`).
enum ExitCode : int {
    ExitOk = 0,      // success; for check: every file valid
    ExitInvalid = 1, // a design is invalid (or findings with errors were reported)
    ExitUsage = 2,   // bad command line, unreadable or unwritable file
};

// One subcommand of infra-studio-cli. `run` receives the arguments starting with the
// command name itself (args[0] == name), so they can go straight to
// QCommandLineParser::parse(), which skips the first element.
struct CliCommand
{
    using Function = std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)>;
    QString name;        // "check"
    const char *summary; // one line for `infra-studio-cli --help`: a QT_TRANSLATE_NOOP source text
                         // of the SummaryContext, translated when shown
    Function run;

    static constexpr const char *SummaryContext = "Infra::Cli::Commands";
    QString translatedSummary() const { return QCoreApplication::translate(SummaryContext, summary); }
};

// The table of subcommands. Commands add themselves from their own file with a static
// CommandRegistrar, so main.cpp never changes when a command is added:
//
//   static const Infra::Cli::CommandRegistrar registrar({
//       QStringLiteral("pools"), QT_TRANSLATE_NOOP("Infra::Cli::Commands", "Show connection pools of a design"),
//       &PoolsCommand::run});
//
// Every message a command prints for people goes through tr() of a class of its own with
// Q_DECLARE_TR_FUNCTIONS(Infra::Cli::<Name>Command), so lupdate finds it; JSON, CSV and
// the files it writes stay untranslated.
class CommandRegistry
{
public:
    static void add(CliCommand command);
    static const std::vector<CliCommand> &commands(); // sorted by name
    static const CliCommand *find(const QString &name);
};

struct CommandRegistrar
{
    explicit CommandRegistrar(CliCommand command) { CommandRegistry::add(std::move(command)); }
};

// Parses a subcommand's arguments with `parser` (which gets a --help option added).
// Returns -1 when the command should go on, otherwise the exit code to return
// (ExitOk after printing --help, ExitUsage after printing a parse error to `err`).
int parseArguments(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err);

// The parser's help text with "infra-studio-cli COMMAND" in the usage line instead of the
// executable's path (`command` empty for the global help).
QString helpText(const QCommandLineParser &parser, const QString &command);

// "Try 'infra-studio-cli COMMAND --help'." in the user's language (`command` empty: the
// global --help).
QString tryHelp(const QString &command);

// Reads a design file and prints every error to `err` (file:line:column: message).
// Returns the design, or nothing with `exitCode` set to ExitUsage (unreadable file) or
// ExitInvalid (invalid design).
std::optional<Design> readDesign(const QString &file, QTextStream &err, int *exitCode);

} // namespace Infra::Cli
