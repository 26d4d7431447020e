// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runner.h"

#include <algorithm>

#include "core/machine.h"
#include "core/state/names.h"
#include "forkscope_version.h" // generated from project(VERSION)

namespace fs {

Outcome make_outcome(const KernelState& s, RunState rs) {
  Outcome o;
  o.result = run_state_name(rs);
  o.steps = s.steps;
  o.ticks = s.tick;
  o.expectations_passed = s.expect_passed;
  o.expectations_failed = s.expect_failed;
  for (const auto& [path, msg] : s.expect_failures) o.failures.push_back({path, msg});
  o.final_nprocs = s.nprocs;
  for (const Proc& p : s.procs)
    if (p.alive()) o.final_processes.push_back({p.pid, p.name, proc_stat_name(p.stat), p.ppid});
  std::sort(o.final_processes.begin(), o.final_processes.end(),
            [](const ProcessSummary& a, const ProcessSummary& b) { return a.pid < b.pid; });
  o.forks_by_result = {{"success", static_cast<int>(s.fork_ok)},
                       {"EAGAIN", static_cast<int>(s.fork_eagain)},
                       {"ENOMEM", static_cast<int>(s.fork_enomem)},
                       {"EINVAL", static_cast<int>(s.fork_einval)}};
  return o;
}

RunResult run_scenario(std::shared_ptr<const Scenario> scenario, const RunOptions& options) {
  RunResult r;
  r.trace.generator = options.generator;
  Machine m(scenario, options.record ? &r.trace : nullptr);
  if (options.check_invariants) {
    m.set_after_step([&] {
      if (!r.invariant_violation.empty()) return;
      std::string v = m.check_invariants();
      if (!v.empty())
        r.invariant_violation = "after step " + std::to_string(m.state().steps) + ": " + v;
    });
  }
  const RunState rs = m.run();
  r.trace.outcome = make_outcome(m.state(), rs);
  r.trace.shrink_to_fit();
  if (!options.record) r.trace.scenario = scenario->normalized;
  return r;
}

int outcome_exit_status(const Scenario& s, const Outcome& o) {
  if (o.expectations_failed > 0) return 3;
  if (o.result != s.expect_outcome) return 3;
  return 0;
}

} // namespace fs
