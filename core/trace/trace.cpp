// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/trace.h"

#include <algorithm>
#include <functional>

namespace fs {

namespace {
uint32_t hash32(std::string_view s) {
  const uint64_t h = std::hash<std::string_view>{}(s);
  return static_cast<uint32_t>(h ^ (h >> 32));
}
} // namespace

int StringTable::intern(std::string_view s) {
  if ((strings_.size() + 1) * 2 > slots_.size()) grow();
  const uint32_t h = hash32(s);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id < 0) {
      slot = Slot{h, static_cast<int32_t>(strings_.size())};
      strings_.emplace_back(s);
      return slot.id;
    }
    if (slot.hash == h && strings_[static_cast<size_t>(slot.id)] == s) return slot.id;
  }
}

void StringTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& o : old) {
    if (o.id < 0) continue;
    size_t i = o.hash & mask;
    while (slots_[i].id >= 0) i = (i + 1) & mask;
    slots_[i] = o;
  }
}

size_t StringTable::bytes() const {
  size_t n = strings_.capacity() * sizeof(std::string) + slots_.capacity() * sizeof(Slot);
  for (const std::string& s : strings_)
    if (s.capacity() > 15) n += s.capacity() + 1; // heap buffer beyond the SSO
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
  n += step_cpu.capacity() * sizeof(int8_t);
  n += ticks.memory_bytes();
  n += strings.bytes();
  n += syscall_details.capacity() * sizeof(SyscallDetail);
  n += syscall_args.bytes();
  n += ptrace_details.capacity() * sizeof(PtraceDetail);
  n += event_lids.capacity() * sizeof(event_lids[0]);
  return n;
}

const std::string& Trace::args_of(const SyscallDetail& d) const {
  static const std::string kNone = "{}";
  return d.args_id >= 0 && d.args_id < syscall_args.size() ? syscall_args.at(d.args_id) : kNone;
}

int32_t Trace::add_syscall_detail(SyscallDetail d, std::string_view args) {
  d.args_id = args.empty() || args == "{}" ? -1 : syscall_args.intern(args);
  syscall_details.push_back(d);
  return static_cast<int32_t>(syscall_details.size() - 1);
}

int32_t Trace::lid_of_event(uint32_t seq) const {
  if (seq >= events.size()) return -1;
  auto it = std::lower_bound(event_lids.begin(), event_lids.end(), seq,
                             [](const auto& x, uint32_t s) { return x.first < s; });
  return it != event_lids.end() && it->first == seq ? it->second : events[seq].pid;
}

} // namespace fs
