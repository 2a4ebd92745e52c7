#pragma once

#include "discover/discoverer.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Infra {

class MainWindow;

// File → New from Django Project…: shows what discovery read from a repository — facts with
// their evidence (click one to see the file at that line), what was not found, conflicts,
// files not read and the decisions behind the proposed design — and creates the design,
// saved with its report beside it (NAME.discovery.md/json).
class DiscoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiscoveryDialog(const QString &repository, QWidget *parent = nullptr);

    const DiscoveryResult &result() const { return m_result; }
    QTreeWidget *factTree() const { return m_tree; }
    // The evidence shown: file and line, and the viewer.
    QString evidenceFile() const { return m_evidenceFile; }
    int evidenceLine() const { return m_evidenceLine; }
    QPlainTextEdit *evidenceView() const { return m_view; }
    // Shows a file of the repository at a line (1-based), highlighted.
    void showEvidence(const QString &file, int line);
    // Runs discovery again with the options chosen (project, PostgreSQL accepted).
    void rediscover();
    void setAcceptPostgres(bool accept);
    // Writes the design and its reports; returns false with a message on failure.
    bool writeDesign(const QString &path, QString *error) const;

    // Asks for a folder, shows the dialog and, when accepted, saves the design where the user
    // says and opens it in the window.
    static void run(MainWindow *window);

private:
    void populate();
    void itemActivated(QTreeWidgetItem *item);

    QString m_repository;
    DiscoveryOptions m_options;
    DiscoveryResult m_result;
    QLabel *m_summary = nullptr;
    QComboBox *m_project = nullptr;
    QCheckBox *m_acceptPostgres = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QLabel *m_viewTitle = nullptr;
    QString m_evidenceFile;
    int m_evidenceLine = 0;
};

} // namespace Infra
