#pragma once

#include "document.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace Infra {

// The file side of the main window: New, Open, Open Recent, Save, Save As, the unsaved-
// changes prompt, and the load-error report. Dialogs are parented to `window`. Loading
// reads into a fresh design first, so a file with errors leaves the open document as it is.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    DocumentManager(Document *document, QWidget *window, QObject *parent = nullptr);

    static QString fileFilter();

    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

    bool newDocument();
    bool open();
    bool openFile(const QString &path);
    // openFile() with the file read already (Document::read(), possibly on another thread).
    bool openFile(Document::Opened opened);
    bool save();
    bool saveAs();

    QStringList recentFiles() const;
    void clearRecentFiles();

    // Tests and scripts answer the prompts without a dialog: Save, Discard or Cancel.
    enum class Answer { Ask, Save, Discard, Cancel };
    void setPromptAnswer(Answer answer) { m_answer = answer; }
    // The messages of the last failed load, "file:line:column: message" each, as the dialog
    // shows them (in the user's language).
    QStringList lastErrors() const { return m_lastErrors; }
    void setQuiet(bool quiet) { m_quiet = quiet; }

Q_SIGNALS:
    void recentFilesChanged();
    // After Save or Save As wrote the design (the status bar says so).
    void saved(const QString &path);

private:
    void addRecentFile(const QString &path);
    void showLoadErrors(const QString &path, const QStringList &errors);

    Document *m_document;
    QWidget *m_window;
    Answer m_answer = Answer::Ask;
    QStringList m_lastErrors;
    bool m_quiet = false;
};

} // namespace Infra
