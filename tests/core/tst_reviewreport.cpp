// The review report's HTML (issue 18 item 2): every section from the design's own figures,
// every design-supplied text escaped (a design named "Sales & <Billing> %1" with markup in its
// notes), well-formed markup (read back as XML), extra sections and the comparison in place.
#include "compare/designdiff.h"
#include "cost/costengine.h"
#include "derive/derivedmodel.h"
#include "emit/docswriter.h"
#include "io/designreader.h"
#include "report/reviewreport.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Infra;

namespace {

Design load(const QString &path)
{
    const DesignReader::Result r = DesignReader::readFile(path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorStrings().join(QLatin1Char('\n'))));
    return *r.design;
}

Design sales()
{
    return load(QStringLiteral(INFRA_TEST_DATA_DIR "/report/sales.infra.yaml"));
}

Design reference()
{
    return load(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
}

// The text of every element with class `cls` (entities resolved), and whether the page is
// well-formed XML (XHTML syntax: every design text escaped, every element closed).
struct Parsed
{
    bool wellFormed = false;
    QString error;
    QString title;
    QStringList classTexts;
    QStringList ids;
    int elements = 0;
    QStringList elementNames;
};

Parsed parse(const QString &html, const QString &cls = QStringLiteral("note"))
{
    Parsed p;
    QXmlStreamReader xml(html);
    int depth = 0;      // inside an element of class `cls`
    QString text;
    bool inTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++p.elements;
            p.elementNames.append(xml.name().toString());
            if (const QString id = xml.attributes().value(QLatin1String("id")).toString(); !id.isEmpty())
                p.ids.append(id);
            inTitle = xml.name() == QLatin1String("title") && p.title.isEmpty();
            if (depth > 0)
                ++depth;
            else if (xml.attributes().value(QLatin1String("class")).toString().split(QLatin1Char(' ')).contains(cls))
                depth = 1, text.clear();
        } else if (xml.isCharacters()) {
            if (inTitle)
                p.title += xml.text();
            if (depth > 0)
                text += xml.text();
        } else if (xml.isEndElement()) {
            inTitle = false;
            if (depth > 0 && --depth == 0)
                p.classTexts.append(text);
        }
    }
    p.wellFormed = !xml.hasError();
    p.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return p;
}

const QByteArray fakeSvg = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                           "<!-- a comment -->\n<svg width=\"10\" height=\"10\" viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\">"
                           "<text x=\"1\" y=\"5\">Web &lt;app&gt; &amp; API</text></svg>\n";

} // namespace

class TestReviewReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("lineBreaks");
        QTest::addColumn<QString>("expected");
        QTest::newRow("markup") << QStringLiteral("Sales & <Billing>") << false << QStringLiteral("Sales &amp; &lt;Billing&gt;");
        QTest::newRow("quotes") << QStringLiteral("a \"b\" 'c'") << false << QStringLiteral("a &quot;b&quot; &#39;c&#39;");
        QTest::newRow("script") << QStringLiteral("</div><script>") << false << QStringLiteral("&lt;/div&gt;&lt;script&gt;");
        QTest::newRow("breaks") << QStringLiteral("a\r\nb") << true << QStringLiteral("a<br/>\nb");
        QTest::newRow("control") << QStringLiteral("a\x01" "b\tc") << false << QStringLiteral("a b\tc");
        QTest::newRow("entity") << QStringLiteral("&amp;") << false << QStringLiteral("&amp;amp;");
    }
    void escapedText()
    {
        QFETCH(QString, text);
        QFETCH(bool, lineBreaks);
        QFETCH(QString, expected);
        QCOMPARE(ReviewReport::escaped(text, lineBreaks), expected);
    }

    void inlineSvgDropsTheProlog()
    {
        const QByteArray svg = ReviewReport::inlineSvg(fakeSvg);
        QVERIFY(svg.startsWith("<svg "));
        QVERIFY(svg.endsWith("</svg>"));
        QVERIFY(ReviewReport::inlineSvg("no svg here").isEmpty());
    }

    void designTextsAreEscaped()
    {
        const Design d = sales();
        const DerivedModel m = DerivedModel::derive(d);
        const CostEstimate e = CostEngine().estimate(d);
        ReviewReport report(d, m, e);
        report.setDiagramSvg(fakeSvg);
        const QString html = report.html();
        const Parsed p = parse(html);
        QVERIFY2(p.wellFormed, qPrintable(p.error));
        // No element came from the design's texts: no script, no <b> from the note.
        QVERIFY(!p.elementNames.contains(QLatin1String("script")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<b>not bold</b>")));
        QCOMPARE(p.title, QStringLiteral("Review report: Sales & <Billing> %1"));
        QVERIFY(html.contains(QLatin1String("<h1>Review report: Sales &amp; &lt;Billing&gt; %1</h1>")));
        // The notes read back exactly as written (the design's in the header and in Notes).
        const QString designNote = d.note();
        QVERIFY(designNote.contains(QLatin1String("</div><script>alert('design')</script>")));
        QCOMPARE(p.classTexts.count(designNote), 2);
        QVERIFY(p.classTexts.contains(d.noteOf(QStringLiteral("web"))));
        QVERIFY(html.contains(QLatin1String("<h3>Web &lt;app&gt; &amp; API <span class=\"small\">web</span></h3>")));
        // The component name in the cost line items is escaped too.
        QVERIFY(html.contains(QLatin1String("<td>Web &lt;app&gt; &amp; API <span class=\"small\">web</span></td>")));
        // %1 in the name stayed (no second arg() pass replaced it).
        QVERIFY(html.contains(QLatin1String("Sales &amp; &lt;Billing&gt; %1")));
        // Over the 100 USD budget.
        QVERIFY(html.contains(QLatin1String("over budget")));
    }

    void sectionsFollowTheDesign()
    {
        const Design d = reference();
        const DerivedModel m = DerivedModel::derive(d);
        const CostEstimate e = CostEngine().estimate(d);
        ReviewReport report(d, m, e);
        report.setDiagramSvg(fakeSvg);
        report.addSection({QStringLiteral("extra"), QStringLiteral("Decisions & <trade-offs>"), QStringLiteral("<p>ADR-001</p>\n")});
        const QString html = report.html();
        const Parsed p = parse(html, QStringLiteral("badge"));
        QVERIFY2(p.wellFormed, qPrintable(p.error));
        // In report order; no notes in the reference design, no comparison set.
        QCOMPARE(p.ids, (QStringList{QStringLiteral("diagram"), QStringLiteral("review"), QStringLiteral("findings"),
                                     QStringLiteral("cost"), QStringLiteral("capacity"), QStringLiteral("decisions"),
                                     QStringLiteral("extra")}));
        // The five decisions from core/decide: each applicable table with its status and factor rows.
        QVERIFY(html.contains(QLatin1String("<h3>RDS PostgreSQL vs Aurora PostgreSQL (ADR-002)</h3>\n<p>Accepted: RDS PostgreSQL.")));
        QVERIFY(html.contains(QLatin1String("<td>Scale (data)</td>")));
        QVERIFY(html.contains(QLatin1String("With Aurora PostgreSQL: ")));
        QVERIFY(html.contains(QLatin1String("<h2>Decisions &amp; &lt;trade-offs&gt;</h2>\n<p>ADR-001</p>")));
        QVERIFY(html.contains(QLatin1String("<text x=\"1\" y=\"5\">Web &lt;app&gt; &amp; API</text></svg>")));
        // Every review item with its status badge: as many badges of each status as items.
        int passed = 0, failed = 0, open = 0;
        for (const ReviewItem &r : m.review()) {
            QVERIFY2(html.contains(ReviewReport::escaped(r.title)), qPrintable(r.title));
            (r.status == ReviewItem::Status::Passed ? passed : r.status == ReviewItem::Status::Failed ? failed : open)++;
        }
        QVERIFY(m.review().size() >= 10);
        QCOMPARE(int(p.classTexts.count(QStringLiteral("passed"))), passed);
        QCOMPARE(int(p.classTexts.count(QStringLiteral("FAILED"))), failed);
        QCOMPARE(int(p.classTexts.count(QStringLiteral("not evaluated"))), open);
        // Every finding's message and every cost line item's label, and the totals.
        for (const Finding &f : m.findings())
            QVERIFY2(html.contains(ReviewReport::escaped(f.message)), qPrintable(f.message));
        int items = 0;
        for (const ComponentCost &c : e.components) {
            for (const LineItem &i : c.items) {
                QVERIFY2(html.contains(ReviewReport::escaped(i.label)), qPrintable(i.label));
                ++items;
            }
        }
        QVERIFY(items > 20);
        // The reference design costs 1,972.61 USD a month at desired scale (docs/cost-model.md).
        QVERIFY(html.contains(QLatin1String("<td class=\"num\">$1,972.61</td>")));
        QVERIFY(html.contains(QLatin1String("<b>$1,972.61</b>")));
        QVERIFY(html.contains(QLatin1String("within budget")));
        // Capacity: one row per fact.
        for (const auto &[id, fact] : m.capacity().allFacts())
            QVERIFY2(html.contains(ReviewReport::escaped(fact.label.toString())), qPrintable(fact.label.toString()));
        QVERIFY(!html.contains(QLatin1String("id=\"notes\"")));
    }

    void comparisonWhenOneIsOpen()
    {
        const Design after = reference();
        Design before = after;
        QVERIFY(before.setParameter(QStringLiteral("web"), QStringLiteral("desired_tasks"), 3).ok);
        QVERIFY(before.removeComponents({QStringLiteral("pgbouncer")}).ok);
        DesignDiff::Options options;
        options.files = false;
        DesignDiff diff = DesignDiff::compare(before, after, options);
        diff.beforeLabel = QStringLiteral("old <file>.yaml");
        diff.afterLabel = QStringLiteral("new.yaml");
        const DerivedModel m = DerivedModel::derive(after);
        const CostEstimate e = CostEngine().estimate(after);
        ReviewReport report(after, m, e);
        report.setComparison(&diff);
        const QString html = report.html();
        const Parsed p = parse(html);
        QVERIFY2(p.wellFormed, qPrintable(p.error));
        QCOMPARE(p.ids.last(), QStringLiteral("comparison"));
        QVERIFY(!p.ids.contains(QStringLiteral("diagram"))); // no diagram given
        QVERIFY(html.contains(QLatin1String("Before: <b>old &lt;file&gt;.yaml</b>")));
        // pgBouncer was added, web's desired_tasks changed 3 → 5.
        QVERIFY2(html.contains(QStringLiteral("<code>desired_tasks</code>: 3 → 5")),
                 qPrintable(html.mid(html.indexOf(QLatin1String("<section id=\"comparison\">")), 3000)));
        const qsizetype comparison = html.indexOf(QLatin1String("<section id=\"comparison\">"));
        QVERIFY(html.indexOf(QLatin1String(">added</span>"), comparison) > comparison);
        // The total's delta, from the two estimates.
        const double delta = diff.totalAfter[1] - diff.totalBefore[1];
        QVERIFY(delta > 0);
        QVERIFY2(html.contains(QStringLiteral("(+%1)").arg(ReviewReport::escaped(DocsWriter::money(delta)))), "no cost delta");
    }
};

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
