// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/session_load.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include "core/scenario/scenario_loader.h"
#include "core/trace/trace_io.h"
#include "core/trace_open.h"
#include "forkscope_version.h" // generated from project(VERSION)

namespace fsui {

namespace {

const std::string kGenerator =
    std::string("forkscope ") + FORKSCOPE_VERSION; // names the app in saved traces

QString joinErrors(const std::vector<fs::LoadError>& errors) {
  QStringList lines;
  for (const fs::LoadError& e : errors) lines << QString::fromStdString(e.str());
  return lines.join(QLatin1Char('\n'));
}

LoadOutcome fromLoad(fs::ScenarioLoad load, const LoadReport& report) {
  if (!load.scenario) {
    LoadOutcome out;
    out.error = joinErrors(load.errors);
    return out;
  }
  return recordScenario(std::make_shared<const fs::Scenario>(std::move(*load.scenario)), report);
}

} // namespace

LoadOutcome loadAndRecordFile(const QString& path, const LoadReport& report) {
  LoadOutcome out;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    out.error = QCoreApplication::translate("fsui::Session", "Cannot open %1: %2")
                    .arg(path, f.errorString());
    return out;
  }
  const QByteArray head = f.read(4096);
  // A trace or a scenario? Decided as the CLI decides (core/trace_open.h).
  const bool trace = fs::looks_like_trace(std::string_view(head.constData(), size_t(head.size())));
  f.close();
  const std::string file = QFile::encodeName(path).toStdString();
  if (!trace) // scenarios are small (the loader refuses more than 16 MiB)
    return fromLoad(fs::load_scenario_file(file), report);

  // A saved trace is replayed by re-running the scenario it embeds (the
  // engine is deterministic, so the run is the same), recorded on a second
  // thread while the whole trace is read, so that a broken one is still
  // refused with the reader's message (core/trace_open.h).
  fs::TraceOpenReport progress;
  if (report)
    progress = [&report](fs::TraceOpenPhase phase, uint64_t done, uint64_t total) {
      return report(phase == fs::TraceOpenPhase::Reading ? LoadPhase::Reading
                                                         : LoadPhase::Recording,
                    done, total);
    };
  fs::TraceOpenResult opened = fs::open_trace_run(file, progress, kKeyframeInterval, kGenerator);
  if (opened.cancelled) {
    out.cancelled = true;
    return out;
  }
  if (!opened.timeline) {
    out.error = !opened.error.empty()
                    ? QString::fromStdString(opened.error)
                    : QCoreApplication::translate("fsui::Session", "%1: unreadable").arg(path);
    return out;
  }
  out.scenario = std::move(opened.scenario);
  out.timeline = std::move(opened.timeline);
  return out;
}

LoadOutcome recordScenario(std::shared_ptr<const fs::Scenario> scenario, const LoadReport& report,
                           uint64_t expectedSteps) {
  LoadOutcome out;
  fs::Timeline::Progress progress;
  if (report)
    progress = [&report, expectedSteps](uint64_t steps) {
      return report(LoadPhase::Recording, steps, expectedSteps);
    };
  auto tl = std::make_shared<const fs::Timeline>(scenario, progress, kKeyframeInterval, kGenerator);
  if (tl->cancelled()) {
    out.cancelled = true;
    return out;
  }
  out.scenario = std::move(scenario);
  out.timeline = std::move(tl);
  return out;
}

} // namespace fsui
