// SPDX-License-Identifier: GPL-3.0-or-later
// Chrome Trace Event export (--format chrome), for Perfetto UI and
// chrome://tracing: one process per simulated process with its LWP as the
// thread, a synthetic "CPUs" process with a thread per CPU, kernel steps as
// complete ("X") slices one tick long, lock holds as async ("b"/"e") slices,
// fork arrows as flow ("s"/"f") events and everything else as instants.
// Every slice starts on a tick boundary and lasts exactly one tick, so two
// slices of one track are either disjoint or identical, never partly overlapping.
#include <map>
#include <ostream>
#include <set>
#include <unordered_map>

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

constexpr int64_t kCpusPid = 1000000; // the synthetic process that holds the CPU tracks

struct Track {
  int64_t pid = 0, tid = 0;
};

int scenario_int(const nlohmann::ordered_json& s, const char* key, int fallback, int lo, int hi) {
  if (!s.is_object()) return fallback;
  auto m = s.find("machine");
  if (m == s.end() || !m->is_object()) return fallback;
  auto v = m->find(key);
  if (v == m->end() || !v->is_number_integer()) return fallback;
  const int64_t n = v->get<int64_t>();
  return n >= lo && n <= hi ? static_cast<int>(n) : fallback;
}

// The command name (p_comm) of every process, followed through the events:
// boot processes are named by the scenario (init first, then "processes" in
// order), a child inherits its parent's name at creation, and an execve that
// returns 0 renames the process after the basename of its path.
class ProcNames {
public:
  explicit ProcNames(const Trace& t) : t_(t) {
    boot_.push_back("init");
    if (auto ps = t.scenario.find("processes"); ps != t.scenario.end() && ps->is_array())
      for (const auto& p : *ps) {
        auto n = p.is_object() ? p.find("name") : p.end();
        boot_.push_back(n != p.end() && n->is_string() ? n->get<std::string>() : "process");
      }
  }

  void see(const Event& e) {
    if (e.kind == EventKind::Proc && e.proc_action() == ProcAction::Create) {
      if (e.pid < 0) { // created at boot, not by a fork
        if (next_boot_ < boot_.size()) names_[e.fork_child()] = boot_[next_boot_++];
      } else if (auto it = names_.find(e.pid); it != names_.end()) {
        names_[e.fork_child()] = it->second;
      }
    } else if (e.kind == EventKind::Syscall && e.pid >= 0) {
      const char* name = syscall_name(e.syscall_id());
      if (!name || std::string_view(name) != "execve") return;
      if (e.syscall_enter()) {
        exec_path_[e.pid] = path_arg(e.syscall_detail());
      } else if (e.syscall_retval() == 0) {
        const std::string& path = exec_path_[e.pid];
        if (!path.empty()) names_[e.pid] = path.substr(path.find_last_of('/') + 1);
      }
    }
  }
  const std::map<int32_t, std::string>& names() const { return names_; }

private:
  std::string path_arg(int32_t detail) const {
    if (detail < 0 || static_cast<size_t>(detail) >= t_.syscall_details.size()) return {};
    const auto args = nlohmann::json::parse(
        t_.args_of(t_.syscall_details[static_cast<size_t>(detail)]), nullptr, false);
    auto p = args.is_object() ? args.find("path") : args.end();
    return p != args.end() && p->is_string() ? p->get<std::string>() : std::string();
  }

  const Trace& t_;
  std::vector<std::string> boot_;
  size_t next_boot_ = 0;
  std::map<int32_t, std::string> names_;
  std::unordered_map<int32_t, std::string> exec_path_;
};

class ChromeWriter {
public:
  ChromeWriter(const Trace& t, json_text::Sink& sink) : t_(t), sink_(sink), o_(sink.buf()) {
    const int hz = scenario_int(t.scenario, "hz", 100, 1, 1000000);
    us_per_tick_ = 1000000 / static_cast<uint64_t>(hz);
    us_rem_ = 1000000 % static_cast<uint64_t>(hz);
    hz_ = static_cast<uint64_t>(hz);
    ncpus_ = scenario_int(t.scenario, "cpus", 0, 1, 64);
  }

  void write() {
    scan();
    o_ += "{\"traceEvents\":[";
    metadata();
    EventClock clock(t_);
    for (uint32_t seq = 0; seq < t_.events.size(); ++seq) {
      clock.advance_to(seq);
      event(t_.events[seq], seq, ts(clock.tick()));
      last_tick_ = clock.tick();
      sink_.maybe_flush();
    }
    const uint64_t end = ts(last_tick_ + 1);
    for (auto& [lock, h] : holds_) close_hold(lock, h, h.closing ? h.end : end);
    o_ += "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":";
    append_string(o_, t_.generator);
    o_ += ",\"source\":\"forkscope trace v1\",\"kern_fork_revision\":\"1.231\",\"hz\":";
    append_uint(o_, hz_);
    o_ += ",\"result\":";
    append_string(o_, t_.outcome.result);
    o_ += "}}\n";
    sink_.flush();
  }

private:
  struct Hold { // a lock's async slice
    bool open = false, closing = false;
    Track track;
    uint64_t begin = 0, end = 0;
  };

  uint64_t ts(uint64_t tick) const { return tick * us_per_tick_ + tick * us_rem_ / hz_; }
  uint64_t dur() const { return us_per_tick_ > 0 ? us_per_tick_ : 1; }
  const std::string& str(int id) const {
    static const std::string kEmpty;
    return id >= 0 && id < t_.strings.size() ? t_.strings.at(id) : kEmpty;
  }

  Track track_of(const Event& e) const {
    if (e.kind == EventKind::Lwp && e.lwp_target() >= 0) return {e.lwp_target(), e.lwp_target()};
    if (e.kind == EventKind::Sched && e.cpu >= 0) return {kCpusPid, e.cpu};
    if (e.pid >= 0) return {e.pid, e.pid};
    if (e.cpu >= 0) return {kCpusPid, e.cpu};
    return {0, 0};
  }

  // First pass: which processes and CPUs get tracks, their parents, and which
  // fork creations have a child step to point the flow arrow at.
  void scan() {
    flow_start_.assign(t_.events.size(), 0);
    flow_end_.assign(t_.events.size(), 0);
    std::unordered_map<int32_t, uint32_t> pending; // child pid -> its create event
    ProcNames comm(t_);
    for (uint32_t seq = 0; seq < t_.events.size(); ++seq) {
      const Event& e = t_.events[seq];
      comm.see(e);
      if (e.cpu >= ncpus_) ncpus_ = e.cpu + 1;
      const Track tr = track_of(e);
      if (tr.pid != kCpusPid) procs_.insert(tr.pid);
      if (e.kind == EventKind::Step && e.pid >= 0) procs_.insert(e.pid);
      if (e.kind == EventKind::Proc && e.proc_target() >= 0) {
        ppids_.try_emplace(e.proc_target(), e.proc_ppid());
        if (e.proc_action() == ProcAction::Create && e.pid >= 0) pending[e.fork_child()] = seq;
      }
      if (e.kind == EventKind::Step && e.pid >= 0) {
        if (auto it = pending.find(e.pid); it != pending.end()) {
          flow_start_[it->second] = 1;
          flow_end_[seq] = 1;
          pending.erase(it);
        }
      }
    }
    // A process that lived to the end has its scenario name; one that exited
    // before is named by its image, as ps would have shown it.
    for (const auto& [pid, name] : comm.names()) names_[pid] = name;
    for (const ProcessSummary& p : t_.outcome.final_processes) names_[p.pid] = p.name;
  }

  void sep() { o_ += first_ ? "\n" : ",\n", first_ = false; }

  void head(std::string_view name, std::string_view cat, std::string_view ph, uint64_t ts,
            Track tr) {
    sep();
    o_ += "{\"name\":";
    append_string(o_, name);
    o_ += ",\"cat\":";
    append_string(o_, cat);
    o_ += ",\"ph\":\"";
    o_ += ph;
    o_ += "\",\"ts\":";
    append_uint(o_, ts);
    o_ += ",\"pid\":";
    append_int(o_, tr.pid);
    o_ += ",\"tid\":";
    append_int(o_, tr.tid);
  }
  void meta(const char* what, Track tr, const char* key, std::string_view value) {
    head(what, "__metadata", "M", 0, tr);
    o_ += ",\"args\":{\"";
    o_ += key;
    o_ += "\":";
    append_string(o_, value);
    o_ += "}}";
  }
  void meta_int(const char* what, Track tr, int64_t v) {
    head(what, "__metadata", "M", 0, tr);
    o_ += ",\"args\":{\"sort_index\":";
    append_int(o_, v);
    o_ += "}}";
  }

  void metadata() {
    meta("process_name", {kCpusPid, 0}, "name", "CPUs");
    meta_int("process_sort_index", {kCpusPid, 0}, -1);
    for (int c = 0; c < ncpus_; ++c) {
      meta("thread_name", {kCpusPid, c}, "name", "CPU " + std::to_string(c));
      meta_int("thread_sort_index", {kCpusPid, c}, c);
    }
    for (const int64_t pid : procs_) {
      std::string name = pid == 0 ? "swapper" : pid == 1 ? "init" : "process";
      if (auto it = names_.find(pid); it != names_.end()) name = it->second;
      const Track tr{pid, pid};
      meta("process_name", tr, "name", name + " (pid " + std::to_string(pid) + ")");
      meta_int("process_sort_index", tr, pid);
      if (auto it = ppids_.find(static_cast<int32_t>(pid)); it != ppids_.end())
        meta("process_labels", tr, "labels", "ppid " + std::to_string(it->second));
      meta("thread_name", tr, "name", "LWP " + std::to_string(pid));
    }
  }

  // An instant event; `args` is the inside of the args object.
  void instant(std::string_view name, std::string_view cat, uint64_t ts, Track tr,
               const std::string& args, char scope = 't') {
    head(name, cat, "i", ts, tr);
    o_ += ",\"s\":\"";
    o_ += scope;
    o_ += "\",\"args\":{";
    o_ += args;
    o_ += "}}";
  }

  static void arg(std::string& a, const char* key, int64_t v, bool null_if_negative = false) {
    if (!a.empty()) a += ',';
    a += '"', a += key, a += "\":";
    if (null_if_negative && v < 0)
      a += "null";
    else
      append_int(a, v);
  }
  static void arg(std::string& a, const char* key, std::string_view v) {
    if (!a.empty()) a += ',';
    a += '"', a += key, a += "\":";
    append_string(a, v);
  }

  void step(const Event& e, uint32_t seq, uint64_t t) {
    const int id = e.step_id();
    const bool known = id >= 0 && id < step_count();
    const char* label = known ? step_info(id).label : "step";
    std::string args;
    if (known) {
      arg(args, "func", step_info(id).func), arg(args, "file", step_info(id).file);
      arg(args, "line", step_info(id).line > 0 ? step_info(id).line : -1, true);
    }
    arg(args, "seq", seq), arg(args, "pid", e.pid, true);
    auto slice = [&](Track tr) {
      head(label, "kernel", "X", t, tr);
      o_ += ",\"dur\":";
      append_uint(o_, dur());
      o_ += ",\"args\":{";
      o_ += args;
      o_ += "}}";
    };
    if (e.pid >= 0) slice({e.pid, e.pid});
    if (e.cpu >= 0) slice({kCpusPid, e.cpu});
    if (e.pid < 0 && e.cpu < 0) slice({0, 0});
    if (flow_end_[seq]) {
      head("fork", "fork", "f", t, {e.pid, e.pid});
      o_ += ",\"bp\":\"e\",\"id\":";
      append_int(o_, e.pid);
      o_ += '}';
    }
  }

  void close_hold(int lock, Hold& h, uint64_t at) {
    if (!h.open && !h.closing) return;
    head(str(lock), "lock", "e", std::max(h.begin, at), h.track);
    o_ += ",\"id2\":{\"global\":";
    append_string(o_, str(lock));
    o_ += "}}";
    h = Hold{};
  }

  void lock(const Event& e, uint64_t t, Track tr) {
    const auto action = e.lock_action();
    if (action == LockAction::Acquire) {
      Hold& h = holds_[e.lock_id()];
      close_hold(e.lock_id(), h, h.closing ? std::min(h.end, t) : t);
      head(str(e.lock_id()), "lock", "b", t, tr);
      o_ += ",\"id2\":{\"global\":";
      append_string(o_, str(e.lock_id()));
      o_ += "},\"args\":{\"owner\":";
      append_int(o_, e.lock_owner() >= 0 ? e.lock_owner() : e.pid);
      o_ += "}}";
      h.open = true, h.track = tr, h.begin = t;
    } else if (action == LockAction::Release) {
      auto it = holds_.find(e.lock_id());
      // The hold lasts to the end of the releasing step's tick, unless the
      // next owner takes the lock within that tick (then it ends there).
      if (it != holds_.end() && it->second.open)
        it->second.open = false, it->second.closing = true, it->second.end = t + dur();
    } else {
      std::string args;
      arg(args, "lock", str(e.lock_id())), arg(args, "owner", e.lock_owner(), true);
      instant(std::string("lock ") + std::string(vocab::name_at(vocab::kLockActions, e.action)),
              "lock", t, tr, args);
    }
  }

  void event(const Event& e, uint32_t seq, uint64_t t) {
    using namespace vocab;
    const Track tr = track_of(e);
    std::string a;
    switch (e.kind) {
    case EventKind::Step: step(e, seq, t); return;
    case EventKind::Lock: lock(e, t, tr); return;
    case EventKind::Syscall: {
      const SyscallDetail* d = t_.syscall_detail(e);
      const bool ret = e.syscall_phase() == SyscallPhase::Return;
      arg(a, "phase", ret ? "return" : "enter");
      if (ret) arg(a, "retval", e.syscall_retval());
      arg(a, "errno", ret && d && d->error ? errno_name(d->error) : std::string());
      if (d) a += ",\"args\":" + t_.args_of(*d);
      const char* name = syscall_name(e.syscall_id());
      instant(name ? name : "syscall", "syscall", t, tr, a);
      return;
    }
    case EventKind::Cv:
      arg(a, "cv", str(e.cv_id())), arg(a, "woken", e.cv_woken(), true);
      instant("cv " + std::string(name_at(kCvActions, e.action)), "cv", t, tr, a);
      return;
    case EventKind::Proc:
      arg(a, "target", e.proc_target()), arg(a, "ppid", e.proc_ppid());
      arg(a, "state", proc_stat_name(e.proc_stat()));
      instant("proc " + std::string(name_at(kProcActions, e.action)), "proc", t, tr, a);
      if (flow_start_[seq]) {
        head("fork", "fork", "s", t, tr);
        o_ += ",\"id\":";
        append_int(o_, e.fork_child());
        o_ += '}';
      }
      return;
    case EventKind::Lwp:
      arg(a, "target", e.lwp_target()),
          arg(a, "wchan", e.lwp_wchan() >= 0 ? str(e.lwp_wchan()) : std::string());
      instant(lwp_stat_name(e.lwp_stat()), "lwp", t, tr, a);
      return;
    case EventKind::Sched:
      arg(a, "from", e.sched_from(), true), arg(a, "to", e.sched_to(), true);
      instant(name_at(kSchedActions, e.action), "sched", t, tr, a);
      return;
    case EventKind::Signal:
      arg(a, "target", e.signal_target()), arg(a, "action", name_at(kSignalActions, e.action));
      instant(signal_name(e.signal_number()) + " " + std::string(name_at(kSignalActions, e.action)),
              "signal", t, tr, a);
      return;
    case EventKind::Ptrace: {
      arg(a, "target", e.ptrace_target()), arg(a, "tracer", e.ptrace_tracer());
      if (const PtraceDetail* d = t_.ptrace_detail(e)) {
        arg(a, "signal", signal_name(d->signal)), arg(a, "code", si_code_name(d->code));
        arg(a, "report_event", ptrace_event_name(d->report_event));
        arg(a, "other_pid", d->other_pid);
      }
      instant("ptrace event_stop", "ptrace", t, tr, a);
      return;
    }
    case EventKind::Knote:
      arg(a, "watcher", e.knote_watcher()), arg(a, "target", e.knote_target()),
          arg(a, "fflags", e.knote_fflags());
      instant("knote", "knote", t, tr, a);
      return;
    case EventKind::Counter:
      head(str(e.counter_id()), "counter", "C", t, {kCpusPid, 0});
      o_ += ",\"args\":{\"value\":";
      append_int(o_, e.counter_value());
      o_ += "}}";
      return;
    case EventKind::Log: instant(str(e.log_text()), "log", t, tr, a, 'g'); return;
    case EventKind::Expect:
      arg(a, "op", str(e.expect_op())), arg(a, "message", str(e.expect_message()));
      instant(e.expect_ok() ? "expect ok" : "expect FAILED", "expect", t, tr, a);
      return;
    case EventKind::Note:
      arg(a, "op", str(e.note_op())), arg(a, "text", str(e.note_text()));
      instant("note", "note", t, tr, a);
      return;
    }
  }

  const Trace& t_;
  json_text::Sink& sink_;
  std::string& o_;
  uint64_t us_per_tick_ = 10000, us_rem_ = 0, hz_ = 100, last_tick_ = 0;
  int ncpus_ = 0;
  bool first_ = true;
  std::set<int64_t> procs_;                    // pids with a track (ordered: deterministic)
  std::unordered_map<int32_t, int32_t> ppids_; // pid -> parent at its first proc event
  std::unordered_map<int32_t, std::string> names_;
  std::vector<uint8_t> flow_start_, flow_end_;
  std::map<int, Hold> holds_; // by lock name id
};

} // namespace

void write_chrome_trace(std::ostream& out, const Trace& trace) {
  json_text::Sink sink(&out);
  ChromeWriter(trace, sink).write();
}

} // namespace fs
