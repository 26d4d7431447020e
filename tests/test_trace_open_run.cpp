// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a saved trace as the app does (core/trace_open.h): the run of the
// embedded scenario is recorded on a second thread while the file is read.
// The outcome must be what reading, then recording, gave: the same timeline,
// the reader's own message for a broken file (before the scenario's errors),
// and a cancel that stops both threads in either phase.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"
#include "core/trace/trace_io.h"
#include "core/trace_open.h"
#include "support/test_support.h"

namespace fs {
namespace {

// COUNT fork + wait: ~100 steps each.
std::string fork_wait(int count) {
  return R"({"format":"forkscope-scenario","version":1,"title":"fw",
  "machine":{"cpus":2},"processes":[{"name":"p","program":[{"op":"repeat","count":)" +
         std::to_string(count) + R"(,
  "body":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]}]}]})";
}

constexpr uint64_t kInterval = 512;

struct TempFile {
  std::string path;
  explicit TempFile(const char* name)
      : path((std::filesystem::temp_directory_path() /
              (std::string("forkscope-open-") + std::to_string(::getpid()) + "-" + name))
                 .string()) {}
  ~TempFile() { std::filesystem::remove(path); }
};

// Saves `trace` to `path`; the file's bytes.
std::string save(const std::string& path, const Trace& trace) {
  EXPECT_EQ(save_trace_file(path, trace), "");
  return test::slurp(path);
}

void write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

struct Reports {
  std::vector<std::pair<TraceOpenPhase, uint64_t>> seen; // (phase, total)
  int reading = 0, recording = 0;
};

TEST(TraceOpenRun, GivesTheTimelineThatReadingThenRecordingGave) {
  const auto sc = test::scenario_from(fork_wait(300));
  ASSERT_TRUE(sc);
  const Timeline direct(sc, {}, kInterval, "forkscope-test");
  TempFile f("same.json");
  const std::string bytes = save(f.path, direct.trace());
  Reports r;
  const TraceOpenResult out = open_trace_run(
      f.path,
      [&](TraceOpenPhase phase, uint64_t, uint64_t total) {
        (phase == TraceOpenPhase::Reading ? r.reading : r.recording)++;
        if (phase == TraceOpenPhase::Reading) {
          EXPECT_EQ(total, bytes.size());
        }
        return true;
      },
      kInterval, "forkscope-test");
  ASSERT_TRUE(out.timeline) << out.error;
  EXPECT_FALSE(out.cancelled);
  EXPECT_EQ(out.error, "");
  EXPECT_GT(r.reading, 0);
  EXPECT_EQ(out.timeline->total_steps(), direct.total_steps());
  EXPECT_EQ(out.timeline->keyframe_count(), direct.keyframe_count());
  EXPECT_EQ(trace_to_string(out.timeline->trace()), bytes); // deterministic, byte for byte
  EXPECT_EQ(out.scenario->normalized, sc->normalized);
  const uint64_t mid = direct.total_steps() / 2 + 7;
  EXPECT_EQ(out.timeline->state_at(mid).steps, mid);
  EXPECT_EQ(out.timeline->state_at(mid).nprocs, direct.state_at(mid).nprocs);
}

TEST(TraceOpenRun, CancelWhileReadingStopsBoth) {
  const auto sc = test::scenario_from(fork_wait(500));
  ASSERT_TRUE(sc);
  TempFile f("cancel-read.json");
  save(f.path, Timeline(sc, {}, kInterval).trace());
  Reports r;
  const TraceOpenResult out = open_trace_run(
      f.path,
      [&](TraceOpenPhase phase, uint64_t, uint64_t) {
        (phase == TraceOpenPhase::Reading ? r.reading : r.recording)++;
        return false; // the first report cancels
      },
      kInterval);
  EXPECT_TRUE(out.cancelled);
  EXPECT_FALSE(out.timeline);
  EXPECT_EQ(out.error, "");
  EXPECT_EQ(r.reading, 1);
  EXPECT_EQ(r.recording, 0); // no waiting for the recording after a cancel
}

// A trace whose events are short but whose embedded scenario runs long: the
// file is read long before the recording ends, so the open reports the
// recording's progress (of the steps the trace says the run has) and can be
// cancelled in that phase too.
TEST(TraceOpenRun, CancelWhileOnlyTheRecordingRunsStopsIt) {
  const auto small = test::scenario_from(fork_wait(3));
  const auto large = test::scenario_from(fork_wait(100000)); // ~10 M steps: never waited for
  ASSERT_TRUE(small && large);
  Trace t = Timeline(small, {}, kInterval).trace();
  const uint64_t small_steps = t.outcome.steps;
  t.scenario = large->normalized;
  TempFile f("cancel-record.json");
  save(f.path, t);
  Reports r;
  const TraceOpenResult out = open_trace_run(
      f.path,
      [&](TraceOpenPhase phase, uint64_t, uint64_t total) {
        if (phase == TraceOpenPhase::Reading) {
          ++r.reading;
          return true;
        }
        ++r.recording;
        EXPECT_EQ(total, small_steps); // what the trace says
        return false;
      },
      kInterval);
  EXPECT_TRUE(out.cancelled);
  EXPECT_FALSE(out.timeline);
  EXPECT_GT(r.reading, 0);
  EXPECT_EQ(r.recording, 1);
}

TEST(TraceOpenRun, BrokenTraceGivesTheReadersMessage) {
  const auto sc = test::scenario_from(fork_wait(100));
  ASSERT_TRUE(sc);
  TempFile f("broken.json");
  std::string bytes = save(f.path, Timeline(sc, {}, kInterval).trace());
  const size_t at = bytes.find("\"tick\":", bytes.size() * 3 / 4);
  ASSERT_NE(at, std::string::npos);
  bytes.insert(at + 7, "\"x\",\"y\":");
  write(f.path, bytes);
  const TraceRead read = read_trace_file(f.path);
  ASSERT_TRUE(read.error);
  const TraceOpenResult out = open_trace_run(f.path, {}, kInterval);
  EXPECT_FALSE(out.timeline);
  EXPECT_FALSE(out.cancelled);
  EXPECT_EQ(out.error, read.error->str());
  EXPECT_NE(out.error.find("/tick"), std::string::npos);
}

TEST(TraceOpenRun, BrokenEmbeddedScenarioIsNamedInTheTraceFile) {
  const auto sc = test::scenario_from(fork_wait(20));
  ASSERT_TRUE(sc);
  Trace t = Timeline(sc, {}, kInterval).trace();
  t.scenario["machine"]["cpus"] = "two";
  TempFile f("bad-scenario.json");
  std::string bytes = save(f.path, t);
  ASSERT_TRUE(read_trace_file(f.path).trace); // the trace itself reads
  const ScenarioLoad load = load_trace_scenario_file(f.path);
  ASSERT_FALSE(load.scenario);
  const TraceOpenResult out = open_trace_run(f.path, {}, kInterval);
  EXPECT_FALSE(out.timeline);
  EXPECT_EQ(out.error, load.errors.front().str()); // at the trace file's line:col
  EXPECT_NE(out.error.find("/scenario/machine/cpus"), std::string::npos);

  // Broken events as well: the reader's message comes first, as before.
  const size_t at = bytes.find("\"tick\":", bytes.size() / 2);
  ASSERT_NE(at, std::string::npos);
  bytes.insert(at + 7, "\"x\",\"y\":");
  write(f.path, bytes);
  const TraceRead read = read_trace_file(f.path);
  ASSERT_TRUE(read.error);
  EXPECT_EQ(open_trace_run(f.path, {}, kInterval).error, read.error->str());
}

} // namespace
} // namespace fs
