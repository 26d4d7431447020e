// SPDX-License-Identifier: GPL-3.0-or-later
// The fast trace reader: a hand-written, allocation-free JSON tokenizer for
// the top level and the "events" array. Each event object is decoded into
// slots (FastEvent) and then into a packed Event (EventReader::read_fast),
// with no DOM. The other top-level members ("scenario", "outcome", ...) are
// small: their text is captured and parsed by nlohmann.
//
// It never reports an error itself. Anything it does not accept - invalid
// JSON, a failed check, a duplicate key, an escaped key, an event longer than
// the window, nesting near kJsonMaxDepth - throws FastBail, and the exact
// reader (trace_reader.cpp) reads the input again and words the error. So the
// only contract here is: accept only what the exact reader accepts, and
// decode it to the same Trace.
#include <charconv>
#include <cstring>

#include "core/json_pos.h"
#include "core/json_text.h"
#include "core/trace_byte_source.h"
#include "core/trace_event_reader.h"

namespace fs::trace_read {
namespace {

using V = FastValue;

[[noreturn]] void bail() { throw FastBail{}; }

// Nesting allowed inside one event value, and inside a top-level member;
// both well below kJsonMaxDepth, where the exact reader refuses.
constexpr int kMaxEventNesting = 32;
constexpr int kMaxMemberNesting = kJsonMaxDepth - 10;

bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// true for bytes that end a plain run inside a string: '"', '\\', control
// characters and non-ASCII (checked as UTF-8).
struct StopTable {
  bool stop[256];
  constexpr StopTable() : stop() {
    for (int c = 0; c < 256; ++c) stop[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
  }
};
constexpr StopTable kStop;

// Skips whitespace; reports whether there was any (nlohmann's dump has none).
bool skip_ws(const char*& p, const char* end) {
  const char* s = p;
  while (p < end && is_ws(*p)) ++p;
  return p != s;
}

char peek(const char* p, const char* end) {
  if (p >= end) bail();
  return *p;
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629, as nlohmann's
// lexer checks it: no overlongs, no surrogates, nothing past U+10FFFF).
size_t utf8_len(const char* p, const char* end) {
  const size_t len = json_text::utf8_sequence_length(reinterpret_cast<const unsigned char*>(p),
                                                     reinterpret_cast<const unsigned char*>(end));
  if (len == 0) bail();
  return len;
}

int hex4(const char* p, const char* end) {
  if (end - p < 4) bail();
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

void append_utf8(std::string& out, uint32_t cp) {
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

// A string at p (the opening quote). Without escapes the result views the
// input; with escapes it is decoded into `scratch` (and `escaped` is set).
std::string_view parse_string(const char*& p, const char* end, std::string& scratch,
                              bool& escaped) {
  ++p;
  const char* start = p;
  escaped = false;
  for (;;) {
    while (p < end && !kStop.stop[static_cast<unsigned char>(*p)]) ++p;
    if (p >= end) bail();
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') break;
    if (c == '\\') {
      escaped = true;
      break;
    }
    if (c < 0x20) bail();
    p += utf8_len(p, end);
  }
  if (!escaped) return {start, static_cast<size_t>(p++ - start)};
  scratch.assign(start, p);
  for (;;) {
    const char* run = p;
    while (p < end && !kStop.stop[static_cast<unsigned char>(*p)]) ++p;
    scratch.append(run, p);
    if (p >= end) bail();
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') {
      ++p;
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
    if (end - p < 2) bail();
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
        if (end - p < 6 || p[0] != '\\' || p[1] != 'u') bail();
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
void parse_number(const char*& p, const char* end, V& v, bool& canonical) {
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
  if (p < end && *p == '.') {
    integer = false;
    ++p;
    if (peek(p, end) < '0' || *p > '9') bail();
    while (p < end && *p >= '0' && *p <= '9') ++p;
  }
  if (p < end && (*p == 'e' || *p == 'E')) {
    integer = false;
    ++p;
    if (peek(p, end) == '+' || *p == '-') ++p;
    if (peek(p, end) < '0' || *p > '9') bail();
    while (p < end && *p >= '0' && *p <= '9') ++p;
  }
  if (p >= end) bail(); // a number must be followed by something in a trace
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

bool literal(const char*& p, const char* end, std::string_view word) {
  if (static_cast<size_t>(end - p) < word.size() || std::memcmp(p, word.data(), word.size()) != 0)
    bail();
  p += word.size();
  return true;
}

// Validates the object or array at p, clearing `canonical` where nlohmann's
// compact dump() would not reproduce the text byte for byte.
void skip_container(const char*& p, const char* end, int depth, bool& canonical);

void skip_value(const char*& p, const char* end, int depth, bool& canonical) {
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

void skip_container(const char*& p, const char* end, int depth, bool& canonical) {
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

void parse_value(const char*& p, const char* end, V& v, std::string& scratch) {
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

// One event object at p into `ev`. A key seen twice, or written with
// escapes, hands over to the exact reader (nlohmann keeps the last value).
class EventParser {
public:
  void parse(const char*& p, const char* end) {
    for (size_t k = 0; k < ev.size(); ++k)
      if (set_ & (uint64_t{1} << k)) ev[k] = V{};
    set_ = 0;
    ++p;
    skip_ws(p, end);
    if (peek(p, end) == '}') {
      ++p;
      return;
    }
    for (;;) {
      if (peek(p, end) != '"') bail();
      bool escaped = false;
      const std::string_view key = parse_string(p, end, key_scratch_, escaped);
      if (escaped) bail();
      skip_ws(p, end);
      if (peek(p, end) != ':') bail();
      ++p;
      skip_ws(p, end);
      const FastKey k = fast_key(key);
      if (k == FastKey::count) {
        bool canonical = true;
        skip_value(p, end, 0, canonical); // unknown fields are checked, then ignored
      } else {
        const auto i = static_cast<size_t>(k);
        if (set_ & (uint64_t{1} << i)) bail();
        set_ |= uint64_t{1} << i;
        parse_value(p, end, ev[i], scratch_[i]);
      }
      skip_ws(p, end);
      const char c = peek(p, end);
      ++p;
      if (c == '}') return;
      if (c != ',') bail();
      skip_ws(p, end);
    }
  }

  FastEvent ev;

private:
  static_assert(static_cast<size_t>(FastKey::count) <= 64);
  uint64_t set_ = 0;
  std::string key_scratch_;
  std::array<std::string, static_cast<size_t>(FastKey::count)> scratch_;
};

// Whitespace at the top level, where the window may need moving on.
void skip_ws_src(ByteSource& src) {
  for (;;) {
    skip_ws(src.p(), src.end());
    if (src.p() < src.end() || !src.refill()) return;
  }
}

char peek_src(ByteSource& src) {
  skip_ws_src(src);
  return peek(src.p(), src.end());
}

// The text of a top-level member's value (any size: it may span windows).
// Only the extent is found here; nlohmann parses (and so checks) the text.
std::string capture_value(ByteSource& src) {
  std::string out;
  int depth = 0;
  bool in_string = false, escape = false;
  peek_src(src);
  for (;;) {
    const char*& p = src.p();
    const char* const end = src.end();
    const char* run = p;
    bool done = false;
    for (; p < end && !done; ++p) {
      const char c = *p;
      if (in_string) {
        if (escape)
          escape = false;
        else if (c == '\\')
          escape = true;
        else if (c == '"')
          in_string = false, done = depth == 0;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        if (++depth >= kMaxMemberNesting) bail();
      } else if (c == '}' || c == ']') {
        if (depth == 0) break;
        done = --depth == 0;
      } else if (depth == 0 && (c == ',' || is_ws(c))) {
        break;
      }
    }
    out.append(run, p);
    if (done || p < end) return out;
    if (!src.refill()) return out;
  }
}

} // namespace

// A switch on length and first letter, then one compare: this runs ~15
// times per event, where a hash lookup cost a fifth of the reading time.
FastKey fast_key(std::string_view key) {
  using K = FastKey;
  auto is = [&key](std::string_view w, K k) { return key == w ? k : K::count; };
  switch (key.size()) {
  case 2:
    switch (key[0]) {
    case 'c': return is("cv", K::cv);
    case 't': return is("to", K::to);
    case 'o': return key[1] == 'p' ? K::op : is("ok", K::ok);
    }
    break;
  case 3:
    switch (key[0]) {
    case 's': return is("seq", K::seq);
    case 'c': return is("cpu", K::cpu);
    case 'p': return is("pid", K::pid);
    case 'l': return is("lid", K::lid);
    }
    break;
  case 4:
    switch (key[0]) {
    case 't': return key[1] == 'i' ? is("tick", K::tick) : is("text", K::text);
    case 's': return is("step", K::step);
    case 'k': return is("kind", K::kind);
    case 'f':
      return key[1] == 'u'   ? is("func", K::func)
             : key[1] == 'i' ? is("file", K::file)
                             : is("from", K::from);
    case 'l': return key[1] == 'i' ? is("line", K::line) : is("lock", K::lock);
    case 'n': return is("name", K::name);
    case 'a': return is("args", K::args);
    case 'c': return is("code", K::code);
    case 'p': return is("ppid", K::ppid);
    }
    break;
  case 5:
    switch (key[0]) {
    case 'l': return is("label", K::label);
    case 'p': return is("phase", K::phase);
    case 'e': return is("errno", K::errno_);
    case 'o': return is("owner", K::owner);
    case 'w': return key[1] == 'o' ? is("woken", K::woken) : is("wchan", K::wchan);
    case 's': return is("state", K::state);
    case 'v': return is("value", K::value);
    }
    break;
  case 6:
    switch (key[0]) {
    case 'r': return is("retval", K::retval);
    case 's': return key[1] == 't' ? is("status", K::status) : is("signal", K::signal);
    case 'a': return is("action", K::action);
    case 't': return key[1] == 'a' ? is("target", K::target) : is("tracer", K::tracer);
    case 'f': return is("fflags", K::fflags);
    }
    break;
  case 7: return key[0] == 'w' ? is("watcher", K::watcher) : is("message", K::message);
  case 8: return is("line_end", K::line_end);
  case 9: return is("other_pid", K::other_pid);
  case 12: return is("report_event", K::report_event);
  }
  return K::count;
}

J read_trace_fast(ByteSource& src, Trace& t) {
  src.ensure();
  if (src.end() - src.p() >= 3 && std::memcmp(src.p(), "\xEF\xBB\xBF", 3) == 0) bail();
  if (peek_src(src) != '{') bail();
  ++src.p();
  J root = J::object();
  if (peek_src(src) == '}') bail(); // no members: the exact reader says what is missing
  EventReader events(t);
  // A written event takes at least ~80 bytes: reserving for that many
  // avoids regrowing (and copying) the event vector; untouched pages cost nothing.
  if (src.total() > 0) events.reserve(src.total() / 80);
  EventParser parser;
  std::string scratch;
  for (;;) {
    src.ensure();
    if (peek_src(src) != '"') bail();
    bool escaped = false;
    const std::string key(parse_string(src.p(), src.end(), scratch, escaped));
    if (escaped || root.contains(key)) bail();
    if (peek_src(src) != ':') bail();
    ++src.p();
    if (key == "events") {
      if (peek_src(src) != '[') bail();
      ++src.p();
      if (peek_src(src) == ']') {
        ++src.p();
      } else {
        for (uint64_t n = 0;; ++n) {
          src.ensure();
          const char*& p = src.p();
          if (peek(p, src.end()) != '{') bail();
          parser.parse(p, src.end());
          events.read_fast(parser.ev, n);
          skip_ws(p, src.end());
          const char c = peek(p, src.end());
          ++p;
          if (c == ']') break;
          if (c != ',') bail();
          skip_ws(p, src.end());
        }
      }
      root[key] = J::array();
    } else {
      try {
        root[key] = J::parse(capture_value(src));
      } catch (const J::exception&) {
        bail();
      }
    }
    const char c = peek_src(src);
    ++src.p();
    if (c == '}') break;
    if (c != ',') bail();
  }
  skip_ws_src(src);
  if (src.p() != src.end()) bail(); // trailing text
  return root;
}

} // namespace fs::trace_read
