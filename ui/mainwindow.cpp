#include "mainwindow.h"

#include "appearance.h"
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "document.h"
#include "documentmanager.h"
#include "io/designreader.h"
#include "mainactions.h"
#include "palettewidget.h"
#include "panelfactory.h"
#include "recoverymanager.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QQuickWidget>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QStatusBar>
#include <QTime>
#include <QUndoStack>

#include <algorithm>

namespace Infra {

MainWindow::MainWindow(QWidget *parent, PanelStart start)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_canvas(new CanvasWidget(m_document, this))
    , m_documents(new DocumentManager(m_document, this, this))
    , m_recovery(new RecoveryManager(m_document, RecoveryManager::defaultDirectory(), this))
{
    // The chosen colours first, so that every panel starts with them (they also follow
    // later changes from Preferences through QEvent::PaletteChange).
    if (const QString appearance = QSettings().value(QLatin1String(Appearance::settingsKey)).toString(); !appearance.isEmpty())
        Appearance::apply(appearance);
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_canvas);
    // The canvas's QQuickWidget takes the keyboard focus: a screen reader names it.
    m_canvas->quickWidget()->setAccessibleName(tr("Design canvas"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createDocks();
    new MainActions(this);
    if (start == PanelStart::AtOnce || !m_canvas->quickWidget()->rootObject()) {
        installPanels(*this);
        m_panelsStarted = m_panelsSettled = true;
    } else {
        // Opening a 2,000-component design, the panels' work (the cost panel's controls and
        // sweep, the preview's Terraform and documents, the decision tables) is about a third
        // of the process's CPU time; the decision tables wait until their tab is shown.
        m_waitingPanels = {Panel::Findings, Panel::Inspector, Panel::Cost, Panel::Preview, Panel::Decisions};
        connect(m_canvas, &CanvasWidget::firstFrameRendered, this, &MainWindow::startPanels);
        for (Panel p : std::as_const(m_waitingPanels)) {
            // The dock's own word: a tab behind another stays isVisible().
            connect(dock(p), &QDockWidget::visibilityChanged, this, [this, p](bool visible) {
                m_dockShown[p] = visible;
                if (visible && m_panelsStarted)
                    installWaitingPanel(p);
            });
        }
    }

    // The status bar: what just happened to the file ("Saved …"), for a few seconds.
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    connect(m_documents, &DocumentManager::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1 at %2").arg(QDir::toNativeSeparators(path), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), 8000);
    });
    connect(m_document, &Document::fileNameChanged, this, [this](const QString &path) {
        if (!path.isEmpty() && !m_document->isModified())
            statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changed, this, &MainWindow::updateTitle);
    // A failed autosave keeps the previous recovery file; the user should know the safety net
    // is not being renewed (a full disk makes the next save fail too).
    connect(m_recovery, &RecoveryManager::autosaveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error));
    });
    updateTitle();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    // `toggle` is the dock's entry in View → Panels, with its accelerator; it stays put when
    // the dock's title changes (the findings dock's title carries live counts).
    struct Spec { Panel panel; const char *name; QString title; QString toggle; Qt::DockWidgetArea area; };
    const Spec specs[] = {
        {Panel::Palette, "paletteDock", tr("Components"), tr("&Components"), Qt::LeftDockWidgetArea},
        {Panel::Inspector, "inspectorDock", tr("Inspector"), tr("&Inspector"), Qt::RightDockWidgetArea},
        {Panel::Preview, "previewDock", tr("Preview"), tr("&Preview"), Qt::RightDockWidgetArea},
        {Panel::Findings, "findingsDock", tr("Findings"), tr("&Findings"), Qt::BottomDockWidgetArea},
        {Panel::Cost, "costDock", tr("Cost"), tr("C&ost"), Qt::BottomDockWidgetArea},
        {Panel::Decisions, "decisionsDock", tr("Decisions"), tr("&Decisions"), Qt::BottomDockWidgetArea},
    };
    for (const Spec &s : specs) {
        auto *dock = new QDockWidget(s.title, this);
        dock->setObjectName(QString::fromLatin1(s.name));
        dock->setProperty("panel", int(s.panel));
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(s.toggle);
        toggle->setToolTip(tr("Show or hide the %1 panel").arg(s.title));
        // QDockWidget sets the toggle's text to the title on every title change: set it back.
        connect(dock, &QWidget::windowTitleChanged, toggle, [toggle, text = s.toggle] { toggle->setText(text); });
        addDockWidget(s.area, dock);
        m_docks.append(dock);
    }
    // Every panel visible by default, so a review shows all consequences of an edit at once:
    // the inspector above the preview on the right, findings beside the cost view below.
    splitDockWidget(dock(Panel::Inspector), dock(Panel::Preview), Qt::Vertical);
    splitDockWidget(dock(Panel::Findings), dock(Panel::Cost), Qt::Horizontal);
    // The decision tables share the cost view's place (a tab beside it): the cost stays in front.
    tabifyDockWidget(dock(Panel::Cost), dock(Panel::Decisions));
    dock(Panel::Cost)->raise();
    // Sized for the default 1440×900 window: the right column wide enough for the preview's
    // file tree beside the text, the cost view wide enough for its controls and both charts.
    resizeDocks({dock(Panel::Palette)}, {200}, Qt::Horizontal);
    resizeDocks({dock(Panel::Inspector)}, {440}, Qt::Horizontal);
    resizeDocks({dock(Panel::Inspector), dock(Panel::Preview)}, {360, 320}, Qt::Vertical);
    resizeDocks({dock(Panel::Findings), dock(Panel::Cost)}, {540, 900}, Qt::Horizontal);
    resizeDocks({dock(Panel::Findings)}, {270}, Qt::Vertical);

    auto *palette = new PaletteWidget(this);
    palette->setAccessibleName(tr("Component palette"));
    palette->setAccessibleDescription(tr("The kinds of component; drag one onto the canvas, or press Enter, to add it"));
    connect(palette, &PaletteWidget::kindActivated, this, [this](const QString &kind) { m_canvas->controller()->addKind(kind); });
    // Enter on a selected node: its parameters, in the inspector.
    connect(m_canvas, &CanvasWidget::editRequested, this, [this] {
        QDockWidget *inspector = dock(Panel::Inspector);
        inspector->show();
        inspector->raise();
        if (QWidget *panel = inspector->widget()) {
            // The name field first, else the first editor (not the scroll area around them).
            QList<QWidget *> children = panel->findChildren<QWidget *>(QStringLiteral("componentName"));
            children += panel->findChildren<QWidget *>();
            for (QWidget *w : std::as_const(children)) {
                if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QScrollArea *>(w)) {
                    w->setFocus(Qt::TabFocusReason);
                    return;
                }
            }
            panel->setFocus(Qt::TabFocusReason);
        }
    });
    dock(Panel::Palette)->setWidget(palette);
}

QDockWidget *MainWindow::dock(Panel panel) const
{
    for (QDockWidget *d : m_docks) {
        if (d->property("panel").toInt() == int(panel))
            return d;
    }
    return nullptr;
}

void MainWindow::setPanelWidget(Panel panel, QWidget *widget)
{
    if (QDockWidget *d = dock(panel))
        d->setWidget(widget);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

bool MainWindow::hasPanel(Panel panel) const
{
    return panel != Panel::Palette && !m_waitingPanels.contains(panel);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Should the canvas never render (no usable graphics), the panels come anyway.
    if (!m_panelsStarted)
        QTimer::singleShot(10000, this, &MainWindow::startPanels);
}

void MainWindow::startPanels()
{
    if (m_panelsStarted)
        return;
    m_panelsStarted = true;
    // After the event loop has shown the frame.
    QTimer::singleShot(0, this, &MainWindow::installNextPanel);
}

void MainWindow::installNextPanel()
{
    for (Panel p : std::as_const(m_waitingPanels)) {
        if (m_dockShown.value(p)) {
            installWaitingPanel(p);
            break;
        }
    }
    const bool more = std::any_of(m_waitingPanels.cbegin(), m_waitingPanels.cend(), [this](Panel p) { return m_dockShown.value(p); });
    if (more) {
        QTimer::singleShot(0, this, &MainWindow::installNextPanel);
    } else if (!m_panelsSettled) {
        m_panelsSettled = true;
        Q_EMIT panelsSettled();
    }
}

void MainWindow::installWaitingPanel(Panel panel)
{
    if (!m_waitingPanels.removeOne(panel))
        return;
    installPanel(*this, panel);
}

void MainWindow::installPendingPanels()
{
    m_panelsStarted = true;
    while (!m_waitingPanels.isEmpty())
        installWaitingPanel(m_waitingPanels.first());
    if (!m_panelsSettled) {
        m_panelsSettled = true;
        Q_EMIT panelsSettled();
    }
}

void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    if (!m_document->design().name().isEmpty() && m_document->fileName().isEmpty())
        name = m_document->design().name();
    setWindowTitle(tr("%1[*] — Infra Studio").arg(name));
    setWindowModified(m_document->isModified());
}

namespace {
const auto editingStateKey = QLatin1String("mainWindow/state");
const auto reviewStateKey = QLatin1String("mainWindow/reviewState");
} // namespace

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // 1440×900, or the screen's available area when it is smaller (a 1366×768 laptop; no
        // window manager under Xvfb cuts it down). Not the offscreen platform's nominal
        // 800×600, which is no screen: tests there get the 1440×900 window.
        QSize size(1440, 900);
        if (const QScreen *s = screen(); s && QGuiApplication::platformName() != QLatin1String("offscreen"))
            size = size.boundedTo(s->availableGeometry().size());
        resize(size);
    }
    restoreState(settings.value(editingStateKey).toByteArray());
    m_canvas->controller()->setSnapToGrid(settings.value(QStringLiteral("canvas/snapToGrid"), true).toBool());
    m_canvas->controller()->setGridVisible(settings.value(QStringLiteral("canvas/gridVisible"), true).toBool());
    m_canvas->controller()->setLegendVisible(settings.value(QStringLiteral("canvas/legendVisible"), false).toBool());
    m_canvas->controller()->setMinimapVisible(settings.value(QStringLiteral("canvas/minimapVisible"), true).toBool());
    m_recovery->setInterval(settings.value(QStringLiteral("autosave/intervalSeconds"), 30).toInt() * 1000);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    // In the review layout the window is full screen: the editing geometry was kept on the way in.
    if (!m_review)
        settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(m_review ? reviewStateKey : editingStateKey, saveState());
    settings.setValue(QStringLiteral("canvas/snapToGrid"), m_canvas->controller()->snapToGrid());
    settings.setValue(QStringLiteral("canvas/gridVisible"), m_canvas->controller()->gridVisible());
    settings.setValue(QStringLiteral("canvas/legendVisible"), m_canvas->controller()->legendVisible());
    settings.setValue(QStringLiteral("canvas/minimapVisible"), m_canvas->controller()->minimapVisible());
}

void MainWindow::setReviewLayout(bool on)
{
    if (on == m_review)
        return;
    QSettings settings;
    if (on) {
        settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
        m_wasMaximized = isMaximized();
    }
    settings.setValue(m_review ? reviewStateKey : editingStateKey, saveState());
    m_review = on;
    const QByteArray state = settings.value(on ? reviewStateKey : editingStateKey).toByteArray();
    const bool arranged = on && (state.isEmpty() || !restoreState(state));
    if (arranged)
        arrangeReviewLayout();
    else if (!on)
        restoreState(state);
    // The tabs of the review column run down its right edge: side by side under it, the
    // findings tab's live counts and the others' names were cut to a few letters.
    setTabPosition(Qt::RightDockWidgetArea, on ? QTabWidget::East : QTabWidget::South);
    m_canvas->controller()->setPresentation(on);
    if (on) {
        showFullScreen();
        // Without a window manager (Xvfb) nothing resizes a full-screen window: do it here.
        if (const QScreen *s = screen(); s && QGuiApplication::platformName() != QLatin1String("offscreen"))
            setGeometry(s->geometry());
    }
    else if (m_wasMaximized)
        showMaximized();
    else
        showNormal();
    // The window has its full-screen size once the event loop has run: the tab column then
    // takes about a quarter of it (the first time), and the design is fitted into the canvas.
    m_sizeReviewColumn = arranged;
    QTimer::singleShot(0, this, [this] {
        sizeReviewColumn();
        QTimer::singleShot(0, m_canvas->controller(), &CanvasController::fitToView);
    });
    Q_EMIT reviewLayoutChanged(on);
}

void MainWindow::sizeReviewColumn()
{
    if (!m_review || !m_sizeReviewColumn)
        return;
    if (QLayout *l = layout())
        l->activate();
    resizeDocks({dock(Panel::Findings)}, {std::max(380, width() * 27 / 100)}, Qt::Horizontal);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A review layout arranged here (not restored) follows the window's size until left: the
    // window manager may make it full screen only after the first arrangement.
    if (m_review && m_sizeReviewColumn)
        QTimer::singleShot(0, this, &MainWindow::sizeReviewColumn);
}

void MainWindow::arrangeReviewLayout()
{
    // The first time: the canvas large, the palette (an editing tool) away, every other panel
    // one tab of a single column on the right, the findings in front.
    dock(Panel::Palette)->hide();
    QDockWidget *front = dock(Panel::Findings);
    QList<QDockWidget *> tabs{front};
    for (Panel p : {Panel::Cost, Panel::Inspector, Panel::Preview}) {
        if (QDockWidget *d = dock(p))
            tabs.append(d);
    }
    for (QDockWidget *d : std::as_const(m_docks)) { // panels added later (decisions, …) too
        if (!tabs.contains(d) && d != dock(Panel::Palette))
            tabs.append(d);
    }
    for (QDockWidget *d : std::as_const(tabs)) {
        d->setFloating(false);
        addDockWidget(Qt::RightDockWidgetArea, d);
        d->show();
    }
    for (qsizetype i = 1; i < tabs.size(); ++i)
        tabifyDockWidget(front, tabs.at(i));
    front->raise();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_recovery->clear();
    event->accept();
}

bool MainWindow::offerRecovery(RecoveryChoice choice)
{
    const QList<RecoveryManager::Recovery> orphans = m_recovery->orphans();
    if (orphans.isEmpty())
        return false;
    const RecoveryManager::Recovery &latest = orphans.first();
    if (choice == RecoveryChoice::Ask) {
        const QString what = latest.originalFile.isEmpty() ? tr("an untitled design")
                                                           : QFileInfo(latest.originalFile).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                        tr("Infra Studio did not close properly. Unsaved changes to %1 were recovered.").arg(what),
                        QMessageBox::NoButton, this);
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        choice = box.clickedButton() == restore ? RecoveryChoice::Restore : RecoveryChoice::Discard;
    }
    bool restored = false;
    if (choice == RecoveryChoice::Restore) {
        const DesignReader::Result result = DesignReader::readFile(latest.recoveryFile);
        if (result.ok()) {
            // Restored changes are unsaved changes: the file name is the original one, the
            // document stays modified until the user saves.
            m_document->reset(*result.design, latest.originalFile);
            m_document->undoStack()->resetClean();
            restored = true;
        }
    }
    for (const RecoveryManager::Recovery &r : orphans)
        RecoveryManager::remove(r);
    return restored;
}

} // namespace Infra
