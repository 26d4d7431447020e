// SPDX-License-Identifier: GPL-3.0-or-later
// A std::vector-like array of trivially copyable values whose storage grows
// and shrinks in place. The recording buffers (events, the step index, the
// tick index) reach tens of megabytes; a std::vector doubles by allocating a
// new block, copying every byte and faulting in fresh pages, and giving back
// its slack at the end of a run copies everything once more. That was about a
// third of the time a recorded run took. Here large blocks are page mappings
// that the kernel resizes without copying (core/support/pod_buffer.cpp), so the bytes
// are written once, where they stay.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace fs {

// Storage behind PodVector (core/support/pod_buffer.cpp): resizes the block p of
// old_bytes to new_bytes, keeping min(old_bytes, new_bytes) bytes; p may be
// null (old_bytes 0) and new_bytes 0 frees it. Throws std::bad_alloc.
void* pod_buffer_resize(void* p, std::size_t old_bytes, std::size_t new_bytes);

template <class T> class PodVector {
  static_assert(std::is_trivially_copyable_v<T>, "PodVector moves its elements as bytes");

public:
  using value_type = T;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = T&;
  using const_reference = const T&;
  using pointer = T*;
  using const_pointer = const T*;
  using iterator = T*;
  using const_iterator = const T*;

  PodVector() = default;
  PodVector(std::initializer_list<T> init) { assign(init.begin(), init.end()); }
  template <class It> PodVector(It first, It last) { assign(first, last); }
  PodVector(const PodVector& o) { assign(o.begin(), o.end()); }
  PodVector(PodVector&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)),
        cap_(std::exchange(o.cap_, 0)) {}
  PodVector& operator=(const PodVector& o) {
    if (this != &o) assign(o.begin(), o.end());
    return *this;
  }
  PodVector& operator=(PodVector&& o) noexcept {
    if (this != &o) {
      release();
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
      cap_ = std::exchange(o.cap_, 0);
    }
    return *this;
  }
  ~PodVector() { release(); }

  size_type size() const { return size_; }
  size_type capacity() const { return cap_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_type i) { return data_[i]; }
  const T& operator[](size_type i) const { return data_[i]; }
  T& at(size_type i) { return data_[checked(i)]; }
  const T& at(size_type i) const { return data_[checked(i)]; }
  T& front() { return data_[0]; }
  const T& front() const { return data_[0]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }
  iterator begin() { return data_; }
  iterator end() { return data_ + size_; }
  const_iterator begin() const { return data_; }
  const_iterator end() const { return data_ + size_; }
  const_iterator cbegin() const { return data_; }
  const_iterator cend() const { return data_ + size_; }

  void push_back(const T& v) {
    if (size_ == cap_) [[unlikely]]
      grow(size_ + 1);
    data_[size_++] = v;
  }
  template <class... A> T& emplace_back(A&&... args) {
    if (size_ == cap_) grow(size_ + 1);
    return data_[size_++] = T{std::forward<A>(args)...};
  }
  void pop_back() { --size_; }
  void clear() { size_ = 0; }
  void reserve(size_type n) {
    if (n > cap_) set_capacity(n);
  }
  void resize(size_type n, const T& v = T{}) {
    reserve(n);
    std::fill(data_ + std::min(n, size_), data_ + n, v);
    size_ = n;
  }
  void shrink_to_fit() {
    if (cap_ > size_) set_capacity(size_);
  }
  template <class It> void assign(It first, It last) {
    clear();
    insert(end(), first, last);
  }
  // Inserts [first, last), which must not point into this vector.
  template <class It> iterator insert(const_iterator pos, It first, It last) {
    const size_type at = static_cast<size_type>(pos - data_);
    const size_type n = static_cast<size_type>(std::distance(first, last));
    if (n == 0) return data_ + at; // data_ may be null: no memmove on it
    if (size_ + n > cap_) grow(size_ + n);
    std::memmove(data_ + at + n, data_ + at, (size_ - at) * sizeof(T));
    std::copy(first, last, data_ + at);
    size_ += n;
    return data_ + at;
  }
  iterator erase(const_iterator first, const_iterator last) {
    const size_type at = static_cast<size_type>(first - data_);
    const size_type n = static_cast<size_type>(last - first);
    if (n == 0) return data_ + at;
    std::memmove(data_ + at, data_ + at + n, (size_ - at - n) * sizeof(T));
    size_ -= n;
    return data_ + at;
  }
  iterator erase(const_iterator pos) { return erase(pos, pos + 1); }
  void swap(PodVector& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(cap_, o.cap_);
  }

  friend bool operator==(const PodVector& a, const PodVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

private:
  T* data_ = nullptr;
  size_type size_ = 0, cap_ = 0;

  size_type checked(size_type i) const {
    if (i >= size_) throw std::out_of_range("PodVector::at: index out of range");
    return i;
  }
  [[gnu::noinline]] void grow(size_type need) {
    set_capacity(std::max<size_type>({need, 2 * cap_, 16}));
  }
  void set_capacity(size_type n) {
    data_ = static_cast<T*>(pod_buffer_resize(data_, cap_ * sizeof(T), n * sizeof(T)));
    cap_ = n;
  }
  void release() {
    if (data_) pod_buffer_resize(data_, cap_ * sizeof(T), 0);
    data_ = nullptr;
    size_ = cap_ = 0;
  }
};

} // namespace fs
