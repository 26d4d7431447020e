// SPDX-License-Identifier: GPL-3.0-or-later
// A 128-bit fingerprint of the behaviour-relevant part of a KernelState, for
// the explorer's visited-state table (core/explore/explore.h). Two states with equal
// fingerprints behave the same under every future schedule - up to a hash
// collision, which at 128 bits is negligible for the millions of states an
// exploration can hold.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/state/kstate.h"

namespace fs {

struct StateHash {
  uint64_t lo = 0, hi = 0;
  bool operator==(const StateHash&) const = default;
};

struct StateHashOf {
  size_t operator()(const StateHash& h) const { return static_cast<size_t>(h.lo ^ (h.hi >> 7)); }
};

// What is left out, and why (everything else goes in):
//  - steps: a pure counter; it would make every state unique.
//  - Cpu::prev and Cpu::idle_reported: they only decide which sched events a
//    trace records, never what the kernel does.
//  - tick_order and script_pos: used by Machine::advance_slot's policies only;
//    the explorer steps CPUs itself and never reads them.
// Kept on purpose although they look like counters: tick and slot_in_tick
// (timers, ratecheck, forkfsleep and quantum expiry depend on them), run_steps
// (quantum), sleep_seq (FIFO order of sleepers), serials and free-slot lists
// (which slot and pid the next allocation gets), expectation counters and
// failures (they are the outcome).
StateHash hash_state(const KernelState& s);

// The same fingerprint without the passage of time: tick, slot_in_tick and
// every LWP's run_steps are left out. A step after which this is unchanged did
// nothing but let time pass (a spin retry that failed again, an idle CPU).
StateHash hash_state_timeless(const KernelState& s);

} // namespace fs
