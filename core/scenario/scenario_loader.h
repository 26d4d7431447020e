// SPDX-License-Identifier: GPL-3.0-or-later
// Loads and validates scenario files. Every error names the file, the line and
// column, and the JSON path of the offending value; a scenario with any error
// is refused whole (nothing is half-loaded).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/scenario/scenario.h"

namespace fs {

struct LoadError {
  std::string file;
  int line = 0;          // 1-based; 0 when unknown
  int col = 0;           // 1-based
  std::string json_path; // JSON pointer, "" for the document itself
  std::string message;
  // "file:line:col: /json/path: message"
  std::string str() const;
};

struct ScenarioLoad {
  std::optional<Scenario> scenario; // set only when errors is empty
  std::vector<LoadError> errors;    // in document order
};

ScenarioLoad load_scenario_text(std::string_view text, const std::string& file);
ScenarioLoad load_scenario_file(const std::string& path);
// The scenario embedded in a trace's text (its "/scenario" value), loaded from
// the trace's own bytes: errors name the trace file and its line:col, and
// their JSON paths start with /scenario.
ScenarioLoad load_trace_scenario(std::string_view trace_text, const std::string& file);
// The same from a trace file, reading only as much of it as holds the scenario
// (the writer puts it before the events): a large trace is not read twice.
ScenarioLoad load_trace_scenario_file(const std::string& path);

// Command-line overrides (--cpus, --seed, --schedule, --max-steps). Values are
// range-checked like the file's own; the normalized JSON is updated too.
struct ScenarioOverrides {
  std::optional<int> cpus;
  std::optional<uint64_t> seed;
  std::optional<std::string> schedule; // "round-robin" | "random"
  std::optional<uint64_t> max_steps;
};
// Returns an error message, or "" when applied.
std::string apply_overrides(Scenario& s, const ScenarioOverrides& o);

} // namespace fs
