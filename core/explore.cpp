// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's search (see explore.h for what it reports).
//
// The search tree. A node is a KernelState; an edge is one Machine::step_cpu(c).
// At every node each CPU is stepped on a copy and classified:
//  - productive: the step changed something besides the passage of time;
//  - stutter: it only let time pass (an idle CPU, or a spin retry on a lock
//    whose owner is still running - the retry will fail the same way until
//    another CPU does something). Stutter steps are not branched on: they
//    cannot change what happens, only when. When no CPU can make progress but
//    a timed sleeper exists, the clock must run: the lowest stutter CPU is
//    stepped until the wake-up happens (one edge; the schedule lists every one
//    of those steps). Otherwise time passes only through productive steps:
//    a schedule that stalls a CPU with work while the clock runs (so that a
//    40-tick sleeper wakes before a runnable process took a single step) is
//    not explored. Neither scheduling policy can produce one (each gives every
//    CPU a slot per tick), and it would turn every "sleep to let the other
//    one go first" in a lesson into a finding (docs/explore.md).
// A node with no productive CPU and no timer pending is the end of a schedule:
// completed, deadlock, or (if something still spins) livelock.
//
// Preemption bounding (CHESS, Musuvathi & Qadeer, PLDI 2007). Switching from
// the CPU that took the last step to another while the last one could still
// make progress (a productive step) is a preemption; switching away from a
// CPU that blocked, went idle or only spins is free. A schedule may contain at
// most `bound` preemptions; the search is run for bound = 0, 1, ..., K, so a
// bug that needs few preemptions is found (with its short schedule) first, and
// if the budget runs out, the bounds already completed are exhaustive.
//
// Visited states. The key of a node is the fingerprint of its state
// (state_hash.h), the CPU that took the last step (it decides what the next
// step costs) and, when outcomes are collected, the observations so far. A
// node is explored again only if it is reached with fewer preemptions used
// than before (it may then reach more). Because every step uses one CPU slot,
// the tick/slot pair grows along every path: the state graph has no cycles.
//
// Partial-order reduction: explore_local.h.
#include "core/explore.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <unordered_map>

#include "core/explore_local.h"
#include "core/explore_observe.h"
#include "core/machine.h"
#include "core/runner.h"
#include "core/state_hash.h"

namespace fs {
namespace {

using Clock = std::chrono::steady_clock;
constexpr size_t kMaxJump = 10000000; // idle steps one jump to a timer may take

struct Choice {
  int cpu = 0;
  int cost = 0;       // preemptions it uses
  bool jump = false;  // step this (stuttering) CPU until a timer fires
  bool local = false; // a local step: the last CPU stays what it was
  // The state after the step, kept from classifying it (empty for a jump).
  std::shared_ptr<KernelState> after; // shared: a Node may be copied when the stack grows
  Observations obs;
  std::string violation;
};

struct Node {
  KernelState state;
  Observations obs;
  int last_cpu = -1;
  int preemptions = 0;
  std::vector<Choice> choices;
  size_t next = 0;
  size_t path_len = 0; // length of the schedule that reached this node
};

Choice jump(int cpu, int cost) {
  Choice c;
  c.cpu = cpu;
  c.cost = cost;
  c.jump = true;
  return c;
}

class Explorer {
public:
  Explorer(std::shared_ptr<const Scenario> sc, const ExploreOptions& o, ExploreReport& r)
      : sc_(sc), o_(o), r_(r), m_(sc, nullptr), can_signal_(scenario_can_signal(*sc)),
        start_(Clock::now()) {
    root_ = m_.state();
    if (o_.outcomes) m_.set_trace(&trace_);
  }

  void run() {
    for (int bound = 0; bound <= o_.preemptions; ++bound) {
      if (!iterate(bound)) break;
      r_.completed_bound = bound;
    }
    r_.exhaustive = r_.completed_bound == o_.preemptions;
    r_.seconds = elapsed();
  }

private:
  std::shared_ptr<const Scenario> sc_;
  const ExploreOptions& o_;
  ExploreReport& r_;
  Machine m_;
  Trace trace_; // events of one step, for observations (outcomes only)
  bool can_signal_;
  Clock::time_point start_;
  Clock::time_point last_progress_{};
  KernelState root_;
  std::unordered_map<StateHash, int, StateHashOf> visited_;
  std::vector<int> path_;
  int bound_ = 0;
  std::map<std::pair<int, std::string>, Finding> findings_;
  std::map<std::vector<std::string>, ObservedOutcome> outcomes_;

  double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

  // Returns false when a budget is used up or the caller cancelled.
  bool within_budget() {
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

  bool step(const KernelState& from, int cpu) {
    m_.restore(from);
    if (o_.outcomes) clear_trace();
    ++r_.steps;
    return m_.step_cpu(cpu);
  }
  void clear_trace() {
    trace_.events.clear();
    trace_.step_first_event.clear();
    trace_.tick_first_step.clear();
    trace_.syscall_details.clear();
    trace_.ptrace_details.clear();
  }

  void record(FindingKind kind, const std::string& message, int preemptions) {
    auto [it, fresh] = findings_.try_emplace({static_cast<int>(kind), message});
    Finding& f = it->second;
    if (fresh || path_.size() < f.schedule.size()) {
      f.kind = kind;
      f.message = message;
      f.schedule = path_;
      f.preemptions = preemptions;
    }
  }

  bool is_local(const KernelState& before, const KernelState& after, int cpu) const {
    return !can_signal_ && is_local_step(*sc_, before, after, cpu);
  }

  // Fills node.choices, or ends the schedule there (returns false).
  bool expand(Node& node) {
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

  void end_schedule(const Node& node, RunState rs) {
    ++r_.schedules;
    const KernelState& s = node.state;
    const std::string result = run_state_name(rs);
    const bool met = s.expect_failed == 0 && result == sc_->expect_outcome;
    if (r_.some_schedule) {
      if (met && (!r_.expectations_reached || path_.size() < r_.expectations_witness.size())) {
        r_.expectations_reached = true;
        r_.expectations_witness = path_;
      }
    }
    if (rs == RunState::Deadlock && sc_->expect_outcome != "deadlock")
      record(FindingKind::Deadlock, "no CPU can run; processes are left", node.preemptions);
    else if (!r_.some_schedule && result != sc_->expect_outcome && rs != RunState::StepLimit &&
             rs != RunState::Running)
      record(FindingKind::Outcome,
             "the run ended " + result + ", the scenario expects " + sc_->expect_outcome,
             node.preemptions);
    if (!o_.outcomes) return;
    auto lines = outcome_lines(node.obs, s, rs);
    auto [it, fresh] = outcomes_.try_emplace(std::move(lines));
    ObservedOutcome& oc = it->second;
    if (fresh || path_.size() < oc.schedule.size()) oc.schedule = path_;
    ++oc.schedules;
  }

  StateHash key_of(const Node& n) const {
    StateHash k = hash_state(n.state);
    k.lo ^= static_cast<uint64_t>(n.last_cpu + 1) * 0x9E3779B97F4A7C15ull;
    if (o_.outcomes) k.hi ^= n.obs.hash();
    return k;
  }

  // True when first seen (or seen only with more preemptions used).
  bool visit(const Node& n) {
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
  bool iterate(int bound) {
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
  void run_local_chain(Node& child, int cpu, std::string& violation) {
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

  // Records what went wrong in this step; false when the state is unusable.
  bool check_step(const KernelState& before, const Node& child, const std::string& violation) {
    if (!violation.empty()) {
      record(FindingKind::Invariant, violation, child.preemptions);
      return false;
    }
    if (child.state.expect_failed > before.expect_failed && !r_.some_schedule) {
      const auto& f = child.state.expect_failures;
      record(FindingKind::Expectation,
             f.size() > before.expect_failures.size() ? f.back().first + ": " + f.back().second
                                                      : "an expectation failed",
             child.preemptions);
    }
    return true;
  }

public:
  void finish() {
    if (r_.some_schedule && !r_.expectations_reached) {
      path_.clear();
      record(FindingKind::Unreachable,
             "no explored schedule meets the scenario's expectations and expect_outcome", 0);
    }
    for (auto& [key, f] : findings_) r_.findings.push_back(std::move(f));
    for (auto& [lines, oc] : outcomes_) {
      oc.lines = lines;
      r_.outcomes.push_back(std::move(oc));
    }
  }
};

} // namespace

const char* finding_kind_name(FindingKind k) {
  switch (k) {
  case FindingKind::Deadlock: return "deadlock";
  case FindingKind::Livelock: return "livelock";
  case FindingKind::Invariant: return "invariant";
  case FindingKind::Expectation: return "expectation";
  case FindingKind::Outcome: return "outcome";
  case FindingKind::StepLimit: return "step_limit";
  case FindingKind::Unreachable: return "unreachable";
  }
  return "?";
}

ExploreReport explore(std::shared_ptr<const Scenario> scenario, const ExploreOptions& options) {
  ExploreReport r;
  r.title = scenario->title;
  r.cpus = scenario->machine.cpus;
  r.bound = options.preemptions;
  r.some_schedule = scenario->expectations_some_schedule;
  Explorer e(scenario, options, r);
  e.run();
  e.finish();
  return r;
}

} // namespace fs
