// SPDX-License-Identifier: GPL-3.0-or-later
// The real kernel for comparison: fork() + _exit() + waitpid() on this machine,
// timed by a small separate program (native_fork_cycles.cpp), not by forking
// the benchmark process itself.
#include "native_fork.h"

#include <benchmark/benchmark.h>

#if defined(__unix__) || defined(__APPLE__)
#include <cstdio>
#include <string>
#endif

namespace fs::bench {

std::optional<NativeForkRate> measure_native_fork(int cycles) {
#if defined(__unix__) || defined(__APPLE__)
  const std::string cmd = std::string("'") + FORKSCOPE_NATIVE_FORK + "' " + std::to_string(cycles);
  FILE* out = popen(cmd.c_str(), "r");
  if (!out) return std::nullopt;
  long n = 0;
  long long wall_ns = 0, cpu_ns = 0;
  const int fields = std::fscanf(out, "%ld %lld %lld", &n, &wall_ns, &cpu_ns);
  if (pclose(out) != 0 || fields != 3 || n <= 0 || wall_ns <= 0 || cpu_ns <= 0) return std::nullopt;
  NativeForkRate r;
  r.wall_per_s = static_cast<double>(n) * 1e9 / static_cast<double>(wall_ns);
  r.cpu_per_s = static_cast<double>(n) * 1e9 / static_cast<double>(cpu_ns);
  return r;
#else
  (void)cycles;
  return std::nullopt;
#endif
}

} // namespace fs::bench

namespace {

void BM_NativeForkCycle(benchmark::State& st) {
  double wall = 0, cpu = 0;
  int runs = 0;
  for (auto _ : st) {
    const auto r = fs::bench::measure_native_fork(2000);
    if (!r) {
      st.SkipWithError("the native fork helper did not run");
      break;
    }
    wall += r->wall_per_s;
    cpu += r->cpu_per_s;
    ++runs;
  }
  if (runs == 0) return;
  st.counters["fork_cycles/s"] = wall / runs;    // wall clock
  st.counters["cpu_fork_cycles/s"] = cpu / runs; // per CPU second (parent + child)
}
BENCHMARK(BM_NativeForkCycle)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
