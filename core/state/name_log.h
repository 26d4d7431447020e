// SPDX-License-Identifier: GPL-3.0-or-later
// The names programs refer to, bound to pids at fork and kept after reaping
// (newest last): a reference resolves to the newest binding, and challenges
// and the explorer name processes that are long gone.
//
// A long run binds millions of names (a repeat loop binds "child#1",
// "child#2", ...), and every keyframe is a copy of the kernel state, so the
// log is stored as sealed, shared, immutable chunks plus a small owned tail:
// a copy costs one pointer per 4096 bindings, not the bindings themselves,
// and sealed chunks are safe to read from any thread.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace fs {

class NameLog {
public:
  using Binding = std::pair<std::string, int32_t>; // (name, pid)
  static constexpr std::size_t kChunk = 4096;

  void emplace_back(std::string name, int32_t pid) {
    tail_.emplace_back(std::move(name), pid);
    if (tail_.size() == kChunk) {
      sealed_.push_back(std::make_shared<const std::vector<Binding>>(std::move(tail_)));
      tail_ = {};
      tail_.reserve(16);
    }
  }
  std::size_t size() const { return sealed_.size() * kChunk + tail_.size(); }
  const Binding& operator[](std::size_t i) const {
    const std::size_t c = i / kChunk;
    return c < sealed_.size() ? (*sealed_[c])[i % kChunk] : tail_[i - sealed_.size() * kChunk];
  }

  // Calls f(binding) newest first until it returns true; returns that binding or null.
  template <class F> const Binding* find_newest(F&& f) const {
    for (auto it = tail_.rbegin(); it != tail_.rend(); ++it)
      if (f(*it)) return &*it;
    for (auto c = sealed_.rbegin(); c != sealed_.rend(); ++c)
      for (auto it = (*c)->rbegin(); it != (*c)->rend(); ++it)
        if (f(*it)) return &*it;
    return nullptr;
  }
  // Calls f(binding) oldest first.
  template <class F> void for_each(F&& f) const {
    for (const auto& c : sealed_)
      for (const Binding& b : *c) f(b);
    for (const Binding& b : tail_) f(b);
  }
  // Bytes this copy owns (sealed chunks are shared with other copies).
  std::size_t owned_bytes() const {
    return sealed_.capacity() * sizeof(sealed_[0]) + tail_.capacity() * sizeof(Binding);
  }

private:
  std::vector<std::shared_ptr<const std::vector<Binding>>> sealed_;
  std::vector<Binding> tail_;
};

} // namespace fs
