// SPDX-License-Identifier: GPL-3.0-or-later
// The recording buffers (core/support/pod_vector.h) and the string table: what a
// recorded run relies on when they grow far past their first blocks.
#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "core/state/event.h"
#include "core/support/pod_vector.h"
#include "core/trace/trace.h"

using fs::Event;
using fs::PodVector;

namespace {
Event ev(int32_t i) { return Event{fs::EventKind::Step, 0, 1, i, i * 3, i * 5, i * 7}; }
bool same(const Event& e, int32_t i) {
  return e.pid == i && e.a == i * 3 && e.b == i * 5 && e.c == i * 7 && e.cpu == 1;
}
} // namespace

TEST(PodVector, KeepsEveryValueWhileGrowingPastMappedBlocks) {
  // 200,000 events are 4 MB: the buffer moves from malloc to page mappings
  // (1 MiB and more) and is remapped several times on the way.
  PodVector<Event> v;
  for (int32_t i = 0; i < 200000; ++i) v.push_back(ev(i));
  ASSERT_EQ(v.size(), 200000u);
  EXPECT_GE(v.capacity(), v.size());
  for (int32_t i = 0; i < 200000; ++i) ASSERT_TRUE(same(v[static_cast<size_t>(i)], i)) << i;
  v.shrink_to_fit();
  EXPECT_EQ(v.capacity(), v.size());
  EXPECT_TRUE(same(v.front(), 0));
  EXPECT_TRUE(same(v.back(), 199999));
  EXPECT_TRUE(same(v[123456], 123456));
}

TEST(PodVector, ShrinksBelowTheMappingLineAndGrowsAgain) {
  PodVector<uint32_t> v;
  for (uint32_t i = 0; i < 1000000; ++i) v.push_back(i); // 4 MB, mapped
  v.resize(1000);                                        // 4 KB
  v.shrink_to_fit();                                     // back to malloc
  EXPECT_EQ(v.capacity(), 1000u);
  for (uint32_t i = 0; i < 1000; ++i) ASSERT_EQ(v[i], i);
  for (uint32_t i = 1000; i < 400000; ++i) v.push_back(i);
  for (uint32_t i = 0; i < 400000; ++i) ASSERT_EQ(v[i], i);
}

#if defined(__linux__)
TEST(PodVector, MappedBlocksStartOnAHugePageBoundary) {
  // A transparent huge page needs an aligned 2 MiB stretch inside the
  // mapping; a buffer of a few MiB at an arbitrary page (the step CPUs of a
  // storm were 2.3 MB at ...d81000) has at most one and faults in 4 KiB pages.
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  PodVector<uint8_t> small_mapped, larger;
  small_mapped.reserve(size_t{1} << 20); // the smallest mapped block
  larger.reserve(size_t{3} << 20);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small_mapped.data()) % kHuge, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(larger.data()) % kHuge, 0u);
  // Both are usable to their last byte, and neither overlaps the other.
  small_mapped.resize(small_mapped.capacity(), 0xA5);
  larger.resize(larger.capacity(), 0x5A);
  EXPECT_EQ(small_mapped.back(), 0xA5);
  EXPECT_EQ(larger.front(), 0x5A);
  EXPECT_EQ(small_mapped.front(), 0xA5);
  // Growing within the 2 MiB unit keeps the block where it is.
  const uint8_t* before = small_mapped.data();
  small_mapped.reserve((size_t{3} << 19)); // 1.5 MiB: the same 2 MiB mapping
  EXPECT_EQ(small_mapped.data(), before);
  EXPECT_EQ(small_mapped.back(), 0xA5);
  // Growing past it - in place, or moved where `larger` is in the way - keeps
  // the boundary and the bytes.
  for (size_t mib : {5u, 9u, 17u}) {
    small_mapped.resize(mib << 20, 0x3C);
    larger.resize(larger.size() + (size_t{1} << 20), 0x5A);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(small_mapped.data()) % kHuge, 0u) << mib;
    EXPECT_EQ(reinterpret_cast<uintptr_t>(larger.data()) % kHuge, 0u) << mib;
    EXPECT_EQ(small_mapped[(size_t{1} << 20) - 1], 0xA5);
    EXPECT_EQ(small_mapped.back(), 0x3C);
    EXPECT_EQ(larger[0], 0x5A);
    EXPECT_EQ(larger.back(), 0x5A);
  }
}
#endif

TEST(PodVector, CopiesMovesInsertsAndErasesLikeAVector) {
  PodVector<uint32_t> a{1, 2, 3};
  PodVector<uint32_t> empty;
  PodVector<uint32_t> b = empty; // copying an empty buffer touches no memory
  EXPECT_TRUE(b.empty());
  b = a;
  EXPECT_TRUE(a == b);
  b.insert(b.end(), a.begin(), a.end());
  EXPECT_EQ(b, (PodVector<uint32_t>{1, 2, 3, 1, 2, 3}));
  b.insert(b.begin() + 1, a.begin(), a.begin() + 1);
  EXPECT_EQ(b, (PodVector<uint32_t>{1, 1, 2, 3, 1, 2, 3}));
  b.erase(b.begin(), b.begin() + 3);
  EXPECT_EQ(b, (PodVector<uint32_t>{3, 1, 2, 3}));
  PodVector<uint32_t> c = std::move(b);
  EXPECT_TRUE(b.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty
  EXPECT_EQ(c.size(), 4u);
  c.clear();
  EXPECT_TRUE(c.empty());
  EXPECT_EQ(a.at(2), 3u);
  EXPECT_THROW((void)a.at(3), std::out_of_range);
  EXPECT_EQ(a, (PodVector<uint32_t>{1, 2, 3}));
}

TEST(TraceIndex, StringTableKeepsFirstUseOrderThroughGrowth) {
  // The ids are the trace's string indices: they must follow first use,
  // whatever the table does when it grows.
  fs::StringTable st;
  for (int i = 0; i < 5000; ++i) {
    EXPECT_EQ(st.intern("p_lock#" + std::to_string(i)), i);
    EXPECT_EQ(st.intern("p_lock#" + std::to_string(i / 2)), i / 2);
  }
  EXPECT_EQ(st.size(), 5000);
  for (int i = 0; i < 5000; ++i) {
    EXPECT_EQ(st.at(i), "p_lock#" + std::to_string(i));
    EXPECT_EQ(st.intern("p_lock#" + std::to_string(i)), i);
  }
  EXPECT_EQ(st.intern(""), 5000);
  EXPECT_EQ(st.intern(""), 5000);
}

TEST(TraceIndex, SyscallArgumentsAreKeptOncePerDistinctObject) {
  // Three details per fork in a storm: their arguments repeat, so the table
  // keeps each distinct object once and a detail is plain data (16 bytes).
  static_assert(std::is_trivially_copyable_v<fs::SyscallDetail>);
  fs::Trace t;
  for (int i = 0; i < 1000; ++i) {
    EXPECT_EQ(t.add_syscall_detail({}, "{}"), 3 * i);
    EXPECT_EQ(t.add_syscall_detail(fs::SyscallDetail{10, fs::WaitStatusKind::None, 0},
                                   R"({"pid":-1,"options":0})"),
              3 * i + 1);
    EXPECT_EQ(t.add_syscall_detail({}, R"({"status":)" + std::to_string(i % 3) + "}"), 3 * i + 2);
  }
  EXPECT_EQ(t.syscall_args.size(), 4); // "{}" is no entry
  EXPECT_EQ(t.syscall_details[0].args_id, -1);
  EXPECT_EQ(t.args_of(t.syscall_details[0]), "{}");
  EXPECT_EQ(t.args_of(t.syscall_details[1]), R"({"pid":-1,"options":0})");
  EXPECT_EQ(t.syscall_details[1].error, 10);
  EXPECT_EQ(t.args_of(t.syscall_details[3 * 998 + 2]), R"({"status":2})");
  EXPECT_EQ(t.syscall_details[3 * 998 + 2].args_id, t.syscall_details[3 * 2 + 2].args_id);
}
