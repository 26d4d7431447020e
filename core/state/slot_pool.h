// SPDX-License-Identifier: GPL-3.0-or-later
// The free list every slot table of KernelState uses (procs, LWPs, mutexes,
// kernel objects): a slot is an index into its table, stable while the table
// grows, so ids stay cheap to copy and compare. A freed slot is reused last in,
// first out - which keeps traces byte for byte what they were.
#pragma once
#include <cstdint>
#include <vector>

namespace fs {

// A slot of `table` for a new entry: the most recently freed one, or a new
// one at the end. The caller resets the entry.
template <class Table> int32_t take_slot(Table& table, std::vector<int32_t>& free_slots) {
  if (!free_slots.empty()) {
    const int32_t slot = free_slots.back();
    free_slots.pop_back();
    return slot;
  }
  table.emplace_back();
  return static_cast<int32_t>(table.size() - 1);
}

} // namespace fs
