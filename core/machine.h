// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated SMP machine: CPUs stepping LWPs through user work and through
// the kernel paths (fork1, exit1, execve, wait, ...), each a resumable state
// machine so that CPUs interleave inside them and meet at their locks.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>

#include "core/scenario/scenario.h"
#include "core/state/kstate.h"
#include "core/trace/trace.h"

namespace fs {

enum class RunState : uint8_t { Running, Completed, Deadlock, StepLimit, TickLimit };
// "completed", "deadlock", "step_limit", "tick_limit", "running"
const char* run_state_name(RunState s);

class Kernel; // the kernel paths (kernel.h)

class Machine {
public:
  // Boots the machine described by the scenario. When trace is non-null every
  // event is recorded into it (the machine keeps a pointer; it must outlive it).
  Machine(std::shared_ptr<const Scenario> scenario, Trace* trace);
  ~Machine();
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Executes one step on the given CPU ("student as scheduler"): the CPU
  // switches to a runnable LWP if it has none, then runs one micro-step.
  // Returns false when the CPU had nothing to run (it stays idle). Each call
  // uses one CPU slot of the current tick.
  bool step_cpu(int cpu);
  // One tick of the scenario's scheduling policy (round-robin: every CPU in
  // index order; random: a seeded permutation; script: the next script entry).
  void tick();
  // One CPU slot of the current tick (a tick has `cpus` slots).
  void advance_slot();
  // Runs until the run is over (completed, deadlock or step limit).
  RunState run();
  // Steps until `steps` steps have been executed or the run is over.
  RunState run_until_step(uint64_t steps);

  RunState run_state() const;
  const KernelState& state() const { return state_; }
  KernelState& mutable_state() { return state_; }
  // Replaces the state (keyframe restore). Recording continues into the trace
  // only if the caller re-attaches one.
  void restore(const KernelState& s) { state_ = s; }
  void set_trace(Trace* trace);
  Trace* trace() const { return trace_; }
  const Scenario& scenario() const { return *scenario_; }
  std::shared_ptr<const Scenario> scenario_ptr() const { return scenario_; }
  // The invariant checker (tests run it after every step). Returns "" when
  // every invariant holds, else a description of the first violation.
  std::string check_invariants() const;
  // Called after every executed step (tests run the invariant checker here).
  void set_after_step(std::function<void()> hook) { after_step_ = std::move(hook); }
  bool anything_runnable() const;

private:
  friend class Kernel;
  std::shared_ptr<const Scenario> scenario_;
  Trace* trace_ = nullptr;
  KernelState state_;
  std::unique_ptr<Kernel> kernel_;
  std::function<void()> after_step_;
  void fast_forward();
};

} // namespace fs
