// SPDX-License-Identifier: GPL-3.0-or-later
// The trace reader's window over a stream (core/trace/trace_byte_source.h).
// Its buffer starts small and grows as the input proves long, trusting the
// size the caller gives only to read less: a stream of any length must come
// through whole and in order, and ensure(want) must make min(want, rest)
// bytes available, whatever size was announced (a file can grow while it is
// read; a gzip stream's size is unknown).
#include <cstdint>
#include <cstring>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/support/byte_buffer.h"
#include "core/trace/trace_byte_source.h"

namespace {

using fs::trace_read::ByteSource;

std::string pattern(size_t n) {
  std::string s(n, '\0');
  uint32_t x = 12345;
  for (char& c : s) {
    x = x * 1103515245u + 12345u;
    c = static_cast<char>('a' + (x >> 16) % 26);
  }
  return s;
}

// Reads everything through the window in steps of `step` bytes, asking
// ensure(want) before each step, and checks each promise it makes.
std::string read_all(ByteSource& src, size_t want, size_t step, const std::string& truth) {
  std::string out;
  for (;;) {
    src.ensure(want);
    const size_t avail = static_cast<size_t>(src.end() - src.p());
    const size_t rest = truth.size() - out.size();
    EXPECT_GE(avail, std::min(want, rest)) << "at byte " << out.size();
    if (avail == 0) break;
    const size_t n = std::min(step, avail);
    out.append(src.p(), n);
    src.p() += n;
  }
  return out;
}

TEST(TraceByteSource, DeliversEveryByteWhateverSizeWasAnnounced) {
  for (const size_t len : {size_t{0}, size_t{1}, size_t{100}, size_t{70'000}, size_t{3} << 20}) {
    const std::string text = pattern(len);
    // exact, unknown (0), understated (the file grew), overstated (it shrank)
    for (const uint64_t told :
         {uint64_t{len}, uint64_t{0}, uint64_t{len / 3 + 1}, uint64_t{len * 2 + 7}}) {
      std::istringstream in(text);
      ByteSource src(in, told, {});
      EXPECT_EQ(read_all(src, ByteSource::kWindow, 40'000, text), text)
          << len << " bytes announced as " << told;
      EXPECT_TRUE(src.at_eof());
    }
  }
}

TEST(TraceByteSource, EnsureGivesALongValueWhole) {
  // A value longer than the window: the reader asks for twice what it has.
  const std::string text = pattern(size_t{5} << 20);
  for (const uint64_t told : {uint64_t{text.size()}, uint64_t{1000}, uint64_t{0}}) {
    std::istringstream in(text);
    ByteSource src(in, told, {});
    const size_t want = size_t{3} << 20;
    src.ensure(want);
    ASSERT_GE(static_cast<size_t>(src.end() - src.p()), want) << "announced " << told;
    EXPECT_EQ(std::string(src.p(), want), text.substr(0, want));
  }
}

TEST(TraceByteSource, ProgressCanCancelAtARefill) {
  const std::string text = pattern(size_t{2} << 20);
  std::istringstream in(text);
  uint64_t last = 0;
  int calls = 0;
  auto progress = [&](uint64_t done, uint64_t total) {
    EXPECT_EQ(total, text.size());
    EXPECT_GE(done, last);
    last = done;
    return ++calls < 3;
  };
  EXPECT_THROW(
      {
        ByteSource src(in, text.size(), progress);
        read_all(src, ByteSource::kWindow, 100'000, text);
      },
      fs::trace_read::Cancelled);
  EXPECT_EQ(calls, 3);
  EXPECT_LT(last, text.size()); // stopped before the end
}

TEST(ByteBuffer, ResizeKeepsThePrefix) {
  fs::ByteBuffer b(4);
  std::memcpy(b.data(), "abcd", 4);
  b.resize(1 << 20);
  EXPECT_EQ(std::string(b.data(), 4), "abcd");
  b.resize(2);
  EXPECT_EQ(b.size(), 2u);
  EXPECT_EQ(std::string(b.data(), 2), "ab");
  b.resize(0);
  EXPECT_EQ(b.data(), nullptr);
}

} // namespace
