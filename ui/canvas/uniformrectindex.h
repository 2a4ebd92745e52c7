#pragma once

#include <QRectF>

#include <cstdint>
#include <vector>

namespace Infra {

// Rectangles all of one size (a diagram's nodes), for queries whose cost does not grow with
// the length of the query box (RectGrid visits every cell a long route segment spans):
//  - intersecting(box): how many rectangles, each shrunk by an inset, intersect a box, exactly
//    as QRectF::intersects() decides it (the routing's crossing count), in O(log n);
//  - the rectangles within a closed window, in the order of their left edges, walked up or
//    down from a rank, O(log n) a step (the routing's detour corridors).
// With one size, a rectangle's right edge (x + w, rounded) never decreases as its left edge
// grows: the rectangles that pass "left < a" and "right > b" are a run of consecutive ranks in
// the order of left edges, those that pass the tests in y a run in the order of top edges, and
// a query counts the points of a rank rectangle in a wavelet matrix (the x rank of each
// rectangle listed in the order of y ranks).
// build() refuses (isValid() false) rectangles of different sizes, non-finite coordinates or
// rectangles that are empty once shrunk: the caller uses its general path then.
class UniformRectIndex
{
public:
    bool build(const std::vector<QRectF> &rects, qreal inset);
    void clear();
    bool isValid() const { return m_valid; }
    int size() const { return int(m_item.size()); }

    // How many rectangles, shrunk by the inset (QRectF::adjusted(inset, inset, -inset,
    // -inset)), intersect box as QRectF::intersects() decides it.
    int intersecting(const QRectF &box) const;
    // The same test for one rectangle.
    bool intersects(int item, const QRectF &box) const;

    // Ranks are positions in the order of the left edges (ties by item number).
    int item(int rank) const { return m_item[size_t(rank)]; }
    const QRectF &rect(int rank) const { return m_rects[size_t(rank)]; }
    // The first rank whose rectangle passes pred, for a pred that is false and then true along
    // the ranks (monotone in the left edge).
    template<typename Pred>
    int firstRank(Pred pred) const
    {
        int lo = 0, hi = size();
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (pred(m_rects[size_t(mid)]))
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    // The rectangles (as given, not shrunk) with right >= x0, left <= x1, bottom >= y0 and
    // top <= y1.
    struct Window
    {
        int rank0 = 0, rank1 = 0; // x ranks [rank0, rank1)
        int pos0 = 0, pos1 = 0;   // y positions [pos0, pos1)
        bool empty() const { return rank0 >= rank1 || pos0 >= pos1; }
    };
    Window window(qreal x0, qreal x1, qreal y0, qreal y1) const;
    // How many rectangles of the window have a rank below rank.
    int countBelow(const Window &w, int rank) const;
    // The rank of the k-th (from 0) rectangle of the window in rank order; k < the window's count.
    int kth(const Window &w, int k) const;
    int count(const Window &w) const { return w.empty() ? 0 : countBelow(w, w.rank1) - countBelow(w, w.rank0); }

private:
    // Wavelet matrix over the x ranks listed by y position.
    int rank1(int level, int i) const
    {
        const size_t word = size_t(i) >> 6, base = size_t(level) * m_words;
        const uint64_t bits = m_bits[base + word] & ((uint64_t(1) << (i & 63)) - 1);
        return int(m_ones[base + word]) + popcount(bits);
    }
    // Inline (without -mpopcnt the builtin is a library call).
    static int popcount(uint64_t x)
    {
        x = x - ((x >> 1) & 0x5555555555555555ULL);
        x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
        x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
        return int((x * 0x0101010101010101ULL) >> 56);
    }
    int countLess(int pos0, int pos1, int value) const;

    bool m_valid = false;
    std::vector<int> m_item;     // by x rank
    std::vector<int> m_rankOf;   // by item
    std::vector<QRectF> m_rects; // by x rank, as given
    // Shrunk extents as QRectF::intersects() computes them: left and right by x rank, top and
    // bottom by y position (all non-decreasing).
    std::vector<qreal> m_l, m_r, m_t, m_b;
    // The given rectangles' edges: right by x rank, top and bottom by y position.
    std::vector<qreal> m_right, m_top, m_bottom;
    int m_levels = 0;
    size_t m_words = 0;
    std::vector<uint64_t> m_bits;  // m_levels rows of m_words words
    std::vector<uint32_t> m_ones;  // ones before each word
    std::vector<int> m_zeros;      // zeros per level
    qreal m_inset = 0;
};

} // namespace Infra
