// SPDX-License-Identifier: GPL-3.0-or-later
// The run on screen: the session's signals connected to every view, and the
// frame of the current step (state, what each CPU did, where it was) handed
// to each of them, with the status bar, the window title and the words a
// screen reader gets for the drawn views.
#include "ui/shell/main_window.h"

#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include "core/state/names.h"
#include "core/trace/step_facts.h"
#include "ui/classroom/challenge_panel.h"
#include "ui/classroom/quiz_panel.h"
#include "ui/common/engine_text.h"
#include "ui/editor/scenario_editor.h"
#include "ui/model/session.h"
#include "ui/model/trace_search.h"
#include "ui/shell/load_progress.h"
#include "ui/shell/scenario_browser.h"
#include "ui/shell/status_fit.h"
#include "ui/shell/transport_bar.h"
#include "ui/shell/welcome_page.h"
#include "ui/timeline/summary_charts.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/changes_view.h"
#include "ui/views/cpu_view.h"
#include "ui/views/event_log_view.h"
#include "ui/views/kern_fork_view.h"
#include "ui/views/lock_view.h"
#include "ui/views/narration_view.h"
#include "ui/views/proc_tree_view.h"
#include "ui/views/program_view.h"
#include "ui/views/source_view.h"

namespace fsui {

void MainWindow::connectSession() {
  connect(session_, &Session::timelineReady, this, [this](std::shared_ptr<const fs::Timeline> t) {
    timeline_->setTimeline(t);
    charts_->setTimeline(t);
    eventLog_->setTimeline(t);
    changes_->setTimeline(t);
    narration_->setTotalSteps(t->total_steps());
    quiz_->timelineChanged();
    challenge_->timelineChanged();
    scenarioTitle_ = scenarioText(t->scenario().title);
    // A run with more (or fewer) CPUs: their cards get the room they need.
    if (actions_.presenter->isChecked() && isVisible())
      QTimer::singleShot(0, this, &MainWindow::fitCpuDock);
    updateWindowTitle();
    setWelcomeMode(false);
    lastError_.clear();
    statusBar()->clearMessage();
  });
  connect(session_, &Session::stepChanged, this, [this](quint64 step) {
    timeline_->setStep(step, actions_.follow->isChecked());
    charts_->setStep(step);
    eventLog_->setStep(step);
    changes_->setStep(step);
  });
  connect(session_, &Session::stateChanged, this, [this] {
    refreshViews();
    updateStatus();
  });
  connect(session_, &Session::loadFailed, this,
          [this](const QString& msg) { showError(tr("Cannot open the file"), msg); });
  statusBar()->addPermanentWidget(new LoadProgress(session_, this));
  connect(session_, &Session::loadCancelled, this, [this](const QString& f) {
    statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(f), 5000);
  });
  connect(session_, &Session::fileLoaded, this, &MainWindow::addRecent);
  connect(session_, &Session::playingChanged, this, [this](bool on) {
    actions_.play->setChecked(on);
    actions_.play->setIcon(
        QIcon(on ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/play.svg")));
  });
  connect(session_, &Session::breakpointHit, this, [this](quint64 step, const QString& what) {
    statusBar()->showMessage(tr("Breakpoint at step %1: %2").arg(step).arg(what), 8000);
  });
  connect(session_, &Session::breakpointsChanged, this, [this] {
    sourceView_->setBreakpoints(session_->breakpoints());
    kernFork_->setBreakpoints(session_->breakpoints());
  });
  connect(session_, &Session::schedulerModeChanged, this, [this](bool on) {
    actions_.schedulerMode->setChecked(on);
    actions_.undoScheduleStep->setEnabled(on && !session_->liveChoices().empty());
    updateLiveTimeline();
    for (int c = 0; c < actions_.stepOnCpu.size(); ++c)
      actions_.stepOnCpu[c]->setEnabled(on &&
                                        static_cast<size_t>(c) < session_->state().cpus.size());
    refreshViews();
    updateStatus();
  });
  connect(session_, &Session::liveStepped, this, [this](int cpu, bool ran) {
    if (!ran) statusBar()->showMessage(tr("CPU %1 has nothing to run.").arg(cpu), 4000);
    actions_.undoScheduleStep->setEnabled(!session_->liveChoices().empty());
    updateLiveTimeline();
  });
  connect(session_, &Session::liveUndone, this, [this] {
    updateLiveTimeline();
    actions_.undoScheduleStep->setEnabled(!session_->liveChoices().empty());
    statusBar()->showMessage(tr("Undone: back to step %1.").arg(session_->state().steps), 3000);
  });
  for (QWidget* v : std::initializer_list<QWidget*>{timeline_, charts_, eventLog_, changes_})
    connect(v, SIGNAL(stepRequested(quint64)), session_, SLOT(setStep(quint64)));
  connect(browser_, &ScenarioBrowser::scenarioChosen, this,
          [this](const QString& p) { openPath(p); });
  auto* welcome = static_cast<WelcomePage*>(welcome_);
  connect(welcome, &WelcomePage::openPathRequested, this,
          [this](const QString& p) { openPath(p); });
  connect(welcome, &WelcomePage::openDialogRequested, this, &MainWindow::openDialog);
  connect(welcome, &WelcomePage::manualRequested, this, [this] { showHelp(); });
  connect(editor_, &ScenarioEditor::runRequested, this,
          [this](const QString& text, const QString& name) {
            session_->openText(text, name.isEmpty() ? tr("untitled.json") : name);
          });
  connect(sourceView_, &SourceView::toggleBreakpointRequested, session_,
          &Session::toggleBreakpoint);
  connect(kernFork_, &KernForkView::toggleBreakpointRequested, session_,
          &Session::toggleBreakpoint);
  connect(kernFork_, &KernForkView::openDialogRequested, this, &MainWindow::openKernForkDialog);
  connect(kernFork_, &KernForkView::openFileRequested, this, &MainWindow::openKernForkFile);
  connect(quiz_, &QuizPanel::hideSpoilers, this, &MainWindow::hideSpoilers);
  connect(quiz_, &QuizPanel::contentChanged, this,
          [this] { QTimer::singleShot(0, this, &MainWindow::fitQuizDock); });
  connect(quiz_, &QuizPanel::message, this,
          [this](const QString& m) { statusBar()->showMessage(m, 8000); });
  connect(session_, &Session::horizonReached, this, [this](quint64 h) {
    statusBar()->showMessage(tr("Held at step %1: answer the question first.").arg(h), 5000);
  });
  connect(challenge_, &ChallengePanel::message, this,
          [this](const QString& m) { statusBar()->showMessage(m, 8000); });
  connect(challenge_, &ChallengePanel::openRequested, this, [this](const QString& path) {
    openPath(path, true);
    if (lastError_.isEmpty()) challenge_->startLoaded();
  });
  connect(cpuView_, &CpuView::cpuClicked, this, [this](int cpu) {
    if (session_->schedulerMode()) session_->stepOnCpu(cpu);
  });
}

// In scheduler mode the timeline shows the run the student is making, not
// the recording it started from.
void MainWindow::updateLiveTimeline() {
  auto* dock = findChild<QDockWidget*>(QStringLiteral("timelineDock"));
  if (!session_->schedulerMode() || !session_->liveTrace()) {
    if (timeline_->showsLiveRun()) timeline_->setLiveTrace(nullptr, 0, 0);
    if (dock) dock->setWindowTitle(tr("Timeline"));
    return;
  }
  const fs::KernelState base = session_->stateAt(session_->liveBaseStep());
  timeline_->setLiveTrace(std::make_shared<const fs::Trace>(*session_->liveTrace()),
                          static_cast<int>(base.cpus.size()), base.nprocs);
  if (dock)
    dock->setWindowTitle(
        tr("Timeline: your schedule, from recorded step %1").arg(session_->liveBaseStep()));
}

StepFrame MainWindow::currentFrame() const {
  StepFrame f;
  f.state = &session_->state();
  if (session_->schedulerMode()) {
    const fs::Trace* t = session_->liveTrace();
    f.trace = t;
    f.live = true;
    f.step = f.state->steps;
    if (t && !t->step_first_event.empty()) {
      f.stepBegin = t->step_first_event.back();
      f.stepEnd = static_cast<uint32_t>(t->events.size());
    }
  } else if (auto tl = session_->timeline()) {
    f.trace = &tl->trace();
    f.step = session_->step();
    std::tie(f.stepBegin, f.stepEnd) = eventsOfStep(tl->trace(), f.step);
  }
  f.follow = actions_.follow->isChecked();
  if (f.trace) {
    f.activeCpu = f.step > 0 ? fs::step_cpu(*f.trace, f.step - 1) : -1;
    f.stepId = stepIdOf(*f.trace, f.stepBegin, f.stepEnd);
    f.cpuSteps = cpuStepsOf(*f.trace, *f.state, f.stepEnd);
  } else {
    f.cpuSteps.resize(f.state->cpus.size());
  }
  // The tick step N ran in, as `forkscope-cli run --narrate` prints it: the
  // state's own clock has already moved on after the last step of a tick.
  if (f.step > 0 && f.trace && !f.live)
    f.tick = f.trace->tick_of_step(f.step - 1);
  else if (f.step > 0)
    f.tick = f.state->slot_in_tick == 0 && f.state->tick > 0 ? f.state->tick - 1 : f.state->tick;
  return f;
}

void MainWindow::refreshViews() {
  const StepFrame f = currentFrame();
  if (!session_->timeline()) return;
  procTree_->setState(*f.state, f.cpuSteps);
  const fs::Proc* active =
      f.activeCpu >= 0 && static_cast<size_t>(f.activeCpu) < f.state->cpus.size()
          ? f.state->proc(f.state->cpus[static_cast<size_t>(f.activeCpu)].cur)
          : nullptr;
  procTree_->setFocusPid(active ? active->pid : -1);
  cpuView_->setFrame(f);
  lockView_->setFrame(f);
  sourceView_->setFrame(f);
  kernFork_->setFrame(f);
  narration_->setFrame(f);
  program_->setFrame(f);
  updateAccessibleText(*f.state);
}

// The tree, the CPUs and the timeline are drawn, not made of widgets a
// screen reader can walk: each says in words what it shows, step by step.
void MainWindow::updateAccessibleText(const fs::KernelState& s) {
  QStringList procs;
  for (const fs::Proc& p : s.procs) {
    if (!p.alive()) continue;
    const QString name = QString::fromStdString(p.name);
    const QString stat = QString::fromLatin1(fs::proc_stat_name(p.stat));
    // A child fork1 is still building has no p_ppid yet: fork1 sets it when it links the child in.
    procs << (p.ppid >= 0
                  ? tr("pid %1 %2: %3, child of %4").arg(p.pid).arg(name, stat).arg(p.ppid)
                  : tr("pid %1 %2: %3, not linked to a parent yet").arg(p.pid).arg(name, stat));
  }
  procTree_->setAccessibleDescription(procs.join(QStringLiteral("; ")));
  QStringList cpus;
  for (size_t c = 0; c < s.cpus.size(); ++c) {
    const fs::Lwp* l = s.lwp(s.cpus[c].cur);
    cpus << (l ? tr("CPU %1: pid %2 %3, %4%5")
                     .arg(c)
                     .arg(l->pid)
                     .arg(QString::fromStdString(s.proc_of(*l).name),
                          QString::fromLatin1(fs::lwp_stat_name(l->lstat)),
                          l->spinning ? tr(", spinning on a lock") : QString())
               : tr("CPU %1: idle").arg(c));
  }
  cpuView_->setAccessibleDescription(cpus.join(QStringLiteral("; ")));
  timeline_->setAccessibleDescription(tr("Step %1 of %2, tick %3, nprocs %4")
                                          .arg(session_->step())
                                          .arg(session_->totalSteps())
                                          .arg(s.tick)
                                          .arg(s.nprocs));
}

void MainWindow::updateStatus() {
  if (!stepLabel_) {
    stepLabel_ = new QLabel(this);
    stepLabel_->setObjectName(QStringLiteral("stepLabel"));
    // A gap between a long message ("Question 1: the run is held...") and
    // the step, or the two ran into one line in presenter mode.
    stepLabel_->setContentsMargins(16, 0, 0, 0);
    tickLabel_ = new QLabel(this);
    outcomeLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(stepLabel_);
    statusBar()->addPermanentWidget(tickLabel_);
    statusBar()->addPermanentWidget(outcomeLabel_);
    statusFit_ = new StatusFit(statusBar(), {stepLabel_, tickLabel_}, outcomeLabel_);
  }
  auto tl = session_->timeline();
  if (!tl) {
    stepLabel_->setText(tr("No scenario: open one with Ctrl+O or pick one under Scenarios"));
    tickLabel_->clear();
    statusFit_->setOutcome(QString(), QString());
    return;
  }
  const fs::KernelState& s = session_->state();
  const StepFrame f = currentFrame();
  if (session_->schedulerMode())
    stepLabel_->setText(tr("Scheduler mode · step %1 (from recorded step %2)")
                            .arg(s.steps)
                            .arg(session_->liveBaseStep()));
  else
    stepLabel_->setText(tr("Step %1 / %2").arg(session_->step()).arg(tl->total_steps()));
  tickLabel_->setText(tr("tick %1 · nprocs %2").arg(f.tick).arg(s.nprocs));
  const fs::KernelState& last = s;                        // expectations so far at the shown step
  const std::string& result = tl->trace().outcome.result; // the trace format's words
  const QString resultText = result == "completed"    ? tr("completed")
                             : result == "deadlock"   ? tr("deadlock")
                             : result == "step_limit" ? tr("step limit reached")
                             : result == "tick_limit" ? tr("time limit reached (machine.max_ticks)")
                             : result == "running"    ? tr("still running")
                                                      : QString::fromStdString(result);
  QString outcome = tr("outcome: %1").arg(resultText);
  QString compact = resultText; // beside a long message (ui/shell/status_fit.h)
  if (last.expect_passed || last.expect_failed) {
    outcome +=
        tr(" · expectations %1 passed, %2 failed").arg(last.expect_passed).arg(last.expect_failed);
    compact += tr(" · %1 passed, %2 failed").arg(last.expect_passed).arg(last.expect_failed);
  }
  statusFit_->setOutcome(outcome, compact);
}

void MainWindow::updateWindowTitle() {
  if (quiz_->phase() == QuizPanel::Phase::Asking)
    setWindowTitle(tr("Quiz: question %1 — Forkscope").arg(quiz_->current() + 1));
  else if (!scenarioTitle_.isEmpty())
    setWindowTitle(tr("%1 — Forkscope").arg(scenarioTitle_));
  else
    setWindowTitle(tr("Forkscope"));
}

} // namespace fsui
