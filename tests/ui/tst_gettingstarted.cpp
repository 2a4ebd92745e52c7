// Help → Getting started: the guide exists in English and German, walks through the five
// steps of the five-minute flow, follows the UI language, and its button hands the
// reference design (which must exist and be valid) to whoever opens designs.
#include "gettingstarteddialog.h"
#include "translation.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Infra;

namespace {
QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestGettingStarted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(*qApp, QStringLiteral("en")); }

    void guideCoversTheFiveSteps_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("1. Open the reference design"), QStringLiteral("2. Change the web task count"),
                                           QStringLiteral("3. Read the findings"), QStringLiteral("4. Look at the Terraform"),
                                           QStringLiteral("5. Export")};
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("1. Referenzentwurf öffnen"), QStringLiteral("2. Anzahl der Web-Tasks ändern"),
                                           QStringLiteral("3. Befunde lesen"), QStringLiteral("4. Terraform ansehen"),
                                           QStringLiteral("5. Exportieren")};
    }

    void guideCoversTheFiveSteps()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, steps);
        const QString page = GettingStartedDialog::guidePage(language);
        QCOMPARE(page, language == QLatin1String("en") ? QStringLiteral(":/help/getting-started.html")
                                                      : QStringLiteral(":/help/getting-started_") + language + QStringLiteral(".html"));
        const QString html = readAll(page);
        QVERIFY(!html.isEmpty());
        qsizetype at = 0;
        for (const QString &step : std::as_const(steps)) { // in this order
            const qsizetype found = html.indexOf(QStringLiteral("<h3>") + step + QStringLiteral("</h3>"), at);
            QVERIFY2(found > at, qPrintable(step));
            at = found;
        }
        // The example it names is the one that is shipped, and the commands it shows exist.
        QVERIFY(html.contains(QStringLiteral("django-reference.infra.yaml")));
        QVERIFY(QFile::exists(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml")));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(GettingStartedDialog::guidePage(QStringLiteral("ja")), QStringLiteral(":/help/getting-started.html"));
    }

    void dialogFollowsTheUiLanguage()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        GettingStartedDialog dialog;
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Erste Schritte mit Infra Studio")));
        installTranslations(*qApp, QStringLiteral("en"));
        GettingStartedDialog english;
        QVERIFY(english.browser()->toPlainText().contains(QStringLiteral("Getting started with Infra Studio")));
    }

    void openReferenceDesign()
    {
        const QString reference = GettingStartedDialog::referenceDesignPath();
        QVERIFY(QFile::exists(reference));
        QVERIFY(reference.endsWith(QStringLiteral("/django-reference.infra.yaml")));

        GettingStartedDialog dialog;
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("openReferenceButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QVERIFY(!dialog.browser()->accessibleName().isEmpty());
        QSignalSpy spy(&dialog, &GettingStartedDialog::openReferenceDesignRequested);
        button->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), reference);
    }
};

QTEST_MAIN(TestGettingStarted)
#include "tst_gettingstarted.moc"
