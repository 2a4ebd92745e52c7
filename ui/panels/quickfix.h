#pragma once

#include "derive/finding.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QUndoCommand;

namespace Infra {

class Design;
class Document;

// A mechanical fix for a finding, offered in the findings dock ("Move route
// 'myapp.tasks.cleanup_*' above 'myapp.tasks.*'"): a name for the button and the undo command
// that does it. Only where the fix leaves no choice to the user; the others keep their hint.
struct QuickFix
{
    Q_DECLARE_TR_FUNCTIONS(Infra::QuickFix)

public:
    QString text;
    std::function<QUndoCommand *(Document *)> command;

    static std::optional<QuickFix> forFinding(const Design &design, const Finding &finding);
};

} // namespace Infra
