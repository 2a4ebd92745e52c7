// The cost texts core builds, as a German user meets them in the cost dock and the inspector:
// line items, their notes and the chart's category legend translated through the catalog
// (Infra::Cost), numbers with a decimal comma; the CSV export of the same lines in English.
#include "../core/tabletranslator.h"
#include "costcharts.h"
#include "costpanel.h"
#include "document.h"
#include "inspectorpanel.h"
#include "lineitemsmodel.h"

#include "qcustomplotinclude.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>


using namespace Infra;

namespace {

// A few German cost texts, without a .qm file.
Testing::TableTranslator germanCost()
{
    return {
        {"Infra::Cost", "vCPU-hours (%1%2)", "vCPU-Stunden (%1%2)"},
        {"Infra::Cost", "%1 vCPU × %2 h × tasks", "%1 vCPU × %2 h × Tasks"},
        {"Infra::Cost", "VPC networking", "VPC-Netzwerk"},
        {"Infra::Cost", "NAT gateway data processed", "Vom NAT-Gateway verarbeitete Daten"},
        {"Infra::Cost", "Compute", "Rechenleistung"},
        {"Infra::Cost", "Storage & CDN", "Speicher & CDN"},
    };
}

// The row of the line-items table whose component and item columns read as given, or -1.
int rowOf(const LineItemsModel &model, const QString &component, const QString &item)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, LineItemsModel::ComponentColumn).data().toString() == component &&
            model.index(r, LineItemsModel::ItemColumn).data().toString() == item)
            return r;
    }
    return -1;
}

} // namespace

class TestTranslatedCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        QStringList errors;
        QVERIFY2(
            m_doc.load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
            qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_german);
        QLocale::setDefault(m_locale);
    }

    void lineItemsShowTheTranslation()
    {
        CostPanel cost(&m_doc);
        const LineItemsModel &model = *cost.lineItems();
        const int web = rowOf(model, QStringLiteral("Web (Gunicorn)"), QStringLiteral("vCPU-Stunden (x86_64)"));
        QVERIFY(web >= 0);
        QCOMPARE(rowOf(model, QStringLiteral("Web (Gunicorn)"), QStringLiteral("vCPU-hours (x86_64)")), -1);
        // The tooltip: name, label, catalog key and the note, numbers in German.
        QCOMPARE(
            model.index(web, LineItemsModel::ItemColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Web (Gunicorn) — vCPU-Stunden (x86_64)\nfargate.vcpu_hour_x86\n1 vCPU × 730 h × Tasks"));
        // Amounts with a decimal comma: 3,650 vCPU-hours × $0.04048 = $147.752.
        QCOMPARE(model.index(web, LineItemsModel::DesiredColumn).data().toString(), QStringLiteral("147,75"));
        const int worker = rowOf(model, QStringLiteral("Worker default"), QStringLiteral("vCPU-Stunden (x86_64)"));
        QVERIFY(worker >= 0);
        const QString workerTip = model.index(worker, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(workerTip.endsWith(QStringLiteral("\n0,5 vCPU × 730 h × Tasks")), qPrintable(workerTip));
        // The design-wide network is named by the engine: translated too.
        const QString network = QStringLiteral("VPC-Netzwerk");
        QVERIFY(rowOf(model, network, QStringLiteral("Vom NAT-Gateway verarbeitete Daten")) >= 0);
        // Sentences the catalog has no translation for stay English.
        QVERIFY(rowOf(model, network, QStringLiteral("NAT gateway hours (2 gateway(s))")) >= 0);
    }

    void csvExportStaysEnglish()
    {
        CostPanel cost(&m_doc);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cost.csv"));
        QString error;
        QVERIFY2(cost.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QStringLiteral("\nweb,vCPU-hours (x86_64),3650.000,vCPU-hour,0.04048,")));
        QVERIFY(csv.contains(QStringLiteral("\nnetwork,NAT gateway data processed,")));
        QVERIFY(!csv.contains(QStringLiteral("Stunden")));
        QVERIFY(!csv.contains(QStringLiteral("Netzwerk")));
        QCOMPARE(csv, cost.lineItems()->toCsv());
    }

    void chartLegendShowsTranslatedCategories()
    {
        CostPanel cost(&m_doc);
        QCustomPlot *bars = cost.charts()->barChart();
        QStringList names;
        for (int i = 0; i < bars->plottableCount(); ++i)
            names << bars->plottable(i)->name();
        QCOMPARE(names.size(), costCategoryCount);
        QCOMPARE(names.at(int(CostCategory::Compute)), QStringLiteral("Rechenleistung"));
        QCOMPARE(names.at(int(CostCategory::StorageCdn)), QStringLiteral("Speicher & CDN"));
        QCOMPARE(names.at(int(CostCategory::Database)), QStringLiteral("Database")); // no translation given
        // Their English, for the reports, is unchanged.
        QCOMPARE(costCategoryDisplayName(CostCategory::Compute), QStringLiteral("Compute"));
    }

    void inspectorShowsTranslatedCostLines()
    {
        m_doc.setSelectedIds({QStringLiteral("web")});
        InspectorPanel inspector(&m_doc);
        const QString facts = inspector.factsText();
        QVERIFY2(facts.contains(QStringLiteral("vCPU-Stunden (x86_64)")), qPrintable(facts));
        QVERIFY(!facts.contains(QStringLiteral("vCPU-hours")));
    }

private:
    Testing::TableTranslator m_german = germanCost();
    QLocale m_locale;
    Document m_doc;
};

QTEST_MAIN(TestTranslatedCost)
#include "tst_translatedcost.moc"
