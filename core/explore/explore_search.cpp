// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's depth-first search (explore.cpp explains it): preemption
// bounds 0..K, the visited-state table, budgets, and runs of local steps.
#include <algorithm>

#include "core/explore/explore_local.h"
#include "core/explore/explore_search.h"

namespace fs::explore_detail {

Explorer::Explorer(std::shared_ptr<const Scenario> sc, const ExploreOptions& o, ExploreReport& r)
    : sc_(sc), o_(o), r_(r), m_(sc, nullptr), can_signal_(scenario_can_signal(*sc)),
      start_(Clock::now()) {
  root_ = m_.state();
  if (o_.outcomes) m_.set_trace(&trace_);
}

void Explorer::run() {
  for (int bound = 0; bound <= o_.preemptions; ++bound) {
    if (!iterate(bound)) break;
    r_.completed_bound = bound;
  }
  r_.exhaustive = r_.completed_bound == o_.preemptions;
  r_.seconds = elapsed();
}

double Explorer::elapsed() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

// Returns false when a budget is used up or the caller cancelled.
bool Explorer::within_budget() {
  if (r_.total_states >= o_.max_states) return r_.stopped_by = "max_states", false;
  if ((r_.steps & 63) != 0) return true;
  if (o_.cancel && o_.cancel->load(std::memory_order_relaxed))
    return r_.stopped_by = "cancelled", false;
  const auto now = Clock::now();
  if (o_.max_seconds > 0 && elapsed() > o_.max_seconds) return r_.stopped_by = "time", false;
  if (o_.progress && now - last_progress_ > std::chrono::milliseconds(100)) {
    last_progress_ = now;
    o_.progress({bound_, r_.total_states, r_.schedules, elapsed()});
  }
  return true;
}

StateHash Explorer::key_of(const Node& n) const {
  StateHash k = hash_state(n.state);
  k.lo ^= static_cast<uint64_t>(n.last_cpu + 1) * 0x9E3779B97F4A7C15ull;
  if (o_.outcomes) k.hi ^= n.obs.hash();
  return k;
}

// True when first seen (or seen only with more preemptions used).
bool Explorer::visit(const Node& n) {
  auto [it, fresh] = visited_.try_emplace(key_of(n), n.preemptions);
  if (fresh) {
    ++r_.states;
    ++r_.total_states;
    return true;
  }
  if (n.preemptions >= it->second) return false;
  it->second = n.preemptions;
  return true;
}

// One depth-first search with at most `bound` preemptions. False when a
// budget stopped it.
bool Explorer::iterate(int bound) {
  bound_ = bound;
  visited_.clear();
  r_.states = 0;
  r_.schedules = 0;
  path_.clear();
  std::vector<Node> stack;
  stack.push_back(Node{root_, {}, -1, 0, {}, 0, 0});
  visit(stack.back());
  if (!expand(stack.back())) return true;
  while (!stack.empty()) {
    if (!within_budget()) return false;
    Node& top = stack.back();
    if (top.next == top.choices.size()) {
      stack.pop_back();
      continue;
    }
    Choice c = std::move(top.choices[top.next++]);
    path_.resize(top.path_len);
    path_.push_back(c.cpu);
    const int last = c.local ? top.last_cpu : c.cpu;
    Node child{{}, {}, last, top.preemptions + c.cost, {}, 0, 0};
    if (c.jump) {
      step(top.state, c.cpu);
      const StateHash still = hash_state_timeless(top.state);
      while (hash_state_timeless(m_.state()) == still && path_.size() < kMaxJump + top.path_len) {
        ++r_.steps;
        m_.step_cpu(c.cpu);
        path_.push_back(c.cpu);
      }
      child.state = m_.state();
      child.obs = top.obs;
      if (o_.outcomes) observe_step(trace_, child.state, child.obs);
      if (o_.check_invariants) c.violation = m_.check_invariants();
    } else {
      child.state = std::move(*c.after);
      child.obs = std::move(c.obs);
      if (c.local) run_local_chain(child, c.cpu, c.violation);
    }
    child.path_len = path_.size();
    if (!check_step(top.state, child, c.violation) || !visit(child) || !expand(child)) continue;
    stack.push_back(std::move(child));
  }
  return true;
}

// After a local compute step, the same process's next compute steps are
// local for the same reasons (they change only compute_left and run_steps,
// and read only what the first one read): take them in one edge instead of
// one node each. The schedule still lists every step.
void Explorer::run_local_chain(Node& child, int cpu, std::string& violation) {
  auto more = [&](const KernelState& s) { return local_step_continues(*sc_, s, cpu); };
  if (!more(child.state)) return;
  m_.restore(child.state);
  do {
    ++r_.steps;
    m_.step_cpu(cpu);
    path_.push_back(cpu);
  } while (more(m_.state()));
  child.state = m_.state();
  if (o_.check_invariants && violation.empty()) violation = m_.check_invariants();
}

} // namespace fs::explore_detail
