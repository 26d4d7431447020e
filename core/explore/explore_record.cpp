// SPDX-License-Identifier: GPL-3.0-or-later
// What the explorer records: findings with their shortest schedules, the ends
// of schedules (deadlock, outcome, expectations met) and the distinct
// outcomes, and how they go into the report.
#include "core/explore/explore_search.h"
#include "core/runner.h"

namespace fs::explore_detail {

void Explorer::record(FindingKind kind, const std::string& message, int preemptions) {
  auto [it, fresh] = findings_.try_emplace({static_cast<int>(kind), message});
  Finding& f = it->second;
  if (fresh || path_.size() < f.schedule.size()) {
    f.kind = kind;
    f.message = message;
    f.schedule = path_;
    f.preemptions = preemptions;
  }
}

void Explorer::end_schedule(const Node& node, RunState rs) {
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

// Records what went wrong in this step; false when the state is unusable.
bool Explorer::check_step(const KernelState& before, const Node& child,
                          const std::string& violation) {
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

void Explorer::finish() {
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

} // namespace fs::explore_detail
