// File → Compare with File… / Compare with Git Revision…: the comparison dialog on a hand-made
// pair (tests/data/compare/starter-pair), its sections, cost deltas and highlighted patches,
// selecting a changed component on the canvas, and a git revision from a repository made here.
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "comparedialog.h"
#include "componentcommands.h"
#include "document.h"
#include "documentmanager.h"
#include "mainwindow.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Infra;

namespace {

QString pairFile(const char *name)
{
    return QStringLiteral(INFRA_TEST_DATA_DIR "/compare/starter-pair/") + QString::fromLatin1(name);
}

QTreeWidgetItem *section(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &prefix)
{
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->text(0).startsWith(prefix))
            return parent->child(i);
    return nullptr;
}

bool git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Accepts the message box the code under test opens next and keeps its text (the dialogs
// report refusals in one, modally).
void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        }
    });
}

} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_recoveryDir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_comparedialog"));
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
    }

    void cleanup() { m_window.reset(); }

    void actionsInFileMenu()
    {
        QVERIFY(m_window->action(QStringLiteral("actionCompareFile")));
        QVERIFY(m_window->action(QStringLiteral("actionCompareRevision")));
    }

    void compareWithFile()
    {
        QVERIFY(m_window->documents()->openFile(pairFile("after.infra.yaml")));
        CompareDialog *dialog = CompareDialog::compareWithFile(m_window.get(), pairFile("before.infra.yaml"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->isModal());

        // Summary: the labels and the totals (before: 149.77, after: 163.75 at desired scale,
        // each with its 4 secrets: the Django key, the Redis token, the database-app login, the RDS master secret).
        const QString summary = dialog->summaryText();
        QVERIFY2(summary.startsWith(QStringLiteral("before.infra.yaml → after.infra.yaml (open): ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("$149.77 → $163.75 (+$13.98)")), qPrintable(summary));

        // Changes: the setting, the three changed components with their values, the route.
        QTreeWidget *tree = dialog->changeTree();
        QTreeWidgetItem *settings = section(tree, QStringLiteral("Design settings (1)"));
        QVERIFY(settings);
        QCOMPARE(settings->child(0)->text(0), QStringLiteral("workload.peak_rps"));
        QCOMPARE(settings->child(0)->text(1), QStringLiteral("10"));
        QCOMPARE(settings->child(0)->text(2), QStringLiteral("40"));
        QTreeWidgetItem *components = section(tree, QStringLiteral("Components (3)"));
        QVERIFY(components);
        QTreeWidgetItem *web = child(components, QStringLiteral("Web (web, ecs_web)"));
        QVERIFY(web);
        QTreeWidgetItem *maxTasks = child(web, QStringLiteral("max_tasks"));
        QVERIFY(maxTasks);
        QCOMPARE(maxTasks->text(1), QStringLiteral("2"));
        QCOMPARE(maxTasks->text(2), QStringLiteral("4"));
        QVERIFY(child(section(tree, QStringLiteral("Celery routes (1)")), QStringLiteral("+ starter.tasks.* -> default")));

        // The canvas overlay marks the changed components of the open design while it is open.
        CanvasController *canvas = m_window->canvas()->controller();
        QCOMPARE(canvas->compareMark(QStringLiteral("web")), QStringLiteral("changed"));
        QCOMPARE(canvas->compareMark(QStringLiteral("db")), QStringLiteral("changed"));
        QCOMPARE(canvas->compareMark(QStringLiteral("redis")), QString());

        // Picking a changed component selects it on the canvas.
        QVERIFY(m_window->document()->selectedIds().isEmpty());
        tree->setCurrentItem(web);
        QCOMPARE(m_window->document()->selectedIds(), QStringList{QStringLiteral("web")});

        // Cost: Multi-AZ doubles db.t4g.micro's 730 instance-hours (11.68 → 23.36).
        QTableWidget *cost = dialog->costTable();
        bool found = false;
        for (int r = 0; r < cost->rowCount(); ++r) {
            if (cost->item(r, 0) && cost->item(r, 0)->text() == QLatin1String("PostgreSQL")
                && cost->item(r, 1)->text().startsWith(QLatin1String("Instance-hours"))) {
                QCOMPARE(cost->item(r, 2)->text(), QStringLiteral("$11.68"));
                QCOMPARE(cost->item(r, 3)->text(), QStringLiteral("$23.36"));
                QCOMPARE(cost->item(r, 4)->text(), QStringLiteral("+$11.68"));
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(cost->item(cost->rowCount() - 1, 0)->text(), QStringLiteral("Total"));

        // Files: the first changed file is shown as a highlighted unified diff.
        QVERIFY(dialog->fileList()->count() > 0);
        QCOMPARE(dialog->fileList()->currentRow(), 0);
        QVERIFY(dialog->patchView()->toPlainText().startsWith(QLatin1String("--- a/")));
        const auto *highlighter = dialog->patchView()->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->definition().name(), QStringLiteral("Diff"));
        const int tf = int(std::find_if(dialog->diff().files.begin(), dialog->diff().files.end(),
                                        [](const auto &f) { return f.path.startsWith(QLatin1String("terraform/")); })
                           - dialog->diff().files.begin());
        QVERIFY(tf < dialog->fileList()->count());
        dialog->fileList()->setCurrentRow(tf);
        QVERIFY(dialog->patchView()->toPlainText().startsWith(QStringLiteral("--- a/terraform/")));
        // Closing the comparison clears the overlay.
        QPointer<CompareDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(!guard);
        QCOMPARE(canvas->compareMark(QStringLiteral("web")), QString());
    }

    void identicalDesigns()
    {
        QVERIFY(m_window->documents()->openFile(pairFile("before.infra.yaml")));
        CompareDialog *dialog = CompareDialog::compareWithFile(m_window.get(), pairFile("before.infra.yaml"));
        QVERIFY(dialog);
        QVERIFY(dialog->summaryText().endsWith(QLatin1String("no differences.")));
        QCOMPARE(dialog->fileList()->count(), 0);
        QCOMPARE(dialog->changeTree()->topLevelItem(0)->text(0), QStringLiteral("No differences"));
        dialog->close();
    }

    void unsavedEditsAreCompared()
    {
        // The open design as it is now, not as saved: an edit shows without saving.
        QVERIFY(m_window->documents()->openFile(pairFile("before.infra.yaml")));
        Document *doc = m_window->document();
        doc->undoStack()->push(new RenameComponent(doc, QStringLiteral("db"), QStringLiteral("Orders DB")));
        CompareDialog *dialog = CompareDialog::compareWithFile(m_window.get(), pairFile("before.infra.yaml"));
        QVERIFY(dialog);
        QTreeWidgetItem *db = child(section(dialog->changeTree(), QStringLiteral("Components (1)")), QStringLiteral("Orders DB (db"));
        QVERIFY(db);
        QCOMPARE(db->child(0)->text(2), QStringLiteral("Orders DB"));
        dialog->close();
    }

    void compareWithGitRevision()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QFAIL("git is not installed: scripts/setup installs it (scripts/lib/apt-packages.txt)");
        QTemporaryDir repo;
        const QString file = repo.filePath(QStringLiteral("shop.infra.yaml"));
        QVERIFY(QFile::copy(pairFile("before.infra.yaml"), file));
        QVERIFY(git(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git(repo.path(), {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(repo.path(), {QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                                  QStringLiteral("user.email=t@example.org"), QStringLiteral("commit"), QStringLiteral("-q"),
                                  QStringLiteral("-m"), QStringLiteral("one")}));
        QFile::remove(file);
        QVERIFY(QFile::copy(pairFile("after.infra.yaml"), file));
        QVERIFY(m_window->documents()->openFile(file));

        CompareDialog *dialog = CompareDialog::compareWithRevision(m_window.get(), QStringLiteral("HEAD"));
        QVERIFY(dialog);
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("HEAD:shop.infra.yaml → shop.infra.yaml (open): ")),
                 qPrintable(dialog->summaryText()));
        QVERIFY(section(dialog->changeTree(), QStringLiteral("Design settings (1)")));
        dialog->close();

        // A revision that does not exist: a message, no dialog.
        QString message;
        closeNextMessageBox(&message);
        QVERIFY(!CompareDialog::compareWithRevision(m_window.get(), QStringLiteral("HEAD~4")));
        QVERIFY2(message.contains(QLatin1String("HEAD~4")), qPrintable(message));
    }

    void revisionNeedsAFile()
    {
        m_window->documents()->newDocument();
        QString message;
        closeNextMessageBox(&message);
        QVERIFY(!CompareDialog::compareWithRevision(m_window.get(), QStringLiteral("HEAD")));
        QVERIFY2(message.contains(QLatin1String("Save the design first")), qPrintable(message));
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
