#include "graphvizlayout.h"

#include "model/design.h"

#include <gvc.h>

#include <array>
#include <cmath>
#include <limits>

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

constexpr int tierCount = int(Tier::Platform) + 1;
constexpr qreal nodeSep = 32;
constexpr qreal rankSep = 64;

struct Layout
{
    QHash<QString, QPointF> positions; // top-left corners
    QSizeF size;                       // the bounding box
};

// One dot run with each tier cut into rows of at most `perRow` components (balanced, in
// design order): one rank per row, the rows in tier order.
Layout runDot(const Design &design, const std::vector<DiagramEdge> &edges, const std::array<QStringList, tierCount> &members,
              qsizetype perRow, const QSizeF &nodeSize, qreal grid)
{
    Layout result;
    const auto rowsOf = [](qsizetype count, qsizetype n) { return count == 0 ? 0 : (count + n - 1) / n; };
    GVC_t *gvc = gvContext();
    QByteArray graphName("design");
    Agraph_t *g = agopen(cstr(graphName), Agdirected, nullptr);
    set(g, "rankdir", "TB");
    set(g, "nodesep", QByteArray::number(nodeSep / 72.0));
    set(g, "ranksep", QByteArray::number(rankSep / 72.0));
    set(g, "splines", "false");

    const QByteArray width = QByteArray::number(nodeSize.width() / 72.0);
    const QByteArray height = QByteArray::number(nodeSize.height() / 72.0);
    // One rank subgraph per row, each with an invisible anchor chained to the previous row's,
    // so the rows keep the tier order top to bottom.
    QHash<QString, Agraph_t *> rowOf;
    QHash<QString, int> rowNumberOf;
    Agnode_t *previous = nullptr;
    int rowNumber = 0;
    for (int t = 0; t < tierCount; ++t) {
        const QStringList &m = members[size_t(t)];
        const qsizetype rows = rowsOf(m.size(), perRow); // none for an empty tier: no blank band
        const qsizetype rowWidth = rows == 0 ? 0 : (m.size() + rows - 1) / rows;
        for (qsizetype r = 0; r < rows; ++r, ++rowNumber) {
            QByteArray name = "row" + QByteArray::number(rowNumber);
            Agraph_t *row = agsubg(g, cstr(name), 1);
            set(row, "rank", "same");
            QByteArray anchorName = "__row" + QByteArray::number(rowNumber);
            Agnode_t *anchor = agnode(row, cstr(anchorName), 1);
            set(anchor, "style", "invis");
            set(anchor, "shape", "point");
            set(anchor, "width", "0.01");
            if (previous) {
                Agedge_t *chain = agedge(g, previous, anchor, nullptr, 1);
                set(chain, "style", "invis");
            }
            previous = anchor;
            for (qsizetype i = r * rowWidth; i < std::min(m.size(), (r + 1) * rowWidth); ++i)
            {
                rowOf.insert(m.at(i), row);
                rowNumberOf.insert(m.at(i), rowNumber);
            }
        }
    }

    QHash<QString, Agnode_t *> nodes;
    for (const Component &c : design.components()) {
        QByteArray id = c.id.toUtf8();
        Agnode_t *n = agnode(g, cstr(id), 1);
        agsubnode(rowOf.value(c.id), n, 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", width);
        set(n, "height", height);
        nodes.insert(c.id, n);
    }
    for (const DiagramEdge &e : edges) {
        // IAM-only API paths (every service to ECR, Secrets Manager, CloudWatch, S3) are
        // hidden unless asked for; as layout edges they crossed the data row and dot widened
        // it with a bend point per edge, which made the picture wide and flat.
        if (e.api)
            continue;
        // So are edges that skip a row (CloudFront to the buckets, the first row of services
        // to the data stores past the second): dot gives each a bend point in every row it
        // crosses, which spread those rows wide. Rows next to each other order the picture.
        if (std::abs(rowNumberOf.value(e.from) - rowNumberOf.value(e.to)) > 1)
            continue;
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
            result.positions.insert(it.key(), topLeft);
        }
        result.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return result;
}

} // namespace

QHash<QString, QPointF> GraphvizLayout::layout(const Design &design, const std::vector<DiagramEdge> &edges,
                                               const QSizeF &nodeSize, qreal grid)
{
    if (design.components().empty())
        return {};
    std::array<QStringList, tierCount> members;
    for (const Component &c : design.components())
        members[size_t(kindTier(c.kind))].append(c.id);
    qsizetype widest = 1;
    for (const QStringList &m : members)
        widest = std::max(widest, m.size());
    // Each tier one row makes a wide, flat picture when a tier is wide (six services over six
    // data stores: 3:1, card names ~5 px when fitted). So the tiers are also tried cut into
    // rows of half, a third and a quarter of the widest, and the layout that is largest when
    // fitted into the canvas wins (the same design always gives the same choice).
    Layout best;
    qreal bestScore = std::numeric_limits<qreal>::max();
    qsizetype tried = 0;
    for (qsizetype rows = 1; rows <= 4; ++rows) {
        const qsizetype perRow = std::max<qsizetype>(2, (widest + rows - 1) / rows);
        if (perRow == tried || (rows > 1 && perRow >= widest))
            continue;
        tried = perRow;
        Layout candidate = runDot(design, edges, members, perRow, nodeSize, grid);
        if (candidate.size.isEmpty())
            continue;
        // The size the picture must fit into a 1.3:1 canvas (the default window's, about
        // 760×590, and the review layout's, about 1020×800): smaller is larger when fitted.
        const qreal score = std::max(candidate.size.width() / 1.3, candidate.size.height());
        if (score < bestScore - 1e-9) {
            bestScore = score;
            best = std::move(candidate);
        }
    }
    return best.positions;
}

} // namespace Infra
