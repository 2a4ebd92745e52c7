#include "sizeforworkload.h"

#include "componentcommands.h"
#include "document.h"
#include "localmoney.h"

#include "cost/costengine.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>

#include <cmath>

namespace Infra {

namespace {
QString signedMoney(double delta)
{
    return (delta >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + localDollars(std::abs(delta));
}
} // namespace

SizeForWorkload::SizeForWorkload(Document *document, const CapacityFit &fit, QUndoCommand *parent)
    : QUndoCommand(tr("Size for Workload"), parent)
{
    for (const CapacityFit::Change &c : fit.changes)
        new ChangeComponentProperty(document, {c.componentId}, c.key, c.after, this);
}

SizeForWorkload::Preview SizeForWorkload::preview(const Document &document)
{
    Preview p;
    p.fit = CapacityFit::fit(document.design());
    const CostEngine engine;
    p.before = engine.estimate(document.design(), {}, CostEngine::Detail::TotalsOnly);
    p.after = engine.estimate(p.fit.design, {}, CostEngine::Detail::TotalsOnly);
    if (p.fit.changes.empty()) {
        p.summary = tr("The design already carries its workload at the target utilisation: nothing to change.");
    } else {
        p.summary = tr("%n parameter(s) change.", nullptr, int(p.fit.changes.size()));
        if (p.before.isValid() && p.after.isValid()) {
            p.summary += QLatin1Char(' ')
                + tr("Monthly cost at desired scale: %1 → %2 (%3); at maximum scale: %4 → %5 (%6).")
                      .arg(localDollars(p.before.total.desired()), localDollars(p.after.total.desired()),
                           signedMoney(p.after.total.desired() - p.before.total.desired()), localDollars(p.before.total.maximum()),
                           localDollars(p.after.total.maximum()), signedMoney(p.after.total.maximum() - p.before.total.maximum()));
        }
    }
    QStringList lines;
    for (const CapacityFit::Change &c : p.fit.changes)
        lines.append(QStringLiteral("%1.%2: %3 → %4").arg(c.componentId, c.key, c.before.toString(), c.after.toString()));
    for (const QString &n : p.fit.notes)
        lines.append(n);
    p.details = lines.join(QLatin1Char('\n'));
    return p;
}

bool SizeForWorkload::run(Document *document, QWidget *parent)
{
    const Preview p = preview(*document);
    QMessageBox box(parent);
    box.setWindowTitle(tr("Size for Workload"));
    box.setIcon(QMessageBox::Question);
    box.setText(p.summary);
    if (!p.details.isEmpty())
        box.setDetailedText(p.details);
    if (p.fit.changes.empty()) {
        box.setStandardButtons(QMessageBox::Ok);
        box.exec();
        return false;
    }
    box.setInformativeText(tr("Apply the sizing to the design? It is one step to undo."));
    box.setStandardButtons(QMessageBox::Apply | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Apply);
    if (box.exec() != QMessageBox::Apply)
        return false;
    document->undoStack()->push(new SizeForWorkload(document, p.fit));
    return true;
}

} // namespace Infra
