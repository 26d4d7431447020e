// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explore/explore_local.h"

#include "core/state/state_hash.h"

namespace fs {

bool scenario_can_signal(const Scenario& sc) {
  for (const Op& op : sc.ops)
    if (op_info(op.kind).flags & OPF_SIGNALS) return true;
  return false;
}

namespace {
// What the LWP's step may read that another CPU could change, all quiet.
bool quiet(const Scenario& sc, const KernelState& s, const Lwp& l) {
  const Proc& p = s.proc_of(l);
  return !l.in_kernel() && p.sigpend == 0 && p.deliver_sig == 0 && p.children.empty() &&
         p.nlwps == 1 && !(p.slflag & PSL_TRACED) && s.timed_sleepers == 0 &&
         l.run_steps + 1 < sc.machine.quantum;
}
} // namespace

bool is_local_step(const Scenario& sc, const KernelState& before, const KernelState& after,
                   int cpu) {
  const Lid lid = before.cpus[static_cast<size_t>(cpu)].cur;
  const Lwp* l = lid >= 0 ? before.lwp(lid) : nullptr;
  if (!l || !quiet(sc, before, *l)) return false;
  const Lwp* q = after.lwp(lid);
  if (!q || q->in_kernel() || after.cpus[static_cast<size_t>(cpu)].cur != lid) return false;
  KernelState norm = after; // undo what a compute step may change, then compare
  norm.steps = before.steps;
  norm.tick = before.tick;
  norm.slot_in_tick = before.slot_in_tick;
  Lwp& n = *norm.lwp(lid);
  n.list = l->list, n.index = l->index, n.compute_left = l->compute_left;
  n.repeats = l->repeats, n.nrepeats = l->nrepeats, n.run_steps = l->run_steps;
  return hash_state(norm) == hash_state(before);
}

bool local_step_continues(const Scenario& sc, const KernelState& s, int cpu) {
  const Lid lid = s.cpus[static_cast<size_t>(cpu)].cur;
  const Lwp* l = lid >= 0 ? s.lwp(lid) : nullptr;
  return l && l->compute_left > 0 && quiet(sc, s, *l) && s.steps + 1 < sc.machine.max_steps;
}

} // namespace fs
