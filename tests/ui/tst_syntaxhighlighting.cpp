// KSyntaxHighlighting is built for Qt 6 by scripts/setup (or comes from the distribution's KF6
// package). These checks make sure the library we link really finds the definitions the
// previews need and really highlights: a Terraform keyword, string and comment each get the
// theme's format for their style, and a document without a definition gets none.
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace KSyntaxHighlighting;

namespace {

const QString terraformSample = QStringLiteral("# managed by Infra Studio\n"
                                               "resource \"aws_s3_bucket\" \"static\" {\n"
                                               "  bucket = \"example-static\"\n"
                                               "}\n");

// The character format the highlighter gave to the text at `position` of `block`; an empty
// format when no range covers it.
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestSyntaxHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsDefinition_data();
    void findsDefinition();
    void findsTerraformByFileName();
    void highlightsTerraform();
    void highlightsNothingWithoutDefinition();

private:
    Repository m_repository;
};

void TestSyntaxHighlighting::findsDefinition_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("terraform") << QStringLiteral("Terraform");
    QTest::newRow("markdown") << QStringLiteral("Markdown");
    QTest::newRow("yaml") << QStringLiteral("YAML");
    QTest::newRow("ini") << QStringLiteral("INI Files");
    QTest::newRow("python") << QStringLiteral("Python");
}

void TestSyntaxHighlighting::findsDefinition()
{
    QFETCH(QString, name);
    const Definition definition = m_repository.definitionForName(name);
    QVERIFY2(definition.isValid(), qPrintable(QStringLiteral("no syntax definition named '%1'").arg(name)));
    QCOMPARE(definition.name(), name);
}

void TestSyntaxHighlighting::findsTerraformByFileName()
{
    QCOMPARE(m_repository.definitionForFileName(QStringLiteral("main.tf")).name(), QStringLiteral("Terraform"));
    QCOMPARE(m_repository.definitionForFileName(QStringLiteral("prod.tfvars")).name(), QStringLiteral("Terraform"));
}

void TestSyntaxHighlighting::highlightsTerraform()
{
    const Theme theme = m_repository.defaultTheme(Repository::LightTheme);
    QVERIFY(theme.isValid());
    const Definition terraform = m_repository.definitionForName(QStringLiteral("Terraform"));
    QVERIFY(terraform.isValid());

    QTextDocument document;
    document.setPlainText(terraformSample);
    SyntaxHighlighter highlighter(&document);
    highlighter.setTheme(theme);
    highlighter.setDefinition(terraform);
    highlighter.rehighlight();

    const QColor normal = QColor::fromRgba(theme.textColor(Theme::Normal));

    // Line 0: "# managed by Infra Studio" is a comment.
    const QTextCharFormat comment = formatAt(document.findBlockByNumber(0), 2);
    QCOMPARE(comment.foreground().color(), QColor::fromRgba(theme.textColor(Theme::Comment)));
    QVERIFY(comment.foreground().color() != normal);

    // Line 1: "resource" is a block keyword, "\"aws_s3_bucket\"" a string.
    const QTextBlock resourceLine = document.findBlockByNumber(1);
    const QTextCharFormat keyword = formatAt(resourceLine, 0);
    QCOMPARE(keyword.foreground().color(), QColor::fromRgba(theme.textColor(Theme::Keyword)));
    QCOMPARE(keyword.fontWeight() == QFont::Bold, theme.isBold(Theme::Keyword));
    QVERIFY2(keyword.fontWeight() == QFont::Bold || keyword.foreground().color() != normal,
             "'resource' looks like normal text");
    const QTextCharFormat string = formatAt(resourceLine, int(qstrlen("resource \"")));
    QCOMPARE(string.foreground().color(), QColor::fromRgba(theme.textColor(Theme::String)));
    QVERIFY(string.foreground().color() != normal);
    QVERIFY(string != keyword);

    // Line 2: the attribute value is a string too.
    const QTextBlock bucketLine = document.findBlockByNumber(2);
    const int value = int(bucketLine.text().indexOf(QLatin1Char('"'))) + 1;
    QCOMPARE(formatAt(bucketLine, value).foreground().color(), QColor::fromRgba(theme.textColor(Theme::String)));
}

void TestSyntaxHighlighting::highlightsNothingWithoutDefinition()
{
    const Theme theme = m_repository.defaultTheme(Repository::LightTheme);
    QTextDocument document;
    document.setPlainText(terraformSample);
    SyntaxHighlighter highlighter(&document);
    highlighter.setTheme(theme);
    highlighter.setDefinition(Definition());
    highlighter.rehighlight();

    // The highlighter always sets a foreground; without a definition it is the normal one.
    const QColor normal = QColor::fromRgba(theme.textColor(Theme::Normal));
    int styled = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.foreground().color() != normal || range.format.fontWeight() == QFont::Bold)
                ++styled;
        }
    }
    QCOMPARE(styled, 0);
}

QTEST_MAIN(TestSyntaxHighlighting)
#include "tst_syntaxhighlighting.moc"
