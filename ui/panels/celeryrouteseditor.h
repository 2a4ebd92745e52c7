#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoCommand;

namespace Infra {

class Document;

// The Celery routes in order (Celery tries them top to bottom): a table of task pattern and
// queue with Add, Remove, Move Up and Move Down. Every edit is one ChangeCeleryRoutes undo
// step; a value the design would not load (an empty pattern, a queue name with spaces) is
// refused with the reason beside the table and the cell restored.
class CeleryRoutesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CeleryRoutesEditor(Document *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The reason the last edit was refused, empty after an accepted one.
    QString warning() const;

    bool addRoute();
    bool removeRoute(int row);
    bool moveRoute(int from, int to);

private:
    void refresh();
    void cellEdited(int row, int column);
    void updateButtons();
    bool push(QUndoCommand *command);
    void setWarning(const QString &text);

    Document *m_document;
    QTableWidget *m_table;
    QLabel *m_warning;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_refreshing = false;
};

} // namespace Infra
