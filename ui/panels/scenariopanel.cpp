#include "scenariopanel.h"

#include "accessibletext.h"
#include "document.h"
#include "scenariocommands.h"
#include "scenariocomparisonmodel.h"
#include "whatifscenario.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Infra {

namespace {
constexpr int NameRole = Qt::UserRole + 1; // the stored name, before an in-place rename
}

ScenarioPanel::ScenarioPanel(Document *document, WhatIfScenario *whatIf, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_whatIf(whatIf)
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save What-If"), this))
    , m_list(new QListWidget(this))
    , m_load(new QPushButton(tr("Load"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_message(new QLabel(this))
    , m_changedOnly(new QCheckBox(tr("Changed lines only"), this))
    , m_table(new QTableView(this))
    , m_model(new ScenarioComparisonModel(this))
{
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_name->setPlaceholderText(tr("Scenario name"));
    m_name->setClearButtonEnabled(true);
    setAccessibleText(m_name, tr("Scenario name"), tr("The name to save the what-if values under"));
    m_save->setObjectName(QStringLiteral("saveScenario"));
    m_save->setToolTip(tr("Save the what-if values in the design under this name (one undo step; a scenario of the same name is "
                          "updated). The Savings Plan choice is a purchase and is not saved."));
    setAccessibleText(m_save, tr("Save what-if as scenario"), m_save->toolTip());
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setToolTip(tr("Scenarios saved in the design; ticked ones are compared. F2 or double-click renames."));
    setAccessibleText(m_list, tr("Saved scenarios"), m_list->toolTip());
    m_load->setObjectName(QStringLiteral("loadScenario"));
    m_load->setToolTip(tr("Put the selected scenario's values into the what-if controls (the design does not change)"));
    setAccessibleText(m_load, tr("Load scenario into what-if"), m_load->toolTip());
    m_delete->setObjectName(QStringLiteral("deleteScenario"));
    m_delete->setToolTip(tr("Remove the selected scenario from the design (one undo step)"));
    setAccessibleText(m_delete, tr("Delete scenario"), m_delete->toolTip());
    m_message->setObjectName(QStringLiteral("scenarioMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_changedOnly->setChecked(true);
    m_changedOnly->setToolTip(tr("Show only the cost lines a scenario changes"));

    m_table->setObjectName(QStringLiteral("scenarioComparison"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    setAccessibleText(m_table, tr("Scenario comparison"),
                      tr("The design and each ticked scenario per month at desired scale, total and per cost line, with the change from the design"));

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(saveRow);
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    left->addWidget(m_message);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    leftWidget->setMinimumWidth(200);
    leftWidget->setMaximumWidth(280);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_table, 1);
    right->addWidget(m_changedOnly);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(leftWidget);
    layout->addLayout(right, 1);

    connect(m_name, &QLineEdit::textChanged, this, &ScenarioPanel::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, &ScenarioPanel::saveCurrent);
    connect(m_save, &QPushButton::clicked, this, &ScenarioPanel::saveCurrent);
    connect(m_load, &QPushButton::clicked, this, &ScenarioPanel::loadSelected);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioPanel::deleteSelected);
    connect(m_list, &QListWidget::itemChanged, this, &ScenarioPanel::itemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScenarioPanel::updateButtons);
    connect(m_changedOnly, &QCheckBox::toggled, m_model, &ScenarioComparisonModel::setChangedOnly);
    connect(m_whatIf, &WhatIfScenario::changed, this, &ScenarioPanel::updateButtons);
    connect(document, &Document::changed, this, [this](const DesignChange &change) {
        using K = DesignChange::Kind;
        if (change.kind == K::Reset || change.kind == K::ScenariosChanged)
            rebuildList();
        if (change.affectsDerivation() || change.kind == K::ComponentRenamed) {
            m_dirty = true;
            // Once per burst of edits (a slider sweep applied, an undo macro).
            QTimer::singleShot(0, this, &ScenarioPanel::refresh);
        }
    });
    rebuildList();
}

void ScenarioPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString ScenarioPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ScenarioPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ScenarioPanel::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

QString ScenarioPanel::suggestedName() const
{
    for (int n = int(m_document->design().scenarios().size()) + 1;; ++n) {
        const QString name = tr("Scenario %1").arg(n);
        if (!m_document->design().scenario(name))
            return name;
    }
}

void ScenarioPanel::rebuildList()
{
    const QString current = selectedName();
    m_rebuilding = true;
    m_list->clear();
    for (const SavedScenario &s : m_document->design().scenarios()) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(NameRole, s.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_hidden.contains(s.name) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(s.overrides.join(QLatin1Char('\n')));
        if (s.name == current)
            m_list->setCurrentItem(item);
    }
    m_rebuilding = false;
    m_name->setPlaceholderText(suggestedName());
    m_dirty = true;
    refresh();
    updateButtons();
}

void ScenarioPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_load->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_save->setEnabled(!m_whatIf->overrideTexts().isEmpty());
}

void ScenarioPanel::refresh()
{
    if (!m_dirty || !isVisible())
        return;
    QList<SavedScenario> shown;
    for (const SavedScenario &s : m_document->design().scenarios()) {
        if (!m_hidden.contains(s.name))
            shown.append(s);
    }
    // The design column is the document's estimate (standard catalog, no discounts, like here).
    m_model->setComparison(ScenarioComparison::compare(m_document->design(), shown, m_whatIf->engine(), {}, &m_document->cost()));
    m_dirty = false;
}

void ScenarioPanel::saveCurrent()
{
    const QString name = m_name->text().trimmed().isEmpty() ? suggestedName() : m_name->text().trimmed();
    QString error;
    ChangeScenarios *command = ChangeScenarios::save(m_document, name, m_whatIf->overrideTexts(), &error);
    showMessage(error);
    if (!command)
        return;
    m_document->undoStack()->push(command);
    m_name->clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(NameRole).toString() == name)
            m_list->setCurrentRow(i);
    }
}

void ScenarioPanel::loadSelected()
{
    const SavedScenario *saved = m_document->design().scenario(selectedName());
    if (!saved)
        return;
    QString error;
    if (m_whatIf->load(*saved, &error))
        showMessage({});
    else
        showMessage(tr("Not loaded, as it no longer applies: %1").arg(error));
}

void ScenarioPanel::deleteSelected()
{
    if (ChangeScenarios *command = ChangeScenarios::remove(m_document, selectedName()))
        m_document->undoStack()->push(command);
    showMessage({});
}

void ScenarioPanel::itemChanged(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const QString name = item->data(NameRole).toString();
    if (item->text() != name) {
        QString error;
        ChangeScenarios *command = ChangeScenarios::rename(m_document, name, item->text(), &error);
        showMessage(error);
        if (command) {
            if (m_hidden.remove(name))
                m_hidden.insert(item->text().trimmed());
            // The list is rebuilt when the design changes: not while the view still edits it.
            QTimer::singleShot(0, this, [this, command] { m_document->undoStack()->push(command); });
        } else {
            const QSignalBlocker blocker(m_list);
            item->setText(name);
        }
        return;
    }
    const bool shown = item->checkState() == Qt::Checked;
    if (shown != !m_hidden.contains(name)) {
        if (shown)
            m_hidden.remove(name);
        else
            m_hidden.insert(name);
        m_dirty = true;
        refresh();
    }
}

} // namespace Infra
