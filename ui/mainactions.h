#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace Infra {

class MainWindow;

// The main window's actions, menus and toolbar, with the platform's standard shortcuts,
// and what each action does (delegating to the document manager, the canvas controller
// and undo commands). Every action has an object name ("actionSave", …) for tests.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(MainWindow *window);

    // An action's shortcuts for a standard key: the platform's bindings, then the usual
    // alternatives (Redo also Ctrl+Y and Ctrl+Shift+Z, Zoom In also Ctrl+=, Save As
    // Ctrl+Shift+S where the platform has none).
    static QList<QKeySequence> shortcuts(QKeySequence::StandardKey key);

private:
    QAction *add(const char *name, const QString &text, const QKeySequence &shortcut, const QString &icon = {});
    QAction *add(const char *name, const QString &text, QKeySequence::StandardKey key, const QString &icon = {});
    QAction *add(const char *name, const QString &text, const QList<QKeySequence> &keys, const QString &icon = {});
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void updateRecentMenu();
    void updateEditActions();

    void copy();
    void paste();
    void removeSelection();
    void exportDiagram();
    void preferences();
    void about();
    void gettingStarted();

    MainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Infra
