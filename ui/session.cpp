// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "core/names.h"
#include "core/scenario_loader.h"
#include "core/trace_io.h"
#include "ui/trace_search.h"
#include "forkscope_version.h" // generated from project(VERSION)

namespace fsui {

namespace {
constexpr size_t kCacheSize = 16;
constexpr quint64 kReplayFromCacheLimit = 256; // replay from a cached neighbour up to this far
constexpr uint64_t kKeyframeInterval = 512;
const std::string kGenerator =
    std::string("forkscope ") + FORKSCOPE_VERSION; // names the app in saved traces

bool looksLikeTrace(const QString& text) {
  static const QRegularExpression re(QStringLiteral(R"("format"\s*:\s*"forkscope-trace")"));
  return re.match(text.left(4096)).hasMatch();
}
} // namespace

Session::Session(QObject* parent) : QObject(parent) {
  connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
    recording_ = false;
    auto tl = watcher_.result();
    if (!tl || tl->cancelled()) {
      Q_EMIT loadFailed(tr("Recording of %1 was cancelled.").arg(pendingFileName_));
      return;
    }
    scenario_ = pendingScenario_;
    fileName_ = pendingFileName_;
    adoptTimeline(std::move(tl));
  });
  connect(&playTimer_, &QTimer::timeout, this, &Session::onPlayTick);
  setSpeed(speed_);
}

Session::~Session() {
  cancel_ = true;
  watcher_.waitForFinished();
}

void Session::openFile(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    Q_EMIT loadFailed(tr("Cannot open %1: %2").arg(path, f.errorString()));
    return;
  }
  const QByteArray bytes = f.readAll();
  // One UTF-8 policy with the CLI: a file that is not valid UTF-8 is refused
  // with the loader's own positioned message, never read with U+FFFD in it.
  QStringDecoder utf8(QStringDecoder::Utf8);
  const QString text = utf8.decode(bytes);
  if (utf8.hasError()) {
    const std::string raw(bytes.constData(), static_cast<size_t>(bytes.size()));
    const fs::ScenarioLoad load = fs::load_scenario_text(raw, path.toStdString());
    Q_EMIT loadFailed(load.errors.empty()
                          ? tr("%1: the file is not valid UTF-8").arg(path)
                          : QString::fromStdString(load.errors.front().str()));
    return;
  }
  openText(text, path);
}

void Session::openText(const QString& text, const QString& fileName) {
  const std::string file = fileName.toStdString();
  const QByteArray utf8 = text.toUtf8();
  std::string scenarioText(utf8.constData(), static_cast<size_t>(utf8.size()));
  fs::ScenarioLoad load;
  if (looksLikeTrace(text)) {
    // A saved trace is replayed by re-running the scenario it recorded:
    // the engine is deterministic, so the run is the same. The scenario is
    // loaded from the trace's own text, so errors point into that file.
    fs::TraceRead tr = fs::read_trace_text(scenarioText, file);
    if (!tr.trace) {
      Q_EMIT loadFailed(tr.error ? QString::fromStdString(tr.error->str())
                                 : Session::tr("%1: unreadable").arg(fileName));
      return;
    }
    load = fs::load_trace_scenario(scenarioText, file);
  } else {
    load = fs::load_scenario_text(scenarioText, file);
  }
  if (!load.scenario) {
    QStringList lines;
    for (const fs::LoadError& e : load.errors) lines << QString::fromStdString(e.str());
    Q_EMIT loadFailed(lines.join(QLatin1Char('\n')));
    return;
  }
  startRecording(std::make_shared<const fs::Scenario>(std::move(*load.scenario)), fileName);
}

void Session::startRecording(std::shared_ptr<const fs::Scenario> scenario,
                             const QString& fileName) {
  cancel_ = true;
  watcher_.waitForFinished();
  cancel_ = false;
  pause();
  leaveSchedulerMode();
  pendingScenario_ = scenario;
  pendingFileName_ = fileName;
  recording_ = true;
  Q_EMIT recordingStarted(fileName);
  auto progress = [this](uint64_t steps) {
    QMetaObject::invokeMethod(
        this, [this, steps] { Q_EMIT recordingProgress(steps); }, Qt::QueuedConnection);
    return !cancel_.load();
  };
  if (synchronous_) {
    auto tl = std::make_shared<const fs::Timeline>(scenario, fs::Timeline::Progress{},
                                                   kKeyframeInterval, kGenerator);
    recording_ = false;
    scenario_ = scenario;
    fileName_ = fileName;
    adoptTimeline(std::move(tl));
    return;
  }
  watcher_.setFuture(QtConcurrent::run([scenario, progress]() {
    return std::shared_ptr<const fs::Timeline>(
        std::make_shared<const fs::Timeline>(scenario, progress, kKeyframeInterval, kGenerator));
  }));
}

void Session::setHorizon(std::optional<quint64> lastVisibleStep) { horizon_ = lastVisibleStep; }

void Session::adoptTimeline(std::shared_ptr<const fs::Timeline> timeline) {
  // A new run ends whatever was going on with the old one.
  horizon_.reset();
  if (live_) {
    live_.reset();
    liveTrace_ = fs::Trace{};
    liveChoices_.clear();
    Q_EMIT schedulerModeChanged(false);
  }
  timeline_ = std::move(timeline);
  cache_.clear();
  step_ = 0;
  current_ = timeline_->state_at(0);
  cache_.emplace_back(0, current_);
  Q_EMIT timelineReady(timeline_);
  publishState();
}

const fs::KernelState& Session::state() const { return live_ ? live_->state() : current_; }

fs::KernelState Session::stateAt(quint64 step) {
  if (!timeline_) return {};
  step = std::min<quint64>(step, timeline_->total_steps());
  const std::pair<quint64, fs::KernelState>* best = nullptr;
  for (const auto& entry : cache_) {
    if (entry.first == step) return entry.second;
    if (entry.first < step && step - entry.first <= kReplayFromCacheLimit &&
        (!best || entry.first > best->first))
      best = &entry;
  }
  fs::KernelState s;
  if (best && (step % kKeyframeInterval) > step - best->first) {
    fs::Machine m(scenario_, nullptr);
    m.restore(best->second);
    m.run_until_step(step);
    s = m.state();
  } else {
    s = timeline_->state_at(step);
  }
  cache_.emplace_back(step, s);
  if (cache_.size() > kCacheSize) cache_.pop_front();
  return s;
}

fs::Trace Session::traceForSaving() const {
  // The timeline's trace already carries the run's full outcome.
  return timeline_ ? timeline_->trace() : fs::Trace{};
}

void Session::publishState() {
  Q_EMIT stepChanged(step_);
  Q_EMIT stateChanged(state());
}

void Session::setStep(quint64 step) {
  if (!timeline_) return;
  if (live_) leaveSchedulerMode();
  step = std::min<quint64>(step, timeline_->total_steps());
  if (horizon_ && step > *horizon_) {
    step = *horizon_;
    pause();
    Q_EMIT horizonReached(*horizon_);
  }
  if (step == step_ && current_.steps == step) return;
  step_ = step;
  current_ = stateAt(step);
  publishState();
}

void Session::stepForward() { setStep(step_ + 1); }
void Session::stepBack() { setStep(step_ > 0 ? step_ - 1 : 0); }

void Session::stepOverForward() {
  if (!timeline_) return;
  if (auto s = nextSyscallReturn(timeline_->trace(), step_))
    setStep(*s);
  else
    setStep(timeline_->total_steps());
}

void Session::stepOverBack() {
  if (!timeline_) return;
  if (auto s = previousSyscallReturn(timeline_->trace(), step_))
    setStep(*s);
  else
    setStep(0);
}

void Session::play() {
  if (!timeline_ || isPlaying()) return;
  if (step_ >= timeline_->total_steps()) setStep(0);
  playTimer_.start();
  Q_EMIT playingChanged(true);
}

void Session::pause() {
  if (!isPlaying()) return;
  playTimer_.stop();
  Q_EMIT playingChanged(false);
}

void Session::togglePlay() { isPlaying() ? pause() : play(); }

void Session::setSpeed(double stepsPerSecond) {
  speed_ = std::clamp(stepsPerSecond, 0.25, 100000.0);
  // Beyond ~30 frames per second several steps are taken per frame.
  playTimer_.setInterval(std::max(33, static_cast<int>(1000.0 / speed_)));
  Q_EMIT speedChanged(speed_);
}

void Session::onPlayTick() {
  if (!timeline_) return pause();
  const quint64 perTick =
      std::max<quint64>(1, static_cast<quint64>(speed_ * playTimer_.interval() / 1000.0));
  const quint64 target = std::min<quint64>(step_ + perTick, timeline_->total_steps());
  if (auto hit = breakpoints_.firstHit(timeline_->trace(), step_, target)) {
    setStep(hit->step);
    pause();
    Q_EMIT breakpointHit(hit->step, breakpoints_.all()[hit->breakpoint].describe());
    return;
  }
  setStep(target);
  if (step_ >= timeline_->total_steps()) pause();
}

bool Session::runToBreakpoint() {
  if (!timeline_) return false;
  pause();
  auto hit = breakpoints_.firstHit(timeline_->trace(), step_, timeline_->total_steps());
  if (!hit) return false;
  setStep(hit->step);
  Q_EMIT breakpointHit(hit->step, breakpoints_.all()[hit->breakpoint].describe());
  return true;
}

void Session::addBreakpoint(const Breakpoint& b) {
  breakpoints_.add(b);
  Q_EMIT breakpointsChanged();
}

void Session::removeBreakpoint(int index) {
  breakpoints_.remove(index);
  Q_EMIT breakpointsChanged();
}

bool Session::toggleBreakpoint(const Breakpoint& b) {
  const bool on = breakpoints_.toggle(b);
  Q_EMIT breakpointsChanged();
  return on;
}

void Session::enterSchedulerMode() {
  // During a quiz question the live machine would show the hidden outcome.
  if (!timeline_ || live_ || horizon_) return;
  pause();
  // The live machine starts from the shown state and records into its own
  // trace, so the narration can explain the steps the student schedules.
  liveBaseState_ = current_;
  liveBase_ = step_;
  liveChoices_.clear();
  rebuildLive();
  Q_EMIT schedulerModeChanged(true);
  Q_EMIT stateChanged(state());
}

void Session::leaveSchedulerMode() {
  if (!live_) return;
  live_.reset();
  liveTrace_ = fs::Trace{};
  liveChoices_.clear();
  Q_EMIT schedulerModeChanged(false);
  publishState();
}

bool Session::stepOnCpu(int cpu) {
  if (!live_) return false;
  if (live_->run_state() != fs::RunState::Running) {
    Q_EMIT liveStepped(cpu, false);
    return false;
  }
  liveChoices_.push_back(cpu);
  const bool ran = live_->step_cpu(cpu);
  Q_EMIT liveStepped(cpu, ran);
  Q_EMIT stateChanged(state());
  return ran;
}

void Session::rebuildLive() {
  liveTrace_ = fs::Trace{};
  live_ = std::make_unique<fs::Machine>(scenario_, nullptr);
  live_->restore(liveBaseState_);
  live_->set_trace(&liveTrace_);
  for (const int cpu : liveChoices_) live_->step_cpu(cpu);
}

bool Session::undoLiveStep() {
  if (!live_ || liveChoices_.empty()) return false;
  liveChoices_.pop_back();
  rebuildLive();
  Q_EMIT liveUndone();
  Q_EMIT stateChanged(state());
  return true;
}

void Session::restartSchedulerAtStart() {
  if (!timeline_) return;
  leaveSchedulerMode();
  setStep(0);
  enterSchedulerMode();
}

} // namespace fsui
