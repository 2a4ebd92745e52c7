// The schema's texts in the GUI's language. core/ stays English (the command line and the
// exported documents use it); ui/schemastrings.cpp lists every text of the schema a person
// reads — kind names and descriptions, parameter labels and help, units that are words —
// for lupdate, and schemaText() translates them where the GUI shows them; it also lists the
// enum choices that are words ("automatic", "production", "none"), which choiceText()
// translates for the inspector's combo boxes (context "Infra::Choices").
// This test keeps that file exactly what the schema generates (INFRA_UPDATE_SCHEMA_STRINGS=1
// rewrites it), checks that German has every text, and that a German user meets German
// kind names in the palette, on the canvas and in new names, and German labels and
// tooltips in the inspector.
#include "canvascontroller.h"
#include "document.h"
#include "inspectorpanel.h"
#include "nodevisual.h"
#include "palettemodel.h"
#include "schematext.h"
#include "translation.h"

#include "model/componentkind.h"
#include "model/design.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Infra;

namespace {

const char *const Context = "Infra::Schema";
const char *const ChoicesContext = "Infra::Choices";

QString stringsFile()
{
    return QStringLiteral(INFRA_SOURCE_DIR "/ui/schemastrings.cpp");
}

// Units such as "GB", "s", "%", "MiB/s" or "IOPS" read the same in every language; units
// with a word in them ("tasks", "GB/month", "reads per write") are translated.
bool unitIsWords(const QString &unit)
{
    static const QRegularExpression word(QStringLiteral("[a-z]{3,}"));
    return word.match(unit).hasMatch();
}

QString cppLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '"': out += QStringLiteral("\\\""); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default: out += c; // non-ASCII stays as it is: the source is UTF-8
        }
    }
    out += QLatin1Char('"');
    return out;
}

// An enum choice a person reads as a word: lower-case letters only (production, automatic,
// none, transaction). Identifiers — digits, hyphens, underscores, dots or capitals (gp3, arm64,
// redirect-to-https, scram-sha-256, new_vpc, PriceClass_100, SSE-KMS) — stay as they are, and
// so do the parameters whose choices are names of programs or of their options whatever they
// look like (gunicorn, Celery's -P prefork and solo, Redis's noeviction).
bool choiceIsWord(const ParamSpec &spec, const QString &choice)
{
    static const QRegularExpression word(QRegularExpression::anchoredPattern(QStringLiteral("[a-z]+")));
    static const QStringList names = {QStringLiteral("server"), QStringLiteral("pool"),
                                      QStringLiteral("maxmemory_policy")};
    return spec.type == ParamType::Enum && !names.contains(spec.key) && word.match(choice).hasMatch();
}

// The texts in file order, each group under a comment; a text already listed is not repeated
// (one translation per text in the context).
struct Listing
{
    explicit Listing(const char *context)
        : context(QString::fromLatin1(context))
    {
    }

    QString context;
    QString entries;
    QStringList texts;
    QSet<QString> seen;

    void group(const QString &title, const QStringList &candidates)
    {
        QString lines;
        for (const QString &text : candidates) {
            if (text.isEmpty() || seen.contains(text))
                continue;
            seen.insert(text);
            texts.append(text);
            lines += QStringLiteral("    QT_TRANSLATE_NOOP(\"%1\", %2),\n").arg(context, cppLiteral(text));
        }
        if (!lines.isEmpty())
            entries += QStringLiteral("    // %1\n").arg(title) + lines;
    }

    void schema(const QString &title, const ParamSchema &schema)
    {
        QStringList candidates;
        for (const ParamSpec &spec : schema.specs()) {
            candidates << spec.label << spec.help;
            if (unitIsWords(spec.unit))
                candidates << spec.unit;
        }
        group(title, candidates);
    }

    void choices(const QString &title, const ParamSchema &schema)
    {
        QStringList words;
        for (const ParamSpec &spec : schema.specs()) {
            for (const QString &choice : spec.choices) {
                if (choiceIsWord(spec, choice))
                    words << choice;
            }
        }
        group(title, words);
    }
};

Listing schemaListing()
{
    Listing listing(Context);
    QStringList kinds;
    for (ComponentKind kind : allComponentKinds)
        kinds << kindDisplayName(kind) << kindDescription(kind);
    listing.group(QStringLiteral("Component kinds: names and descriptions"), kinds);
    for (ComponentKind kind : allComponentKinds)
        listing.schema(QStringLiteral("Parameters of %1").arg(kindName(kind)), kindSchema(kind));
    for (Section section : {Section::Settings, Section::Network, Section::Workload, Section::Celery})
        listing.schema(QStringLiteral("Design %1").arg(sectionName(section)), sectionSchema(section));
    return listing;
}

Listing choiceListing()
{
    Listing listing(ChoicesContext);
    for (ComponentKind kind : allComponentKinds)
        listing.choices(QStringLiteral("Choices of %1").arg(kindName(kind)), kindSchema(kind));
    for (Section section : {Section::Settings, Section::Network, Section::Workload, Section::Celery})
        listing.choices(QStringLiteral("Choices of the design %1").arg(sectionName(section)), sectionSchema(section));
    return listing;
}

QString expectedFile()
{
    return QStringLiteral(
               "// Generated from the core schema by tests/ui/tst_schematext.cpp: do not edit by hand.\n"
               "// After changing the schema run that test with INFRA_UPDATE_SCHEMA_STRINGS=1, then the\n"
               "// update_translations target, and translate the new \"Infra::Schema\" and\n"
               "// \"Infra::Choices\" messages.\n"
               "//\n"
               "// Every text of the schema a person reads in the GUI, for lupdate, which cannot see the\n"
               "// strings of core/; schemaText() translates them at run time. Then the choices of enum\n"
               "// parameters that are words, which choiceText() translates (the inspector shows them\n"
               "// beside the value written to files).\n"
               "#include \"schematext.h\"\n"
               "\n"
               "#include <QtGlobal>\n"
               "\n"
               "#include <iterator>\n"
               "\n"
               "namespace Infra {\n"
               "\n"
               "namespace {\n"
               "\n"
               "// clang-format off\n"
               "const char *const sourceTexts[] = {\n")
        + schemaListing().entries
        + QStringLiteral(
               "};\n"
               "\n"
               "const char *const choiceTexts[] = {\n")
        + choiceListing().entries
        + QStringLiteral(
               "};\n"
               "// clang-format on\n"
               "\n"
               "} // namespace\n"
               "\n"
               "QStringList schemaSourceTexts()\n"
               "{\n"
               "    QStringList texts;\n"
               "    texts.reserve(qsizetype(std::size(sourceTexts)));\n"
               "    for (const char *text : sourceTexts)\n"
               "        texts.append(QString::fromUtf8(text));\n"
               "    return texts;\n"
               "}\n"
               "\n"
               "QStringList schemaChoiceTexts()\n"
               "{\n"
               "    QStringList texts;\n"
               "    texts.reserve(qsizetype(std::size(choiceTexts)));\n"
               "    for (const char *text : choiceTexts)\n"
               "        texts.append(QString::fromUtf8(text));\n"
               "    return texts;\n"
               "}\n"
               "\n"
               "} // namespace Infra\n");
}

QString firstDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        const QString al = i < a.size() ? a.at(i) : QStringLiteral("<end of file>");
        const QString el = i < e.size() ? e.at(i) : QStringLiteral("<end of file>");
        if (al != el)
            return QStringLiteral("line %1:\n  in the file: %2\n  generated:   %3").arg(i + 1).arg(al, el);
    }
    return {};
}

} // namespace

class TestSchemaText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infra-studio-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_schematext"));
    }
    void cleanup() { installTranslations(*qApp, QStringLiteral("en")); }

    void stringsFileMatchesTheSchema()
    {
        const QString expected = expectedFile();
        if (qEnvironmentVariableIntValue("INFRA_UPDATE_SCHEMA_STRINGS") == 1) {
            QSaveFile out(stringsFile());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(expected.toUtf8());
            QVERIFY(out.commit());
            qInfo("rewrote %s", qPrintable(stringsFile()));
            return;
        }
        QFile file(stringsFile());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(stringsFile() + QStringLiteral(" is missing")));
        const QString actual = QString::fromUtf8(file.readAll());
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("ui/schemastrings.cpp is out of date with the schema; rerun this test with "
                                           "INFRA_UPDATE_SCHEMA_STRINGS=1, then the update_translations target, and "
                                           "translate the new \"Infra::Schema\" and \"Infra::Choices\" messages. "
                                           "First difference, ")
                            + firstDifference(actual, expected)));
    }

    void escaping()
    {
        QCOMPARE(cppLiteral(QStringLiteral("a \"b\" \\s … c")), QStringLiteral("\"a \\\"b\\\" \\\\s … c\""));
        QVERIFY(unitIsWords(QStringLiteral("tasks")));
        QVERIFY(unitIsWords(QStringLiteral("GB/month")));
        QVERIFY(unitIsWords(QStringLiteral("CPU units")));
        QVERIFY(!unitIsWords(QStringLiteral("GB")));
        QVERIFY(!unitIsWords(QStringLiteral("MiB/s")));
        QVERIFY(!unitIsWords(QStringLiteral("ms")));
        QVERIFY(!unitIsWords(QStringLiteral("%")));
    }

    // The library lists what the schema has (a build from an older schemastrings.cpp fails here).
    void libraryListsEveryText()
    {
        QCOMPARE(schemaSourceTexts(), schemaListing().texts);
        const QStringList texts = schemaSourceTexts();
        QVERIFY(texts.contains(QStringLiteral("Celery workers")));
        QVERIFY(texts.contains(QStringLiteral("Task memory in MiB; it must fit the CPU size (for example 1 vCPU takes "
                                              "2048 to 8192 MiB).")));
        QVERIFY(texts.contains(QStringLiteral("reads per write")));
        QVERIFY(!texts.contains(QStringLiteral("GB")));
    }

    // Words are translated; identifiers written to YAML and Terraform, and program names, are not.
    void libraryListsEveryChoiceThatIsAWord()
    {
        QCOMPARE(schemaChoiceTexts(), choiceListing().texts);
        const QStringList choices = schemaChoiceTexts();
        for (const char *word : {"automatic", "manual", "production", "staging", "development", "static", "media",
                                 "backups", "other", "none", "transaction", "session", "statement"})
            QVERIFY2(choices.contains(QString::fromLatin1(word)), word);
        for (const char *identifier :
             {"gp3", "arm64", "x86_64", "redirect-to-https", "scram-sha-256", "md5", "SSE-KMS", "PriceClass_All",
              "new_vpc", "volatile-lru", "noeviction", "gunicorn", "prefork", "solo"})
            QVERIFY2(!choices.contains(QString::fromLatin1(identifier)), identifier);
        // Each word once, whatever number of parameters offer it.
        QCOMPARE(QSet<QString>(choices.begin(), choices.end()).size(), choices.size());
    }

    void germanHasEveryText()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/infrastudio_de.qm")));
        QStringList missing;
        for (const QString &text : schemaSourceTexts()) {
            if (german.translate(Context, text.toUtf8().constData()).isEmpty())
                missing << text;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not translated to German (run update_translations "
                                                              "and translate them):\n")
                                               + missing.join(QLatin1Char('\n'))));
    }

    void germanHasEveryChoice()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/infrastudio_de.qm")));
        QStringList missing;
        for (const QString &choice : schemaChoiceTexts()) {
            if (german.translate(ChoicesContext, choice.toUtf8().constData()).isEmpty())
                missing << choice;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("choices not translated to German (run update_translations "
                                                              "and translate them):\n")
                                               + missing.join(QLatin1Char('\n'))));
    }

    void germanPalette()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        PaletteModel palette;
        const qsizetype row = std::find(allComponentKinds.begin(), allComponentKinds.end(), ComponentKind::EcsWorker)
            - allComponentKinds.begin();
        const QModelIndex index = palette.index(int(row));
        QCOMPARE(index.data(PaletteModel::KindRole).toString(), QStringLiteral("ecs_worker"));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Celery-Worker"));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), schemaText(kindDescription(ComponentKind::EcsWorker)));
        QVERIFY(index.data(Qt::ToolTipRole).toString() != kindDescription(ComponentKind::EcsWorker));
        // English, the source language: the schema's own words.
        installTranslations(*qApp, QStringLiteral("en"));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Celery workers"));
    }

    void germanInspector()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        Document doc;
        QStringList errors;
        QVERIFY2(doc.load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        doc.setSelectedIds({QStringLiteral("web")});
        InspectorPanel inspector(&doc);
        QWidget *memory = inspector.editor(QStringLiteral("memory"));
        QVERIFY(memory);
        QVERIFY2(memory->toolTip().startsWith(QStringLiteral("Arbeitsspeicher des Tasks in MiB")), qPrintable(memory->toolTip()));
        QCOMPARE(memory->accessibleName(), QStringLiteral("Arbeitsspeicher"));
        const QList<QLabel *> labels = inspector.findChildren<QLabel *>();
        const auto shows = [&labels](const QString &text) {
            return std::any_of(labels.begin(), labels.end(), [&text](const QLabel *l) { return l->text().contains(text); });
        };
        QVERIFY(shows(QStringLiteral("Gewünschte Tasks")));
        QVERIFY(!shows(QStringLiteral("Desired tasks")));
        QVERIFY(shows(QStringLiteral("ECS-Webdienst"))); // the heading names the kind

        // Nothing selected: the design's sections.
        doc.setSelectedIds({});
        QWidget *rps = inspector.editor(QStringLiteral("avg_rps"));
        QVERIFY(rps);
        QVERIFY2(rps->toolTip().startsWith(schemaText(workloadSchema().find(QStringLiteral("avg_rps"))->help)),
                 qPrintable(rps->toolTip()));
        QVERIFY(!rps->toolTip().contains(QStringLiteral("Average requests per second")));
    }

    void germanCanvas()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        Document doc;
        CanvasController canvas(&doc);
        QVERIFY(canvas.dropKind(QStringLiteral("ecs_worker"), 100, 100));
        QCOMPARE(doc.design().components().size(), size_t(1));
        const Component &worker = doc.design().components().front();
        QCOMPARE(worker.name, QStringLiteral("Celery-Worker"));
        QCOMPARE(NodeVisual::of(worker).subtitle, QStringLiteral("Celery-Worker"));
    }
};

QTEST_MAIN(TestSchemaText)
#include "tst_schematext.moc"
