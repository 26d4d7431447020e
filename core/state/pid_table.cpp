// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/pid_table.h"

#include <algorithm>

#include "core/state/constants.h"

namespace fs {

PidTable::PidTable(bool sequential) : sequential_(sequential) {
  if (sequential_) {
    seq_used_.assign(PID_MAX + 1, 0);
    seq_used_[0] = 1; // process 0
    return;
  }
  slots_.resize(32);
  slots_[0].used = true; // process 0 owns slot 0 for ever
  slots_[0].last_pid = 0;
  for (int32_t i = 1; i < 32; ++i) free_fifo_.push_back(i);
}

int32_t PidTable::candidate(int32_t s) const {
  const Slot& sl = slots_[static_cast<size_t>(s)];
  if (sl.last_pid < 0) return s;
  int32_t pid = sl.last_pid + size();
  return pid > PID_MAX ? s : pid;
}

void PidTable::expand() {
  const int32_t n = size();
  std::vector<Slot> grown(static_cast<size_t>(2 * n));
  std::vector<int32_t> newly_free;
  for (int32_t s = 0; s < n; ++s) {
    const Slot& old = slots_[static_cast<size_t>(s)];
    if (old.used) {
      // A live pid stays findable: it moves to the half its pid selects.
      int32_t dst = old.last_pid & (2 * n - 1);
      grown[static_cast<size_t>(dst)] = old;
      int32_t other = dst == s ? s + n : s;
      grown[static_cast<size_t>(other)].last_pid =
          old.last_pid - n >= 0 && other == s ? old.last_pid - n : -1;
      newly_free.push_back(other);
    } else {
      Slot keep = old;
      // Keep the next pid of this slot congruent to the slot under the new mask.
      if (keep.last_pid >= 0 && (keep.last_pid & n) != 0) keep.last_pid -= n;
      grown[static_cast<size_t>(s)] = keep;
      grown[static_cast<size_t>(s + n)].last_pid = -1;
      newly_free.push_back(s + n);
    }
  }
  slots_ = std::move(grown);
  // Slots that were free stay in FIFO order; the new ones follow by index.
  std::vector<int32_t> upper;
  for (int32_t s : newly_free) upper.push_back(s);
  std::sort(upper.begin(), upper.end());
  for (int32_t s : upper) free_fifo_.push_back(s);
}

int32_t PidTable::alloc(const std::function<bool(int32_t)>& in_use_as_group) {
  if (sequential_) {
    for (int32_t tries = 0; tries <= PID_MAX; ++tries) {
      last_seq_ = last_seq_ >= PID_MAX ? 1 : last_seq_ + 1;
      if (!seq_used_[static_cast<size_t>(last_seq_)] && !in_use_as_group(last_seq_)) {
        seq_used_[static_cast<size_t>(last_seq_)] = 1;
        return last_seq_;
      }
    }
    return -1;
  }
  for (;;) {
    for (size_t i = 0; i < free_fifo_.size(); ++i) {
      int32_t s = free_fifo_[i];
      const Slot& sl = slots_[static_cast<size_t>(s)];
      if (sl.last_pid >= 0 && in_use_as_group(sl.last_pid)) continue;
      int32_t pid = candidate(s);
      free_fifo_.erase(free_fifo_.begin() + static_cast<long>(i));
      slots_[static_cast<size_t>(s)] = Slot{pid, true};
      return pid;
    }
    if (size() * 2 > PID_MAX + 1) return -1; // the table cannot name more pids
    expand();
  }
}

void PidTable::free(int32_t pid) {
  if (sequential_) {
    if (pid > 0 && pid <= PID_MAX) seq_used_[static_cast<size_t>(pid)] = 0;
    return;
  }
  int32_t s = pid & (size() - 1);
  Slot& sl = slots_[static_cast<size_t>(s)];
  if (!sl.used || sl.last_pid != pid) return;
  sl.used = false;
  free_fifo_.push_back(s);
}

} // namespace fs
