// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/session.h"

#include <QRegularExpression>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "core/scenario/scenario_loader.h"
#include "core/state/names.h"
#include "core/trace/trace_io.h"
#include "ui/model/trace_search.h"

namespace fsui {

namespace {
constexpr size_t kCacheSize = 16;
constexpr quint64 kReplayFromCacheLimit = 256; // replay from a cached neighbour up to this far

bool looksLikeTrace(const QString& text) {
  static const QRegularExpression re(QStringLiteral(R"("format"\s*:\s*"forkscope-trace")"));
  return re.match(text.left(4096)).hasMatch();
}
} // namespace

Session::Session(QObject* parent) : QObject(parent) {
  connect(&playTimer_, &QTimer::timeout, this, &Session::onPlayTick);
  setSpeed(speed_);
}

Session::~Session() {
  // Closing the window during a load: the job stops at its next check.
  if (cancel_) cancel_->store(true);
  job_.waitForFinished();
}

void Session::openFile(const QString& path) {
  startLoad([path](const LoadReport& report) { return loadAndRecordFile(path, report); }, path,
            true);
}

void Session::openText(const QString& text, const QString& fileName) {
  const std::string file = fileName.toStdString();
  const QByteArray utf8 = text.toUtf8();
  const std::string_view bytes(utf8.constData(), static_cast<size_t>(utf8.size()));
  fs::ScenarioLoad load;
  if (looksLikeTrace(text)) {
    // A trace pasted into the editor: refused with the reader's message, or
    // its scenario re-run (errors point into the text itself).
    fs::TraceRead tr = fs::read_trace_text(bytes, file);
    if (!tr.trace) {
      Q_EMIT loadFailed(tr.error ? QString::fromStdString(tr.error->str())
                                 : Session::tr("%1: unreadable").arg(fileName));
      return;
    }
    load = fs::load_trace_scenario(bytes, file);
  } else {
    load = fs::load_scenario_text(bytes, file);
  }
  if (!load.scenario) {
    QStringList lines;
    for (const fs::LoadError& e : load.errors) lines << QString::fromStdString(e.str());
    Q_EMIT loadFailed(lines.join(QLatin1Char('\n')));
    return;
  }
  auto scenario = std::make_shared<const fs::Scenario>(std::move(*load.scenario));
  startLoad([scenario](const LoadReport& report) { return recordScenario(scenario, report); },
            fileName, false);
}

void Session::cancelLoad() {
  if (cancel_) cancel_->store(true);
}

void Session::startLoad(LoadJob job, const QString& fileName, bool fromFile) {
  // One load at a time: a newer one replaces one in progress.
  cancelLoad();
  job_.waitForFinished();
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  cancel_ = cancel;
  const quint64 number = ++loadNumber_;
  pendingFileName_ = fileName;
  pendingFromFile_ = fromFile;
  loading_ = true;
  Q_EMIT loadStarted(fileName);
  if (synchronous_) {
    finishLoad(job(LoadReport{}));
    return;
  }
  // The job reports through queued calls: they are dropped if the session
  // is gone, and ignored if a newer load has started meanwhile.
  LoadReport report = [this, cancel, number](LoadPhase phase, uint64_t done, uint64_t total) {
    QMetaObject::invokeMethod(
        this,
        [this, number, phase, done, total] {
          if (number == loadNumber_) Q_EMIT loadProgress(phase, done, total);
        },
        Qt::QueuedConnection);
    return !cancel->load();
  };
  job_ = QtConcurrent::run([this, job = std::move(job), report, number] {
    LoadOutcome outcome = job(report);
    QMetaObject::invokeMethod(
        this,
        [this, number, outcome = std::move(outcome)] {
          if (number == loadNumber_) finishLoad(outcome);
        },
        Qt::QueuedConnection);
  });
}

void Session::finishLoad(const LoadOutcome& outcome) {
  loading_ = false;
  cancel_.reset();
  Q_EMIT loadFinished();
  if (outcome.cancelled) {
    Q_EMIT loadCancelled(pendingFileName_);
    return;
  }
  if (!outcome.timeline) {
    Q_EMIT loadFailed(outcome.error);
    return;
  }
  // Only now does the new run replace the one on screen.
  pause();
  scenario_ = outcome.scenario;
  fileName_ = pendingFileName_;
  adoptTimeline(outcome.timeline);
  if (pendingFromFile_) Q_EMIT fileLoaded(fileName_);
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
