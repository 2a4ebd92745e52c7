// One cost estimate per document change, shared by every view (issue "Faster than Graphviz at
// its own job"): with the main window's canvas, inspector, findings, preview and cost panel
// alive, an edit prices the design once with line items, every consumer shows that estimate,
// the budget rule reads it too, and moves price nothing.
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "cost/costengine.h"
#include "document.h"
#include "documentmanager.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "sectioncommands.h"
#include "componentcommands.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Infra;

class TestSharedCost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_recoveryDir;
    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }
    InspectorPanel *inspector() const { return m_window->findChild<InspectorPanel *>(); }

    static quint64 lineItemEstimates() { return CostEngine::estimatesRun(CostEngine::Detail::LineItems); }

    // Lets the debounced views (preview, charts) catch up.
    static void settle()
    {
        QTest::qWait(400);
        QCoreApplication::processEvents();
    }

    static bool hasBudgetFinding(const DerivedModel &derived)
    {
        return std::any_of(derived.findings().cbegin(), derived.findings().cend(),
                           [](const Finding &f) { return f.ruleId == costOverBudgetRuleId(); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sharedcost"));
        qputenv("INFRA_STUDIO_RECOVERY_DIR", m_recoveryDir.path().toLocal8Bit());
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
        QVERIFY(inspector());
        doc()->setSelectedIds({QStringLiteral("web")});
        settle();
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
    }

    void anEditPricesTheDesignOnce()
    {
        const qint64 tasks = doc()->design().component(QStringLiteral("web"))->param(QStringLiteral("desired_tasks")).toLongLong();
        const quint64 before = lineItemEstimates();
        QVERIFY(inspector()->editParameter(QStringLiteral("desired_tasks"), tasks + 1));
        settle();
        // Inspector facts, canvas cost labels, the what-if base and the budget rule all read
        // the document's estimate: one estimate with line items for the whole edit.
        QCOMPARE(lineItemEstimates() - before, quint64(1));

        // …and it is the new design's estimate, not a stale one.
        const CostEstimate fresh = CostEngine().estimate(doc()->design());
        QCOMPARE(doc()->cost().total.desired(), fresh.total.desired());
        QVERIFY(doc()->derived().cost());
        QCOMPARE(doc()->derived().cost()->total.desired(), fresh.total.desired());

        // Undo prices the design once more, and the estimate is the old one again.
        const quint64 beforeUndo = lineItemEstimates();
        doc()->undoStack()->undo();
        settle();
        QCOMPARE(lineItemEstimates() - beforeUndo, quint64(1));
        QCOMPARE(doc()->cost().total.desired(), CostEngine().estimate(doc()->design()).total.desired());
    }

    void theBudgetRuleReadsTheSharedEstimate()
    {
        // A budget just below the estimate: the over-budget warning appears; raised above, it goes.
        const double total = doc()->cost().total.desired();
        QVERIFY(total > 100);
        auto *budget = new ChangeSectionValue(doc(), Section::Workload, QStringLiteral("monthly_budget_usd"), qint64(total) - 1);
        doc()->undoStack()->push(budget);
        QVERIFY(hasBudgetFinding(doc()->derived()));
        doc()->undoStack()->undo();
        auto *raised = new ChangeSectionValue(doc(), Section::Workload, QStringLiteral("monthly_budget_usd"), qint64(total) + 1);
        doc()->undoStack()->push(raised);
        const auto &fs = doc()->derived().findings();
        QVERIFY(std::none_of(fs.cbegin(), fs.cend(), [](const Finding &f) {
            return f.ruleId == costOverBudgetRuleId() && f.severity == Finding::Severity::Warning;
        }));
    }

    void movesPriceNothingAndRenamesReprice()
    {
        settle();
        const quint64 before = lineItemEstimates();
        const QPointF p = doc()->design().component(QStringLiteral("web"))->position;
        doc()->undoStack()->push(new MoveComponents(doc(), {{QStringLiteral("web"), p + QPointF(40, 40)}}));
        settle();
        QCOMPARE(lineItemEstimates() - before, quint64(0));

        doc()->undoStack()->push(new RenameComponent(doc(), QStringLiteral("web"), QStringLiteral("Front web")));
        settle();
        const ComponentCost *web = doc()->cost().component(QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->name, QStringLiteral("Front web"));
        // One estimate for the rename, shared with the preview's re-emitted documents.
        QCOMPARE(lineItemEstimates() - before, quint64(1));
    }
};

QTEST_MAIN(TestSharedCost)
#include "tst_sharedcost.moc"
