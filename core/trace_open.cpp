// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace_open.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>
#include <time.h>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "core/scenario/scenario_loader.h"
#include "core/support/data_dirs.h"
#include "core/support/gzip_stream.h"
#include "core/trace/trace_io.h"

namespace fs {

namespace {

// CPU time of the calling thread (benchmarks only; 0 where unsupported).
double thread_cpu_seconds() {
#if defined(CLOCK_THREAD_CPUTIME_ID)
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
#endif
  return 0;
}

// The recorder is the second of two busy threads besides the app's event
// loop: below their priority, so that the window keeps turning on a machine
// with few cores (Linux schedules threads one by one; elsewhere a no-op).
void yield_to_others() {
#if defined(__linux__)
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  setpriority(PRIO_PROCESS, tid, std::min(getpriority(PRIO_PROCESS, tid) + 10, 19));
#endif
}

std::string join_errors(const std::vector<LoadError>& errors) {
  std::string out;
  for (const LoadError& e : errors) {
    if (!out.empty()) out += '\n';
    out += e.str();
  }
  return out;
}

// The read alone, then the scenario's errors: for a trace whose embedded
// scenario does not load, the reader's message (if the trace is broken too)
// comes first, as it did when the trace was read before anything else.
TraceOpenResult refuse(const std::string& path, const ScenarioLoad& load,
                       const TraceOpenReport& report, double c0) {
  TraceOpenResult out;
  ReadProgress progress;
  if (report)
    progress = [&report](uint64_t done, uint64_t total) {
      return report(TraceOpenPhase::Reading, done, total);
    };
  const TraceRead read = read_trace_file(path, progress);
  out.reader_cpu_seconds = thread_cpu_seconds() - c0;
  if (read.cancelled)
    out.cancelled = true;
  else if (read.error)
    out.error = read.error->str();
  else
    out.error = join_errors(load.errors);
  return out;
}

} // namespace

TraceOpenResult open_trace_run(const std::string& path, const TraceOpenReport& report,
                               uint64_t keyframe_interval, const std::string& generator) {
  const double c0 = thread_cpu_seconds();
  // The writer puts the scenario before the events: a prefix of the file.
  ScenarioLoad load = load_trace_scenario_file(path);
  if (!load.scenario) return refuse(path, load, report, c0);
  auto scenario = std::make_shared<const Scenario>(std::move(*load.scenario));

  TraceOpenResult out;
  // What the recorder thread uses is owned by this block, shared with the
  // thread, which is detached: a cancel or a broken file returns at once
  // (closing the window during a load must not wait), and the recorder,
  // which polls `stop` every 65,536 steps (Timeline's progress), ends on its
  // own soon after and frees what it recorded. (If the program exits in that
  // moment the thread ends with it: it touches nothing but what it owns.)
  struct Recording {
    std::atomic<bool> stop{false};
    std::atomic<uint64_t> recorded{0};
    std::promise<std::shared_ptr<const Timeline>> done;
    double cpu = 0; // written before `done` is set
  };
  auto rec = std::make_shared<Recording>();
  std::future<std::shared_ptr<const Timeline>> timeline = rec->done.get_future();
  std::thread([rec, scenario, keyframe_interval, generator] {
    yield_to_others();
    try {
      const Timeline::Progress progress = [&rec](uint64_t steps) {
        rec->recorded.store(steps, std::memory_order_relaxed);
        return !rec->stop.load(std::memory_order_relaxed);
      };
      auto tl = std::make_shared<const Timeline>(scenario, progress, keyframe_interval, generator);
      rec->cpu = thread_cpu_seconds();
      rec->done.set_value(std::move(tl));
    } catch (...) { // bad_alloc: rethrown on the caller's thread
      rec->cpu = thread_cpu_seconds();
      rec->done.set_exception(std::current_exception());
    }
  }).detach();
  auto give_up = [&](bool cancelled, std::string error) {
    rec->stop.store(true);
    out.cancelled = cancelled;
    out.error = std::move(error);
    return std::move(out);
  };

  uint64_t expected_steps = 0;
  try {
    ReadProgress progress;
    if (report)
      progress = [&](uint64_t done_bytes, uint64_t total) {
        return report(TraceOpenPhase::Reading, done_bytes, total);
      };
    TraceRead read = read_trace_file(path, progress);
    if (read.cancelled) return give_up(true, "");
    if (!read.trace) return give_up(false, read.error ? read.error->str() : "");
    // The trace says how long the run is: the recording can show a percentage.
    expected_steps = read.trace->outcome.steps;
  } catch (...) {
    rec->stop.store(true);
    throw;
  }
  // The read trace is dropped by now, while the recording may still run.
  out.reader_cpu_seconds = thread_cpu_seconds() - c0;

  // Usually the recording is done by now (it is the cheaper half); if not,
  // report its progress from this thread and pass a cancel on at once.
  while (timeline.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
    if (report && !report(TraceOpenPhase::Recording, rec->recorded.load(), expected_steps))
      return give_up(true, "");
  std::shared_ptr<const Timeline> tl = timeline.get(); // rethrows the recorder's exception
  out.recorder_cpu_seconds = rec->cpu;
  if (tl->cancelled()) return give_up(true, "");
  out.scenario = std::move(scenario);
  out.timeline = std::move(tl);
  return out;
}

} // namespace fs

namespace fs {

bool looks_like_trace(std::string_view head) {
  if (starts_with_gzip_magic(head)) return true;
  // "format" <ws> : <ws> "forkscope-trace", anywhere in the head (the writer
  // puts it first; a hand-edited trace may not).
  constexpr std::string_view kKey = "\"format\"", kValue = "\"forkscope-trace\"";
  auto is_ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (size_t at = head.find(kKey); at != std::string_view::npos; at = head.find(kKey, at + 1)) {
    size_t i = at + kKey.size();
    while (i < head.size() && is_ws(head[i])) ++i;
    if (i >= head.size() || head[i] != ':') continue;
    ++i;
    while (i < head.size() && is_ws(head[i])) ++i;
    if (head.substr(i, kValue.size()) == kValue) return true;
  }
  return false;
}

bool looks_like_trace_file(const std::string& path) {
  std::ifstream in(path_from_utf8(path), std::ios::binary);
  if (!in) return false;
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return looks_like_trace(head);
}

TraceScenario load_checked_trace_scenario(const std::string& path) {
  TraceScenario out;
  ScenarioLoad load = load_trace_scenario_file(path);
  if (!load.scenario) {
    out.error = refuse(path, load, {}, 0).error;
    return out;
  }
  const TraceRead read = read_trace_file(path);
  if (!read.trace) {
    out.error = read.error ? read.error->str() : "cannot read " + path;
    return out;
  }
  out.scenario = std::make_shared<const Scenario>(std::move(*load.scenario));
  return out;
}

} // namespace fs
