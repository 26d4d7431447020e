// SPDX-License-Identifier: GPL-3.0-or-later
// Text and JSON renderings of an explorer report. Both leave out the wall-clock
// time, so the same scenario and options give the same bytes on every run
// (unless a time budget stopped the search: where it stopped depends on speed).
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/explore/explore.h"

namespace fs {

std::string cpu_list(const std::vector<int>& schedule) {
  std::string out;
  for (size_t i = 0; i < schedule.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(schedule[i]);
  }
  return out;
}

std::string explore_report_text(const ExploreReport& r) {
  std::ostringstream os;
  os << "explored:  " << r.title << "  (" << r.cpus << " CPUs, at most " << r.bound
     << " preemptions)\n";
  os << "states:    " << r.states << " distinct (" << r.total_states
     << " over all bounds), schedules: " << r.schedules << ", steps: " << r.steps << '\n';
  os << "search:    ";
  if (r.exhaustive)
    os << "exhaustive within " << r.bound << " preemptions\n";
  else
    os << "NOT exhaustive (stopped by " << r.stopped_by << "); complete up to " << r.completed_bound
       << " preemptions\n";
  if (r.some_schedule) {
    os << "expectations (some schedule): ";
    if (r.expectations_reached)
      os << "met on --cpus " << cpu_list(r.expectations_witness) << '\n';
    else
      os << "NOT met on any explored schedule\n";
  }
  if (r.findings.empty()) os << "findings:  none\n";
  for (const Finding& f : r.findings) {
    os << "FOUND " << finding_kind_name(f.kind) << ": " << f.message << '\n';
    if (!f.schedule.empty())
      os << "  schedule (" << f.schedule.size() << " steps, " << f.preemptions
         << " preemptions): --cpus " << cpu_list(f.schedule) << '\n';
  }
  for (size_t i = 0; i < r.outcomes.size(); ++i) {
    const ObservedOutcome& o = r.outcomes[i];
    os << "outcome " << i + 1 << " (" << o.schedules << " schedules):\n";
    for (const std::string& l : o.lines) os << "  " << l << '\n';
    os << "  witness: --cpus " << cpu_list(o.schedule) << '\n';
  }
  return os.str();
}

std::string explore_report_json(const ExploreReport& r) {
  nlohmann::ordered_json j;
  j["format"] = "forkscope-explore";
  j["version"] = 1;
  j["title"] = r.title;
  j["cpus"] = r.cpus;
  j["preemption_bound"] = r.bound;
  j["completed_bound"] = r.completed_bound;
  j["exhaustive"] = r.exhaustive;
  j["stopped_by"] = nullptr;
  if (!r.stopped_by.empty()) j["stopped_by"] = r.stopped_by;
  j["states"] = r.states;
  j["total_states"] = r.total_states;
  j["schedules"] = r.schedules;
  j["steps"] = r.steps;
  if (r.some_schedule) {
    j["expectations"] = "some_schedule";
    j["expectations_reached"] = r.expectations_reached;
    if (r.expectations_reached) j["expectations_witness"] = r.expectations_witness;
  }
  j["findings"] = nlohmann::ordered_json::array();
  for (const Finding& f : r.findings)
    j["findings"].push_back({{"kind", finding_kind_name(f.kind)},
                             {"message", f.message},
                             {"preemptions", f.preemptions},
                             {"schedule", f.schedule}});
  j["outcomes"] = nlohmann::ordered_json::array();
  for (const ObservedOutcome& o : r.outcomes)
    j["outcomes"].push_back(
        {{"lines", o.lines}, {"schedules", o.schedules}, {"witness", o.schedule}});
  return j.dump(2) + "\n";
}

} // namespace fs
