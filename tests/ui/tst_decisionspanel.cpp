// The decisions dock (issue 17), offscreen with real input events: registered beside the cost
// view, the five decisions live on the reference design, a 3 TB database turning the RDS vs
// Aurora decision to Proposed, the factor rows with their thresholds and sources, and an Apply
// that previews the conversion's delta and applies it as one undo step that undo takes back
// byte for byte.
#include "applydecisiondialog.h"
#include "decide/designconversion.h"
#include "decisioncommands.h"
#include "decisionspanel.h"
#include "document.h"
#include "io/designwriter.h"
#include "mainwindow.h"
#include "sectioncommands.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Infra;

class TestDecisionsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    Document *doc() const { return m_window->document(); }
    DecisionsPanel *panel() const { return m_window->dock(MainWindow::Panel::Decisions)->findChild<DecisionsPanel *>(); }

    static QString cell(QTableWidget *table, int row, int column) { return table->item(row, column)->text(); }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The reference with 3 TB of data (workload db_size_gb 3000) as a file of its own, opened in
    // the window: the design whose database decision proposes Aurora. Returns the file's bytes.
    QByteArray openThreeTerabyteVariant(const QTemporaryDir &dir)
    {
        QByteArray yaml = readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
        const QByteArray reference = yaml;
        yaml.replace("db_size_gb: 50\n", "db_size_gb: 3000\n");
        if (yaml == reference)
            return {}; // the reference changed: the variant is no variant
        const QString path = dir.filePath(QStringLiteral("big.infra.yaml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
            return {};
        file.close();
        QStringList errors;
        if (!doc()->load(path, &errors))
            return {};
        return yaml;
    }

    // Apply… on the database card (Proposed) opens the preview. Returns the dialog, or nullptr
    // when there is no enabled Apply… or no preview.
    ApplyDecisionDialog *openAuroraPreview()
    {
        // The cards of the new evaluation are shown once the event loop has run.
        QPushButton *apply = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            apply = panel()->applyButton(QStringLiteral("database"));
            return apply && apply->isVisible();
        });
        if (!shown || !apply->isEnabled())
            return nullptr;
        // Scrolled into view first, as a person would: the click lands where the button is.
        panel()->findChild<QScrollArea *>()->ensureWidgetVisible(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        ApplyDecisionDialog *dialog = panel()->applyDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QStringList errors;
        QVERIFY2(doc()->load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QDockWidget *dock = m_window->dock(MainWindow::Panel::Decisions);
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QTRY_VERIFY(panel() && panel()->factorTable(QStringLiteral("database")));
    }

    void cleanup() { m_window.reset(); }

    void dockBesideTheCostView()
    {
        QDockWidget *dock = m_window->dock(MainWindow::Panel::Decisions);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Decisions"));
        QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        QVERIFY(m_window->tabifiedDockWidgets(m_window->dock(MainWindow::Panel::Cost)).contains(dock));
    }

    void referenceAcceptsEveryRecommendation()
    {
        QCOMPARE(int(panel()->decisions().size()), 5);
        for (const QString &id : {QStringLiteral("scaling"), QStringLiteral("scheduler"), QStringLiteral("database"),
                                 QStringLiteral("cache"), QStringLiteral("orchestration")}) {
            QLabel *status = panel()->statusLabel(id);
            QVERIFY2(status, qPrintable(id));
            QVERIFY2(status->text().contains(QLatin1String("Accepted")), qPrintable(status->text()));
            QVERIFY2(!panel()->applyButton(id), qPrintable(id)); // nothing to apply
        }
        QTableWidget *db = panel()->factorTable(QStringLiteral("database"));
        QCOMPARE(cell(db, 0, 0), QStringLiteral("Scale (data)"));
        QCOMPARE(cell(db, 0, 1), QStringLiteral("50 GB now, 110 GB in 12 months"));
        QCOMPARE(cell(db, 0, 2), QStringLiteral("Aurora from 1,000 GB (1 TB) within the sizing horizon"));
        QCOMPARE(cell(db, 0, 3), QStringLiteral("RDS PostgreSQL"));
        QVERIFY(db->item(0, 2)->toolTip().contains(QLatin1String("Playbook, RDS PostgreSQL vs Aurora PostgreSQL")));
    }

    // An edit through the undo stack reaches the panel: 3 TB of data proposes Aurora.
    void liveOnEdits()
    {
        doc()->undoStack()->push(
            new ChangeSectionValue(doc(), Section::Workload, QStringLiteral("db_size_gb"), 3000.0));
        QTRY_VERIFY(panel()->statusLabel(QStringLiteral("database"))->text().contains(QLatin1String("Proposed")));
        QTableWidget *db = panel()->factorTable(QStringLiteral("database"));
        QCOMPARE(cell(db, 0, 1), QStringLiteral("3,000 GB now, 3,060 GB in 12 months"));
        QCOMPARE(cell(db, 0, 3), QStringLiteral("Aurora PostgreSQL"));
        QPushButton *apply = panel()->applyButton(QStringLiteral("database"));
        QVERIFY(apply);
        const DesignConversion::Spec *aurora = DesignConversion::find(QStringLiteral("aurora"));
        QCOMPARE(apply->isEnabled(), DesignConversion::unavailableReason(*aurora).isEmpty());
        doc()->undoStack()->undo();
        QTRY_VERIFY(panel()->statusLabel(QStringLiteral("database"))->text().contains(QLatin1String("Accepted")));
        QVERIFY(!panel()->applyButton(QStringLiteral("database")));
    }

    // EKS stays a recommendation: Proposed, with a disabled Apply saying why.
    void eksHasNoApply()
    {
        doc()->undoStack()->push(new ChangeSectionValue(doc(), Section::Workload, QStringLiteral("team_size"), 8));
        doc()->undoStack()->push(
            new ChangeSectionValue(doc(), Section::Workload, QStringLiteral("kubernetes_experience"), true));
        QTRY_VERIFY(panel()->statusLabel(QStringLiteral("orchestration"))->text().contains(QLatin1String("Proposed")));
        QPushButton *apply = panel()->applyButton(QStringLiteral("orchestration"));
        QVERIFY(apply);
        QVERIFY(!apply->isEnabled());
        QVERIFY(apply->toolTip().contains(QLatin1String("no EKS emitter")));
        const int steps = doc()->undoStack()->count();
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!panel()->applyDialog());
        QCOMPARE(doc()->undoStack()->count(), steps);
    }

    // The 3 TB variant through the dock as a person uses it: Apply… on the database card, the
    // preview (cost, findings and Terraform delta), confirmed with its Apply button (a click, or
    // Enter on the default button). The design then runs Aurora, as one undo step, and undo
    // gives back the file's bytes: the canonical YAML and the saved file both.
    void applyAuroraThroughThePreview_data()
    {
        QTest::addColumn<bool>("byKey");
        QTest::newRow("click Apply") << false;
        QTest::newRow("Enter") << true;
    }

    void applyAuroraThroughThePreview()
    {
        QFETCH(bool, byKey);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray file = openThreeTerabyteVariant(dir);
        QVERIFY2(!file.isEmpty(), "could not open the 3 TB variant of the reference");
        QCOMPARE(DesignWriter::toYaml(doc()->design()), file); // the examples are canonical
        QCOMPARE(doc()->design().componentsOfKind(ComponentKind::AuroraPostgres).size(), size_t(0));
        const int steps = doc()->undoStack()->count();

        QTRY_VERIFY(panel()->statusLabel(QStringLiteral("database"))->text().contains(QLatin1String("Proposed")));
        ApplyDecisionDialog *dialog = openAuroraPreview();
        QVERIFY2(dialog, "Apply… opened no preview");
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("applySummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QLatin1String("Convert the design from RDS PostgreSQL to Aurora PostgreSQL as one undo step.")),
                 qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("Monthly cost at desired scale:")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("Terraform: ")), qPrintable(summary->text()));
        auto *details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("applyDetails"));
        QVERIFY(details);
        QVERIFY2(details->toPlainText().contains(QLatin1String("aurora_postgres")), qPrintable(details->toPlainText().left(2000)));
        // Only a preview so far.
        QCOMPARE(doc()->undoStack()->count(), steps);
        QCOMPARE(DesignWriter::toYaml(doc()->design()), file);

        if (byKey) {
            QTest::keyClick(dialog, Qt::Key_Return);
        } else {
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("applyConversionButton"));
            QVERIFY(confirm);
            QCOMPARE(confirm->text(), QStringLiteral("&Apply"));
            QTest::mouseClick(confirm, Qt::LeftButton);
        }
        QTRY_VERIFY(!panel()->applyDialog());

        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Convert RDS PostgreSQL to Aurora PostgreSQL"));
        QCOMPARE(doc()->design().componentsOfKind(ComponentKind::AuroraPostgres).size(), size_t(1));
        QCOMPARE(doc()->design().componentsOfKind(ComponentKind::RdsPostgres).size(), size_t(0));
        QVERIFY(doc()->isModified());
        // The panel follows: the design now does what the decision recommends.
        QTRY_VERIFY(panel()->statusLabel(QStringLiteral("database"))->text().contains(QLatin1String("Accepted")));
        QVERIFY(!panel()->applyButton(QStringLiteral("database")));

        doc()->undoStack()->undo();
        QCOMPARE(doc()->undoStack()->count(), steps + 1); // undone, not removed: redo is there
        QCOMPARE(doc()->undoStack()->index(), steps);
        QVERIFY(!doc()->isModified());
        QCOMPARE(DesignWriter::toYaml(doc()->design()), file);
        QString error;
        const QString saved = dir.filePath(QStringLiteral("after-undo.infra.yaml"));
        QVERIFY2(doc()->save(saved, &error), qPrintable(error));
        QCOMPARE(readFile(saved), file);
        QTRY_VERIFY(panel()->statusLabel(QStringLiteral("database"))->text().contains(QLatin1String("Proposed")));
    }

    // Cancel (the button, or Escape) closes the preview and changes nothing: no undo step, the
    // same bytes, the card still proposing Aurora with Apply… enabled.
    void cancelTheAuroraPreview_data()
    {
        QTest::addColumn<bool>("byKey");
        QTest::newRow("click Cancel") << false;
        QTest::newRow("Escape") << true;
    }

    void cancelTheAuroraPreview()
    {
        QFETCH(bool, byKey);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray file = openThreeTerabyteVariant(dir);
        QVERIFY2(!file.isEmpty(), "could not open the 3 TB variant of the reference");
        const int steps = doc()->undoStack()->count();
        QTRY_VERIFY(panel()->statusLabel(QStringLiteral("database"))->text().contains(QLatin1String("Proposed")));
        ApplyDecisionDialog *dialog = openAuroraPreview();
        QVERIFY2(dialog, "Apply… opened no preview");
        if (byKey) {
            QTest::keyClick(dialog, Qt::Key_Escape);
        } else {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
        QTRY_VERIFY(!panel()->applyDialog());
        QCOMPARE(doc()->undoStack()->count(), steps);
        QVERIFY(!doc()->isModified());
        QCOMPARE(DesignWriter::toYaml(doc()->design()), file);
        QCOMPARE(doc()->design().componentsOfKind(ComponentKind::AuroraPostgres).size(), size_t(0));
        QVERIFY(panel()->statusLabel(QStringLiteral("database"))->text().contains(QLatin1String("Proposed")));
        QPushButton *apply = panel()->applyButton(QStringLiteral("database"));
        QVERIFY(apply && apply->isEnabled());
    }

    // Each conversion the panel's Apply pushes is one undo step; undo gives back the design
    // byte for byte (its canonical YAML), redo the converted one.
    void applyThenUndoIsByteIdentical_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("aurora") << QStringLiteral("aurora") << QStringLiteral("aurora_postgres");
        QTest::newRow("memorydb") << QStringLiteral("memorydb") << QStringLiteral("memorydb");
        QTest::newRow("eventbridge-scheduler") << QStringLiteral("eventbridge-scheduler") << QStringLiteral("eventbridge_scheduler");
    }

    void applyThenUndoIsByteIdentical()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        const QByteArray before = DesignWriter::toYaml(doc()->design());
        const int steps = doc()->undoStack()->count();
        auto *command = new ApplyConversion(doc(), name);
        const QByteArray expected = DesignWriter::toYaml(command->converted());
        doc()->undoStack()->push(command);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        const QByteArray after = DesignWriter::toYaml(doc()->design());
        QVERIFY2(after != before, "the conversion changed nothing");
        QCOMPARE(after, expected);
        QVERIFY2(after.contains(QByteArray(QByteArray("kind: ") + kind.toUtf8())), qPrintable(QStringLiteral("no %1 component after %2").arg(kind, name)));
        doc()->undoStack()->undo();
        QCOMPARE(DesignWriter::toYaml(doc()->design()), before);
        doc()->undoStack()->redo();
        QCOMPARE(DesignWriter::toYaml(doc()->design()), after);
    }
};

QTEST_MAIN(TestDecisionsPanel)
#include "tst_decisionspanel.moc"
