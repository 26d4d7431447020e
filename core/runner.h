// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a scenario from boot to its end and gives the trace with its outcome.
#pragma once
#include <memory>
#include <string>

#include "core/machine.h"
#include "core/scenario/scenario.h"
#include "core/state/kstate.h"
#include "core/trace/trace.h"

namespace fs {

struct RunOptions {
  bool record = true;            // false: count only (benchmarks), events not kept
  bool check_invariants = false; // run the invariant checker after every step
  // The program that records, as the trace names it ("forkscope-cli 0.1.0"):
  // the front end's to say, the core does not know its front ends.
  std::string generator;
};

struct RunResult {
  Trace trace;                     // events empty when !record; outcome always filled
  std::string invariant_violation; // first violation when check_invariants
};

RunResult run_scenario(std::shared_ptr<const Scenario> scenario, const RunOptions& options = {});

// The outcome of a run that ended in state rs with kernel state s:
// expectations, final processes, forks by result.
Outcome make_outcome(const KernelState& s, RunState rs);

// The outcome's exit status under the CLI contract: 0 when expectations held
// and the result equals expect_outcome, else 3.
int outcome_exit_status(const Scenario& s, const Outcome& o);

} // namespace fs
