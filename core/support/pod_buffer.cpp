// SPDX-License-Identifier: GPL-3.0-or-later
// Storage for PodVector (core/support/pod_vector.h). Small blocks come from malloc.
// On Linux, blocks of 1 MiB and more are anonymous page mappings: mremap grows
// or shrinks them by moving page-table entries, never copying the bytes or
// touching pages again, and they ask for transparent huge pages, so filling a
// 100 MB event buffer takes a few hundred page faults instead of 25,000.
// A huge page needs an aligned 2 MiB stretch inside the mapping, so mappings
// are whole 2 MiB units on a 2 MiB boundary: a buffer of 1-4 MiB (the step
// CPUs of a storm, a buffer as it first crosses 1 MiB) would otherwise often
// hold no such stretch and fault in its 4 KiB pages one by one - each fault
// costs ~10 us in a virtual machine that traps page-table updates.
// Elsewhere realloc does what it can.
#include <algorithm>
#include <cstdint>
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
constexpr std::size_t kHugePage = std::size_t{2} << 20;

bool is_mapped(std::size_t bytes) { return bytes >= kMapBytes; }
// The length of the mapping that holds a block of `bytes` (>= kMapBytes).
std::size_t map_length(std::size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }

void* advise(void* p, std::size_t bytes) {
  if (p == MAP_FAILED) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, map_length(bytes), MADV_HUGEPAGE); // a hint: without it, 4 KiB pages
#endif
  return p;
}

// A fresh mapping of `length` bytes (whole 2 MiB units) on a 2 MiB boundary:
// map one huge page more than needed and give back the ends around the
// aligned stretch.
void* map_aligned(std::size_t length) {
  void* raw =
      mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const auto start = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t aligned = (start + kHugePage - 1) & ~std::uintptr_t{kHugePage - 1};
  if (aligned > start) munmap(raw, aligned - start);
  const std::size_t tail = kHugePage - (aligned - start);
  if (tail > 0) munmap(reinterpret_cast<void*>(aligned + length), tail);
  return reinterpret_cast<void*>(aligned);
}

void* map(std::size_t bytes) { return advise(map_aligned(map_length(bytes)), bytes); }

// Resizes a mapping in place when the addresses after it are free; otherwise
// moves its pages - page-table entries, not bytes - onto a fresh aligned
// stretch, so that the buffer stays on a 2 MiB boundary wherever it goes.
void* remap(void* p, std::size_t old_bytes, std::size_t new_bytes) {
  const std::size_t old_length = map_length(old_bytes), new_length = map_length(new_bytes);
  void* q = mremap(p, old_length, new_length, 0);
  if (q == MAP_FAILED) {
    void* target = map_aligned(new_length);
    q = mremap(p, old_length, new_length, MREMAP_MAYMOVE | MREMAP_FIXED, target);
    if (q == MAP_FAILED) munmap(target, new_length);
  }
  return advise(q, new_bytes);
}

void release(void* p, std::size_t bytes) {
  if (is_mapped(bytes))
    munmap(p, map_length(bytes));
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
    if (map_length(old_bytes) == map_length(new_bytes)) return p;
    return remap(p, old_bytes, new_bytes);
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
