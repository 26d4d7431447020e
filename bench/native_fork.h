// SPDX-License-Identifier: GPL-3.0-or-later
// The anchor every engine figure is compared with: the real kernel's
// fork + _exit + waitpid cycle, measured in a small separate process
// (bench/native_fork_cycles.cpp) during the same benchmark run.
#pragma once
#include <optional>

namespace fs::bench {

struct NativeForkRate {
  double wall_per_s = 0; // cycles per second of wall-clock time
  double cpu_per_s = 0;  // cycles per second of CPU time, parent and children together
};

// Runs `cycles` cycles in the helper program; nothing where it cannot run.
std::optional<NativeForkRate> measure_native_fork(int cycles);

} // namespace fs::bench
