// SPDX-License-Identifier: GPL-3.0-or-later
// Reading trace JSON objects field by field, every check naming the JSON
// pointer of the value it refused, and EventReader, which turns one event
// object into a packed Event. Internal to the trace reader (trace_reader.cpp).
#pragma once
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/trace/trace.h"
#include "core/trace/trace_vocab.h"

namespace fs::trace_read {

using J = nlohmann::ordered_json;

struct Failure { // a semantic error: where (JSON pointer) and what
  std::string pointer;
  std::string message;
  // The byte it lies at when the pointer cannot say (a repeated key: the
  // pointer names both; nesting too deep: the pointer is cut after 32
  // levels); UINT64_MAX: where the pointer leads.
  uint64_t at = UINT64_MAX;
};

std::string pointer_token(std::string_view key); // "~" -> "~0", "/" -> "~1"
std::string quote_for_message(std::string_view s);
std::optional<int64_t> as_int(const J& v); // any JSON integer that fits int64
std::optional<int> parse_decimal(std::string_view s);

// Names the trace spells for numbers of the model (nullopt when unknown).
std::optional<int> lookup_signal(std::string_view s);
std::optional<int> lookup_errno(std::string_view s);
std::optional<int> lookup_ptrace_event(std::string_view s);
std::optional<int> lookup_si_code(std::string_view s);
std::optional<int> lookup_syscall(std::string_view s);
std::optional<int> lookup_proc_stat(std::string_view s);
std::optional<int> lookup_lwp_stat(std::string_view s);

// The fast reader (trace_fast_reader.cpp) gives up on anything unusual or
// wrong by throwing FastBail; the exact reader then reads the file again and
// reports the error with its position.
struct FastBail {};

// The event fields the fast reader knows, one slot each.
#define FS_TRACE_FAST_KEYS(X)                                                                      \
  X(seq)                                                                                           \
  X(tick)                                                                                          \
  X(step)                                                                                          \
  X(cpu)                                                                                           \
  X(pid)                                                                                           \
  X(lid)                                                                                           \
  X(kind) X(func) X(file) X(line) X(line_end) X(label) X(name) X(phase) X(args) X(retval)          \
      X(errno_) X(status) X(lock) X(action) X(owner) X(cv) X(woken) X(target) X(ppid) X(state)     \
          X(wchan) X(from) X(to) X(signal) X(tracer) X(code) X(report_event) X(other_pid)          \
              X(watcher) X(fflags) X(value) X(text) X(op) X(ok) X(message)
enum class FastKey : uint8_t {
#define FS_X(k) k,
  FS_TRACE_FAST_KEYS(FS_X)
#undef FS_X
      count
};
// The slot of a key ("errno" is errno_), or FastKey::count for others.
FastKey fast_key(std::string_view key);

struct FastValue {
  enum Type : uint8_t { Absent, Null, Bool, Int, Other, String, Object, Array };
  Type type = Absent; // Other: a number that is no int64 (fraction, exponent, too large)
  bool b = false;
  int64_t i = 0;
  std::string_view s;     // String: the decoded text; Object, Array: the raw JSON text
  bool canonical = false; // Object, Array: the raw text is what nlohmann's dump() gives
};
using FastEvent = std::array<FastValue, static_cast<size_t>(FastKey::count)>;

// Reads the fields of one JSON object, naming "<base>/<field>" in errors.
class Fields {
public:
  Fields(const J& obj, std::string base) : obj_(obj), base_(std::move(base)) {}

  [[noreturn]] void fail(std::string_view field, std::string message) const {
    throw Failure{field.empty() ? base_ : base_ + "/" + pointer_token(field), std::move(message)};
  }
  const J* find(const char* name) const {
    auto it = obj_.find(name);
    return it == obj_.end() ? nullptr : &*it;
  }
  const J& need(const char* name) const {
    if (const J* v = find(name)) return *v;
    fail(name, "missing field");
  }
  int64_t integer(const char* name, int64_t lo, int64_t hi) const {
    const std::optional<int64_t> v = as_int(need(name));
    if (!v || *v < lo || *v > hi)
      fail(name, "expected an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    return *v;
  }
  int32_t int32(const char* name) const {
    return static_cast<int32_t>(
        integer(name, std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max()));
  }
  // null -> -1 (the model's "none"), else an integer in [0, hi].
  int64_t opt_id(const char* name, int64_t hi = std::numeric_limits<int32_t>::max()) const {
    if (need(name).is_null()) return -1;
    return integer(name, 0, hi);
  }
  const std::string& string(const char* name) const {
    const J& v = need(name);
    if (!v.is_string()) fail(name, "expected a string");
    return v.get_ref<const std::string&>();
  }
  bool boolean(const char* name) const {
    const J& v = need(name);
    if (!v.is_boolean()) fail(name, "expected true or false");
    return v.get<bool>();
  }
  const J& object(const char* name) const {
    const J& v = need(name);
    if (!v.is_object()) fail(name, "expected an object");
    return v;
  }
  const J& array(const char* name) const {
    const J& v = need(name);
    if (!v.is_array()) fail(name, "expected an array");
    return v;
  }
  // One of `words`, returned as its index.
  uint8_t word(const char* name, std::span<const std::string_view> words) const {
    const std::string& s = string(name);
    const int i = vocab::index_of(words, s);
    if (i < 0) fail(name, "unknown value " + quote_for_message(s));
    return static_cast<uint8_t>(i);
  }
  // A name the lookup knows, or a decimal string for values without one.
  int named(const char* name, std::optional<int> (*lookup)(std::string_view),
            bool decimal = true) const {
    const std::string& s = string(name);
    if (std::optional<int> v = lookup(s)) return *v;
    if (std::optional<int> v = parse_decimal(s); v && decimal) return *v;
    fail(name, "unknown value " + quote_for_message(s));
  }
  std::string sub(const char* name) const { return base_ + "/" + pointer_token(name); }

private:
  const J& obj_;
  std::string base_;
};

// Turns event objects into packed events, checking each field, and rebuilds
// the step and tick indexes from the events' "step" and "tick".
class EventReader {
public:
  // "step" is bounded by kMaxTraceSteps (the step index is dense, 4 bytes a
  // step) and "tick" by kMaxTicksLimit (the tick index is sparse).
  explicit EventReader(Trace& t);
  // Reads the n-th element of "events".
  void read(const J& obj, uint64_t n);
  // The same from the fast reader's slots; throws FastBail where read()
  // would throw a Failure (and on anything it does not handle).
  void read_fast(const FastEvent& ev, uint64_t n);
  // Room for about `events` events (a hint from the input's size).
  void reserve(uint64_t events);

private:
  void commit(const Event& e, uint64_t n, uint64_t tick, uint64_t step);
  uint64_t read_step_fast(const FastValue& v, const Event& e, uint64_t n, uint64_t tick);
  void read_fields_fast(const FastEvent& ev, Event& e);
  uint64_t read_step(const Fields& f, const Event& e, uint64_t n, uint64_t tick);
  int intern(const Fields& f, const char* name);
  void read_fields(const Fields& f, Event& e);
  void read_syscall(const Fields& f, Event& e);
  void read_ptrace(const Fields& f, Event& e);
  void read_knote(const Fields& f, Event& e);

  int intern_fast(std::string_view s);
  int label_fast(std::string_view s); // the step index of a label, -1 if unknown

  // A few hundred distinct strings and labels occur millions of times: a
  // direct-mapped cache of ids (checked against the table, so a collision
  // only costs a lookup) spares most hash-table lookups.
  static size_t cache_slot(std::string_view s);
  std::array<int, 256> intern_cache_;
  std::array<int, 256> label_cache_;

  // Transparent hash: a string_view is looked up without building a std::string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  Trace& t_;
  std::unordered_map<std::string_view, int> labels_;
  // The fast reader's copy of the string table's index, looked up without a copy.
  std::unordered_map<std::string, int, Hash, std::equal_to<>> interned_;
  bool has_step_ = false, seen_step_ = false;
  uint64_t prev_step_ = 0, prev_tick_ = 0;
};

class ByteSource;
// Reads a whole trace document into `t` without a DOM for the events (see
// trace_fast_reader.cpp). Returns the other top-level members, with "events"
// as an empty array, for the checks of the exact reader's read_document().
// Throws FastBail when the exact reader must decide.
J read_trace_fast(ByteSource& src, Trace& t);

} // namespace fs::trace_read
