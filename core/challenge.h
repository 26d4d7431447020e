// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler challenges ("student as scheduler"): a scenario may carry a goal -
// things that must happen in a given order, things that must not happen first -
// and the student reaches it by choosing which CPU runs each step
// (Machine::step_cpu). The checker only reads a trace and the current kernel
// state, so the GUI can re-evaluate it after every click, undo included.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fs {

struct Trace;
struct KernelState;

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

struct ChallengeProgress {
  size_t reached = 0;     // how many in_order items are met, in order
  bool done = false;      // all met and no `never` happened first
  bool failed = false;    // a `never` event happened first (the student must undo)
  std::string failure;    // which, in words (the `never` item's text)
  uint64_t done_step = 0; // steps executed when the goal was reached (1-based step number)
  // For the checklist:
  std::vector<uint64_t> reached_steps; // step number at which each met in_order item was met
  size_t failed_never = 0;             // index of the `never` item that failed the run
  uint64_t failed_step = 0;            // step number at which it happened
};

// Evaluates the challenge over a live run's trace (events from the start of the run
// being scheduled by the student). `state` is the current kernel state (for names -> pids).
// Each trace event advances at most one in_order item; when one event both meets the
// next item and matches a `never` item, the item wins (the `never` did not happen first).
ChallengeProgress check_challenge(const Challenge& c, const Trace& trace, const KernelState& state);

// Whether one trace event (by seq) meets `g`; pids are the pids `g.proc` names
// (ignored when g.proc is empty). For tests and tools that need a single match.
bool goal_event_matches(const GoalEvent& g, const Trace& trace, uint32_t seq,
                        const std::vector<int>& pids);

// The default checklist text for an item that has none, e.g. "b on CPU 1 spins on proc_lock".
std::string describe_goal_event(const GoalEvent& g);

// "lock_spin", "cv_wait", ... (the scenario file's spelling) and back; nullopt when unknown.
const char* goal_event_kind_name(GoalEvent::Kind k);
std::optional<GoalEvent::Kind> goal_event_kind_by_name(const std::string& name);

} // namespace fs
