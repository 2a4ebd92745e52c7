#pragma once

#include "io/designerror.h"

#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace Infra::Cli {

// The findings and review part of `infra-studio-cli check` (registered as a check extension
// in findingsreport.cpp). With `--format json` check writes one JSON object per file, one per
// line (JSON Lines; schema in docs/cli-json.md); these let checkcommand.cpp keep to that form.
bool jsonRequested(const QCommandLineParser &parser);
void writeLoadErrorsJson(const QString &file, const DesignErrors &errors, QTextStream &out);

} // namespace Infra::Cli
