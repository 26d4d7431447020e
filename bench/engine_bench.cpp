// SPDX-License-Identifier: GPL-3.0-or-later
// Engine benchmarks: micro-steps/s and fork cycles/s on a fork storm (8
// workers on 4 CPUs) with and without recording, as multiples of the real
// kernel's fork cycle measured in the same run, memory per recorded step,
// seeking in a long run, and trace write/read throughput. The figures are
// reported in docs/performance.md.
#include <benchmark/benchmark.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <random>

#include "core/classroom/quiz.h"
#include "core/machine.h"
#include "core/runner.h"
#include "core/timeline.h"
#include "core/trace/trace_io.h"
#include "fork_storm.h"
#include "native_fork.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace {

using fs::bench::fork_storm;

// Minor page faults of this process so far, -1 where unknown. Recording used to
// spend a fifth of its time faulting in fresh trace pages (docs/performance.md).
long minor_faults() {
#if defined(__unix__) || defined(__APPLE__)
  rusage ru{};
  if (getrusage(RUSAGE_SELF, &ru) == 0) return ru.ru_minflt;
#endif
  return -1;
}

// Each repetition first times the real kernel's fork cycle in a small separate
// process, then the engine, and reports the engine's rate as a multiple of the
// native one (x_native: per CPU second on both sides, the native side counting
// parent and child; x_native_wall: per wall-clock second on both sides).
void BM_ForkStorm(benchmark::State& st, bool record) {
  const int cycles = static_cast<int>(st.range(0));
  auto sc = fork_storm(8, 4, cycles);
  const auto native = fs::bench::measure_native_fork(1000);
  uint64_t steps = 0, forks = 0;
  size_t trace_bytes = 0;
  const auto wall0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  const long faults0 = minor_faults();
  for (auto _ : st) {
    fs::RunOptions opt;
    opt.record = record;
    fs::RunResult r = fs::run_scenario(sc, opt);
    steps += r.trace.outcome.steps;
    forks += 8ull * cycles;
    trace_bytes = r.trace.memory_bytes();
    if (r.trace.outcome.result != "completed") st.SkipWithError("storm did not complete");
    benchmark::DoNotOptimize(r);
  }
  const double cpu_s = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  const double wall_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  const long faults1 = minor_faults();
  st.counters["steps/s"] =
      benchmark::Counter(static_cast<double>(steps), benchmark::Counter::kIsRate);
  if (faults0 >= 0 && faults1 >= faults0)
    st.counters["faults/run"] =
        static_cast<double>(faults1 - faults0) / static_cast<double>(st.iterations());
  st.counters["fork_cycles/s"] =
      benchmark::Counter(static_cast<double>(forks), benchmark::Counter::kIsRate);
  if (record) {
    const double per_run_steps = static_cast<double>(steps) / static_cast<double>(st.iterations());
    st.counters["bytes/step"] = static_cast<double>(trace_bytes) / per_run_steps;
  }
  if (native && cpu_s > 0 && wall_s > 0) {
    st.counters["native_cycles/s"] = native->cpu_per_s;
    st.counters["x_native"] = static_cast<double>(forks) / cpu_s / native->cpu_per_s;
    st.counters["x_native_wall"] = static_cast<double>(forks) / wall_s / native->wall_per_s;
  }
}
BENCHMARK_CAPTURE(BM_ForkStorm, no_trace, false)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ForkStorm, with_trace, true)->Arg(2000)->Unit(benchmark::kMillisecond);

// Seeking: the state at a random step of a ~10M-step run.
void BM_Seek10M(benchmark::State& st) {
  static std::unique_ptr<fs::Timeline> tl;
  if (!tl) tl = std::make_unique<fs::Timeline>(fork_storm(8, 4, 100000, 10000000), nullptr, 4096);
  std::mt19937_64 rng(42);
  for (auto _ : st) {
    const uint64_t step = rng() % tl->total_steps();
    fs::KernelState s = tl->state_at(step);
    benchmark::DoNotOptimize(s);
  }
  st.counters["run_steps"] = static_cast<double>(tl->total_steps());
  st.counters["keyframes"] = static_cast<double>(tl->keyframe_count());
  st.counters["keyframe_MB"] = static_cast<double>(tl->keyframe_bytes()) / 1e6;
}
BENCHMARK(BM_Seek10M)->Unit(benchmark::kMicrosecond)->Iterations(200);

const fs::Trace& storm_trace() {
  static fs::RunResult r = fs::run_scenario(fork_storm(8, 4, 2000));
  return r.trace;
}

void BM_TraceWrite(benchmark::State& st) {
  const fs::Trace& t = storm_trace();
  size_t bytes = 0;
  for (auto _ : st) {
    std::string s = fs::trace_to_string(t);
    bytes += s.size();
    benchmark::DoNotOptimize(s);
  }
  st.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TraceWrite)->Unit(benchmark::kMillisecond);

void BM_TraceRead(benchmark::State& st) {
  const std::string text = fs::trace_to_string(storm_trace());
  size_t bytes = 0;
  for (auto _ : st) {
    fs::TraceRead r = fs::read_trace_text(text, "storm.json");
    if (!r.trace) st.SkipWithError("trace did not read back");
    bytes += text.size();
    benchmark::DoNotOptimize(r);
  }
  st.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TraceRead)->Unit(benchmark::kMillisecond);

// The same trace read from a file (read_trace_file: 4 MiB chunks), as the CLI
// and the app read it. The file is in the page cache after the first round.
void BM_TraceReadFile(benchmark::State& st) {
  const std::string path = std::filesystem::temp_directory_path() / "forkscope-bench-trace.json";
  if (std::string err = fs::save_trace_file(path, storm_trace()); !err.empty()) {
    st.SkipWithError(err.c_str());
    return;
  }
  const uint64_t size = std::filesystem::file_size(path);
  size_t bytes = 0;
  for (auto _ : st) {
    fs::TraceRead r = fs::read_trace_file(path);
    if (!r.trace) st.SkipWithError("trace did not read back");
    bytes += size;
    benchmark::DoNotOptimize(r);
  }
  std::filesystem::remove(path);
  st.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TraceReadFile)->Unit(benchmark::kMillisecond);

// The quiz panel generates its questions when a quiz starts: one scan of the
// whole trace plus a state_at() per chosen question, on a ~2.2 M-step run.
void BM_MakeQuiz(benchmark::State& st) {
  static std::unique_ptr<fs::Timeline> tl;
  if (!tl) tl = std::make_unique<fs::Timeline>(fork_storm(8, 4, 2000), nullptr, 4096);
  size_t questions = 0;
  for (auto _ : st) {
    std::vector<fs::Question> q = fs::make_quiz(*tl, 0, 10);
    questions = q.size();
    benchmark::DoNotOptimize(q);
  }
  st.counters["run_steps"] = static_cast<double>(tl->total_steps());
  st.counters["questions"] = static_cast<double>(questions);
}
BENCHMARK(BM_MakeQuiz)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
