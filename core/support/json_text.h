// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written JSON output for the trace writers: traces hold tens of millions
// of events, so they are written straight into a byte buffer instead of being
// built as nlohmann objects first. Internal to core/ (trace_writer.cpp,
// chrome_export.cpp).
#pragma once
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace fs::json_text {

// Length of the well-formed UTF-8 sequence at p, 0 when it is not one: the
// length and the allowed range of the second byte follow the Unicode table of
// well-formed sequences (RFC 3629: no overlongs, no surrogates, nothing past
// U+10FFFF) - what nlohmann's lexer accepts.
inline std::size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) {
    len = 2;
  } else if (c >= 0xe0 && c <= 0xef) {
    len = 3;
    if (c == 0xe0) lo = 0xa0;
    if (c == 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    len = 4;
    if (c == 0xf0) lo = 0x90;
    if (c == 0xf4) hi = 0x8f;
  }
  if (len == 0 || static_cast<std::size_t>(end - p) < len || p[1] < lo || p[1] > hi) return 0;
  for (std::size_t i = 2; i < len; ++i)
    if (p[i] < 0x80 || p[i] > 0xbf) return 0;
  return len;
}

// Appends `s` as a JSON string literal, quotes included. Quotes, backslashes
// and control characters are escaped (\n, \t, ... or \u00XX); a byte that is
// not part of valid UTF-8 becomes U+FFFD (as UTF-8) so the output always parses.
inline void append_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char* run = p;
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
    out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
    if (p == end) break;
    const unsigned char c = *p;
    if (c < 0x80) {
      switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xf]);
      }
      ++p;
      continue;
    }
    const std::size_t len = utf8_sequence_length(p, end);
    if (len > 0) {
      out.append(reinterpret_cast<const char*>(p), len);
      p += len;
    } else {
      out += "\xEF\xBF\xBD"; // U+FFFD as UTF-8, as the reader would give it back
      ++p;
    }
  }
  out.push_back('"');
}

inline void append_int(std::string& out, int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

inline void append_uint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// An integer, or null for the model's "none" value -1.
inline void append_int_or_null(std::string& out, int64_t v) {
  if (v == -1)
    out += "null";
  else
    append_int(out, v);
}

// A buffer that is handed to the stream in large blocks (or kept whole when
// there is no stream, for trace_to_string).
class Sink {
public:
  explicit Sink(std::ostream* os) : os_(os) { buf_.reserve(os ? kBlock + 4096 : 1 << 16); }
  std::string& buf() { return buf_; }
  void maybe_flush() {
    if (os_ && buf_.size() >= kBlock) flush();
  }
  void flush() {
    if (os_) {
      os_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
      buf_.clear();
    }
  }

private:
  static constexpr size_t kBlock = 1 << 20;
  std::ostream* os_;
  std::string buf_;
};

} // namespace fs::json_text
