// SPDX-License-Identifier: GPL-3.0-or-later
// The fast trace reader against the exact one: on valid traces of every
// bundled scenario, on the fuzz corpus, and on thousands of mutated traces,
// read_trace_text() must accept and refuse exactly what the exact reader
// does, with the same message, and decode accepted traces to the same bytes.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "core/trace/trace_event_reader.h"
#include "core/trace/trace_io.h"
#include "support/test_support.h"

namespace fs {
namespace {

using test::slurp;
using test::source_path;

std::string trace_of(const std::string& scenario, int cpus = 0, uint64_t seed = 0) {
  ScenarioLoad load = load_scenario_file(source_path("scenarios/" + scenario));
  EXPECT_TRUE(load.scenario.has_value()) << scenario;
  if (!load.scenario) return "";
  if (cpus > 0) load.scenario->machine.cpus = cpus;
  if (seed > 0) load.scenario->machine.seed = seed;
  return trace_to_string(run_scenario(std::make_shared<const Scenario>(*load.scenario)).trace);
}

// Both readers on `text`: same error text, or both accept with the same trace.
bool expect_same(const std::string& text, const std::string& what) {
  const TraceRead fast = read_trace_text(text, "t.json");
  const TraceRead exact = read_trace_text_exact(text, "t.json");
  EXPECT_EQ(fast.trace.has_value(), exact.trace.has_value()) << what;
  if (fast.trace.has_value() != exact.trace.has_value()) return false;
  if (exact.error)
    EXPECT_EQ(fast.error->str(), exact.error->str()) << what;
  else
    EXPECT_EQ(trace_to_string(*fast.trace), trace_to_string(*exact.trace)) << what;
  return fast.trace.has_value();
}

// Every field name maps to its own slot (the switch in fast_key is by hand).
TEST(TraceFastReader, EveryKnownFieldHasItsSlot) {
  std::vector<std::string> names;
#define FS_X(k) names.emplace_back(#k);
  FS_TRACE_FAST_KEYS(FS_X)
#undef FS_X
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string name = names[i] == "errno_" ? "errno" : names[i];
    EXPECT_EQ(trace_read::fast_key(name), static_cast<trace_read::FastKey>(i)) << name;
  }
  for (const char* other : {"", "x", "seqs", "line_", "errno_", "Tick", "report_evenT"})
    EXPECT_EQ(trace_read::fast_key(other), trace_read::FastKey::count) << other;
}

TEST(TraceFastReader, ReadsEveryBundledScenarioFastAndIdentically) {
  for (const auto& entry : std::filesystem::directory_iterator(source_path("scenarios"))) {
    if (entry.path().extension() != ".json") continue;
    const std::string name = entry.path().filename().string();
    const std::string text = trace_of(name);
    EXPECT_TRUE(trace_reads_fast(text)) << name;
    const TraceRead r = read_trace_text(text, name);
    ASSERT_TRUE(r.trace) << r.error->str();
    EXPECT_EQ(trace_to_string(*r.trace), text) << name;
  }
}

TEST(TraceFastReader, AgreesOnTheFuzzCorpus) {
  for (const auto& entry :
       std::filesystem::directory_iterator(source_path("tests/fuzz/corpus/trace")))
    expect_same(slurp(entry.path().string()), entry.path().filename().string());
}

// The first `n` events of a trace (one per line as the writer puts them),
// with its header and outcome: small enough to mutate thousands of times.
std::string first_events(const std::string& text, size_t n) {
  const size_t start = text.find("\n{\"seq\":");
  size_t end = start;
  for (size_t i = 0; i < n && end != std::string::npos; ++i) end = text.find('\n', end + 1);
  const size_t outcome = text.find("\n],\n  \"outcome\"");
  if (start == std::string::npos || end == std::string::npos || outcome == std::string::npos ||
      end > outcome)
    return text;
  std::string cut = text.substr(0, end);
  if (cut.back() == ',') cut.pop_back();
  return cut + text.substr(outcome);
}

// Random edits of real traces: a flipped, dropped or inserted byte, where
// JSON-significant characters are likely. Whatever the edit, both readers
// must agree - most edits make the fast reader hand over, some (inside
// strings, numbers, whitespace) it accepts and must decode exactly.
TEST(TraceFastReader, AgreesOnMutatedTraces) {
  const std::string bases[] = {first_events(trace_of("ptrace-fork.json"), 60),
                               first_events(trace_of("kqueue-track.json"), 60),
                               first_events(trace_of("wait-options.json"), 60)};
  for (const std::string& b : bases) ASSERT_TRUE(trace_reads_fast(b)) << b;
  std::mt19937_64 rng(20261203);
  const std::string alphabet = "{}[]\":,\\ \n0123456789-+.eEtrufalsn/u\x7f\xc3\xa9\xff\x01";
  int accepted = 0;
  for (int i = 0; i < 500; ++i) {
    std::string text = bases[i % 3];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < edits; ++k) {
      const size_t at = rng() % text.size();
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
      case 0: text[at] = c; break;
      case 1: text.erase(at, 1); break;
      default: text.insert(at, 1, c); break;
      }
    }
    accepted += expect_same(text, "mutation " + std::to_string(i));
    if (HasFailure()) break;
  }
  EXPECT_GT(accepted, 10); // some edits keep the trace valid, and they are compared too
}

// nlohmann refuses a number that overflows a double, even in a field nobody
// reads; the fast reader accepted "1e999" there until the streaming
// referee test found it. Numbers that stay finite are still accepted.
TEST(TraceFastReader, LeavesOverflowingNumbersToTheExactReader) {
  const std::string base = first_events(trace_of("ptrace-fork.json"), 30);
  const size_t at = base.find("{\"seq\":20,") + 1;
  for (const std::string& x : std::vector<std::string>{
           "1e999", "-1E+400", "1" + std::string(400, '0'), "1" + std::string(400, '0') + ".5"}) {
    std::string text = base;
    text.insert(at, "\"x\":" + x + ",");
    EXPECT_FALSE(expect_same(text, x)) << x;
  }
  for (const std::string x : {"1.5", "1e3", "18446744073709551616", "-0.0", "12.5e-3"}) {
    std::string text = base;
    text.insert(at, "\"x\":" + x + ",");
    EXPECT_TRUE(expect_same(text, x)) << x;
  }
}

// Issue #10: the reader refused a trace the CLI wrote for a 2M-tick sleep.
// Saved as the CLI saves it, it reads back (fast) to the same bytes and ticks.
TEST(TraceFastReader, TwoMillionTickSleepReadsBack) {
  ScenarioLoad load = load_scenario_text(
      R"({"format":"forkscope-scenario","version":1,"title":"long sleep",
          "machine":{"cpus":2,"hz":100},
          "processes":[{"name":"p","program":[
            {"op":"fork","child":[{"op":"sleep","ticks":2000000}]},
            {"op":"wait","pid":"any"}]}]})",
      "sleep.json");
  ASSERT_TRUE(load.scenario) << load.errors.front().str();
  const Trace t = run_scenario(std::make_shared<const Scenario>(*load.scenario)).trace;
  ASSERT_GT(t.outcome.ticks, 2000000u);
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("fs-sleep-" + std::to_string(::getpid()) + ".json");
  ASSERT_EQ(save_trace_file(path.string(), t), "");
  const std::string text = slurp(path.string());
  EXPECT_TRUE(trace_reads_fast(text));
  const TraceRead r = read_trace_file(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(r.trace) << r.error->str();
  EXPECT_EQ(trace_to_string(*r.trace), text);
  ASSERT_EQ(r.trace->events.size(), t.events.size());
  for (uint32_t seq = 0; seq < t.events.size(); seq += 7)
    EXPECT_EQ(r.trace->tick_of_step(r.trace->step_of_event(seq)),
              t.tick_of_step(t.step_of_event(seq)));
}

// A file is read in chunks with progress up to its size; returning false
// from the callback cancels with a clear result.
TEST(TraceFastReader, FileReadReportsProgressAndCancels) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("fs-progress-" + std::to_string(::getpid()) + ".json");
  std::string text = trace_of("fork-bomb-8cpu.json");
  { std::ofstream(path, std::ios::binary) << text; }
  const uint64_t size = text.size();
  uint64_t last = 0, calls = 0;
  TraceRead r = read_trace_file(path.string(), [&](uint64_t done, uint64_t total) {
    EXPECT_EQ(total, size);
    EXPECT_GE(done, last);
    last = done, ++calls;
    return true;
  });
  ASSERT_TRUE(r.trace) << r.error->str();
  EXPECT_EQ(trace_to_string(*r.trace), text);
  EXPECT_EQ(last, size);
  EXPECT_GE(calls, 2u);
  EXPECT_FALSE(r.cancelled);

  r = read_trace_file(path.string(), [](uint64_t, uint64_t) { return false; });
  EXPECT_TRUE(r.cancelled);
  EXPECT_FALSE(r.trace);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->str(), path.string() + ": cancelled");
  std::filesystem::remove(path);
}

} // namespace
} // namespace fs
