// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler challenges: every bundled challenge's solution reaches its goal
// through Machine::step_cpu (as the GUI replays clicks) while the obvious
// schedules do not, `never` fails a wrong order, and the checker's matching.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/classroom/challenge.h"
#include "core/machine.h"
#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "core/state/constants.h"
#include "support/test_support.h"

namespace {

namespace stdfs = std::filesystem;
using fs::ChallengeProgress;

std::string scenario_dir() { return std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios"; }

// The bundled scenarios that carry a challenge (file stems, sorted).
std::vector<std::string> bundled_challenges() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : stdfs::directory_iterator(scenario_dir(), ec)) {
    if (e.path().extension() != ".json") continue;
    const fs::ScenarioLoad l = fs::load_scenario_file(e.path().string());
    if (l.scenario && l.scenario->challenge) names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::shared_ptr<const fs::Scenario> load_bundled(const std::string& name) {
  fs::ScenarioLoad l = fs::load_scenario_file(scenario_dir() + "/" + name + ".json");
  EXPECT_TRUE(l.errors.empty()) << (l.errors.empty() ? "" : l.errors.front().str());
  if (!l.scenario) return nullptr;
  return std::make_shared<const fs::Scenario>(std::move(*l.scenario));
}

// A student's run: boot, then one step_cpu per choice, invariants checked after every step.
struct Replay {
  fs::Trace trace;
  std::unique_ptr<fs::Machine> machine;
  std::string violation;
  ChallengeProgress progress;
  Replay(std::shared_ptr<const fs::Scenario> sc, const std::vector<int>& cpus) {
    machine = std::make_unique<fs::Machine>(sc, &trace);
    machine->set_after_step([this] {
      if (violation.empty()) violation = machine->check_invariants();
    });
    for (int c : cpus) machine->step_cpu(c);
    progress = fs::check_challenge(*sc->challenge, trace, machine->state());
  }
};

TEST(Challenge, AtLeastFourAreBundled) { EXPECT_GE(bundled_challenges().size(), 4u); }

class BundledChallenge : public testing::TestWithParam<std::string> {};

TEST_P(BundledChallenge, DescribesItself) {
  auto sc = load_bundled(GetParam());
  ASSERT_TRUE(sc && sc->challenge);
  const fs::Challenge& c = *sc->challenge;
  EXPECT_NE(std::find(sc->tags.begin(), sc->tags.end(), "challenge"), sc->tags.end());
  EXPECT_FALSE(c.goal.empty());
  EXPECT_FALSE(c.hints.empty()) << "a challenge should offer hints";
  EXPECT_FALSE(c.solution.empty()) << "a bundled challenge carries a solution";
  EXPECT_GT(c.par_steps, 0u);
  for (const auto* list : {&c.in_order, &c.never})
    for (const fs::GoalEvent& g : *list) EXPECT_FALSE(g.text.empty());
}

TEST_P(BundledChallenge, SolutionReachesTheGoalAtPar) {
  auto sc = load_bundled(GetParam());
  ASSERT_TRUE(sc && sc->challenge);
  Replay r(sc, sc->challenge->solution);
  EXPECT_EQ(r.violation, "");
  EXPECT_TRUE(r.progress.done) << r.progress.failure;
  EXPECT_FALSE(r.progress.failed) << r.progress.failure;
  EXPECT_EQ(r.progress.reached, sc->challenge->in_order.size());
  ASSERT_EQ(r.progress.reached_steps.size(), r.progress.reached);
  EXPECT_TRUE(std::is_sorted(r.progress.reached_steps.begin(), r.progress.reached_steps.end()));
  // The bundled solutions are good ones: they end at the goal, and par is their length.
  EXPECT_EQ(r.progress.done_step, r.machine->state().steps);
  EXPECT_EQ(r.progress.done_step, sc->challenge->par_steps);
}

TEST_P(BundledChallenge, RoundRobinOfTheSameLengthDoesNotReachIt) {
  auto sc = load_bundled(GetParam());
  ASSERT_TRUE(sc && sc->challenge);
  std::vector<int> rr(sc->challenge->solution.size());
  for (size_t i = 0; i < rr.size(); ++i) rr[i] = static_cast<int>(i) % sc->machine.cpus;
  Replay r(sc, rr);
  EXPECT_EQ(r.violation, "");
  EXPECT_FALSE(r.progress.done) << "round-robin solves " << GetParam() << " trivially";
}

TEST_P(BundledChallenge, TheNormalScheduleDoesNotReachIt) {
  // The scenario's own run (what `forkscope-cli run` and the bundled-scenario test do):
  // the goal is the student's to reach, not the default's.
  auto sc = load_bundled(GetParam());
  ASSERT_TRUE(sc && sc->challenge);
  fs::Trace trace;
  fs::Machine m(sc, &trace);
  m.run();
  const ChallengeProgress p = fs::check_challenge(*sc->challenge, trace, m.state());
  EXPECT_FALSE(p.done);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, BundledChallenge, testing::ValuesIn(bundled_challenges()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string s = info.param;
                           std::replace(s.begin(), s.end(), '-', '_');
                           return s;
                         });

TEST(Challenge, NeverFailsTheWrongOrderAndNamesIt) {
  // Round-robin lets CPU 0 (a) take proc_lock first: the `never` item fires.
  auto sc = load_bundled("challenge-proc-lock-race");
  ASSERT_TRUE(sc);
  std::vector<int> rr;
  for (int i = 0; i < 80; ++i) rr.push_back(i % 2);
  Replay r(sc, rr);
  EXPECT_TRUE(r.progress.failed);
  EXPECT_FALSE(r.progress.done);
  EXPECT_EQ(r.progress.reached, 0u);
  EXPECT_EQ(r.progress.failed_never, 0u);
  EXPECT_EQ(r.progress.failure, sc->challenge->never[0].text);
  EXPECT_EQ(r.progress.failed_step, 71u); // a's 36th step, the 71st of the run
}

TEST(Challenge, ProgressGrowsAlongTheSolution) {
  // What the GUI's checklist shows after each click: never backwards, done at the end.
  auto sc = load_bundled("challenge-vfork-wait");
  ASSERT_TRUE(sc);
  const std::vector<int>& sol = sc->challenge->solution;
  fs::Trace trace;
  fs::Machine m(sc, &trace);
  size_t reached = 0;
  for (size_t i = 0; i < sol.size(); ++i) {
    m.step_cpu(sol[i]);
    const ChallengeProgress p = fs::check_challenge(*sc->challenge, trace, m.state());
    EXPECT_FALSE(p.failed) << "after click " << i;
    EXPECT_GE(p.reached, reached);
    reached = p.reached;
    EXPECT_EQ(p.done, i + 1 == sol.size()) << "after click " << i;
  }
}

TEST(Challenge, ItemsMatchInOrderOnly) {
  // The same goals in the opposite order: the second can only be met after the first.
  auto sc = load_bundled("challenge-vfork-wait");
  ASSERT_TRUE(sc);
  fs::Challenge reversed = *sc->challenge;
  std::swap(reversed.in_order[0], reversed.in_order[1]);
  reversed.never.clear();
  fs::Trace trace;
  fs::Machine m(sc, &trace);
  for (int c : sc->challenge->solution) m.step_cpu(c);
  const ChallengeProgress p = fs::check_challenge(reversed, trace, m.state());
  EXPECT_EQ(p.reached, 1u); // sh's cv_wait came after the child's spin
  EXPECT_FALSE(p.done);
}

// A goal item made in code (GoalEvent is an aggregate; spelled out to keep -Wextra quiet).
fs::GoalEvent goal(fs::GoalEvent::Kind kind, const std::string& proc, int cpu = -1) {
  fs::GoalEvent g;
  g.kind = kind;
  g.proc = proc;
  g.cpu = cpu;
  return g;
}

TEST(Challenge, StopMatchesItsSignal) {
  // ptrace-fork: tracee stops twice, first with SIGSTOP, then with SIGTRAP (PTRACE_FORK).
  using K = fs::GoalEvent::Kind;
  auto sc = load_bundled("ptrace-fork");
  ASSERT_TRUE(sc);
  fs::Trace trace;
  fs::Machine m(sc, &trace);
  m.run();
  fs::GoalEvent trap = goal(K::Stop, "tracee"), stop = goal(K::Stop, "tracee");
  trap.signal = fs::NB_SIGTRAP;
  stop.signal = fs::NB_SIGSTOP;
  fs::Challenge c;
  c.in_order = {trap, stop}; // SIGTRAP then SIGSTOP: the wrong order
  EXPECT_EQ(fs::check_challenge(c, trace, m.state()).reached, 1u);
  c.in_order = {stop, trap};
  EXPECT_TRUE(fs::check_challenge(c, trace, m.state()).done);
  // gc stops once, for its own PTRACE_FORK report, after tracee's; it exits later still.
  c.in_order = {goal(K::Stop, "gc"), trap};
  EXPECT_FALSE(fs::check_challenge(c, trace, m.state()).done);
  c.in_order = {trap, goal(K::Stop, "gc"), goal(K::Exit, "gc")};
  EXPECT_TRUE(fs::check_challenge(c, trace, m.state()).done);
}

TEST(Challenge, DefaultTextsReadAsChecklistLines) {
  using K = fs::GoalEvent::Kind;
  fs::GoalEvent spin = goal(K::LockSpin, "", 1);
  spin.lock = "proc_lock";
  EXPECT_EQ(fs::describe_goal_event(spin), "CPU 1 spins on proc_lock");
  fs::GoalEvent sleep = goal(K::LockSleep, "b");
  sleep.lock = "proc_lock";
  EXPECT_EQ(fs::describe_goal_event(sleep), "b sleeps on the turnstile of proc_lock");
  fs::GoalEvent ret = goal(K::SyscallReturn, "sh");
  ret.syscall = "fork";
  ret.error = fs::NB_EAGAIN;
  EXPECT_EQ(fs::describe_goal_event(ret), "sh's fork() returns EAGAIN");
  EXPECT_EQ(fs::describe_goal_event(goal(K::Runs, "gc", 0)), "gc gets CPU 0");
}

} // namespace
