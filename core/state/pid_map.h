// SPDX-License-Identifier: GPL-3.0-or-later
// pid -> process slot, as a small open-addressing table. Its size follows the
// number of live processes (not the largest pid), so keyframes that copy the
// kernel state stay small even after pids have climbed to 30000.
#pragma once
#include <cstdint>
#include <vector>

namespace fs {

class PidMap {
public:
  int32_t find(int32_t pid) const {
    if (pid < 0 || cells_.empty()) return -1;
    for (size_t i = hash(pid);; i = (i + 1) & mask()) {
      const Cell& c = cells_[i];
      if (c.pid == pid) return c.slot;
      if (c.pid < 0) return -1;
    }
  }
  void insert(int32_t pid, int32_t slot) {
    if ((count_ + 1) * 2 > cells_.size()) grow();
    size_t i = hash(pid);
    while (cells_[i].pid >= 0 && cells_[i].pid != pid) i = (i + 1) & mask();
    if (cells_[i].pid < 0) ++count_;
    cells_[i] = Cell{pid, slot};
  }
  void erase(int32_t pid) {
    if (cells_.empty()) return;
    size_t i = hash(pid);
    while (cells_[i].pid != pid) {
      if (cells_[i].pid < 0) return;
      i = (i + 1) & mask();
    }
    // Backward-shift deletion keeps every probe chain unbroken.
    for (size_t j = (i + 1) & mask();; j = (j + 1) & mask()) {
      if (cells_[j].pid < 0) break;
      const size_t home = hash(cells_[j].pid);
      const bool movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
      if (movable) {
        cells_[i] = cells_[j];
        i = j;
      }
    }
    cells_[i] = Cell{};
    --count_;
  }
  size_t size() const { return count_; }

private:
  struct Cell {
    int32_t pid = -1;
    int32_t slot = -1;
  };
  size_t mask() const { return cells_.size() - 1; }
  size_t hash(int32_t pid) const { return static_cast<size_t>(pid) & mask(); }
  void grow() {
    std::vector<Cell> old = std::move(cells_);
    cells_.assign(old.empty() ? 64 : old.size() * 2, Cell{});
    count_ = 0;
    for (const Cell& c : old)
      if (c.pid >= 0) insert(c.pid, c.slot);
  }
  std::vector<Cell> cells_;
  size_t count_ = 0;
};

} // namespace fs
