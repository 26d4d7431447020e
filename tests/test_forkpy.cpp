// SPDX-License-Identifier: GPL-3.0-or-later
// OSTEP fork.py problems: the import (scenario + answer key from a run of the
// engine), the validation of action lists, and the seeded generator.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/classroom/forkpy.h"
#include "core/classroom/problem_gen.h"
#include "support/test_support.h"

namespace fs::test {
namespace {

std::vector<std::string> trees(const ForkpyImport& imp, bool netbsd) {
  std::vector<std::string> out;
  for (const ForkpyStep& s : imp.steps) out.push_back(netbsd ? s.netbsd : s.forkpy);
  return out;
}

// Loads the generated scenario and runs it with the invariant checker.
void expect_runs_clean(const ForkpyImport& imp) {
  ASSERT_TRUE(imp.errors.empty()) << imp.errors.front();
  RunResult r = run_checked(imp.scenario_json);
  EXPECT_EQ(r.trace.outcome.result, "completed");
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_GT(r.trace.outcome.expectations_passed, 0);
}

TEST(Forkpy, OrphanGoesToInitInNetbsdButToAInForkpy) {
  ForkpyImport imp = import_forkpy("a+b,b+c,b-");
  ASSERT_TRUE(imp.errors.empty()) << imp.errors.front();
  EXPECT_EQ(trees(imp, true),
            (std::vector<std::string>{"init(a(b))", "init(a(b(c)))", "init(a(b:zombie) c)"}));
  EXPECT_EQ(trees(imp, false), (std::vector<std::string>{"a(b)", "a(b(c))", "a(c)"}));
  EXPECT_FALSE(imp.steps[0].differs());
  EXPECT_FALSE(imp.steps[1].differs());
  EXPECT_EQ(imp.steps[2].moved, std::vector<std::string>{"c"});
  EXPECT_NE(imp.answer.find("Action 3: b-"), std::string::npos);
  EXPECT_NE(imp.answer.find("DIFFERS: c"), std::string::npos);
  expect_runs_clean(imp);
}

TEST(Forkpy, LocalReparentAndGrandchildrenStayPut) {
  ForkpyOptions opt;
  opt.local_reparent = true;
  ForkpyImport imp = import_forkpy("a+b b+c\nc+d,c+e,c-,a+f", opt);
  ASSERT_TRUE(imp.errors.empty()) << imp.errors.front();
  ASSERT_EQ(imp.steps.size(), 6u);
  // fork.py -R: c's children go to b; NetBSD: to init. a+f changes nothing of that.
  EXPECT_EQ(imp.steps[4].forkpy, "a(b(d e))");
  EXPECT_EQ(imp.steps[4].netbsd, "init(a(b(c:zombie)) d e)");
  EXPECT_EQ(imp.steps[4].moved, (std::vector<std::string>{"d", "e"}));
  EXPECT_EQ(imp.steps[5].forkpy, "a(b(d e) f)");
  EXPECT_EQ(imp.steps[5].netbsd, "init(a(b(c:zombie) f) d e)");
  expect_runs_clean(imp);
}

TEST(Forkpy, SameTreesOnAnyCpuCount) {
  const std::string actions = "a+b,b+c,a+d,c+e,b-,d+f,c-,e+g,a+h,e-";
  ForkpyImport one = import_forkpy(actions);
  ASSERT_TRUE(one.errors.empty()) << one.errors.front();
  for (int cpus : {2, 4}) {
    ForkpyOptions opt;
    opt.cpus = cpus;
    ForkpyImport many = import_forkpy(actions, opt);
    ASSERT_TRUE(many.errors.empty()) << many.errors.front();
    EXPECT_EQ(trees(many, true), trees(one, true)) << cpus << " CPUs";
    expect_runs_clean(many);
  }
}

TEST(Forkpy, ActionsHappenAtMultiplesOfTheGap) {
  for (int cpus : {1, 3}) {
    ForkpyOptions opt;
    opt.cpus = cpus;
    ForkpyImport imp = import_forkpy("a+b,b+c,c+d,d+e,e-,d-,a+f", opt);
    ASSERT_TRUE(imp.errors.empty()) << imp.errors.front();
    auto doc = nlohmann::json::parse(imp.scenario_json);
    EXPECT_EQ(doc["machine"]["cpus"], cpus);
    EXPECT_EQ(doc["processes"][0]["name"], "a");
    EXPECT_EQ(doc["processes"][0]["uid"], 1000);
    const auto& fork = doc["processes"][0]["program"][1];
    EXPECT_EQ(fork["op"], "fork");
    EXPECT_EQ(fork["name"], "b");
    EXPECT_EQ(fork["note"], "action 1: a+b");
    EXPECT_TRUE(fork["expect"]["errno"].is_null());
    auto sc = scenario_from(imp.scenario_json);
    ASSERT_TRUE(sc);
    RunResult r = run_scenario(sc);
    const Trace& t = r.trace;
    int seen = 0;
    for (uint32_t s = 0; s < t.events.size(); ++s) {
      if (t.events[s].kind != EventKind::Note) continue;
      const std::string& text = t.strings.at(t.events[s].c);
      if (text.rfind("action ", 0) != 0) continue;
      const int i = std::stoi(text.substr(7));
      EXPECT_EQ(t.tick_of_event(s), static_cast<uint64_t>(i) * 200) << text << ", " << cpus;
      ++seen;
    }
    EXPECT_EQ(seen, 7);
  }
}

TEST(Forkpy, BadInputIsRefusedWithTheActionIndex) {
  auto first_error = [](std::string_view actions) {
    ForkpyImport imp = import_forkpy(actions);
    EXPECT_TRUE(imp.scenario_json.empty());
    return imp.errors.empty() ? std::string() : imp.errors.front();
  };
  EXPECT_EQ(first_error("a+b,x+c"), "action 2 \"x+c\": unknown process \"x\"");
  EXPECT_EQ(first_error("a+b,b-,b+c"), "action 3 \"b+c\": process \"b\" has already exited");
  EXPECT_EQ(first_error("a+b,a+b"),
            "action 2 \"a+b\": duplicate name \"b\" (every forked process needs a new name)");
  EXPECT_EQ(first_error("a+b,b-,a+b"),
            "action 3 \"a+b\": duplicate name \"b\" (every forked process needs a new name)");
  EXPECT_EQ(first_error("a-"),
            "action 1 \"a-\": the root process \"a\" cannot exit (as in fork.py)");
  EXPECT_NE(first_error("a+"), "");
  EXPECT_NE(first_error("a+B").find("action 1 \"a+B\": expected P+Q"), std::string::npos);
  EXPECT_NE(first_error("a+b,b-c").find("action 2"), std::string::npos);
  EXPECT_NE(first_error("a+init").find("reserved"), std::string::npos);
  EXPECT_NE(first_error(" , \n").find("no actions"), std::string::npos);
  // Every error is reported, not just the first.
  EXPECT_EQ(import_forkpy("q+r,a+b,b+b,zz-").errors.size(), 3u);
}

TEST(Forkpy, SeedGivesTheSameActionsEverywhere) {
  EXPECT_EQ(generate_forkpy_actions(42, 10), generate_forkpy_actions(42, 10));
  EXPECT_NE(generate_forkpy_actions(42, 10), generate_forkpy_actions(43, 10));
  // Fixed: a change here changes every problem a teacher has handed out.
  EXPECT_EQ(generate_forkpy_actions(42, 10), "a+b,a+c,a+d,a+e,e+f,e+g,e+h,g-,e+i,i-");
  EXPECT_EQ(forkpy_name(1), "b");
  EXPECT_EQ(forkpy_name(25), "z");
  EXPECT_EQ(forkpy_name(26), "aa");
  SplitMix64 r(0);
  EXPECT_EQ(r.next(), 0xE220A8397B1DCDAFULL); // splitmix64's reference first output for seed 0
}

TEST(Forkpy, GeneratedProblemsAreValidAndRunClean) {
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    const std::string actions = generate_forkpy_actions(seed, 12, 0.6, 6);
    ForkpyParse p = parse_forkpy_actions(actions);
    EXPECT_TRUE(p.errors.empty()) << actions;
    EXPECT_EQ(p.actions.size(), 12u);
    ForkpyOptions opt;
    opt.cpus = static_cast<int>(seed % 3) + 1;
    expect_runs_clean(import_forkpy(actions, opt));
  }
  EXPECT_EQ(generate_forkpy_actions(7, 5, 0.0), "a+b,b-,a+c,c-,a+d"); // only a: must fork
  EXPECT_THROW(generate_forkpy_actions(1, 0), std::invalid_argument);
  EXPECT_THROW(generate_forkpy_actions(1, 5, 1.5), std::invalid_argument);
}

} // namespace
} // namespace fs::test
