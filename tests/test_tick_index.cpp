// SPDX-License-Identifier: GPL-3.0-or-later
// The sparse tick index (issue #10): idle ticks cost nothing, and a run that
// sleeps for years ends at machine.max_ticks after a handful of steps.
#include <gtest/gtest.h>

#include "core/machine.h"
#include "core/scenario/scenario_loader.h"
#include "core/state/tick_index.h"
#include "core/timeline.h"

namespace fs {
namespace {

TEST(TickIndex, EmptyTicksCollapseIntoTheTickThatHoldsTheNextStep) {
  TickIndex ti;
  ti.start_tick(0, 0);
  ti.start_tick(1, 3);
  for (uint64_t t = 2; t < 1000; ++t) ti.start_tick(t, 5); // ticks 2..999: no step until 999
  ti.start_tick(1000, 9);
  EXPECT_EQ(ti.size(), 4u);
  EXPECT_EQ(ti.tick_of_step(0), 0u);
  EXPECT_EQ(ti.tick_of_step(2), 0u);
  EXPECT_EQ(ti.tick_of_step(3), 1u);
  EXPECT_EQ(ti.tick_of_step(5), 999u);
  EXPECT_EQ(ti.tick_of_step(8), 999u);
  EXPECT_EQ(ti.tick_of_step(9), 1000u);
  EXPECT_EQ(ti.first_step_of_tick(1, 20), 3u);
  EXPECT_EQ(ti.first_step_of_tick(2, 20), 5u); // an idle tick: the next step is 5
  EXPECT_EQ(ti.first_step_of_tick(999, 20), 5u);
  EXPECT_EQ(ti.first_step_of_tick(1001, 20), 20u);
  EXPECT_EQ(ti.last_tick(), 1000u);
}

std::shared_ptr<const Scenario> load(const std::string& text) {
  ScenarioLoad r = load_scenario_text(text, "t.json");
  EXPECT_TRUE(r.errors.empty()) << (r.errors.empty() ? "" : r.errors[0].str());
  return r.scenario ? std::make_shared<const Scenario>(*r.scenario) : nullptr;
}

std::string sleeper(uint64_t times, uint64_t ticks, const std::string& machine_extra = "") {
  return R"({"format":"forkscope-scenario","version":1,"title":"sleeper",
    "machine":{"cpus":2)" +
         machine_extra + R"(},
    "processes":[{"name":"sh","program":[
      {"op":"repeat","count":)" +
         std::to_string(times) + R"(,"body":[
        {"op":"sleep","ticks":)" +
         std::to_string(ticks) + R"(}]},
      {"op":"exit","status":0}]}]})";
}

// The issue's first hang: 10^6 sleeps of 10^7 ticks each (10^13 ticks) used to
// walk every idle tick. Now each sleep is one jump; the tick budget ends the run.
TEST(TickBudget, YearsOfSleepEndAtMaxTicksInAFewSteps) {
  auto sc = load(sleeper(1000000, 10000000));
  ASSERT_TRUE(sc);
  Trace t;
  Machine m(sc, &t);
  const RunState rs = m.run();
  EXPECT_EQ(rs, RunState::TickLimit);
  EXPECT_EQ(m.state().tick, sc->machine.max_ticks);
  // 10^10 ticks / 10^7 per sleep = 1000 sleeps, a few steps each.
  EXPECT_LT(m.state().steps, 20000u);
  EXPECT_LT(t.ticks.size(), 2 * m.state().steps + 2); // sparse: no entry per idle tick
  EXPECT_LT(t.memory_bytes(), size_t{4} << 20);
}

TEST(TickBudget, ASleepThatEndsInsideTheBudgetCompletes) {
  auto sc = load(sleeper(100, 10000000, R"(,"max_ticks":2000000000)"));
  ASSERT_TRUE(sc);
  Trace t;
  Machine m(sc, &t);
  EXPECT_EQ(m.run(), RunState::Completed);
  EXPECT_GE(m.state().tick, 1000000000u);
  EXPECT_LT(t.memory_bytes(), size_t{1} << 20);
}

TEST(TickBudget, ReplayAfterAJumpLandsOnTheSameState) {
  auto sc = load(sleeper(5, 3000000));
  ASSERT_TRUE(sc);
  Timeline tl(sc, {}, 4);
  ASSERT_EQ(tl.final_state(), RunState::Completed);
  for (uint64_t k = 0; k <= tl.total_steps(); ++k) EXPECT_EQ(tl.state_at(k).steps, k);
  const uint64_t last = tl.trace().tick_of_step(tl.total_steps() - 1);
  EXPECT_GE(last, 5u * 3000000u); // five sleeps of 3M ticks, skipped in jumps
  EXPECT_LE(last, tl.trace().outcome.ticks);
}

TEST(TickBudget, MaxTicksIsValidated) {
  ScenarioLoad r = load_scenario_text(sleeper(1, 1, R"(,"max_ticks":0)"), "t.json");
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].str().find("/machine/max_ticks"), std::string::npos) << r.errors[0].str();
}

} // namespace
} // namespace fs

namespace fs {
namespace {

// Issue #10: every keyframe copied every live process, so a long run with
// many processes passed 10 GB in the app. Keyframes now keep to a budget by
// thinning, and a seek still lands on the exact state.
TEST(KeyframeBudget, ThinnedKeyframesStayInBudgetAndSeeksStayExact) {
  ScenarioLoad r = load_scenario_text(R"({"format":"forkscope-scenario","version":1,"title":"many",
    "machine":{"cpus":2,"maxproc":2000,"maxuprc":2000},
    "processes":[{"name":"sh","program":[
      {"op":"repeat","count":200,"body":[
        {"op":"fork","name":"c","child":[{"op":"compute","ticks":200},{"op":"exit","status":0}]}]},
      {"op":"repeat","count":200,"body":[{"op":"wait"}]}]}]})",
                                      "many.json");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].str();
  auto sc = std::make_shared<const Scenario>(*r.scenario);
  const size_t budget = size_t{2} << 20;
  Timeline tl(sc, {}, 64, "", budget);
  ASSERT_EQ(tl.final_state(), RunState::Completed);
  EXPECT_GT(tl.keyframe_interval(), 64u); // it had to thin
  EXPECT_LE(tl.keyframe_bytes(), budget);
  EXPECT_GE(tl.keyframe_count(), 2u);
  Machine m(sc, nullptr);
  for (uint64_t k : {uint64_t{0}, uint64_t{1}, tl.keyframe_interval(), tl.keyframe_interval() + 7,
                     tl.total_steps() / 2, tl.total_steps() - 1}) {
    m.run_until_step(k);
    const KernelState s = tl.state_at(k);
    EXPECT_EQ(s.steps, k);
    EXPECT_EQ(s.nprocs, m.state().nprocs) << k;
    EXPECT_EQ(s.tick, m.state().tick) << k;
  }
}

} // namespace
} // namespace fs
