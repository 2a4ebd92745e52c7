#pragma once

#include <cstddef>

namespace Infra {

// Transparent huge pages for the heap of a short process that allocates tens of megabytes and
// exits: `infra-studio-cli render` of a 500-component design touched ~2,800 fresh 4 KiB heap pages,
// each a page fault (~13 µs on a virtual machine: a quarter of the render's CPU time). Where the
// kernel hands out transparent huge pages on request (/sys/kernel/mm/transparent_hugepage/enabled
// "madvise" or "always"), this makes malloc() grow the heap's top by `reserve` bytes at once, keep
// it instead of trimming it, and asks for huge pages over it (glibc's own
// GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which a process cannot set for itself). Untouched
// address space costs no memory; what is touched is resident in 2 MiB steps. Only the main
// heap: a second thread allocates from an arena of its own, in small pages (one arena for
// all would save their page faults but make the threads wait for each other's malloc()).
//
// Glibc on Linux only; elsewhere, or where the kernel offers no huge pages, nothing changes and
// false is returned. Call it once, early, before the process allocates much.
bool adviseHugePagesForHeap(std::size_t reserve = std::size_t(256) << 20);

} // namespace Infra
