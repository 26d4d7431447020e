// SPDX-License-Identifier: GPL-3.0-or-later
// The app's one source of truth: the recorded run (an immutable fs::Timeline,
// recorded on a worker thread), the step being shown, the breakpoints, and the
// transport controls (play, step, step over, run to breakpoint). Views never
// touch the engine: they receive the timeline once and a state per step.
// "Student as scheduler" mode drives a live fs::Machine instead, forked off
// the shown state, one CPU slot at a time.
#pragma once
#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>

#include "core/machine.h"
#include "core/scenario/scenario.h"
#include "core/state/kstate.h"
#include "core/timeline.h"
#include "ui/model/breakpoints.h"
#include "ui/model/session_load.h"

namespace fsui {

class Session : public QObject {
  Q_OBJECT
public:
  explicit Session(QObject* parent = nullptr);
  ~Session() override;

  // --- loading: a scenario file, a saved trace (its scenario is re-run), or text ---
  // A file is read and its run recorded on a worker thread; the session on
  // screen stays as it is (and usable) until the new one is complete, and
  // stays when the load fails or is cancelled. Editor text is parsed here
  // (it is small) and recorded on the worker.
  void openFile(const QString& path);
  void openText(const QString& text, const QString& fileName);
  // Tests and --screenshot load on the calling thread: the timeline is ready on return.
  void setSynchronous(bool on) { synchronous_ = on; }
  bool isLoading() const { return loading_; }
  // Ends a load in progress soon (within one read chunk or 65,536 steps);
  // the previous session stays.
  void cancelLoad();

  std::shared_ptr<const fs::Timeline> timeline() const { return timeline_; }
  std::shared_ptr<const fs::Scenario> scenario() const { return scenario_; }
  QString fileName() const { return fileName_; }
  quint64 step() const { return step_; }
  quint64 totalSteps() const { return timeline_ ? timeline_->total_steps() : 0; }
  // The state shown now (the live machine's in scheduler mode).
  const fs::KernelState& state() const;
  // The state after `step` steps of the recording; recent ones are cached.
  fs::KernelState stateAt(quint64 step);
  // The trace with a complete outcome (expectations, final processes), for saving.
  fs::Trace traceForSaving() const;

  // --- transport ---
  bool isPlaying() const { return playTimer_.isActive(); }
  double speed() const { return speed_; } // steps per second

  // --- breakpoints ---
  const Breakpoints& breakpoints() const { return breakpoints_; }
  void addBreakpoint(const Breakpoint& b);
  void removeBreakpoint(int index);
  bool toggleBreakpoint(const Breakpoint& b);

  // --- quiz: a step the transport cannot pass while an answer is pending ---
  void setHorizon(std::optional<quint64> lastVisibleStep);
  std::optional<quint64> horizon() const { return horizon_; }

  // --- student as scheduler ---
  bool schedulerMode() const { return live_ != nullptr; }
  const fs::Trace* liveTrace() const { return live_ ? &liveTrace_ : nullptr; }
  quint64 liveBaseStep() const { return liveBase_; }
  // The CPUs the student chose, in order (every call of stepOnCpu while the run went on).
  const std::vector<int>& liveChoices() const { return liveChoices_; }
  fs::RunState liveRunState() const { return live_ ? live_->run_state() : fs::RunState::Running; }

public Q_SLOTS:
  void setStep(quint64 step);
  void stepForward();
  void stepBack();
  void stepOverForward();
  void stepOverBack();
  void play();
  void pause();
  void togglePlay();
  void setSpeed(double stepsPerSecond);
  // Runs forward to the first step matching a breakpoint; false (and the
  // step unchanged) when none is hit before the end of the run.
  bool runToBreakpoint();
  void enterSchedulerMode();
  void leaveSchedulerMode();
  // Executes one step on `cpu` in scheduler mode; false when the CPU had nothing to run.
  bool stepOnCpu(int cpu);
  // Takes back the last scheduled step: the live machine is rebuilt from the
  // state it started from and the remaining choices are replayed (the engine
  // is deterministic, so this is exact). False when there is nothing to undo.
  bool undoLiveStep();
  // Scheduler mode from scratch: back to step 0 of the recording, then live.
  void restartSchedulerAtStart();

Q_SIGNALS:
  void loadStarted(const QString& fileName);
  // bytes read, then steps recorded; total 0 when not known
  void loadProgress(fsui::LoadPhase phase, quint64 done, quint64 total);
  void loadFinished(); // the load ended: ready, failed or cancelled
  void loadCancelled(const QString& fileName);
  void timelineReady(std::shared_ptr<const fs::Timeline> timeline);
  void loadFailed(const QString& message);
  void fileLoaded(const QString& path); // a file (not editor text) is now the session
  void stepChanged(quint64 step);
  void stateChanged(const fs::KernelState& state);
  void playingChanged(bool playing);
  void speedChanged(double stepsPerSecond);
  void breakpointsChanged();
  void breakpointHit(quint64 step, const QString& description);
  void schedulerModeChanged(bool on);
  void liveStepped(int cpu, bool ran);
  void liveUndone();
  // A step past the horizon was asked for (the session stopped at the horizon).
  void horizonReached(quint64 horizon);

private:
  using LoadJob = std::function<LoadOutcome(const LoadReport&)>;
  void startLoad(LoadJob job, const QString& fileName, bool fromFile);
  void finishLoad(const LoadOutcome& outcome);
  void adoptTimeline(std::shared_ptr<const fs::Timeline> timeline);
  void publishState();
  void onPlayTick();

  std::shared_ptr<const fs::Scenario> scenario_;
  std::shared_ptr<const fs::Timeline> timeline_;
  QString fileName_, pendingFileName_;
  bool pendingFromFile_ = false;
  quint64 step_ = 0;
  fs::KernelState current_;
  // Recently shown states: stepping back one step or replaying forward a few
  // from a neighbour is much cheaper than a keyframe replay.
  std::deque<std::pair<quint64, fs::KernelState>> cache_;

  bool synchronous_ = false;
  bool loading_ = false;
  // The running job's stop flag (shared with it) and its number: a result
  // that arrives after a newer load started is dropped.
  std::shared_ptr<std::atomic<bool>> cancel_;
  quint64 loadNumber_ = 0;
  QFuture<void> job_;

  QTimer playTimer_;
  double speed_ = 4.0;
  Breakpoints breakpoints_;
  std::optional<quint64> horizon_;

  std::unique_ptr<fs::Machine> live_;
  fs::Trace liveTrace_;
  quint64 liveBase_ = 0;
  fs::KernelState liveBaseState_;
  std::vector<int> liveChoices_;
  void rebuildLive();
};

} // namespace fsui
