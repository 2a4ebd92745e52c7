#include "finding.h"

namespace Infra {

QString Finding::key() const
{
    return ruleId + QLatin1Char('|') + componentId + QLatin1Char('|') + message;
}

Finding Finding::make(QString ruleId, Severity severity, QString componentId, Text message, Text fix)
{
    Finding f;
    f.ruleId = std::move(ruleId);
    f.severity = severity;
    f.componentId = std::move(componentId);
    f.message = message.toString();
    f.fixHint = fix.toString();
    f.messageText = std::move(message);
    f.fixText = std::move(fix);
    return f;
}

QString Finding::displayMessage() const
{
    return messageText.isEmpty() ? message : messageText.translated();
}

QString Finding::displayFixHint() const
{
    return fixText.isEmpty() ? fixHint : fixText.translated();
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
