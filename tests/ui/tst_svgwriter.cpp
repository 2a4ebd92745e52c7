// The diagram's SVG writer (issue 19): what a QPainter draws comes out as well-formed SVG with
// the painter's coordinates, colours and texts; a picture drawn many times (a component icon)
// is defined once and placed with <use>; and the exported diagram, drawn back by an SVG
// renderer, looks like the same diagram painted directly into an image, as the canvas paints it.
#include "derive/derivedmodel.h"
#include "diagramrenderer.h"
#include "io/designreader.h"
#include "model/design.h"
#include "svgwriter.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Infra;

namespace {

Design referenceDesign()
{
    const auto read = DesignReader::readFile(QStringLiteral(INFRA_SOURCE_DIR "/resources/examples/django-reference.infra.yaml"));
    return read.ok() ? *read.design : Design();
}

// The start tags of a document, each with its attributes ("rect x=1 y=2"), and its texts;
// fails the test on malformed XML.
struct Parsed
{
    QStringList elements;
    QStringList texts;
    bool ok = false;
    QString error;
};

Parsed parse(const QByteArray &svg)
{
    Parsed p;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            QString e = xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                e += QLatin1Char(' ') + a.qualifiedName().toString() + QLatin1Char('=') + a.value().toString();
            p.elements.append(e);
            if (xml.name() == QLatin1String("text") || xml.name() == QLatin1String("title"))
                p.texts.append(xml.readElementText());
        }
    }
    p.ok = !xml.hasError();
    p.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return p;
}

// Mean absolute difference of the channels, 0..255.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int r = 0; r < x.height(); ++r) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            sum += std::abs(qRed(p[c]) - qRed(q[c])) + std::abs(qGreen(p[c]) - qGreen(q[c])) + std::abs(qBlue(p[c]) - qBlue(q[c]));
    }
    return sum / (3.0 * x.width() * x.height());
}

} // namespace

class TestSvgWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesThePaintersShapes()
    {
        SvgWriter svg(QSizeF(200.5, 100));
        svg.setTitle(QStringLiteral("Sales & <Billing>"));
        svg.setDescription(QStringLiteral("a test"));
        {
            QPainter p(&svg);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x12, 0x34, 0x56));
            p.drawRect(QRectF(1.23456, -0.5, 10, 20));
            p.setBrush(QColor(255, 0, 0, 51));
            p.drawEllipse(QRectF(0, 0, 10, 4));
            QPen pen(QColor(0, 128, 0), 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.translate(5, 7);
            QPainterPath path(QPointF(0, 0));
            path.lineTo(10, 0);
            path.quadTo(20, 0, 20, 10);
            p.drawPath(path);
            p.resetTransform();
            p.setPen(QColor(1, 2, 3));
            QFont font;
            font.setPixelSize(13);
            font.setWeight(QFont::DemiBold);
            p.setFont(font);
            p.drawText(QPointF(10, 50), QStringLiteral("LB & <edge> \"x\""));
        }
        const Parsed doc = parse(svg.data());
        QVERIFY2(doc.ok, qPrintable(doc.error));
        // The size in millimetres at 72 dpi, as QSvgGenerator wrote it; the view box in units.
        QCOMPARE(doc.elements.first(), QStringLiteral("svg version=1.2 baseProfile=tiny width=70.732mm height=35.278mm "
                                                      "viewBox=0 0 200.5 100 fill-rule=evenodd"));
        QVERIFY(svg.data().contains("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "));
        QCOMPARE(doc.texts.first(), QStringLiteral("Sales & <Billing>"));
        // Coordinates with at most three decimals; one group per change of pen, brush or transform.
        QVERIFY(doc.elements.contains(QStringLiteral("g fill=#123456 stroke=none")));
        QVERIFY(doc.elements.contains(QStringLiteral("rect x=1.235 y=-0.5 width=10 height=20")));
        QVERIFY(doc.elements.contains(QStringLiteral("g fill=#ff0000 fill-opacity=0.2 stroke=none")));
        QVERIFY(doc.elements.contains(QStringLiteral("ellipse cx=5 cy=2 rx=5 ry=2")));
        // Qt's dashes are in pen widths (4 on, 2 off), SVG's in units; the quad is a cubic.
        QVERIFY2(doc.elements.contains(QStringLiteral("g fill=none stroke=#008000 stroke-width=2 stroke-linecap=round "
                                                      "stroke-linejoin=round stroke-dasharray=8,4 transform=matrix(1 0 0 1 5 7)")),
                 qPrintable(doc.elements.join(QLatin1Char('\n'))));
        QVERIFY2(doc.elements.contains(QStringLiteral("path d=M0 0 L10 0 C16.667 0 20 3.333 20 10")),
                 qPrintable(doc.elements.join(QLatin1Char('\n'))));
        // Text in the pen's colour, its font, escaped.
        const QString text = doc.elements.last();
        QVERIFY2(text.startsWith(QStringLiteral("text x=10 y=50 fill=#010203 stroke=none font-family=")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(" font-size=13 font-weight=600 xml:space=preserve")), qPrintable(text));
        QCOMPARE(doc.texts.last(), QStringLiteral("LB & <edge> \"x\""));
    }

    // Text names a generic family after the font's own, so that a browser that does not know the
    // family (Qt's default "Sans Serif" is a fontconfig alias no browser has) falls back to a face
    // of the same kind instead of its default serif face.
    void fontFamilyHasAGenericFallback()
    {
        const auto familyOf = [](const QFont &font) {
            SvgWriter svg(QSizeF(100, 100));
            {
                QPainter p(&svg);
                p.setFont(font);
                p.drawText(QPointF(10, 50), QStringLiteral("x"));
            }
            const Parsed doc = parse(svg.data());
            const QString text = doc.ok ? doc.elements.last() : doc.error;
            const qsizetype from = text.indexOf(QLatin1String(" font-family=")), to = text.indexOf(QLatin1String(" font-size="));
            return from < 0 || to < from ? text : text.mid(from + 13, to - from - 13);
        };
        QFont font;
        font.setPixelSize(12);
        font.setFamily(QStringLiteral("Sans Serif"));
        QCOMPARE(familyOf(font), QStringLiteral("Sans Serif, sans-serif"));
        font.setFamily(QStringLiteral("DejaVu Serif"));
        font.setStyleHint(QFont::Serif);
        QCOMPARE(familyOf(font), QStringLiteral("DejaVu Serif, serif"));
        font.setFamily(QStringLiteral("Mono"));
        font.setStyleHint(QFont::AnyStyle);
        QCOMPARE(familyOf(font), QStringLiteral("Mono, monospace"));
        // A generic keyword (CSS compares them without case) is not repeated.
        font.setFamily(QStringLiteral("Monospace"));
        QCOMPARE(familyOf(font), QStringLiteral("Monospace"));
        font.setFamily(QStringLiteral("serif"));
        QCOMPARE(familyOf(font), QStringLiteral("serif"));
        // Not a run of CSS identifiers: quoted, quotes inside escaped.
        font.setFamily(QStringLiteral("3D Font's & Co"));
        QCOMPARE(familyOf(font), QStringLiteral("'3D Font\\'s & Co', sans-serif"));

        // Every text of the exported diagram has the fallback.
        const DiagramRenderer renderer(referenceDesign());
        const Parsed doc = parse(renderer.toSvg());
        QVERIFY2(doc.ok, qPrintable(doc.error));
        const QStringList texts = doc.elements.filter(QRegularExpression(QStringLiteral("^text ")));
        QVERIFY(texts.size() > 17);
        for (const QString &text : texts)
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral(" font-family=[^=]*, sans-serif font-size="))), qPrintable(text));
    }

    // A closed rounded rectangle ends with Z (joined as Qt's stroker joins it); an open path does not.
    void closesReturningSubpaths()
    {
        SvgWriter svg(QSizeF(50, 50));
        {
            QPainter p(&svg);
            p.drawRoundedRect(QRectF(0, 0, 20, 10), 3, 3);
            p.drawLine(QPointF(0, 0), QPointF(5, 5));
        }
        const QByteArray data = svg.data();
        QVERIFY2(data.contains("Z\"/>"), data.constData());
        QVERIFY2(data.contains("<polyline fill=\"none\" points=\"0 0 5 5\"/>"), data.constData());
    }

    // A symbol is written once per key and size, and placed with <use> wherever it is drawn;
    // into an image the same call paints the picture itself.
    void symbolsAreWrittenOnce()
    {
        int drawn = 0;
        const auto square = [&drawn](QPainter *p, const QRectF &r) {
            ++drawn;
            p->fillRect(r, QColor(0x1f, 0x6f, 0xeb));
        };
        SvgWriter svg(QSizeF(100, 100));
        {
            QPainter p(&svg);
            SvgWriter::drawSymbol(&p, QStringLiteral("icon-a b"), QRectF(10, 10, 32, 32), square);
            SvgWriter::drawSymbol(&p, QStringLiteral("icon-a b"), QRectF(50, 10, 32, 32), square);
            p.translate(0, 40);
            SvgWriter::drawSymbol(&p, QStringLiteral("icon-a b"), QRectF(10, 10, 32, 32), square);
            SvgWriter::drawSymbol(&p, QStringLiteral("icon-a b"), QRectF(10, 10, 16, 16), square); // another size
        }
        QCOMPARE(drawn, 2);
        const Parsed doc = parse(svg.data());
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.elements.filter(QStringLiteral("defs")).size(), 2);
        QVERIFY(doc.elements.contains(QStringLiteral("g id=infra-icon-a_b")));
        QVERIFY(doc.elements.contains(QStringLiteral("g id=infra-icon-a_b-2")));
        QVERIFY(doc.elements.contains(QStringLiteral("rect x=0 y=0 width=32 height=32")));
        QVERIFY(doc.elements.contains(QStringLiteral("use xlink:href=#infra-icon-a_b x=10 y=10")));
        QVERIFY(doc.elements.contains(QStringLiteral("use xlink:href=#infra-icon-a_b x=50 y=10")));
        QVERIFY(doc.elements.contains(QStringLiteral("use xlink:href=#infra-icon-a_b-2 x=10 y=10")));
        QCOMPARE(doc.elements.filter(QStringLiteral("use ")).size(), 4);
        // The third one under the translation.
        QVERIFY(doc.elements.contains(QStringLiteral("g fill=none stroke=#000000 stroke-width=1 stroke-linecap=square "
                                                     "stroke-linejoin=bevel transform=matrix(1 0 0 1 0 40)")));

        QImage image(100, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            SvgWriter::drawSymbol(&p, QStringLiteral("icon-a b"), QRectF(10, 10, 32, 32), square);
        }
        QCOMPARE(drawn, 3);
        QCOMPARE(image.pixelColor(20, 20), QColor(0x1f, 0x6f, 0xeb));
    }

    // The exported diagram looks like the diagram the canvas paints: the SVG of the reference
    // design, drawn back by Qt's SVG renderer, against the same scene painted into an image.
    // What may differ is antialiasing at the edges and text positions a fraction of a pixel
    // apart; a missing icon, shape, colour or text moves the mean far above the bound.
    void exportLooksLikeTheCanvas()
    {
        const Design design = referenceDesign();
        QVERIFY(!design.components().empty());
        const DiagramRenderer renderer(design);
        const QByteArray svg = renderer.toSvg();
        const Parsed doc = parse(svg);
        QVERIFY2(doc.ok, qPrintable(doc.error));
        // Every kind's icon once, and one <use> per card.
        QSet<ComponentKind> kinds;
        for (const Component &c : design.components())
            kinds.insert(c.kind);
        QCOMPARE(doc.elements.filter(QRegularExpression(QStringLiteral("^g id=infra-icon-"))).size(), kinds.size());
        QCOMPARE(doc.elements.filter(QStringLiteral("use xlink:href=#infra-icon-")).size(), qsizetype(design.components().size()));

        const QImage painted = renderer.toImage(1.0);
        QImage drawnBack(painted.size(), QImage::Format_ARGB32_Premultiplied);
        drawnBack.fill(Qt::transparent);
        {
            QSvgRenderer svgRenderer(svg);
            QVERIFY(svgRenderer.isValid());
            QPainter p(&drawnBack);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            svgRenderer.render(&p, QRectF(QPointF(0, 0), painted.size()));
        }
        const double difference = meanDifference(painted, drawnBack);
        qInfo("mean channel difference: %.3f of 255", difference);
        if (difference >= 2.0) {
            painted.save(QDir::temp().filePath(QStringLiteral("tst_svgwriter-painted.png")));
            drawnBack.save(QDir::temp().filePath(QStringLiteral("tst_svgwriter-svg.png")));
        }
        QVERIFY2(difference < 2.0, qPrintable(QString::number(difference)));

        // Without the icons the difference is clearly larger: the comparison can fail.
        const QByteArray noIcons = QString::fromUtf8(svg).remove(QRegularExpression(QStringLiteral("<use [^>]*/>"))).toUtf8();
        QVERIFY(!noIcons.contains("<use"));
        QImage withoutIcons(painted.size(), QImage::Format_ARGB32_Premultiplied);
        withoutIcons.fill(Qt::transparent);
        {
            QSvgRenderer svgRenderer(noIcons);
            QPainter p(&withoutIcons);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            svgRenderer.render(&p, QRectF(QPointF(0, 0), painted.size()));
        }
        qInfo("without the icons: %.3f", meanDifference(painted, withoutIcons));
        QVERIFY2(meanDifference(painted, withoutIcons) > 2 * difference,
                 qPrintable(QStringLiteral("%1 vs %2").arg(meanDifference(painted, withoutIcons)).arg(difference)));
    }
};

QTEST_MAIN(TestSvgWriter)
#include "tst_svgwriter.moc"
