#pragma once

#include <QPlainTextEdit>

namespace Infra {

class Document;
struct DesignChange;

// The inspector's note field: free text kept with a component (or, for an empty id, with the
// design) for the review. What was typed becomes one undoable ChangeNote when the field loses
// the focus, on Ctrl+Return, or when the inspector is rebuilt (commit()); an undo or a change
// from elsewhere shows the stored note again.
class NoteEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    NoteEditor(Document *document, const QString &componentId, QWidget *parent = nullptr);
    ~NoteEditor() override;

    QString componentId() const { return m_id; }
    // Pushes the typed text as a ChangeNote when it differs from the stored note; true if pushed.
    bool commit();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onChanged(const DesignChange &change);

    Document *m_document;
    QString m_id;
};

} // namespace Infra
