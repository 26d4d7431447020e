// SPDX-License-Identifier: GPL-3.0-or-later
// The real kernel for comparison: fork() + _exit() + waitpid() on this machine.
#include <benchmark/benchmark.h>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/wait.h>
#include <unistd.h>

namespace {
void BM_NativeForkCycle(benchmark::State& st) {
  uint64_t cycles = 0;
  for (auto _ : st) {
    const pid_t pid = fork();
    if (pid == 0) _exit(0);
    if (pid < 0) {
      st.SkipWithError("fork failed");
      break;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ++cycles;
  }
  st.counters["fork_cycles/s"] =
      benchmark::Counter(static_cast<double>(cycles), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NativeForkCycle)->Unit(benchmark::kMicrosecond)->MinTime(1.0)->UseRealTime();
} // namespace
#endif
