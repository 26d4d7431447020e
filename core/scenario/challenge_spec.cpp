// SPDX-License-Identifier: GPL-3.0-or-later
// The words of a challenge: the scenario file's spelling of each goal kind and
// the default checklist text of an item that brings none.
#include "core/scenario/challenge_spec.h"

#include <array>

#include "core/state/names.h"
#include "core/state/syscall_names.h"

namespace fs {
namespace {

using Kind = GoalEvent::Kind;

constexpr std::array<const char*, 9> kKindNames{"lock_spin", "lock_sleep",     "lock_acquire",
                                                "cv_wait",   "stop",           "exit",
                                                "runs",      "syscall_return", "step"};

} // namespace

const char* goal_event_kind_name(GoalEvent::Kind k) { return kKindNames[static_cast<size_t>(k)]; }

std::optional<GoalEvent::Kind> goal_event_kind_by_name(const std::string& name) {
  for (size_t i = 0; i < kKindNames.size(); ++i)
    if (name == kKindNames[i]) return static_cast<Kind>(i);
  return std::nullopt;
}

std::string describe_goal_event(const GoalEvent& g) {
  const std::string on_cpu = g.cpu >= 0 ? "CPU " + std::to_string(g.cpu) : "";
  std::string who = g.proc.empty() ? (on_cpu.empty() ? "a process" : on_cpu)
                                   : (on_cpu.empty() ? g.proc : g.proc + " on " + on_cpu);
  auto either = [](const std::string& s, const char* dflt) { return s.empty() ? dflt : s; };
  switch (g.kind) {
  case Kind::LockSpin: return who + " spins on " + either(g.lock, "a lock");
  case Kind::LockSleep: return who + " sleeps on the turnstile of " + either(g.lock, "a lock");
  case Kind::LockAcquire: return who + " acquires " + either(g.lock, "a lock");
  case Kind::CvWait: return who + " waits on " + either(g.cv, "a condition variable");
  case Kind::Stop:
    return who + " stops" + (g.signal ? " with " + signal_name(g.signal) : std::string());
  case Kind::Exit: return who + " exits";
  case Kind::Runs:
    if (g.proc.empty()) return on_cpu.empty() ? "a process gets a CPU" : on_cpu + " runs a process";
    return g.proc + (on_cpu.empty() ? " gets a CPU" : " gets " + on_cpu);
  case Kind::SyscallReturn: {
    std::string s = who + "'s " + either(g.syscall, "system call") + "() returns";
    if (g.error) s += *g.error == 0 ? " successfully" : " " + errno_name(*g.error);
    return s;
  }
  case Kind::Step: return who + " reaches " + either(g.step, "a step");
  }
  return who;
}

} // namespace fs
