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
// What P's step may read that another CPU could change, all quiet.
bool quiet(const Scenario& sc, const KernelState& s, const Proc& p) {
  return !p.in_kernel() && p.sigpend == 0 && p.deliver_sig == 0 && p.children.empty() &&
         !(p.slflag & PSL_TRACED) && s.timed_sleepers == 0 && p.run_steps + 1 < sc.machine.quantum;
}
} // namespace

bool is_local_step(const Scenario& sc, const KernelState& before, const KernelState& after,
                   int cpu) {
  const Pid pid = before.cpus[static_cast<size_t>(cpu)].cur;
  const Proc* p = pid >= 0 ? before.proc(pid) : nullptr;
  if (!p || !quiet(sc, before, *p)) return false;
  const Proc* q = after.proc(pid);
  if (!q || q->in_kernel() || after.cpus[static_cast<size_t>(cpu)].cur != pid) return false;
  KernelState norm = after; // undo what a compute step may change, then compare
  norm.steps = before.steps;
  norm.tick = before.tick;
  norm.slot_in_tick = before.slot_in_tick;
  Proc& n = *norm.proc(pid);
  n.list = p->list, n.index = p->index, n.compute_left = p->compute_left;
  n.repeats = p->repeats, n.nrepeats = p->nrepeats, n.run_steps = p->run_steps;
  return hash_state(norm) == hash_state(before);
}

bool local_step_continues(const Scenario& sc, const KernelState& s, int cpu) {
  const Pid pid = s.cpus[static_cast<size_t>(cpu)].cur;
  const Proc* p = pid >= 0 ? s.proc(pid) : nullptr;
  return p && p->compute_left > 0 && quiet(sc, s, *p) && s.steps + 1 < sc.machine.max_steps;
}

} // namespace fs
