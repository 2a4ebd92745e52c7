// File → New from Django Project…: the dialog shows discovery's facts with clickable evidence,
// the not-found list, conflicts and the proposed design, and writes the design with its report.
#include "discoverydialog.h"
#include "io/designreader.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>

using namespace Infra;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(INFRA_TEST_DATA_DIR "/discovery/") + QString::fromLatin1(name);
}

QTreeWidgetItem *section(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *findRow(QTreeWidgetItem *parent, const QString &evidence)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(2) == evidence)
            return parent->child(i);
        if (QTreeWidgetItem *deeper = findRow(parent->child(i), evidence))
            return deeper;
    }
    return nullptr;
}

} // namespace

class TestDiscoveryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFactsAndEvidence();
    void conflictsNotFoundAndDesign();
    void acceptPostgresRediscovers();
    void writesDesignAndReport();
    void menuAction();
};

void TestDiscoveryDialog::showsFactsAndEvidence()
{
    DiscoveryDialog dialog(fixture("package-compose"));
    QTreeWidget *tree = dialog.factTree();
    QTreeWidgetItem *celery = section(tree, QStringLiteral("Celery"));
    QVERIFY(celery);
    QTreeWidgetItem *broker = findRow(celery, QStringLiteral("config/settings/base.py:17"));
    QVERIFY(broker);
    QCOMPARE(broker->text(0), QStringLiteral("Celery broker URL"));
    QCOMPARE(broker->text(1), QStringLiteral("($CELERY_BROKER_URL, default redis://localhost:6379/0)"));
    QCOMPARE(broker->text(3), QStringLiteral("medium"));
    // clicking the evidence shows the file with the line highlighted
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    tree->scrollToItem(broker);
    QRect rect = tree->visualItemRect(broker);
    rect.setLeft(tree->header()->sectionPosition(2));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.topLeft() + QPoint(10, rect.height() / 2));
    QCOMPARE(dialog.evidenceFile(), QStringLiteral("config/settings/base.py"));
    QCOMPARE(dialog.evidenceLine(), 17);
    QPlainTextEdit *view = dialog.evidenceView();
    QCOMPARE(view->textCursor().blockNumber(), 16);
    QVERIFY(view->textCursor().block().text().startsWith(QStringLiteral("CELERY_BROKER_URL = os.environ.get(")));
    QCOMPARE(view->extraSelections().size(), 1);
    // For people: INFRA_DISCOVERY_SCREENSHOT=x.png under xvfb-run (QT_QPA_PLATFORM=xcb) saves the dialog
    if (const QString shot = qEnvironmentVariable("INFRA_DISCOVERY_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(dialog.grab().save(shot));
}

void TestDiscoveryDialog::conflictsNotFoundAndDesign()
{
    DiscoveryDialog dialog(fixture("package-compose"));
    QTreeWidget *tree = dialog.factTree();
    QTreeWidgetItem *conflicts = section(tree, QStringLiteral("Conflicts"));
    QVERIFY(conflicts);
    QTreeWidgetItem *compose = findRow(conflicts, QStringLiteral("docker-compose.yml:7"));
    QVERIFY(compose);
    QCOMPARE(compose->parent()->text(0), QStringLiteral("CELERY_BROKER_URL"));
    QVERIFY(findRow(compose->parent(), QStringLiteral("config/settings/base.py:17")));
    QTreeWidgetItem *missing = section(tree, QStringLiteral("Not found"));
    QCOMPARE(missing->childCount(), 1);
    QCOMPARE(missing->child(0)->text(0), QStringLiteral("Existing Terraform AWS resource"));
    QTreeWidgetItem *design = section(tree, QStringLiteral("Proposed design"));
    QVERIFY(design->childCount() >= 5);
}

void TestDiscoveryDialog::acceptPostgresRediscovers()
{
    DiscoveryDialog dialog(fixture("configurations-mysql"));
    QVERIFY(!dialog.result().design->hasKind(ComponentKind::RdsPostgres));
    dialog.findChild<QCheckBox *>(QStringLiteral("acceptPostgres"))->setChecked(true);
    QVERIFY(dialog.result().design->hasKind(ComponentKind::RdsPostgres));
}

void TestDiscoveryDialog::writesDesignAndReport()
{
    QTemporaryDir dir;
    DiscoveryDialog dialog(fixture("flat-procfile"));
    const QString path = dir.filePath(QStringLiteral("myshop.infra.yaml"));
    QString error;
    QVERIFY2(dialog.writeDesign(path, &error), qPrintable(error));
    const DesignReader::Result back = DesignReader::readFile(path);
    QVERIFY2(back.ok(), qPrintable(back.errorStrings().join(QLatin1Char('\n'))));
    QVERIFY(*back.design == *dialog.result().design);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("myshop.discovery.md"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("myshop.discovery.json"))));
}

void TestDiscoveryDialog::menuAction()
{
    MainWindow window;
    QAction *action = window.action(QStringLiteral("actionNewFromDjango"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("New from &Django Project…"));
}

QTEST_MAIN(TestDiscoveryDialog)
#include "tst_discoverydialog.moc"
