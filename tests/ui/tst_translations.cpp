// The German translation as a user meets it: chosen from the system locale or from the
// Preferences override, embedded in the program (no files to install), German menu titles
// in a real main window; and translations/infrastudio_de.ts complete and consistent —
// every message translated, placeholders, plural forms, accelerators and ellipses kept.
// English, the source language, with its plural forms from the plural-only
// translations/infrastudio_en.ts: "1 warning", "2 warnings" for "%n warning(s)".
// (The command line's messages: tests/cli/translations.cmake.)
#include "document.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "translation.h"


#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>
#include <set>
#include <utility>

using namespace Infra;

namespace {

const char *const ChildFlag = "--print-menus-with-system-locale";

QString tsFile(const QString &language = QStringLiteral("de"))
{
    return QStringLiteral(INFRA_SOURCE_DIR "/translations/infrastudio_%1.ts").arg(language);
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

void isolateSettings(const QString &recoveryDir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    qputenv("INFRA_STUDIO_RECOVERY_DIR", recoveryDir.toLocal8Bit());
    QSettings().clear();
}

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path, QString *language)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    message.unfinished = true;
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

std::set<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?[1-9])"));
    std::set<QString> found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.insert(m.captured().remove(QLatin1Char('L')));
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    const qsizetype at = t.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < t.size() && !t.at(at + 1).isSpace();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_recoveryDir;

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_recoveryDir.path()); }

    void cleanup() { installTranslations(*qApp, QStringLiteral("en")); }

    void germanIsShipped()
    {
        const QStringList languages = availableLanguages();
        QCOMPARE(languages.value(0), QStringLiteral("en"));
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(','))));
        QCOMPARE(nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(nativeLanguageName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void overrideChoosesTheLanguage()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("Infra::MainActions", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // A second call replaces the translators instead of stacking them.
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Infra::MainActions", "&File"), QStringLiteral("&File"));
        // A language without a translation falls back to English, the source language.
        QCOMPARE(installTranslations(*qApp, QStringLiteral("ja")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Infra::MainActions", "&File"), QStringLiteral("&File"));
    }

    void qtStringsTranslatedToo()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's own translations (qt6-translations-l10n) are not installed");
        installTranslations(*qApp, QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void germanMainWindow()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        MainWindow window;
        const QStringList titles = menuTitles(window);
        for (const char *title : {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"})
            QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(QLatin1Char(' '))));
        QCOMPARE(window.action(QStringLiteral("actionOpen"))->text(), QStringLiteral("Ö&ffnen …"));
    }

    // What core words for people (core/text) reaches the German GUI in German: the findings
    // dock's messages and fix hints, the budget finding with German figures.
    void germanFindings()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        Document doc;
        QStringList errors;
        QVERIFY2(doc.load(QStringLiteral(INFRA_TEST_DATA_DIR "/derive/public-database.infra.yaml"), &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        FindingsModel model(&doc);
        QVERIFY(model.rowCount() >= 3);
        auto text = [&](int row, FindingsModel::Column column) { return model.index(row, column).data().toString(); };
        bool sawPublic = false, sawBudget = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Finding &f = model.finding(row);
            // Nothing of the English left in the dock, while the finding itself keeps it.
            QVERIFY2(text(row, FindingsModel::MessageColumn) != f.message, qPrintable(f.message));
            QVERIFY2(text(row, FindingsModel::FixColumn) != f.fixHint, qPrintable(f.fixHint));
            if (f.ruleId == QLatin1String("rds-publicly-accessible")) {
                sawPublic = true;
                QCOMPARE(text(row, FindingsModel::MessageColumn), QStringLiteral("RDS db hat eine öffentliche Adresse"));
                QCOMPARE(text(row, FindingsModel::FixColumn),
                         QStringLiteral("publicly_accessible auf db auf false setzen; Zugriff über pgBouncer oder einen Bastion-Host"));
                QCOMPARE(f.message, QStringLiteral("RDS db has a public address"));
                QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Bastion-Host")));
            }
            if (f.ruleId == costOverBudgetRuleId()) {
                sawBudget = true;
                QVERIFY2(text(row, FindingsModel::MessageColumn).contains(QStringLiteral("1.711,05 USD im Monat")),
                         qPrintable(text(row, FindingsModel::MessageColumn)));
            }
        }
        QVERIFY(sawPublic);
        QVERIFY(sawBudget);
    }

    // The GUI started under a German locale, with no override: a fresh process, since the
    // system locale is read once per process.
    void systemLocaleGerman()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de_DE:de"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildFlag), m_recoveryDir.path()});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(output.startsWith(QStringLiteral("de\n")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("&Datei")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("&Hilfe")), qPrintable(output));

        // An English-speaking user on the same machine: English first in LANGUAGE wins.
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en_GB:de"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildFlag), m_recoveryDir.path()});
        QVERIFY(child.waitForFinished(60000));
        const QString english = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(english.startsWith(QStringLiteral("en\n")) && english.contains(QStringLiteral("&File")), qPrintable(english));
    }

    void englishPlurals()
    {
        // The source texts say "(s)"; English, like every shipped language, has real plurals.
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Infra::Cli::FindingsReport", "%n warning(s)", nullptr, 1), QStringLiteral("1 warning"));
        QCOMPARE(QCoreApplication::translate("Infra::Cli::FindingsReport", "%n warning(s)", nullptr, 2), QStringLiteral("2 warnings"));
        QCOMPARE(QCoreApplication::translate("Infra::Cli::FindingsReport", "%n error(s)", nullptr, 0), QStringLiteral("0 errors"));
        QCOMPARE(QCoreApplication::translate("Infra::FindingsPanel", "%n note(s)", nullptr, 1), QStringLiteral("1 note"));
        // Only plurals: every other message stays the source text.
        QCOMPARE(QCoreApplication::translate("Infra::MainActions", "&File"), QStringLiteral("&File"));
        // A language we do not ship falls back to English, plurals included.
        QCOMPARE(installTranslations(*qApp, QStringLiteral("ja")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Infra::FindingsPanel", "%n note(s)", nullptr, 1), QStringLiteral("1 note"));
        // The C locale (LC_ALL=C): the source texts as they are, for scripts.
        installTranslations(*qApp, QStringLiteral("C"));
        QCOMPARE(QCoreApplication::translate("Infra::FindingsPanel", "%n note(s)", nullptr, 1), QStringLiteral("1 note(s)"));
    }

    // lupdate -pluralonly keeps infrastudio_en.ts in step; a %n message missing there would
    // show "(s)" to English users.
    void englishHasEveryPlural()
    {
        QString language;
        const QList<TsMessage> german = readTs(tsFile(), &language);
        const QList<TsMessage> english = readTs(tsFile(QStringLiteral("en")), &language);
        QCOMPARE(language, QStringLiteral("en"));
        std::set<std::pair<QString, QString>> plurals;
        for (const TsMessage &m : english)
            plurals.insert({m.context, m.source});
        QStringList missing;
        int numerus = 0;
        for (const TsMessage &m : german) {
            if (!m.numerus)
                continue;
            ++numerus;
            if (!plurals.count({m.context, m.source}))
                missing.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY(numerus >= 5);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run the update_translations target:\n") + missing.join(QLatin1Char('\n'))));
        for (const TsMessage &m : english)
            QVERIFY2(m.numerus, qPrintable(m.source + QStringLiteral(" is not a plural: infrastudio_en.ts holds plurals only")));
    }

    void tsFileComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("minimumMessages");
        QTest::newRow("de") << QStringLiteral("de") << 30;
        QTest::newRow("en (plurals)") << QStringLiteral("en") << 5;
    }

    void tsFileComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, minimumMessages);
        QString tsLanguage;
        const QList<TsMessage> messages = readTs(tsFile(language), &tsLanguage);
        QCOMPARE(tsLanguage, language);
        QVERIFY2(messages.size() >= minimumMessages, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QStringLiteral("\": ");
            if (m.unfinished) {
                problems.append(where + QStringLiteral("not translated"));
                continue;
            }
            if (m.numerus && m.translations.size() != 2) // German and English: singular and plural
                problems.append(where + QStringLiteral("needs 2 plural forms"));
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    problems.append(where + QStringLiteral("empty translation"));
                std::set<QString> expected = placeholders(m.source);
                std::set<QString> got = placeholders(t);
                if (m.numerus) { // the singular may spell out "ein"/"eine" instead of %n
                    expected.erase(QStringLiteral("%n"));
                    got.erase(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems.append(where + QStringLiteral("placeholders differ in \"") + t + QLatin1Char('"'));
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems.append(where + QStringLiteral("accelerator (&) lost or added in \"") + t + QLatin1Char('"'));
                if (m.source.endsWith(QStringLiteral("…")) != t.endsWith(QStringLiteral("…")))
                    problems.append(where + QStringLiteral("ellipsis differs in \"") + t + QLatin1Char('"'));
            }
            if (m.numerus && !m.translations.isEmpty() && !m.translations.last().contains(QStringLiteral("%n")))
                problems.append(where + QStringLiteral("the plural form must contain %n"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void pluralForms()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        QString tsLanguage;
        const QList<TsMessage> messages = readTs(tsFile(language), &tsLanguage);
        int checked = 0;
        for (const TsMessage &m : messages) {
            if (!m.numerus || m.translations.size() != 2)
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1),
                     QString(m.translations.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 3),
                     QString(m.translations.at(1)).replace(QStringLiteral("%n"), QStringLiteral("3")));
            ++checked;
        }
        if (checked == 0)
            QSKIP("no plural messages yet");
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], ChildFlag) == 0) {
        QApplication app(argc, argv);
        isolateSettings(QString::fromLocal8Bit(argv[2]));
        const QString language = installTranslations(app); // no override: the system locale
        MainWindow window;
        std::printf("%s\n%s\n", language.toUtf8().constData(), menuTitles(window).join(QLatin1Char('\n')).toUtf8().constData());
        return 0;
    }
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
