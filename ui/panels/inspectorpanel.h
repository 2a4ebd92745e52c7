#pragma once

#include "cost/costestimate.h"
#include "model/design.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTextEdit;
class QVBoxLayout;

namespace Infra {

class Document;
class NoteEditor;

// The inspector dock: edits the selected components' parameters (editors generated from the
// schema; several selected components edit the parameters they share) or, with nothing
// selected, the design's sections. Every edit is an undo command; an edit the design could
// not be loaded with again (a cross-parameter rule) is refused with the reason. Below the
// editors: the derived facts of the selection — connections, security-group rules, cost
// lines and pool figures.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(Document *document, QWidget *parent = nullptr);

    // The editor of a parameter (its object name is the key), nullptr when not shown.
    QWidget *editor(const QString &key) const;
    // The name field of a single selected component, nullptr otherwise.
    QLineEdit *nameEditor() const { return m_name; }
    // The note field of the single shown component, or of the design with nothing selected.
    NoteEditor *noteEditor() const { return m_note; }
    // The reason the last edit was refused, empty after an accepted edit or an undo/redo.
    QString warning() const;
    // The same reason as shown under the refused parameter's editor, empty for other keys.
    QString refusalAt(const QString &key) const;
    // The derived facts as plain text (tests).
    QString factsText() const;

    // Edits a parameter of the shown components, or of `section` when none are shown, as
    // an editor does. False (with warning() set) when the edit is refused.
    bool editParameter(const QString &key, const QVariant &value);
    bool editSectionValue(Section section, const QString &key, const QVariant &value);
    // Renames the single shown component, as the name field does. An empty name is refused.
    bool rename(const QString &name);

private:
    struct Row
    {
        ParamSpec spec;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *refusal = nullptr; // under the editor: why an edit of it was refused
        bool isSection = false;
        Section section = Section::Settings;
    };

    void rebuild();
    void updateTitle();
    void refreshValues();
    void refreshFacts();
    void onChanged(const DesignChange &change);
    void addComponentRows(QFormLayout *form);
    void addSectionRows(QVBoxLayout *layout, Section section, const QString &title);
    QString refusal(const QString &key, const QVariant &value) const;
    void setWarning(const QString &text, const QString &key = {});
    QWidget *withRefusal(Row &row);
    QString componentFacts(const QString &id, const CostEstimate &estimate) const;
    QString capacityFacts(const QString &id) const;
    QString designFacts(const CostEstimate &estimate) const;

    Document *m_document;
    QStringList m_ids;
    QList<Row> m_rows;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_warning;
    QTextEdit *m_facts; // not a QLabel: a rich-text label lays its text out again for every size query
    QWidget *m_editors = nullptr;
    QLineEdit *m_name = nullptr;
    NoteEditor *m_note = nullptr;
};

} // namespace Infra
