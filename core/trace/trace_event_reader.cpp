// SPDX-License-Identifier: GPL-3.0-or-later
// One trace event object -> one packed Event (see trace_event_reader.h).
#include "core/trace/trace_event_reader.h"

#include <array>
#include <charconv>

#include "core/scenario/scenario.h"
#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"

namespace fs::trace_read {

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out.push_back(c);
  }
  return out;
}

std::string quote_for_message(std::string_view s) {
  return J(std::string(s.substr(0, 60))).dump(-1, ' ', false, J::error_handler_t::replace);
}

std::optional<int64_t> as_int(const J& v) {
  if (v.is_number_unsigned()) {
    const uint64_t u = v.get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return std::nullopt;
    return static_cast<int64_t>(u);
  }
  if (v.is_number_integer()) return v.get<int64_t>();
  return std::nullopt;
}

// "20" -> 20: the writer spells values without a name as decimal strings.
std::optional<int> parse_decimal(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

std::optional<int> lookup_signal(std::string_view s) { return signal_by_name(s); }
std::optional<int> lookup_errno(std::string_view s) {
  if (s == "ERESTART") return -1;
  return errno_by_name(s);
}
std::optional<int> lookup_ptrace_event(std::string_view s) { return ptrace_event_by_name(s); }
std::optional<int> lookup_si_code(std::string_view s) {
  for (int code : {NB_TRAP_EXEC, NB_TRAP_CHLD, NB_TRAP_LWP})
    if (s == si_code_name(code)) return code;
  return std::nullopt;
}
std::optional<int> lookup_syscall(std::string_view s) {
  const int id = syscall_id(s);
  return id < 0 ? std::nullopt : std::optional<int>(id);
}
std::optional<int> lookup_proc_stat(std::string_view s) {
  for (int v = 1; v <= 6; ++v)
    if (s == proc_stat_name(static_cast<ProcStat>(v))) return v;
  return std::nullopt;
}
std::optional<int> lookup_lwp_stat(std::string_view s) {
  for (int v : {1, 2, 3, 4, 5, 7})
    if (s == lwp_stat_name(static_cast<LwpStat>(v))) return v;
  return std::nullopt;
}

EventReader::EventReader(Trace& t) : t_(t) {
  intern_cache_.fill(-1);
  label_cache_.fill(-1);
  for (int i = 0; i < step_count(); ++i) labels_.emplace(step_info(i).label, i);
}

void EventReader::read(const J& obj, uint64_t n) {
  Fields f(obj, "/events/" + std::to_string(n));
  if (n >= std::numeric_limits<uint32_t>::max()) f.fail("", "too many events");
  if (f.integer("seq", 0, std::numeric_limits<int64_t>::max()) != static_cast<int64_t>(n))
    f.fail("seq", "expected " + std::to_string(n) + ": events must be in seq order");
  Event e{};
  e.kind = static_cast<EventKind>(f.word("kind", vocab::kKinds));
  const uint64_t tick = static_cast<uint64_t>(f.integer("tick", 0, kMaxTicksLimit));
  e.cpu = static_cast<int16_t>(f.opt_id("cpu", std::numeric_limits<int16_t>::max()));
  e.pid = static_cast<int32_t>(f.opt_id("pid"));
  const int64_t lid = f.opt_id("lid"); // required, like pid
  if ((lid < 0) != (e.pid < 0))
    f.fail("lid", e.pid < 0 ? "expected null: no process acts (pid is null)"
                            : "expected the acting LWP's id: pid is not null");
  if (lid != e.pid) t_.event_lids.emplace_back(static_cast<uint32_t>(n), static_cast<int32_t>(lid));
  const uint64_t step = read_step(f, e, n, tick);
  read_fields(f, e);
  commit(e, n, tick, step);
}

void EventReader::commit(const Event& e, uint64_t n, uint64_t tick, uint64_t step) {
  t_.events.push_back(e);
  while (t_.step_first_event.size() <= step)
    t_.step_first_event.push_back(static_cast<uint32_t>(n));
  if (n == 0 || tick != prev_tick_) t_.ticks.start_tick(tick, step);
  prev_step_ = step;
  prev_tick_ = tick;
}

// The "step" extension field gives the step exactly; without it (a plain v1
// file) a new step is assumed at every step event and at every tick change.
uint64_t EventReader::read_step(const Fields& f, const Event& e, uint64_t n, uint64_t tick) {
  if (n == 0) has_step_ = f.find("step") != nullptr;
  uint64_t step = 0;
  if (has_step_) {
    step = static_cast<uint64_t>(f.integer("step", 0, kMaxTraceSteps - 1));
  } else if (n > 0) {
    step = prev_step_ + ((e.kind == EventKind::Step && seen_step_) || tick != prev_tick_);
    if (step >= kMaxTraceSteps)
      f.fail("", "more than " + std::to_string(kMaxTraceSteps) + " steps");
  }
  if (e.kind == EventKind::Step) seen_step_ = true;
  if (n == 0) return step;
  if (step < prev_step_) f.fail("step", "steps must not go backwards");
  if (tick < prev_tick_) f.fail("tick", "ticks must not go backwards");
  if (step == prev_step_ && tick != prev_tick_)
    f.fail("tick", "the tick changes within step " + std::to_string(step));
  return step;
}

int EventReader::intern(const Fields& f, const char* name) {
  return t_.strings.intern(f.string(name));
}

void EventReader::read_fields(const Fields& f, Event& e) {
  using namespace vocab;
  switch (e.kind) {
  case EventKind::Step: {
    const std::string& label = f.string("label");
    auto it = labels_.find(label);
    if (it == labels_.end()) f.fail("label", "unknown step label " + quote_for_message(label));
    f.string("func");
    f.string("file");
    if (!f.need("line").is_null()) f.integer("line", 0, std::numeric_limits<int32_t>::max());
    // line_end is Forkscope's addition: optional, so older traces and other producers read.
    if (const auto* end = f.find("line_end"); end && !end->is_null())
      f.integer("line_end", 0, std::numeric_limits<int32_t>::max());
    e.a = it->second;
    break;
  }
  case EventKind::Syscall: read_syscall(f, e); break;
  case EventKind::Lock:
    e.a = intern(f, "lock"), e.action = f.word("action", kLockActions);
    e.b = static_cast<int32_t>(f.opt_id("owner"));
    break;
  case EventKind::Cv:
    e.a = intern(f, "cv"), e.action = f.word("action", kCvActions), e.b = -1;
    if (f.find("woken")) e.b = static_cast<int32_t>(f.opt_id("woken"));
    break;
  case EventKind::Proc:
    e.action = f.word("action", kProcActions);
    e.a = f.int32("target"), e.b = f.int32("ppid");
    e.c = f.named("state", lookup_proc_stat, false);
    break;
  case EventKind::Lwp:
    e.a = f.int32("target"), e.b = f.named("state", lookup_lwp_stat, false);
    e.c = f.need("wchan").is_null() ? -1 : intern(f, "wchan");
    break;
  case EventKind::Sched:
    e.action = f.word("action", kSchedActions);
    e.a = static_cast<int32_t>(f.opt_id("from")), e.b = static_cast<int32_t>(f.opt_id("to"));
    break;
  case EventKind::Signal:
    e.action = f.word("action", kSignalActions);
    e.a = f.int32("target"), e.b = f.named("signal", lookup_signal);
    break;
  case EventKind::Ptrace: read_ptrace(f, e); break;
  case EventKind::Knote: read_knote(f, e); break;
  case EventKind::Counter: e.a = intern(f, "name"), e.b = f.int32("value"); break;
  case EventKind::Log: e.a = intern(f, "text"); break;
  case EventKind::Expect:
    e.a = intern(f, "op"), e.b = f.boolean("ok") ? 1 : 0, e.c = intern(f, "message");
    break;
  case EventKind::Note: e.a = intern(f, "op"), e.c = intern(f, "text"); break;
  }
}

void EventReader::read_syscall(const Fields& f, Event& e) {
  SyscallDetail d;
  e.a = f.named("name", lookup_syscall);
  e.action = f.word("phase", vocab::kPhases);
  const std::string args = f.object("args").dump();
  const bool ret = e.action == static_cast<uint8_t>(SyscallPhase::Return);
  if (ret || !f.need("retval").is_null()) e.b = f.int32("retval");
  if (!f.need("errno").is_null()) d.error = f.named("errno", lookup_errno);
  if (const J* st = f.find("status")) {
    if (!st->is_object() || st->size() != 1)
      f.fail("status", R"(expected {"exited": N}, {"stopped": SIG} or {"signaled": SIG})");
    Fields s(*st, f.sub("status"));
    if (s.find("exited")) {
      d.status_kind = WaitStatusKind::Exited, d.status_value = s.int32("exited");
    } else if (s.find("stopped")) {
      d.status_kind = WaitStatusKind::Stopped;
      d.status_value = s.named("stopped", lookup_signal);
    } else if (s.find("signaled")) {
      d.status_kind = WaitStatusKind::Signaled;
      d.status_value = s.named("signaled", lookup_signal);
    } else {
      f.fail("status", R"(expected {"exited": N}, {"stopped": SIG} or {"signaled": SIG})");
    }
  }
  e.c = t_.add_syscall_detail(d, args);
}

void EventReader::read_ptrace(const Fields& f, Event& e) {
  static constexpr std::array<std::string_view, 1> kActions{"event_stop"};
  PtraceDetail d;
  f.word("action", kActions);
  e.a = f.int32("target"), e.b = f.int32("tracer");
  d.signal = f.named("signal", lookup_signal);
  d.code = f.named("code", lookup_si_code);
  const J& rep = f.need("report_event");
  d.report_event =
      rep.is_string() ? f.named("report_event", lookup_ptrace_event) : f.int32("report_event");
  d.other_pid = f.int32("other_pid");
  e.c = static_cast<int32_t>(t_.ptrace_details.size());
  t_.ptrace_details.push_back(d);
}

void EventReader::read_knote(const Fields& f, Event& e) {
  e.a = f.int32("watcher"), e.b = f.int32("target");
  const J& flags = f.array("fflags");
  const std::string base = f.sub("fflags");
  uint32_t bits = 0;
  for (size_t i = 0; i < flags.size(); ++i) {
    const J& v = flags[i];
    std::optional<uint32_t> bit;
    if (v.is_string())
      bit = note_by_name(v.get_ref<const std::string&>());
    else if (std::optional<int64_t> n = as_int(v); n && *n >= 0 && *n <= 0xffffffffLL)
      bit = static_cast<uint32_t>(*n);
    if (!bit) throw Failure{base + "/" + std::to_string(i), "expected a NOTE_* name"};
    bits |= *bit;
  }
  e.c = static_cast<int32_t>(bits);
}

} // namespace fs::trace_read
