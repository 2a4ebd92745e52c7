#include "uniformrectindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Infra {

namespace {

// The extent of a rectangle as QRectF::intersects() computes it: empty (l == r or t == b)
// when the rectangle has no area.
struct Extent
{
    qreal l, r, t, b;
    explicit Extent(const QRectF &rect)
        : l(rect.x()), r(rect.x()), t(rect.y()), b(rect.y())
    {
        (rect.width() < 0 ? l : r) += rect.width();
        (rect.height() < 0 ? t : b) += rect.height();
    }
    bool empty() const { return l == r || t == b; }
    bool hasNaN() const { return std::isnan(l) || std::isnan(r) || std::isnan(t) || std::isnan(b); }
};

// QRectF::intersects(): the same comparisons on the same numbers.
bool extentsIntersect(const Extent &a, const Extent &b)
{
    return !a.empty() && !b.empty() && !(a.l >= b.r || b.l >= a.r) && !(a.t >= b.b || b.t >= a.b);
}

template<typename Pred>
int firstOf(const std::vector<qreal> &v, Pred pred)
{
    return int(std::partition_point(v.begin(), v.end(), [&](qreal x) { return !pred(x); }) - v.begin());
}

} // namespace

void UniformRectIndex::clear()
{
    *this = UniformRectIndex();
}

bool UniformRectIndex::build(const std::vector<QRectF> &rects, qreal inset)
{
    clear();
    const int n = int(rects.size());
    if (n == 0)
        return false;
    m_inset = inset;
    const qreal w = rects.front().width(), h = rects.front().height();
    for (const QRectF &r : rects) {
        if (!std::isfinite(r.x()) || !std::isfinite(r.y()) || !(r.width() == w) || !(r.height() == h)
            || !std::isfinite(r.right()) || !std::isfinite(r.bottom()))
            return false;
        if (Extent(r.adjusted(inset, inset, -inset, -inset)).empty())
            return false;
    }
    m_item.resize(size_t(n));
    std::iota(m_item.begin(), m_item.end(), 0);
    std::sort(m_item.begin(), m_item.end(), [&](int a, int b) {
        return rects[size_t(a)].x() < rects[size_t(b)].x() || (rects[size_t(a)].x() == rects[size_t(b)].x() && a < b);
    });
    std::vector<int> byY(static_cast<size_t>(n));
    std::iota(byY.begin(), byY.end(), 0);
    std::sort(byY.begin(), byY.end(), [&](int a, int b) {
        return rects[size_t(a)].y() < rects[size_t(b)].y() || (rects[size_t(a)].y() == rects[size_t(b)].y() && a < b);
    });
    m_rankOf.assign(size_t(n), 0);
    m_rects.reserve(size_t(n));
    for (int rank = 0; rank < n; ++rank) {
        const int item = m_item[size_t(rank)];
        m_rankOf[size_t(item)] = rank;
        const QRectF &r = rects[size_t(item)];
        const Extent e(r.adjusted(inset, inset, -inset, -inset));
        m_rects.push_back(r);
        m_l.push_back(e.l);
        m_r.push_back(e.r);
        m_right.push_back(r.right());
    }
    std::vector<int> values(static_cast<size_t>(n)); // x rank by y position
    for (int pos = 0; pos < n; ++pos) {
        const int item = byY[size_t(pos)];
        const QRectF &r = rects[size_t(item)];
        const Extent e(r.adjusted(inset, inset, -inset, -inset));
        m_t.push_back(e.t);
        m_b.push_back(e.b);
        m_top.push_back(r.top());
        m_bottom.push_back(r.bottom());
        values[size_t(pos)] = m_rankOf[size_t(item)];
    }
    // Rounding is monotone, so with one size every edge grows with the x (y) of the rectangle;
    // checked rather than assumed.
    for (const std::vector<qreal> *v : {&m_l, &m_r, &m_t, &m_b, &m_right, &m_top, &m_bottom}) {
        if (!std::is_sorted(v->begin(), v->end())) {
            clear();
            return false;
        }
    }
    m_levels = 1;
    while ((1 << m_levels) < n)
        ++m_levels;
    m_words = size_t(n) / 64 + 1;
    m_bits.assign(size_t(m_levels) * m_words, 0);
    m_ones.assign(size_t(m_levels) * m_words, 0);
    m_zeros.assign(size_t(m_levels), 0);
    std::vector<int> next(static_cast<size_t>(n));
    for (int level = 0; level < m_levels; ++level) {
        const int shift = m_levels - 1 - level;
        uint64_t *bits = m_bits.data() + size_t(level) * m_words;
        int zeros = 0;
        for (int pos = 0; pos < n; ++pos) {
            if ((values[size_t(pos)] >> shift) & 1)
                bits[pos >> 6] |= uint64_t(1) << (pos & 63);
            else
                ++zeros;
        }
        m_zeros[size_t(level)] = zeros;
        uint32_t ones = 0;
        for (size_t word = 0; word < m_words; ++word) {
            m_ones[size_t(level) * m_words + word] = ones;
            ones += uint32_t(popcount(bits[word]));
        }
        // Stable: the zeros first, then the ones.
        int z = 0, o = zeros;
        for (int pos = 0; pos < n; ++pos) {
            const int v = values[size_t(pos)];
            next[size_t(((v >> shift) & 1) ? o++ : z++)] = v;
        }
        values.swap(next);
    }
    m_valid = true;
    return true;
}

int UniformRectIndex::countLess(int pos0, int pos1, int value) const
{
    if (pos0 >= pos1 || value <= 0)
        return 0;
    if (value >= (1 << m_levels))
        return pos1 - pos0;
    int result = 0;
    for (int level = 0; level < m_levels; ++level) {
        const int o0 = rank1(level, pos0), o1 = rank1(level, pos1);
        if ((value >> (m_levels - 1 - level)) & 1) {
            result += (pos1 - pos0) - (o1 - o0);
            pos0 = m_zeros[size_t(level)] + o0;
            pos1 = m_zeros[size_t(level)] + o1;
        } else {
            pos0 -= o0;
            pos1 -= o1;
        }
    }
    return result;
}

int UniformRectIndex::intersecting(const QRectF &box) const
{
    const Extent q(box);
    if (q.hasNaN()) {
        // Comparisons with NaN pass where the ranks would not: test each one.
        int n = 0;
        for (const QRectF &r : m_rects)
            n += extentsIntersect(Extent(r.adjusted(m_inset, m_inset, -m_inset, -m_inset)), q);
        return n;
    }
    if (q.empty() || !m_valid)
        return 0;
    // Intersecting: r > q.l, l < q.r, b > q.t, t < q.b.
    const int rank0 = firstOf(m_r, [&](qreal r) { return r > q.l; });
    const int rank1 = firstOf(m_l, [&](qreal l) { return !(l < q.r); });
    const int pos0 = firstOf(m_b, [&](qreal b) { return b > q.t; });
    const int pos1 = firstOf(m_t, [&](qreal t) { return !(t < q.b); });
    if (rank0 >= rank1 || pos0 >= pos1)
        return 0;
    return countLess(pos0, pos1, rank1) - countLess(pos0, pos1, rank0);
}

bool UniformRectIndex::intersects(int item, const QRectF &box) const
{
    const QRectF &r = m_rects[size_t(m_rankOf[size_t(item)])];
    return extentsIntersect(Extent(r.adjusted(m_inset, m_inset, -m_inset, -m_inset)), Extent(box));
}

UniformRectIndex::Window UniformRectIndex::window(qreal x0, qreal x1, qreal y0, qreal y1) const
{
    Window w;
    w.rank0 = firstOf(m_right, [&](qreal r) { return r >= x0; });
    w.rank1 = std::max(w.rank0, firstRank([&](const QRectF &r) { return r.left() > x1; }));
    w.pos0 = firstOf(m_bottom, [&](qreal b) { return b >= y0; });
    w.pos1 = std::max(w.pos0, firstOf(m_top, [&](qreal t) { return t > y1; }));
    return w;
}

int UniformRectIndex::countBelow(const Window &w, int rank) const
{
    return countLess(w.pos0, w.pos1, std::clamp(rank, w.rank0, w.rank1)) - countLess(w.pos0, w.pos1, w.rank0);
}

int UniformRectIndex::kth(const Window &w, int k) const
{
    k += countLess(w.pos0, w.pos1, w.rank0);
    int pos0 = w.pos0, pos1 = w.pos1, value = 0;
    for (int level = 0; level < m_levels; ++level) {
        const int o0 = rank1(level, pos0), o1 = rank1(level, pos1);
        const int zeros = (pos1 - pos0) - (o1 - o0);
        if (k < zeros) {
            pos0 -= o0;
            pos1 -= o1;
        } else {
            k -= zeros;
            value |= 1 << (m_levels - 1 - level);
            pos0 = m_zeros[size_t(level)] + o0;
            pos1 = m_zeros[size_t(level)] + o1;
        }
    }
    return value;
}

} // namespace Infra
