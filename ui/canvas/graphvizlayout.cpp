#include "graphvizlayout.h"

#include "model/design.h"

#include <gvc.h>

#include <cmath>

namespace Infra {

namespace {

// Graphviz takes char * for names and attribute values it does not modify.
char *cstr(QByteArray &bytes)
{
    return bytes.data();
}

void set(void *object, const char *name, const QByteArray &value)
{
    QByteArray n(name), v(value), empty;
    agsafeset(object, cstr(n), cstr(v), cstr(empty));
}

} // namespace

QHash<QString, QPointF> GraphvizLayout::layout(const Design &design, const std::vector<DiagramEdge> &edges,
                                               const QSizeF &nodeSize, qreal grid)
{
    QHash<QString, QPointF> result;
    if (design.components().empty())
        return result;

    GVC_t *gvc = gvContext();
    QByteArray graphName("design");
    Agraph_t *g = agopen(cstr(graphName), Agdirected, nullptr);
    set(g, "rankdir", "TB");
    set(g, "nodesep", QByteArray::number(48.0 / 72.0));
    set(g, "ranksep", QByteArray::number(84.0 / 72.0));
    set(g, "splines", "false");

    const QByteArray width = QByteArray::number(nodeSize.width() / 72.0);
    const QByteArray height = QByteArray::number(nodeSize.height() / 72.0);
    constexpr int tierCount = int(Tier::Platform) + 1;
    Agraph_t *tiers[tierCount];
    Agnode_t *anchors[tierCount];
    for (int t = 0; t < tierCount; ++t) {
        QByteArray name = "tier" + QByteArray::number(t);
        tiers[t] = agsubg(g, cstr(name), 1);
        set(tiers[t], "rank", "same");
        QByteArray anchorName = "__tier" + QByteArray::number(t);
        anchors[t] = agnode(tiers[t], cstr(anchorName), 1);
        set(anchors[t], "style", "invis");
        set(anchors[t], "shape", "point");
        set(anchors[t], "width", "0.01");
        if (t > 0) {
            Agedge_t *chain = agedge(g, anchors[t - 1], anchors[t], nullptr, 1);
            set(chain, "style", "invis");
        }
    }

    QHash<QString, Agnode_t *> nodes;
    for (const Component &c : design.components()) {
        QByteArray id = c.id.toUtf8();
        const int tier = int(kindTier(c.kind));
        Agnode_t *n = agnode(g, cstr(id), 1);
        agsubnode(tiers[tier], n, 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", width);
        set(n, "height", height);
        nodes.insert(c.id, n);
    }
    for (const DiagramEdge &e : edges) {
        Agnode_t *a = nodes.value(e.from), *b = nodes.value(e.to);
        if (!a || !b)
            continue;
        const Component *from = design.component(e.from), *to = design.component(e.to);
        Agedge_t *edge = agedge(g, a, b, nullptr, 1);
        // Edges against the tier order (or within a tier) must not bend the ranks.
        if (int(kindTier(from->kind)) >= int(kindTier(to->kind)))
            set(edge, "constraint", "false");
    }

    if (gvLayout(gvc, g, "dot") == 0) {
        const boxf bb = GD_bb(g);
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            const pointf p = ND_coord(it.value());
            QPointF topLeft(p.x - bb.LL.x - nodeSize.width() / 2, (bb.UR.y - p.y) - nodeSize.height() / 2);
            if (grid > 0)
                topLeft = QPointF(std::round(topLeft.x() / grid) * grid, std::round(topLeft.y() / grid) * grid);
            result.insert(it.key(), topLeft);
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return result;
}

} // namespace Infra
