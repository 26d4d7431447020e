// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/tick_index.h"

#include <algorithm>

namespace fs {

void TickIndex::start_tick(uint64_t tick, uint64_t first_step) {
  // The previous tick ran no step: the new one supersedes it (a step looked
  // up later belongs to the newest tick that began at or before it).
  if (!entries_.empty() && entries_.back().first_step == first_step) {
    entries_.back().tick = tick;
    return;
  }
  entries_.push_back({tick, first_step});
}

uint64_t TickIndex::tick_of_step(uint64_t step) const {
  auto it = std::upper_bound(entries_.begin(), entries_.end(), step,
                             [](uint64_t s, const Entry& e) { return s < e.first_step; });
  if (it == entries_.begin()) return 0;
  return std::prev(it)->tick;
}

uint64_t TickIndex::first_step_of_tick(uint64_t tick, uint64_t end_steps) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), tick,
                             [](const Entry& e, uint64_t t) { return e.tick < t; });
  return it == entries_.end() ? end_steps : it->first_step;
}

} // namespace fs
