// SPDX-License-Identifier: GPL-3.0-or-later
// Chrome export names every process that ever lived, including those that
// exited before the end of the run (issue #11, item 13): Perfetto's track
// list must not say "process (pid 7)" for a process the trace knows.
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "core/trace/trace_io.h"

namespace {

namespace stdfs = std::filesystem;

std::string scenario_dir() { return std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios"; }

fs::RunResult run(const std::string& path) {
  fs::ScenarioLoad load = fs::load_scenario_file(path);
  if (!load.errors.empty() || !load.scenario) {
    ADD_FAILURE() << path << ": does not load";
    return {};
  }
  return fs::run_scenario(std::make_shared<const fs::Scenario>(std::move(*load.scenario)));
}

// pid -> the name in its process_name metadata.
std::map<int64_t, std::string> process_names(const fs::Trace& t) {
  std::ostringstream os;
  fs::write_chrome_trace(os, t);
  const auto doc = nlohmann::json::parse(os.str());
  std::map<int64_t, std::string> names;
  for (const auto& e : doc.at("traceEvents"))
    if (e.at("ph") == "M" && e.at("name") == "process_name")
      names[e.at("pid").get<int64_t>()] = e.at("args").at("name").get<std::string>();
  return names;
}

TEST(ChromeNames, ExitedProcessesKeepTheirNames) {
  // vfork-exec: sh (pid 2) vforks pid 3, which execs /bin/echo; both exit
  // and are reaped before the end, so neither is in the final process list.
  const fs::RunResult r = run(scenario_dir() + "/vfork-exec.json");
  const auto names = process_names(r.trace);
  EXPECT_EQ(names.at(1), "init (pid 1)");
  EXPECT_EQ(names.at(2), "sh (pid 2)");
  EXPECT_EQ(names.at(3), "echo (pid 3)");
}

TEST(ChromeNames, NoBundledScenarioHasAnUnnamedProcess) {
  const std::regex unnamed(R"(process \(pid \d+\))");
  int scenarios = 0;
  for (const auto& entry : stdfs::directory_iterator(scenario_dir())) {
    if (entry.path().extension() != ".json") continue;
    ++scenarios;
    const fs::RunResult r = run(entry.path().string());
    // Every pid the trace creates is a process with a name.
    std::set<int64_t> created;
    for (const fs::Event& e : r.trace.events)
      if (e.kind == fs::EventKind::Proc && e.action == static_cast<uint8_t>(fs::ProcAction::Create))
        created.insert(e.a);
    const auto names = process_names(r.trace);
    for (const int64_t pid : created) {
      auto it = names.find(pid);
      ASSERT_NE(it, names.end()) << entry.path() << ": pid " << pid << " has no track";
      EXPECT_FALSE(std::regex_match(it->second, unnamed))
          << entry.path().filename() << ": pid " << pid << " is \"" << it->second << "\"";
    }
  }
  EXPECT_GE(scenarios, 20);
}

} // namespace
