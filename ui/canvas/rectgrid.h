#pragma once

#include <QHash>
#include <QList>
#include <QRectF>
#include <QVarLengthArray>

#include <vector>

namespace Infra {

// A uniform grid of buckets over rectangles, for "which rectangles may touch this box?"
// without testing every one (Qt has no R-tree). Each item is listed in every cell its closed
// rectangle covers; candidates() returns, sorted and without duplicates, every item whose
// rectangle as inserted shares at least a point with the query's closed rectangle (and
// possibly some that do not: the caller still tests each candidate exactly). Items are only
// added; an item inserted again with a new rectangle is found under both (harmless, the
// caller tests the current rectangle) until clear(). Not thread-safe: queries share a buffer
// of marks.
class RectGrid
{
public:
    using Candidates = QVarLengthArray<int, 64>;

    explicit RectGrid(qreal cellSize = 256) : m_cell(cellSize) {}

    // Off: every query returns every item, as a scan of all rectangles would (tests and
    // benchmarks compare both).
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }

    void clear();
    void insert(int item, const QRectF &rect);
    enum class Order { Any, Ascending };
    void candidates(const QRectF &query, Candidates &out, Order order = Order::Any) const;

private:
    struct Span { qint64 x0, y0, x1, y1; };
    // The cells a closed rectangle covers; false when it has no finite span, or covers more
    // cells than is worth listing (such items go to m_everywhere).
    bool span(const QRectF &rect, Span &s) const;
    static quint64 key(qint64 x, qint64 y) { return (quint64(quint32(qint32(x))) << 32) | quint32(qint32(y)); }

    qreal m_cell;
    bool m_enabled = true;
    int m_items = 0;
    QHash<quint64, QList<int>> m_cells;
    QList<int> m_everywhere;
    // Which items a query has listed already: m_marks[item] == m_query.
    mutable std::vector<quint32> m_marks;
    mutable quint32 m_query = 0;
};

} // namespace Infra
