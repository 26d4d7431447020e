// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario a trace embeds, loaded in place: replaying a trace re-runs it,
// and a broken one must be reported where it stands in the trace file, not in
// a re-serialised copy (whose lines and columns the user cannot find).
#include "core/json_locate.h"
#include "core/scenario_loader.h"

namespace fs {

ScenarioLoad load_trace_scenario(std::string_view trace_text, const std::string& file) {
  const size_t start = locate_json_pointer(trace_text, "/scenario");
  const bool found = start < trace_text.size() && trace_text[start] == '{';
  if (!found) {
    ScenarioLoad out;
    auto [line, col] = line_col_of_offset(trace_text, start);
    out.errors.push_back(LoadError{file, line, col, "/scenario", "the trace embeds no scenario"});
    return out;
  }
  const size_t end = json_value_end(trace_text, start);
  ScenarioLoad load = load_scenario_text(trace_text.substr(start, end - start), file);
  // Positions are relative to the embedded text: shift them to the trace's.
  const auto [line0, col0] = line_col_of_offset(trace_text, start);
  for (LoadError& e : load.errors) {
    if (e.line == 1) e.col += col0 - 1;
    if (e.line > 0) e.line += line0 - 1;
    e.json_path = "/scenario" + e.json_path;
  }
  return load;
}

} // namespace fs
