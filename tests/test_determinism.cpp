// SPDX-License-Identifier: GPL-3.0-or-later
// Same scenario, same trace, byte for byte; different random schedules
// interleave differently but end the same way.
#include <gtest/gtest.h>

#include "core/trace/trace_io.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

std::string busy(const std::string& machine) {
  return doc(machine, R"([
    {"name":"p","program":[{"op":"repeat","count":4,"body":[
      {"op":"vfork","child":[{"op":"compute","ticks":3},{"op":"exec","path":"/bin/true"}]},
      {"op":"fork","child":[{"op":"compute","ticks":2}]},{"op":"wait","pid":"any"},
      {"op":"wait","pid":"any","expect":{"errno":null}}]}]},
    {"name":"q","program":[{"op":"repeat","count":4,"body":[
      {"op":"fork","child":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]},
      {"op":"wait","pid":"any","expect":{"errno":null}}]}]},
    {"name":"r","program":[{"op":"compute","ticks":40}]}])");
}

TEST(Determinism, SameScenarioGivesByteIdenticalTraces) {
  auto sc = scenario_from(busy(R"({"cpus":3,"schedule":"random","seed":7})"));
  ASSERT_TRUE(sc);
  const std::string a = trace_to_string(run_scenario(sc).trace);
  const std::string b = trace_to_string(run_scenario(sc).trace);
  EXPECT_EQ(a, b);
  EXPECT_GT(a.size(), 1000u);
}

TEST(Determinism, SeedsChangeTheInterleavingNotTheOutcome) {
  RunResult one = run_ok(busy(R"({"cpus":3,"schedule":"random","seed":1})"));
  RunResult two = run_ok(busy(R"({"cpus":3,"schedule":"random","seed":2})"));
  EXPECT_NE(trace_to_string(one.trace), trace_to_string(two.trace));
  bool differ = one.trace.events.size() != two.trace.events.size();
  for (size_t i = 0; !differ && i < one.trace.events.size(); ++i)
    differ = one.trace.events[i].cpu != two.trace.events[i].cpu ||
             one.trace.events[i].pid != two.trace.events[i].pid;
  EXPECT_TRUE(differ);
  EXPECT_EQ(one.trace.outcome.result, two.trace.outcome.result);
  EXPECT_EQ(one.trace.outcome.final_nprocs, two.trace.outcome.final_nprocs);
  EXPECT_EQ(one.trace.outcome.expectations_passed, two.trace.outcome.expectations_passed);
  EXPECT_EQ(one.trace.outcome.forks_by_result, two.trace.outcome.forks_by_result);
}

TEST(Determinism, RecordingDoesNotChangeTheRun) {
  auto sc = scenario_from(busy(R"({"cpus":2,"schedule":"random","seed":3})"));
  ASSERT_TRUE(sc);
  RunOptions quiet;
  quiet.record = false;
  const Outcome a = run_scenario(sc).trace.outcome;
  const Outcome b = run_scenario(sc, quiet).trace.outcome;
  EXPECT_EQ(a.steps, b.steps);
  EXPECT_EQ(a.ticks, b.ticks);
  EXPECT_EQ(a.result, b.result);
}

} // namespace
} // namespace fs::test
