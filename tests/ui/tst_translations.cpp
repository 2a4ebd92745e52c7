// The German translation as a user meets it: chosen from the system locale or from the
// Preferences override, embedded in the program (no files to install), German menu titles
// in a real main window; and translations/infrastudio_de.ts complete and consistent —
// every message translated, placeholders, plural forms, accelerators and ellipses kept.
// English, the source language, with its plural forms from the plural-only
// translations/infrastudio_en.ts: "1 warning", "2 warnings" for "%n warning(s)".
// (The command line's messages: tests/cli/translations.cmake.)
#include "decide/decisionengine.h"
#include "decisionspanel.h"
#include "document.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "sectioncommands.h"
#include "translation.h"

#include <QApplication>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
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
        // scripts/setup installs qt6-translations-l10n: a missing catalog fails, never skips.
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")),
                 "Qt's own translations are missing: scripts/setup installs qt6-translations-l10n");
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
                // max: 1,711.05 + the 3 secrets the export creates (Django key, database-app login, RDS master) × 0.40 = 1,712.25
                QVERIFY2(text(row, FindingsModel::MessageColumn).contains(QStringLiteral("1.712,25 USD im Monat")),
                         qPrintable(text(row, FindingsModel::MessageColumn)));
            }
        }
        QVERIFY(sawPublic);
        QVERIFY(sawBudget);
    }

    // The decisions dock in German (issue 17): the factor rows, the recommendation, what the
    // design does and the reasons come from core/decide as trText()s, which reach the German GUI
    // only when lupdate could extract them (a literal context at the call site).
    void germanDecisionsPanel()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        MainWindow window;
        Document *doc = window.document();
        QStringList errors;
        QVERIFY2(doc->load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        doc->undoStack()->push(new ChangeSectionValue(doc, Section::Workload, QStringLiteral("db_size_gb"), 3000.0));
        QDockWidget *dock = window.dock(MainWindow::Panel::Decisions);
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Entscheidungen"));
        auto *panel = dock->findChild<DecisionsPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->statusLabel(QStringLiteral("database"))
                        && panel->statusLabel(QStringLiteral("database"))->text().contains(QStringLiteral("Vorgeschlagen")));

        QTableWidget *db = panel->factorTable(QStringLiteral("database"));
        QVERIFY(db);
        auto cell = [](QTableWidget *t, int row, int column) { return t->item(row, column)->text(); };
        QCOMPARE(cell(db, 0, 0), QStringLiteral("Umfang (Daten)"));
        QCOMPARE(cell(db, 0, 1), QStringLiteral("jetzt 3.000 GB, 3.060 GB in 12 Monaten"));
        QCOMPARE(cell(db, 0, 2), QStringLiteral("Aurora ab 1.000 GB (1 TB) innerhalb des Bemessungshorizonts"));
        QCOMPARE(cell(db, 0, 3), QStringLiteral("Aurora PostgreSQL"));
        QCOMPARE(cell(db, 2, 0), QStringLiteral("Lesereplikate"));
        QCOMPARE(cell(db, 3, 0), QStringLiteral("Failover-Dauer"));
        QCOMPARE(cell(db, 3, 1), QStringLiteral("Multi-AZ-Standby: 60–120 s"));
        QVERIFY2(db->item(0, 2)->toolTip().contains(QStringLiteral("Quelle: Playbook, RDS PostgreSQL vs Aurora PostgreSQL")),
                 qPrintable(db->item(0, 2)->toolTip()));
        const QString status = panel->statusLabel(QStringLiteral("database"))->text();
        QVERIFY2(status.contains(QStringLiteral("empfohlen: Aurora PostgreSQL")), qPrintable(status));
        QVERIFY2(panel->reasonsLabel(QStringLiteral("database"))
                     ->text()
                     .startsWith(QStringLiteral("Der Umfang übersteigt, was das Playbook auf RDS belässt: 3.060 GB Daten "
                                                "innerhalb von 12 Monaten.")),
                 qPrintable(panel->reasonsLabel(QStringLiteral("database"))->text()));
        auto *designLabel = panel->findChild<QLabel *>(QStringLiteral("design-database"));
        QVERIFY(designLabel);
        const QString design = designLabel->text();
        QVERIFY2(design.startsWith(QStringLiteral("Der Entwurf: RDS PostgreSQL db (db.")) && design.contains(QStringLiteral("Lesereplikat(e)")),
                 qPrintable(design));
        QTableWidget *scaling = panel->factorTable(QStringLiteral("scaling"));
        QVERIFY(scaling);
        QCOMPARE(cell(scaling, 1, 0), QStringLiteral("Verfügbarkeit"));
        QCOMPARE(cell(scaling, 1, 1), QStringLiteral("Produktion: Hochverfügbarkeit erforderlich"));
        QCOMPARE(cell(scaling, 1, 3), QStringLiteral("Horizontal"));
    }

    // Every text of every decision is in the German catalog, on the designs that reach each
    // branch: the reference, 3 TB of data, a large team with Kubernetes, a single engineer.
    void germanDecisionTexts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("reference") << QString() << QVariant();
        QTest::newRow("3 TB") << QStringLiteral("db_size_gb") << QVariant(3000.0);
        QTest::newRow("kubernetes") << QStringLiteral("kubernetes_experience") << QVariant(true);
        QTest::newRow("one engineer") << QStringLiteral("team_size") << QVariant(1);
        QTest::newRow("no budget") << QStringLiteral("monthly_budget_usd") << QVariant(0.0);
    }

    void germanDecisionTexts()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/infrastudio_de.qm")));
        Document doc;
        QStringList errors;
        QVERIFY2(doc.load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        if (!key.isEmpty())
            doc.undoStack()->push(new ChangeSectionValue(&doc, Section::Workload, key, value));
        QStringList missing;
        auto check = [&](const QString &decision, const Text &t) {
            if (!t.source() || !t.context())
                return; // plain: the same in every language
            if (german.translate(t.context(), t.source()).isEmpty())
                missing.append(decision + QStringLiteral(": ") + QString::fromLatin1(t.context()) + QStringLiteral(" \"")
                               + QString::fromUtf8(t.source()) + QLatin1Char('"'));
        };
        const std::vector<Decision> decisions = DecisionEngine::evaluate(doc.design());
        QCOMPARE(int(decisions.size()), 5);
        for (const Decision &d : decisions) {
            check(d.id, d.title);
            check(d.id, d.options[0]);
            check(d.id, d.options[1]);
            check(d.id, d.currentText);
            check(d.id, d.conversionBlocked);
            check(d.id, d.costNote);
            for (const Text &r : d.reasons)
                check(d.id, r);
            for (const DecisionFactor &f : d.factors) {
                check(d.id, f.label);
                check(d.id, f.value);
                check(d.id, f.threshold);
                check(d.id, f.source);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the German catalog:\n") + missing.join(QLatin1Char('\n'))));
    }

    // lupdate reads trText(context, source) as QT_TRANSLATE_NOOP: a context or source that is
    // not a string literal at the call site (a variable, a macro) is never extracted, and the
    // text stays English in every language.
    void trTextCallsAreExtractable()
    {
        // trText( followed by anything but a string literal, as context or as source
        static const QRegularExpression call(QStringLiteral("\\btrText\\(\\s*([^\"\\s])"));
        static const QRegularExpression sourceArg(QStringLiteral("\\btrText\\(\\s*\"[^\"]*\"\\s*,\\s*([^\"\\s])"));
        QStringList offenders;
        int calls = 0;
        for (const char *dir : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(INFRA_SOURCE_DIR "/") + QString::fromLatin1(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("/core/text/text.h")) || path.endsWith(QLatin1String("/core/text/text.cpp")))
                    continue; // the declaration itself
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString code = QString::fromUtf8(file.readAll());
                calls += int(code.count(QStringLiteral("trText(")));
                for (const QRegularExpression *re : {&call, &sourceArg}) {
                    for (const QRegularExpressionMatch &m : re->globalMatch(code)) {
                        const qsizetype line = code.left(m.capturedStart()).count(QLatin1Char('\n')) + 1;
                        offenders.append(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(m.captured().simplified()));
                    }
                }
            }
        }
        QVERIFY2(calls > 500, qPrintable(QString::number(calls)));
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("\n") + offenders.join(QLatin1Char('\n'))));
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
