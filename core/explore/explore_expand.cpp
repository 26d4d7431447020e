// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's nodes: every CPU is stepped on a copy of the state and
// classified (productive, stutter, local); the choices a node offers follow
// from that and from the preemption bound (explore.cpp explains both).
#include <algorithm>

#include "core/explore/explore_local.h"
#include "core/explore/explore_search.h"

namespace fs::explore_detail {
namespace {

Choice jump(int cpu, int cost) {
  Choice c;
  c.cpu = cpu;
  c.cost = cost;
  c.jump = true;
  return c;
}

} // namespace

bool Explorer::step(const KernelState& from, int cpu) {
  m_.restore(from);
  if (o_.outcomes) clear_trace();
  ++r_.steps;
  return m_.step_cpu(cpu);
}
void Explorer::clear_trace() {
  trace_.events.clear();
  trace_.step_first_event.clear();
  trace_.step_cpu.clear();
  trace_.ticks.clear();
  trace_.syscall_details.clear();
  trace_.ptrace_details.clear();
}

bool Explorer::is_local(const KernelState& before, const KernelState& after, int cpu) const {
  return !can_signal_ && is_local_step(*sc_, before, after, cpu);
}

// Fills node.choices, or ends the schedule there (returns false).
bool Explorer::expand(Node& node) {
  const KernelState& s = node.state;
  if (s.steps >= sc_->machine.max_steps) {
    record(FindingKind::StepLimit, "machine.max_steps reached", node.preemptions);
    return end_schedule(node, RunState::StepLimit), false;
  }
  const int n = static_cast<int>(s.cpus.size());
  const StateHash before = hash_state_timeless(s);
  std::vector<char> productive(static_cast<size_t>(n)), local(static_cast<size_t>(n));
  std::vector<Choice> stepped(static_cast<size_t>(n));
  int first_stutter = -1;
  bool any = false;
  for (int c = 0; c < n; ++c) {
    const bool ran = step(s, c);
    const bool moved = ran && !(hash_state_timeless(m_.state()) == before);
    productive[static_cast<size_t>(c)] = moved;
    any |= moved;
    if (!moved && first_stutter < 0) first_stutter = c;
    if (!moved) continue;
    local[static_cast<size_t>(c)] = is_local(s, m_.state(), c);
    Choice& k = stepped[static_cast<size_t>(c)];
    k.cpu = c;
    k.local = local[static_cast<size_t>(c)];
    if (o_.check_invariants) k.violation = m_.check_invariants();
    k.obs = node.obs;
    if (o_.outcomes) observe_step(trace_, m_.state(), k.obs);
    k.after = std::make_shared<KernelState>(m_.state());
  }
  auto take = [&](int c, int cost) {
    Choice& k = stepped[static_cast<size_t>(c)];
    k.cost = cost;
    node.choices.push_back(std::move(k));
  };
  const int last = node.last_cpu;
  const bool last_moves = last >= 0 && productive[static_cast<size_t>(last)];
  auto& ch = node.choices;
  if (!any) {
    if (s.timed_sleepers > 0) return ch.push_back(jump(first_stutter, 0)), true;
    m_.restore(s);
    const RunState rs = m_.run_state();
    if (rs == RunState::Running)
      record(FindingKind::Livelock, "only spinning on a lock is left; no timer pending",
             node.preemptions);
    return end_schedule(node, rs), false; // Running here: livelock, recorded above
  }
  // A local step is no scheduling point (CHESS schedules only at
  // synchronisation): take it alone, for free, the last CPU unchanged.
  if (last_moves && local[static_cast<size_t>(last)]) return take(last, 0), true;
  for (int c = 0; c < n; ++c)
    if (local[static_cast<size_t>(c)]) return take(c, 0), true;
  const int switch_cost = last_moves ? 1 : 0;
  if (last_moves) take(last, 0);
  for (int c = 0; c < n; ++c)
    if (productive[static_cast<size_t>(c)] && c != last) take(c, switch_cost);
  std::erase_if(ch, [&](const Choice& c) { return node.preemptions + c.cost > bound_; });
  return true;
}

} // namespace fs::explore_detail
