// SPDX-License-Identifier: GPL-3.0-or-later
// Every bundled classroom scenario (scenarios/*.json) loads, describes itself,
// runs with the invariant checker on, and checks itself: its expectations all
// hold (and there is at least one) and it ends the way it says it does.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/runner.h"
#include "core/scenario/scenario_loader.h"

namespace {

namespace stdfs = std::filesystem;

std::string scenario_dir() { return std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios"; }

// The bundled scenario names (file stems), sorted so that test names are stable.
std::vector<std::string> bundled_scenarios() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : stdfs::directory_iterator(scenario_dir(), ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json")
      names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// gtest parameter names allow only [A-Za-z0-9_].
std::string test_name(const testing::TestParamInfo<std::string>& info) {
  std::string s = info.param;
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return s;
}

TEST(BundledScenarios, DirectoryHasScenarios) {
  // The classroom library: at least the twenty lecture scenarios.
  EXPECT_GE(bundled_scenarios().size(), 20u) << "in " << scenario_dir();
}

class BundledScenario : public testing::TestWithParam<std::string> {};

TEST_P(BundledScenario, LoadsRunsAndChecksItself) {
  const std::string path = scenario_dir() + "/" + GetParam() + ".json";
  fs::ScenarioLoad load = fs::load_scenario_file(path);
  ASSERT_TRUE(load.errors.empty()) << load.errors.front().str();
  ASSERT_TRUE(load.scenario.has_value());
  auto scenario = std::make_shared<const fs::Scenario>(std::move(*load.scenario));

  EXPECT_FALSE(scenario->title.empty()) << path << ": no title";
  EXPECT_FALSE(scenario->description.empty()) << path << ": no description";
  EXPECT_FALSE(scenario->tags.empty()) << path << ": no tags";
  const bool has_level =
      std::any_of(scenario->tags.begin(), scenario->tags.end(), [](const std::string& t) {
        return t == "beginner" || t == "intermediate" || t == "advanced";
      });
  EXPECT_TRUE(has_level) << path << ": needs a difficulty tag (beginner, intermediate or advanced)";

  fs::RunOptions options;
  options.check_invariants = true;
  const fs::RunResult result = fs::run_scenario(scenario, options);
  const fs::Outcome& o = result.trace.outcome;

  EXPECT_EQ(result.invariant_violation, "") << path;
  EXPECT_EQ(o.expectations_failed, 0) << path;
  for (const auto& f : o.failures) ADD_FAILURE() << path << ": " << f.op_path << ": " << f.message;
  EXPECT_GE(o.expectations_passed, 1) << path << ": a scenario must check at least one expectation";
  EXPECT_EQ(o.result, scenario->expect_outcome) << path;
  EXPECT_EQ(fs::outcome_exit_status(*scenario, o), 0) << path;
}

INSTANTIATE_TEST_SUITE_P(Scenarios, BundledScenario, testing::ValuesIn(bundled_scenarios()),
                         test_name);

} // namespace
