// SPDX-License-Identifier: GPL-3.0-or-later
// A scheduler challenge as a scenario states it: the goal events that must
// happen in order, those that must not happen first, hints and a solution.
// The scenario loader builds it; the classroom's checker (classroom/challenge.h)
// evaluates it against a run.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fs {

// One thing that must happen, matched against trace events.
struct GoalEvent {
  enum class Kind : uint8_t {
    LockSpin,      // `proc` starts spinning on the mutex `lock` (its owner is running)
    LockSleep,     // `proc` sleeps on the turnstile of `lock` (its owner is not running)
    LockAcquire,   // `proc` takes `lock`
    CvWait,        // `proc` waits on the condition variable `cv`
    Stop,          // `proc` becomes SSTOP (with the stop signal `signal`, when set)
    Exit,          // `proc` becomes a zombie
    Runs,          // `proc` is switched onto a CPU
    SyscallReturn, // `proc`'s system call returns
    Step           // `proc` executes the step labelled `step`
  } kind = Kind::Step;
  int cpu = -1;     // -1 any
  std::string proc; // process name as in the scenario ("" any); resolved to pids through the state
  std::string lock; // LockSpin/LockSleep/LockAcquire: "proc_lock", "p_lock#7", or a class: "p_lock"
  std::string cv;   // CvWait: "l_waitcv#2", or a class (prefix before '#') such as "l_waitcv"
  std::string syscall;      // SyscallReturn: "fork", "vfork", ... ("" any)
  std::optional<int> error; // SyscallReturn: errno (0 = success); unset = any
  std::string step;         // Step: step label as in the step table ("" any)
  std::string text; // human description shown in the checklist, e.g. "CPU 1 spins on proc_lock"
  // Extension: Stop's signal, so a debugger's SIGTRAP report can be told from a SIGSTOP.
  int signal = 0; // Stop: the stop signal (SIGSTOP, SIGTRAP for a debugger report ...), 0 = any
};

struct Challenge {
  std::string goal;                // the task in one sentence, shown to the student
  std::vector<GoalEvent> in_order; // must all happen, in this order
  std::vector<GoalEvent> never;    // must not happen before the goal is reached
  std::vector<std::string> hints;  // revealed one at a time
  uint64_t par_steps = 0;          // a good solution's length in steps (0 = unknown), for scoring
  std::vector<int> solution;       // one CPU sequence (step_cpu calls) that reaches the goal
};

// The default checklist text for an item that has none, e.g. "b on CPU 1 spins on proc_lock".
std::string describe_goal_event(const GoalEvent& g);

// "lock_spin", "cv_wait", ... (the scenario file's spelling) and back; nullopt when unknown.
const char* goal_event_kind_name(GoalEvent::Kind k);
std::optional<GoalEvent::Kind> goal_event_kind_by_name(const std::string& name);

} // namespace fs
