// The side panels on the reference design: inspector edits (cost, preview, undo, refused
// cross-parameter edits), the what-if scenario and its one-step apply, findings selecting
// their component, the live preview (scroll position, changed lines, resource jump) and
// QAbstractItemModelTester on every item model behind a dock.
#include "componentcommands.h"
#include "costcharts.h"
#include "costpanel.h"
#include "document.h"
#include "emittedfilesmodel.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "inspectorpanel.h"
#include "lineitemsmodel.h"
#include "nodemodel.h"
#include "previewpanel.h"
#include "whatifscenario.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include "qcustomplotinclude.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

using namespace Infra;

class TestPanels : public QObject
{
    Q_OBJECT

    static QString reference() { return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"); }
    static void load(Document &doc)
    {
        QStringList errors;
        QVERIFY2(doc.load(reference(), &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    }
    static qint64 webParam(const Document &doc, const char *key)
    {
        return doc.design().component(QStringLiteral("web"))->intParam(QLatin1String(key));
    }
    static QString fileText(const PreviewPanel &preview, const QString &path)
    {
        const EmittedFile *f = preview.model()->file(path);
        return f ? QString::fromUtf8(f->content) : QString();
    }

private Q_SLOTS:
    void inspectorEditorsFollowTheSchema();
    void inspectorEditChangesCostAndPreviewAndIsUndoable();
    void inspectorSpinBoxStepsMergeIntoOneUndoStep();
    void inspectorRefusesEditsTheReaderWouldReject();
    void inspectorEditsSharedParametersOfASelection();
    void inspectorEditsTheWorkloadWithNothingSelected();
    void inspectorRenamesTheComponent();
    void inspectorEditorsHaveToolTipsWithUnits();
    void sliderChangesScenarioNotDesignUntilApplied();
    void whatIfTogglesAndReset();
    void sweepMarksTheCurrentValue();
    void trafficSweepRisesWithTheWorkload();
    void costPanelFitsTheDefaultDock();
    void lineItemsExportCsv();
    void selectingFindingSelectsItsComponent();
    void findingsFilterBySeverity();
    void previewKeepsScrollAndMarksChangedLines();
    void previewJumpsToResourceBlock();
    void previewOtherFilesFollowToo();
    void previewDefinitionsExist();
    void previewSaysWhenTerraformWouldRefuseTheModule();
    void modelsPassTheTester();
};

void TestPanels::inspectorEditorsFollowTheSchema()
{
    Document doc;
    load(doc);
    doc.setSelectedIds({QStringLiteral("web")});
    InspectorPanel inspector(&doc);
    auto *spin = qobject_cast<QSpinBox *>(inspector.editor(QStringLiteral("desired_tasks")));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 5);
    QVERIFY(!spin->toolTip().isEmpty());
    doc.setSelectedIds({QStringLiteral("db")});
    auto *cls = qobject_cast<QComboBox *>(inspector.editor(QStringLiteral("instance_class")));
    QVERIFY(cls);
    QVERIFY(cls->count() > 5); // the catalog's classes
    QCOMPARE(cls->currentText(), doc.design().component(QStringLiteral("db"))->stringParam(QStringLiteral("instance_class")));
    QVERIFY(inspector.factsText().contains(QStringLiteral("Security group db")));
    QVERIFY(inspector.factsText().contains(QStringLiteral("Monthly cost")));
    QVERIFY(inspector.factsText().contains(QStringLiteral("Connections reaching the database")));
}

void TestPanels::inspectorEditChangesCostAndPreviewAndIsUndoable()
{
    Document doc;
    load(doc);
    doc.setSelectedIds({QStringLiteral("web")});
    InspectorPanel inspector(&doc);
    CostPanel cost(&doc);
    PreviewPanel preview(&doc);
    preview.showFile(QStringLiteral("terraform/ecs.tf"));
    const double total = cost.scenario()->base().total.desired();
    const QString ecsBefore = fileText(preview, QStringLiteral("terraform/ecs.tf"));
    QVERIFY(ecsBefore.contains(QStringLiteral("desired_count")));

    QVERIFY(inspector.editParameter(QStringLiteral("desired_tasks"), qint64(8)));
    QCOMPARE(webParam(doc, "desired_tasks"), 8);
    QVERIFY(inspector.warning().isEmpty());
    // Three more web tasks cost more at the desired column.
    QVERIFY(cost.scenario()->base().total.desired() > total + 1);
    preview.refresh();
    const QString ecsAfter = fileText(preview, QStringLiteral("terraform/ecs.tf"));
    QVERIFY(ecsAfter != ecsBefore);

    doc.undoStack()->undo();
    QCOMPARE(webParam(doc, "desired_tasks"), 5);
    QCOMPARE(cost.scenario()->base().total.desired(), total);
    preview.refresh();
    QCOMPARE(fileText(preview, QStringLiteral("terraform/ecs.tf")), ecsBefore);
    QCOMPARE(qobject_cast<QSpinBox *>(inspector.editor(QStringLiteral("desired_tasks")))->value(), 5);
}

void TestPanels::inspectorSpinBoxStepsMergeIntoOneUndoStep()
{
    Document doc;
    load(doc);
    doc.setSelectedIds({QStringLiteral("web")});
    InspectorPanel inspector(&doc);
    auto *spin = qobject_cast<QSpinBox *>(inspector.editor(QStringLiteral("desired_tasks")));
    const int before = doc.undoStack()->count();
    spin->stepUp();
    spin->stepUp();
    spin->stepUp();
    QCOMPARE(webParam(doc, "desired_tasks"), 8);
    QCOMPARE(doc.undoStack()->count(), before + 1);
    doc.undoStack()->undo();
    QCOMPARE(webParam(doc, "desired_tasks"), 5);
}

void TestPanels::inspectorRefusesEditsTheReaderWouldReject()
{
    Document doc;
    load(doc);
    doc.setSelectedIds({QStringLiteral("web")});
    InspectorPanel inspector(&doc);
    const int before = doc.undoStack()->count();
    // desired above max_tasks (20): min <= desired <= max is a rule of the reader.
    QVERIFY(!inspector.editParameter(QStringLiteral("desired_tasks"), qint64(25)));
    QVERIFY(!inspector.warning().isEmpty());
    QCOMPARE(webParam(doc, "desired_tasks"), 5);
    QCOMPARE(doc.undoStack()->count(), before);
    QCOMPARE(qobject_cast<QSpinBox *>(inspector.editor(QStringLiteral("desired_tasks")))->value(), 5);
    // 1024 CPU units with 512 MiB is no Fargate size.
    QVERIFY(!inspector.editParameter(QStringLiteral("memory"), qint64(512)));
    QCOMPARE(webParam(doc, "memory"), 2048);
    QVERIFY(inspector.editParameter(QStringLiteral("desired_tasks"), qint64(20)));
    QVERIFY(inspector.warning().isEmpty());
}

void TestPanels::inspectorEditsSharedParametersOfASelection()
{
    Document doc;
    load(doc);
    const QStringList workers = {QStringLiteral("worker-high"), QStringLiteral("worker-default")};
    doc.setSelectedIds(workers);
    InspectorPanel inspector(&doc);
    QVERIFY(inspector.editor(QStringLiteral("architecture")));
    QVERIFY(inspector.editParameter(QStringLiteral("architecture"), QStringLiteral("arm64")));
    for (const QString &id : workers)
        QCOMPARE(doc.design().component(id)->stringParam(QStringLiteral("architecture")), QStringLiteral("arm64"));
    doc.undoStack()->undo();
    for (const QString &id : workers)
        QCOMPARE(doc.design().component(id)->stringParam(QStringLiteral("architecture")), QStringLiteral("x86_64"));
    // A worker and the database share no Fargate parameters.
    doc.setSelectedIds({QStringLiteral("worker-high"), QStringLiteral("db")});
    QVERIFY(!inspector.editor(QStringLiteral("architecture")));
}

void TestPanels::inspectorEditsTheWorkloadWithNothingSelected()
{
    Document doc;
    load(doc);
    InspectorPanel inspector(&doc);
    QVERIFY(inspector.editor(QStringLiteral("avg_rps")));
    QVERIFY(inspector.editSectionValue(Section::Workload, QStringLiteral("cdn_egress_gb"), 900.0));
    QCOMPARE(doc.design().value(Section::Workload, QStringLiteral("cdn_egress_gb")).toDouble(), 900.0);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().value(Section::Workload, QStringLiteral("cdn_egress_gb")).toDouble(), 0.0); // derived (issue 15)
}

void TestPanels::inspectorRenamesTheComponent()
{
    Document doc;
    load(doc);
    NodeModel nodes(&doc);
    const QModelIndex node = nodes.index(nodes.rowOf(QStringLiteral("db")));
    const QString before = doc.design().component(QStringLiteral("db"))->name;
    QCOMPARE(node.data().toString(), before);
    doc.setSelectedIds({QStringLiteral("db")});
    InspectorPanel inspector(&doc);
    QPointer<QLineEdit> name = inspector.nameEditor();
    QVERIFY(name);
    QCOMPARE(name->text(), before);
    QVERIFY(!name->accessibleName().isEmpty());
    const int steps = doc.undoStack()->count();

    // Typed and confirmed with Return: one named undo step; canvas model and title follow.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Primary DB"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(doc.design().component(QStringLiteral("db"))->name, QStringLiteral("Primary DB"));
    QCOMPARE(node.data().toString(), QStringLiteral("Primary DB"));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename Primary DB"));
    QVERIFY(name); // the field that sent the rename was not rebuilt under the user's hands
    QCOMPARE(inspector.nameEditor(), name.data());
    QVERIFY(inspector.warning().isEmpty());

    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(QStringLiteral("db"))->name, before);
    QCOMPARE(node.data().toString(), before);
    QCOMPARE(name->text(), before);

    // Empty and blank names are refused: the old text comes back, nothing is pushed.
    for (const QString &refused : {QString(), QStringLiteral("   ")}) {
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClicks(name, refused);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(doc.design().component(QStringLiteral("db"))->name, before);
        QCOMPARE(name->text(), before);
        QVERIFY(!inspector.warning().isEmpty());
        QCOMPARE(doc.undoStack()->count(), steps + 1); // the undone rename, no new step
        QCOMPARE(doc.undoStack()->index(), steps);
    }

    // A name typed but not confirmed is kept when the selection moves on.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Main DB"));
    doc.setSelectedIds({QStringLiteral("web")});
    QCOMPARE(doc.design().component(QStringLiteral("db"))->name, QStringLiteral("Main DB"));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename Main DB"));
    QCOMPARE(inspector.nameEditor()->text(), doc.design().component(QStringLiteral("web"))->name);

    // Several components have no name field.
    doc.setSelectedIds({QStringLiteral("db"), QStringLiteral("web")});
    QVERIFY(!inspector.nameEditor());
    QVERIFY(!inspector.rename(QStringLiteral("Both")));
}

void TestPanels::inspectorEditorsHaveToolTipsWithUnits()
{
    // One component of every kind: each parameter editor explains its effect (the schema's
    // help) and names its unit, and has a name a screen reader can say.
    Document doc;
    std::vector<Component> components;
    auto idOf = [](ComponentKind kind) { return kindName(kind).replace(QLatin1Char('_'), QLatin1Char('-')); };
    for (ComponentKind kind : allComponentKinds)
        components.push_back(Component::make(kind, idOf(kind)));
    doc.undoStack()->push(new AddComponents(&doc, components));
    QCOMPARE(doc.design().components().size(), allComponentKinds.size());
    InspectorPanel inspector(&doc);
    int checked = 0;
    int withUnit = 0;
    auto check = [&](const ParamSpec &spec, const QString &where) {
        QWidget *editor = inspector.editor(spec.key);
        QVERIFY2(editor, qPrintable(where + QStringLiteral(": no editor for ") + spec.key));
        const QString tip = editor->toolTip();
        QVERIFY2(!spec.help.isEmpty(), qPrintable(where + QStringLiteral(": no help for ") + spec.key));
        QVERIFY2(tip.contains(spec.help), qPrintable(where + QLatin1Char('.') + spec.key + QStringLiteral(" tooltip: ") + tip));
        if (!spec.unit.isEmpty()) {
            QVERIFY2(tip.contains(spec.unit), qPrintable(where + QLatin1Char('.') + spec.key + QStringLiteral(" tooltip without unit: ") + tip));
            ++withUnit;
        }
        QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(where + QLatin1Char('.') + spec.key + QStringLiteral(": no accessible name")));
        ++checked;
    };
    for (ComponentKind kind : allComponentKinds) {
        doc.setSelectedIds({idOf(kind)});
        for (const ParamSpec &spec : kindSchema(kind).specs()) {
            check(spec, kindName(kind));
            if (QTest::currentTestFailed())
                return;
        }
    }
    doc.setSelectedIds({});
    for (Section section : {Section::Settings, Section::Workload, Section::Network, Section::Celery}) {
        for (const ParamSpec &spec : sectionSchema(section).specs()) {
            check(spec, QStringLiteral("section"));
            if (QTest::currentTestFailed())
                return;
        }
    }
    QVERIFY(checked > 50);
    QVERIFY(withUnit > 10);
}

void TestPanels::sliderChangesScenarioNotDesignUntilApplied()
{
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    WhatIfScenario *scenario = cost.scenario();
    const double base = scenario->base().total.desired();
    const int steps = doc.undoStack()->count();
    QSlider *web = cost.slider(QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->value(), 5);

    web->setValue(30); // above max_tasks (20): the scenario raises the maximum too
    const double whatIf = scenario->scenario().total.desired();
    QVERIFY(whatIf > base + 1);
    QCOMPARE(scenario->base().total.desired(), base);
    QCOMPARE(webParam(doc, "desired_tasks"), 5);
    QCOMPARE(doc.undoStack()->count(), steps);
    QVERIFY(cost.totalsText().contains(QStringLiteral("What-if")));

    cost.applyButton()->click();
    QCOMPARE(webParam(doc, "desired_tasks"), 30);
    QCOMPARE(webParam(doc, "max_tasks"), 30);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(scenario->base().total.desired(), whatIf);
    QVERIFY(scenario->overrides().isEmpty());

    doc.undoStack()->undo();
    QCOMPARE(webParam(doc, "desired_tasks"), 5);
    QCOMPARE(webParam(doc, "max_tasks"), 20);
    QCOMPARE(scenario->base().total.desired(), base);
    QCOMPARE(scenario->scenario().total.desired(), base);
    QCOMPARE(web->value(), 5);
}

void TestPanels::whatIfTogglesAndReset()
{
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    WhatIfScenario *scenario = cost.scenario();
    const double base = scenario->base().total.desired();
    scenario->setComponentValue(QStringLiteral("db"), QStringLiteral("multi_az"), false);
    QVERIFY(scenario->scenario().total.desired() < base);
    scenario->setGraviton(true);
    const double graviton = scenario->scenario().total.desired();
    QVERIFY(graviton < base);
    scenario->setSavingsPlan(CostOptions::SavingsPlan::ThreeYear);
    QVERIFY(scenario->scenario().total.desired() < graviton);
    cost.resetButton()->click();
    QVERIFY(scenario->overrides().isEmpty());
    QCOMPARE(scenario->scenario().total.desired(), base);
    QVERIFY(!cost.totalsText().contains(QStringLiteral("What-if")));
}

void TestPanels::costPanelFitsTheDefaultDock()
{
    // The cost dock's size in the default 1440×900 window (about 900×240): the what-if
    // controls fit their column (every slider's value visible, no sideways scrolling), the
    // bar chart keeps its legend in rows below the bars, and the dollar ticks stay few
    // enough to read.
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    cost.resize(900, 240);
    cost.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cost));
    QScrollArea *controls = nullptr;
    for (QScrollArea *area : cost.findChildren<QScrollArea *>()) {
        if (area->widget() && area->widget()->isAncestorOf(cost.slider(QStringLiteral("web"))))
            controls = area;
    }
    QVERIFY(controls);
    QVERIFY2(controls->widget()->minimumSizeHint().width() <= controls->viewport()->width(),
             qPrintable(QStringLiteral("controls need %1 px, column gives %2")
                            .arg(controls->widget()->minimumSizeHint().width())
                            .arg(controls->viewport()->width())));
    for (const QString &id : {QStringLiteral("web"), QStringLiteral("traffic")}) {
        QSlider *slider = cost.slider(id);
        QVERIFY(slider);
        const QRect inViewport(slider->mapTo(controls->viewport(), QPoint()), slider->size());
        QVERIFY2(inViewport.right() < controls->viewport()->width(), qPrintable(id));
        QVERIFY(controls->widget()->width() <= controls->viewport()->width()); // value labels included
        QVERIFY(slider->width() >= 60);
    }

    QCustomPlot *bars = cost.charts()->barChart();
    QCOMPARE(bars->plotLayout()->columnCount(), 1);
    QCOMPARE(bars->plotLayout()->element(1, 0), static_cast<QCPLayoutElement *>(bars->legend));
    QVERIFY(bars->width() >= 220);
    QVERIFY(cost.charts()->sweepChart()->width() >= 200);
    bars->replot();
    QCPAxis *dollars = bars->xAxis;
    QVERIFY(dollars->tickVectorLabels().size() >= 2);
    QVERIFY(dollars->tickVectorLabels().size() <= 4);
    QVERIFY(dollars->tickVectorLabels().contains(QStringLiteral("$0")));
    // The tick labels fit side by side: each gets more room than its text needs.
    const QFontMetrics metrics(dollars->tickLabelFont());
    const double room = dollars->axisRect()->width() / double(dollars->tickVectorLabels().size());
    for (const QString &label : dollars->tickVectorLabels())
        QVERIFY2(metrics.horizontalAdvance(label) < room, qPrintable(label));
}

void TestPanels::sweepMarksTheCurrentValue()
{
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    CostCharts *charts = cost.charts();
    QCOMPARE(charts->sweepParameter()->currentData().toString(), QStringLiteral("web.desired_tasks"));
    const QList<QPointF> points = charts->sweepPoints();
    QCOMPARE(points.size(), 40);
    QCOMPARE(points.first().x(), 1.0);
    QCOMPARE(points.last().x(), 40.0);
    QVERIFY(points.last().y() > points.first().y());
    QCOMPARE(charts->sweepMarker().x(), 5.0);
    QCOMPARE(charts->sweepMarker().y(), points[4].y());
    cost.slider(QStringLiteral("web"))->setValue(12);
    QCOMPARE(charts->sweepMarker().x(), 12.0);
    QCOMPARE(charts->sweepMarker().y(), cost.scenario()->scenario().total.desired());
}

// The traffic sweep (issue 15's traffic model): cost rises with the workload's requests, the
// peak following in proportion, and the marker sits on the curve at the design's 50 req/s. The
// CDN-egress sweep it replaces dipped from its first point (0 = the traffic model's figure) to
// the next (100 GB typed).
void TestPanels::trafficSweepRisesWithTheWorkload()
{
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    CostCharts *charts = cost.charts();
    QComboBox *parameter = charts->sweepParameter();
    const int index = parameter->findData(QStringLiteral("#traffic"));
    QVERIFY(index >= 0);
    QCOMPARE(parameter->findData(QStringLiteral("workload.cdn_egress_gb")), -1);
    parameter->setCurrentIndex(index);
    const QList<QPointF> points = charts->sweepPoints();
    QCOMPARE(points.size(), 41);
    QCOMPARE(points.first().x(), 1.0);
    QCOMPARE(points.last().x(), 500.0); // ten times the reference's 50 req/s
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY2(points[i].y() >= points[i - 1].y(), qPrintable(QStringLiteral("%1 req/s costs less than %2").arg(points[i].x()).arg(points[i - 1].x())));
    QVERIFY(points.last().y() > points.first().y() + 1000);
    QCOMPARE(charts->sweepMarker().x(), 50.0);
    QCOMPARE(charts->sweepMarker().y(), cost.scenario()->scenario().total.desired());
    QCOMPARE(points[4].x(), 50.0);
    QVERIFY(qAbs(points[4].y() - charts->sweepMarker().y()) < 0.005);

    // The slider moves average and peak together (the reference's peak is four times its average).
    QSlider *traffic = cost.slider(QStringLiteral("traffic"));
    QVERIFY(traffic);
    QSignalSpy changes(cost.scenario(), &WhatIfScenario::changed);
    traffic->setValue(100);
    QCOMPARE(changes.count(), 1); // average and peak as one change: one estimate, one sweep
    QCOMPARE(cost.scenario()->sectionValue(Section::Workload, QStringLiteral("avg_rps")).toDouble(), 100.0);
    QCOMPARE(cost.scenario()->sectionValue(Section::Workload, QStringLiteral("peak_rps")).toDouble(), 400.0);
    QCOMPARE(charts->sweepMarker().x(), 100.0);
    QCOMPARE(charts->sweepMarker().y(), cost.scenario()->scenario().total.desired());
    QVERIFY(qAbs(points[8].y() - charts->sweepMarker().y()) < 0.005); // the curve's point at 100 req/s
    QCOMPARE(doc.design().value(Section::Workload, QStringLiteral("avg_rps")).toDouble(), 50.0); // a what-if only
}

void TestPanels::lineItemsExportCsv()
{
    Document doc;
    load(doc);
    CostPanel cost(&doc);
    QVERIFY(cost.lineItems()->rowCount() > 10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cost.csv"));
    QString error;
    QVERIFY2(cost.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), cost.lineItems()->rowCount() + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("component,item,quantity,unit,unit_price,monthly_min")));
    // The desired column sums to the estimate's total (to the cent, per line rounding aside).
    double sum = 0;
    for (qsizetype i = 1; i < lines.size(); ++i)
        sum += lines[i].section(QLatin1Char(','), -2, -2).toDouble();
    QVERIFY(std::abs(sum - cost.scenario()->scenario().total.desired()) < 0.01 * double(lines.size()));
}

void TestPanels::selectingFindingSelectsItsComponent()
{
    Document doc;
    load(doc);
    FindingsPanel findings(&doc);
    QSignalSpy centre(&findings, &FindingsPanel::centreRequested);
    QSignalSpy title(&findings, &FindingsPanel::titleChanged);
    int row = -1;
    for (int r = 0; r < findings.filterModel()->rowCount(); ++r) {
        const QString id = findings.filterModel()->index(r, 0).data(FindingsModel::ComponentIdRole).toString();
        if (!id.isEmpty()) {
            row = r;
            break;
        }
    }
    QVERIFY2(row >= 0, "the reference design has a finding on a component");
    const QString id = findings.filterModel()->index(row, 0).data(FindingsModel::ComponentIdRole).toString();
    findings.activate(row);
    QCOMPARE(doc.selectedIds(), QStringList{id});
    QCOMPARE(centre.count(), 1);
    QCOMPARE(centre.first().first().toString(), id);
    QVERIFY(findings.title().startsWith(QStringLiteral("Findings")));
}

void TestPanels::findingsFilterBySeverity()
{
    Document doc;
    load(doc);
    FindingsPanel findings(&doc);
    FindingsModel *model = findings.model();
    const int all = model->rowCount();
    const int info = model->count(Finding::Severity::Info);
    findings.filterModel()->setSeverityShown(Finding::Severity::Info, false);
    QCOMPARE(findings.filterModel()->rowCount(), all - info);
    findings.filterModel()->setSeverityShown(Finding::Severity::Info, true);
    QCOMPARE(findings.filterModel()->rowCount(), all);
    // Counts follow the design: a single web task trips the availability rules.
    QSignalSpy title(&findings, &FindingsPanel::titleChanged);
    doc.setSelectedIds({QStringLiteral("db")});
    InspectorPanel inspector(&doc);
    QVERIFY(inspector.editParameter(QStringLiteral("multi_az"), false));
    QVERIFY(model->rowCount() != all || title.count() > 0);
    QVERIFY(title.count() > 0);
}

void TestPanels::previewKeepsScrollAndMarksChangedLines()
{
    Document doc;
    load(doc);
    PreviewPanel preview(&doc);
    preview.resize(700, 300);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    InspectorPanel inspector(&doc);
    doc.setSelectedIds({QStringLiteral("web")}); // jumps to the web service's block
    preview.showFile(QStringLiteral("terraform/ecs.tf"));
    QScrollBar *bar = preview.editor()->verticalScrollBar();
    QVERIFY(bar->maximum() > 20);
    bar->setValue(bar->maximum() / 2);
    const int scrolled = bar->value();
    QVERIFY(inspector.editParameter(QStringLiteral("desired_tasks"), qint64(7)));
    QTRY_VERIFY(!preview.changedLines().isEmpty()); // the debounced refresh
    QCOMPARE(bar->value(), scrolled);
    QCOMPARE(preview.editor()->extraSelections().size(), preview.changedLines().size());
    bool marksNewValue = false;
    for (int line : preview.changedLines()) {
        const QString text = preview.editor()->document()->findBlockByNumber(line).text();
        marksNewValue = marksNewValue || (text.contains(QStringLiteral("desired_count")) && text.contains(QLatin1Char('7')));
    }
    QVERIFY(marksNewValue);
    QCOMPARE(preview.editor()->toPlainText(), fileText(preview, QStringLiteral("terraform/ecs.tf")));
    // Nothing else moved: unchanged lines are not marked.
    QVERIFY(preview.changedLines().size() < 5);
}

void TestPanels::previewJumpsToResourceBlock()
{
    Document doc;
    load(doc);
    PreviewPanel preview(&doc);
    QVERIFY(preview.jumpToComponent(QStringLiteral("db")));
    QVERIFY(preview.currentPath().startsWith(QStringLiteral("terraform/")));
    const QString line = preview.editor()->textCursor().block().text();
    QVERIFY2(line.startsWith(QStringLiteral("resource ")) && line.contains(QStringLiteral("\"db")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("aws_db_instance")), qPrintable(line));
    doc.setSelectedIds({QStringLiteral("web")});
    QVERIFY2(preview.editor()->textCursor().block().text().startsWith(QStringLiteral("resource \"aws_ecs_service\" \"web\"")), qPrintable(preview.currentPath() + QLatin1Char(' ') + preview.editor()->textCursor().block().text()));
    doc.setSelectedIds({QStringLiteral("worker-high")});
    QVERIFY(preview.editor()->textCursor().block().text().contains(QStringLiteral("worker_high")));
}

void TestPanels::previewOtherFilesFollowToo()
{
    Document doc;
    load(doc);
    PreviewPanel preview(&doc);
    // Only the shown file's part is re-emitted after a parameter change; showing a file of
    // another part brings it up to date.
    const QString config = preview.model()->files().front().path;
    QVERIFY(!config.startsWith(QStringLiteral("terraform/")));
    preview.showFile(config);
    doc.setSelectedIds({QStringLiteral("web")});
    preview.showFile(config);
    InspectorPanel inspector(&doc);
    QVERIFY(inspector.editParameter(QStringLiteral("desired_tasks"), qint64(9)));
    preview.refresh();
    preview.showFile(QStringLiteral("terraform/ecs.tf"));
    QVERIFY(preview.editor()->toPlainText().contains(QRegularExpression(QStringLiteral("desired_count\\s*=\\s*9\\b"))));
}

void TestPanels::previewSaysWhenTerraformWouldRefuseTheModule()
{
    // A bucket named "access-logs" gives the access log bucket's Terraform names a second time:
    // the preview says so above the files while the Terraform is shown, and stops when undone.
    Document doc;
    load(doc);
    PreviewPanel preview(&doc);
    preview.showFile(QStringLiteral("terraform/s3.tf"));
    auto *banner = preview.findChild<QLabel *>(QStringLiteral("previewProblems"));
    QVERIFY(banner);
    QVERIFY(preview.problems().isEmpty());
    QVERIFY(banner->isHidden());

    doc.undoStack()->push(new AddComponents(&doc, {Component::make(ComponentKind::S3Bucket, QStringLiteral("access-logs"))}));
    preview.refresh();
    QCOMPARE(preview.problems().size(), 1);
    QVERIFY2(preview.problems().first().startsWith(QStringLiteral("Component access-logs gives Terraform names")), qPrintable(preview.problems().first()));
    QVERIFY(preview.problems().first().contains(QStringLiteral("aws_s3_bucket.access_logs (logging.tf, s3.tf)")));
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QStringLiteral("cannot be applied")));

    doc.undoStack()->undo();
    preview.refresh();
    QVERIFY(preview.problems().isEmpty());
    QVERIFY(banner->isHidden());
}

void TestPanels::previewDefinitionsExist()
{
    KSyntaxHighlighting::Repository repository;
    for (const char *language : {"terraform", "markdown", "yaml", "ini", "python"}) {
        const QString name = PreviewPanel::definitionName(QLatin1String(language));
        QVERIFY2(repository.definitionForName(name).isValid(), language);
    }
}

void TestPanels::modelsPassTheTester()
{
    Document doc;
    load(doc);
    FindingsPanel findings(&doc);
    PreviewPanel preview(&doc);
    CostPanel cost(&doc);
    QAbstractItemModelTester t1(findings.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(findings.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(preview.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(cost.lineItems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Changes that move findings, emitted files and line items.
    doc.setSelectedIds({QStringLiteral("db")});
    InspectorPanel inspector(&doc);
    QVERIFY(inspector.editParameter(QStringLiteral("multi_az"), false));
    findings.filterModel()->setSeverityShown(Finding::Severity::Warning, false);
    doc.undoStack()->undo();
    preview.refresh();
    cost.slider(QStringLiteral("web"))->setValue(9);
    doc.undoStack()->push(new QUndoCommand);
    Document other;
    doc.reset(other.design());
    preview.refresh();
    QVERIFY(preview.model()->rowCount() >= 0);
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
