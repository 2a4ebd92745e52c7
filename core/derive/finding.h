#pragma once

#include <QString>

namespace Infra {

// One result of the rules engine: which rule, how bad, on which component, what and how to fix.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    QString ruleId;       // "rds-multi-az"
    Severity severity = Severity::Warning;
    QString componentId;  // the component concerned; empty for design-wide findings
    QString message;      // "RDS db is not Multi-AZ in a production design"
    QString fixHint;      // "Set multi_az: true on db"

    bool isError() const { return severity == Severity::Error; }
    // Identity for change detection: rule + component (+ message for rules firing several times).
    QString key() const;
    bool operator==(const Finding &other) const = default;
};

QString severityName(Finding::Severity severity);   // "error", "warning", "info"

} // namespace Infra
