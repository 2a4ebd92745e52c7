// The main window as a user meets it: docks and actions, the dirty marker, edits through
// the menus, save/reopen, load errors, the unsaved-changes prompt, saved window state, and
// crash recovery across a killed process.
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "componentcommands.h"
#include "costcharts.h"
#include "costpanel.h"
#include "decisionspanel.h"
#include "document.h"
#include "documentmanager.h"
#include "appearance.h"
#include "emittedfilesmodel.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "inspectorpanel.h"
#include "lineitemsmodel.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "previewpanel.h"
#include "recoverymanager.h"
#include "sectioncommands.h"
#include "whatifscenario.h"

#include "cost/costengine.h"
#include "decide/decisionengine.h"
#include "emit/emitter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Infra;

namespace {
QString reference()
{
    return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml");
}

// What the side panels show, as text: the inspector's facts, the findings (dock title and
// rows), the cost totals, line items, what-if sliders and sweep, the preview's file, text
// and emitted files. Two windows showing the same design show the same.
QString panelContents(const MainWindow &window)
{
    QString text;
    QTextStream out(&text);
    const auto *inspector = window.findChild<InspectorPanel *>();
    const auto *findings = window.findChild<FindingsPanel *>();
    const auto *cost = window.findChild<CostPanel *>();
    const auto *preview = window.findChild<PreviewPanel *>();
    if (!inspector || !findings || !cost || !preview)
        return QStringLiteral("a panel is missing");
    out << "inspector: " << inspector->factsText() << '\n';
    out << "findings: " << window.dock(MainWindow::Panel::Findings)->windowTitle() << '\n';
    const FindingsModel *model = findings->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            out << model->index(row, column).data().toString() << '|';
        out << '\n';
    }
    out << "cost: " << cost->totalsText() << '\n' << cost->lineItems()->toCsv() << '\n';
    for (const QSlider *slider : cost->findChildren<QSlider *>())
        out << slider->objectName() << '=' << slider->value() << ' ';
    out << "\nsweep: " << cost->charts()->sweepParameter()->currentText() << ' ' << cost->charts()->sweepParameter()->count();
    for (const QPointF &p : cost->charts()->sweepPoints())
        out << ' ' << p.x() << ',' << p.y();
    out << " marker " << cost->charts()->sweepMarker().x() << ',' << cost->charts()->sweepMarker().y() << '\n';
    out << "preview: " << preview->currentPath() << '\n' << preview->editor()->toPlainText() << '\n';
    for (const EmittedFile &f : preview->model()->files())
        out << f.path << ' ' << f.language << ' ' << qHash(f.content) << '\n';
    return text;
}

// Empty when equal, else the first line that differs in each.
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('\n'));
    const QStringList y = b.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        if (x.value(i) != y.value(i)) {
            qsizetype c = 0;
            while (c < x.value(i).size() && c < y.value(i).size() && x.value(i).at(c) == y.value(i).at(c))
                ++c;
            c = std::max<qsizetype>(0, c - 20);
            return QStringLiteral("line %1, from column %2:\n  %3\n  %4").arg(i + 1).arg(c + 1).arg(x.value(i).mid(c, 80), y.value(i).mid(c, 80));
        }
    }
    return {};
}

// Edits of every kind, in steps: before the window is shown, at the canvas's first frame,
// and between the panels being filled (PanelStart::AfterFirstFrame).
void edit(Document *doc, int step)
{
    QUndoStack *undo = doc->undoStack();
    switch (step) {
    case 0:
        undo->push(new ChangeComponentProperty(doc, {QStringLiteral("web")}, QStringLiteral("desired_tasks"), 7));
        undo->push(new RenameComponent(doc, QStringLiteral("db"), QStringLiteral("Primary")));
        undo->undo(); // the rename
        undo->push(new RemoveComponents(doc, {QStringLiteral("beat")}));
        undo->undo();
        undo->redo(); // beat removed again
        break;
    case 1:
        undo->push(new ChangeSectionValue(doc, Section::Workload, QStringLiteral("avg_rps"), 120.0));
        undo->push(new ChangeComponentProperty(doc, {QStringLiteral("worker-default")}, QStringLiteral("desired_tasks"), 5));
        break;
    default:
        undo->push(new RenameComponent(doc, QStringLiteral("web"), QStringLiteral("Front web")));
        doc->setSelectedIds({QStringLiteral("web")});
        break;
    }
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_recoveryDir;
    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }
    void trigger(const char *action) { m_window->action(QString::fromLatin1(action))->trigger(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        qputenv("INFRA_STUDIO_RECOVERY_DIR", m_recoveryDir.path().toLocal8Bit());
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->documents()->setQuiet(true);
        m_window->documents()->setPromptAnswer(DocumentManager::Answer::Discard);
        QVERIFY(m_window->documents()->openFile(reference()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
    }

    void docksAndActions()
    {
        for (const char *name : {"paletteDock", "inspectorDock", "findingsDock", "previewDock", "costDock"})
            QVERIFY2(m_window->findChild<QDockWidget *>(QString::fromLatin1(name)), name);
        QCOMPARE(m_window->dockWidgetArea(m_window->dock(MainWindow::Panel::Palette)), Qt::LeftDockWidgetArea);
        QCOMPARE(m_window->dockWidgetArea(m_window->dock(MainWindow::Panel::Inspector)), Qt::RightDockWidgetArea);
        QCOMPARE(m_window->dockWidgetArea(m_window->dock(MainWindow::Panel::Findings)), Qt::BottomDockWidgetArea);
        const struct { const char *name; QKeySequence::StandardKey key; } standard[] = {
            {"actionNew", QKeySequence::New}, {"actionOpen", QKeySequence::Open}, {"actionSave", QKeySequence::Save},
            {"actionSaveAs", QKeySequence::SaveAs}, {"actionUndo", QKeySequence::Undo}, {"actionRedo", QKeySequence::Redo},
            {"actionCut", QKeySequence::Cut}, {"actionCopy", QKeySequence::Copy}, {"actionPaste", QKeySequence::Paste},
            {"actionDelete", QKeySequence::Delete}, {"actionSelectAll", QKeySequence::SelectAll},
            {"actionZoomIn", QKeySequence::ZoomIn}, {"actionZoomOut", QKeySequence::ZoomOut},
        };
        for (const auto &s : standard) {
            QAction *a = m_window->action(QString::fromLatin1(s.name));
            QVERIFY2(a, s.name);
            if (!QKeySequence::keyBindings(s.key).isEmpty())
                QCOMPARE(a->shortcut(), QKeySequence::keyBindings(s.key).first());
        }
        for (const char *name : {"actionFit", "actionAutoLayout", "actionExport", "actionPreferences", "actionAbout"})
            QVERIFY2(m_window->action(QString::fromLatin1(name)), name);
    }

    void titleCarriesDirtyMarker()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("django-reference.infra.yaml[*] — Infra Studio"));
        QVERIFY(!m_window->isWindowModified());
        doc()->undoStack()->push(new RenameComponent(doc(), QStringLiteral("db"), QStringLiteral("Primary")));
        QVERIFY(m_window->isWindowModified());
        trigger("actionUndo");
        QVERIFY(!m_window->isWindowModified());
    }

    void deleteAndUndoThroughActions()
    {
        doc()->setSelectedIds({QStringLiteral("web"), QStringLiteral("redis")});
        QVERIFY(m_window->action(QStringLiteral("actionDelete"))->isEnabled());
        trigger("actionDelete");
        QVERIFY(!doc()->design().component(QStringLiteral("web")));
        QVERIFY(!doc()->design().component(QStringLiteral("redis")));
        QCOMPARE(m_window->canvas()->controller()->nodes()->rowCount(), 15);
        QVERIFY(!m_window->action(QStringLiteral("actionDelete"))->isEnabled());
        trigger("actionUndo");
        QVERIFY(doc()->design().component(QStringLiteral("web")));
        QCOMPARE(m_window->canvas()->controller()->nodes()->rowCount(), 17);
    }

    void copyPasteThroughActions()
    {
        doc()->setSelectedIds({QStringLiteral("beat")});
        trigger("actionCopy");
        QTRY_VERIFY(m_window->action(QStringLiteral("actionPaste"))->isEnabled());
        trigger("actionPaste");
        trigger("actionPaste");
        QVERIFY(doc()->design().component(QStringLiteral("beat-2")));
        QVERIFY(doc()->design().component(QStringLiteral("beat-3")));
        QCOMPARE(doc()->selectedIds(), QStringList{QStringLiteral("beat-3")});
        trigger("actionCut");
        QVERIFY(!doc()->design().component(QStringLiteral("beat-3")));
        QCOMPARE(doc()->undoStack()->count(), 3);
    }

    void saveAndReopenRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.infra.yaml"));
        doc()->undoStack()->push(new MoveComponents(doc(), {{QStringLiteral("redis"), QPointF(460, 740)}}));
        QString error;
        QVERIFY(doc()->save(path, &error));
        QVERIFY(!m_window->isWindowModified());
        trigger("actionSave"); // saves to the same file again
        const Design saved = doc()->design();
        QVERIFY(m_window->documents()->newDocument());
        QVERIFY(doc()->design().components().empty());
        QVERIFY(m_window->documents()->openFile(path));
        QVERIFY(doc()->design() == saved);
        QCOMPARE(m_window->documents()->recentFiles().first(), QFileInfo(path).absoluteFilePath());
    }

    void openRecentListsAndReopensFiles()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.infra.yaml"));
        const QString second = dir.filePath(QStringLiteral("second.infra.yaml"));
        QString error;
        QVERIFY(doc()->save(first, &error));
        doc()->undoStack()->push(new RenameComponent(doc(), QStringLiteral("db"), QStringLiteral("Second copy")));
        QVERIFY(doc()->save(second, &error));
        QVERIFY(m_window->documents()->openFile(first));
        QVERIFY(m_window->documents()->openFile(second));
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(menu);
        // Most recent first, numbered for the keyboard, full path in the tooltip.
        QList<QAction *> entries;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator() && a->text().startsWith(QLatin1Char('&')) && a->text().at(1).isDigit())
                entries << a;
        }
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.at(0)->text(), QStringLiteral("&1 second.infra.yaml"));
        QCOMPARE(entries.at(1)->text(), QStringLiteral("&2 first.infra.yaml"));
        QCOMPARE(entries.at(1)->toolTip(), QFileInfo(first).absoluteFilePath());
        // Choosing an entry opens that file.
        entries.at(1)->trigger();
        QCOMPARE(QFileInfo(doc()->fileName()).fileName(), QStringLiteral("first.infra.yaml"));
        QCOMPARE(doc()->design().component(QStringLiteral("db"))->name, QStringLiteral("PostgreSQL"));
        QCOMPARE(m_window->documents()->recentFiles().first(), QFileInfo(first).absoluteFilePath());
        // The list survives a restart (QSettings) and Clear List empties it.
        QCOMPARE(DocumentManager(doc(), nullptr).recentFiles(), m_window->documents()->recentFiles());
        QAction *clear = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == QStringLiteral("&Clear List"))
                clear = a;
        }
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(m_window->documents()->recentFiles().isEmpty());
        QVERIFY(!menu->actions().isEmpty());
        QVERIFY(!menu->actions().last()->isEnabled()); // only a disabled Clear List is left
    }

    void preferencesApplyAndPersist()
    {
        PreferencesDialog dialog(m_window.get());
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), 2);
        auto *autosave = dialog.findChild<QSpinBox *>();
        auto *appearance = dialog.findChild<QComboBox *>(QStringLiteral("appearanceCombo"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(autosave && appearance && language);
        CanvasController *canvas = m_window->canvas()->controller();
        QVERIFY(canvas->snapToGrid());
        for (QCheckBox *box : boxes)
            box->setChecked(false); // snap and grid off
        autosave->setValue(45);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(language->currentIndex() > 0);
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
        dialog.accept();
        QVERIFY(!canvas->snapToGrid());
        QVERIFY(!canvas->gridVisible());
        QCOMPARE(m_window->recovery()->interval(), 45000);
        QCOMPARE(QSettings().value(QStringLiteral("autosave/intervalSeconds")).toInt(), 45);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        // Dark at once: the application palette and the canvas colours.
        QVERIFY(Appearance::isDark());
        QTRY_VERIFY(canvas->isDarkAppearance());
        // Reopening the dialog shows what was chosen; back to light restores the canvas.
        PreferencesDialog again(m_window.get());
        auto *appearance2 = again.findChild<QComboBox *>(QStringLiteral("appearanceCombo"));
        QCOMPARE(appearance2->currentData().toString(), QStringLiteral("dark"));
        appearance2->setCurrentIndex(appearance2->findData(QStringLiteral("light")));
        for (QCheckBox *box : again.findChildren<QCheckBox *>())
            box->setChecked(true);
        again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->setCurrentIndex(0);
        again.accept();
        QVERIFY(!Appearance::isDark());
        QTRY_VERIFY(!canvas->isDarkAppearance());
        QVERIFY(canvas->snapToGrid());
        QCOMPARE(QSettings().value(QStringLiteral("ui/appearance")).toString(), QStringLiteral("light"));
        QSettings().remove(QStringLiteral("ui/appearance"));
        QSettings().remove(QStringLiteral("ui/language"));
    }

    void loadErrorReportsPositionsAndKeepsDocument()
    {
        doc()->undoStack()->push(new RenameComponent(doc(), QStringLiteral("db"), QStringLiteral("Edited")));
        const Design before = doc()->design();
        QVERIFY(!m_window->documents()->openFile(QStringLiteral(INFRA_TEST_DATA_DIR "/ui/broken.infra.yaml")));
        const QStringList errors = m_window->documents()->lastErrors();
        QVERIFY(errors.size() >= 2);
        QVERIFY2(errors.first().contains(QStringLiteral("broken.infra.yaml:6:11: ")), qPrintable(errors.first()));
        QVERIFY(doc()->design() == before);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("django-reference.infra.yaml")));
    }

    void unsavedChangesPrompt()
    {
        doc()->undoStack()->push(new RenameComponent(doc(), QStringLiteral("db"), QStringLiteral("Edited")));
        m_window->documents()->setPromptAnswer(DocumentManager::Answer::Cancel);
        QVERIFY(!m_window->documents()->newDocument());
        QVERIFY(!m_window->close());
        QCOMPARE(doc()->design().component(QStringLiteral("db"))->name, QStringLiteral("Edited"));
        m_window->documents()->setPromptAnswer(DocumentManager::Answer::Discard);
        QVERIFY(m_window->documents()->newDocument());
        QVERIFY(doc()->design().components().empty());
        QVERIFY(!m_window->isWindowModified());
    }

    void windowStateIsRestored()
    {
        m_window->dock(MainWindow::Panel::Findings)->hide();
        m_window->resize(1300, 820); // above the minimum width of the default layout (every dock visible)
        QVERIFY(m_window->close());
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY(second.dock(MainWindow::Panel::Findings)->isHidden());
        QCOMPARE(second.size(), QSize(1300, 820));
        second.dock(MainWindow::Panel::Findings)->show();
        second.close();
    }

    // A laptop screen (1366×768) and the default 1440×900 window, editing and review layouts,
    // first start: the window needs no more than the screen, and every visible panel has at
    // least its minimum size (below it, Qt cuts the content off). Screenshots of the four:
    // docs/screenshots/layout-*.png.
    void layoutsFitLaptopScreens_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("review");
        QTest::newRow("1366x768 editing") << QSize(1366, 768) << false;
        QTest::newRow("1440x900 editing") << QSize(1440, 900) << false;
        QTest::newRow("1366x768 review") << QSize(1366, 768) << true;
        QTest::newRow("1440x900 review") << QSize(1440, 900) << true;
    }

    void layoutsFitLaptopScreens()
    {
        QFETCH(QSize, screen);
        QFETCH(bool, review);
        QSettings().remove(QStringLiteral("mainWindow"));
        MainWindow window;
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (review) {
            window.setReviewLayout(true);
            window.resize(screen); // the offscreen platform's "full screen" is its nominal 800×600
        }
        QTRY_COMPARE(window.size(), screen);
        QTest::qWait(50);
        QVERIFY2(window.minimumSizeHint().width() <= screen.width() && window.minimumSizeHint().height() <= screen.height(),
                 qPrintable(QStringLiteral("needs %1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        for (QDockWidget *d : window.findChildren<QDockWidget *>()) {
            if (!d->isVisible() || !d->widget() || d->visibleRegion().isEmpty())
                continue;
            const QSize min = d->widget()->minimumSizeHint();
            QVERIFY2(d->widget()->width() >= min.width() && d->widget()->height() >= min.height(),
                     qPrintable(QStringLiteral("%1: %2×%3, needs %4×%5").arg(d->objectName()).arg(d->widget()->width())
                                    .arg(d->widget()->height()).arg(min.width()).arg(min.height())));
        }
        // The canvas's share: in the review layout the whole height (its width, about two thirds
        // full screen, is seen in the screenshots: offscreen "full screen" is 800×600 first).
        QVERIFY2(window.canvas()->width() >= (review ? 300 : 650), qPrintable(QString::number(window.canvas()->width())));
        QVERIFY2(window.canvas()->height() >= (review ? 580 : 380), qPrintable(QString::number(window.canvas()->height())));
        window.setReviewLayout(false);
        window.close();
        QSettings().remove(QStringLiteral("mainWindow"));
    }

    void reviewLayoutIsRememberedApart()
    {
        QAction *review = m_window->action(QStringLiteral("actionReviewLayout"));
        QVERIFY(review);
        QVERIFY(review->isCheckable());
        const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::FullScreen);
        QVERIFY2(!keys.isEmpty(), "the platform has no full-screen key");
        QCOMPARE(review->shortcut(), keys.first());
        const auto press = [&] {
            m_window->activateWindow();
            QTest::keySequence(m_window.get(), keys.first());
        };
        QDockWidget *palette = m_window->dock(MainWindow::Panel::Palette);
        QDockWidget *findings = m_window->dock(MainWindow::Panel::Findings);
        QDockWidget *cost = m_window->dock(MainWindow::Panel::Cost);
        QDockWidget *preview = m_window->dock(MainWindow::Panel::Preview);
        QDockWidget *inspector = m_window->dock(MainWindow::Panel::Inspector);
        CanvasController *canvas = m_window->canvas()->controller();

        // Editing: the preview put away.
        preview->hide();
        const QSize editingCanvas = m_window->canvas()->size();
        press();
        QVERIFY(m_window->isReviewLayout());
        QVERIFY(review->isChecked());
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QVERIFY(canvas->isPresentation());
        // The palette away, every other panel a tab of one column on the right, findings in front.
        QVERIFY(palette->isHidden());
        for (QDockWidget *d : {findings, cost, preview, inspector}) {
            QVERIFY2(!d->isHidden(), qPrintable(d->objectName()));
            QCOMPARE(m_window->dockWidgetArea(d), Qt::RightDockWidgetArea);
        }
        const QList<QDockWidget *> tabs = m_window->tabifiedDockWidgets(findings);
        QVERIFY(tabs.contains(cost) && tabs.contains(preview) && tabs.contains(inspector));
        QTRY_VERIFY(m_window->canvas()->width() * m_window->canvas()->height() > editingCanvas.width() * editingCanvas.height());

        // Review: the cost tab closed. Back to editing: the preview still away, the cost back.
        cost->hide();
        press();
        QVERIFY(!m_window->isReviewLayout());
        QVERIFY(!review->isChecked());
        QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
        QVERIFY(!canvas->isPresentation());
        QVERIFY(preview->isHidden());
        QVERIFY(!cost->isHidden());
        QVERIFY(!palette->isHidden());
        QCOMPARE(m_window->dockWidgetArea(findings), Qt::BottomDockWidgetArea);
        // Two keys in the settings, one per layout.
        QSettings settings;
        const QByteArray editing = settings.value(QStringLiteral("mainWindow/state")).toByteArray();
        const QByteArray reviewState = settings.value(QStringLiteral("mainWindow/reviewState")).toByteArray();
        QVERIFY(!editing.isEmpty());
        QVERIFY(!reviewState.isEmpty());
        QVERIFY(editing != reviewState);

        // Review again: as it was left (cost closed, preview there).
        press();
        QVERIFY(m_window->isReviewLayout());
        QVERIFY(cost->isHidden());
        QVERIFY(!preview->isHidden());
        QVERIFY(palette->isHidden());
        // Closed in the review layout: the next start opens in the editing one, preview away.
        QVERIFY(m_window->close());
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY(!second.isReviewLayout());
        QVERIFY(second.dock(MainWindow::Panel::Preview)->isHidden());
        QVERIFY(!second.dock(MainWindow::Panel::Cost)->isHidden());
        QVERIFY(!second.dock(MainWindow::Panel::Palette)->isHidden());
        second.setReviewLayout(true);
        QVERIFY(second.dock(MainWindow::Panel::Cost)->isHidden()); // the review layout's own state
        second.setReviewLayout(false);
        second.dock(MainWindow::Panel::Preview)->show();
        second.close();
        QSettings().remove(QStringLiteral("mainWindow/reviewState"));
        QSettings().remove(QStringLiteral("mainWindow/state"));
    }

    void autosaveWritesRecoveryFileWhileDirty()
    {
        RecoveryManager *recovery = m_window->recovery();
        recovery->autosave();
        QVERIFY(!QFile::exists(recovery->recoveryFile())); // clean: nothing to recover
        doc()->undoStack()->push(new RenameComponent(doc(), QStringLiteral("db"), QStringLiteral("Edited")));
        recovery->setInterval(50);
        QTRY_VERIFY(QFile::exists(recovery->recoveryFile()));
        QVERIFY(recovery->orphans().isEmpty()); // our own session is alive
        trigger("actionUndo");
        recovery->autosave();
        QVERIFY(!QFile::exists(recovery->recoveryFile()));
    }

    void panelsFillInAfterTheFirstFrame()
    {
        // The studio's start: the canvas shows the design before any panel is built; then the
        // visible docks get their panels, showing what a window that built them at once shows.
        MainWindow deferred(nullptr, MainWindow::PanelStart::AfterFirstFrame);
        deferred.documents()->setQuiet(true);
        deferred.documents()->setPromptAnswer(DocumentManager::Answer::Discard);
        QVERIFY(deferred.documents()->openFile(reference()));
        deferred.dock(MainWindow::Panel::Cost)->raise(); // the decisions tab behind it
        QVERIFY(!deferred.arePanelsSettled());
        QVERIFY(!deferred.findChild<CostPanel *>());
        bool framed = false;
        int panelsAtFirstFrame = -1;
        connect(deferred.canvas(), &CanvasWidget::firstFrameRendered, this, [&] {
            framed = true;
            panelsAtFirstFrame = int(deferred.findChildren<InspectorPanel *>().size() + deferred.findChildren<FindingsPanel *>().size()
                                     + deferred.findChildren<CostPanel *>().size() + deferred.findChildren<PreviewPanel *>().size()
                                     + deferred.findChildren<DecisionsPanel *>().size());
        });
        QSignalSpy settled(&deferred, &MainWindow::panelsSettled);
        deferred.resize(m_window->size());
        deferred.show();
        QVERIFY(QTest::qWaitForWindowExposed(&deferred));
        QTRY_VERIFY_WITH_TIMEOUT(deferred.arePanelsSettled(), 30000);
        QCOMPARE(settled.count(), 1);
        QVERIFY(framed);
        QCOMPARE(panelsAtFirstFrame, 0);
        for (MainWindow::Panel p : {MainWindow::Panel::Findings, MainWindow::Panel::Inspector, MainWindow::Panel::Cost, MainWindow::Panel::Preview})
            QVERIFY(deferred.hasPanel(p));
        QCOMPARE(firstDifference(panelContents(deferred), panelContents(*m_window)), QString());
        // …which is the design's: the preview's files are the emitter's, the totals the engine's.
        const Document *d = deferred.document();
        const EmittedFiles emitted = Emitter::emit(d->design(), d->derived(),
                                                   Emitter::Parts(Emitter::Part::Terraform) | Emitter::Part::Docs | Emitter::Part::Config);
        QVERIFY(deferred.findChild<PreviewPanel *>()->model()->files() == emitted);
        QCOMPARE(deferred.findChild<CostPanel *>()->scenario()->base().total.desired(), CostEngine().estimate(d->design()).total.desired());

        // The decisions tab waits until it is shown, then evaluates the design.
        QVERIFY(!deferred.hasPanel(MainWindow::Panel::Decisions));
        QVERIFY(!deferred.findChild<DecisionsPanel *>());
        deferred.dock(MainWindow::Panel::Decisions)->raise();
        QTRY_VERIFY(deferred.findChild<DecisionsPanel *>());
        QVERIFY(deferred.hasPanel(MainWindow::Panel::Decisions));
        const CostEngine costs;
        const std::vector<Decision> direct = DecisionEngine::evaluate(d->design(), &costs);
        const std::vector<Decision> &shown = deferred.findChild<DecisionsPanel *>()->decisions();
        QCOMPARE(shown.size(), direct.size());
        for (size_t i = 0; i < direct.size(); ++i) {
            QCOMPARE(shown[i].id, direct[i].id);
            QCOMPARE(shown[i].recommended, direct[i].recommended);
            QCOMPARE(shown[i].current, direct[i].current);
        }
        QCOMPARE(settled.count(), 1);
        deferred.close();
    }

    void editsWhileThePanelsWaitShowInThem()
    {
        // Edits, undo and redo before the first frame, at it, and with some panels built and
        // others still waiting: once settled, every panel shows the edited design, exactly as
        // the window that had its panels all along and saw the same edits.
        MainWindow deferred(nullptr, MainWindow::PanelStart::AfterFirstFrame);
        deferred.documents()->setQuiet(true);
        deferred.documents()->setPromptAnswer(DocumentManager::Answer::Discard);
        QVERIFY(deferred.documents()->openFile(reference()));
        Document *d = deferred.document();
        edit(d, 0);
        bool betweenPanels = false;
        connect(deferred.canvas(), &CanvasWidget::firstFrameRendered, this, [&] {
            edit(d, 1);
            // Queued behind the main window's first panel (the findings).
            QTimer::singleShot(0, this, [&] {
                betweenPanels = deferred.hasPanel(MainWindow::Panel::Findings) && !deferred.hasPanel(MainWindow::Panel::Cost)
                                && !deferred.hasPanel(MainWindow::Panel::Preview);
                edit(d, 2);
            });
        });
        deferred.resize(m_window->size());
        deferred.show();
        QTRY_VERIFY_WITH_TIMEOUT(deferred.arePanelsSettled(), 30000);
        QVERIFY(betweenPanels);
        QTest::qWait(100); // the preview's debounced refresh after the last edit, if any

        for (int step = 0; step < 3; ++step)
            edit(doc(), step);
        QTest::qWait(100);
        QVERIFY(d->design() == doc()->design());
        const QString shown = panelContents(deferred);
        QCOMPARE(firstDifference(shown, panelContents(*m_window)), QString());
        QVERIFY(shown.contains(QStringLiteral("Front web")));
        QVERIFY(d->undoStack()->canUndo());
        QCOMPARE(deferred.findChild<CostPanel *>()->scenario()->base().total.desired(), CostEngine().estimate(d->design()).total.desired());

        // Undo after the panels are there reaches them as before.
        d->undoStack()->undo();
        doc()->undoStack()->undo();
        QTest::qWait(100);
        QCOMPARE(firstDifference(panelContents(deferred), panelContents(*m_window)), QString());
        deferred.close();
    }

    // --smoke and --screenshot are run by scripts and CI: a design that cannot be opened must
    // end the process with an error on stderr, not wait on a modal "Cannot Open Design" box.
    void unattendedStartWithAnUnreadableDesignExitsWithTheError()
    {
        const QString app = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/infra-studio");
        QVERIFY2(QFile::exists(app), "infra-studio is not built next to the tests");
        QTemporaryDir dir, home;
        const QString missing = dir.filePath(QStringLiteral("missing.infra.yaml"));
        const QString broken = dir.filePath(QStringLiteral("broken.infra.yaml"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nname: [unclosed\n");
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("INFRA_STUDIO_RECOVERY_DIR"), home.filePath(QStringLiteral("recovery")));
        const QList<QStringList> runs{{QStringLiteral("--smoke"), missing},
                                      {QStringLiteral("--smoke"), broken},
                                      {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png")), broken}};
        for (const QStringList &args : runs) {
            QProcess studio;
            studio.setProcessEnvironment(env);
            studio.start(app, args);
            QVERIFY(studio.waitForStarted());
            const bool finished = studio.waitForFinished(60000);
            if (!finished) {
                studio.kill();
                studio.waitForFinished();
            }
            QVERIFY2(finished, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": still running after 60 s")));
            const QString err = QString::fromUtf8(studio.readAllStandardError());
            QCOMPARE(studio.exitStatus(), QProcess::NormalExit);
            QVERIFY2(studio.exitCode() == 1, qPrintable(QString::number(studio.exitCode()) + QLatin1Char(' ') + err));
            QVERIFY2(err.contains(QFileInfo(args.last()).fileName()), qPrintable(err));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("shot.png"))));
        }
        // The broken file's message names its line and column, as `check` does.
        QProcess studio;
        studio.setProcessEnvironment(env);
        studio.start(app, {QStringLiteral("--smoke"), broken});
        QVERIFY(studio.waitForFinished(60000));
        const QString err = QString::fromUtf8(studio.readAllStandardError());
        QVERIFY2(QRegularExpression(QStringLiteral("broken\\.infra\\.yaml:\\d+:\\d+: malformed YAML")).match(err).hasMatch(),
                 qPrintable(err));
    }

    void killedProcessLeavesRecoveryThatNextStartRestores()
    {
        const QString app = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/infra-studio");
        if (!QFile::exists(app))
            QSKIP("infra-studio is not built next to the tests");
        QTemporaryDir dir, home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("INFRA_STUDIO_RECOVERY_DIR"));

        QProcess crashing;
        crashing.setProcessEnvironment(env);
        crashing.start(app, {reference(), QStringLiteral("--test-edit"), QStringLiteral("--autosave-interval"), QStringLiteral("200"),
                             QStringLiteral("--recovery-dir"), dir.path()});
        QVERIFY(crashing.waitForStarted());
        const QStringList filter{QStringLiteral("session-*.infra.yaml")};
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir.path()).entryList(filter, QDir::Files).isEmpty(), 30000);
        crashing.kill();
        QVERIFY(crashing.waitForFinished());
        QCOMPARE(QDir(dir.path()).entryList(filter, QDir::Files).size(), 1);

        QProcess next;
        next.setProcessEnvironment(env);
        next.start(app, {QStringLiteral("--recovery"), QStringLiteral("restore"), QStringLiteral("--recovery-dir"), dir.path(),
                         QStringLiteral("--smoke")});
        QVERIFY(next.waitForFinished(60000));
        const QString out = QString::fromUtf8(next.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("components: 18")), qPrintable(out)); // 17 + the test edit
        QVERIFY2(out.contains(QStringLiteral("modified: yes")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("title: django-reference.infra.yaml*")), qPrintable(out));
        QVERIFY(QDir(dir.path()).entryList(filter, QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
