// The review report from the studio (issue 18 item 2): File → Export Report… writes the same
// bytes as `infra-studio-cli report` (one ReportRenderer), with the open comparison; the PDF and
// File → Print… (the standard Print shortcut) lay the report out through Qt's print support; the
// Review tab beside the findings is the checklist `check` prints, following edits and undo.
#include "comparedialog.h"
#include "componentcommands.h"
#include "document.h"
#include "documentmanager.h"
#include "mainwindow.h"
#include "reportexport.h"
#include "reportrenderer.h"
#include "reviewpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Infra;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString example(const char *name)
{
    return QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QTemporaryDir m_recoveryDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportexport"));
        qputenv("INFRA_STUDIO_RECOVERY_DIR", m_recoveryDir.path().toLocal8Bit());
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->documents()->setQuiet(true);
        m_window->documents()->setPromptAnswer(DocumentManager::Answer::Discard);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->documents()->openFile(example("django-reference.infra.yaml")));
    }

    void cleanup() { m_window.reset(); }

    void actionsInFileMenu()
    {
        QAction *print = m_window->action(QStringLiteral("actionPrint"));
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QAction *report = m_window->action(QStringLiteral("actionExportReport"));
        QVERIFY(report);
        QMenu *file = m_window->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(print));
        QVERIFY(file->actions().contains(report));
    }

    void htmlIsTheCliReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("review.html"));
        QVERIFY(ReportExport::exportReport(m_window.get(), path, true));
        const QByteArray written = readAll(path);
        // The CLI's renderer derives and prices the design itself: the same bytes.
        const Design design = m_window->document()->design();
        QCOMPARE(QString::fromUtf8(written), ReportRenderer(design).html());
        QVERIFY(written.contains("<svg"));
        QVERIFY(!written.contains("id=\"comparison\""));
        QVERIFY(!written.contains("id=\"notes\""));
        // A note typed in the studio is in the next report.
        m_window->document()->undoStack()->push(new ChangeNote(m_window->document(), QStringLiteral("web"), QStringLiteral("a <b>note</b>")));
        QVERIFY(ReportExport::exportReport(m_window.get(), path, true));
        QVERIFY(readAll(path).contains("<div class=\"note\">a &lt;b&gt;note&lt;/b&gt;</div>"));
    }

    void openComparisonIsInTheReport()
    {
        QVERIFY(!ReportExport::openComparison(m_window.get()));
        CompareDialog *dialog = CompareDialog::compareWithFile(m_window.get(), example("starter.infra.yaml"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(ReportExport::openComparison(m_window.get()), &dialog->diff());
        const QString path = m_dir.filePath(QStringLiteral("compared.html"));
        QVERIFY(ReportExport::exportReport(m_window.get(), path, true));
        const QByteArray html = readAll(path);
        QVERIFY(html.contains("<section id=\"comparison\">"));
        QVERIFY(html.contains("starter.infra.yaml"));
        dialog->close();
        QVERIFY(!ReportExport::openComparison(m_window.get()));
    }

    void pdfAndPrint()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY(ReportExport::exportReport(m_window.get(), pdf, true));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 50000); // text, tables and the diagram image
        // File → Print… lays out the same document on the printer (here a PDF file).
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        ReportExport::printTo(m_window.get(), &printer);
        QVERIFY(readAll(printed).startsWith("%PDF-"));
        // An unwritable place is refused.
        QVERIFY(!ReportExport::exportReport(m_window.get(), QStringLiteral("/nonexistent-dir/r.html"), true));
    }

    void reviewTabIsTheCheckList()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("findingsTabs"));
        QVERIFY(tabs);
        auto *panel = m_window->findChild<ReviewPanel *>();
        QVERIFY(panel);
        QCOMPARE(tabs->indexOf(panel), 1);
        ReviewModel *model = panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto &review = m_window->document()->derived().review();
        QCOMPARE(model->rowCount(), int(review.size()));
        int failedBefore = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, ReviewModel::ItemColumn).data().toString(), review.at(size_t(row)).displayTitle());
            failedBefore += model->index(row, 0).data(ReviewModel::StatusRole).toString() == QLatin1String("failed");
        }
        QVERIFY(panel->summary().contains(QStringLiteral("%1 failed").arg(failedBefore)));
        // Turning Multi-AZ off fails the resilience standard; undo passes it again.
        m_window->document()->undoStack()->push(
            new ChangeComponentProperty(m_window->document(), {QStringLiteral("db")}, QStringLiteral("multi_az"), false));
        int failedAfter = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            failedAfter += model->index(row, 0).data(ReviewModel::StatusRole).toString() == QLatin1String("failed");
        QVERIFY(failedAfter > failedBefore);
        QVERIFY(panel->summary().contains(QStringLiteral("%1 failed").arg(failedAfter)));
        m_window->document()->undoStack()->undo();
        QVERIFY(panel->summary().contains(QStringLiteral("%1 failed").arg(failedBefore)));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
