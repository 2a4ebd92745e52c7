#include "heappages.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#endif

namespace Infra {

#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)

namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
// glibc's defaults (DEFAULT_TOP_PAD, DEFAULT_TRIM_THRESHOLD).
constexpr int kDefaultTopPad = 128 * 1024;
constexpr int kDefaultTrimThreshold = 128 * 1024;

// Whether the kernel gives huge pages to memory that asks for them: "[always]" or "[madvise]".
bool hugePagesOnRequest()
{
    std::FILE *f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "re");
    if (!f)
        return false;
    char line[128] = {};
    const bool read = std::fgets(line, sizeof line, f) != nullptr;
    std::fclose(f);
    return read && (std::strstr(line, "[always]") || std::strstr(line, "[madvise]"));
}

} // namespace

bool adviseHugePagesForHeap(std::size_t reserve)
{
    if (reserve < 2 * kHugePage || !hugePagesOnRequest())
        return false;
    // Only this (the main) heap: a second thread keeps an arena of its own, in small pages.
    // Putting every thread in this one arena (M_ARENA_MAX 1) saved those page faults (~700,
    // ~9 ms of CPU, at 2,000 components) but made two threads allocating at once wait for its
    // lock: the routes and the derivation beside them took twice as long (2026-12-04).
    // The heap's top grows by `reserve` beyond what is asked (address space only), and is never
    // given back while the process lives: a shrunk and regrown top would be small pages again.
    mallopt(M_TRIM_THRESHOLD, int(std::min<std::size_t>(reserve * 2, 1u << 30)));
    mallopt(M_TOP_PAD, int(std::min<std::size_t>(reserve, 1u << 30)));
    // Grow it now: blocks below the mmap threshold until the break moves.
    auto *const before = static_cast<char *>(sbrk(0));
    void *blocks[64];
    int count = 0;
    while (count < 64 && sbrk(0) == before) {
        blocks[count] = std::malloc(64 * 1024);
        if (!blocks[count])
            break;
        ++count;
    }
    for (int i = 0; i < count; ++i)
        std::free(blocks[i]);
    auto *const end = static_cast<char *>(sbrk(0));
    // Later growth in malloc's usual steps: with the pad kept, every growth would ask for
    // `reserve` more, which a limit (ulimit -v, RLIMIT_DATA, strict overcommit) may refuse
    // where the few bytes needed would be granted, and malloc() would fail. Where this first
    // growth was refused, everything as it was (but the one arena).
    mallopt(M_TOP_PAD, kDefaultTopPad);
    // From the first huge page boundary above what is in use (its smaller pages stay as they
    // are) to the last one below the new break.
    const auto from = (reinterpret_cast<std::uintptr_t>(before) + kHugePage - 1) & ~(kHugePage - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(end) & ~(kHugePage - 1);
    if (end == reinterpret_cast<char *>(-1) || to <= from) {
        mallopt(M_TRIM_THRESHOLD, kDefaultTrimThreshold);
        return false;
    }
    return madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0;
}

#else

bool adviseHugePagesForHeap(std::size_t)
{
    return false;
}

#endif

} // namespace Infra
