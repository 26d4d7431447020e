// SPDX-License-Identifier: GPL-3.0-or-later
// Storage for PodVector (core/support/pod_vector.h). Small blocks come from malloc.
// On Linux, blocks of 1 MiB and more are anonymous page mappings: mremap grows
// or shrinks them by moving page-table entries, never copying the bytes or
// touching pages again, and they ask for transparent huge pages, so filling a
// 100 MB event buffer takes a few hundred page faults instead of 25,000.
// Elsewhere realloc does what it can.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "core/support/pod_vector.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace fs {

#if defined(__linux__)
namespace {

constexpr std::size_t kMapBytes = std::size_t{1} << 20;
constexpr std::size_t kPage = 4096;

bool is_mapped(std::size_t bytes) { return bytes >= kMapBytes; }
std::size_t page_round(std::size_t bytes) { return (bytes + kPage - 1) & ~(kPage - 1); }

void* advise(void* p, std::size_t bytes) {
  if (p == MAP_FAILED) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, page_round(bytes), MADV_HUGEPAGE); // a hint: without it, 4 KiB pages
#endif
  return p;
}

void* map(std::size_t bytes) {
  return advise(
      mmap(nullptr, page_round(bytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      bytes);
}

void release(void* p, std::size_t bytes) {
  if (is_mapped(bytes))
    munmap(p, page_round(bytes));
  else
    std::free(p);
}

} // namespace

void* pod_buffer_resize(void* p, std::size_t old_bytes, std::size_t new_bytes) {
  if (!p) old_bytes = 0;
  if (new_bytes == 0) {
    if (p) release(p, old_bytes);
    return nullptr;
  }
  if (is_mapped(old_bytes) && is_mapped(new_bytes)) {
    if (page_round(old_bytes) == page_round(new_bytes)) return p;
    return advise(mremap(p, page_round(old_bytes), page_round(new_bytes), MREMAP_MAYMOVE),
                  new_bytes);
  }
  if (!is_mapped(old_bytes) && !is_mapped(new_bytes)) {
    void* q = std::realloc(p, new_bytes);
    if (!q) throw std::bad_alloc();
    return q;
  }
  // Crossing the 1 MiB line: one copy of at most 1 MiB.
  void* q = is_mapped(new_bytes) ? map(new_bytes) : std::malloc(new_bytes);
  if (!q) throw std::bad_alloc();
  if (p) std::memcpy(q, p, std::min(old_bytes, new_bytes));
  if (p) release(p, old_bytes);
  return q;
}

#else

void* pod_buffer_resize(void* p, std::size_t old_bytes, std::size_t new_bytes) {
  (void)old_bytes;
  if (new_bytes == 0) {
    std::free(p);
    return nullptr;
  }
  void* q = std::realloc(p, new_bytes);
  if (!q) throw std::bad_alloc();
  return q;
}

#endif

} // namespace fs
