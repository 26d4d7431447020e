// SPDX-License-Identifier: GPL-3.0-or-later
// A resizable block of bytes that, unlike std::vector<char>, leaves the bytes
// it adds uninitialised. The readers' chunk buffers are megabytes (a 4 MiB
// window, 1 MiB gzip and exact-stream chunks) and a small trace fills a few
// bytes of them: zeroing every buffer on each open touched every page, ~10 MiB
// per small read, which was nearly all of a small trace's read time (and held
// the trace reader's fuzz target to ~15 inputs a second). Only what a read
// writes is ever touched here.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>

namespace fs {

class ByteBuffer {
public:
  ByteBuffer() = default;
  explicit ByteBuffer(std::size_t n) : data_(allocate(n)), size_(n) {}

  char* data() { return data_.get(); }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  char& operator[](std::size_t i) { return data_[i]; }
  char operator[](std::size_t i) const { return data_[i]; }
  // Keeps the first min(size(), n) bytes; the rest is uninitialised.
  void resize(std::size_t n) {
    if (n == size_) return;
    std::unique_ptr<char[]> bigger = allocate(n);
    if (data_ && n > 0) std::memcpy(bigger.get(), data_.get(), std::min(size_, n));
    data_ = std::move(bigger);
    size_ = n;
  }

private:
  // new char[n] default-initialises: no bytes are written.
  static std::unique_ptr<char[]> allocate(std::size_t n) {
    return n == 0 ? nullptr : std::unique_ptr<char[]>(new char[n]);
  }

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
};

} // namespace fs
