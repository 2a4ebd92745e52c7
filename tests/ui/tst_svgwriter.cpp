// The diagram's SVG writer (issue 19): what a QPainter draws comes out as well-formed SVG with
// the painter's coordinates, colours and texts; a picture drawn many times (a component icon)
// is defined once and placed with <use>; and the exported diagram, drawn back by an SVG
// renderer, looks like the same diagram painted directly into an image, as the canvas paints it.
#include "derive/derivedmodel.h"
#include "diagrampainter.h"
#include "diagramrenderer.h"
#include "io/designreader.h"
#include "model/design.h"
#include "svgwriter.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <future>

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

    // A part drawn on its own (on another thread, before the document's size is known) and
    // put in with insertPart() gives the bytes of the document drawn in one go: its symbols
    // defined in it and used, not defined again, by what is drawn after it; without and with
    // an output (parts of the promised size).
    void partsWriteTheDocumentDrawnInOneGo()
    {
        const auto dot = [](QPainter *q, const QRectF &r) { q->drawEllipse(r); };
        const auto before = [](QPainter &p) {
            for (int i = 0; i < 2000; ++i) {
                p.setPen(QColor::fromHsv(i % 360, 200, 120));
                p.drawLine(QPointF(i % 40 * 24, i / 40 * 20), QPointF(i % 40 * 24 + 20, i / 40 * 20));
            }
        };
        // Sets what it draws with, as a card does: a new painter's state or the one before it
        // draws the same.
        const auto middle = [&dot](QPainter &p) {
            QFont font;
            font.setPixelSize(11);
            p.setFont(font);
            for (int i = 0; i < 3000; ++i) {
                p.setPen(QPen(Qt::darkBlue, 1.5));
                p.setBrush(QColor(0xee, 0xee, 0xee));
                p.drawRect(QRectF(i % 40 * 24, i / 40 * 20, 20, 16));
                p.setPen(Qt::black);
                SvgWriter::drawText(&p, QRectF(i % 40 * 24, i / 40 * 20, 20, 16), Qt::AlignCenter, QStringLiteral("t%1").arg(i % 7));
                SvgWriter::drawSymbol(&p, QStringLiteral("dot"), QRectF(i % 40 * 24, i / 40 * 20, 4, 4), dot);
            }
        };
        const auto after = [&dot](QPainter &p) {
            p.setPen(Qt::red);
            SvgWriter::drawSymbol(&p, QStringLiteral("dot"), QRectF(5, 5, 4, 4), dot);
            SvgWriter::drawSymbol(&p, QStringLiteral("ring"), QRectF(9, 5, 4, 4), dot);
        };
        const QSizeF size(960, 1500);
        const QPointF topLeft(-12.5, 30);
        const auto oneGo = [&](SvgWriter &svg) {
            svg.setTopLeft(topLeft);
            QPainter p(&svg);
            before(p);
            p.save();
            middle(p);
            p.restore();
            after(p);
        };
        const auto inParts = [&](SvgWriter &svg) {
            const std::unique_ptr<SvgWriter> part = SvgWriter::part();
            {
                QPainter q(part.get());
                middle(q);
            }
            svg.setTopLeft(topLeft);
            QPainter p(&svg);
            before(p);
            QVERIFY(SvgWriter::insertPart(&p, *part));
            after(p);
        };
        SvgWriter whole(size);
        oneGo(whole);
        SvgWriter joined(size);
        inParts(joined);
        QVERIFY(whole.data().size() > 3 * SvgWriter::kOutputPart);
        QCOMPARE(joined.data(), whole.data());
        const Parsed doc = parse(joined.data());
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.elements.filter(QStringLiteral("g id=infra-dot")).size(), 1);
        QCOMPARE(doc.elements.filter(QStringLiteral("g id=infra-ring")).size(), 1);
        QCOMPARE(doc.elements.filter(QStringLiteral("use xlink:href=#infra-dot ")).size(), 3001);
        QCOMPARE(joined.textStats().laidOut, whole.textStats().laidOut);
        QCOMPARE(joined.textStats().reused, whole.textStats().reused);

        QList<QByteArray> parts;
        SvgWriter streamed(size);
        streamed.setOutput([&parts](QByteArrayView part) {
            parts.append(part.toByteArray());
            return true;
        });
        inParts(streamed);
        QCOMPARE(parts.join(), whole.data());
        QVERIFY(parts.size() >= 3);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            QVERIFY(parts[i].size() >= SvgWriter::kOutputPart && parts[i].size() < SvgWriter::kOutputPart + 4096);
    }

    // A part whose symbol ids are taken in the document already is not put in (the caller
    // draws its content instead), nor is anything into another device.
    void partsWithTakenSymbolsAreRefused()
    {
        const auto dot = [](QPainter *q, const QRectF &r) { q->drawEllipse(r); };
        const std::unique_ptr<SvgWriter> part = SvgWriter::part();
        {
            QPainter q(part.get());
            SvgWriter::drawSymbol(&q, QStringLiteral("dot"), QRectF(0, 0, 4, 4), dot);
        }
        SvgWriter svg(QSizeF(50, 50));
        QByteArray written;
        {
            QPainter p(&svg);
            SvgWriter::drawSymbol(&p, QStringLiteral("dot"), QRectF(10, 10, 4, 4), dot);
            written = svg.data();
            QVERIFY(!SvgWriter::insertPart(&p, *part));
            QCOMPARE(svg.data(), written);
        }
        QCOMPARE(parse(svg.data()).elements.filter(QStringLiteral("g id=infra-dot")).size(), 1);
        QImage image(50, 50, QImage::Format_RGB32);
        QPainter p(&image);
        QVERIFY(!SvgWriter::insertPart(&p, *part));
    }

    // setTopLeft(): the point of the painter's coordinates at the document's top left corner.
    void topLeftIsTheDocumentsCorner()
    {
        SvgWriter svg(QSizeF(100, 100));
        svg.setTopLeft(QPointF(-40, 25));
        {
            QPainter p(&svg);
            p.fillRect(QRectF(-40, 25, 10, 10), QColor(0xd0, 0x20, 0x20));
        }
        const Parsed doc = parse(svg.data());
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QVERIFY(doc.elements.contains(QStringLiteral("g transform=translate(40 -25)")));
        QImage image(100, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QSvgRenderer renderer(svg.data());
            QVERIFY(renderer.isValid());
            QPainter p(&image);
            renderer.render(&p, QRectF(0, 0, 100, 100));
        }
        QCOMPARE(image.pixelColor(5, 5), QColor(0xd0, 0x20, 0x20));
        QCOMPARE(image.pixelColor(15, 15), QColor(Qt::white));
    }

    // With an output, the document is handed over in parts of about kOutputPart bytes as it is
    // written (the last when the painter ends) and not kept: the parts are the bytes the writer
    // keeps without one, symbols and reused text layouts included. DiagramRenderer::saveSvg()
    // writes the file that way, toSvg()'s bytes.
    void outputInParts()
    {
        const auto paint = [](SvgWriter &svg) {
            QPainter p(&svg);
            QFont font;
            font.setPixelSize(11);
            p.setFont(font);
            for (int i = 0; i < 3000; ++i) {
                p.setPen(QColor::fromHsv(i % 360, 200, 120));
                p.drawRect(QRectF(i % 40 * 24, i / 40 * 20, 20, 16));
                SvgWriter::drawText(&p, QRectF(i % 40 * 24, i / 40 * 20, 20, 16), Qt::AlignCenter, QStringLiteral("t%1").arg(i % 7));
                SvgWriter::drawSymbol(&p, QStringLiteral("dot"), QRectF(i % 40 * 24, i / 40 * 20, 4, 4),
                                      [](QPainter *q, const QRectF &r) { q->drawEllipse(r); });
            }
        };
        SvgWriter whole(QSizeF(960, 1500));
        paint(whole);
        QList<QByteArray> parts;
        SvgWriter streamed(QSizeF(960, 1500));
        streamed.setOutput([&parts](QByteArrayView part) {
            parts.append(part.toByteArray());
            return true;
        });
        paint(streamed);
        QVERIFY(whole.data().size() > 3 * SvgWriter::kOutputPart);
        QCOMPARE(parts.join(), whole.data());
        QVERIFY(streamed.data().isEmpty());
        QVERIFY(parts.size() >= 3);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            QVERIFY(parts[i].size() >= SvgWriter::kOutputPart && parts[i].size() < SvgWriter::kOutputPart + 4096);

        // Once the output refused a part, it is not asked again.
        int calls = 0;
        SvgWriter refused(QSizeF(960, 1500));
        refused.setOutput([&calls](QByteArrayView) {
            ++calls;
            return false;
        });
        paint(refused);
        QCOMPARE(calls, 1);

        const Design design = referenceDesign();
        const DiagramRenderer renderer(design);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("diagram.svg"));
        QString error;
        QVERIFY2(renderer.saveSvg(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), renderer.toSvg());
    }

    // SvgWriter::drawText() writes what QPainter::drawText() writes, to the byte, while laying
    // each repeated text out once: boxes on the 1/64 grid and off it, on both sides of zero and
    // near it, every alignment the diagram uses (centred text in boxes of odd widths puts its
    // origin half a QFixed unit off the grid, where Qt's truncation turns at zero), two lines,
    // fonts, transforms, a hidden pen and an opaque background.
    void textLayoutsAreReused()
    {
        QFont small;
        small.setPixelSize(11);
        QFont bold = small;
        bold.setWeight(QFont::DemiBold);
        bold.setPixelSize(13);
        const QStringList texts = {QStringLiteral("ECS web service"), QStringLiteral("$57.67/mo"), QStringLiteral("1"),
                                   QStringLiteral("c=4 · tasks 1–2–10"), QStringLiteral("two\nlines"), QStringLiteral("ab  "),
                                   QString(), QStringLiteral("Ünïcødé ×4 — 日本")};
        const int flagsList[] = {int(Qt::AlignLeft | Qt::AlignVCenter), int(Qt::AlignRight | Qt::AlignVCenter), int(Qt::AlignCenter),
                                 int(Qt::AlignLeft | Qt::AlignTop), int(Qt::AlignHCenter | Qt::AlignBottom)};
        const QSizeF sizes[] = {QSizeF(180, 13.640625), QSizeF(17, 16), QSizeF(64.015625, 20.5), QSizeF(3, 4)};
        const qreal places[] = {0, 10, -8, 0.5, 14.015625, -1.5, 250.25, 1234.984375, -4321.0625, 0.3, 97.123456, -0.7};
        const auto draw = [&](QPainter &p, bool cached) {
            int i = 0;
            for (const QString &text : texts) {
                for (const int flags : flagsList) {
                    for (const QSizeF &size : sizes) {
                        for (const qreal x : places) {
                            const qreal y = places[(i++ * 7) % std::size(places)];
                            p.setFont(i % 3 ? small : bold);
                            p.setPen(QColor(i % 255, 2, 3));
                            if (i % 97 == 0)
                                p.setPen(Qt::NoPen);
                            p.setBackgroundMode(i % 89 == 0 ? Qt::OpaqueMode : Qt::TransparentMode);
                            const QRectF box(QPointF(x, y), size);
                            if (cached)
                                SvgWriter::drawText(&p, box, flags, text);
                            else
                                p.drawText(box, flags, text);
                        }
                    }
                }
                p.translate(0.5, 3);
            }
        };
        const auto write = [&](bool cached) {
            SvgWriter svg(QSizeF(400, 300));
            {
                QPainter p(&svg);
                draw(p, cached);
            }
            return std::make_pair(svg.data(), svg.textStats());
        };
        const auto [plain, plainStats] = write(false);
        const auto [reused, stats] = write(true);
        QCOMPARE(plainStats.reused + plainStats.laidOut, 0); // drawText() of QPainter: no cache
        QVERIFY(plain.count("<text") > 1000);
        if (reused != plain) {
            const QList<QByteArray> a = plain.split('\n'), b = reused.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
                QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("line %1:\n%2\n%3").arg(i).arg(QString::fromUtf8(a[i]), QString::fromUtf8(b[i]))));
            QCOMPARE(b.size(), a.size());
        }
        // Of the 1,920 texts (8 texts x 5 alignments x 4 sizes x 12 places, in 2 fonts and 8
        // transforms), a quarter of them in boxes off the grid, many were not laid out again;
        // the layouts include the two that check a layout before it is first reused.
        QVERIFY2(stats.reused > 400, qPrintable(QString::number(stats.reused)));
        QVERIFY2(stats.laidOut < 1920 - 400, qPrintable(QString::number(stats.laidOut)));

        // Into any other device, drawText() simply draws.
        QImage a(120, 40, QImage::Format_RGB32), b(120, 40, QImage::Format_RGB32);
        a.fill(Qt::white);
        b.fill(Qt::white);
        {
            QPainter p(&a);
            p.drawText(QRectF(2, 2, 110, 30), Qt::AlignCenter, QStringLiteral("ECS web service"));
        }
        {
            QPainter p(&b);
            SvgWriter::drawText(&p, QRectF(2, 2, 110, 30), Qt::AlignCenter, QStringLiteral("ECS web service"));
        }
        QCOMPARE(b, a);
        QVERIFY(a != [] { QImage w(120, 40, QImage::Format_RGB32); w.fill(Qt::white); return w; }());
    }

    // The card texts are elided once per distinct text, font and width, with Qt's result.
    void elisionsAreCached()
    {
        const DiagramPainter painter;
        QFont font = painter.style().detailFont;
        const QString longText = QStringLiteral("gunicorn ×4 · tasks 2–4–10 · a long tail of words");
        const QFontMetricsF metrics(font);
        QCOMPARE(painter.elidedText(font, longText, 80), metrics.elidedText(longText, Qt::ElideRight, 80));
        QVERIFY(painter.elidedText(font, longText, 80).endsWith(QChar(0x2026)));
        QCOMPARE(painter.elisionsComputed(), 1);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(painter.elidedText(font, longText, 80), metrics.elidedText(longText, Qt::ElideRight, 80));
        QCOMPARE(painter.elisionsComputed(), 1);
        // Another width, font or text is another question.
        QCOMPARE(painter.elidedText(font, longText, 400), metrics.elidedText(longText, Qt::ElideRight, 400));
        QFont bold = font;
        bold.setWeight(QFont::Bold);
        QCOMPARE(painter.elidedText(bold, longText, 80), QFontMetricsF(bold).elidedText(longText, Qt::ElideRight, 80));
        QCOMPARE(painter.elidedText(font, QStringLiteral("S3"), 80), QStringLiteral("S3"));
        QCOMPARE(painter.elisionsComputed(), 4);
        // Advances likewise.
        QCOMPARE(painter.horizontalAdvance(bold, QStringLiteral("$57.67/mo")), QFontMetricsF(bold).horizontalAdvance(QStringLiteral("$57.67/mo")));
        QCOMPARE(painter.horizontalAdvance(bold, QStringLiteral("$57.67/mo")), QFontMetricsF(bold).horizontalAdvance(QStringLiteral("$57.67/mo")));
        QCOMPARE(painter.horizontalAdvance(font, QStringLiteral("S3")), metrics.horizontalAdvance(QStringLiteral("S3")));
        QCOMPARE(painter.elisionsComputed(), 6);
        // A copy (a second thread's painter) asks anew.
        const DiagramPainter copy = painter;
        QCOMPARE(copy.elidedText(font, longText, 80), metrics.elidedText(longText, Qt::ElideRight, 80));
        QCOMPARE(copy.elisionsComputed(), 1);
    }

    // Loading the pricing catalog and the diagram's fonts beforehand, on another thread, as the
    // CLI's render does while it reads the design, changes nothing drawn.
    void preparedInBackgroundDrawsTheSame()
    {
        const Design design = referenceDesign();
        QVERIFY(!design.components().empty());
        std::future<void> prepared = DiagramRenderer::prepareInBackground();
        QVERIFY(prepared.valid());
        const QByteArray whilePreparing = DiagramRenderer(design).toSvg();
        prepared.get();
        const QByteArray after = DiagramRenderer(design).toSvg();
        QVERIFY(after.contains("$"));
        QCOMPARE(whilePreparing, after);
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
        // Every card's look (its tier's colour) once, and one <use> per card.
        QSet<QRgb> tiers;
        for (const Component &c : design.components())
            tiers.insert(DiagramStyle::standard().tierColor(kindTier(c.kind)).rgba());
        QCOMPARE(doc.elements.filter(QRegularExpression(QStringLiteral("^g id=infra-card-"))).size(), tiers.size());
        QCOMPARE(doc.elements.filter(QStringLiteral("use xlink:href=#infra-card-")).size(), qsizetype(design.components().size()));

        // The cards are drawn into a part while the routes are laid out, the rest in scene
        // coordinates under one translation: the same drawing as the painter's in one go.
        SvgWriter direct(renderer.sceneRect().size());
        direct.setTitle(design.name());
        direct.setDescription(QStringLiteral("Infra Studio architecture diagram"));
        {
            QPainter p(&direct);
            renderer.render(&p);
        }
        // The corner is the scene rectangle's, at most three decimals as the writer writes it.
        const QRegularExpressionMatch translate
            = QRegularExpression(QStringLiteral("<g transform=\"translate\\(([-0-9.]+) ([-0-9.]+)\\)\">\n")).match(QString::fromUtf8(svg));
        QVERIFY2(translate.hasMatch(), svg.left(600).constData());
        QVERIFY(std::abs(translate.captured(1).toDouble() + renderer.sceneRect().left()) < 0.001);
        QByteArray unmoved = svg;
        unmoved.replace(translate.captured(0).toUtf8(), "");
        QVERIFY(unmoved.endsWith("</g>\n</g>\n</svg>\n"));
        unmoved.chop(int(qstrlen("</g>\n</svg>\n")));
        unmoved += "</svg>\n";
        const QByteArray matrix = " transform=\"matrix(1 0 0 1 " + translate.captured(1).toUtf8() + ' ' + translate.captured(2).toUtf8() + ")\"";
        QVERIFY(direct.data().contains(matrix));
        QByteArray plain = direct.data();
        plain.replace(matrix, "");
        if (unmoved != plain) {
            QFile a(QDir::temp().filePath(QStringLiteral("tst_svgwriter-parts.svg"))), b(QDir::temp().filePath(QStringLiteral("tst_svgwriter-direct.svg")));
            if (a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly)) {
                a.write(unmoved);
                b.write(plain);
            }
        }
        QCOMPARE(unmoved, plain);

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
