// SPDX-License-Identifier: GPL-3.0-or-later
// Our model of NetBSD's pid_table (kern_proc.c): pid & mask names a slot; free
// slots are reused first-in first-out, each reuse handing out the slot's last
// pid plus the table size (wrapping to the bare slot index above PID_MAX); the
// table starts with 32 slots and doubles when no free slot can be used; a slot
// whose last pid still names a process group or session is not reused.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace fs {

class PidTable {
public:
  PidTable() : PidTable(false) {}
  explicit PidTable(bool sequential);

  // Allocates a pid. pid_in_use_as_group(p) says whether p still names a
  // process group or session (such a slot is skipped).
  int32_t alloc(const std::function<bool(int32_t)>& pid_in_use_as_group);
  void free(int32_t pid);
  int32_t size() const { return static_cast<int32_t>(slots_.size()); }
  bool sequential() const { return sequential_; }
  std::size_t memory_bytes() const {
    return slots_.capacity() * sizeof(Slot) + free_fifo_.capacity() * sizeof(int32_t) +
           seq_used_.capacity();
  }
  // Feeds every field that decides future allocations to add(uint64_t)
  // (the explorer's visited-state hash, core/state/state_hash.cpp).
  template <typename Add> void hash_into(Add&& add) const {
    add(sequential_ ? 1u : 0u);
    add(slots_.size());
    for (const Slot& s : slots_) add((static_cast<uint64_t>(s.last_pid) << 1) | (s.used ? 1u : 0u));
    add(free_fifo_.size());
    for (int32_t f : free_fifo_) add(static_cast<uint64_t>(f));
    add(static_cast<uint64_t>(last_seq_));
    add(seq_used_.size());
    for (uint8_t u : seq_used_) add(u);
  }

private:
  struct Slot {
    int32_t last_pid = -1; // -1: never used (first pid = slot index)
    bool used = false;
  };
  void expand();
  int32_t candidate(int32_t s) const;

  bool sequential_ = false;
  std::vector<Slot> slots_;
  std::vector<int32_t> free_fifo_; // slot indices, head first
  // sequential policy
  int32_t last_seq_ = 0;
  std::vector<uint8_t> seq_used_;
};

} // namespace fs
