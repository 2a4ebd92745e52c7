#pragma once

#include <QWidget>

#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace Infra {

class Document;
class ScenarioComparisonModel;
class WhatIfScenario;

// The cost dock's saved scenarios: the what-if saved under a name (one undo step, stored in
// the design file), loaded back into the what-if controls, renamed in place (F2) or deleted,
// and the ticked ones priced side by side with the design (ScenarioComparisonModel), total
// and line by line.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    ScenarioPanel(Document *document, WhatIfScenario *whatIf, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *deleteButton() const { return m_delete; }
    QCheckBox *changedOnlyBox() const { return m_changedOnly; }
    QTableView *table() const { return m_table; }
    ScenarioComparisonModel *comparison() const { return m_model; }
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildList();
    void updateButtons();
    void refresh(); // re-prices the comparison when it is out of date and visible
    void saveCurrent();
    void loadSelected();
    void deleteSelected();
    void itemChanged(QListWidgetItem *item);
    void showMessage(const QString &text);
    QString selectedName() const;
    QString suggestedName() const;

    Document *m_document;
    WhatIfScenario *m_whatIf;
    QLineEdit *m_name;
    QPushButton *m_save;
    QListWidget *m_list;
    QPushButton *m_load;
    QPushButton *m_delete;
    QLabel *m_message;
    QCheckBox *m_changedOnly;
    QTableView *m_table;
    ScenarioComparisonModel *m_model;
    QSet<QString> m_hidden; // scenarios left out of the comparison (unticked)
    bool m_dirty = true;
    bool m_rebuilding = false;
};

} // namespace Infra
