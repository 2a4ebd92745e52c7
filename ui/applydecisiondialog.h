#pragma once

#include "compare/designdiff.h"
#include "decide/decision.h"
#include "model/design.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Infra {

// Before a decision's conversion is applied: what it changes — the monthly cost (min, desired,
// max), the findings that appear and go, and the Terraform files it changes with their lines —
// from core/compare/DesignDiff, the same comparison as File → Compare. Details… opens the full
// CompareDialog. Accepting applies; the caller pushes the undo command.
class ApplyDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyDecisionDialog(const Decision &decision, const Design &before, const Design &after, QWidget *parent = nullptr);

    const DesignDiff &diff() const { return m_diff; }
    QString conversion() const { return m_conversion; }
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *details() const { return m_details; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QString m_conversion;
    Design m_before;
    Design m_after;
    DesignDiff m_diff;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};

} // namespace Infra
