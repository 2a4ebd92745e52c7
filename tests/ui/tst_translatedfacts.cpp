// Sentences core builds, in the GUI's language: connection purposes in the inspector's facts and
// in the canvas's edge tooltips, cross-parameter violations and refused values in the
// inspector's warning, and the enum choices of its combo boxes (words translated, the value
// itself kept as the item's data and shown beside the word). A small catalog stands in for
// the German .qm, so the test does not wait for translations/infrastudio_de.ts; the English
// that files, JSON and reports take stays the same with it installed.
#include "../core/tabletranslator.h"
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "document.h"
#include "inspectorpanel.h"
#include "schematext.h"

#include "derive/derivedmodel.h"
#include "model/designconstraints.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace Infra;

namespace {

// German for a few sources of the contexts under test, without a .qm file.
Testing::TableTranslator germanFacts()
{
    return {
        {"Infra::Connections", "Django ORM database connections", "Django-ORM-Datenbankverbindungen"},
        {"Infra::Connections", "Django cache", "Django-Cache"},
        {"Infra::Connections", "sessions", "Sitzungen"},
        {"Infra::Connections", "Celery broker", "Celery-Broker"},
        {"Infra::Connections", "Celery result backend", "Celery-Ergebnis-Backend"},
        {"Infra::Connections", "%1, %2", "%1; %2"}, // another separator, to see it is used
        {"Infra::Connections", "internal API", "must not be used: the architect typed it"},
        {"Infra::Constraints", "'desired_tasks' (%1) is above 'max_tasks' (%2)", "'desired_tasks' (%1) liegt über 'max_tasks' (%2)"},
        {"Infra::Constraints", "Fargate does not offer %1 MiB with %2 CPU units; 'memory' must be %3",
         "Fargate bietet %1 MiB mit %2 CPU-Einheiten nicht an; 'memory' muss %3 sein"},
        {"Infra::Constraints", "%1 to %2 MiB in steps of %3", "%1 bis %2 MiB in Schritten von %3"},
        {"Infra::Constraints", "'%1' is %2%3, outside the valid range %4 to %5%3", "'%1' ist %2%3, außerhalb des gültigen Bereichs %4 bis %5%3"},
        {"Infra::Choices", "automatic", "automatisch"},
        {"Infra::Choices", "manual", "manuell"},
        {"Infra::Choices", "production", "Produktion"},
        {"Infra::Choices", "gp3", "must not be asked for"},
        {"Infra::ParameterEditor", "Value in the design file: %1", "Wert in der Designdatei: %1"},
    };
}

QString reference()
{
    return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml");
}

} // namespace

class TestTranslatedFacts : public QObject
{
    Q_OBJECT

    Testing::TableTranslator m_german = germanFacts();

    static void load(Document &doc)
    {
        QStringList errors;
        QVERIFY2(doc.load(reference(), &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void init() { QVERIFY(QCoreApplication::installTranslator(&m_german)); }
    void cleanup() { QCoreApplication::removeTranslator(&m_german); }

    void inspectorFactsShowTranslatedPurposes()
    {
        Document doc;
        load(doc);
        doc.setSelectedIds({QStringLiteral("web")});
        InspectorPanel inspector(&doc);
        const QString facts = inspector.factsText();
        QVERIFY2(facts.contains(QStringLiteral("Django-ORM-Datenbankverbindungen")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("Django-Cache; Sitzungen; Celery-Broker; Celery-Ergebnis-Backend")),
                 qPrintable(facts));
        QVERIFY(!facts.contains(QStringLiteral("Django ORM database connections")));

        // Core keeps the English for files, JSON and reports.
        const Connection *db = doc.derived().connection(QStringLiteral("web->pgbouncer"));
        QVERIFY(db);
        QCOMPARE(db->purpose, QStringLiteral("Django ORM database connections"));
        QCOMPARE(db->purposeText().toString(), db->purpose);
        const Connection *redis = doc.derived().connection(QStringLiteral("web->redis"));
        QVERIFY(redis);
        QCOMPARE(redis->purpose, QStringLiteral("Django cache, sessions, Celery broker, Celery result backend"));
        QCOMPARE(redis->purposeText().toString(), redis->purpose);
    }

    // What the architect typed on a link is shown as typed, in every language.
    void typedPurposeStaysAsTyped()
    {
        Document doc;
        load(doc);
        Design design = doc.design();
        Link link;
        link.from = QStringLiteral("worker-default");
        link.to = QStringLiteral("web");
        link.port = 8000;
        link.purpose = QStringLiteral("internal API");
        design.addLink(link);
        const std::vector<Connection> connections = DerivedModel::deriveConnections(design);
        const auto api = std::find_if(connections.begin(), connections.end(),
                                      [](const Connection &c) { return c.id == QLatin1String("worker-default->web"); });
        QVERIFY(api != connections.end());
        QCOMPARE(api->purpose, QStringLiteral("internal API"));
        QCOMPARE(api->displayPurpose(), QStringLiteral("internal API"));
    }

    void refusedEditShowsTranslatedViolation()
    {
        Document doc;
        load(doc);
        doc.setSelectedIds({QStringLiteral("web")});
        InspectorPanel inspector(&doc);
        QVERIFY(!inspector.editParameter(QStringLiteral("desired_tasks"), qint64(25)));
        QVERIFY2(inspector.warning().contains(QStringLiteral("'desired_tasks' (25) liegt über 'max_tasks' (20)")),
                 qPrintable(inspector.warning()));
        // A nested text (the memory Fargate offers) is translated with its sentence.
        QVERIFY(!inspector.editParameter(QStringLiteral("memory"), qint64(512)));
        QVERIFY2(
            inspector.warning().contains(QStringLiteral("Fargate bietet 512 MiB mit 1024 CPU-Einheiten nicht an; "
                                                        "'memory' muss 2048 bis 8192 MiB in Schritten von 1024 sein")),
            qPrintable(inspector.warning()));

        // The English message the design reader reports is unchanged.
        Component web = *doc.design().component(QStringLiteral("web"));
        web.params.insert(QStringLiteral("desired_tasks"), qint64(25));
        const QList<ConstraintViolation> violations = componentConstraintViolations(web);
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().message, QStringLiteral("'desired_tasks' (25) is above 'max_tasks' (20)"));
        QCOMPARE(violations.first().displayMessage(),
                 QStringLiteral("'desired_tasks' (25) liegt über 'max_tasks' (20)"));
    }

    void refusedValueShowsTranslatedValidation()
    {
        Document doc;
        load(doc);
        InspectorPanel inspector(&doc); // nothing selected: the design's sections
        QVERIFY(!inspector.editSectionValue(Section::Workload, QStringLiteral("avg_rps"), -5.0));
        QVERIFY2(inspector.warning().contains(
                     QStringLiteral("'avg_rps' ist -5 req/s, außerhalb des gültigen Bereichs 0 bis 1000000 req/s")),
                 qPrintable(inspector.warning()));
        const ParamSpec *spec = workloadSchema().find(QStringLiteral("avg_rps"));
        QVERIFY(spec);
        QCOMPARE(ParamSchema::validate(*spec, -5.0),
                 QStringLiteral("'avg_rps' is -5 req/s, outside the valid range 0 to 1000000 req/s"));
        QVERIFY(ParamSchema::validationText(*spec, 5.0).isEmpty());
    }

    void comboShowsTranslatedWordsAndKeepsTheValue()
    {
        Document doc;
        load(doc);
        doc.setSelectedIds({QStringLiteral("pgbouncer")});
        InspectorPanel inspector(&doc);
        auto *sizing = qobject_cast<QComboBox *>(inspector.editor(QStringLiteral("sizing")));
        QVERIFY(sizing);
        QCOMPARE(sizing->count(), 2);
        QCOMPARE(sizing->itemText(0), QStringLiteral("automatisch (automatic)"));
        QCOMPARE(sizing->itemData(0).toString(), QStringLiteral("automatic"));
        QCOMPARE(sizing->itemData(0, Qt::ToolTipRole).toString(), QStringLiteral("Wert in der Designdatei: automatic"));
        QCOMPARE(sizing->currentData().toString(), QStringLiteral("automatic"));
        // A word without a translation reads as the value itself.
        auto *mode = qobject_cast<QComboBox *>(inspector.editor(QStringLiteral("pool_mode")));
        QVERIFY(mode);
        QCOMPARE(mode->currentText(), QStringLiteral("transaction"));

        // Choosing the translated item writes the value.
        sizing->setCurrentIndex(1);
        Q_EMIT sizing->activated(1);
        QCOMPARE(doc.design().component(QStringLiteral("pgbouncer"))->stringParam(QStringLiteral("sizing")),
                 QStringLiteral("manual"));
        QCOMPARE(sizing->currentText(), QStringLiteral("manuell (manual)"));
        doc.undoStack()->undo();
        QCOMPARE(sizing->currentData().toString(), QStringLiteral("automatic"));

        // Identifiers are never looked up: gp3 stays gp3 (files and Terraform take it).
        doc.setSelectedIds({QStringLiteral("db")});
        auto *storage = qobject_cast<QComboBox *>(inspector.editor(QStringLiteral("storage_type")));
        QVERIFY(storage);
        QCOMPARE(storage->findText(QStringLiteral("gp3")), storage->findData(QStringLiteral("gp3")));
        QVERIFY(storage->findData(QStringLiteral("gp3")) >= 0);
        QVERIFY(storage->itemData(storage->findData(QStringLiteral("gp3")), Qt::ToolTipRole).isNull());

        // The design settings: the environment.
        doc.setSelectedIds({});
        auto *environment = qobject_cast<QComboBox *>(inspector.editor(QStringLiteral("environment")));
        QVERIFY(environment);
        QCOMPARE(environment->currentText(), QStringLiteral("Produktion (production)"));
        QCOMPARE(environment->currentData().toString(), QStringLiteral("production"));
        QCOMPARE(choiceText(QStringLiteral("production")), QStringLiteral("Produktion"));
    }

    void englishCombosShowTheValues()
    {
        QCoreApplication::removeTranslator(&m_german);
        Document doc;
        load(doc);
        doc.setSelectedIds({QStringLiteral("pgbouncer")});
        InspectorPanel inspector(&doc);
        auto *sizing = qobject_cast<QComboBox *>(inspector.editor(QStringLiteral("sizing")));
        QVERIFY(sizing);
        QCOMPARE(sizing->itemText(0), QStringLiteral("automatic"));
        QVERIFY(sizing->itemData(0, Qt::ToolTipRole).isNull());
    }

    void edgeToolTipShowsTheTranslatedPurpose()
    {
        Document doc;
        load(doc);
        CanvasWidget canvas(&doc);
        canvas.resize(1400, 900);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QVERIFY(canvas.quickWidget()->rootObject());
        CanvasController *controller = canvas.controller();
        QTRY_VERIFY(!controller->viewport().isEmpty());
        controller->resetZoom();
        controller->centerOn(QStringLiteral("pgbouncer"));

        const int index = controller->scene().edgeIndex(QStringLiteral("web->pgbouncer"));
        QVERIFY(index >= 0);
        const QString tip = controller->edgeToolTip(index);
        QVERIFY2(tip.endsWith(QStringLiteral("\nDjango-ORM-Datenbankverbindungen")), qPrintable(tip));
        QVERIFY(tip.startsWith(doc.design().component(QStringLiteral("web"))->name + QStringLiteral(" → ")));

        // Hovering the edge: the point of its route farthest from both ends (clear of the nodes).
        const QPolygonF &points = controller->scene().routes()[size_t(index)].points;
        QVERIFY(points.size() >= 2);
        QPointF at;
        qreal longest = -1;
        for (qsizetype i = 1; i < points.size(); ++i) {
            const QLineF segment(points[i - 1], points[i]);
            if (segment.length() > longest) {
                longest = segment.length();
                at = segment.center();
            }
        }
        const QPoint view = controller->toView(at).toPoint();
        QCOMPARE(controller->edgeAt(view.x(), view.y()), index);
        QHelpEvent help(QEvent::ToolTip, view, canvas.quickWidget()->mapToGlobal(view));
        QApplication::sendEvent(canvas.quickWidget(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestTranslatedFacts)
#include "tst_translatedfacts.moc"
