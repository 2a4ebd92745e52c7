#include "celeryrouteseditor.h"

#include "accessibletext.h"
#include "document.h"
#include "routecommands.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Infra {

CeleryRoutesEditor::CeleryRoutesEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 2, this))
    , m_warning(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move Up"), this))
    , m_down(new QPushButton(tr("Move Down"), this))
{
    setObjectName(QStringLiteral("celeryRoutesEditor"));
    m_table->setObjectName(QStringLiteral("celeryRoutes"));
    m_table->setHorizontalHeaderLabels({tr("Task name or pattern"), tr("Queue")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(true); // the row numbers are the order Celery tries them in
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(160);
    setAccessibleText(m_table, tr("Celery routes"),
                      tr("Task name or pattern and queue, in the order Celery tries them; the first match wins"));
    m_warning->setObjectName(QStringLiteral("celeryRoutesWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_warning->hide();
    m_add->setObjectName(QStringLiteral("addRoute"));
    m_remove->setObjectName(QStringLiteral("removeRoute"));
    m_up->setObjectName(QStringLiteral("moveRouteUp"));
    m_down->setObjectName(QStringLiteral("moveRouteDown"));
    m_add->setToolTip(tr("Add a route at the end; edit its pattern and queue in the table"));
    m_up->setToolTip(tr("Move the selected route up: Celery tries routes from the top"));
    m_down->setToolTip(tr("Move the selected route down"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_warning);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &CeleryRoutesEditor::addRoute);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRoute(m_table->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRoute(m_table->currentRow(), m_table->currentRow() - 1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRoute(m_table->currentRow(), m_table->currentRow() + 1); });
    connect(m_table, &QTableWidget::cellChanged, this, &CeleryRoutesEditor::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CeleryRoutesEditor::updateButtons);
    connect(document, &Document::changed, this, [this](const DesignChange &change) {
        if (change.kind == DesignChange::Kind::RoutesChanged || change.kind == DesignChange::Kind::Reset) {
            // Undo of a refused-then-fixed edit, or any route change: the table follows and
            // an old refusal no longer applies.
            setWarning({});
            refresh();
        }
    });
    refresh();
}

QString CeleryRoutesEditor::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void CeleryRoutesEditor::setWarning(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

void CeleryRoutesEditor::refresh()
{
    m_refreshing = true;
    const QList<CeleryRoute> &routes = m_document->design().routes();
    const int current = m_table->currentRow();
    m_table->setRowCount(int(routes.size()));
    for (int row = 0; row < routes.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(routes.at(row).task));
        m_table->setItem(row, 1, new QTableWidgetItem(routes.at(row).queue));
    }
    if (current >= 0 && current < routes.size())
        m_table->setCurrentCell(current, std::max(0, m_table->currentColumn()));
    m_refreshing = false;
    updateButtons();
}

void CeleryRoutesEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const int count = m_table->rowCount();
    m_remove->setEnabled(row >= 0 && row < count);
    m_up->setEnabled(row > 0 && row < count);
    m_down->setEnabled(row >= 0 && row + 1 < count);
}

bool CeleryRoutesEditor::push(QUndoCommand *command)
{
    if (!command)
        return false;
    const int before = m_document->undoStack()->index(); // index, not count: a push drops the redo steps
    m_document->undoStack()->push(command);
    return m_document->undoStack()->index() > before;
}

bool CeleryRoutesEditor::addRoute()
{
    // A pattern for the project's tasks and the queue unrouted tasks go to: valid at once,
    // then edited in place.
    QString project = m_document->design().project();
    if (project.isEmpty())
        project = QStringLiteral("myapp");
    setWarning({});
    if (!push(ChangeCeleryRoutes::add(m_document, {project + QStringLiteral(".tasks.new_task"), QStringLiteral("default")})))
        return false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    return true;
}

bool CeleryRoutesEditor::removeRoute(int row)
{
    setWarning({});
    const bool done = push(ChangeCeleryRoutes::remove(m_document, row));
    if (done && m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), 0);
    return done;
}

bool CeleryRoutesEditor::moveRoute(int from, int to)
{
    setWarning({});
    if (!push(ChangeCeleryRoutes::move(m_document, from, to)))
        return false;
    m_table->setCurrentCell(to, std::max(0, m_table->currentColumn()));
    return true;
}

void CeleryRoutesEditor::cellEdited(int row, int column)
{
    if (m_refreshing)
        return;
    const QList<CeleryRoute> &routes = m_document->design().routes();
    if (row < 0 || row >= routes.size())
        return;
    CeleryRoute route = routes.at(row);
    (column == 0 ? route.task : route.queue) = m_table->item(row, column)->text().trimmed();
    QString error;
    QUndoCommand *command = ChangeCeleryRoutes::edit(m_document, row, route, &error);
    if (!command) {
        setWarning(error);
        refresh(); // the cell shows the stored value again
        return;
    }
    setWarning({});
    push(command);
}

} // namespace Infra
