// SPDX-License-Identifier: GPL-3.0-or-later
// The exact reader without the text in memory. nlohmann parses from an input
// iterator over 1 MiB chunks of the stream, counting the bytes it consumes;
// the parser (trace_exact_parser.cpp) remembers the byte span of the current
// event and of each top-level member. An error then needs a second pass over
// the input up to the error: the span it lies in is read back (at most
// kMaxSpan bytes) to find the JSON pointer in it, exactly as the whole-text
// reader does over the whole text, and lines and columns are counted on the
// way, as line_col_of_offset() counts them.
#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/support/byte_buffer.h"
#include "core/support/json_locate.h"
#include "core/trace/trace_byte_source.h"
#include "core/trace/trace_exact_parser.h"

namespace fs::trace_read {
namespace {

constexpr size_t kChunk = size_t{1} << 20;
constexpr size_t kFirstChunk = size_t{64} << 10;  // doubling to kChunk: small input, small buffer
constexpr uint64_t kMaxSpan = uint64_t{64} << 20; // read back to locate a pointer in

// The stream as nlohmann's parser reads it: one byte at a time from a chunk.
class StreamInput {
public:
  StreamInput(std::istream& in, const StreamProgress& progress, uint64_t total)
      : in_(in), progress_(progress), total_(total), buf_(kFirstChunk) {}

  bool at_end() {
    if (pos_ == len_) fill();
    return pos_ == len_;
  }
  char current() { return at_end() ? '\0' : buf_[pos_]; }
  void advance() {
    if (!at_end()) ++pos_, ++consumed_;
  }
  uint64_t consumed() const { return consumed_; }
  // The offset of the first NUL byte read into the buffer so far (UINT64_MAX:
  // none). nlohmann stops at a NUL as at the end of its input, so when it stops
  // - done or failing - at a NUL, that NUL has been read and is this one.
  uint64_t first_nul() const { return first_nul_; }

private:
  void fill() {
    if (eof_) return;
    if (progress_ && !progress_(consumed_, total_)) throw Cancelled{};
    if (len_ == buf_.size() && buf_.size() < kChunk) buf_.resize(2 * buf_.size()); // it goes on
    in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    len_ = static_cast<size_t>(in_.gcount());
    pos_ = 0;
    if (first_nul_ == UINT64_MAX)
      if (const void* nul = std::memchr(buf_.data(), 0, len_))
        first_nul_ = consumed_ + static_cast<uint64_t>(static_cast<const char*>(nul) - buf_.data());
    if (in_.bad()) throw ReadFailed{};
    if (!in_) eof_ = true;
  }

  std::istream& in_;
  const StreamProgress& progress_;
  uint64_t total_;
  ByteBuffer buf_;
  size_t pos_ = 0, len_ = 0;
  uint64_t consumed_ = 0;
  uint64_t first_nul_ = UINT64_MAX;
  bool eof_ = false;
};

// Line and column as line_col_of_offset() counts them, fed byte by byte.
struct LineCounter {
  int line = 1, col = 1;
  uint64_t at = 0; // bytes fed
  bool bom = false;
  void feed(const char* p, size_t n, const char* first3) {
    for (size_t i = 0; i < n; ++i, ++at) {
      if (at == 0) bom = first3 && std::memcmp(first3, "\xEF\xBB\xBF", 3) == 0;
      if (bom && at < 3) continue;
      const auto c = static_cast<unsigned char>(p[i]);
      if (c == '\n')
        ++line, col = 1;
      else if ((c & 0xc0) != 0x80)
        ++col;
    }
  }
};

// Reads the input again: the line:col of `start`, and the bytes [start, end).
struct SpanText {
  LineCounter lc;
  std::string text;
};
SpanText read_span(const Opener& open, uint64_t start, uint64_t end) {
  SpanText r;
  std::unique_ptr<std::istream> in = open();
  if (!in) return r;
  ByteBuffer buf(static_cast<size_t>(std::clamp<uint64_t>(end, 1, kChunk)));
  char first3[3] = {};
  uint64_t at = 0;
  while (at < end && *in) {
    in->read(buf.data(), static_cast<std::streamsize>(buf.size()));
    const size_t got = static_cast<size_t>(in->gcount());
    if (got == 0) break;
    if (at == 0) std::memcpy(first3, buf.data(), std::min<size_t>(3, got));
    const size_t before = at < start ? static_cast<size_t>(std::min<uint64_t>(got, start - at)) : 0;
    r.lc.feed(buf.data(), before, first3);
    if (at + got > start) {
      const size_t from = before;
      const size_t to = static_cast<size_t>(std::min<uint64_t>(got, end - at));
      if (to > from) r.text.append(buf.data() + from, to - from);
    }
    at += got;
  }
  return r;
}

size_t skip_ws(std::string_view s, size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r')) ++p;
  return p;
}

// The first reference token of `pointer` (unescaped) and the rest.
std::pair<std::string, std::string_view> split_pointer(std::string_view pointer) {
  pointer.remove_prefix(1);
  const size_t slash = pointer.find('/');
  const std::string_view raw = pointer.substr(0, slash);
  std::string token;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1'))
      token.push_back(raw[++i] == '0' ? '~' : '/');
    else
      token.push_back(raw[i]);
  }
  return {token, slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash)};
}

class Locator {
public:
  Locator(const Opener& open, const ExactParser& parser) : open_(open), parser_(parser) {}

  // line:col of a byte offset.
  std::pair<int, int> at_offset(uint64_t offset) const {
    const SpanText s = read_span(open_, offset, offset);
    return {s.lc.line, s.lc.col};
  }

  // line:col where the value at `pointer` starts (or its nearest ancestor
  // that the parser has a span for), as locate_json_pointer() finds it.
  std::pair<int, int> at_pointer(const std::string& pointer) const {
    if (!pointer.empty()) {
      auto [first, rest] = split_pointer(pointer);
      if (first == "events" && !rest.empty()) {
        auto [index, inner] = split_pointer(rest);
        uint64_t n = 0;
        const bool numeric =
            !index.empty() && index.size() < 20 &&
            std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (numeric) n = std::stoull(index);
        if (numeric)
          if (std::optional<ByteSpan> span = parser_.event_span(n))
            return in_span(*span, inner, true); // from the end of the previous element
      }
      if (std::optional<ByteSpan> span = parser_.member_span(first))
        return in_span(*span, rest, false); // from just after the key
    }
    if (pointer.empty()) { // the root: its first byte after a byte order mark and whitespace
      for (uint64_t n = 4096;; n *= 2) { // (whitespace before it may be long)
        const SpanText s = read_span(open_, 0, n);
        size_t p = s.text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        p = skip_ws(s.text, p);
        if (p < s.text.size() || s.text.size() < n || n >= kMaxSpan)
          return advance(SpanText{}, s.text, p);
      }
    }
    // No span to start from (a root that is an array, a member the parser has
    // not reached): walk the pointer from the start of the file, as the
    // whole-text reader does, over at most kMaxSpan bytes.
    const SpanText s = read_span(open_, 0, kMaxSpan);
    return advance(SpanText{}, s.text, locate_json_pointer(s.text, pointer));
  }

private:
  std::pair<int, int> in_span(ByteSpan span, std::string_view rest, bool element) const {
    const uint64_t end = std::min(span.end, span.start + kMaxSpan);
    const SpanText s = read_span(open_, span.start, end);
    const std::string_view t = s.text;
    size_t p = skip_ws(t, 0);
    if (p < t.size() && t[p] == (element ? ',' : ':')) p = skip_ws(t, p + 1);
    p += locate_json_pointer(t.substr(p), rest);
    return advance(s, t, p);
  }

  static std::pair<int, int> advance(const SpanText& s, std::string_view t, size_t n) {
    LineCounter lc = s.lc;
    if (lc.at == 0 && t.size() >= 3) { // the span starts the file: mind a byte order mark
      lc.feed(t.data(), std::min(n, t.size()), t.data());
    } else {
      lc.at = std::max<uint64_t>(lc.at, 3); // past any byte order mark
      lc.feed(t.data(), std::min(n, t.size()), nullptr);
    }
    return {lc.line, lc.col};
  }

  const Opener& open_;
  const ExactParser& parser_;
};

} // namespace

TraceRead read_exact_stream(const Opener& open, const std::string& file,
                            const StreamProgress& progress, uint64_t total) {
  TraceRead r;
  auto fail = [&](std::pair<int, int> lc, std::string pointer, std::string message) {
    r.error = TraceReadError{file, lc.first, lc.second, std::move(pointer), std::move(message)};
    return std::move(r);
  };
  std::unique_ptr<std::istream> in = open();
  if (!in || !*in) return fail({0, 0}, "", std::string("cannot open: ") + std::strerror(errno));
  StreamInput src(*in, progress, total);
  Trace t;
  ExactParser parser(t, [&src] { return src.consumed(); });
  const Locator locate(open, parser);
  try {
    J root = parser.parse(InputIt<StreamInput>(&src), InputIt<StreamInput>());
    if (src.first_nul() != UINT64_MAX)
      return fail(locate.at_offset(src.first_nul()), "", kNulAfterValue);
    read_document(root, t);
  } catch (const Failure& f) {
    if (f.at != UINT64_MAX) return fail(locate.at_offset(f.at), f.pointer, f.message);
    return fail(locate.at_pointer(f.pointer), f.pointer, f.message);
  } catch (const J::parse_error& e) {
    const uint64_t at = e.byte > 0 ? e.byte - 1 : 0;
    return fail(locate.at_offset(at), parser.pointer(),
                nlohmann_message(e.what(), at == src.first_nul()));
  } catch (const J::exception& e) { // e.g. number overflow: no byte position
    const std::string at = parser.pointer();
    return fail(locate.at_pointer(at), at, nlohmann_message(e.what()));
  }
  r.trace = std::move(t);
  return r;
}

} // namespace fs::trace_read
