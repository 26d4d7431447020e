// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer: runs a scenario under every scheduling choice ("which CPU
// steps next") up to a preemption bound, the way CHESS does (iterative
// preemption bounding), with a visited-state table and a conservative
// partial-order reduction (core/explore/explore.cpp explains both). It reports every
// deadlock, invariant violation and expectation failure with the shortest CPU
// schedule that produced it - a list `forkscope-cli challenge --cpus` and the
// app's student-as-scheduler mode replay step by step from boot.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/scenario/scenario.h"

namespace fs {

struct ExploreProgress {
  int bound = 0;          // preemption bound of the current iteration
  uint64_t states = 0;    // distinct states so far (all iterations)
  uint64_t schedules = 0; // complete schedules so far
  double seconds = 0;
};

struct ExploreOptions {
  int preemptions = 2;                       // K: at most K preemptions per schedule
  uint64_t max_states = 2000000;             // budget: distinct states, over all iterations
  double max_seconds = 60;                   // budget: wall-clock time (<= 0: none)
  bool outcomes = false;                     // collect the distinct observable outcomes
  bool check_invariants = true;              // Machine::check_invariants after every step
  const std::atomic<bool>* cancel = nullptr; // set to stop early (checked often)
  std::function<void(const ExploreProgress&)> progress; // about every 100 ms
};

enum class FindingKind : uint8_t {
  Deadlock,    // nothing can run, no timer pending, processes left
  Livelock,    // only futile spinning is left, no timer pending
  Invariant,   // Machine::check_invariants failed
  Expectation, // an op's expect failed (KernelState::expect_failures)
  Outcome,     // the run ended otherwise than the scenario's expect_outcome
  StepLimit,   // machine.max_steps reached
  Unreachable  // "explore": {"expectations": "some_schedule"}: no schedule met them
};
const char* finding_kind_name(FindingKind k); // "deadlock", ...

struct Finding {
  FindingKind kind = FindingKind::Deadlock;
  std::string message;
  std::vector<int> schedule; // CPU of every step_cpu call from boot
  int preemptions = 0;
};

struct ObservedOutcome {
  std::vector<std::string> lines; // forks, stops, reaps, exits, result (outcome.cpp)
  std::vector<int> schedule;      // a shortest witness found
  uint64_t schedules = 0;         // explored schedules that ended in it
};

struct ExploreReport {
  std::string title;
  int cpus = 0;
  int bound = 0;                     // K requested
  int completed_bound = -1;          // highest bound explored completely (-1: none)
  bool exhaustive = false;           // completed_bound == bound
  std::string stopped_by;            // "", "max_states", "time", "cancelled"
  uint64_t states = 0;               // distinct states of the last iteration
  uint64_t total_states = 0;         // over all iterations
  uint64_t schedules = 0;            // complete schedules of the last iteration
  uint64_t steps = 0;                // step_cpu calls, all iterations
  double seconds = 0;                // wall clock (not part of the deterministic report)
  bool some_schedule = false;        // the scenario's expectations need hold on one schedule only
  bool expectations_reached = false; // some_schedule: a schedule met them all
  std::vector<int> expectations_witness;
  std::vector<Finding> findings;         // one per kind and message, ordered by kind then message
  std::vector<ObservedOutcome> outcomes; // with outcomes; ordered by their lines
  bool ok() const { return findings.empty(); }
};

ExploreReport explore(std::shared_ptr<const Scenario> scenario, const ExploreOptions& options);

// Plain text and JSON renderings (deterministic: no wall-clock time).
std::string explore_report_text(const ExploreReport& r);
std::string explore_report_json(const ExploreReport& r);
std::string cpu_list(const std::vector<int>& schedule); // "0,1,1"

} // namespace fs
