#include "findingspanel.h"

#include "document.h"
#include "findingsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeView>
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
        connect(button, &QToolButton::toggled, this, [this, s](bool on) { m_filter->setSeverityShown(Finding::Severity(s), on); });
        bar->addWidget(button);
        m_buttons[s] = button;
    }
    bar->addStretch(1);
    layout->addLayout(bar);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_view->setColumnWidth(FindingsModel::RuleColumn, 150);
    m_view->setColumnWidth(FindingsModel::ComponentColumn, 110);
    m_view->setColumnWidth(FindingsModel::MessageColumn, 360);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_model, &FindingsModel::countsChanged, this, &FindingsPanel::updateCounts);
    updateCounts();
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
    m_buttons[0]->setText(tr("Errors: %1").arg(m_model->count(Finding::Severity::Error)));
    m_buttons[1]->setText(tr("Warnings: %1").arg(m_model->count(Finding::Severity::Warning)));
    m_buttons[2]->setText(tr("Notes: %1").arg(m_model->count(Finding::Severity::Info)));
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
