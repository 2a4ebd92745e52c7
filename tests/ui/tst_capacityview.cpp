// The capacity model in the studio (issue 15): the inspector's capacity bars, the capacity
// chart of the cost dock (utilisation per tier against peak traffic, the saturation points,
// the sized design's cost, the traffic slider) and "Size for Workload" as one undo step that
// shows its cost delta first.
#include "capacitychart.h"
#include "costpanel.h"
#include "document.h"
#include "inspectorpanel.h"
#include "qcustomplotinclude.h"
#include "sizeforworkload.h"

#include "capacity/capacityfit.h"

#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

using namespace Infra;

class TestCapacityView : public QObject
{
    Q_OBJECT

    static void load(Document &doc, const QString &path)
    {
        QStringList errors;
        QVERIFY2(doc.load(path, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    }
    static QString reference() { return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"); }
    static QString hundredTimes() { return QStringLiteral(INFRA_SOURCE_DIR "/tests/data/derive/hundred-times.infra.yaml"); }

private Q_SLOTS:
    void inspectorShowsCapacityBars()
    {
        Document doc;
        load(doc, reference());
        doc.setSelectedIds({QStringLiteral("web")});
        InspectorPanel inspector(&doc);
        const QString facts = inspector.factsText();
        QVERIFY2(facts.contains(QStringLiteral("Capacity at peak")), qPrintable(facts));
        // 16 of 80 requests in service at the peak on 20 tasks × 4 workers.
        QVERIFY2(facts.contains(QStringLiteral("16.0 of 80.0 requests (20 %)")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("p95 response time at peak")), qPrintable(facts));
    }

    void chartPlotsEachTierAndWhereItSaturates()
    {
        Document doc;
        load(doc, reference());
        CapacityChart chart(&doc);
        chart.refresh();
        QCOMPARE(chart.tiers(), QStringList({QStringLiteral("web"), QStringLiteral("Celery"), QStringLiteral("database IOPS"),
                                             QStringLiteral("database connections"), QStringLiteral("Redis memory")}));
        // Web at the workload's 200 req/s: 16 of 80 = 20 %, linear in traffic: 100 % at 1,000 req/s.
        const QList<QPointF> web = chart.utilization(QStringLiteral("web"));
        QVERIFY(!web.isEmpty());
        bool seen = false;
        for (const QPointF &p : web) {
            if (qFuzzyCompare(p.x(), 200.0)) {
                QVERIFY(std::abs(p.y() - 20.0) < 1e-9);
                seen = true;
            }
        }
        QVERIFY(seen);
        QVERIFY2(std::abs(chart.saturation(QStringLiteral("web")) - 1000.0) < 1e-6, qPrintable(QString::number(chart.saturation(QStringLiteral("web")))));
        // Database IOPS: 384 of 3000 at 200 req/s → 100 % at 200 × 3000 / 384 = 1562.5 req/s.
        QVERIFY(std::abs(chart.saturation(QStringLiteral("database IOPS")) - 1562.5) < 1e-6);
        // The sized design costs more as traffic grows.
        const QList<QPointF> cost = chart.sizedCost();
        QVERIFY(cost.size() > 10);
        QVERIFY(cost.last().y() > cost.first().y());
        QCOMPARE(cost.last().x(), 2000.0); // 10 × 200 req/s
    }

    // The legend sits outside the plot (below the axis rectangle), so it covers no curve, and
    // the utilisation axis runs to a bit above the largest value shown, capped at 150 %: past
    // saturation the curves leave through the top instead of squashing the range that matters.
    void chartLegendOutsideThePlotAndSensibleRange()
    {
        Document doc;
        load(doc, reference());
        CapacityChart chart(&doc);
        chart.resize(420, 320); // the default cost dock's size
        chart.show();
        chart.refresh();
        QCustomPlot *plot = chart.plot();
        plot->replot();
        QVERIFY(plot->legend->visible());
        QVERIFY2(!plot->axisRect()->insetLayout()->elements(false).contains(plot->legend), "the legend is inside the axis rectangle");
        const QRect legend = plot->legend->outerRect();
        const QRect area = plot->axisRect()->rect();
        QVERIFY2(!legend.intersects(area), qPrintable(QStringLiteral("legend %1,%2 %3×%4 overlaps the plot %5,%6 %7×%8")
                                                          .arg(legend.x()).arg(legend.y()).arg(legend.width()).arg(legend.height())
                                                          .arg(area.x()).arg(area.y()).arg(area.width()).arg(area.height())));
        double largest = 0;
        for (const QString &tier : chart.tiers())
            for (const QPointF &p : chart.utilization(tier))
                largest = std::max(largest, p.y());
        QVERIFY(largest > 150); // the reference's tiers pass saturation within 10 × its traffic
        const QCPRange y = plot->yAxis->range();
        QCOMPARE(y.lower, 0.0);
        QVERIFY2(y.upper >= 110 && y.upper <= 150, qPrintable(QString::number(y.upper)));
    }

    void sliderMovesTheReadoutNotTheDesign()
    {
        Document doc;
        load(doc, reference());
        CapacityChart chart(&doc);
        chart.refresh();
        QVERIFY2(chart.readout().contains(QStringLiteral("200 req/s")), qPrintable(chart.readout()));
        QVERIFY2(chart.readout().contains(QStringLiteral("web 20 %")), qPrintable(chart.readout()));
        chart.trafficSlider()->setValue(500);
        // 5 × the traffic: 1,000 req/s, web at 100 %.
        QVERIFY2(chart.readout().contains(QStringLiteral("1,000 req/s")), qPrintable(chart.readout()));
        QVERIFY2(chart.readout().contains(QStringLiteral("web 100 %")), qPrintable(chart.readout()));
        QVERIFY(!doc.undoStack()->canUndo());
    }

    void costPanelHasTheCapacityTab()
    {
        Document doc;
        load(doc, reference());
        CostPanel panel(&doc);
        QVERIFY(panel.capacityChart());
        QVERIFY(panel.capacityChart()->sizeButton());
    }

    void sizeForWorkloadIsOneUndoStepWithItsCostDelta()
    {
        Document doc;
        load(doc, hundredTimes());
        QVERIFY(doc.derived().hasErrors());
        const SizeForWorkload::Preview preview = SizeForWorkload::preview(doc);
        QVERIFY(!preview.fit.changes.empty());
        QVERIFY2(preview.summary.contains(QStringLiteral("Monthly cost at desired scale")), qPrintable(preview.summary));
        QVERIFY(preview.after.total.desired() > preview.before.total.desired());
        QVERIFY2(preview.details.contains(QStringLiteral("web.max_tasks: 20 → ")), qPrintable(preview.details));

        const Design before = doc.design();
        doc.undoStack()->push(new SizeForWorkload(&doc, preview.fit));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.design(), preview.fit.design);
        for (const Finding &f : doc.derived().findings())
            QVERIFY2(!f.isError(), qPrintable(f.message));
        doc.undoStack()->undo();
        QCOMPARE(doc.design(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.design(), preview.fit.design);
    }

    void sizingTheReferenceChangesLittle()
    {
        Document doc;
        load(doc, reference());
        const SizeForWorkload::Preview preview = SizeForWorkload::preview(doc);
        // Sized for its own workload: desired and max tasks come down, no storage or class grows.
        for (const CapacityFit::Change &c : preview.fit.changes)
            QVERIFY2(c.key.endsWith(QLatin1String("_tasks")) || c.key == QLatin1String("queue_depth_target"),
                     qPrintable(c.componentId + QLatin1Char('.') + c.key));
        QVERIFY(preview.after.total.desired() <= preview.before.total.desired());
    }
};

QTEST_MAIN(TestCapacityView)
#include "tst_capacityview.moc"
