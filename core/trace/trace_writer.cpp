// SPDX-License-Identifier: GPL-3.0-or-later
// Trace format v1 writer. Events are rendered by hand, one per line, because
// this runs at hundreds of MB per run; nlohmann only renders the small
// scenario and outcome objects. See docs/trace-extensions.md for the fields
// we add to the v1 contract ("step", kind "note", outcome.forks_by_result).
#include <ostream>

#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"
#include "core/support/json_text.h"
#include "core/trace/trace_io.h"
#include "core/trace/trace_vocab.h"

namespace fs {
namespace {

using json_text::append_int;
using json_text::append_string;
using json_text::append_uint;

// Negative ids mean "none" in the model (-1); the JSON spells that null.
void append_opt(std::string& o, int64_t v) {
  if (v < 0)
    o += "null";
  else
    append_int(o, v);
}

// Re-indents a nlohmann dump so that it nests under a top-level key.
std::string nested_dump(const nlohmann::ordered_json& j) {
  const std::string s = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    out.push_back(c);
    if (c == '\n') out += "  ";
  }
  return out;
}

nlohmann::ordered_json outcome_json(const Outcome& o) {
  using J = nlohmann::ordered_json;
  J failures = J::array();
  for (const ExpectationFailure& f : o.failures)
    failures.push_back(J{{"op", f.op_path}, {"message", f.message}});
  J procs = J::array();
  for (const ProcessSummary& p : o.final_processes)
    procs.push_back(J{{"pid", p.pid}, {"name", p.name}, {"state", p.state}, {"ppid", p.ppid}});
  J forks = J::object();
  for (const auto& [result, n] : o.forks_by_result) forks[result] = n;
  J j = J::object();
  j["result"] = o.result;
  j["steps"] = o.steps;
  j["ticks"] = o.ticks;
  j["expectations"] = J{{"passed", o.expectations_passed},
                        {"failed", o.expectations_failed},
                        {"failures", std::move(failures)}};
  j["final"] = J{{"nprocs", o.final_nprocs}, {"processes", std::move(procs)}};
  j["forks_by_result"] = std::move(forks);
  return j;
}

class Writer {
public:
  Writer(const Trace& t, json_text::Sink& sink) : t_(t), sink_(sink), o_(sink.buf()) {}

  void write() {
    o_ += "{\n  \"format\": \"forkscope-trace\",\n  \"version\": 1,\n  \"generator\": ";
    append_string(o_, t_.generator);
    o_ += ",\n  \"kern_fork_revision\": \"1.231\",\n  \"scenario\": ";
    o_ += t_.scenario.is_null() ? std::string("{}") : nested_dump(t_.scenario);
    o_ += ",\n  \"events\": [";
    write_events();
    o_ += t_.events.empty() ? "]" : "\n]";
    if (!t_.step_cpu.empty()) write_step_cpus();
    o_ += ",\n  \"outcome\": ";
    o_ += nested_dump(outcome_json(t_.outcome));
    o_ += "\n}\n";
    sink_.flush();
  }

private:
  void write_events() {
    EventClock clock(t_);
    size_t next_lid = 0; // the next entry of t_.event_lids
    for (uint32_t seq = 0; seq < t_.events.size(); ++seq) {
      clock.advance_to(seq);
      o_ += seq == 0 ? "\n" : ",\n";
      int32_t lid = t_.events[seq].pid;
      if (next_lid < t_.event_lids.size() && t_.event_lids[next_lid].first == seq)
        lid = t_.event_lids[next_lid++].second;
      write_event(t_.events[seq], seq, clock.tick(), clock.step(), lid);
      sink_.maybe_flush();
    }
  }

  // Every step's CPU, a character a step (trace_vocab.h): a spin retry
  // records no event, so its CPU is known only from here.
  void write_step_cpus() {
    o_ += ",\n  \"step_cpus\": [";
    const size_t n = t_.step_cpu.size();
    for (size_t i = 0; i < n; i += vocab::kStepCpusPerLine) {
      o_ += i == 0 ? "\n\"" : ",\n\"";
      for (size_t k = i; k < std::min(n, i + vocab::kStepCpusPerLine); ++k) {
        const int c = t_.step_cpu[k];
        o_ += c >= 0 && static_cast<size_t>(c) < vocab::kCpuDigits.size()
                  ? vocab::kCpuDigits[static_cast<size_t>(c)]
                  : vocab::kCpuUnknown;
      }
      o_ += '"';
      sink_.maybe_flush();
    }
    o_ += "\n]";
  }

  void str(int id) {
    append_string(o_, id >= 0 && id < t_.strings.size() ? t_.strings.at(id) : "");
  }
  void key(const char* k) { // ,"k":
    o_ += ",\"";
    o_ += k;
    o_ += "\":";
  }
  void word(std::string_view w) { append_string(o_, w); }

  void write_event(const Event& e, uint32_t seq, uint64_t tick, uint64_t step, int32_t lid) {
    o_ += "{\"seq\":";
    append_uint(o_, seq);
    key("tick");
    append_uint(o_, tick);
    key("step");
    append_uint(o_, step);
    key("cpu");
    append_opt(o_, e.cpu);
    key("pid");
    append_opt(o_, e.pid);
    key("lid");
    append_opt(o_, lid);
    key("kind");
    word(vocab::name_at(vocab::kKinds, static_cast<int>(e.kind)));
    switch (e.kind) {
    case EventKind::Step: o_ += step_fields(e.step_id()); break;
    case EventKind::Syscall: syscall(e); break;
    case EventKind::Lock:
      key("lock"), str(e.lock_id()), key("action"),
          word(vocab::name_at(vocab::kLockActions, e.action));
      key("owner"), append_opt(o_, e.lock_owner());
      break;
    case EventKind::Cv:
      key("cv"), str(e.cv_id()), key("action"), word(vocab::name_at(vocab::kCvActions, e.action));
      if (e.cv_woken() >= 0) key("woken"), append_int(o_, e.cv_woken());
      break;
    case EventKind::Proc:
      key("action"), word(vocab::name_at(vocab::kProcActions, e.action));
      key("target"), append_int(o_, e.proc_target()), key("ppid"), append_int(o_, e.proc_ppid());
      key("state"), word(proc_stat_name(e.proc_stat()));
      break;
    case EventKind::Lwp:
      key("target"), append_int(o_, e.lwp_target());
      key("state"), word(lwp_stat_name(e.lwp_stat()));
      key("wchan");
      if (e.lwp_wchan() < 0)
        o_ += "null";
      else
        str(e.lwp_wchan());
      break;
    case EventKind::Sched:
      key("action"), word(vocab::name_at(vocab::kSchedActions, e.action));
      key("from"), append_opt(o_, e.sched_from()), key("to"), append_opt(o_, e.sched_to());
      break;
    case EventKind::Signal:
      key("action"), word(vocab::name_at(vocab::kSignalActions, e.action));
      key("target"), append_int(o_, e.signal_target()), key("signal"),
          word(signal_name(e.signal_number()));
      break;
    case EventKind::Ptrace: ptrace(e); break;
    case EventKind::Knote: knote(e); break;
    case EventKind::Counter:
      key("name"), str(e.counter_id()), key("value"), append_int(o_, e.counter_value());
      break;
    case EventKind::Log: key("text"), str(e.log_text()); break;
    case EventKind::Expect:
      key("op"), str(e.expect_op()), key("ok"), o_ += e.expect_ok() ? "true" : "false",
          key("message"), str(e.expect_message());
      break;
    case EventKind::Note: key("op"), str(e.note_op()), key("text"), str(e.note_text()); break;
    }
    o_ += '}';
  }

  // ,"func":..,"file":..,"line":..,"line_end":..,"label":.. rendered once per step id.
  // line_end (an addition to v1) is the last line of the step's range.
  const std::string& step_fields(int id) {
    static const std::string kUnknown =
        ",\"func\":\"\",\"file\":\"\",\"line\":null,\"line_end\":null,\"label\":\"\"";
    if (id < 0 || id >= step_count()) return kUnknown;
    if (step_cache_.empty()) step_cache_.resize(static_cast<size_t>(step_count()));
    std::string& s = step_cache_[static_cast<size_t>(id)];
    if (s.empty()) {
      const StepInfo& info = step_info(id);
      s = ",\"func\":";
      append_string(s, info.func);
      s += ",\"file\":";
      append_string(s, info.file);
      s += ",\"line\":";
      append_opt(s, info.line > 0 ? info.line : -1);
      s += ",\"line_end\":";
      append_opt(s, info.line > 0 ? info.line_end : -1);
      s += ",\"label\":";
      append_string(s, info.label);
    }
    return s;
  }

  void syscall(const Event& e) {
    static const SyscallDetail kNone{};
    const SyscallDetail* found = t_.syscall_detail(e);
    const SyscallDetail& d = found ? *found : kNone;
    key("name");
    if (const char* n = syscall_name(e.syscall_id()))
      word(n);
    else
      word(std::to_string(e.syscall_id()));
    const bool ret = e.action == static_cast<uint8_t>(SyscallPhase::Return);
    key("phase"), word(ret ? "return" : "enter");
    key("args");
    o_ += t_.args_of(d);
    key("retval");
    if (ret)
      append_int(o_, e.syscall_retval());
    else
      o_ += "null";
    key("errno");
    if (ret && d.error != 0)
      word(errno_name(d.error));
    else
      o_ += "null";
    switch (d.status_kind) {
    case WaitStatusKind::None: break;
    case WaitStatusKind::Exited:
      key("status"), o_ += "{\"exited\":", append_int(o_, d.status_value), o_ += '}';
      break;
    case WaitStatusKind::Stopped:
      key("status"), o_ += "{\"stopped\":", word(signal_name(d.status_value)), o_ += '}';
      break;
    case WaitStatusKind::Signaled:
      key("status"), o_ += "{\"signaled\":", word(signal_name(d.status_value)), o_ += '}';
      break;
    }
  }

  void ptrace(const Event& e) {
    static const PtraceDetail kNone{};
    const PtraceDetail* found = t_.ptrace_detail(e);
    const PtraceDetail& d = found ? *found : kNone;
    key("action"), word("event_stop");
    key("target"), append_int(o_, e.ptrace_target()), key("tracer"),
        append_int(o_, e.ptrace_tracer());
    key("signal"), word(signal_name(d.signal)), key("code"), word(si_code_name(d.code));
    key("report_event");
    if (d.report_event == 0)
      o_ += '0';
    else
      word(ptrace_event_name(d.report_event));
    key("other_pid"), append_int(o_, d.other_pid);
  }

  void knote(const Event& e) {
    key("watcher"), append_int(o_, e.knote_watcher()), key("target"),
        append_int(o_, e.knote_target());
    key("fflags");
    uint32_t left = static_cast<uint32_t>(e.knote_fflags());
    o_ += '[';
    bool first = true;
    for (const vocab::NoteFlag& f : vocab::kNoteFlags) {
      if (!(left & f.bit)) continue;
      if (!first) o_ += ',';
      word(f.name);
      left &= ~f.bit;
      first = false;
    }
    if (left != 0) { // bits without a name: kept as a number so nothing is lost
      if (!first) o_ += ',';
      append_uint(o_, left);
    }
    o_ += ']';
  }

  const Trace& t_;
  json_text::Sink& sink_;
  std::string& o_;
  std::vector<std::string> step_cache_;
};

} // namespace

void write_trace(std::ostream& out, const Trace& trace) {
  json_text::Sink sink(&out);
  Writer(trace, sink).write();
}

std::string trace_to_string(const Trace& trace) {
  json_text::Sink sink(nullptr);
  sink.buf().reserve(trace.events.size() * 128 + 65536); // a typical event line is ~110 bytes
  Writer(trace, sink).write();
  return std::move(sink.buf());
}

} // namespace fs
