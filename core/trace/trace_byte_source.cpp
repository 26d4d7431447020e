// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/trace_byte_source.h"

#include <algorithm>
#include <cstring>

namespace fs::trace_read {

namespace {
constexpr size_t kChunk = size_t{4} << 20; // 4 MiB: a read per chunk, the window within it
} // namespace

ByteSource::ByteSource(std::istream& in, uint64_t total, Progress progress)
    : p_(nullptr), end_(nullptr), eof_(false), in_(&in), total_(total),
      progress_(std::move(progress)) {
  buf_.resize(kChunk + kWindow);
  p_ = end_ = buf_.data();
  refill();
}

bool ByteSource::refill(size_t want) {
  if (eof_) return false;
  if (progress_ && !progress_(done_, total_)) throw Cancelled{};
  // Keep the unread tail, then fill the rest of the buffer.
  const size_t keep = static_cast<size_t>(end_ - p_);
  if (keep > 0 && p_ != buf_.data()) std::memmove(buf_.data(), p_, keep);
  if (buf_.size() < want + kChunk / 4 || buf_.size() - keep < kWindow)
    buf_.resize(std::max(keep + kChunk, want + kChunk / 4)); // a long value: grow
  char* const base = buf_.data();
  size_t have = keep;
  while (have < buf_.size() && !eof_) {
    in_->read(base + have, static_cast<std::streamsize>(buf_.size() - have));
    const size_t got = static_cast<size_t>(in_->gcount());
    have += got;
    done_ += got;
    if (!*in_) {
      if (in_->bad()) throw ReadFailed{};
      eof_ = true;
    }
  }
  p_ = base;
  end_ = base + have;
  if (eof_ && progress_ && !progress_(done_, total_)) throw Cancelled{};
  return have > keep;
}

} // namespace fs::trace_read
