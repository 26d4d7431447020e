// SPDX-License-Identifier: GPL-3.0-or-later
// Every bundled scenario explored with at most two preemptions: no deadlock,
// no invariant violation, and its expectations met on every explored schedule
// (or, for a scenario that says "explore": {"expectations": "some_schedule"},
// on at least one). Each scenario has a budget, so a big one is explored as
// far as the budget goes; the test records whether the search was exhaustive.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

#include <gtest/gtest.h>

#include "core/explore.h"
#include "core/scenario_loader.h"

namespace fs::test {
namespace {

namespace stdfs = std::filesystem;

std::vector<std::string> bundled() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e :
       stdfs::directory_iterator(std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios", ec))
    if (e.is_regular_file() && e.path().extension() == ".json")
      names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class ExploreBundled : public testing::TestWithParam<std::string> {};

TEST_P(ExploreBundled, NoFailureWithinTwoPreemptions) {
  const std::string path = std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios/" + GetParam() + ".json";
  ScenarioLoad load = load_scenario_file(path);
  ASSERT_TRUE(load.scenario) << path;
  auto sc = std::make_shared<const Scenario>(std::move(*load.scenario));
  ExploreOptions o;
  o.preemptions = 2;
  o.max_states = 150000;
  o.max_seconds = 5; // 26 scenarios: about two minutes in a Debug build at worst
  const ExploreReport r = explore(sc, o);
  RecordProperty("states", std::to_string(r.total_states));
  RecordProperty("exhaustive", r.exhaustive ? "yes" : "no");
  RecordProperty("completed_bound", std::to_string(r.completed_bound));
  std::cout << "[explore] " << GetParam() << ": " << r.total_states << " states, "
            << (r.exhaustive ? "exhaustive"
                             : "budget: complete up to bound " + std::to_string(r.completed_bound))
            << '\n';
  EXPECT_TRUE(r.ok()) << explore_report_text(r);
}

std::string test_name(const testing::TestParamInfo<std::string>& info) {
  std::string s = info.param;
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return s;
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ExploreBundled, testing::ValuesIn(bundled()), test_name);

} // namespace
} // namespace fs::test
