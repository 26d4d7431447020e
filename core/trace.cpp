// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace.h"

#include <algorithm>

namespace fs {

int StringTable::intern(std::string_view s) {
  auto it = index_.find(s);
  if (it != index_.end()) return it->second;
  const int id = static_cast<int>(strings_.size());
  strings_.emplace_back(s);
  index_.emplace(std::string(s), id);
  return id;
}

size_t StringTable::bytes() const {
  size_t n = strings_.capacity() * sizeof(std::string);
  for (const std::string& s : strings_)
    if (s.capacity() > 15) n += s.capacity() + 1; // heap buffer beyond the SSO
  // Each map node holds a copy of the key, an int and a next pointer; plus buckets.
  n += index_.size() * (sizeof(std::string) + sizeof(int) + 2 * sizeof(void*));
  n += index_.bucket_count() * sizeof(void*);
  for (const auto& [key, id] : index_)
    if (key.capacity() > 15) n += key.capacity() + 1;
  return n;
}

uint64_t Trace::step_of_event(uint32_t seq) const {
  // Largest k with step_first_event[k] <= seq: steps that recorded nothing
  // share their first event with the next step, and the event belongs to the last of them.
  auto it = std::upper_bound(step_first_event.begin(), step_first_event.end(), seq);
  if (it == step_first_event.begin()) return 0;
  return static_cast<uint64_t>(it - step_first_event.begin() - 1);
}

uint64_t Trace::tick_of_step(uint64_t step) const { return ticks.tick_of_step(step); }

size_t Trace::memory_bytes() const {
  size_t n = events.capacity() * sizeof(Event);
  n += step_first_event.capacity() * sizeof(uint32_t);
  n += ticks.memory_bytes();
  n += strings.bytes();
  n += syscall_details.capacity() * sizeof(SyscallDetail);
  for (const SyscallDetail& d : syscall_details)
    if (d.args.capacity() > 15) n += d.args.capacity() + 1;
  n += ptrace_details.capacity() * sizeof(PtraceDetail);
  return n;
}

} // namespace fs
