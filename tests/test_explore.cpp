// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer (core/explore/explore.h): races that need one and two preemptions are
// found although 1,000 random schedules miss them (and not with fewer
// preemptions), every schedule it prints replays to what it reported, and its
// report is the same on every run.
#include <algorithm>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "core/explore/explore.h"
#include "core/explore/explore_observe.h"
#include "core/machine.h"
#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "support/test_support.h"

namespace fs::test {
namespace {

std::shared_ptr<const Scenario> load_data(const std::string& name) {
  const std::string path = std::string(FORKSCOPE_SOURCE_DIR) + "/tests/data/explore/" + name;
  ScenarioLoad load = load_scenario_file(path);
  for (const LoadError& e : load.errors) ADD_FAILURE() << e.str();
  if (!load.scenario) return nullptr;
  return std::make_shared<const Scenario>(std::move(*load.scenario));
}

bool has_line(const ObservedOutcome& o, const std::string& line) {
  return std::find(o.lines.begin(), o.lines.end(), line) != o.lines.end();
}

// The rare outcome: b's fork wins the last process slot, a's second fork fails.
bool is_rare(const ObservedOutcome& o) {
  return has_line(o, "a: fork #2 -> EAGAIN") && has_line(o, "b: fork #1 -> child g");
}

ExploreOptions outcome_options(int k) {
  ExploreOptions o;
  o.preemptions = k;
  o.outcomes = true;
  o.max_seconds = 120;
  return o;
}

// Replays a schedule the way `forkscope-cli challenge --cpus` does and
// observes it the way the explorer does.
struct Replay {
  std::vector<std::string> lines;
  RunState rs = RunState::Running;
  int expect_failed = 0;
};
Replay replay(std::shared_ptr<const Scenario> sc, const std::vector<int>& cpus) {
  Trace trace;
  Machine m(sc, &trace);
  Observations obs;
  for (int cpu : cpus) {
    trace.events.clear();
    trace.syscall_details.clear();
    m.step_cpu(cpu);
    observe_step(trace, m.state(), obs);
  }
  Replay r;
  r.rs = m.run_state();
  r.lines = outcome_lines(obs, m.state(), r.rs);
  r.expect_failed = m.state().expect_failed;
  return r;
}

// How many of the random schedules with seeds 1..1000 meet the scenario's
// expectations (machine schedule "random", as `forkscope-cli run --schedule
// random --seed N` runs them).
int random_schedules_meeting_expectations(const Scenario& sc) {
  int met = 0;
  for (uint64_t seed = 1; seed <= 1000; ++seed) {
    Scenario random = sc;
    random.machine.schedule = ScheduleKind::Random;
    random.machine.seed = seed;
    RunOptions opt;
    opt.record = false;
    const RunResult r = run_scenario(std::make_shared<const Scenario>(random), opt);
    if (r.trace.outcome.expectations_failed == 0) ++met;
  }
  return met;
}

// The race needs a preempted a: no schedule without preemptions reaches it
// (exhaustive at K=0), K=1 does (tests/data/explore/one-preemption.json). (Counted as CHESS counts:
// a run of compute steps and a spin on a lock are no scheduling points, so letting b's seteuid
// calls and fork overtake a while a holds proc_lock costs only one.)
TEST(Explore, FindsAnOutcomeThatNeedsOnePreemption) {
  auto sc = load_data("one-preemption.json");
  ASSERT_TRUE(sc);
  ASSERT_TRUE(sc->expectations_some_schedule);

  const ExploreReport zero = explore(sc, outcome_options(0));
  EXPECT_TRUE(zero.exhaustive);
  EXPECT_TRUE(std::none_of(zero.outcomes.begin(), zero.outcomes.end(), is_rare))
      << explore_report_text(zero);

  const ExploreReport one = explore(sc, outcome_options(1));
  EXPECT_TRUE(one.exhaustive) << one.stopped_by;
  EXPECT_TRUE(one.ok()) << explore_report_text(one);
  EXPECT_TRUE(one.expectations_reached);
  const auto rare = std::find_if(one.outcomes.begin(), one.outcomes.end(), is_rare);
  ASSERT_NE(rare, one.outcomes.end()) << explore_report_text(one);

  // 1,000 random schedules never produce it: taking turns, a always forks first.
  EXPECT_EQ(random_schedules_meeting_expectations(*sc), 0)
      << "random schedules found the rare outcome";
}

// g forked, h refused: b's first fork falls into a's short "kern.maxproc 20"
// window and its second one after it (tests/data/explore/two-preemptions.json).
bool needs_two(const ObservedOutcome& o) {
  return has_line(o, "b: fork #1 -> child g") && has_line(o, "b: fork #2 -> EAGAIN");
}

// A race that needs exactly two preemptions: a is preempted inside its window
// and b between its two forks. Not reachable with one (exhaustively), found
// with two, with a witness that replays to it; random schedules miss it.
TEST(Explore, FindsAnOutcomeThatNeedsTwoPreemptions) {
  auto sc = load_data("two-preemptions.json");
  ASSERT_TRUE(sc);
  ASSERT_TRUE(sc->expectations_some_schedule);

  const ExploreReport one = explore(sc, outcome_options(1));
  EXPECT_TRUE(one.exhaustive) << one.stopped_by;
  EXPECT_TRUE(std::none_of(one.outcomes.begin(), one.outcomes.end(), needs_two))
      << explore_report_text(one);
  EXPECT_FALSE(one.expectations_reached);
  ASSERT_EQ(one.findings.size(), 1u) << explore_report_text(one);
  EXPECT_EQ(one.findings[0].kind, FindingKind::Unreachable);

  const ExploreReport two = explore(sc, outcome_options(2));
  EXPECT_TRUE(two.exhaustive) << two.stopped_by;
  EXPECT_TRUE(two.ok()) << explore_report_text(two);
  const auto rare = std::find_if(two.outcomes.begin(), two.outcomes.end(), needs_two);
  ASSERT_NE(rare, two.outcomes.end()) << explore_report_text(two);
  const Replay back = replay(sc, rare->schedule);
  EXPECT_EQ(back.lines, rare->lines) << "--cpus " << cpu_list(rare->schedule);
  EXPECT_EQ(back.expect_failed, 0);
  ASSERT_TRUE(two.expectations_reached);
  EXPECT_EQ(replay(sc, two.expectations_witness).lines, rare->lines);

  // Every CPU takes one step per tick: b's first fork reads the count five
  // ticks after a closed the table again.
  EXPECT_EQ(random_schedules_meeting_expectations(*sc), 0)
      << "random schedules found the rare outcome";
}

TEST(Explore, WitnessesReplayToTheirOutcomes) {
  auto sc = load_data("one-preemption.json");
  ASSERT_TRUE(sc);
  const ExploreReport r = explore(sc, outcome_options(1));
  ASSERT_GE(r.outcomes.size(), 2u);
  for (const ObservedOutcome& o : r.outcomes) {
    const Replay back = replay(sc, o.schedule);
    EXPECT_NE(back.rs, RunState::Running) << "the witness must end the run";
    EXPECT_EQ(back.lines, o.lines) << "--cpus " << cpu_list(o.schedule);
  }
  ASSERT_TRUE(r.expectations_reached);
  EXPECT_EQ(replay(sc, r.expectations_witness).expect_failed, 0);
}

TEST(Explore, FindsARareExpectationFailureWithAReplayableSchedule) {
  auto sc = load_data("rare-failure.json");
  ASSERT_TRUE(sc);
  ExploreOptions o;
  o.preemptions = 1;
  const ExploreReport r = explore(sc, o);
  ASSERT_EQ(r.findings.size(), 1u) << explore_report_text(r);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.kind, FindingKind::Expectation);
  EXPECT_EQ(f.preemptions, 1);
  // The failing step is the schedule's last: the replay fails there, not before.
  std::vector<int> before(f.schedule.begin(), f.schedule.end() - 1);
  EXPECT_EQ(replay(sc, before).expect_failed, 0);
  EXPECT_EQ(replay(sc, f.schedule).expect_failed, 1);
}

TEST(Explore, FindsADeadlockAndItsSchedule) {
  // a waits for a child that stops itself and is never continued.
  auto sc = scenario_from(R"({"format":"forkscope-scenario","version":1,"title":"stuck",
    "processes":[{"name":"a","program":[
      {"op":"fork","name":"c","child":[{"op":"raise","signal":"SIGSTOP"}]},
      {"op":"wait","pid":"c"}]}]})");
  ASSERT_TRUE(sc);
  const ExploreReport r = explore(sc, ExploreOptions{});
  ASSERT_FALSE(r.findings.empty());
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.kind, FindingKind::Deadlock);
  EXPECT_EQ(replay(sc, f.schedule).rs, RunState::Deadlock);
}

TEST(Explore, ReportIsDeterministic) {
  auto sc = load_data("one-preemption.json");
  ASSERT_TRUE(sc);
  const std::string a = explore_report_json(explore(sc, outcome_options(1)));
  const std::string b = explore_report_json(explore(sc, outcome_options(1)));
  EXPECT_EQ(a, b);
}

TEST(Explore, BudgetsStopTheSearchAndSaySo) {
  auto sc = load_data("one-preemption.json");
  ASSERT_TRUE(sc);
  ExploreOptions o;
  o.preemptions = 3;
  o.max_states = 50;
  const ExploreReport r = explore(sc, o);
  EXPECT_FALSE(r.exhaustive);
  EXPECT_EQ(r.stopped_by, "max_states");
  std::atomic<bool> cancel{true};
  o.max_states = 1000000;
  o.cancel = &cancel;
  const ExploreReport c = explore(sc, o);
  EXPECT_FALSE(c.exhaustive);
  EXPECT_EQ(c.stopped_by, "cancelled");
}

TEST(Explore, LoaderChecksTheExploreKey) {
  ScenarioLoad bad = load_scenario_text(R"({"format":"forkscope-scenario","version":1,
    "title":"t","explore":{"expectations":"sometimes"},
    "processes":[{"name":"a","program":[]}]})",
                                        "x.json");
  ASSERT_FALSE(bad.errors.empty());
  EXPECT_NE(bad.errors[0].str().find("/explore/expectations"), std::string::npos)
      << bad.errors[0].str();
  ScenarioLoad unknown = load_scenario_text(R"({"format":"forkscope-scenario","version":1,
    "title":"t","explore":{"expectation":"some_schedule"},
    "processes":[{"name":"a","program":[]}]})",
                                            "x.json");
  ASSERT_FALSE(unknown.errors.empty());
  EXPECT_NE(unknown.errors[0].str().find("/explore"), std::string::npos);
}

} // namespace
} // namespace fs::test
