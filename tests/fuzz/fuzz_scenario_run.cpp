// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: load a scenario and RUN it, recording a trace, under a
// step budget - where the hangs and runaway memory of issue #10 lived (idle
// time walked tick by tick, sleeps of years, fork storms). Then the writer's
// output must read back: whatever the writer writes, the reader reads, and
// re-writing what was read gives the same bytes.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "core/machine.h"
#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "core/trace/trace_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fs::ScenarioLoad load = fs::load_scenario_text(text, "fuzz.json");
  if (!load.scenario) return 0;
  // Budgets: steps are what cost time; idle ticks are skipped in O(1), so
  // max_ticks stays as the scenario says.
  load.scenario->machine.max_steps = std::min<uint64_t>(load.scenario->machine.max_steps, 20000);
  auto sc = std::make_shared<const fs::Scenario>(std::move(*load.scenario));
  fs::Trace trace;
  fs::Machine m(sc, &trace);
  const fs::RunState rs = m.run();
  if (rs == fs::RunState::Running) std::abort();
  if (std::string bad = m.check_invariants(); !bad.empty()) std::abort();
  trace.scenario = sc->normalized;
  trace.generator = "fuzz";
  trace.outcome = fs::make_outcome(m.state(), rs);
  const std::string written = fs::trace_to_string(trace);
  const fs::TraceRead back = fs::read_trace_text(written, "fuzz-trace.json");
  if (back.error || !back.trace) std::abort();
  if (fs::trace_to_string(*back.trace) != written) std::abort();
  return 0;
}
