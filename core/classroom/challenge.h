// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler challenges ("student as scheduler"): a scenario may carry a goal -
// things that must happen in a given order, things that must not happen first -
// and the student reaches it by choosing which CPU runs each step
// (Machine::step_cpu). The checker only reads a trace and the current kernel
// state, so the GUI can re-evaluate it after every click, undo included.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/scenario/challenge_spec.h"

namespace fs {

struct Trace;
struct KernelState;

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

} // namespace fs
