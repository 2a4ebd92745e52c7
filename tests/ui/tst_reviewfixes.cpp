// What a reviewer hits first (issue 18, "Fixes"), each driven through the main window with
// real key and mouse events, offscreen: the budget finding after a what-if Apply and gone on
// Undo, the exported overview's budget verdict, the standard shortcuts with their common
// alternatives, the status bar's "saved" feedback and components added in view.
#include "canvascontroller.h"
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
#include <QLocale>
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
    // (budget 1,500 USD, 1,340.44 USD at desired scale, 2,277.61 USD at maximum) shows the
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
};

QTEST_MAIN(TestReviewFixes)
#include "tst_reviewfixes.moc"
