#include "mainactions.h"

#include "canvascontroller.h"
#include "canvassearch.h"
#include "canvaswidget.h"
#include "comparedialog.h"
#include "componentclipboard.h"
#include "componentcommands.h"
#include "diagramrenderer.h"
#include "document.h"
#include "documentmanager.h"
#include "discoverydialog.h"
#include "exportdialog.h"
#include "gettingstarteddialog.h"
#include "infrastudio/config.h"
#include "mainwindow.h"
#include "reportexport.h"
#include "preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QToolBar>
#include <QUndoStack>

namespace Infra {

namespace {

// The platform's bindings of a standard key first (what menus show), then the common
// alternatives a user from another platform types: Ctrl+Y redo, Ctrl+= zoom in on keyboards
// where '+' needs Shift, Ctrl+Shift+S where a platform has no Save As binding.
QList<QKeySequence> withAlternatives(QKeySequence::StandardKey key, const QList<QKeySequence> &alternatives)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const QKeySequence &k : alternatives) {
        if (!keys.contains(k))
            keys.append(k);
    }
    return keys;
}

} // namespace

QList<QKeySequence> MainActions::shortcuts(QKeySequence::StandardKey key)
{
    switch (key) {
    case QKeySequence::Redo:
        return withAlternatives(key, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    case QKeySequence::ZoomIn:
        return withAlternatives(key, {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    case QKeySequence::ZoomOut:
        return withAlternatives(key, {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    case QKeySequence::SaveAs:
        return withAlternatives(key, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    default:
        return QKeySequence::keyBindings(key);
    }
}

MainActions::MainActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("mainActions"));
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();

    auto *toolbar = m_window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"actionNew", "actionOpen", "actionSave", "", "actionUndo", "actionRedo", "",
                             "actionZoomIn", "actionZoomOut", "actionFit", "actionAutoLayout", "", "actionExport"}) {
        if (!*name)
            toolbar->addSeparator();
        else
            toolbar->addAction(m_window->action(QString::fromLatin1(name)));
    }

    // Edit → Find: a bar of its own under the main toolbar, hidden until Ctrl+F.
    auto *search = new CanvasSearch(m_window);
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, search);
    connect(m_window->action(QStringLiteral("actionFind")), &QAction::triggered, search, &CanvasSearch::open);

    CanvasWidget *canvas = m_window->canvas();
    canvas->setNodeActions({m_window->action(QStringLiteral("actionCut")), m_window->action(QStringLiteral("actionCopy")),
                            m_window->action(QStringLiteral("actionDelete"))});
    canvas->setCanvasActions({m_window->action(QStringLiteral("actionPaste")), m_window->action(QStringLiteral("actionSelectAll")),
                              m_window->action(QStringLiteral("actionFit")), m_window->action(QStringLiteral("actionAutoLayout"))});

    connect(m_window->document(), &Document::selectionChanged, this, &MainActions::updateEditActions);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainActions::updateEditActions);
    updateEditActions();
}

QAction *MainActions::add(const char *name, const QString &text, const QKeySequence &shortcut, const QString &icon)
{
    return add(name, text, shortcut.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{shortcut}, icon);
}

QAction *MainActions::add(const char *name, const QString &text, QKeySequence::StandardKey key, const QString &icon)
{
    return add(name, text, shortcuts(key), icon);
}

QAction *MainActions::add(const char *name, const QString &text, const QList<QKeySequence> &keys, const QString &icon)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QString::fromLatin1(name));
    if (!keys.isEmpty())
        action->setShortcuts(keys);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

void MainActions::createFileMenu()
{
    DocumentManager *docs = m_window->documents();
    QMenu *menu = m_window->menuBar()->addMenu(tr("&File"));
    menu->addAction(add("actionNew", tr("&New"), QKeySequence::New, QStringLiteral("document-new")));
    connect(m_window->action(QStringLiteral("actionNew")), &QAction::triggered, docs, &DocumentManager::newDocument);
    menu->addAction(add("actionNewFromDjango", tr("New from &Django Project…"), QKeySequence(), QStringLiteral("folder-open")));
    connect(m_window->action(QStringLiteral("actionNewFromDjango")), &QAction::triggered, this,
            [this] { DiscoveryDialog::run(m_window); });
    menu->addAction(add("actionOpen", tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open")));
    connect(m_window->action(QStringLiteral("actionOpen")), &QAction::triggered, docs, &DocumentManager::open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(docs, &DocumentManager::recentFilesChanged, this, &MainActions::updateRecentMenu);
    updateRecentMenu();
    menu->addSeparator();
    menu->addAction(add("actionSave", tr("&Save"), QKeySequence::Save, QStringLiteral("document-save")));
    connect(m_window->action(QStringLiteral("actionSave")), &QAction::triggered, docs, &DocumentManager::save);
    menu->addAction(add("actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("document-save-as")));
    connect(m_window->action(QStringLiteral("actionSaveAs")), &QAction::triggered, docs, &DocumentManager::saveAs);
    menu->addAction(add("actionExport", tr("&Export…"), QKeySequence(tr("Ctrl+E")), QStringLiteral("document-export")));
    connect(m_window->action(QStringLiteral("actionExport")), &QAction::triggered, this, &MainActions::exportDiagram);
    menu->addAction(add("actionExportReport", tr("E&xport Report…"), QKeySequence(), QStringLiteral("x-office-document")));
    connect(m_window->action(QStringLiteral("actionExportReport")), &QAction::triggered, this,
            [this] { ReportExport::exportReport(m_window); });
    menu->addAction(add("actionPrint", tr("Prin&t…"), QKeySequence::Print, QStringLiteral("document-print")));
    connect(m_window->action(QStringLiteral("actionPrint")), &QAction::triggered, this, [this] { ReportExport::print(m_window); });
    menu->addSeparator();
    menu->addAction(add("actionCompareFile", tr("Compare with &File…"), QKeySequence(), QStringLiteral("document-compare")));
    connect(m_window->action(QStringLiteral("actionCompareFile")), &QAction::triggered, this,
            [this] { CompareDialog::compareWithFile(m_window); });
    menu->addAction(add("actionCompareRevision", tr("Compare with &Git Revision…"), QKeySequence(), QStringLiteral("vcs-diff")));
    connect(m_window->action(QStringLiteral("actionCompareRevision")), &QAction::triggered, this,
            [this] { CompareDialog::compareWithRevision(m_window); });
    menu->addSeparator();
    menu->addAction(add("actionPreferences", tr("&Preferences…"), QKeySequence::Preferences, QStringLiteral("preferences-system")));
    connect(m_window->action(QStringLiteral("actionPreferences")), &QAction::triggered, this, &MainActions::preferences);
    menu->addSeparator();
    menu->addAction(add("actionQuit", tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit")));
    connect(m_window->action(QStringLiteral("actionQuit")), &QAction::triggered, m_window, &QWidget::close);
}

void MainActions::createEditMenu()
{
    Document *doc = m_window->document();
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = doc->undoStack()->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(shortcuts(QKeySequence::Undo));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = doc->undoStack()->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(shortcuts(QKeySequence::Redo));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    menu->addAction(add("actionCut", tr("Cu&t"), QKeySequence::Cut, QStringLiteral("edit-cut")));
    connect(m_window->action(QStringLiteral("actionCut")), &QAction::triggered, this, [this] {
        copy();
        removeSelection();
    });
    menu->addAction(add("actionCopy", tr("&Copy"), QKeySequence::Copy, QStringLiteral("edit-copy")));
    connect(m_window->action(QStringLiteral("actionCopy")), &QAction::triggered, this, &MainActions::copy);
    menu->addAction(add("actionPaste", tr("&Paste"), QKeySequence::Paste, QStringLiteral("edit-paste")));
    connect(m_window->action(QStringLiteral("actionPaste")), &QAction::triggered, this, &MainActions::paste);
    menu->addAction(add("actionDelete", tr("&Delete"), QKeySequence::Delete, QStringLiteral("edit-delete")));
    connect(m_window->action(QStringLiteral("actionDelete")), &QAction::triggered, this, &MainActions::removeSelection);
    menu->addSeparator();
    menu->addAction(add("actionFind", tr("&Find…"), QKeySequence::Find, QStringLiteral("edit-find")));
    menu->addAction(add("actionSelectAll", tr("Select &All"), QKeySequence::SelectAll, QStringLiteral("edit-select-all")));
    connect(m_window->action(QStringLiteral("actionSelectAll")), &QAction::triggered, this, [doc] {
        QStringList ids;
        for (const Component &c : doc->design().components())
            ids.append(c.id);
        doc->setSelectedIds(ids);
    });
}

void MainActions::createViewMenu()
{
    CanvasController *canvas = m_window->canvas()->controller();
    QMenu *menu = m_window->menuBar()->addMenu(tr("&View"));
    menu->addAction(add("actionZoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoom-in")));
    connect(m_window->action(QStringLiteral("actionZoomIn")), &QAction::triggered, canvas, &CanvasController::zoomIn);
    menu->addAction(add("actionZoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out")));
    connect(m_window->action(QStringLiteral("actionZoomOut")), &QAction::triggered, canvas, &CanvasController::zoomOut);
    menu->addAction(add("actionZoomReset", tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), QStringLiteral("zoom-original")));
    connect(m_window->action(QStringLiteral("actionZoomReset")), &QAction::triggered, canvas, &CanvasController::resetZoom);
    menu->addAction(add("actionFit", tr("&Fit to View"), QKeySequence(tr("Ctrl+9")), QStringLiteral("zoom-fit-best")));
    connect(m_window->action(QStringLiteral("actionFit")), &QAction::triggered, canvas, &CanvasController::fitToView);
    menu->addSeparator();
    menu->addAction(add("actionAutoLayout", tr("Auto-&layout"), QKeySequence(tr("Ctrl+L")), QStringLiteral("distribute-graph")));
    connect(m_window->action(QStringLiteral("actionAutoLayout")), &QAction::triggered, canvas, &CanvasController::autoLayout);
    QAction *snap = add("actionSnapToGrid", tr("&Snap to Grid"), QKeySequence());
    snap->setCheckable(true);
    snap->setChecked(canvas->snapToGrid());
    connect(snap, &QAction::toggled, canvas, &CanvasController::setSnapToGrid);
    connect(canvas, &CanvasController::snapToGridChanged, snap, &QAction::setChecked);
    menu->addAction(snap);
    QAction *grid = add("actionShowGrid", tr("Show &Grid"), QKeySequence());
    grid->setCheckable(true);
    grid->setChecked(canvas->gridVisible());
    connect(grid, &QAction::toggled, canvas, &CanvasController::setGridVisible);
    connect(canvas, &CanvasController::gridVisibleChanged, grid, &QAction::setChecked);
    menu->addAction(grid);
    QAction *access = add("actionShowAccessEdges", tr("Show All IAM Acc&ess Edges"), QKeySequence());
    access->setCheckable(true);
    access->setChecked(canvas->showAccessEdges());
    access->setToolTip(tr("Draw every IAM-only access path (tasks to S3, Secrets Manager, ECR, CloudWatch). "
                          "When off, a selected node's access paths are still drawn."));
    connect(access, &QAction::toggled, canvas, &CanvasController::setShowAccessEdges);
    connect(canvas, &CanvasController::showAccessEdgesChanged, access, &QAction::setChecked);
    menu->addAction(access);
    QAction *legend = add("actionShowLegend", tr("Show Lege&nd"), QKeySequence());
    legend->setCheckable(true);
    legend->setChecked(canvas->legendVisible());
    legend->setToolTip(tr("The kinds of component and the edge styles on the canvas, in its lower left corner"));
    connect(legend, &QAction::toggled, canvas, &CanvasController::setLegendVisible);
    connect(canvas, &CanvasController::legendVisibleChanged, legend, &QAction::setChecked);
    menu->addAction(legend);
    QAction *minimap = add("actionShowMinimap", tr("Show &Minimap"), QKeySequence());
    minimap->setCheckable(true);
    minimap->setChecked(canvas->minimapVisible());
    minimap->setToolTip(tr("The whole design small in the lower right corner; click or drag in it to move the view"));
    connect(minimap, &QAction::toggled, canvas, &CanvasController::setMinimapVisible);
    connect(canvas, &CanvasController::minimapVisibleChanged, minimap, &QAction::setChecked);
    menu->addAction(minimap);
    menu->addSeparator();
    QAction *review = add("actionReviewLayout", tr("Revie&w Layout"), QKeySequence::FullScreen, QStringLiteral("view-fullscreen"));
    review->setCheckable(true);
    review->setToolTip(tr("Full screen for a review meeting: the canvas large with larger text, the panels as tabs; its panel "
                          "arrangement is remembered apart from the editing layout's"));
    connect(review, &QAction::toggled, m_window, &MainWindow::setReviewLayout);
    connect(m_window, &MainWindow::reviewLayoutChanged, review, &QAction::setChecked);
    menu->addAction(review);
    QMenu *panels = menu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());
}

void MainActions::createHelpMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Help"));
    menu->addAction(add("actionGettingStarted", tr("&Getting Started"), QKeySequence::HelpContents, QStringLiteral("help-contents")));
    connect(m_window->action(QStringLiteral("actionGettingStarted")), &QAction::triggered, this, &MainActions::gettingStarted);
    menu->addAction(add("actionAbout", tr("&About Infra Studio"), QKeySequence(), QStringLiteral("help-about")));
    connect(m_window->action(QStringLiteral("actionAbout")), &QAction::triggered, this, &MainActions::about);
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainActions::gettingStarted()
{
    auto *dialog = m_window->findChild<GettingStartedDialog *>();
    if (!dialog) {
        dialog = new GettingStartedDialog(m_window);
        connect(dialog, &GettingStartedDialog::openReferenceDesignRequested, this, [this](const QString &path) {
            if (m_window->documents()->maybeSave())
                m_window->documents()->openFile(path);
        });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_window->documents()->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (m_window->documents()->maybeSave())
                m_window->documents()->openFile(path);
        });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), m_window->documents(), &DocumentManager::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

void MainActions::updateEditActions()
{
    const bool hasSelection = !m_window->document()->selectedIds().isEmpty();
    for (const char *name : {"actionCut", "actionCopy", "actionDelete"})
        m_window->action(QString::fromLatin1(name))->setEnabled(hasSelection);
    m_window->action(QStringLiteral("actionPaste"))->setEnabled(ComponentClipboard::canPaste(QApplication::clipboard()->mimeData()));
}

void MainActions::copy()
{
    const QStringList ids = m_window->document()->selectedIds();
    if (!ids.isEmpty())
        QApplication::clipboard()->setMimeData(ComponentClipboard::copy(*m_window->document(), ids));
}

void MainActions::paste()
{
    if (QUndoCommand *command = ComponentClipboard::paste(m_window->document(), QApplication::clipboard()->mimeData()))
        m_window->document()->undoStack()->push(command);
}

void MainActions::removeSelection()
{
    const QStringList ids = m_window->document()->selectedIds();
    if (!ids.isEmpty())
        m_window->document()->undoStack()->push(new RemoveComponents(m_window->document(), ids));
}

void MainActions::exportDiagram()
{
    ExportDialog::run(m_window);
}

void MainActions::preferences()
{
    PreferencesDialog dialog(m_window);
    dialog.exec();
}

void MainActions::about()
{
    QMessageBox::about(m_window, tr("About Infra Studio"),
                       tr("<h3>Infra Studio %1</h3><p>A design studio for Django applications on AWS: "
                          "draw the architecture, review its findings and costs, and export Terraform, "
                          "docs and configs.</p>")
                           .arg(QStringLiteral(INFRA_STUDIO_VERSION)));
}

} // namespace Infra
