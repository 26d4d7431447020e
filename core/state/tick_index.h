// SPDX-License-Identifier: GPL-3.0-or-later
// Which tick each step ran in. Stored sparsely: one entry per tick in which
// a step began, so a run that sleeps for years (millions of idle ticks that
// the machine skips in one jump) costs nothing here. Consecutive ticks
// without a step collapse into the last of them, the tick that holds the
// next step.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/support/pod_vector.h"

namespace fs {

class TickIndex {
public:
  struct Entry {
    uint64_t tick;       // strictly increasing
    uint64_t first_step; // strictly increasing (except a trailing empty tick)
  };

  // Tick `tick` begins with `first_step` steps executed before it. Ticks must
  // not go backwards.
  void start_tick(uint64_t tick, uint64_t first_step);

  // The tick in which step `step` (0-based) began.
  uint64_t tick_of_step(uint64_t step) const;
  // The index of the first step of tick `tick`, or `end_steps` when no step
  // began at or after it.
  uint64_t first_step_of_tick(uint64_t tick, uint64_t end_steps) const;
  // The last tick started (0 when empty).
  uint64_t last_tick() const { return entries_.empty() ? 0 : entries_.back().tick; }

  // The ticks that hold steps, in order: entry(i).first_step .. entry(i+1).first_step.
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const Entry& entry(std::size_t i) const { return entries_[i]; }
  // First step of the entry after i, or end_steps for the last one.
  uint64_t end_of(std::size_t i, uint64_t end_steps) const {
    return i + 1 < entries_.size() ? entries_[i + 1].first_step : end_steps;
  }

  void clear() { entries_.clear(); }
  void shrink_to_fit() { entries_.shrink_to_fit(); }
  std::size_t memory_bytes() const { return entries_.capacity() * sizeof(Entry); }
  bool operator==(const TickIndex&) const = default;

private:
  PodVector<Entry> entries_;
};

} // namespace fs
