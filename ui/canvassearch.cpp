#include "canvassearch.h"

#include "canvascontroller.h"
#include "canvaswidget.h"
#include "document.h"
#include "mainwindow.h"
#include "schematext.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QQuickWidget>

namespace Infra {

CanvasSearch::CanvasSearch(MainWindow *window)
    : QToolBar(tr("Find"), window)
    , m_window(window)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    setMovable(false);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find a component by name, kind or id"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaximumWidth(360);
    m_field->setAccessibleName(tr("Find components"));
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    addWidget(m_field);
    addWidget(m_count);
    QAction *next = addAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Next"), this, [this] { step(true); });
    next->setToolTip(tr("Next match (Enter, F3)"));
    QAction *previous = addAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Previous"), this, [this] { step(false); });
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    addAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("Close"), this, &CanvasSearch::close);
    connect(m_field, &QLineEdit::textChanged, this, &CanvasSearch::search);
    hide();
}

QStringList CanvasSearch::matches(const Design &design, const QString &text)
{
    const QString needle = text.trimmed();
    QStringList ids;
    if (needle.isEmpty())
        return ids;
    for (const Component &c : design.components()) {
        const QString kind = kindName(c.kind);
        const bool hit = c.id.contains(needle, Qt::CaseInsensitive) || c.name.contains(needle, Qt::CaseInsensitive)
            || kind.contains(needle, Qt::CaseInsensitive)
            || QString(kind).replace(QLatin1Char('_'), QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive)
            || schemaText(kindDisplayName(c.kind)).contains(needle, Qt::CaseInsensitive)
            || kindDisplayName(c.kind).contains(needle, Qt::CaseInsensitive);
        if (hit)
            ids.append(c.id);
    }
    return ids;
}

void CanvasSearch::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void CanvasSearch::search()
{
    Document *doc = m_window->document();
    m_matches = matches(doc->design(), m_field->text());
    m_current = m_matches.isEmpty() ? -1 : 0;
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else
        m_count->setText(m_matches.isEmpty() ? tr("No match") : tr("%n match(es)", nullptr, int(m_matches.size())));
    if (m_matches.isEmpty())
        return;
    doc->setSelectedIds(m_matches);
    m_window->canvas()->controller()->centerOn(m_matches.first());
}

void CanvasSearch::step(bool forward)
{
    if (m_matches.isEmpty())
        return;
    m_current = int((m_current + (forward ? 1 : m_matches.size() - 1)) % m_matches.size());
    const QString id = m_matches.at(m_current);
    m_window->document()->setSelectedIds({id});
    m_window->canvas()->controller()->centerOn(id);
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

void CanvasSearch::close()
{
    hide();
    m_window->canvas()->quickWidget()->setFocus(Qt::ShortcutFocusReason);
}

bool CanvasSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F3) {
            step(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace Infra
