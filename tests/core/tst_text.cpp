// Text: an English sentence built by core that a front end can show translated.
#include "tabletranslator.h"
#include "text/text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

#include <thread>

using namespace Infra;

namespace {

// A catalog of German sentences, without a .qm file.
Testing::TableTranslator germanRules()
{
    return {
        {"Test", "RDS %1 keeps backups %2 days, under 7", "RDS %1 bewahrt Sicherungen %2 Tage auf, weniger als 7"},
        {"Test", "%1: every periodic task is sent %2 times", "%1: jede periodische Aufgabe wird %2-mal gesendet"},
        {"Test", "Beat %1 runs %2 tasks", "Beat %1 führt %2 Tasks aus"},
        {"Test", "%2 before %1", "%1 nach %2"},
    };
}

} // namespace

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishIsWhatQStringArgWrites()
    {
        const QString id = QStringLiteral("db");
        QCOMPARE(trText("Test", "RDS %1 keeps backups %2 days, under 7").arg(id).arg(3).toString(),
                 QStringLiteral("RDS %1 keeps backups %2 days, under 7").arg(id).arg(3));
        QCOMPARE(trText("Test", "%1 GB × %2 h").arg(0.5).arg(730.0).toString(), QStringLiteral("%1 GB × %2 h").arg(0.5).arg(730.0));
        QCOMPARE(trText("Test", "%1 LCU, %2 GB").arg(0.049, 'f', 2).arg(1234.5, 'f', 1).toString(),
                 QStringLiteral("%1 LCU, %2 GB").arg(0.049, 0, 'f', 2).arg(1234.5, 0, 'f', 1));
        QCOMPARE(trText("Test", "%1 of %2").arg(qsizetype(12)).arg(1234567u).toString(), QStringLiteral("12 of 1234567"));
        QCOMPARE(trText("Test", "%1 and %2 and %3").arg(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")).toString(),
                 QStringLiteral("a and b and c"));
        QCOMPARE(Text::plain(QStringLiteral("web, worker")).toString(), QStringLiteral("web, worker"));
        QCOMPARE(trText("Test", "no arguments").toString(), QStringLiteral("no arguments"));
    }

    void markersFollowQStringArg()
    {
        // The lowest marker takes the first argument, wherever it stands.
        QCOMPARE(trText("Test", "%2 before %1").arg(QStringLiteral("x")).arg(QStringLiteral("y")).toString(), QStringLiteral("y before x"));
        // An argument's own "%1" is text, not a marker.
        QCOMPARE(trText("Test", "%1 and %2").arg(QStringLiteral("50%1")).arg(QStringLiteral("b")).toString(), QStringLiteral("50%1 and b"));
        // Markers without an argument stay; a percent sign is not a marker.
        QCOMPARE(trText("Test", "%1 at 25 % and %2").arg(QStringLiteral("a")).toString(), QStringLiteral("a at 25 % and %2"));
        QCOMPARE(trText("Test", "%10 %1").arg(QStringLiteral("a")).arg(QStringLiteral("b")).toString(), QStringLiteral("b a"));
    }

    void templatesKeptBetweenRendersChangeNothing()
    {
        // toString() keeps each template decoded, with its markers found, per thread: the same
        // source rendered again with other arguments, markers used twice or left without an
        // argument, on this thread and on another, writes what QString::arg writes.
        const auto render = [](const QString &a, const QString &b) {
            return QStringList{trText("Test", "%1 talks to %2 on %1's port").arg(a).arg(b).toString(),
                               trText("Test", "%1 of %3 and %2").arg(a).toString(),
                               trText("Test", "%1 of %3 and %2").arg(a).arg(b).toString()};
        };
        const QStringList first = render(QStringLiteral("web"), QStringLiteral("db"));
        const QStringList expected{QStringLiteral("%1 talks to %2 on %1's port").arg(QStringLiteral("web"), QStringLiteral("db")),
                                   QStringLiteral("web of %3 and %2"), QStringLiteral("web of %3 and db")};
        QCOMPARE(first, expected);
        QCOMPARE(render(QStringLiteral("worker"), QStringLiteral("%1")),
                 (QStringList{QStringLiteral("worker talks to %1 on worker's port"), QStringLiteral("worker of %3 and %2"),
                              QStringLiteral("worker of %3 and %1")}));
        QStringList onAnotherThread;
        std::thread([&] { onAnotherThread = render(QStringLiteral("web"), QStringLiteral("db")); }).join();
        QCOMPARE(onAnotherThread, expected);
        QCOMPARE(render(QStringLiteral("web"), QStringLiteral("db")), expected);
    }

    void nestedTextsAreTranslatedWithTheirParent()
    {
        const Text where = trText("Test", "Beat %1 runs %2 tasks").arg(QStringLiteral("beat")).arg(2);
        const Text t = trText("Test", "%1: every periodic task is sent %2 times").arg(where).arg(2);
        QCOMPARE(t.toString(), QStringLiteral("Beat beat runs 2 tasks: every periodic task is sent 2 times"));

        Testing::TableTranslator german = germanRules();
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCOMPARE(t.translated(), QStringLiteral("Beat beat führt 2 Tasks aus: jede periodische Aufgabe wird 2-mal gesendet"));
        // The translation may reorder the markers.
        QCOMPARE(trText("Test", "%2 before %1").arg(QStringLiteral("x")).arg(QStringLiteral("y")).translated(), QStringLiteral("x nach y"));
        // toString() stays English with a translator installed.
        QCOMPARE(t.toString(), QStringLiteral("Beat beat runs 2 tasks: every periodic task is sent 2 times"));
        QCoreApplication::removeTranslator(&german);
        // Without a translation: the source.
        QCOMPARE(t.translated(), t.toString());
    }

    void translatedNumbersFollowTheLocaleWithoutGrouping()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const Text t = trText("Test", "%1 GB on port %2").arg(0.5).arg(5432);
        QCOMPARE(t.translated(), QStringLiteral("0,5 GB on port 5432"));
        QCOMPARE(t.toString(), QStringLiteral("0.5 GB on port 5432"));
        // A fixed format keeps its decimals, still without grouping.
        QCOMPARE(trText("Test", "%1 LCU").arg(1234.049, 'f', 2).translated(), QStringLiteral("1234,05 LCU"));
        // Amounts keep their group separators and decimals.
        const Text money = trText("Test", "%1 USD").argAmount(12345.5, 2);
        QCOMPARE(money.toString(), QStringLiteral("12,345.50 USD"));
        QCOMPARE(money.translated(), QStringLiteral("12.345,50 USD"));
        QLocale::setDefault(before);
    }

    void joinedTextsAreTranslatedOneByOne()
    {
        std::vector<Text> items;
        items.push_back(trText("Test", "Beat %1 runs %2 tasks").arg(QStringLiteral("a")).arg(2));
        items.push_back(Text::plain(QStringLiteral("b")));
        const Text list = Text::joined(items, QStringLiteral(", "));
        QCOMPARE(list.toString(), QStringLiteral("Beat a runs 2 tasks, b"));
        QVERIFY(!list.isEmpty());
        QVERIFY(Text::joined({}, QStringLiteral(", ")).isEmpty());
        QVERIFY(!(list == Text::plain(QStringLiteral(", "))));
        Testing::TableTranslator german = germanRules();
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCOMPARE(trText("Test", "%2 before %1").arg(list).arg(QStringLiteral("y")).translated(),
                 QStringLiteral("Beat a führt 2 Tasks aus, b nach y"));
        QCoreApplication::removeTranslator(&german);
    }

    // An argument added to a text that lives on leaves it as it is (a copy takes the argument);
    // added to a temporary, the temporary takes it: both make the same text.
    void argumentsOnALivingTextOrATemporaryMakeTheSameText()
    {
        const Text base = trText("Test", "%1 of %2 at %3, %4 USD (%5 and %6)");
        const Text nested = trText("Test", "inner %1").arg(QStringLiteral("x"));
        const Text fromLiving = base.arg(QStringLiteral("a"), QStringLiteral("b")).arg(3).arg(0.5).argAmount(1234.5, 2).arg(nested);
        QVERIFY(base.toString() == QStringLiteral("%1 of %2 at %3, %4 USD (%5 and %6)"));
        Text step = base;
        step = step.arg(QStringLiteral("a"));
        const Text fromTemporary = std::move(step).arg(QStringLiteral("b")).arg(qint64(3)).arg(0.5).argAmount(1234.5, 2).arg(nested);
        QCOMPARE(fromLiving.toString(), QStringLiteral("a of b at 3, 0.5 USD (1,234.50 and inner x)"));
        QVERIFY(fromLiving == fromTemporary);
        QCOMPARE(fromTemporary.toString(), fromLiving.toString());
        QCOMPARE(nested.toString(), QStringLiteral("inner x"));
        const Text three = trText("Test", "%1 %2 %3 %4");
        QCOMPARE(three.arg(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")).toString(), QStringLiteral("a b c d"));
        QCOMPARE(three.arg(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")).toString(), QStringLiteral("a b c %4"));
        QCOMPARE(three.toString(), QStringLiteral("%1 %2 %3 %4"));
    }

    void equalityComparesSourceAndArguments()
    {
        const Text a = trText("Test", "RDS %1 keeps backups %2 days, under 7").arg(QStringLiteral("db")).arg(3);
        QVERIFY(a == trText("Test", "RDS %1 keeps backups %2 days, under 7").arg(QStringLiteral("db")).arg(3));
        QVERIFY(!(a == trText("Test", "RDS %1 keeps backups %2 days, under 7").arg(QStringLiteral("db")).arg(4)));
        QVERIFY(!(a == Text::plain(a.toString())));
        QVERIFY(Text().isEmpty());
        QVERIFY(Text::plain(QString()).isEmpty());
        QVERIFY(!a.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
