// SPDX-License-Identifier: GPL-3.0-or-later
// Every bundled scenario explored with at most two preemptions: no deadlock,
// no invariant violation, and its expectations met on every explored schedule
// (or, for a scenario that says "explore": {"expectations": "some_schedule"},
// on at least one). Each scenario has a budget, so a big one is explored as
// far as the budget goes; the test records whether the search was exhaustive.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <gtest/gtest.h>

#include "core/explore/explore.h"
#include "core/scenario/scenario_loader.h"

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

#if defined(__SANITIZE_ADDRESS__)
#define FS_EXPLORE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FS_EXPLORE_SANITIZED 1
#endif
#endif

// The time box per scenario: 26 scenarios, most of which use all of it, plus
// test_explore.cpp's exhaustive searches (about 30 s in a Debug build) keep
// the explorer's ctest time near two minutes. Those exhaustive searches run
// several times slower under ASan, so a sanitizer build gives each scenario
// less time. FORKSCOPE_EXPLORE_SECONDS overrides both (e.g. a longer run).
double seconds_per_scenario() {
  if (const char* env = std::getenv("FORKSCOPE_EXPLORE_SECONDS")) {
    const double s = std::atof(env);
    if (s > 0) return s;
  }
#ifdef FS_EXPLORE_SANITIZED
  return 2;
#else
  return 3.5;
#endif
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
  o.max_seconds = seconds_per_scenario();
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
