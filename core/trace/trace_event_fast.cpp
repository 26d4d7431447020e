// SPDX-License-Identifier: GPL-3.0-or-later
// EventReader::read_fast: the checks of EventReader::read (same ranges, same
// words, same interning order) over the fast reader's slots instead of a
// nlohmann object. Where read() would refuse, this throws FastBail and the
// exact reader reads the file again to say where and why, so only acceptance
// and the decoded Event have to agree - the property tests check that.
#include <algorithm>
#include <cstring>
#include <limits>

#include "core/scenario/scenario.h"
#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/trace/trace_event_reader.h"

namespace fs::trace_read {
namespace {

constexpr int64_t kI32Min = std::numeric_limits<int32_t>::min();
constexpr int64_t kI32Max = std::numeric_limits<int32_t>::max();

using V = FastValue;

[[noreturn]] void bail() { throw FastBail{}; }

int64_t integer(const V& v, int64_t lo, int64_t hi) {
  if (v.type != V::Int || v.i < lo || v.i > hi) bail();
  return v.i;
}
int32_t int32(const V& v) { return static_cast<int32_t>(integer(v, kI32Min, kI32Max)); }
int64_t opt_id(const V& v, int64_t hi = kI32Max) {
  if (v.type == V::Null) return -1;
  return integer(v, 0, hi);
}
std::string_view string(const V& v) {
  if (v.type != V::String) bail();
  return v.s;
}
uint8_t word(const V& v, std::span<const std::string_view> words) {
  const int i = vocab::index_of(words, string(v));
  if (i < 0) bail();
  return static_cast<uint8_t>(i);
}
int named(const V& v, std::optional<int> (*lookup)(std::string_view), bool decimal = true) {
  const std::string_view s = string(v);
  if (std::optional<int> r = lookup(s)) return *r;
  if (std::optional<int> r = parse_decimal(s); r && decimal) return *r;
  bail();
}
void need(const V& v) {
  if (v.type == V::Absent) bail();
}

} // namespace

void EventReader::reserve(uint64_t events) {
  events = std::min<uint64_t>(events, kMaxTraceSteps);
  t_.events.reserve(static_cast<size_t>(events));
  t_.step_first_event.reserve(static_cast<size_t>(events));
}

void EventReader::read_fast(const FastEvent& ev, uint64_t n) {
  auto at = [&ev](FastKey k) -> const V& { return ev[static_cast<size_t>(k)]; };
  using K = FastKey;
  if (n >= std::numeric_limits<uint32_t>::max()) bail();
  if (integer(at(K::seq), 0, std::numeric_limits<int64_t>::max()) != static_cast<int64_t>(n))
    bail();
  Event e{};
  e.kind = static_cast<EventKind>(word(at(K::kind), vocab::kKinds));
  const uint64_t tick = static_cast<uint64_t>(integer(at(K::tick), 0, kMaxTicksLimit));
  e.cpu = static_cast<int16_t>(opt_id(at(K::cpu), std::numeric_limits<int16_t>::max()));
  e.pid = static_cast<int32_t>(opt_id(at(K::pid)));
  const int64_t lid = opt_id(at(K::lid));
  if ((lid < 0) != (e.pid < 0)) bail();
  if (lid != e.pid) t_.event_lids.emplace_back(static_cast<uint32_t>(n), static_cast<int32_t>(lid));
  const uint64_t step = read_step_fast(at(K::step), e, n, tick);
  read_fields_fast(ev, e);
  commit(e, n, tick, step);
}

uint64_t EventReader::read_step_fast(const FastValue& v, const Event& e, uint64_t n,
                                     uint64_t tick) {
  if (n == 0) has_step_ = v.type != V::Absent;
  uint64_t step = 0;
  if (has_step_) {
    step = static_cast<uint64_t>(integer(v, 0, kMaxTraceSteps - 1));
  } else if (n > 0) {
    step = prev_step_ + ((e.kind == EventKind::Step && seen_step_) || tick != prev_tick_);
    if (step >= kMaxTraceSteps) bail();
  }
  if (e.kind == EventKind::Step) seen_step_ = true;
  if (n == 0) return step;
  if (step < prev_step_ || tick < prev_tick_) bail();
  if (step == prev_step_ && tick != prev_tick_) bail();
  return step;
}

size_t EventReader::cache_slot(std::string_view s) {
  uint64_t a = 0, b = 0;
  const size_t n = s.size();
  if (n >= 8) {
    std::memcpy(&a, s.data(), 8);
    std::memcpy(&b, s.data() + n - 8, 8);
  } else {
    std::memcpy(&a, s.data(), n);
  }
  const uint64_t h = (a ^ (b * 0x9e3779b97f4a7c15ull) ^ n) * 0xff51afd7ed558ccdull;
  return static_cast<size_t>(h >> 56);
}

int EventReader::intern_fast(std::string_view s) {
  int& slot = intern_cache_[cache_slot(s)];
  if (slot >= 0 && t_.strings.at(slot) == s) return slot;
  if (auto it = interned_.find(s); it != interned_.end()) return slot = it->second;
  const int id = t_.strings.intern(s);
  interned_.emplace(std::string(s), id);
  return slot = id;
}

int EventReader::label_fast(std::string_view s) {
  int& slot = label_cache_[cache_slot(s)];
  if (slot >= 0 && step_info(slot).label == s) return slot;
  auto it = labels_.find(s);
  if (it == labels_.end()) return -1;
  return slot = it->second;
}

void EventReader::read_fields_fast(const FastEvent& ev, Event& e) {
  using namespace vocab;
  using K = FastKey;
  auto at = [&ev](FastKey k) -> const V& { return ev[static_cast<size_t>(k)]; };
  auto intern = [this](const V& v) { return intern_fast(string(v)); };
  switch (e.kind) {
  case EventKind::Step: {
    const int label = label_fast(string(at(K::label)));
    if (label < 0) bail();
    string(at(K::func));
    string(at(K::file));
    need(at(K::line));
    if (at(K::line).type != V::Null) integer(at(K::line), 0, kI32Max);
    if (const V& end = at(K::line_end); end.type != V::Absent && end.type != V::Null)
      integer(end, 0, kI32Max);
    e.a = label;
    break;
  }
  case EventKind::Syscall: {
    SyscallDetail d;
    e.a = named(at(K::name), lookup_syscall);
    e.action = word(at(K::phase), kPhases);
    const V& args = at(K::args);
    if (args.type != V::Object) bail();
    std::string parsed_args;
    if (!args.canonical) parsed_args = J::parse(args.s).dump();
    const bool ret = e.action == static_cast<uint8_t>(SyscallPhase::Return);
    need(at(K::retval));
    if (ret || at(K::retval).type != V::Null) e.b = int32(at(K::retval));
    need(at(K::errno_));
    if (at(K::errno_).type != V::Null) d.error = named(at(K::errno_), lookup_errno);
    if (const V& st = at(K::status); st.type != V::Absent) {
      if (st.type != V::Object) bail();
      const J s = J::parse(st.s);
      if (s.size() != 1) bail();
      const std::string& key = s.begin().key();
      const J& val = s.begin().value();
      if (key == "exited") {
        const std::optional<int64_t> x = as_int(val);
        if (!x || *x < kI32Min || *x > kI32Max) bail();
        d.status_kind = WaitStatusKind::Exited, d.status_value = static_cast<int>(*x);
      } else if (key == "stopped" || key == "signaled") {
        if (!val.is_string()) bail();
        const std::string& name = val.get_ref<const std::string&>();
        std::optional<int> sig = lookup_signal(name);
        if (!sig) sig = parse_decimal(name);
        if (!sig) bail();
        d.status_kind = key == "stopped" ? WaitStatusKind::Stopped : WaitStatusKind::Signaled;
        d.status_value = *sig;
      } else {
        bail();
      }
    }
    e.c = t_.add_syscall_detail(d, args.canonical ? std::string_view(args.s) : parsed_args);
    break;
  }
  case EventKind::Lock:
    e.a = intern(at(K::lock)), e.action = word(at(K::action), kLockActions);
    need(at(K::owner));
    e.b = static_cast<int32_t>(opt_id(at(K::owner)));
    break;
  case EventKind::Cv:
    e.a = intern(at(K::cv)), e.action = word(at(K::action), kCvActions), e.b = -1;
    if (at(K::woken).type != V::Absent) e.b = static_cast<int32_t>(opt_id(at(K::woken)));
    break;
  case EventKind::Proc:
    e.action = word(at(K::action), kProcActions);
    e.a = int32(at(K::target)), e.b = int32(at(K::ppid));
    e.c = named(at(K::state), lookup_proc_stat, false);
    break;
  case EventKind::Lwp:
    e.a = int32(at(K::target)), e.b = named(at(K::state), lookup_lwp_stat, false);
    need(at(K::wchan));
    e.c = at(K::wchan).type == V::Null ? -1 : intern(at(K::wchan));
    break;
  case EventKind::Sched:
    e.action = word(at(K::action), kSchedActions);
    need(at(K::from)), need(at(K::to));
    e.a = static_cast<int32_t>(opt_id(at(K::from)));
    e.b = static_cast<int32_t>(opt_id(at(K::to)));
    break;
  case EventKind::Signal:
    e.action = word(at(K::action), kSignalActions);
    e.a = int32(at(K::target)), e.b = named(at(K::signal), lookup_signal);
    break;
  case EventKind::Ptrace: {
    static constexpr std::array<std::string_view, 1> kActions{"event_stop"};
    PtraceDetail d;
    word(at(K::action), kActions);
    e.a = int32(at(K::target)), e.b = int32(at(K::tracer));
    d.signal = named(at(K::signal), lookup_signal);
    d.code = named(at(K::code), lookup_si_code);
    const V& rep = at(K::report_event);
    d.report_event = rep.type == V::String ? named(rep, lookup_ptrace_event) : int32(rep);
    d.other_pid = int32(at(K::other_pid));
    e.c = static_cast<int32_t>(t_.ptrace_details.size());
    t_.ptrace_details.push_back(d);
    break;
  }
  case EventKind::Knote: {
    e.a = int32(at(K::watcher)), e.b = int32(at(K::target));
    const V& flags = at(K::fflags);
    if (flags.type != V::Array) bail();
    uint32_t bits = 0;
    for (const J& v : J::parse(flags.s)) {
      std::optional<uint32_t> bit;
      if (v.is_string())
        bit = note_by_name(v.get_ref<const std::string&>());
      else if (std::optional<int64_t> x = as_int(v); x && *x >= 0 && *x <= 0xffffffffLL)
        bit = static_cast<uint32_t>(*x);
      if (!bit) bail();
      bits |= *bit;
    }
    e.c = static_cast<int32_t>(bits);
    break;
  }
  case EventKind::Counter: e.a = intern(at(K::name)), e.b = int32(at(K::value)); break;
  case EventKind::Log: e.a = intern(at(K::text)); break;
  case EventKind::Expect: {
    e.a = intern(at(K::op));
    const V& ok = at(K::ok);
    if (ok.type != V::Bool) bail();
    e.b = ok.b ? 1 : 0, e.c = intern(at(K::message));
    break;
  }
  case EventKind::Note: e.a = intern(at(K::op)), e.c = intern(at(K::text)); break;
  }
}

} // namespace fs::trace_read
