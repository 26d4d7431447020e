// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explore/explore_observe.h"

#include <algorithm>

#include "core/state/names.h"
#include "core/state/syscall_names.h"

namespace fs {
namespace {

// Names from the scenario (bindings are kept after reaping, newest last), so
// that the same process has the same name on every schedule even when pids
// are handed out in another order.
std::string name_of(const KernelState& s, Pid pid) {
  if (pid == 1) return "init";
  if (const auto* b =
          s.names.find_newest([&](const NameLog::Binding& x) { return x.second == pid; }))
    return b->first;
  if (const Proc* p = s.proc(pid); p && !p->name.empty()) return p->name;
  return "pid " + std::to_string(pid);
}

void add_settled(Observations& obs, std::string line) {
  obs.settled.insert(std::upper_bound(obs.settled.begin(), obs.settled.end(), line),
                     std::move(line));
}

} // namespace

uint64_t Observations::hash() const {
  uint64_t h = 0xCBF29CE484222325ull;
  auto add = [&h](const std::string& s) {
    for (unsigned char ch : s) h = (h ^ ch) * 0x100000001B3ull;
    h = (h ^ 0xFF) * 0x100000001B3ull;
  };
  for (const std::string& s : stops) add(s);
  h = (h ^ 0xAB) * 0x100000001B3ull;
  for (const std::string& s : settled) add(s);
  return h;
}

void observe_step(const Trace& t, const KernelState& after, Observations& obs) {
  for (const Event& e : t.events) {
    if (e.kind == EventKind::Syscall && e.syscall_phase() == SyscallPhase::Return &&
        is_fork_syscall(e.syscall_id())) {
      const SyscallDetail* d = t.syscall_detail(e);
      const int err = d ? d->error : 0;
      if (err == 0 && e.syscall_retval() == 0) continue; // the child's side of a fork
      const std::string who = name_of(after, e.pid);
      const std::string prefix = who + ": " + syscall_name(e.syscall_id()) + " #";
      const auto n = std::count_if(obs.settled.begin(), obs.settled.end(),
                                   [&](const auto& s) { return s.rfind(prefix, 0) == 0; });
      add_settled(obs, prefix + std::to_string(n + 1) + " -> " +
                           (err ? errno_name(err) : "child " + name_of(after, e.syscall_retval())));
    } else if (e.kind == EventKind::Signal && e.signal_action() == SignalAction::Stop) {
      obs.stops.push_back(name_of(after, e.signal_target()) + " stopped (" +
                          signal_name(e.signal_number()) + ")");
    } else if (e.kind == EventKind::Proc && e.proc_action() == ProcAction::Zombie) {
      const Pid who = e.proc_target();
      std::string line = name_of(after, who) + " exited";
      if (const Proc* p = after.proc(who))
        line = p->signaled ? name_of(after, who) + " killed by " + signal_name(p->xsig)
                           : line + " with status " + std::to_string(p->xstat);
      add_settled(obs, line);
    } else if (e.kind == EventKind::Proc && e.proc_action() == ProcAction::Reap) {
      add_settled(obs, name_of(after, e.pid) + " reaped " + name_of(after, e.proc_target()));
    }
  }
}

std::vector<std::string> outcome_lines(const Observations& obs, const KernelState& end,
                                       RunState rs) {
  std::vector<std::string> lines = obs.settled;
  if (!obs.stops.empty()) {
    std::string order = "stop order: ";
    for (size_t i = 0; i < obs.stops.size(); ++i) order += (i ? ", " : "") + obs.stops[i];
    lines.push_back(order);
  }
  lines.push_back(std::string("result: ") + run_state_name(rs));
  if (end.expect_failed > 0)
    lines.push_back("expectations failed: " + std::to_string(end.expect_failed));
  return lines;
}

} // namespace fs
