// docs/design-format.md stays in step with the schemas: its reference tables are exactly
// what `infra-studio-cli schema --format markdown` generates, every key of every schema
// appears in them, and its complete example loads.
#include "io/designreader.h"
#include "io/designwriter.h"
#include "io/schemamarkdown.h"

#include <QFile>
#include <QtTest>

using namespace Infra;

namespace {

QString docText()
{
    QFile f(QStringLiteral(INFRA_SOURCE_DIR "/docs/design-format.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

const QString beginMarker = QStringLiteral("<!-- BEGIN GENERATED: infra-studio-cli schema --format markdown -->\n");
const QString endMarker = QStringLiteral("<!-- END GENERATED -->");

} // namespace

class TestDesignFormatDoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesMatchSchemas();
    void everyKeyDocumented_data();
    void everyKeyDocumented();
    void exampleLoads();
};

void TestDesignFormatDoc::tablesMatchSchemas()
{
    const QString doc = docText();
    QVERIFY2(!doc.isEmpty(), "docs/design-format.md is missing");
    const qsizetype begin = doc.indexOf(beginMarker);
    const qsizetype end = doc.indexOf(endMarker);
    QVERIFY2(begin >= 0 && end > begin, "the generated block markers are missing");
    const QString generated = doc.mid(begin + beginMarker.size(), end - begin - beginMarker.size());
    if (generated != schemaMarkdown()) {
        qWarning("docs/design-format.md is out of date: replace the block between the markers with the output of "
                 "'infra-studio-cli schema --format markdown'");
    }
    QCOMPARE(generated, schemaMarkdown());
}

void TestDesignFormatDoc::everyKeyDocumented_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("settings") << QStringLiteral("### Top-level settings") << settingsSchema().keys();
    QTest::newRow("network") << QStringLiteral("### `network:`") << networkSchema().keys();
    QTest::newRow("workload") << QStringLiteral("### `workload:`") << workloadSchema().keys();
    QTest::newRow("celery") << QStringLiteral("### `celery:`") << celerySchema().keys();
    for (ComponentKind kind : allComponentKinds) {
        QTest::newRow(qPrintable(kindName(kind))) << QStringLiteral("#### `%1`").arg(kindName(kind)) << kindSchema(kind).keys();
    }
}

void TestDesignFormatDoc::everyKeyDocumented()
{
    QFETCH(QString, heading);
    QFETCH(QStringList, keys);
    const QString doc = docText();
    const qsizetype at = doc.indexOf(heading);
    QVERIFY2(at >= 0, qPrintable(heading));
    const qsizetype next = doc.indexOf(QStringLiteral("\n#"), at + heading.size());
    const QString section = doc.mid(at, next < 0 ? -1 : next - at);
    for (const QString &key : keys)
        QVERIFY2(section.contains(QStringLiteral("| `%1` |").arg(key)), qPrintable(heading + QStringLiteral(": ") + key));
}

void TestDesignFormatDoc::exampleLoads()
{
    const QString doc = docText();
    const qsizetype at = doc.indexOf(QStringLiteral("## A complete example"));
    QVERIFY(at >= 0);
    const qsizetype open = doc.indexOf(QStringLiteral("```yaml\n"), at);
    QVERIFY(open >= 0);
    const qsizetype start = open + 8;
    const qsizetype close = doc.indexOf(QStringLiteral("```"), start);
    QVERIFY(close > start);
    const QByteArray yaml = doc.mid(start, close - start).toUtf8();
    const DesignReader::Result r = DesignReader::readData(yaml, QStringLiteral("design-format.md example"));
    QVERIFY2(r.ok(), qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    // It uses every part of the format.
    QVERIFY(!r.design->routes().isEmpty());
    QVERIFY(r.design->links().size() >= 2);
    QVERIFY(r.design->components().size() >= 10);
    const Design reloaded = *DesignReader::readData(DesignWriter::toYaml(*r.design), QStringLiteral("saved")).design;
    QVERIFY(reloaded == *r.design);
}

QTEST_GUILESS_MAIN(TestDesignFormatDoc)
#include "tst_designformatdoc.moc"
