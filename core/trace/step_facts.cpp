// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/step_facts.h"

#include <algorithm>

#include "core/state/frame_vars.h"
#include "core/state/step_table.h"

namespace fs {

bool is_user_step(int id) {
  switch (id) {
#define FS_STEP(sid, label, func, file, line, line_end, text) case sid:
#include "core/state/steps/user_steps.def"
#undef FS_STEP
    return true;
  default: return false;
  }
}

namespace {

// Events [first, last) of step k; empty for a step after the last event.
std::pair<uint32_t, uint32_t> events_of(const Trace& t, uint64_t k) {
  const auto& sfe = t.step_first_event;
  const auto nev = static_cast<uint32_t>(t.events.size());
  if (k >= sfe.size()) return {nev, nev};
  return {sfe[k], k + 1 < sfe.size() ? sfe[k + 1] : nev};
}

// Mode and (for a trace without step CPUs) CPU from the step's own events:
// its step or lock event comes first; what follows may be another CPU's
// scheduling, recorded before that CPU's step began.
StepFact from_events(const Trace& t, uint32_t first, uint32_t last) {
  StepFact f;
  bool own = false; // a step or lock event: the step did more than retry a spin
  bool step_seen = false;
  for (uint32_t i = first; i < last; ++i) {
    const Event& e = t.events[i];
    if (e.kind == EventKind::Step) {
      if (!step_seen && is_user_step(e.step_id())) f.mode = StepMode::User;
      step_seen = own = true;
    } else if (e.kind == EventKind::Lock) {
      own = true;
      if (e.lock_action() == LockAction::Spin) {
        f.mode = StepMode::Spin;
        step_seen = true; // nothing later makes it user work
      }
    } else {
      continue;
    }
    if (f.cpu < 0) f.cpu = e.cpu;
  }
  if (!own) f.mode = StepMode::Spin; // a spin retry: the only step that records neither
  return f;
}

} // namespace

int step_cpu(const Trace& t, uint64_t k) {
  if (k < t.step_cpu.size()) return t.step_cpu[k];
  const auto [first, last] = events_of(t, k);
  const StepFact f = from_events(t, first, last);
  return f.cpu;
}

StepFact step_fact(const Trace& t, uint64_t k) {
  const auto [first, last] = events_of(t, k);
  StepFact f = from_events(t, first, last);
  if (k < t.step_cpu.size()) f.cpu = t.step_cpu[k];
  if (f.cpu < 0) f.mode = StepMode::Kernel; // unknown: nothing to attribute
  return f;
}

std::vector<StepFact> step_facts(const Trace& t) {
  const size_t n = std::max<size_t>(t.step_first_event.size(), t.step_cpu.size());
  std::vector<StepFact> out(n);
  for (size_t k = 0; k < n; ++k) out[k] = step_fact(t, k);
  return out;
}

int32_t spin_mutex_of(const KernelState& s, Lid lid) {
  const Lwp* l = s.lwp(lid);
  return l && l->spinning ? l->spin_mutex : -1;
}

std::vector<int32_t> spinning_cpus(const KernelState& s) {
  std::vector<int32_t> out(s.cpus.size(), -1);
  for (size_t c = 0; c < s.cpus.size(); ++c)
    if (s.cpus[c].cur >= 0) out[c] = spin_mutex_of(s, s.cpus[c].cur);
  return out;
}

std::optional<ChildBuild> fork_build(const Lwp& parent) {
  for (int d = 0; d < parent.depth; ++d) {
    const Frame& f = parent.frames[static_cast<size_t>(d)];
    if (f.routine != Routine::Fork1) continue;
    ChildBuild b;
    b.parent = parent.pid;
    b.child = Fork1LocalsReader(f.v).child >= 0 ? Fork1LocalsReader(f.v).child : -1;
    b.stage = f.pc;
    // fork1's step ids are in source order, from proc_alloc to make_runnable.
    const double span = FORK1_MAKE_RUNNABLE - FORK1_PROC_ALLOC;
    b.progress = std::clamp((f.pc - FORK1_PROC_ALLOC) / span, 0.0, 1.0);
    return b;
  }
  return std::nullopt;
}

std::optional<ChildBuild> build_of_child(const KernelState& s, Pid child) {
  if (child < 0) return std::nullopt;
  for (const Lwp& l : s.lwps) {
    if (!l.alive()) continue;
    if (std::optional<ChildBuild> b = fork_build(l); b && b->child == child) return b;
  }
  return std::nullopt;
}

} // namespace fs
