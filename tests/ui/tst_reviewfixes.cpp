// What a reviewer hits first (issue 18, "Fixes"), each driven through the main window with
// real key and mouse events, offscreen: the budget finding after a what-if Apply and gone on
// Undo, the exported overview's budget verdict, the standard shortcuts with their common
// alternatives, the status bar's "saved" feedback and components added in view.
#include "canvascontroller.h"
#include "canvassearch.h"
#include "celeryrouteseditor.h"
#include "canvaswidget.h"
#include "costpanel.h"
#include "diagramscene.h"
#include "document.h"
#include "documentmanager.h"
#include "exportdialog.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "inspectorpanel.h"
#include "lineitemsmodel.h"
#include "mainwindow.h"
#include "palettemodel.h"
#include "palettewidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QPushButton>
#include <QQuickWidget>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Infra;

class TestReviewFixes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }
    CanvasController *canvas() const { return m_window->canvas()->controller(); }
    QWidget *canvasWidget() const { return m_window->canvas()->quickWidget(); }

    // The budget findings the findings dock lists, by severity.
    QList<Finding::Severity> budgetFindings() const
    {
        auto *panel = m_window->findChild<FindingsPanel *>();
        QList<Finding::Severity> out;
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            if (panel->model()->finding(row).ruleId == costOverBudgetRuleId())
                out.append(panel->model()->finding(row).severity);
        }
        return out;
    }

    QString overview() const
    {
        const EmittedFiles files = ExportDialog::filesFor(doc()->design(), doc()->derived(), Emitter::Part::Docs);
        for (const EmittedFile &f : files) {
            if (f.path == QLatin1String("docs/architecture/overview.md"))
                return QString::fromUtf8(f.content);
        }
        return {};
    }

    // The overview's review row "Cost estimate is within budget": its status column.
    static QString budgetVerdict(const QString &overview)
    {
        for (const QString &line : overview.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("| Cost estimate is within budget |")))
                return line.section(QLatin1Char('|'), 2, 2).trimmed();
        }
        return {};
    }

    QStringList routeTasks() const
    {
        QStringList tasks;
        for (const CeleryRoute &r : doc()->design().routes())
            tasks.append(r.task);
        return tasks;
    }

    bool hasFinding(const char *rule) const
    {
        for (const Finding &f : doc()->derived().findings()) {
            if (f.ruleId == QLatin1String(rule))
                return true;
        }
        return false;
    }

    static void clickCell(QTableWidget *table, int row, int column)
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, column)).center());
    }

    // Escape on the canvas: nothing selected, so the inspector shows the design's sections
    // and the Celery routes.
    CeleryRoutesEditor *showRoutes()
    {
        canvasWidget()->setFocus(Qt::TabFocusReason);
        press(canvasWidget(), Qt::Key_Escape);
        if (!doc()->selectedIds().isEmpty())
            return nullptr;
        QDockWidget *inspector = m_window->dock(MainWindow::Panel::Inspector);
        inspector->show();
        inspector->raise();
        return inspector->findChild<CeleryRoutesEditor *>();
    }

    void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, key, modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reviewfixes"));
        qputenv("INFRA_STUDIO_RECOVERY_DIR", m_dir.filePath(QStringLiteral("recovery")).toLocal8Bit());
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->documents()->setQuiet(true);
        m_window->documents()->setPromptAnswer(DocumentManager::Answer::Discard);
        QVERIFY(m_window->documents()->openFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml")));
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
    }

    // The studio derives with the same standard rules as the CLI: the reference design
    // (budget 2,500 USD, 1,972.61 USD at desired scale, 2,909.78 USD at maximum) shows the
    // info finding at once; raising the web tasks with the slider (End: 40 tasks, each
    // 1 vCPU / 2 GiB) and clicking Apply breaks the budget at desired scale, Ctrl+Z takes it back.
    void budgetFindingFollowsApplyAndUndo()
    {
        QCOMPARE(budgetFindings(), QList<Finding::Severity>{Finding::Severity::Info});
        QCOMPARE(budgetVerdict(overview()), QStringLiteral("passed"));

        QDockWidget *costDock = m_window->dock(MainWindow::Panel::Cost);
        costDock->show();
        costDock->raise();
        auto *cost = m_window->findChild<CostPanel *>();
        QVERIFY(cost);
        QSlider *web = cost->slider(QStringLiteral("web"));
        QVERIFY(web);
        web->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(web->hasFocus());
        press(web, Qt::Key_End);
        QCOMPARE(web->value(), 40);
        // A what-if changes nothing in the design, so no finding yet.
        QCOMPARE(budgetFindings(), QList<Finding::Severity>{Finding::Severity::Info});
        QVERIFY(cost->applyButton()->isEnabled());
        QTest::mouseClick(cost->applyButton(), Qt::LeftButton);
        QCOMPARE(doc()->design().component(QStringLiteral("web"))->intParam(QStringLiteral("desired_tasks")), 40);
        QCOMPARE(budgetFindings(), QList<Finding::Severity>{Finding::Severity::Warning});
        QCOMPARE(budgetVerdict(overview()), QStringLiteral("**failed**"));

        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->design().component(QStringLiteral("web"))->intParam(QStringLiteral("desired_tasks")), 5);
        QCOMPARE(budgetFindings(), QList<Finding::Severity>{Finding::Severity::Info});
        QCOMPARE(budgetVerdict(overview()), QStringLiteral("passed"));
    }

    // Ctrl+= zooms in as Ctrl++ does (keyboards where '+' needs Shift), Ctrl+Y and
    // Ctrl+Shift+Z both redo, Save As has a shortcut on every platform.
    void standardShortcutsWithAlternatives()
    {
        canvasWidget()->setFocus(Qt::TabFocusReason);
        const qreal zoom = canvas()->zoom();
        press(canvasWidget(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY2(canvas()->zoom() > zoom, qPrintable(QString::number(canvas()->zoom())));
        const qreal zoomed = canvas()->zoom();
        press(canvasWidget(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(canvas()->zoom() < zoomed);

        doc()->setSelectedIds({QStringLiteral("beat")});
        press(canvasWidget(), Qt::Key_Delete);
        QVERIFY(!doc()->design().component(QStringLiteral("beat")));
        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc()->design().component(QStringLiteral("beat")));
        press(canvasWidget(), Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(!doc()->design().component(QStringLiteral("beat")));
        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc()->design().component(QStringLiteral("beat")));
        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!doc()->design().component(QStringLiteral("beat")));

        const QList<QKeySequence> saveAs = m_window->action(QStringLiteral("actionSaveAs"))->shortcuts();
        QVERIFY(saveAs.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        // The platform's own binding stays the first, the one menus show.
        if (!QKeySequence::keyBindings(QKeySequence::Redo).isEmpty())
            QCOMPARE(m_window->action(QStringLiteral("actionRedo"))->shortcut(), QKeySequence::keyBindings(QKeySequence::Redo).first());
    }

    // Ctrl+S: the status bar says where and when the design was saved.
    void saveShowsFeedbackInTheStatusBar()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("saved.infra.yaml"));
        QVERIFY(doc()->save(path, &error));
        doc()->setSelectedIds({QStringLiteral("beat")});
        canvasWidget()->setFocus(Qt::TabFocusReason);
        press(canvasWidget(), Qt::Key_Delete);
        QVERIFY(doc()->isModified());
        QVERIFY(!m_window->statusBar()->currentMessage().startsWith(QLatin1String("Saved")));
        press(canvasWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!doc()->isModified());
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved %1 at ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    // Fitted to the view the reference design fills the canvas; Enter on palette entries
    // still adds each component wholly inside the visible area, none on top of another.
    void paletteEnterAddsInsideTheView()
    {
        canvasWidget()->setFocus(Qt::TabFocusReason);
        press(canvasWidget(), Qt::Key_9, Qt::ControlModifier);
        auto *palette = m_window->findChild<PaletteWidget *>();
        palette->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(palette->hasFocus());
        press(palette, Qt::Key_Home);
        const QRectF view = canvas()->viewport();
        QVERIFY(!view.isEmpty());
        QStringList added;
        for (int i = 0; i < 6; ++i) {
            press(palette, Qt::Key_Return);
            QCOMPARE(doc()->selectedIds().size(), 1);
            const QString id = doc()->selectedIds().first();
            QVERIFY(!added.contains(id));
            const QRectF scene = canvas()->scene().nodeRect(id);
            const QRectF inView(canvas()->toView(scene.topLeft()), canvas()->toView(scene.bottomRight()));
            QVERIFY2(view.contains(inView), qPrintable(QStringLiteral("%1: %2,%3 %4x%5 outside %6x%7")
                                                           .arg(id).arg(inView.x()).arg(inView.y()).arg(inView.width())
                                                           .arg(inView.height()).arg(view.width()).arg(view.height())));
            for (const QString &other : std::as_const(added))
                QVERIFY(!scene.intersects(canvas()->scene().nodeRect(other)));
            added.append(id);
        }
    }

    // Ctrl+N: an empty design still costs the VPC networking, and the cost view says so.
    void emptyDesignExplainsItsBaseCost()
    {
        auto *cost = m_window->findChild<CostPanel *>();
        QVERIFY(!cost->totalsText().contains(QLatin1String("No components yet")));
        canvasWidget()->setFocus(Qt::TabFocusReason);
        press(canvasWidget(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(doc()->design().components().empty());
        QVERIFY2(cost->totalsText().contains(QLatin1String("No components yet")), qPrintable(cost->totalsText()));
        QVERIFY(cost->totalsText().contains(QLatin1String("VPC networking every design pays for (NAT gateway")));
    }

    // The reference's static and media buckets share the workload's 100 GB; a third empty
    // bucket (palette → Enter, role static by default) lowers their share, and the note and
    // the new "two static buckets" finding say why.
    void emptyBucketExplainsSharedStorage()
    {
        auto *cost = m_window->findChild<CostPanel *>();
        QVERIFY2(cost->totalsText().contains(QLatin1String("2 static/media buckets without storage_gb share the workload's 100 GB")),
                 qPrintable(cost->totalsText()));
        auto *palette = m_window->findChild<PaletteWidget *>();
        palette->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(palette->hasFocus());
        const QModelIndexList bucket = palette->model()->match(palette->model()->index(0, 0), PaletteModel::KindRole, QStringLiteral("s3_bucket"));
        QCOMPARE(bucket.size(), 1);
        palette->setCurrentIndex(bucket.first());
        press(palette, Qt::Key_Return);
        QVERIFY(cost->totalsText().contains(QLatin1String("3 static/media buckets without storage_gb share the workload's 100 GB")));
        auto *findings = m_window->findChild<FindingsPanel *>();
        bool duplicate = false;
        for (int row = 0; row < findings->model()->rowCount(); ++row)
            duplicate |= findings->model()->finding(row).ruleId == QLatin1String("s3-static-duplicate");
        QVERIFY(duplicate);
    }

    // Line items: a price per batch reads "500 × 10,000 requests", never "500.0 10,000
    // requests"; the CPU editor's unit is "CPU units" (1024 = 1 vCPU), not "vCPU units".
    void unitsReadClearly()
    {
        auto *cost = m_window->findChild<CostPanel *>();
        LineItemsModel *items = cost->lineItems();
        bool sawBatch = false;
        for (int row = 0; row < items->rowCount(); ++row) {
            const QString q = items->index(row, LineItemsModel::QuantityColumn).data().toString();
            QVERIFY2(!q.contains(QLatin1String(".0 ")), qPrintable(q));
            if (q.contains(QLatin1String("10,000 requests"))) {
                sawBatch = true;
                QVERIFY2(q.contains(QStringLiteral(" × 10,000 requests")), qPrintable(q));
            }
        }
        QVERIFY(sawBatch);

        doc()->setSelectedIds({QStringLiteral("web")});
        auto *inspector = m_window->findChild<InspectorPanel *>();
        QWidget *cpu = inspector->editor(QStringLiteral("cpu"));
        QVERIFY(cpu);
        QVERIFY2(cpu->toolTip().contains(QLatin1String("CPU units")), qPrintable(cpu->toolTip()));
        QVERIFY2(!cpu->toolTip().contains(QLatin1String("vCPU units")), qPrintable(cpu->toolTip()));
    }

    // The routes table in the inspector: the playbook's six routes in order; Move Up/Down,
    // Add and Remove are named undo steps; a queue name with a space is refused beside the
    // table and the cell shows the stored value again.
    void celeryRoutesEditor()
    {
        CeleryRoutesEditor *editor = showRoutes();
        QVERIFY(editor);
        QTableWidget *table = editor->table();
        const QStringList playbook = routeTasks();
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(5, 0)->text(), QStringLiteral("myapp.tasks.*")); // the catch-all last

        clickCell(table, 5, 0);
        QCOMPARE(table->currentRow(), 5);
        auto *up = editor->findChild<QPushButton *>(QStringLiteral("moveRouteUp"));
        auto *down = editor->findChild<QPushButton *>(QStringLiteral("moveRouteDown"));
        QVERIFY(up->isEnabled());
        QVERIFY(!down->isEnabled()); // the last row
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(routeTasks().at(4), QStringLiteral("myapp.tasks.*"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Move Celery Route Up"));
        QCOMPARE(table->currentRow(), 4); // the moved route stays selected
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(routeTasks(), playbook);
        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(routeTasks(), playbook);
        QCOMPARE(table->item(5, 0)->text(), QStringLiteral("myapp.tasks.*"));

        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addRoute")), Qt::LeftButton);
        QCOMPARE(doc()->design().routes().size(), 7);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Add Celery Route"));
        QCOMPARE(doc()->design().routes().last().queue, QStringLiteral("default"));
        // The new route's pattern is open for typing: replace it.
        auto *line = table->findChild<QLineEdit *>();
        QVERIFY2(line, qPrintable(QStringLiteral("state %1 visible %2 current %3 focus %4 flags %5")
                                      .arg(0)
                                      .arg(table->isVisible())
                                      .arg(table->currentRow())
                                      .arg(QApplication::focusWidget() ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()) : QString())
                                      .arg(int(table->item(6, 0)->flags()))));
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("myapp.tasks.resize_image"));
        press(line, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(doc()->design().routes().last().task, QStringLiteral("myapp.tasks.resize_image"));
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Edit Celery Route"));

        // A queue name with a space: refused, the reason shown, the cell restored.
        clickCell(table, 6, 1);
        press(table, Qt::Key_F2);
        line = table->findChild<QLineEdit *>();
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("image queue"));
        press(line, Qt::Key_Return);
        QTRY_VERIFY(!editor->warning().isEmpty());
        QCOMPARE(doc()->design().routes().last().queue, QStringLiteral("default"));
        QCOMPARE(table->item(6, 1)->text(), QStringLiteral("default"));
        QCOMPARE(editor->warning(), QStringLiteral("'image queue' is not a queue name: letters, digits, '.', '_' and '-' only"));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("celeryRoutesWarning"))->isVisible());

        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("removeRoute")), Qt::LeftButton);
        QCOMPARE(doc()->design().routes().size(), 6);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Remove Celery Route"));
        QVERIFY(editor->warning().isEmpty());
        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(table->rowCount(), 7);
    }

    // The reference's top warning ("Route 'myapp.tasks.cleanup_*' → scheduled is never used")
    // has a Fix button: one click moves the route above 'myapp.tasks.*', the finding goes,
    // Ctrl+Z brings both back. A finding whose fix needs a choice offers none.
    void quickFixMovesTheShadowedRoute()
    {
        // The reference keeps its catch-all last (issue 13); moving it up one row, as the
        // playbook's order had it, shadows 'myapp.tasks.cleanup_*'.
        QVERIFY(!hasFinding("celery-route-shadowed"));
        CeleryRoutesEditor *editor = showRoutes();
        QVERIFY(editor);
        clickCell(editor->table(), 5, 0);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("moveRouteUp")), Qt::LeftButton);
        QCOMPARE(routeTasks().indexOf(QStringLiteral("myapp.tasks.*")), 4);
        QVERIFY(hasFinding("celery-route-shadowed"));
        auto *panel = m_window->findChild<FindingsPanel *>();
        QTreeView *view = panel->view();
        int shadowed = -1, noFix = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString rule = view->model()->index(row, FindingsModel::RuleColumn).data().toString();
            if (rule == QLatin1String("celery-route-shadowed"))
                shadowed = row;
            else if (rule == QLatin1String("cost-over-budget"))
                noFix = row;
        }
        QVERIFY(shadowed >= 0);
        QVERIFY(noFix >= 0);
        view->scrollTo(view->model()->index(noFix, FindingsModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(noFix, FindingsModel::MessageColumn)).center());
        QVERIFY(!panel->fixButton()->isEnabled());
        view->scrollTo(view->model()->index(shadowed, FindingsModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(shadowed, FindingsModel::MessageColumn)).center());
        QVERIFY(panel->fixButton()->isEnabled());
        QCOMPARE(panel->fixButton()->toolTip(), QStringLiteral("Move route 'myapp.tasks.cleanup_*' above 'myapp.tasks.*'"));
        QTest::mouseClick(panel->fixButton(), Qt::LeftButton);
        QVERIFY(!hasFinding("celery-route-shadowed"));
        QCOMPARE(routeTasks().indexOf(QStringLiteral("myapp.tasks.cleanup_*")), 4);
        QCOMPARE(routeTasks().indexOf(QStringLiteral("myapp.tasks.*")), 5);
        // One row apart, the fix is the same step as Move Up in the routes editor.
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Move Celery Route Up"));
        QCOMPARE(doc()->undoStack()->index(), 2); // the setup's move and the fix
        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(hasFinding("celery-route-shadowed"));
        QCOMPARE(routeTasks().indexOf(QStringLiteral("myapp.tasks.*")), 4);
    }

    // 2048 CPU units with the web's 2048 MiB is no Fargate size: the reason appears under the
    // CPU field (in view), and Ctrl+Z of the edit before it clears it. An accepted edit keeps
    // the inspector where it was scrolled.
    void refusalAtTheFieldClearedOnUndoAndScrollKept()
    {
        doc()->setSelectedIds({QStringLiteral("web")});
        QDockWidget *dock = m_window->dock(MainWindow::Panel::Inspector);
        dock->show();
        dock->raise();
        auto *inspector = m_window->findChild<InspectorPanel *>();
        auto *desired = qobject_cast<QSpinBox *>(inspector->editor(QStringLiteral("desired_tasks")));
        QVERIFY(desired);
        press(desired, Qt::Key_Up);
        QCOMPARE(doc()->design().component(QStringLiteral("web"))->intParam(QStringLiteral("desired_tasks")), 6);

        auto *cpu = qobject_cast<QComboBox *>(inspector->editor(QStringLiteral("cpu")));
        QVERIFY(cpu);
        QCOMPARE(cpu->currentText(), QStringLiteral("1024 CPU units"));
        press(cpu, Qt::Key_Down);
        QCOMPARE(doc()->design().component(QStringLiteral("web"))->intParam(QStringLiteral("cpu")), 1024);
        QCOMPARE(cpu->currentText(), QStringLiteral("1024 CPU units"));
        const QString reason = inspector->refusalAt(QStringLiteral("cpu"));
        QVERIFY2(reason.contains(QLatin1String("2048")), qPrintable(reason));
        QVERIFY(inspector->findChild<QLabel *>(QStringLiteral("cpuRefusal"))->isVisible());
        QVERIFY(inspector->refusalAt(QStringLiteral("memory")).isEmpty());

        press(canvasWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->design().component(QStringLiteral("web"))->intParam(QStringLiteral("desired_tasks")), 5);
        QVERIFY(inspector->refusalAt(QStringLiteral("cpu")).isEmpty());
        QVERIFY(inspector->warning().isEmpty());

        // Scrolled down to the last editor, an edit there leaves the view where it was.
        m_window->resizeDocks({dock}, {260}, Qt::Vertical);
        auto *scroll = inspector->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QScrollBar *bar = scroll->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QSpinBox *last = nullptr;
        for (QSpinBox *spin : scroll->widget()->findChildren<QSpinBox *>()) {
            if (!last || spin->mapTo(scroll->widget(), QPoint()).y() > last->mapTo(scroll->widget(), QPoint()).y())
                last = spin;
        }
        QVERIFY(last);
        scroll->ensureWidgetVisible(last);
        const int at = bar->value();
        QVERIFY(at > 0);
        const int steps = doc()->undoStack()->index();
        press(last, Qt::Key_Up);
        QCOMPARE(doc()->undoStack()->index(), steps + 1);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), at);
    }

    // Ctrl+F on the canvas: the find bar; typing selects every match (by kind here), Enter
    // steps to the next and centres it, an id finds exactly one, Escape returns to the canvas.
    void canvasSearch()
    {
        canvasWidget()->setFocus(Qt::TabFocusReason);
        press(canvasWidget(), Qt::Key_F, Qt::ControlModifier);
        auto *bar = m_window->findChild<CanvasSearch *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QLineEdit *field = bar->field();
        QTest::keyClicks(field, QStringLiteral("ecs worker"));
        const QStringList workers = {QStringLiteral("worker-high"), QStringLiteral("worker-default"), QStringLiteral("worker-long"),
                                     QStringLiteral("worker-scheduled")};
        QCOMPARE(doc()->selectedIds(), workers);
        press(field, Qt::Key_Return);
        QCOMPARE(doc()->selectedIds(), QStringList{QStringLiteral("worker-default")});
        // Centred: the node's centre is the view's centre.
        const QRectF node = canvas()->scene().nodeRect(QStringLiteral("worker-default"));
        const QPointF centre = canvas()->toView(node.center());
        QVERIFY(qAbs(centre.x() - canvas()->viewport().center().x()) < 1);
        QVERIFY(qAbs(centre.y() - canvas()->viewport().center().y()) < 1);

        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("PGBOUNCER"));
        QCOMPARE(doc()->selectedIds(), QStringList{QStringLiteral("pgbouncer")});
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("Media uploads")); // a name
        QCOMPARE(doc()->selectedIds(), QStringList{QStringLiteral("media")});
        press(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(CanvasSearch::matches(doc()->design(), QStringLiteral("nothing like it")), QStringList());
    }
};

QTEST_MAIN(TestReviewFixes)
#include "tst_reviewfixes.moc"
