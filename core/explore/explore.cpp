// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's entry point (see explore.h for what it reports). The search
// itself is split by concept: explore_search.h lists the files.
//
// The search tree. A node is a KernelState; an edge is one Machine::step_cpu(c).
// At every node each CPU is stepped on a copy and classified:
//  - productive: the step changed something besides the passage of time;
//  - stutter: it only let time pass (an idle CPU, or a spin retry on a lock
//    whose owner is still running - the retry will fail the same way until
//    another CPU does something). Stutter steps are not branched on: they
//    cannot change what happens, only when. When no CPU can make progress but
//    a timed sleeper exists, the clock must run: the lowest stutter CPU is
//    stepped until the wake-up happens (one edge; the schedule lists every one
//    of those steps). Otherwise time passes only through productive steps:
//    a schedule that stalls a CPU with work while the clock runs (so that a
//    40-tick sleeper wakes before a runnable process took a single step) is
//    not explored. Neither scheduling policy can produce one (each gives every
//    CPU a slot per tick), and it would turn every "sleep to let the other
//    one go first" in a lesson into a finding (docs/explore.md).
// A node with no productive CPU and no timer pending is the end of a schedule:
// completed, deadlock, or (if something still spins) livelock.
//
// Preemption bounding (CHESS, Musuvathi & Qadeer, PLDI 2007). Switching from
// the CPU that took the last step to another while the last one could still
// make progress (a productive step) is a preemption; switching away from a
// CPU that blocked, went idle or only spins is free. A schedule may contain at
// most `bound` preemptions; the search is run for bound = 0, 1, ..., K, so a
// bug that needs few preemptions is found (with its short schedule) first, and
// if the budget runs out, the bounds already completed are exhaustive.
//
// Visited states. The key of a node is the fingerprint of its state
// (state_hash.h), the CPU that took the last step (it decides what the next
// step costs) and, when outcomes are collected, the observations so far. A
// node is explored again only if it is reached with fewer preemptions used
// than before (it may then reach more). Because every step uses one CPU slot,
// the tick/slot pair grows along every path: the state graph has no cycles.
//
// Partial-order reduction: explore_local.h.
#include "core/explore/explore.h"

#include "core/explore/explore_search.h"

namespace fs {

const char* finding_kind_name(FindingKind k) {
  switch (k) {
  case FindingKind::Deadlock: return "deadlock";
  case FindingKind::Livelock: return "livelock";
  case FindingKind::Invariant: return "invariant";
  case FindingKind::Expectation: return "expectation";
  case FindingKind::Outcome: return "outcome";
  case FindingKind::StepLimit: return "step_limit";
  case FindingKind::Unreachable: return "unreachable";
  }
  return "?";
}

ExploreReport explore(std::shared_ptr<const Scenario> scenario, const ExploreOptions& options) {
  ExploreReport r;
  r.title = scenario->title;
  r.cpus = scenario->machine.cpus;
  r.bound = options.preemptions;
  r.some_schedule = scenario->expectations_some_schedule;
  explore_detail::Explorer e(scenario, options, r);
  e.run();
  e.finish();
  return r;
}

} // namespace fs
