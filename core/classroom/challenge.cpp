// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler-challenge checker: walks a run's trace once, advancing through
// the in_order items and watching for the never items. It reads only the trace
// and the kernel state, so it is cheap to call after every student click.
#include "core/classroom/challenge.h"

#include <array>
#include <string_view>
#include <utility>

#include "core/state/kstate.h"
#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"
#include "core/trace/trace.h"

namespace fs {
namespace {

using Kind = GoalEvent::Kind;

// Kernel objects are named "<class>" or "<class>#<serial>" ("proc_lock",
// "p_lock#7", "l_waitcv#12"): a goal may name the exact object or its class.
bool object_matches(const std::string& want, const std::string& name) {
  if (want.empty() || want == name) return true;
  return name.size() > want.size() && name.compare(0, want.size(), want) == 0 &&
         name[want.size()] == '#';
}

bool pid_matches(const GoalEvent& g, const std::vector<int>& pids, int pid) {
  if (g.proc.empty()) return true;
  for (int p : pids)
    if (p == pid) return true;
  return false;
}

// The stop signal of a Proc State SSTOP event. The kernel records the event
// that says why right after the state change: a Signal Stop (proc_stop) or a
// Ptrace report (eventswitch, always SIGTRAP). A process created stopped
// (PS_STOPFORK) has neither: 0.
int stop_signal(const Trace& t, uint32_t seq) {
  const Event& e = t.events[seq];
  if (seq + 1 >= t.events.size()) return 0;
  const Event& n = t.events[seq + 1];
  if (n.kind == EventKind::Signal && n.signal_action() == SignalAction::Stop &&
      n.signal_target() == e.proc_target())
    return n.signal_number();
  if (n.kind == EventKind::Ptrace && n.ptrace_target() == e.proc_target())
    if (const PtraceDetail* d = t.ptrace_detail(n)) return d->signal;
  return 0;
}

// The pids a goal's process name stands for: every pid the kernel bound to that
// name (names are bound at fork and kept after reaping; the kernel binds every
// name a challenge mentions), including the instances a repeat loop created
// ("w" matches "w#1", "w#2", ...).
std::vector<int> pids_of(const std::string& name, const KernelState& s) {
  std::vector<int> pids;
  if (name.empty()) return pids;
  s.names.for_each([&](const NameLog::Binding& b) {
    if (object_matches(name, b.first)) pids.push_back(b.second);
  });
  for (const Proc& p : s.procs) // a live process with a default name nobody referred to
    if (p.alive() && p.name == name) pids.push_back(p.pid);
  return pids;
}

LockAction lock_action(Kind k) {
  return k == Kind::LockSpin    ? LockAction::Spin
         : k == Kind::LockSleep ? LockAction::Sleep
                                : LockAction::Acquire;
}

// A goal item with its names looked up once, not once per trace event.
struct Resolved {
  const GoalEvent& g;
  std::vector<int> pids;
  int step_id = -1;    // Step: find_step(g.step)
  int syscall_id = -1; // SyscallReturn: syscall_id(g.syscall)
  Resolved(const GoalEvent& goal, std::vector<int> p)
      : g(goal), pids(std::move(p)), step_id(g.step.empty() ? -1 : find_step(g.step)),
        syscall_id(g.syscall.empty() ? -1 : fs::syscall_id(g.syscall)) {}
};

bool matches(const Resolved& r, const Trace& t, uint32_t seq) {
  const GoalEvent& g = r.g;
  const Event& e = t.events[seq];
  if (g.cpu >= 0 && e.cpu != g.cpu) return false;
  switch (g.kind) {
  case Kind::LockSpin:
  case Kind::LockSleep:
  case Kind::LockAcquire:
    return e.kind == EventKind::Lock && e.lock_action() == lock_action(g.kind) &&
           pid_matches(g, r.pids, e.pid) && object_matches(g.lock, t.strings.at(e.lock_id()));
  case Kind::CvWait:
    return e.kind == EventKind::Cv && e.cv_action() == CvAction::Wait &&
           pid_matches(g, r.pids, e.pid) && object_matches(g.cv, t.strings.at(e.cv_id()));
  case Kind::Stop:
    return e.kind == EventKind::Proc && e.proc_action() == ProcAction::State &&
           e.proc_stat() == ProcStat::SSTOP && pid_matches(g, r.pids, e.proc_target()) &&
           (g.signal == 0 || stop_signal(t, seq) == g.signal);
  case Kind::Exit:
    return e.kind == EventKind::Proc && e.proc_action() == ProcAction::Zombie &&
           pid_matches(g, r.pids, e.proc_target());
  case Kind::Runs:
    return e.kind == EventKind::Sched && e.sched_action() == SchedAction::Switch &&
           pid_matches(g, r.pids, e.sched_to());
  case Kind::SyscallReturn: {
    if (e.kind != EventKind::Syscall || e.syscall_phase() != SyscallPhase::Return ||
        !pid_matches(g, r.pids, e.pid))
      return false;
    if (!g.syscall.empty() && r.syscall_id != e.syscall_id()) return false;
    if (!g.error) return true;
    const SyscallDetail* d = t.syscall_detail(e);
    return d && d->error == *g.error;
  }
  case Kind::Step:
    return e.kind == EventKind::Step && pid_matches(g, r.pids, e.pid) &&
           (g.step.empty() || r.step_id == e.step_id());
  }
  return false;
}

} // namespace

bool goal_event_matches(const GoalEvent& g, const Trace& trace, uint32_t seq,
                        const std::vector<int>& pids) {
  return matches(Resolved(g, pids), trace, seq);
}

ChallengeProgress check_challenge(const Challenge& c, const Trace& trace,
                                  const KernelState& state) {
  ChallengeProgress out;
  if (c.in_order.empty()) return out;
  std::vector<Resolved> want, never;
  for (const GoalEvent& g : c.in_order) want.emplace_back(g, pids_of(g.proc, state));
  for (const GoalEvent& g : c.never) never.emplace_back(g, pids_of(g.proc, state));

  const auto n = static_cast<uint32_t>(trace.events.size());
  for (uint32_t seq = 0; seq < n; ++seq) {
    if (matches(want[out.reached], trace, seq)) {
      out.reached_steps.push_back(trace.step_of_event(seq) + 1);
      if (++out.reached == c.in_order.size()) {
        out.done = true;
        out.done_step = out.reached_steps.back();
        return out;
      }
      continue; // one event meets one item
    }
    for (size_t i = 0; i < never.size(); ++i) {
      if (!matches(never[i], trace, seq)) continue;
      out.failed = true;
      out.failed_never = i;
      out.failed_step = trace.step_of_event(seq) + 1;
      out.failure = c.never[i].text.empty() ? describe_goal_event(c.never[i]) : c.never[i].text;
      return out;
    }
  }
  return out;
}

} // namespace fs
