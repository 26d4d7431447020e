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
#include <bit>
#include <charconv>
#include <cstring>

#include "core/support/json_pos.h"
#include "core/support/json_text.h"
#include "core/trace/trace_byte_source.h"
#include "core/trace/trace_event_reader.h"

namespace fs::trace_read {
namespace {

using V = FastValue;

[[noreturn]] void bail() { throw FastBail{}; }
// The value runs past the window: the events loop moves the window on and
// parses the event again (anywhere else this is a bail like any other).
struct OutOfWindow : FastBail {};
[[noreturn]] void short_window() { throw OutOfWindow{}; }

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

char peek(const char* p, const char* end) {
  if (p >= end) short_window();
  return *p;
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629, as nlohmann's
// lexer checks it: no overlongs, no surrogates, nothing past U+10FFFF).
size_t utf8_len(const char* p, const char* end) {
  const size_t len = json_text::utf8_sequence_length(reinterpret_cast<const unsigned char*>(p),
                                                     reinterpret_cast<const unsigned char*>(end));
  if (len == 0) {
    if (end - p < 4) short_window();
    bail();
  }
  return len;
}

int hex4(const char* p, const char* end) {
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
std::string_view parse_string(const char*& pos, const char* end, std::string& scratch,
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
void parse_number(const char*& pos, const char* end, V& v, bool& canonical) {
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

bool literal(const char*& p, const char* end, std::string_view word) {
  if (static_cast<size_t>(end - p) < word.size()) short_window();
  if (std::memcmp(p, word.data(), word.size()) != 0) bail();
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

// `"name":` for every slot, zero-padded to 16 bytes, with a mask of its
// length: what the writer puts before each value.
struct KeyText {
  uint64_t word[2] = {0, 0};
  uint64_t mask[2] = {0, 0};
  uint8_t len = 0;
};
struct KeyTexts {
  std::array<KeyText, static_cast<size_t>(FastKey::count)> key;
  KeyTexts() {
    const char* names[] = {
#define FS_X(k) #k,
        FS_TRACE_FAST_KEYS(FS_X)
#undef FS_X
    };
    for (size_t i = 0; i < key.size(); ++i) {
      std::string text = std::string("\"") + names[i] + "\":";
      if (text == "\"errno_\":") text = "\"errno\":";
      char bytes[16] = {}, ones[16] = {};
      std::memcpy(bytes, text.data(), text.size()); // at most 15 ("report_event")
      std::memset(ones, 0xff, text.size());
      std::memcpy(key[i].word, bytes, 16);
      std::memcpy(key[i].mask, ones, 16);
      key[i].len = static_cast<uint8_t>(text.size());
    }
  }
};
const KeyTexts kKeyTexts;

// One event object at p into `ev`. A key seen twice, or written with
// escapes, hands over to the exact reader (nlohmann keeps the last value).
//
// The writer emits the keys of each kind in a fixed order, so the parser
// learns, for each key, which key came after it last time, and first checks
// whether the next 16 bytes start with that key's `"name":` (two masked
// 8-byte compares) before tokenizing the key and looking it up.
class EventParser {
public:
  EventParser() {
    for (auto& row : next_) row.fill(kNone);
  }

  void parse(const char*& pos, const char* end) {
    for (uint64_t set = set_; set != 0; set &= set - 1) ev[std::countr_zero(set)] = V{};
    set_ = 0;
    const char* p = pos + 1;
    skip_ws(p, end);
    if (peek(p, end) == '}') {
      pos = p + 1;
      return;
    }
    uint8_t prev = kStart;
    size_t ctx = kContexts - 1; // until "kind" is read
    for (;;) {
      uint8_t k = next_[ctx][prev];
      // Only known keys have texts to compare; an unknown one (or no
      // prediction yet) is read the long way.
      if (!(k < kUnknown && end - p >= 16 && matches(p, kKeyTexts.key[k]))) {
        k = read_key(p, end);
        next_[ctx][prev] = k;
      } else {
        p += kKeyTexts.key[k].len;
      }
      skip_ws(p, end);
      if (k == kUnknown) {
        bool canonical = true;
        skip_value(p, end, 0, canonical); // unknown fields are checked, then ignored
      } else {
        if (set_ & (uint64_t{1} << k)) bail();
        set_ |= uint64_t{1} << k;
        parse_value(p, end, ev[k], scratch_[k]);
        if (k == static_cast<uint8_t>(FastKey::kind)) ctx = context_of(ev[k]);
      }
      prev = k;
      skip_ws(p, end);
      const char c = peek(p, end);
      ++p;
      if (c == '}') {
        pos = p;
        return;
      }
      if (c != ',') bail();
      skip_ws(p, end);
    }
  }

  FastEvent ev;

private:
  static constexpr uint8_t kUnknown = static_cast<uint8_t>(FastKey::count);
  static constexpr uint8_t kStart = kUnknown + 1;
  static constexpr uint8_t kNone = 0xff;
  // The order of the keys after "kind" depends on the kind: one row of
  // predictions per kind (a hash of the word, distinct for the 14 kinds; a
  // collision would only cost predictions), and one for the keys before it.
  static constexpr size_t kContexts = 33;
  static size_t context_of(const V& kind) {
    if (kind.type != V::String || kind.s.size() < 2) return kContexts - 1;
    const auto c0 = static_cast<unsigned char>(kind.s[0]),
               c1 = static_cast<unsigned char>(kind.s[1]);
    return (c0 + c1 * 26u + kind.s.size()) & 31u;
  }

  static bool matches(const char* p, const KeyText& t) {
    uint64_t w[2];
    std::memcpy(w, p, 16);
    return ((w[0] ^ t.word[0]) & t.mask[0]) == 0 && ((w[1] ^ t.word[1]) & t.mask[1]) == 0;
  }

  // A key and its ':' the long way; returns its slot or kUnknown.
  uint8_t read_key(const char*& p, const char* end) {
    if (peek(p, end) != '"') bail();
    bool escaped = false;
    const std::string_view key = parse_string(p, end, key_scratch_, escaped);
    if (escaped) bail();
    skip_ws(p, end);
    if (peek(p, end) != ':') bail();
    ++p;
    return static_cast<uint8_t>(fast_key(key));
  }

  static_assert(static_cast<size_t>(FastKey::count) <= 64);
  uint64_t set_ = 0;
  std::array<std::array<uint8_t, static_cast<size_t>(FastKey::count) + 2>, kContexts> next_;
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
  // The length is known in each case, so the compare is inlined, not a memcmp call.
  auto is = [&key]<size_t N>(const char(&w)[N], K k) {
    return std::memcmp(key.data(), w, N - 1) == 0 ? k : K::count;
  };
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
          char c = 0;
          for (;;) { // once, or again over a longer window
            try {
              const char* p = src.p();
              const char* const end = src.end();
              if (peek(p, end) != '{') bail();
              parser.parse(p, end);
              skip_ws(p, end);
              c = peek(p, end);
              ++p;
              if (c == ',') skip_ws(p, end);
              src.p() = p;
              break;
            } catch (const OutOfWindow&) {
              // An event longer than the window (huge strings or whitespace):
              // double the window and parse it again, so a long event costs
              // O(its length) however long it is.
              if (src.at_eof()) bail();
              src.ensure(2 * static_cast<size_t>(src.end() - src.p()) + ByteSource::kWindow);
            }
          }
          events.read_fast(parser.ev, n);
          if (c == ']') break;
          if (c != ',') bail();
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
