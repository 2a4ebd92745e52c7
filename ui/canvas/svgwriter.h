#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QPaintDevice>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <vector>

class QPainter;

namespace Infra {

class SvgPaintEngine;

// A paint device that writes what a QPainter draws as SVG, for the exported diagram. It stands
// in for QSvgGenerator, which re-drew every card's component icon as vector paths, held the
// whole document in a QString (UTF-16, formatted through QTextStream) and copied it into the
// output on QPainter::end(); at 500 components that was ~46 % of a whole `render` process.
// This writer appends UTF-8 to one QByteArray as the painter draws, opens a new <g> only when
// the attributes it carries (pen, brush, transform, opacity) actually change, writes numbers
// with at most 3 decimals, and lets a picture drawn many times (a component icon) be written
// once and placed with <use> (drawSymbol()).
//
// The same DiagramPainter draws the canvas and this SVG: the elements written are the
// painter's own paths, rectangles, polygons and text runs at the painter's coordinates.
// Like QSvgGenerator in Qt 6.4 it ignores clipping (the diagram does not clip) and writes
// gradients as their first colour (the diagram has none).
//
//     SvgWriter svg(QSizeF(800, 600));
//     svg.setTitle(design.name());
//     QPainter painter(&svg);
//     ...
//     painter.end();
//     const QByteArray bytes = svg.data();
class SvgWriter : public QPaintDevice
{
public:
    explicit SvgWriter(const QSizeF &size);
    ~SvgWriter() override;

    // A part of a document: drawn on its own (on another thread, say, or before the document's
    // size is known) and put into the document with insertPart(). No prolog, no <svg> element.
    static std::unique_ptr<SvgWriter> part();

    void setTitle(const QString &title) { m_title = title; }
    void setDescription(const QString &description) { m_description = description; }
    // The point of the painter's coordinates that lands on the document's top left corner (its
    // viewBox starts at 0 0): the whole drawing is written in one group moved by the opposite,
    // so a part drawn before the corner was known fits in unchanged. Set before the painter
    // begins.
    void setTopLeft(const QPointF &topLeft) { m_topLeft = topLeft; }

    // The document, complete once the painter has ended (without an output).
    const QByteArray &data() const;

    // Hands the document to `output` in parts as it is written (of about kOutputPart bytes,
    // the last one when the painter ends) instead of keeping it whole for data(): a
    // 2,000-component diagram is 7 MB. Once `output` returned false it is not called again.
    // Set before the painter begins.
    static constexpr qsizetype kOutputPart = 128 * 1024;
    void setOutput(std::function<bool(QByteArrayView)> output) { m_output = std::move(output); }

    QPaintEngine *paintEngine() const override;

    // Draws a picture that `draw(QPainter *, const QRectF &)` paints into `rect` (in the
    // painter's coordinates). Into an SvgWriter the picture is written once per key and size,
    // in a <defs>, and every drawing is a <use> of it; into any other device `draw` simply
    // paints. `key` is a QString or a callable that returns one, called only into an SvgWriter:
    // the canvas paints every card each frame and makes no key. Nothing else may paint while
    // `draw` runs.
    template <typename Key, typename Draw>
    static void drawSymbol(QPainter *painter, const Key &key, const QRectF &rect, const Draw &draw)
    {
        if (!writesSvg(painter)) {
            draw(painter, rect);
        } else if constexpr (std::is_invocable_v<const Key &>) {
            writeSymbol(painter, key(), rect, draw);
        } else {
            writeSymbol(painter, QString(key), rect, draw);
        }
    }

    // QPainter::drawText(rect, flags, text), with the same bytes written. Into an SvgWriter a
    // text laid out once in a box of one size (with one font, flags and transform) is written
    // again at a new place without being laid out again: Qt's layout (shaping, line breaking)
    // was most of the time a card took to write, and card texts repeat ("ECS web service",
    // "$57.67/mo"). Where reusing a layout could move a run by a rounding step, the text is
    // laid out each time (see SvgPaintEngine::drawText). Into any other device: drawText().
    static void drawText(QPainter *painter, const QRectF &rect, int flags, const QString &text);

    // Writes `part` (a part(), its painter ended) where `painter`, drawing into an SvgWriter,
    // has got to: the same document as if its content had been drawn here with a painter in
    // the state a new one starts in (its symbols are defined in it, later drawings of them
    // here are <use>s of them). False, and nothing written, when `painter` draws into another
    // device or when one of the part's symbol ids is taken here already: then the caller draws
    // the part's content itself.
    // The part's bytes are handed over (and freed) as they are written.
    static bool insertPart(QPainter *painter, SvgWriter &part);

    // How often drawText() laid a text out and how often it reused a layout, since the painter
    // began.
    struct TextStats
    {
        int laidOut = 0;
        int reused = 0;
    };
    TextStats textStats() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    static bool writesSvg(QPainter *painter);
    static void writeSymbol(QPainter *painter, const QString &key, const QRectF &rect,
                            const std::function<void(QPainter *, const QRectF &)> &draw);

private:
    friend class SvgPaintEngine;
    QSizeF m_size;
    QString m_title;
    QString m_description;
    QPointF m_topLeft;
    bool m_fragment = false; // a symbol's body or a part(): no prolog, no <svg> element
    qsizetype m_outputPart = kOutputPart;
    // A part()'s bytes, in pieces small enough to come from the heap's free blocks: held whole,
    // a 2,000-component diagram's cards (~5 MB) took that much fresh memory.
    std::vector<QByteArray> m_pieces;
    std::function<bool(QByteArrayView)> m_output;
    std::unique_ptr<SvgPaintEngine> m_engine;
};

} // namespace Infra
