// SPDX-License-Identifier: GPL-3.0-or-later
// Which steps the explorer (explore.cpp) need not interleave with others.
//
// Partial-order reduction (a persistent set of size one). A step is "local"
// when it provably commutes with every step any other CPU can take before it:
//  - it is a user-mode compute step of the process P on its CPU: afterwards
//    only P's user program counter, run_steps and the clock differ (checked
//    on the stepped copy, by fingerprint);
//  - nothing another CPU does can change what P's step does: P has no
//    pending signal, no children (no SIGCHLD), is not traced, the scenario
//    has no kill/raise/ptrace/ktrace op (nobody can signal, stop or trace P),
//    no timed sleeper exists, and P's quantum is not over (the preemption
//    check reads other CPUs' wake-ups only after a full quantum);
//  - what P's step writes (its own user pc, run_steps) no other step reads.
// Then every schedule from here is equivalent to one that takes P's step
// first, so exploring only that step loses no deadlock, no failure and no
// outcome (the reduced schedules are a subset of the real ones, so nothing
// spurious is found either). As CHESS schedules only at synchronisation
// operations, a local step is no scheduling point: it is taken alone, costs no
// preemption and leaves "the CPU that took the last step" as it was, so the
// reduction never spends part of the bound.
#pragma once
#include "core/scenario/scenario.h"
#include "core/state/kstate.h"

namespace fs {

// Whether any op can send a signal, stop or trace another process (kill,
// raise, ptrace, ktrace): then no step is local.
bool scenario_can_signal(const Scenario& sc);

// Whether the step of `cpu` from `before` to `after` was a local compute step
// (the caller has checked scenario_can_signal is false).
bool is_local_step(const Scenario& sc, const KernelState& before, const KernelState& after,
                   int cpu);

// After a local compute step: whether the next step of `cpu` from s is one
// more of the same kind (same process, still computing, nothing pending), so
// that a run of them can be one edge of the search.
bool local_step_continues(const Scenario& sc, const KernelState& s, int cpu);

} // namespace fs
