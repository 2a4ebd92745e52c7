#pragma once

#include <QWidget>

#include <optional>

class QTreeView;
class QToolButton;

namespace Infra {

class Document;
class FindingsFilterModel;
class FindingsModel;
struct QuickFix;

// The findings dock: the table of findings with a severity filter. Activating a finding
// selects its component and asks for it to be centred on the canvas.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(Document *document, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    // "Findings — 1 error, 4 warnings, 2 notes"
    QString title() const;
    // Selects the component of the finding at `proxyRow` of the view and requests centring.
    void activate(int proxyRow);
    // The "Fix" button: the current finding's quick fix (QuickFix), enabled when it has one.
    QToolButton *fixButton() const { return m_fix; }
    // Pushes the current finding's quick fix (the Fix button, Ctrl+. on the list).
    bool applyQuickFix();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void centreRequested(const QString &componentId);

private:
    void updateCounts();
    void updateQuickFix();
    std::optional<QuickFix> currentQuickFix() const;

    Document *m_document;
    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QTreeView *m_view;
    QToolButton *m_buttons[3];
    QToolButton *m_fix = nullptr;
};

} // namespace Infra
