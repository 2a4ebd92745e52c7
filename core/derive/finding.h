#pragma once

#include "text/text.h"

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
    // The same two sentences with their source templates (core/text), for front ends that
    // show them in the user's language: displayMessage() and displayFixHint().
    Text messageText;
    Text fixText;

    // `message` and `fixHint` (English) from the two texts.
    static Finding make(QString ruleId, Severity severity, QString componentId, Text message, Text fix);
    // In the user's language where the rule gave a text, else the English message / fix hint.
    QString displayMessage() const;
    QString displayFixHint() const;
    // messageText, or the English message as a plain text for findings made without one.
    Text messageAsText() const { return messageText.isEmpty() ? Text::plain(message) : messageText; }

    bool isError() const { return severity == Severity::Error; }
    // Identity for change detection: rule + component (+ message for rules firing several times).
    QString key() const;
    bool operator==(const Finding &other) const = default;
};

QString severityName(Finding::Severity severity);   // "error", "warning", "info"

} // namespace Infra
