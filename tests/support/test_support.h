// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the tests: load a scenario from inline JSON, run it,
// find and read files of the source tree.
#pragma once
#include <memory>
#include <string>

#include "core/runner.h"
#include "core/scenario/scenario.h"

namespace fs::test {

// Loads a scenario from JSON text; fails the current test (and returns
// nullptr) when it does not load.
std::shared_ptr<const Scenario> scenario_from(const std::string& json,
                                              const std::string& file = "inline.json");
// Runs with the invariant checker after every step; fails the test on a violation.
// A seed > 0 replaces the machine's (a random schedule's seed).
RunResult run_checked(const std::string& json, uint64_t seed = 0);
// A file of the source tree (FORKSCOPE_SOURCE_DIR/rel), and a file's bytes.
std::string source_path(const std::string& rel);
std::string slurp(const std::string& path);

} // namespace fs::test
