// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark workload: workers that fork, let the child exit, and reap it.
#pragma once
#include <memory>

#include "core/scenario/scenario.h"

namespace fs::bench {

// `workers` processes on `cpus` CPUs, each running `cycles` fork+exit+wait
// cycles; max_steps caps the run.
std::shared_ptr<const Scenario> fork_storm(int workers, int cpus, int cycles,
                                           uint64_t max_steps = 2000000000ull);

} // namespace fs::bench
