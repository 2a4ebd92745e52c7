#pragma once

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace Infra::KeyedDiff {

// Compares two lists of elements that each carry a key (a connection's id, a finding's
// rule|component|message) and reports the keys added, removed and changed, calling `touch`
// on every element concerned. Keys are meant to be identities, unique within a list. Where one
// is not (two findings of one rule on one component with one message), byKey() pairs the last
// of them and reports the others added or removed; inOrder() may pair them by place instead.
//
// byKey() hashes every element by its key: the reference, right for any order.
//
// inOrder() gives the same lists in the same order, but first walks the two lists from the
// front and from the back while their keys match, comparing element by element; only the
// part in between goes through byKey(). A derivation produces its lists in a fixed order, so
// after an edit they almost always match end to end, and an update of 2,000 components no
// longer hashes ~6,000 connection ids and ~2,500 finding keys twice (10 % of the update).
//
// `sameKey(a, b)` must be true only when key(a) == key(b); it may compare without building
// the key (a finding's three parts rather than their concatenation). Where it answers false
// for equal keys the walk just stops earlier. `added`, `removed` and `changed` may be the
// same list, or null. `touch` may be called in another order than byKey() calls it.

template <typename T, typename Key, typename Touch>
void byKey(typename std::vector<T>::const_iterator beforeBegin, typename std::vector<T>::const_iterator beforeEnd,
           typename std::vector<T>::const_iterator afterBegin, typename std::vector<T>::const_iterator afterEnd, Key key,
           QStringList *added, QStringList *removed, QStringList *changed, Touch touch)
{
    QHash<QString, const T *> old;
    old.reserve(qsizetype(beforeEnd - beforeBegin));
    for (auto t = beforeBegin; t != beforeEnd; ++t)
        old.insert(key(*t), &*t);
    for (auto t = afterBegin; t != afterEnd; ++t) {
        const QString k = key(*t);
        const auto it = old.find(k);
        if (it == old.end()) {
            if (added) added->append(k);
            touch(*t);
            continue;
        }
        if (!(*it.value() == *t)) {
            if (changed) changed->append(k);
            touch(*it.value());
            touch(*t);
        }
        old.erase(it);
    }
    for (auto t = beforeBegin; t != beforeEnd; ++t) {
        if (old.contains(key(*t))) {
            if (removed) removed->append(key(*t));
            touch(*t);
        }
    }
}

template <typename T, typename Key, typename Touch>
void byKey(const std::vector<T> &before, const std::vector<T> &after, Key key, QStringList *added, QStringList *removed,
           QStringList *changed, Touch touch)
{
    byKey<T>(before.cbegin(), before.cend(), after.cbegin(), after.cend(), key, added, removed, changed, touch);
}

template <typename T, typename Key, typename SameKey, typename Touch>
void inOrder(const std::vector<T> &before, const std::vector<T> &after, Key key, SameKey sameKey, QStringList *added,
             QStringList *removed, QStringList *changed, Touch touch)
{
    // Elements under one key at one place in both lists: changed when they differ. byKey()
    // reports changes in the order of `after`, then removals, so the front's changes go out
    // now and the back's after the middle's.
    const auto compare = [&](const T &was, const T &now) {
        if (!(was == now)) {
            if (changed) changed->append(key(now));
            touch(was);
            touch(now);
        }
    };
    const size_t common = std::min(before.size(), after.size());
    size_t front = 0;
    for (; front < common && sameKey(before[front], after[front]); ++front)
        compare(before[front], after[front]);
    if (front == before.size() && front == after.size())
        return;
    size_t back = 0;
    while (back < common - front && sameKey(before[before.size() - 1 - back], after[after.size() - 1 - back]))
        ++back;
    QStringList middleRemoved;
    byKey<T>(before.cbegin() + qsizetype(front), before.cend() - qsizetype(back), after.cbegin() + qsizetype(front),
             after.cend() - qsizetype(back), key, added, removed ? &middleRemoved : nullptr, changed, touch);
    for (size_t i = back; i > 0; --i)
        compare(before[before.size() - i], after[after.size() - i]);
    if (removed)
        removed->append(middleRemoved);
}

// The same for elements whose key is a string member (a connection's id).
template <typename T, typename Touch>
void inOrder(const std::vector<T> &before, const std::vector<T> &after, QString T::*id, QStringList *added, QStringList *removed,
             QStringList *changed, Touch touch)
{
    inOrder(before, after, [id](const T &t) { return t.*id; }, [id](const T &a, const T &b) { return a.*id == b.*id; }, added,
            removed, changed, touch);
}

} // namespace Infra::KeyedDiff
