#pragma once

#include "decide/decision.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace Infra {

class ApplyDecisionDialog;
class Document;

// The decisions dock (proposed changes first): the playbook's five decision tables (core/decide/DecisionEngine) live on
// the open design — per decision its factor rows (this design's value, threshold, source in the
// tooltip, the option each points to), the recommendation, what the design does and the cost
// delta between the options. Where the recommendation differs and a conversion exists, Apply…
// previews the cost, findings and Terraform delta (ApplyDecisionDialog) and applies it as one
// undo step; otherwise the panel says why there is no Apply (EKS: no emitter).
class DecisionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionsPanel(Document *document, QWidget *parent = nullptr);

    const std::vector<Decision> &decisions() const { return m_decisions; }
    // The widgets of decision `id` ("database"), for tests.
    QTableWidget *factorTable(const QString &id) const;
    QPushButton *applyButton(const QString &id) const;
    QLabel *statusLabel(const QString &id) const;
    QLabel *reasonsLabel(const QString &id) const;
    // The preview opened by the last Apply… (nullptr once closed).
    ApplyDecisionDialog *applyDialog() const;

    // Opens the preview of decision `id`'s conversion (Apply…).
    void requestApply(const QString &id);
    // Scrolls the first decision whose recommendation differs from the design into view (the
    // first decision when none does).
    void showFirstProposed();

private:
    void refresh();
    QWidget *makeCard(const Decision &d);

    Document *m_document;
    QVBoxLayout *m_cards;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QTimer *m_refresh;
    std::vector<Decision> m_decisions;
    QPointer<ApplyDecisionDialog> m_dialog;
};

} // namespace Infra
