#pragma once

#include "text/text.h"

#include <QWidget>

#include <KSyntaxHighlighting/Repository>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QTreeView;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Infra {

class Document;
class EmittedFilesModel;

// The preview dock: the emitted repository (Terraform, docs, configs) as a tree and the
// selected file in a read-only editor highlighted with KSyntaxHighlighting (theme matching
// the palette). Follows every design change shortly after it happens, replacing only the
// lines that differ, so the scroll position stays; changed lines get a tinted background
// until the next change. Selecting a component shows its Terraform resource block.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    // `startPath`: the file shown first when the design has it; else the first Terraform file.
    explicit PreviewPanel(Document *document, QWidget *parent = nullptr, const QString &startPath = {});
    ~PreviewPanel() override;

    EmittedFilesModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *editor() const { return m_editor; }
    QString currentPath() const { return m_path; }
    void showFile(const QString &path);
    // Re-emits now (the debounce timer does this after a change).
    void refresh();
    // Why the Terraform shown cannot be applied (a name declared twice), translated; shown
    // above the files while the Terraform is re-emitted on edits.
    QStringList problems() const { return m_problemLines; }
    // Line numbers (0-based) marked as changed by the last update.
    QList<int> changedLines() const { return m_changedLines; }
    // Shows the Terraform block of a component; false when there is none.
    bool jumpToComponent(const QString &id);

    static QString definitionName(const QString &language); // "terraform" → "Terraform"

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void updateText(const QString &text, bool markChanges);
    void onSelectionChanged();
    void showProblems(const QList<Text> &problems);
    void copyAll();
    void saveAs();

    Document *m_document;
    EmittedFilesModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_editor;
    QLabel *m_problems;
    QStringList m_problemLines;
    QTimer *m_debounce;
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QString m_path;
    QString m_startPath;
    QString m_language;
    QList<int> m_changedLines;
    // Only the current file's part is re-emitted after a parameter change; the other files
    // are brought up to date when another file is shown or the tree may change.
    bool m_stale = false;
    bool m_structural = true;
};

} // namespace Infra
