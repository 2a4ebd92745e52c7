#pragma once

#include "capacity/capacityfit.h"
#include "cost/costestimate.h"

#include <QCoreApplication>
#include <QUndoCommand>

class QWidget;

namespace Infra {

class Document;

// "Size for Workload" (issue 15): the design's task counts, task sizes, instance class,
// storage, IOPS and node type set by CapacityFit, as one undo step (a macro of
// ChangeComponentProperty children, so undo restores every value).
class SizeForWorkload : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Infra::SizeForWorkload)

public:
    SizeForWorkload(Document *document, const CapacityFit &fit, QUndoCommand *parent = nullptr);

    // What sizing would change and what it costs, computed without touching the document.
    struct Preview
    {
        CapacityFit fit;
        CostEstimate before;
        CostEstimate after;
        QString summary;   // "12 changes; monthly cost at desired scale $1,392.50 → $2,010.00 (+$617.50) …"
        QString details;   // one line per change
    };
    static Preview preview(const Document &document);

    // Shows the preview with its cost delta and pushes the command when the user applies it.
    // Returns true when the design changed.
    static bool run(Document *document, QWidget *parent);
};

} // namespace Infra
