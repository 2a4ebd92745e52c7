// Huge pages for the heap of a short process (io/heappages.h): after the advice, the blocks
// malloc() hands out lie in memory the kernel backs with transparent huge pages, and the heap's
// top is not given back when they are freed; a second thread keeps an arena of its own.
#include "io/heappages.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <thread>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

using namespace Infra;

namespace {

struct Mapping
{
    std::uintptr_t from = 0;
    std::uintptr_t to = 0;
    bool hugePagesAdvised = false; // "hg" in VmFlags
};

// The process's mappings, from /proc/self/smaps.
std::vector<Mapping> mappings()
{
    std::vector<Mapping> result;
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        bool fromOk = false, toOk = false;
        if (dash > 0 && space > dash) {
            const std::uintptr_t from = line.left(dash).toULongLong(&fromOk, 16);
            const std::uintptr_t to = line.mid(dash + 1, space - dash - 1).toULongLong(&toOk, 16);
            if (fromOk && toOk) {
                result.push_back({from, to, false});
                continue;
            }
        }
        if (line.startsWith("VmFlags:") && !result.empty())
            result.back().hugePagesAdvised = line.split(' ').contains("hg");
    }
    return result;
}

bool inHugePages(const std::vector<Mapping> &maps, const void *p)
{
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    for (const Mapping &m : maps) {
        if (at >= m.from && at < m.to)
            return m.hugePagesAdvised;
    }
    return false;
}

bool kernelOffersHugePages()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mode = f.readAll();
    return mode.contains("[always]") || mode.contains("[madvise]");
}

} // namespace

class TestHeapPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooSmallAReserveChangesNothing()
    {
        QVERIFY(!adviseHugePagesForHeap(4096));
    }

    void blocksComeFromHugePages()
    {
#if !defined(__linux__) || !defined(__GLIBC__)
        QSKIP("glibc on Linux only");
#else
        if (!kernelOffersHugePages())
            QSKIP("the kernel hands out no transparent huge pages on request");
        QVERIFY(adviseHugePagesForHeap(std::size_t(64) << 20));
        // 16 MiB in blocks of the sizes a render allocates most: nearly all of them in huge
        // pages (only what fits the heap below its first 2 MiB boundary, and free blocks
        // already there, are not).
        constexpr int kBlocks = 56000;
        std::vector<void *> blocks;
        for (int i = 0; i < kBlocks; ++i)
            blocks.push_back(std::malloc(std::size_t(16) << (i % 7)));
        const std::vector<Mapping> maps = mappings();
        QVERIFY(!maps.empty());
        int inHuge = 0;
        for (const void *b : blocks)
            inHuge += inHugePages(maps, b) ? 1 : 0;
        QVERIFY2(inHuge > kBlocks * 8 / 10, qPrintable(QStringLiteral("%1 of %2 blocks in huge pages").arg(inHuge).arg(kBlocks)));
        // Freed, they stay with the process: the top of the heap is not trimmed.
        const void *top = sbrk(0);
        for (void *b : blocks)
            std::free(b);
        QCOMPARE(sbrk(0), top);
        // A second thread allocates from an arena of its own, not from this heap: put in this
        // one arena, the render's two threads waited for its lock (they took twice as long).
        void *fromThread = nullptr;
        std::thread([&fromThread] { fromThread = std::malloc(200); }).join();
        QVERIFY(fromThread);
        QVERIFY(reinterpret_cast<std::uintptr_t>(fromThread) >= reinterpret_cast<std::uintptr_t>(sbrk(0)));
        QVERIFY(!inHugePages(mappings(), fromThread));
        std::free(fromThread);
#endif
    }
};

QTEST_GUILESS_MAIN(TestHeapPages)
#include "tst_heappages.moc"
