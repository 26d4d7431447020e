// SPDX-License-Identifier: GPL-3.0-or-later
// What a student can observe of one schedule, collected step by step by the
// explorer when it lists outcomes: the result of every fork-family call (per
// process, in that process's order), the order in which processes stopped,
// every exit status and who reaped whom. Two schedules with the same
// observations are the same outcome, however their steps interleaved.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/machine.h"
#include "core/state/kstate.h"
#include "core/trace/trace.h"

namespace fs {

struct Observations {
  std::vector<std::string> stops;   // "child stopped (SIGSTOP)", in the order they happened
  std::vector<std::string> settled; // forks, exits, reaps: sorted (their order is not observed)
  uint64_t hash() const;
};

// Adds what the events of one step (all of t's events) show; after is the
// state right after that step.
void observe_step(const Trace& t, const KernelState& after, Observations& obs);

// The outcome as lines: settled facts, the stop order, the run's result and
// whether expectations failed.
std::vector<std::string> outcome_lines(const Observations& obs, const KernelState& end,
                                       RunState rs);

} // namespace fs
