// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/machine.h"

#include <algorithm>

#include "core/kernel/invariants.h"
#include "core/kernel/kernel.h"

namespace fs {

const char* run_state_name(RunState s) {
  switch (s) {
  case RunState::Running: return "running";
  case RunState::Completed: return "completed";
  case RunState::Deadlock: return "deadlock";
  case RunState::StepLimit: return "step_limit";
  case RunState::TickLimit: return "tick_limit";
  }
  return "?";
}

Machine::Machine(std::shared_ptr<const Scenario> scenario, Trace* trace)
    : scenario_(std::move(scenario)), trace_(trace),
      kernel_(std::make_unique<Kernel>(*this, state_, *scenario_)) {
  kernel_->set_trace(trace_);
  kernel_->boot();
}

Machine::~Machine() = default;

// The state's invariants, then the kernel's lock discipline (wait()-visible
// changes only under proc_lock), which only the kernel paths can observe.
std::string Machine::check_invariants() const {
  if (std::string v = fs::check_invariants(state_); !v.empty()) return v;
  if (const std::string& v = kernel_->lock_violation(); !v.empty()) return "lock discipline: " + v;
  return "";
}

void Machine::set_trace(Trace* trace) {
  trace_ = trace;
  kernel_->set_trace(trace);
}

bool Machine::step_cpu(int cpu) {
  if (cpu < 0 || cpu >= static_cast<int>(state_.cpus.size())) return false;
  const bool ran = kernel_->step_cpu(cpu);
  if (ran && after_step_) after_step_();
  if (++state_.slot_in_tick >= static_cast<int32_t>(state_.cpus.size())) kernel_->tick_boundary();
  return ran;
}

namespace {
uint64_t splitmix64(uint64_t& x) {
  uint64_t z = (x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
} // namespace

// One CPU slot of the current tick, chosen by the scenario's policy. A tick is
// cpus slots; stopping between slots is what lets time travel land on any step.
void Machine::advance_slot() {
  const MachineConfig& mc = scenario_->machine;
  const int n = static_cast<int>(state_.cpus.size());
  ScheduleKind policy = mc.schedule;
  if (policy == ScheduleKind::Script) {
    if (state_.script_pos < mc.script.size()) {
      step_cpu(mc.script[state_.script_pos++]);
      return;
    }
    policy = mc.script_then;
  }
  const int slot = state_.slot_in_tick;
  if (policy == ScheduleKind::Random) {
    auto& order = state_.tick_order;
    if (slot == 0 || order.size() != static_cast<size_t>(n)) {
      order.resize(static_cast<size_t>(n));
      for (int i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
      for (int i = n - 1; i > 0; --i) {
        const int j = static_cast<int>(splitmix64(state_.rng) % static_cast<uint64_t>(i + 1));
        std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(j)]);
      }
    }
    step_cpu(order[static_cast<size_t>(slot)]);
    return;
  }
  step_cpu(slot);
}

void Machine::tick() {
  const uint64_t t = state_.tick;
  do advance_slot();
  while (state_.tick == t);
}

bool Machine::anything_runnable() const {
  for (const Cpu& c : state_.cpus)
    if (c.cur >= 0 || !c.runq.empty()) return true;
  return false;
}

RunState Machine::run_state() const {
  if (state_.steps >= scenario_->machine.max_steps) return RunState::StepLimit;
  if (trace_ && state_.steps >= kMaxTraceSteps) return RunState::StepLimit;
  if (state_.tick >= scenario_->machine.max_ticks) return RunState::TickLimit;
  if (anything_runnable() || kernel_->any_timer(nullptr)) return RunState::Running;
  // Only process 0 and init are left: everything ran to completion.
  return state_.nprocs <= 2 ? RunState::Completed : RunState::Deadlock;
}

// Nothing can run until a timer fires: jump straight to that tick, in one
// step however far away it is (the tick index is sparse, so the skipped ticks
// cost nothing). A timer beyond the tick budget ends the run at the budget.
void Machine::fast_forward() {
  uint64_t when = 0;
  if (anything_runnable() || !kernel_->any_timer(&when)) return;
  const uint64_t budget = scenario_->machine.max_ticks;
  if (when > budget) {
    state_.tick = std::max(state_.tick, budget);
    state_.slot_in_tick = 0;
    if (trace_) trace_->ticks.start_tick(state_.tick, state_.steps);
    return;
  }
  if (state_.tick + 1 < when) state_.tick = when - 1;
  state_.slot_in_tick = 0;
  kernel_->tick_boundary();
}

RunState Machine::run_until_step(uint64_t steps) {
  // The limits run_state() checks, folded into one step bound: the inner loop
  // below runs slots while nothing but "is anything runnable" can change the
  // answer, and leaves the rare cases (a limit reached, only timers left) to
  // the full check after it. Asking run_state() before every slot was ~5% of
  // a recorded fork storm.
  const MachineConfig& mc = scenario_->machine;
  uint64_t bound = std::min(steps, mc.max_steps);
  if (trace_) bound = std::min(bound, kMaxTraceSteps);
  for (;;) {
    while (state_.steps < bound && state_.tick < mc.max_ticks && anything_runnable())
      advance_slot();
    RunState rs = run_state();
    if (rs != RunState::Running || state_.steps >= steps) return rs;
    if (!anything_runnable()) {
      fast_forward();
      continue;
    }
    advance_slot();
  }
}

RunState Machine::run() { return run_until_step(UINT64_MAX); }

} // namespace fs
