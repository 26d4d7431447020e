// SPDX-License-Identifier: GPL-3.0-or-later
// The fast trace reader's JSON scanners (trace_fast_reader.cpp is their one
// user): whitespace, strings (with UTF-8 checked as nlohmann's lexer checks
// it), numbers, literals, and skipping a whole value. Allocation-free; each
// works on a local copy of the position and throws FastBail on anything the
// exact reader might word differently. In a header so that the reader's hot
// loops can inline them.
#pragma once
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/support/json_pos.h"
#include "core/support/json_text.h"
#include "core/trace/trace_event_reader.h"

namespace fs::trace_read::fast_json {

using V = FastValue;

[[noreturn]] inline void bail() { throw FastBail{}; }
// The value runs past the window: the events loop moves the window on and
// parses the event again (anywhere else this is a bail like any other).
struct OutOfWindow : FastBail {};
[[noreturn]] inline void short_window() { throw OutOfWindow{}; }

// Nesting allowed inside one event value, and inside a top-level member;
// both well below kJsonMaxDepth, where the exact reader refuses.
inline constexpr int kMaxEventNesting = 32;
inline constexpr int kMaxMemberNesting = kJsonMaxDepth - 10;

inline bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// true for bytes that end a plain run inside a string: '"', '\\', control
// characters and non-ASCII (checked as UTF-8).
struct StopTable {
  bool stop[256];
  constexpr StopTable() : stop() {
    for (int c = 0; c < 256; ++c) stop[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
  }
};
inline constexpr StopTable kStop;

// Skips whitespace; reports whether there was any (nlohmann's dump has none).
// The writer puts no whitespace inside an event, so the common case is one
// compare. (Every scanner below works on a local copy of the position: a
// store through the reference on every byte cost a third of the time.)
inline bool skip_ws(const char*& p, const char* end) {
  if (p < end && !is_ws(*p)) return false;
  const char* q = p;
  while (q < end && is_ws(*q)) ++q;
  const bool any = q != p;
  p = q;
  return any;
}

inline char peek(const char* p, const char* end) {
  if (p >= end) short_window();
  return *p;
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629, as nlohmann's
// lexer checks it: no overlongs, no surrogates, nothing past U+10FFFF).
inline size_t utf8_len(const char* p, const char* end) {
  const size_t len = json_text::utf8_sequence_length(reinterpret_cast<const unsigned char*>(p),
                                                     reinterpret_cast<const unsigned char*>(end));
  if (len == 0) {
    if (end - p < 4) short_window();
    bail();
  }
  return len;
}

inline int hex4(const char* p, const char* end) {
  if (end - p < 4) short_window();
  int v = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= c - '0';
    else if (c >= 'a' && c <= 'f')
      v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
      v |= c - 'A' + 10;
    else
      bail();
  }
  return v;
}

inline void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

// The first byte in [p, end) that ends a plain run inside a string ('"',
// '\\', a control character or a non-ASCII byte), or end. Eight bytes at a
// time (SWAR): names, labels and words are short, but a trace also holds
// long strings (log text, huge hostile values).
inline const char* plain_run_end(const char* p, const char* end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (end - p >= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    const uint64_t quote = x ^ (kOnes * '"'), bslash = x ^ (kOnes * '\\');
    // Nonzero when some byte is < 0x20, '"', '\\' or >= 0x80 (the classic
    // "has a byte less than n" test on x, and on x with '"' / '\\' xored to 0).
    const uint64_t m = (((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
                        ((bslash - kOnes) & ~bslash) | x) &
                       kHigh;
    if (m != 0) {
      // False positives lie only above a true hit, so on little-endian the
      // lowest flagged byte is the first stop; otherwise ask the table.
      if constexpr (std::endian::native == std::endian::little)
        return p + (std::countr_zero(m) >> 3);
      while (!kStop.stop[static_cast<unsigned char>(*p)]) ++p;
      return p;
    }
    p += 8;
  }
  while (p < end && !kStop.stop[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

// A string at p (the opening quote). Without escapes the result views the
// input; with escapes it is decoded into `scratch` (and `escaped` is set).
inline std::string_view parse_string(const char*& pos, const char* end, std::string& scratch,
                                     bool& escaped) {
  const char* p = pos + 1;
  const char* start = p;
  escaped = false;
  for (;;) {
    p = plain_run_end(p, end);
    if (p >= end) short_window();
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') {
      pos = p + 1;
      return {start, static_cast<size_t>(p - start)};
    }
    if (c == '\\') break;
    if (c < 0x20) bail();
    p += utf8_len(p, end);
  }
  escaped = true;
  scratch.assign(start, p);
  for (;;) {
    const char* run = p;
    p = plain_run_end(p, end);
    scratch.append(run, p);
    if (p >= end) short_window();
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') {
      pos = p + 1;
      return scratch;
    }
    if (c < 0x20) bail();
    if (c >= 0x80) {
      const size_t len = utf8_len(p, end);
      scratch.append(p, len);
      p += len;
      continue;
    }
    // c == '\\'
    if (end - p < 2) short_window();
    const char e = p[1];
    p += 2;
    switch (e) {
    case '"': scratch.push_back('"'); break;
    case '\\': scratch.push_back('\\'); break;
    case '/': scratch.push_back('/'); break;
    case 'b': scratch.push_back('\b'); break;
    case 'f': scratch.push_back('\f'); break;
    case 'n': scratch.push_back('\n'); break;
    case 'r': scratch.push_back('\r'); break;
    case 't': scratch.push_back('\t'); break;
    case 'u': {
      uint32_t cp = static_cast<uint32_t>(hex4(p, end));
      p += 4;
      if (cp >= 0xdc00 && cp <= 0xdfff) bail(); // a lone low surrogate
      if (cp >= 0xd800 && cp <= 0xdbff) {       // needs its low half
        if (end - p < 6) short_window();
        if (p[0] != '\\' || p[1] != 'u') bail();
        const uint32_t low = static_cast<uint32_t>(hex4(p + 2, end));
        if (low < 0xdc00 || low > 0xdfff) bail();
        p += 6;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
      }
      append_utf8(scratch, cp);
      break;
    }
    default: bail();
    }
  }
}

// A number (RFC 8259 grammar). Integers that fit int64 become Int; anything
// else (fraction, exponent, out of range) is Other, which no check accepts.
inline void parse_number(const char*& pos, const char* end, V& v, bool& canonical) {
  const char* p = pos;
  const char* start = p;
  const bool negative = *p == '-';
  if (negative) ++p;
  const char* digits = p;
  uint64_t acc = 0; // exact while at most 18 digits
  if (peek(p, end) == '0') {
    ++p;
  } else if (*p >= '1' && *p <= '9') {
    while (p < end && *p >= '0' && *p <= '9') acc = acc * 10 + static_cast<uint64_t>(*p++ - '0');
  } else {
    bail();
  }
  bool integer = true;
  const char* int_end = p; // end of the integer part
  if (p < end && *p == '.') {
    integer = false;
    ++p;
    if (peek(p, end) < '0' || *p > '9') bail();
    while (p < end && *p >= '0' && *p <= '9') ++p;
  }
  const char* frac_end = p;
  if (p < end && (*p == 'e' || *p == 'E')) {
    integer = false;
    ++p;
    if (peek(p, end) == '+' || *p == '-') ++p;
    if (peek(p, end) < '0' || *p > '9') bail();
    while (p < end && *p >= '0' && *p <= '9') ++p;
  }
  if (p >= end) short_window(); // a number must be followed by something in a trace
  // nlohmann reads what is no int64/uint64 as a double and refuses one that
  // overflows ("number overflow"): leave any number that might to it.
  if (frac_end != p || int_end - digits > 300) bail(); // an exponent, or 300+ digits
  pos = p;
  v.type = V::Other;
  if (!integer) {
    canonical = false;
    return;
  }
  if (p - digits <= 18) {
    v.type = V::Int;
    v.i = negative ? -static_cast<int64_t>(acc) : static_cast<int64_t>(acc);
    if (acc == 0 && negative) canonical = false; // "-0" dumps as "0"
    return;
  }
  int64_t x = 0;
  auto r = std::from_chars(start, p, x);
  if (r.ec == std::errc() && r.ptr == p) {
    v.type = V::Int;
    v.i = x;
    return;
  }
  uint64_t u = 0; // above int64: nlohmann keeps it as unsigned; beyond that, a double
  r = std::from_chars(start, p, u);
  if (!(r.ec == std::errc() && r.ptr == p)) canonical = false;
}

inline bool literal(const char*& p, const char* end, std::string_view word) {
  if (static_cast<size_t>(end - p) < word.size()) short_window();
  if (std::memcmp(p, word.data(), word.size()) != 0) bail();
  p += word.size();
  return true;
}

// Validates the object or array at p, clearing `canonical` where nlohmann's
// compact dump() would not reproduce the text byte for byte.
inline void skip_container(const char*& p, const char* end, int depth, bool& canonical);

inline void skip_value(const char*& p, const char* end, int depth, bool& canonical) {
  static thread_local std::string scratch;
  V ignored;
  bool escaped = false;
  switch (peek(p, end)) {
  case '"':
    parse_string(p, end, scratch, escaped);
    if (escaped) canonical = false;
    return;
  case '{':
  case '[': skip_container(p, end, depth + 1, canonical); return;
  case 't': literal(p, end, "true"); return;
  case 'f': literal(p, end, "false"); return;
  case 'n': literal(p, end, "null"); return;
  default: parse_number(p, end, ignored, canonical); return;
  }
}

inline void skip_container(const char*& p, const char* end, int depth, bool& canonical) {
  if (depth > kMaxEventNesting) bail();
  const bool object = *p++ == '{';
  const char close = object ? '}' : ']';
  if (skip_ws(p, end)) canonical = false;
  if (peek(p, end) == close) {
    ++p;
    return;
  }
  std::string_view keys[16];
  size_t nkeys = 0;
  static thread_local std::string scratch;
  for (;;) {
    if (object) {
      if (peek(p, end) != '"') bail();
      bool escaped = false;
      const std::string_view k = parse_string(p, end, scratch, escaped);
      if (escaped || nkeys == 16) {
        canonical = false; // nlohmann decides which duplicate wins; dump() then
      } else {
        for (size_t i = 0; i < nkeys; ++i)
          if (keys[i] == k) canonical = false;
        keys[nkeys++] = k;
      }
      if (skip_ws(p, end)) canonical = false;
      if (peek(p, end) != ':') bail();
      ++p;
      if (skip_ws(p, end)) canonical = false;
    }
    skip_value(p, end, depth, canonical);
    if (skip_ws(p, end)) canonical = false;
    const char c = peek(p, end);
    ++p;
    if (c == close) return;
    if (c != ',') bail();
    if (skip_ws(p, end)) canonical = false;
  }
}

inline void parse_value(const char*& p, const char* end, V& v, std::string& scratch) {
  bool canonical = true;
  switch (peek(p, end)) {
  case '"': {
    bool escaped = false;
    v.s = parse_string(p, end, scratch, escaped);
    v.type = V::String;
    return;
  }
  case '{':
  case '[': {
    const char* start = p;
    v.type = *p == '{' ? V::Object : V::Array;
    skip_container(p, end, 1, canonical);
    v.s = std::string_view(start, static_cast<size_t>(p - start));
    v.canonical = canonical;
    return;
  }
  case 't': literal(p, end, "true"), v.type = V::Bool, v.b = true; return;
  case 'f': literal(p, end, "false"), v.type = V::Bool, v.b = false; return;
  case 'n': literal(p, end, "null"), v.type = V::Null; return;
  default: parse_number(p, end, v, canonical); return;
  }
}

} // namespace fs::trace_read::fast_json
