#include "noteeditor.h"

#include "accessibletext.h"
#include "componentcommands.h"
#include "document.h"

#include <QKeyEvent>
#include <QUndoStack>

namespace Infra {

NoteEditor::NoteEditor(Document *document, const QString &componentId, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_id(componentId)
{
    setObjectName(QStringLiteral("noteEditor"));
    setPlainText(document->design().noteOf(componentId));
    setTabChangesFocus(true);
    setPlaceholderText(componentId.isEmpty() ? tr("A note on the design for the review (shown in the report)")
                                             : tr("A note on this component for the review (a badge on the canvas, in the report)"));
    setToolTip(tr("Saved with the design when the field loses the focus or on Ctrl+Return; Undo takes it back"));
    setAccessibleText(this, componentId.isEmpty() ? tr("Design note") : tr("Component note"), toolTip());
    // About four lines: enough for a remark, without pushing the parameters out of view.
    setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 8);
    connect(document, &Document::changed, this, &NoteEditor::onChanged);
}

NoteEditor::~NoteEditor() = default;

bool NoteEditor::commit()
{
    const Design &design = m_document->design();
    if (!m_id.isEmpty() && !design.component(m_id))
        return false; // removed meanwhile
    const QString typed = toPlainText();
    const QString stored = design.noteOf(m_id);
    if (typed == stored || (typed.trimmed().isEmpty() && stored.isEmpty()))
        return false;
    const int before = m_document->undoStack()->index();
    m_document->undoStack()->push(new ChangeNote(m_document, m_id, typed));
    return m_document->undoStack()->index() > before;
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

void NoteEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        commit();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void NoteEditor::onChanged(const DesignChange &change)
{
    if (change.kind != DesignChange::Kind::NoteChanged && change.kind != DesignChange::Kind::Reset)
        return;
    if (change.kind == DesignChange::Kind::NoteChanged && (m_id.isEmpty() ? !change.ids.isEmpty() : !change.ids.contains(m_id)))
        return;
    const QString stored = m_document->design().noteOf(m_id);
    if (toPlainText() != stored)
        setPlainText(stored);
}

} // namespace Infra
