// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/scenario/scenario_loader.h"

namespace fs::test {

std::shared_ptr<const Scenario> scenario_from(const std::string& json, const std::string& file) {
  ScenarioLoad load = load_scenario_text(json, file);
  if (!load.errors.empty()) {
    std::string all;
    for (const auto& e : load.errors) all += e.str() + "\n";
    ADD_FAILURE() << "scenario did not load:\n" << all;
    return nullptr;
  }
  return std::make_shared<const Scenario>(std::move(*load.scenario));
}

RunResult run_checked(const std::string& json, uint64_t seed) {
  std::shared_ptr<const Scenario> sc = scenario_from(json);
  if (!sc) return {};
  if (seed > 0) { // the same scenario on another schedule
    auto seeded = std::make_shared<Scenario>(*sc);
    seeded->machine.seed = seed;
    sc = std::move(seeded);
  }
  RunOptions opt;
  opt.check_invariants = true;
  RunResult r = run_scenario(sc, opt);
  EXPECT_EQ(r.invariant_violation, "") << "invariant violated";
  return r;
}

std::string source_path(const std::string& rel) {
  return std::string(FORKSCOPE_SOURCE_DIR) + "/" + rel;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace fs::test
