#pragma once

#include "diagramedge.h"
#include "diagramstyle.h"
#include "nodevisual.h"

#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QHash>

#include <memory>
#include <mutex>
#include <vector>

class QPainter;

namespace Infra {

// The one drawing code of the diagram. The canvas items (NodeItem, EdgeLayer) and the
// headless DiagramRenderer (SVG and PNG export) all paint through it, in scene units.
class DiagramPainter
{
public:
    explicit DiagramPainter(DiagramStyle style = DiagramStyle::standard());
    // A copy starts with an empty elision cache of its own.
    DiagramPainter(const DiagramPainter &other);
    DiagramPainter &operator=(const DiagramPainter &other);
    DiagramPainter(DiagramPainter &&other) noexcept;
    DiagramPainter &operator=(DiagramPainter &&other) noexcept;
    ~DiagramPainter();

    const DiagramStyle &style() const { return m_style; }
    void setStyle(DiagramStyle style) { m_style = std::move(style); }
    // Presentation text (the review layout): every card shows its name and cost only, larger,
    // at any zoom, for a room reading a projector.
    void setPresentation(bool on) { m_presentation = on; }
    bool isPresentation() const { return m_presentation; }

    void paintBackground(QPainter *painter, const QRectF &sceneRect, bool grid) const;
    // `viewScale` is the zoom the node is seen at: below compactBelow() the card drops its
    // small print and draws the name and cost larger, so that a fitted diagram stays legible.
    // Further out, below textHiddenBelow(), even the compact card's name would be smaller on
    // screen than legibleTextPx() (its largest text: compactNamePx() scene px): the card keeps
    // its shape, stripe, icon and finding pills and draws no text (grey smudges otherwise, and
    // most of the time of painting a zoomed-out card).
    void paintNode(QPainter *painter, const QRectF &rect, const NodeVisual &node, qreal viewScale = 1.0) const;
    static constexpr qreal compactBelow() { return 0.7; }
    static constexpr qreal compactNamePx() { return 22; }
    static constexpr qreal legibleTextPx() { return 6; }
    static constexpr qreal textHiddenBelow() { return legibleTextPx() / compactNamePx(); }
    void paintEdge(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge, bool highlighted = false) const;
    // The pixels paintEdge() gives inside `clip` (device pixels), for a painter clipped to it.
    // A line thinner than a device pixel goes through Qt's cosmetic stroker, which walks each
    // line along its whole length in the device and tests the clip pixel by pixel: here the
    // straight legs of a solid edge are cut to the clip's surroundings first (an axis-aligned
    // line has the same pixels wherever it starts and ends outside them; corners and ends
    // near the clip are drawn as paintEdge() draws them). Wider or dashed lines, a transform
    // other than a scale and translation, or a leg that is not axis-aligned: the whole edge.
    // `shape`: edgeShape(route.points), if the caller keeps it.
    struct EdgeShape
    {
        QPainterPath line; // the polyline with rounded corners, up to the arrow head
        QPolygonF head;    // the arrow head
        // `line`'s elements and `head`'s bounds, kept for paintEdgeWithin(): QPainterPath's
        // element accessors are calls into Qt, made for every element of every edge an area
        // repaint reaches.
        std::vector<QPainterPath::Element> elements;
        QRectF headBounds;
    };
    static EdgeShape edgeShape(const QPolygonF &points);
    void paintEdgeWithin(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge, const QRect &clip,
                         bool highlighted = false, const EdgeShape *shape = nullptr) const;
    // The width of an edge's line, in scene units.
    static constexpr qreal edgePenWidth(const DiagramEdge &edge, bool highlighted = false)
    {
        return highlighted ? 2.2 : (edge.api ? 1.0 : 1.3);
    }
    void paintEdgeLabel(QPainter *painter, const EdgeRoute &route, const DiagramEdge &edge) const;
    // The dashed line while the user drags a new link from one node to another.
    void paintLinkDraft(QPainter *painter, const QPointF &from, const QPointF &to) const;

    // The size of an edge label box (for routing, which places labels).
    QSizeF labelSize(const QString &label) const;

    // QFontMetricsF(font).elidedText(text, Qt::ElideRight, width), each distinct question asked
    // of Qt once per painter: card texts repeat across a diagram ("ECS web service", costs), and
    // eliding lays the text out. Safe to call from several threads.
    QString elidedText(const QFont &font, const QString &text, qreal width) const;
    // QFontMetricsF(font).horizontalAdvance(text), cached the same way (a card's cost and badges).
    qreal horizontalAdvance(const QFont &font, const QString &text) const;
    // How many elidedText() and horizontalAdvance() calls Qt answered (the rest came from the cache).
    int elisionsComputed() const;

private:
    void paintBadges(QPainter *painter, const QRectF &rect, const NodeVisual &node, qreal grow = 1.0, bool text = true) const;
    void paintCompactText(QPainter *painter, const QRectF &rect, const QRectF &iconRect, const NodeVisual &node,
                          qreal viewScale) const;

    struct ElisionCache
    {
        struct Entry
        {
            QFont font;
            qreal width; // elided to; the advance itself for an advance
            QString elided;
            bool advance;
        };
        std::mutex mutex;
        QHash<QString, std::vector<Entry>> entries; // by text
        int computed = 0;
    };

    DiagramStyle m_style;
    bool m_presentation = false;
    std::unique_ptr<ElisionCache> m_elisions;
};

} // namespace Infra
