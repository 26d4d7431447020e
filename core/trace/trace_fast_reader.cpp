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
#include "core/trace/trace_fast_json.h"

namespace fs::trace_read {
namespace {

using namespace fast_json;

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
      } else if (c == '\0') {
        // nlohmann's lexer takes a NUL byte between tokens for the end of
        // its input: "1<NUL>..." would parse as 1. The exact reader refuses
        // the member (its object is not closed) and words the error.
        bail();
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
    if (done || p < end) break;
    if (!src.refill()) break;
  }
  // nlohmann skips a byte order mark at the start of its input, and this is
  // its input: "outcome": <BOM>{...} would parse. Not JSON mid-document.
  if (out.starts_with("\xEF\xBB\xBF")) bail();
  return out;
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
