// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario file's "challenge" block: what loads, its normalized form (and
// that files without one normalize and run exactly as before), and every kind
// of mistake reported as file:line:col: /json/pointer: message.
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "core/machine.h"
#include "core/runner.h"
#include "core/trace/trace_io.h"
#include "support/loader_helpers.h"

namespace fs::test::loader {
namespace {

const std::string kProcs = R"([
    {"name": "a", "program": [{"op": "fork", "name": "kid", "child": []}]},
    {"name": "b", "program": []}])";

// A two-CPU scenario with the given challenge object.
std::string with_challenge(const std::string& challenge) {
  return doc(kProcs, R"({"cpus": 2})", "  \"challenge\": " + challenge + ",\n");
}

TEST(ChallengeLoader, LoadsEveryField) {
  const fs::Scenario s = loaded(with_challenge(R"({
    "goal": "g",
    "in_order": [
      {"event": "lock_spin", "cpu": 1, "proc": "b", "lock": "proc_lock"},
      {"event": "syscall_return", "proc": "kid", "syscall": "fork", "errno": null, "text": "t"},
      {"event": "stop", "proc": "a.1", "signal": "SIGTRAP"},
      {"event": "step", "step": "fork1.proc_lock"},
      {"event": "cv_wait", "cv": "l_waitcv"}],
    "never": [{"event": "syscall_return", "errno": "EAGAIN"}, {"event": "exit"}, {"event": "runs"}],
    "hints": ["h1", "h2"], "par_steps": 9, "solution": [1, 0, 1]})"));
  ASSERT_TRUE(s.challenge);
  const fs::Challenge& c = *s.challenge;
  EXPECT_EQ(c.goal, "g");
  ASSERT_EQ(c.in_order.size(), 5u);
  EXPECT_EQ(c.in_order[0].kind, GoalEvent::Kind::LockSpin);
  EXPECT_EQ(c.in_order[0].cpu, 1);
  EXPECT_EQ(c.in_order[0].lock, "proc_lock");
  EXPECT_EQ(c.in_order[0].text, "b on CPU 1 spins on proc_lock"); // made from the fields
  EXPECT_EQ(c.in_order[1].error, 0);
  EXPECT_EQ(c.in_order[1].text, "t");
  EXPECT_EQ(c.in_order[2].signal, 5);
  EXPECT_EQ(c.in_order[3].step, "fork1.proc_lock");
  EXPECT_EQ(c.in_order[4].cv, "l_waitcv");
  ASSERT_EQ(c.never.size(), 3u);
  EXPECT_EQ(c.never[0].error, 35);
  EXPECT_FALSE(c.never[1].error);
  EXPECT_EQ(c.hints, (std::vector<std::string>{"h1", "h2"}));
  EXPECT_EQ(c.par_steps, 9u);
  EXPECT_EQ(c.solution, (std::vector<int>{1, 0, 1}));
  EXPECT_EQ(s.normalized["challenge"]["in_order"][0].dump(),
            R"({"event":"lock_spin","cpu":1,"proc":"b","lock":"proc_lock",)"
            R"("text":"b on CPU 1 spins on proc_lock"})");
  // The normalized form loads back to itself.
  EXPECT_EQ(loaded(s.normalized.dump()).normalized.dump(), s.normalized.dump());
}

TEST(ChallengeLoader, DefaultsAndNormalizedForm) {
  const fs::Scenario s =
      loaded(with_challenge(R"({"goal": "g", "in_order": [{"event": "exit"}]})"));
  ASSERT_TRUE(s.challenge);
  EXPECT_EQ(s.normalized["challenge"].dump(),
            R"({"goal":"g","in_order":[{"event":"exit","text":"a process exits"}],)"
            R"("never":[],"hints":[],"par_steps":0,"solution":[]})");
}

TEST(ChallengeLoader, WithoutAChallengeNothingChanges) {
  // The same file with and without the block: the normalized forms differ only by the
  // "challenge" key (which comes last), and the runs record the same events.
  const std::string plain = doc(kProcs, R"({"cpus": 2})");
  const std::string posed = with_challenge(
      R"({"goal": "g", "in_order": [{"event": "runs", "proc": "a.1"}], "solution": [0]})");
  const fs::Scenario a = loaded(plain), b = loaded(posed);
  EXPECT_FALSE(a.challenge);
  EXPECT_FALSE(a.normalized.contains("challenge"));
  ASSERT_TRUE(b.normalized.contains("challenge"));
  EXPECT_EQ(b.normalized.back(), b.normalized["challenge"]);
  nlohmann::ordered_json stripped = b.normalized;
  stripped.erase("challenge");
  EXPECT_EQ(stripped.dump(), a.normalized.dump());

  fs::RunResult ra = fs::run_scenario(std::make_shared<const fs::Scenario>(a));
  fs::RunResult rb = fs::run_scenario(std::make_shared<const fs::Scenario>(b));
  rb.trace.scenario = ra.trace.scenario;
  EXPECT_EQ(fs::trace_to_string(rb.trace), fs::trace_to_string(ra.trace));
}

TEST(ChallengeLoader, OverridesRefuseCpusTheChallengeUses) {
  fs::Scenario s = loaded(
      with_challenge(R"({"goal": "g", "in_order": [{"event": "exit", "cpu": 1, "text": "x"}]})"));
  fs::ScenarioOverrides one_cpu;
  one_cpu.cpus = 1;
  EXPECT_EQ(apply_overrides(s, one_cpu), "--cpus 1: the scenario's challenge uses CPU 1 (x)");
  fs::Scenario t = loaded(
      with_challenge(R"({"goal": "g", "in_order": [{"event": "exit"}], "solution": [0, 1]})"));
  EXPECT_EQ(apply_overrides(t, one_cpu),
            "--cpus 1: the scenario's challenge uses CPU 1 (solution entry 1)");
  fs::ScenarioOverrides four_cpus;
  four_cpus.cpus = 4;
  EXPECT_EQ(apply_overrides(t, four_cpus), "");
}

// The single error of a scenario whose challenge is `challenge`, expected at `needle`.
void expect_error(const std::string& challenge, const std::string& needle, int nth,
                  const std::string& message) {
  const std::string text = with_challenge(challenge);
  EXPECT_EQ(only_error(text), "s.json:" + pos(text, needle, nth) + ": " + message) << challenge;
}

TEST(ChallengeLoader, ErrorsHavePositionsAndPointers) {
  expect_error(R"([])", "[]", 0, "/challenge: expected an object (found an array)");
  expect_error(R"({"goal": "g", "in_order": [{"event": "exit"}], "hint": []})", "\"hint\"", 0,
               "/challenge/hint: unknown key \"hint\"");
  expect_error(R"({"in_order": [{"event": "exit"}]})", "{\"in_order", 0,
               "/challenge: missing required field \"goal\"");
  expect_error(R"({"goal": "", "in_order": [{"event": "exit"}]})", "\"\"", 0,
               "/challenge/goal: the goal must not be empty");
  expect_error(R"({"goal": "g", "in_order": []})", "[]", 0,
               "/challenge/in_order: at least one event is required");
  expect_error(R"({"goal": "g", "in_order": [{"event": "spin"}]})", "\"spin\"", 0,
               "/challenge/in_order/0/event: expected \"lock_spin\", \"lock_sleep\", "
               "\"lock_acquire\", \"cv_wait\", \"stop\", \"exit\", \"runs\", \"syscall_return\" "
               "or \"step\" (found the string \"spin\")");
  expect_error(R"({"goal": "g", "in_order": [{"event": "exit", "cpu": 2}]})", "2}", 0,
               "/challenge/in_order/0/cpu: 2 is out of range 0..1");
  expect_error(R"({"goal": "g", "in_order": [{"event": "exit", "proc": "zed"}]})", "\"zed\"", 0,
               "/challenge/in_order/0/proc: unknown process \"zed\"");
  expect_error(R"({"goal": "g", "in_order": [{"event": "exit"}], "never": [{"event": "exit",
                   "lock": "proc_lock"}]})",
               "\"lock\"", 0, "/challenge/never/0/lock: \"lock\" is only used with lock_* events");
  expect_error(R"({"goal": "g", "in_order": [{"event": "lock_spin", "lock": 7}]})", "7}", 0,
               "/challenge/in_order/0/lock: expected a string (found 7)");
  expect_error(R"({"goal": "g", "in_order": [{"event": "syscall_return", "syscall": "frok"}]})",
               "\"frok\"", 0, "/challenge/in_order/0/syscall: unknown system call \"frok\"");
  expect_error(R"({"goal": "g", "in_order": [{"event": "syscall_return", "errno": 0}]})", "0}", 0,
               "/challenge/in_order/0/errno: expected null or an errno name (found 0)");
  expect_error(R"({"goal": "g", "in_order": [{"event": "stop", "signal": "SIGFOO"}]})",
               "\"SIGFOO\"", 0, "/challenge/in_order/0/signal: unknown signal \"SIGFOO\"");
  expect_error(R"({"goal": "g", "in_order": [{"event": "step", "step": "fork1.nope"}]})",
               "\"fork1.nope\"", 0,
               "/challenge/in_order/0/step: unknown step label \"fork1.nope\"");
  expect_error(R"({"goal": "g", "in_order": [{"event": "exit"}], "par_steps": -1})", "-1", 0,
               "/challenge/par_steps: -1 is out of range 0..2000000000");
  expect_error(R"({"goal": "g", "in_order": [{"event": "exit"}], "solution": [0, 1, 3]})", "3]", 0,
               "/challenge/solution/2: 3 is out of range 0..1");
  expect_error(R"({"goal": "g", "in_order": [{"event": "exit"}], "hints": ["a", 1]})", "1]", 0,
               "/challenge/hints/1: expected a string (found 1)");
}

TEST(ChallengeLoader, ErrorsAreAllReportedInDocumentOrder) {
  const std::string text = with_challenge(
      R"({"goal": 1, "in_order": [{"event": "exit", "cpu": "x", "cv": "c"}], "x-mine": {}})");
  const auto e = errors(text);
  ASSERT_EQ(e.size(), 3u) << testing::PrintToString(e);
  EXPECT_EQ(e[0], "s.json:" + pos(text, "1, \"in_order") +
                      ": /challenge/goal: expected a string (found 1)");
  EXPECT_EQ(e[1], "s.json:" + pos(text, "\"x\"") +
                      ": /challenge/in_order/0/cpu: expected an integer (found the string \"x\")");
  EXPECT_EQ(e[2], "s.json:" + pos(text, "\"cv\"") +
                      ": /challenge/in_order/0/cv: \"cv\" is only used with cv_wait");
}

} // namespace
} // namespace fs::test::loader
