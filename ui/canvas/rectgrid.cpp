#include "rectgrid.h"

#include <algorithm>
#include <cmath>

namespace Infra {

namespace {
// Cells per rectangle beyond which an item is listed once as "everywhere" and a query scans
// every item instead: both cost about the same then, and the grid stays small.
constexpr qint64 kMaxCells = 4096;
constexpr qreal kMaxCoordinate = 1e9; // cell indices stay far inside 32 bits
}

void RectGrid::clear()
{
    m_cells.clear();
    m_everywhere.clear();
    m_items = 0;
    m_marks.clear();
    m_query = 0;
}

bool RectGrid::span(const QRectF &rect, Span &s) const
{
    const QRectF r = rect.normalized();
    const qreal l = r.left(), t = r.top(), rt = r.right(), b = r.bottom();
    for (qreal v : {l, t, rt, b}) {
        if (!std::isfinite(v) || std::abs(v) > kMaxCoordinate)
            return false;
    }
    s = {qint64(std::floor(l / m_cell)), qint64(std::floor(t / m_cell)), qint64(std::floor(rt / m_cell)),
         qint64(std::floor(b / m_cell))};
    return (s.x1 - s.x0 + 1) * (s.y1 - s.y0 + 1) <= kMaxCells;
}

void RectGrid::insert(int item, const QRectF &rect)
{
    m_items = std::max(m_items, item + 1);
    Span s;
    if (!span(rect, s)) {
        m_everywhere.append(item);
        return;
    }
    for (qint64 y = s.y0; y <= s.y1; ++y) {
        for (qint64 x = s.x0; x <= s.x1; ++x)
            m_cells[key(x, y)].append(item);
    }
}

void RectGrid::candidates(const QRectF &query, Candidates &out, Order order) const
{
    out.clear();
    Span s;
    if (!m_enabled || !span(query, s) || (s.x1 - s.x0 + 1) * (s.y1 - s.y0 + 1) > qint64(m_cells.size())) {
        // Covers more cells than there are filled ones: every item is a candidate.
        for (int i = 0; i < m_items; ++i)
            out.append(i);
        return;
    }
    if (m_marks.size() < size_t(m_items))
        m_marks.resize(size_t(m_items), 0);
    if (++m_query == 0) { // wrapped: forget every old mark
        std::fill(m_marks.begin(), m_marks.end(), 0);
        m_query = 1;
    }
    const auto add = [&](const QList<int> &items) {
        for (int item : items) {
            if (m_marks[size_t(item)] != m_query) {
                m_marks[size_t(item)] = m_query;
                out.append(item);
            }
        }
    };
    add(m_everywhere);
    for (qint64 y = s.y0; y <= s.y1; ++y) {
        for (qint64 x = s.x0; x <= s.x1; ++x) {
            const auto it = m_cells.constFind(key(x, y));
            if (it != m_cells.cend())
                add(*it);
        }
    }
    if (order == Order::Ascending)
        std::sort(out.begin(), out.end());
}

} // namespace Infra
