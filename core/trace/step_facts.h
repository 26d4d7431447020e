// SPDX-License-Identifier: GPL-3.0-or-later
// What the engine knows about a recorded run and a kernel state, asked here
// instead of being worked out again by each front end from events and labels:
// which CPU ran a step, whether the step ran user code, kernel code or spun on
// a lock, which lock each CPU spins on, and which child a fork1() is building
// and how far it has got. Plain C++ over the trace and the state.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/state/kstate.h"
#include "core/trace/trace.h"

namespace fs {

// Whether step-table id `id` runs in user mode (the steps of
// core/state/steps/user_steps.def: user.compute, user.syscall, user.userret_signal).
bool is_user_step(int id);

// What a CPU did during one step.
enum class StepMode : uint8_t { User, Kernel, Spin };

struct StepFact {
  int16_t cpu = -1; // the CPU that ran the step, -1 when the trace does not say
  StepMode mode = StepMode::Kernel;
};

// The CPU that ran step k (0-based: the step that leads to state k + 1), -1
// when unknown. Exact for a recorded run and for a trace file with
// "step_cpus"; an older file tells only the CPU of a step that recorded a
// step or lock event.
int step_cpu(const Trace& t, uint64_t k);

// Step k's CPU and mode. A spin retry records no event (the engine records
// only the first attempt, core/kernel/mutex.cpp), so a step that recorded neither a
// step nor a lock event is a spin retry.
StepFact step_fact(const Trace& t, uint64_t k);
// The same for every step, in one pass over the events.
std::vector<StepFact> step_facts(const Trace& t);

// The mutex slot LWP `lid` spins on in `s`, -1 when it does not spin.
int32_t spin_mutex_of(const KernelState& s, Lid lid);
// Per CPU of `s` (index = CPU number): the mutex slot its LWP spins on, -1
// when the CPU is idle or its LWP does not spin.
std::vector<int32_t> spinning_cpus(const KernelState& s);

// A fork1() in progress: the parent, the child it is building and how far.
struct ChildBuild {
  Pid parent = -1;
  Pid child = -1;      // -1 before proc_alloc has allocated it
  int stage = -1;      // the fork1 step the parent runs next (a step-table id)
  double progress = 0; // 0 at fork1.proc_alloc .. 1 at fork1.make_runnable
};
// The build `parent` is doing, nullopt when it is not in fork1().
std::optional<ChildBuild> fork_build(const Lwp& parent); // the forking LWP
// The build that is making `child`, nullopt when no fork1() is building it.
std::optional<ChildBuild> build_of_child(const KernelState& s, Pid child);

} // namespace fs
