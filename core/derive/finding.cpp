#include "finding.h"

namespace Infra {

QString Finding::key() const
{
    return ruleId + QLatin1Char('|') + componentId + QLatin1Char('|') + message;
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return QStringLiteral("error");
    case Finding::Severity::Warning: return QStringLiteral("warning");
    case Finding::Severity::Info: return QStringLiteral("info");
    }
    return {};
}

} // namespace Infra
