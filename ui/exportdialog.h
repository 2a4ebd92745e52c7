#pragma once

#include "emit/emitter.h"
#include "emit/exporter.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Infra {

class Design;
class DerivedModel;
class Document;
class MainWindow;

// Exports a design's repository to a folder: the Terraform module, the documents, the configs
// and the architecture diagram (docs/architecture/diagram.svg and .png, rendered with
// DiagramRenderer). Before writing it previews what will be created, changed or left
// unchanged by comparing the emitted bytes with the files on disk; the export itself goes
// through Exporter (atomic writes, only differing files, never deletes anything).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Status { Create, Change, Unchanged };
    struct PlanEntry
    {
        QString path; // relative to the folder
        Status status = Status::Create;
        bool editedByHand = false; // Change: edited since the last export (its manifest checksum)
    };
    // What to do with files edited by hand since the last export: ask (a message box), or
    // the answer given beforehand (tests, scripts).
    enum class HandEditsAnswer { Ask, Overwrite, Keep, Cancel };

    explicit ExportDialog(Document *document, QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    Emitter::Parts parts() const;
    void setParts(Emitter::Parts parts);

    // The files an export writes now, sorted by path (diagram files included when checked).
    EmittedFiles files() const;
    // What an export would do in the chosen folder (the files as of the last refresh);
    // nothing is written.
    QList<PlanEntry> plan() const { return m_plan; }
    // Writes the files, refreshes the plan and shows the summary. Files edited by hand since
    // the last export are overwritten or kept as the user chooses; Cancel writes nothing.
    Exporter::Report exportFiles();
    void setHandEditsAnswer(HandEditsAnswer answer) { m_handEditsAnswer = answer; }
    // The last export's summary ("3 created, 1 changed, 40 unchanged"), empty before one.
    QString summary() const;

    static QList<PlanEntry> planFor(const EmittedFiles &files, const QString &folder);
    // `errors`: what makes the files unusable (Emitter::emit); the dialog shows it and does not export.
    // How many times filesFor() made the files, in this process (for tests and benchmarks).
    static quint64 filesMade();
    static EmittedFiles filesFor(const Design &design, const DerivedModel &derived, Emitter::Parts parts,
                                 QList<Text> *errors = nullptr);
    // Why the export is refused now (a Terraform name declared twice), translated; empty when it can run.
    QStringList problems() const;

    // Opens a modal export dialog for the window's document.
    static void run(MainWindow *window);

public Q_SLOTS:
    // Compares the files with the folder again (after edits on disk).
    void refreshPlan();
    // Emits the files again (parts or design changed), then refreshes the plan.
    void refreshFiles();

private:
    // Emits the files (m_files, m_problems) and notes the revision and parts they were made at.
    void makeFiles();
    void browse();

    Document *m_document;
    QLineEdit *m_folderEdit;
    QCheckBox *m_terraform;
    QCheckBox *m_docs;
    QCheckBox *m_config;
    QCheckBox *m_diagram;
    QTreeWidget *m_planView;
    QLabel *m_planSummary;
    QLabel *m_result;
    QPushButton *m_exportButton;
    EmittedFiles m_files;
    quint64 m_filesRevision = 0;     // the document's revision m_files were made at
    Emitter::Parts m_filesParts;     // and the parts
    QList<Text> m_problems;
    QList<PlanEntry> m_plan;
    HandEditsAnswer m_handEditsAnswer = HandEditsAnswer::Ask;
};

} // namespace Infra
