// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes of a trace as a sliding window: the whole text when it is already
// in memory, else a file read in 4 MiB chunks, so that reading a trace of any
// size holds only the window (plus the Trace being built). Reports progress
// and lets the caller cancel at every refill. Internal to the trace reader.
#pragma once
#include <cstdint>
#include <functional>
#include <istream>
#include <string_view>

#include "core/support/byte_buffer.h"

namespace fs::trace_read {

// bytes read so far, total bytes (0 when unknown); false cancels the read.
using Progress = std::function<bool(uint64_t, uint64_t)>;

struct Cancelled {};  // thrown by refill() when progress returned false
struct ReadFailed {}; // thrown by refill() on an I/O error (errno is kept)

class ByteSource {
public:
  // The look-ahead ensure() gives by default; the fast reader asks for more
  // (doubling) when an event is longer.
  static constexpr size_t kWindow = size_t{1} << 20;

  explicit ByteSource(std::string_view text)
      : p_(text.data()), end_(text.data() + text.size()), total_(text.size()) {}
  ByteSource(std::istream& in, uint64_t total, Progress progress);

  const char*& p() { return p_; }
  const char* end() const { return end_; }
  bool at_eof() const { return eof_; }
  uint64_t total() const { return total_; } // 0 when unknown
  // Makes at least min(want, rest of input) bytes available from p().
  void ensure(size_t want = kWindow) {
    if (static_cast<size_t>(end_ - p_) < want && !eof_) refill(want);
  }
  // Moves the window on, keeping the bytes from p(), with room for at least
  // `want` bytes from p(); returns false at end of input.
  bool refill(size_t want = kWindow);

private:
  const char* p_;
  const char* end_;
  bool eof_ = true;
  std::istream* in_ = nullptr;
  ByteBuffer buf_;
  uint64_t done_ = 0, total_ = 0;
  Progress progress_;
  size_t next_read_ = 0; // how much the next refill reads at least
};

} // namespace fs::trace_read
