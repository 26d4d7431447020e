// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the scenario loader must refuse any input with messages,
// never crash, hang or read out of bounds, and never half-load a scenario.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/scenario/scenario_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fs::ScenarioLoad load = fs::load_scenario_text(text, "fuzz.json");
  // The contract: a scenario is set exactly when there are no errors.
  if (load.scenario.has_value() == !load.errors.empty()) std::abort();
  for (const fs::LoadError& e : load.errors) {
    if (e.message.empty()) std::abort();
    (void)e.str();
  }
  return 0;
}
