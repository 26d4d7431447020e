// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/trace_byte_source.h"

#include <algorithm>
#include <cstring>

namespace fs::trace_read {

namespace {
constexpr size_t kChunk = size_t{4} << 20;      // 4 MiB: a read per chunk, the window within it
constexpr size_t kFirstRead = size_t{64} << 10; // a small trace never maps megabytes
} // namespace

ByteSource::ByteSource(std::istream& in, uint64_t total, Progress progress)
    : p_(nullptr), end_(nullptr), eof_(false), in_(&in), total_(total),
      progress_(std::move(progress)), next_read_(kFirstRead) {
  refill();
}

bool ByteSource::refill(size_t want) {
  if (eof_) return false;
  if (progress_ && !progress_(done_, total_)) throw Cancelled{};
  // Keep the unread tail, then fill the rest of the buffer.
  const size_t keep = static_cast<size_t>(end_ - p_);
  if (keep > 0 && p_ != buf_.data()) std::memmove(buf_.data(), p_, keep);
  // Each refill reads more than the last, up to a chunk: 64 KiB, 128 KiB, ...
  // 4 MiB; with the input's size known, no more than the rest of it (and a
  // byte to see its end). The loop below grows the buffer until `want` bytes
  // are in or the input ends: a small input never maps megabytes.
  size_t goal = keep + next_read_;
  if (total_ > done_) goal = std::min(goal, keep + static_cast<size_t>(total_ - done_) + 1);
  next_read_ = std::min(2 * next_read_, kChunk);
  if (buf_.size() < goal) buf_.resize(goal);
  size_t have = keep;
  for (;;) {
    while (have < buf_.size() && !eof_) {
      in_->read(buf_.data() + have, static_cast<std::streamsize>(buf_.size() - have));
      const size_t got = static_cast<size_t>(in_->gcount());
      have += got;
      done_ += got;
      if (!*in_) {
        if (in_->bad()) throw ReadFailed{};
        eof_ = true;
      }
    }
    if (eof_ || have >= want) break;
    buf_.resize(std::min(want, 2 * buf_.size())); // full, and more is wanted
  }
  p_ = buf_.data();
  end_ = p_ + have;
  if (eof_ && progress_ && !progress_(done_, total_)) throw Cancelled{};
  return have > keep;
}

} // namespace fs::trace_read
