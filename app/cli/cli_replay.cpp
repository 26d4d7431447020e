// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope-cli challenge on a scenario without a challenge: replays a CPU
// list exactly as the explorer stepped it (one Machine::step_cpu per entry, from
// boot) and reports where the run stands, so that every schedule `explore`
// prints can be checked by hand: it ends in the deadlock, invariant violation,
// expectation failure or outcome the explorer reported.
#include <iostream>

#include "cli/cli.h"
#include "core/machine.h"
#include "core/runner.h"

namespace fs::cli {

int replay_cpu_list(const Context& ctx, std::shared_ptr<const Scenario> scenario,
                    const std::string& shown_path, const std::vector<int>& cpus) {
  Machine m(scenario, nullptr);
  std::string violation;
  size_t violation_at = 0;
  for (size_t i = 0; i < cpus.size(); ++i) {
    m.step_cpu(cpus[i]);
    if (violation.empty()) {
      violation = m.check_invariants();
      violation_at = i + 1;
    }
  }
  const KernelState& s = m.state();
  const RunState rs = m.run_state();
  ctx.out << scenario->title << "  (" << shown_path << ")\n";
  ctx.out << "replayed:  " << cpus.size() << " CPU choices, " << s.steps << " steps\n";
  ctx.out << "run:       " << (rs == RunState::Running ? "not finished" : run_state_name(rs));
  if (rs != RunState::Running && run_state_name(rs) != scenario->expect_outcome)
    ctx.out << "  (EXPECTED " << scenario->expect_outcome << ")";
  ctx.out << '\n';
  ctx.out << "expectations: " << s.expect_passed << " passed, " << s.expect_failed << " failed\n";
  for (const auto& [path, msg] : s.expect_failures)
    ctx.out << "  FAILED " << path << ": " << msg << '\n';
  if (!violation.empty())
    ctx.out << "invariant: VIOLATED after choice " << violation_at << ": " << violation << '\n';
  const bool wrong_end = rs != RunState::Running && run_state_name(rs) != scenario->expect_outcome;
  return s.expect_failed > 0 || wrong_end || !violation.empty() ? kExitExpectations : kExitOk;
}

} // namespace fs::cli
