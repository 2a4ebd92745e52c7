// The cost dock's saved scenarios driven through real input events (offscreen): the what-if
// saved under a typed name (one undo step, in the design), loaded back into the sliders,
// renamed with F2, left out of the comparison with Space, deleted; the side-by-side table
// against figures worked out from the line items.
#include "costpanel.h"
#include "document.h"
#include "scenariocommands.h"
#include "scenariocomparisonmodel.h"
#include "scenariopanel.h"
#include "whatifscenario.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Infra;

class TestScenarioPanel : public QObject
{
    Q_OBJECT

    static void load(Document &doc)
    {
        QStringList errors;
        QVERIFY2(doc.load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }
    // Clicks the centre of a list row (selects it).
    static void clickRow(QListWidget *list, int row)
    {
        const QRect r = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
    }
    // Types a name and presses Enter in the panel's name field.
    static void saveAs(ScenarioPanel *panel, const QString &name)
    {
        QTest::mouseClick(panel->nameEdit(), Qt::LeftButton);
        QTest::keyClicks(panel->nameEdit(), name);
        QTest::keyClick(panel->nameEdit(), Qt::Key_Return);
    }

private Q_SLOTS:
    void saveLoadRenameDelete();
    void comparisonSideBySide();
    void staleScenarioSaysWhy();
};

void TestScenarioPanel::saveLoadRenameDelete()
{
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    cost.resize(1100, 320);
    cost.show();
    cost.showSavedScenarios();
    QVERIFY(QTest::qWaitForWindowExposed(&cost));
    ScenarioPanel *panel = cost.savedScenarios();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->saveButton()->isEnabled()); // nothing to save while the what-if is the design
    const int steps = doc.undoStack()->count();

    // Page Up (5 tasks) and Right (1) on the web slider: 5 + 5 + 1 = 11.
    QSlider *web = cost.slider(QStringLiteral("web"));
    QVERIFY(web);
    web->setFocus();
    QTest::keyClick(web, Qt::Key_PageUp);
    QTest::keyClick(web, Qt::Key_Right);
    QCOMPARE(web->value(), 11);
    QVERIFY(panel->saveButton()->isEnabled());

    saveAs(panel, QStringLiteral("eleven web"));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.design().scenarios().size(), 1);
    const SavedScenario *saved = doc.design().scenario(QStringLiteral("eleven web"));
    QVERIFY(saved);
    QCOMPARE(saved->overrides, QStringList{QStringLiteral("web.desired_tasks=11")});
    QCOMPARE(doc.design().component(QStringLiteral("web"))->intParam(QStringLiteral("desired_tasks")), 5); // the design itself unchanged
    QCOMPARE(panel->list()->count(), 1);
    QVERIFY(panel->nameEdit()->text().isEmpty());

    // A second one: Multi-AZ off, clicked; saved under the suggested name (empty field, button).
    cost.resetButton()->click();
    QCOMPARE(web->value(), 5);
    auto *multiAz = cost.findChild<QCheckBox *>();
    for (QCheckBox *box : cost.findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("Multi-AZ")))
            multiAz = box;
    }
    QVERIFY(multiAz && multiAz->isChecked());
    QTest::mouseClick(multiAz, Qt::LeftButton, {}, QPoint(6, multiAz->height() / 2));
    QVERIFY(!multiAz->isChecked());
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QCOMPARE(doc.design().scenarios().size(), 2);
    QCOMPARE(doc.design().scenarios().at(1).name, QStringLiteral("Scenario 2"));
    QCOMPARE(doc.design().scenarios().at(1).overrides, QStringList{QStringLiteral("db.multi_az=false")});

    // Load the first into the sliders: the what-if changes, the design does not.
    clickRow(panel->list(), 0);
    QTest::mouseClick(panel->loadButton(), Qt::LeftButton);
    QCOMPARE(web->value(), 11);
    QVERIFY(multiAz->isChecked());
    QCOMPARE(cost.scenario()->overrideTexts(), QStringList{QStringLiteral("web.desired_tasks=11")});
    QVERIFY(cost.totalsText().contains(QStringLiteral("What-if")));
    QCOMPARE(doc.undoStack()->count(), steps + 2);

    // Rename in place: F2, the new name, Enter. One undo step; a name taken is refused beside the list.
    clickRow(panel->list(), 1);
    QTest::keyClick(panel->list()->viewport(), Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("eleven web"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(panel->message().contains(QStringLiteral("already")));
    QCOMPARE(doc.design().scenarios().at(1).name, QStringLiteral("Scenario 2"));
    QCOMPARE(panel->list()->item(1)->text(), QStringLiteral("Scenario 2"));

    clickRow(panel->list(), 1);
    QTest::keyClick(panel->list()->viewport(), Qt::Key_F2);
    editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("single-AZ db"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc.design().scenarios().at(1).name, QStringLiteral("single-AZ db"));
    QCOMPARE(doc.undoStack()->count(), steps + 3);
    QCOMPARE(panel->list()->item(1)->text(), QStringLiteral("single-AZ db"));
    QVERIFY(panel->message().isEmpty());

    // Delete the first; undo brings it back, in its place.
    clickRow(panel->list(), 0);
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    QCOMPARE(doc.design().scenarios().size(), 1);
    QCOMPARE(panel->list()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().scenarios().size(), 2);
    QCOMPARE(doc.design().scenarios().at(0).name, QStringLiteral("eleven web"));
    doc.undoStack()->undo(); // the rename
    QCOMPARE(doc.design().scenarios().at(1).name, QStringLiteral("Scenario 2"));
    QCOMPARE(panel->list()->item(1)->text(), QStringLiteral("Scenario 2"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.design().scenarios().isEmpty());
    QCOMPARE(panel->list()->count(), 0);
    QCOMPARE(doc.undoStack()->count(), steps + 4); // undone, still on the stack for redo
    QCOMPARE(doc.undoStack()->index(), steps);
}

void TestScenarioPanel::comparisonSideBySide()
{
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    cost.resize(1100, 320);
    cost.show();
    cost.showSavedScenarios();
    QVERIFY(QTest::qWaitForWindowExposed(&cost));
    ScenarioPanel *panel = cost.savedScenarios();
    ScenarioComparisonModel *model = panel->comparison();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSlider *web = cost.slider(QStringLiteral("web"));
    web->setFocus();
    QTest::keyClick(web, Qt::Key_PageUp); // 5 → 10
    QCOMPARE(web->value(), 10);
    saveAs(panel, QStringLiteral("ten web"));
    QSlider *traffic = cost.slider(QStringLiteral("traffic"));
    QVERIFY(traffic);
    QCOMPARE(traffic->value(), 50); // the reference's 50 req/s
    traffic->setFocus();
    QTest::keyClick(traffic, Qt::Key_PageUp); // 50 → 60 req/s (and the peak in proportion), on top of ten web tasks
    QCOMPARE(traffic->value(), 60);
    saveAs(panel, QStringLiteral("ten web, more CDN"));
    QCOMPARE(doc.design().scenarios().size(), 2);

    // Design, then each scenario and its change.
    QTRY_COMPARE(model->columnCount(), 3 + 2 * 2);
    QCOMPARE(model->headerData(ScenarioComparisonModel::amountColumn(0), Qt::Horizontal).toString(), QStringLiteral("ten web"));
    QCOMPARE(model->headerData(ScenarioComparisonModel::deltaColumn(1), Qt::Horizontal).toString(), QStringLiteral("Δ ten web, more CDN"));
    const ScenarioComparison &c = model->comparison();
    const double design = c.columns[0].estimate.total.desired();
    QCOMPARE(design, cost.scenario()->base().total.desired());

    // The web's vCPU line: the design's at 5 tasks, doubled at 10 in both scenarios.
    const int vcpu = model->rowOf(QStringLiteral("web"), QStringLiteral("vcpu"));
    QVERIFY(vcpu > 0);
    const CostEstimate &base = cost.scenario()->base();
    const double webVcpu = base.item(QStringLiteral("web"), QStringLiteral("vcpu"))->amount.desired();
    QVERIFY(webVcpu > 0);
    QCOMPARE(model->index(vcpu, ScenarioComparisonModel::deltaColumn(0)).data(ScenarioComparisonModel::DeltaRole).toDouble(), webVcpu);
    QCOMPARE(model->index(vcpu, ScenarioComparisonModel::deltaColumn(1)).data(ScenarioComparisonModel::DeltaRole).toDouble(), webVcpu);
    // The totals' changes are the sums of the line changes; the traffic changes the second's.
    for (int s = 0; s < 2; ++s) {
        double sum = 0;
        for (const ScenarioComparison::Line &l : c.lines)
            sum += c.lineDelta(l, size_t(s + 1));
        QVERIFY(qAbs(model->index(0, ScenarioComparisonModel::deltaColumn(s)).data(ScenarioComparisonModel::DeltaRole).toDouble() - sum) < 0.005);
    }
    QVERIFY(qAbs(c.delta(2) - c.delta(1)) > 1);
    QCOMPARE(model->index(0, ScenarioComparisonModel::ComponentColumn).data().toString(), QStringLiteral("Total"));
    QVERIFY(model->index(0, ScenarioComparisonModel::deltaColumn(0)).data().toString().startsWith(QLatin1Char('+')));

    // Changed lines only (the default): every row but the total changes in some scenario; untick to see all.
    const int changedRows = model->rowCount();
    QVERIFY(changedRows > 2);
    QVERIFY(changedRows < int(c.lines.size()) + 1);
    QTest::mouseClick(panel->changedOnlyBox(), Qt::LeftButton, {}, QPoint(6, panel->changedOnlyBox()->height() / 2));
    QCOMPARE(model->rowCount(), int(c.lines.size()) + 1);

    // Space on the second scenario leaves it out of the comparison.
    clickRow(panel->list(), 1);
    QTest::keyClick(panel->list()->viewport(), Qt::Key_Space);
    QCOMPARE(panel->list()->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(model->columnCount(), 3 + 2);

    // An edit of the design re-prices every column: the design's web at 10 tasks, so the first
    // scenario no longer changes the vCPU line.
    QSlider *webAgain = cost.slider(QStringLiteral("web"));
    webAgain->setFocus();
    QTest::keyClick(webAgain, Qt::Key_PageUp);
    cost.applyButton()->click(); // 15 tasks applied to the design
    QTRY_VERIFY(model->comparison().columns[0].estimate.total.desired() > design + 1);
    QVERIFY(model->comparison().delta(1) < 0); // ten web tasks now cost less than the design's fifteen
}

void TestScenarioPanel::staleScenarioSaysWhy()
{
    // A scenario naming a component that was deleted: its column says it does not apply, and
    // loading it says why next to the list.
    Document doc;
    load(doc);
    QList<SavedScenario> list{{QStringLiteral("gone"), {QStringLiteral("nosuch.desired_tasks=3")}}};
    doc.undoStack()->push(new ChangeScenarios(&doc, list, QStringLiteral("Set Scenarios")));
    QCOMPARE(doc.design().scenarios(), list);
    CostPanel cost(&doc);
    cost.resize(1100, 320);
    cost.show();
    cost.showSavedScenarios();
    QVERIFY(QTest::qWaitForWindowExposed(&cost));
    ScenarioPanel *panel = cost.savedScenarios();
    QTRY_COMPARE(panel->list()->count(), 1);
    QTRY_COMPARE(panel->comparison()->columnCount(), 5);
    QCOMPARE(panel->comparison()->index(0, ScenarioComparisonModel::amountColumn(0)).data().toString(), QStringLiteral("does not apply"));
    clickRow(panel->list(), 0);
    QTest::mouseClick(panel->loadButton(), Qt::LeftButton);
    QVERIFY2(panel->message().contains(QStringLiteral("nosuch")), qPrintable(panel->message()));
    QVERIFY(cost.scenario()->overrideTexts().isEmpty());
}

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
