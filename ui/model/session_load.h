// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a file is one job, run off the UI thread: a scenario is loaded, then
// its run recorded; a trace is read with the chunked reader while the run of
// the scenario it embeds is recorded on a second thread (core/trace_open.h). The job
// touches no session state: it hands back a complete scenario and timeline,
// or an error, or "cancelled", so the session on screen stays intact until
// the new one is whole.
#pragma once
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>

#include "core/scenario/scenario.h"
#include "core/timeline.h"

namespace fsui {

enum class LoadPhase { Reading, Recording };

// Called now and then from the job's thread: the phase, how far it is (bytes
// or steps) and of how much (0 = unknown). Returning false cancels the job.
using LoadReport = std::function<bool(LoadPhase phase, uint64_t done, uint64_t total)>;

struct LoadOutcome {
  std::shared_ptr<const fs::Scenario> scenario;
  std::shared_ptr<const fs::Timeline> timeline; // set on success only
  QString error;                                // the loader's or reader's positioned message(s)
  bool cancelled = false;
};

// A scenario or a saved trace (whose embedded scenario is re-run).
LoadOutcome loadAndRecordFile(const QString& path, const LoadReport& report);
// An already loaded scenario; expectedSteps (0 = unknown) is what the
// progress reports as its total.
LoadOutcome recordScenario(std::shared_ptr<const fs::Scenario> scenario, const LoadReport& report,
                           uint64_t expectedSteps = 0);

// The keyframe interval the app records with (the session replays from it).
inline constexpr uint64_t kKeyframeInterval = 512;

} // namespace fsui
