// SPDX-License-Identifier: GPL-3.0-or-later
#include "fork_storm.h"

#include <stdexcept>
#include <string>

#include "core/scenario/scenario_loader.h"

namespace fs::bench {

std::shared_ptr<const Scenario> fork_storm(int workers, int cpus, int cycles, uint64_t max_steps) {
  std::string procs;
  for (int w = 0; w < workers; ++w) {
    if (w) procs += ",";
    procs += R"({"name":"w)" + std::to_string(w) + R"(","program":[{"op":"repeat","count":)" +
             std::to_string(cycles) +
             R"(,"body":[{"op":"fork","child":[{"op":"exit","status":0}]},{"op":"wait"}]}]})";
  }
  const std::string json =
      R"({"format":"forkscope-scenario","version":1,"title":"fork storm","machine":{"cpus":)" +
      std::to_string(cpus) + R"(,"max_steps":)" + std::to_string(max_steps) + R"(},"processes":[)" +
      procs + "]}";
  ScenarioLoad load = load_scenario_text(json, "fork-storm.json");
  if (!load.scenario) throw std::runtime_error(load.errors.front().str());
  return std::make_shared<const Scenario>(std::move(*load.scenario));
}

} // namespace fs::bench
