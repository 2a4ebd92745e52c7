#pragma once

#include "compare/designdiff.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Infra {

class Design;
class MainWindow;

// File → Compare with File… / Compare with Git Revision…: what differs between another version
// of the design ("before": a file or the open file at a git revision) and the open design
// ("after") — the same comparison as `infra-studio-cli diff`. Changes by section (settings,
// components and parameters, links, routes, connections, security-group rules, findings,
// review), the cost line by line with deltas, and the emitted files with their unified diffs.
// Selecting a changed component selects it on the canvas; the dialog is not modal.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Design &before, const QString &beforeLabel, const Design &after, const QString &afterLabel,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    const DesignDiff &diff() const { return m_diff; }
    QTreeWidget *changeTree() const { return m_tree; }
    QTableWidget *costTable() const { return m_cost; }
    QListWidget *fileList() const { return m_files; }
    QPlainTextEdit *patchView() const { return m_patch; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summaryText() const;

    // Asks for a design file and shows it compared with the window's design.
    static CompareDialog *compareWithFile(MainWindow *window, const QString &path = {});
    // Asks for a git revision (default HEAD) of the window's file and shows the comparison;
    // a message box explains when the design has no file, git is missing or the revision
    // does not hold the file.
    static CompareDialog *compareWithRevision(MainWindow *window, const QString &revision = {});

Q_SIGNALS:
    // The user picked a component (present in the open design) in the changes.
    void componentActivated(const QString &id);

private:
    void populateChanges();
    void populateCost();
    void populateFiles();
    void showFile(int row);
    static CompareDialog *show(MainWindow *window, const Design &before, const QString &beforeLabel);

    DesignDiff m_diff;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTableWidget *m_cost = nullptr;
    QListWidget *m_files = nullptr;
    QPlainTextEdit *m_patch = nullptr;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Infra
