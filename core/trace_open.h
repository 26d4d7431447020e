// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a saved trace as the app does: the run is shown by re-running the
// scenario the trace embeds (the engine is deterministic), and the trace
// file itself is read and checked in full so that a broken one is refused
// with the reader's positioned message. Both are long for a big run, and
// neither needs the other, so they overlap: the embedded scenario (at the
// front of the file) is loaded first, the run is recorded on a second thread
// while this one reads the file, and the read trace is dropped as soon as it
// has been checked. The result is exactly what reading, then recording, gave.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/scenario/scenario.h"
#include "core/timeline.h"

namespace fs {

enum class TraceOpenPhase { Reading, Recording };

// Called from the calling thread only: the phase, how far (bytes of the file,
// or recorded steps) of how much (0 = unknown). Returning false cancels both
// the read and the recording.
using TraceOpenReport = std::function<bool(TraceOpenPhase phase, uint64_t done, uint64_t total)>;

struct TraceOpenResult {
  std::shared_ptr<const Scenario> scenario;
  std::shared_ptr<const Timeline> timeline; // set on success only
  // The reader's positioned message, or the embedded scenario's errors (one a
  // line, at the trace file's line:col) when the trace itself reads cleanly.
  std::string error;
  bool cancelled = false;
  // CPU seconds of the calling (reading) thread, from the start, and of the recording thread (for
  // benchmarks: the longer one is the open's critical path); 0 where the OS cannot say.
  double reader_cpu_seconds = 0;
  double recorder_cpu_seconds = 0;
};

TraceOpenResult open_trace_run(const std::string& path, const TraceOpenReport& report,
                               uint64_t keyframe_interval, const std::string& generator = "");

// Whether a file whose first bytes (up to 4 KiB) are `head` is a saved trace
// rather than a scenario: a trace names its format in its first member
// ("format": "forkscope-trace"), a scenario never does, and a gzip file can
// only be a compressed trace (scenarios are plain JSON). The app and the CLI
// both decide by this, so they take a file for the same thing.
bool looks_like_trace(std::string_view head);
bool looks_like_trace_file(const std::string& path); // false when it cannot be read

// The scenario a saved trace embeds, given only once the whole trace has read
// cleanly, else the message open_trace_run would give for the same file
// (what the CLI runs when handed a trace: it refuses exactly what the app
// refuses, with the same words).
struct TraceScenario {
  std::shared_ptr<const Scenario> scenario;
  std::string error;
};
TraceScenario load_checked_trace_scenario(const std::string& path);

} // namespace fs
