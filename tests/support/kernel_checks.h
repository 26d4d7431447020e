// SPDX-License-Identifier: GPL-3.0-or-later
// Header-only helpers for the kernel-behaviour tests: build scenario documents
// from their parts, search a recorded trace for events, and drive a Machine
// until some state is reached.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/machine.h"
#include "core/state/event.h"
#include "core/state/kstate.h"
#include "core/state/step_table.h"
#include "core/trace/trace.h"
#include "support/test_support.h"

namespace fs::test {

// A whole scenario document from the "machine" object and the "processes" array.
inline std::string doc(const std::string& machine, const std::string& processes,
                       const std::string& expect_outcome = "completed") {
  return R"({"format":"forkscope-scenario","version":1,"title":"t","machine":)" + machine +
         R"(,"expect_outcome":")" + expect_outcome + R"(","processes":)" + processes + "}";
}

// Runs with the invariant checker and asserts that every scenario expectation held.
inline RunResult run_ok(const std::string& json, const char* result = "completed") {
  RunResult r = run_checked(json);
  EXPECT_EQ(r.trace.outcome.result, result);
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  for (const auto& f : r.trace.outcome.failures) ADD_FAILURE() << f.op_path << ": " << f.message;
  return r;
}

using EventPred = std::function<bool(const Event&)>;

inline int find_event(const Trace& t, const EventPred& pred, int from = 0) {
  for (size_t i = static_cast<size_t>(from); i < t.events.size(); ++i)
    if (pred(t.events[i])) return static_cast<int>(i);
  return -1;
}
inline std::vector<int> find_all(const Trace& t, const EventPred& pred) {
  std::vector<int> out;
  for (size_t i = 0; i < t.events.size(); ++i)
    if (pred(t.events[i])) out.push_back(static_cast<int>(i));
  return out;
}

inline EventPred step_is(const std::string& label, int pid = -1) {
  return [label, pid](const Event& e) {
    return e.kind == EventKind::Step && step_info(e.a).label == label && (pid < 0 || e.pid == pid);
  };
}
inline EventPred lock_is(const Trace& t, const std::string& name, LockAction action, int pid = -1) {
  return [&t, name, action, pid](const Event& e) {
    return e.kind == EventKind::Lock && e.action == static_cast<uint8_t>(action) &&
           t.strings.at(e.a) == name && (pid < 0 || e.pid == pid);
  };
}
inline EventPred signal_is(SignalAction action, int target, int sig) {
  return [=](const Event& e) {
    return e.kind == EventKind::Signal && e.action == static_cast<uint8_t>(action) &&
           e.a == target && e.b == sig;
  };
}
inline EventPred cv_is(const Trace& t, const std::string& name, CvAction action) {
  return [&t, name, action](const Event& e) {
    return e.kind == EventKind::Cv && e.action == static_cast<uint8_t>(action) &&
           t.strings.at(e.a) == name;
  };
}
inline EventPred log_is(const Trace& t, const std::string& text) {
  return
      [&t, text](const Event& e) { return e.kind == EventKind::Log && t.strings.at(e.a) == text; };
}
// A system call return of process pid (any pid when -1) for syscall id sys (any when -1).
inline EventPred sysret_is(int pid, int sys = -1) {
  return [=](const Event& e) {
    return e.kind == EventKind::Syscall && e.action == static_cast<uint8_t>(SyscallPhase::Return) &&
           (pid < 0 || e.pid == pid) && (sys < 0 || e.a == sys);
  };
}
inline EventPred lwp_is(int target, LwpStat st) {
  return [=](const Event& e) {
    return e.kind == EventKind::Lwp && e.a == target && e.b == static_cast<int32_t>(st);
  };
}

// The processes still alive at the end, by name.
inline const ProcessSummary* final_proc(const Trace& t, const std::string& name) {
  for (const auto& p : t.outcome.final_processes)
    if (p.name == name) return &p;
  return nullptr;
}

inline int forks_with(const Trace& t, const std::string& result) {
  for (const auto& [k, v] : t.outcome.forks_by_result)
    if (k == result) return v;
  return -1;
}

// A Machine driven by hand (state inspection between steps).
struct Driven {
  std::shared_ptr<const Scenario> sc;
  Trace trace;
  std::unique_ptr<Machine> m;
  std::string violation;
  explicit Driven(const std::string& json) : sc(scenario_from(json)) {
    if (!sc) return;
    m = std::make_unique<Machine>(sc, &trace);
    m->set_after_step([this] {
      if (violation.empty()) violation = m->check_invariants();
    });
  }
  // Advances until pred holds (true) or the run is over (false).
  bool until(const std::function<bool(const KernelState&)>& pred) {
    if (!m) return false;
    for (;;) {
      if (pred(m->state())) return true;
      const RunState rs = m->run_state();
      if (rs != RunState::Running) return false;
      if (!m->anything_runnable()) {
        m->run_until_step(m->state().steps + 1); // lets a timer fire
        continue;
      }
      m->advance_slot();
    }
  }
  RunState finish() { return m->run(); }
  const KernelState& s() const { return m->state(); }
  const Proc* by_name(const std::string& name) const {
    for (const Proc& p : m->state().procs)
      if (p.alive() && p.name == name) return &p;
    return nullptr;
  }
};

} // namespace fs::test
