#pragma once

#include "model/design.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

class QCommandLineParser;

namespace Infra::Cli {

// What `check` hands to an extension for each design that loaded without errors.
struct CheckContext
{
    QString file;
    const Design &design;
    const QCommandLineParser &parser; // to read the extension's own options
};

// A further check run by `infra-studio-cli check` on valid designs (the findings report,
// for example). `check` prints its lines to `out` (file:line:column: severity: message
// style) and returns false when the file should fail the check (exit code 1).
// Register from your own file with a static CheckExtensionRegistrar, like commands.
struct CheckExtension
{
    QString name;
    // Extra options of `check`, e.g. --no-review; a function so that their descriptions are
    // translated when check runs, after the translations are installed.
    std::function<QList<QCommandLineOption>()> options;
    std::function<bool(const CheckContext &context, QTextStream &out)> check;
};

void addCheckExtension(CheckExtension extension);

struct CheckExtensionRegistrar
{
    explicit CheckExtensionRegistrar(CheckExtension extension) { addCheckExtension(std::move(extension)); }
};

} // namespace Infra::Cli
