#include "findingspanel.h"

#include "accessibletext.h"
#include "document.h"
#include "findingsdelegate.h"
#include "findingsmodel.h"
#include "quickfix.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QAction>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Infra {

FindingsPanel::FindingsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(document, this))
    , m_filter(new FindingsFilterModel(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    for (int s = 0; s < 3; ++s) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(FindingsModel::severityIcon(Finding::Severity(s)));
        static const char *const descriptions[3] = {
            QT_TR_NOOP("Show or hide the errors"), QT_TR_NOOP("Show or hide the warnings"), QT_TR_NOOP("Show or hide the notes")};
        button->setToolTip(tr(descriptions[s]));
        connect(button, &QToolButton::toggled, this, [this, s](bool on) { m_filter->setSeverityShown(Finding::Severity(s), on); });
        bar->addWidget(button);
        m_buttons[s] = button;
    }
    bar->addStretch(1);
    // The selected finding's mechanical fix, when it has one ("Move route … above …").
    m_fix = new QToolButton(this);
    m_fix->setObjectName(QStringLiteral("quickFixButton"));
    m_fix->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fix->setIcon(QIcon::fromTheme(QStringLiteral("tools-wizard")));
    m_fix->setText(tr("Fix"));
    m_fix->setEnabled(false);
    connect(m_fix, &QToolButton::clicked, this, &FindingsPanel::applyQuickFix);
    bar->addWidget(m_fix);
    layout->addLayout(bar);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    // Rows wrap to the dock's width: the message (with its fix hint) is what a reader needs.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new FindingsDelegate(m_view->header(), m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Severity, component, message and fix (one wrapped column that takes the width left),
    // then the rule id; the fix hint has no column of its own.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->moveSection(header->visualIndex(FindingsModel::ComponentColumn), 1);
    header->moveSection(header->visualIndex(FindingsModel::RuleColumn), FindingsModel::ColumnCount - 1);
    m_view->setColumnHidden(FindingsModel::FixColumn, true);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 86);
    m_view->setColumnWidth(FindingsModel::ComponentColumn, 100);
    m_view->setColumnWidth(FindingsModel::RuleColumn, 116);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(header, &QHeaderView::sectionResized, m_view, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    layout->addWidget(m_view);
    setAccessibleText(m_view, tr("Findings"),
                      tr("Problems found in the design with severity, rule, component and message; activate one to select its component"));

    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_model, &FindingsModel::countsChanged, this, &FindingsPanel::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPanel::updateQuickFix);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateQuickFix);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::updateQuickFix);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &FindingsPanel::updateQuickFix);
    // Ctrl+. on the list, as in code editors: the selected finding's quick fix.
    auto *fixAction = new QAction(tr("Apply Quick Fix"), m_view);
    fixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    fixAction->setShortcutContext(Qt::WidgetShortcut);
    connect(fixAction, &QAction::triggered, this, &FindingsPanel::applyQuickFix);
    m_view->addAction(fixAction);
    updateCounts();
    updateQuickFix();
}

std::optional<QuickFix> FindingsPanel::currentQuickFix() const
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return QuickFix::forFinding(m_document->design(), m_model->finding(index.row()));
}

void FindingsPanel::updateQuickFix()
{
    const std::optional<QuickFix> fix = currentQuickFix();
    m_fix->setEnabled(fix.has_value());
    m_fix->setToolTip(fix ? fix->text : tr("The selected finding has no automatic fix; its hint says what to change"));
    m_fix->setText(fix ? tr("Fix: %1").arg(fix->text) : tr("Fix"));
}

bool FindingsPanel::applyQuickFix()
{
    const std::optional<QuickFix> fix = currentQuickFix();
    if (!fix)
        return false;
    QUndoCommand *command = fix->command(m_document);
    if (!command)
        return false;
    const int before = m_document->undoStack()->index(); // index, not count: a push drops the redo steps
    m_document->undoStack()->push(command);
    updateQuickFix();
    return m_document->undoStack()->index() > before;
}

QString FindingsPanel::title() const
{
    return tr("Findings — %1, %2, %3")
        .arg(tr("%n error(s)", nullptr, m_model->count(Finding::Severity::Error)),
             tr("%n warning(s)", nullptr, m_model->count(Finding::Severity::Warning)),
             tr("%n note(s)", nullptr, m_model->count(Finding::Severity::Info)));
}

void FindingsPanel::updateCounts()
{
    m_buttons[0]->setText(tr("%n error(s)", nullptr, m_model->count(Finding::Severity::Error)));
    m_buttons[1]->setText(tr("%n warning(s)", nullptr, m_model->count(Finding::Severity::Warning)));
    m_buttons[2]->setText(tr("%n note(s)", nullptr, m_model->count(Finding::Severity::Info)));
    Q_EMIT titleChanged(title());
}

void FindingsPanel::activate(int proxyRow)
{
    const QModelIndex index = m_filter->index(proxyRow, 0);
    if (!index.isValid())
        return;
    const QString id = index.data(FindingsModel::ComponentIdRole).toString();
    if (id.isEmpty() || !m_document->design().component(id))
        return;
    m_document->setSelectedIds({id});
    Q_EMIT centreRequested(id);
}

} // namespace Infra
