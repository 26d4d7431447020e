// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/run_stage.h"

#include <QApplication>
#include <QGridLayout>
#include <QPainter>

#include "core/timeline.h"
#include "core/trace/step_facts.h"
#include "ui/common/engine_text.h"
#include "ui/common/picture_file.h"
#include "ui/common/theme.h"
#include "ui/model/session.h"
#include "ui/model/trace_search.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/cpu_view.h"
#include "ui/views/narration_view.h"
#include "ui/views/proc_tree_view.h"

namespace fsui {

RunStage::RunStage(Session* session)
    : session_(session), timeline_(session->timeline()), tree_(new ProcTreeView(this)),
      cpus_(new CpuView(this)), timelineView_(new TimelineView(this)),
      narration_(new NarrationView(nullptr)) {
  setObjectName(QStringLiteral("runStage"));
  // Laid out and painted like a window, but never mapped: render() draws it.
  setAttribute(Qt::WA_DontShowOnScreen);
  tree_->setAnimationsEnabled(false); // a picture shows where the cards end up
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(8);
  grid->addWidget(tree_, 0, 0);
  grid->addWidget(cpus_, 0, 1);
  grid->addWidget(timelineView_, 1, 0, 1, 2);
  // The tree is the picture; the timeline a strip that says where we are.
  grid->setColumnStretch(0, 64);
  grid->setColumnStretch(1, 36);
  grid->setRowStretch(0, 72);
  grid->setRowStretch(1, 28);
  // A tree too big for its smallest readable zoom is cut around the process
  // that just ran; a scroll bar in a picture would be noise.
  tree_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  tree_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  // The views' own minimum sizes must not push them past the picture.
  for (QWidget* w : {static_cast<QWidget*>(tree_), static_cast<QWidget*>(cpus_),
                     static_cast<QWidget*>(timelineView_)})
    w->setMinimumSize(1, 1);
  narration_->setHideLookAhead(true);
  if (timeline_) {
    timelineView_->setTimeline(timeline_);
    narration_->setTotalSteps(timeline_->total_steps());
  }
  resize(1280, 600);
  show();
}

RunStage::~RunStage() { delete narration_; }

void RunStage::setShowSharing(bool on) { tree_->setShowSharing(on); }

void RunStage::setOnPaper(bool on) {
  if (on == paper_) return;
  paper_ = on;
  fsui::setOnPaper(this, on);
  fsui::setOnPaper(narration_, on);
  // Over the dark theme's style sheet, whose backgrounds would reach the
  // gaps between the views and the timeline's legend.
  setStyleSheet(on ? QStringLiteral("QWidget { background: white; color: black; }") : QString());
  timelineView_->applyTheme();
  tree_->refreshColours();
  cpus_->update();
  if (timeline_) showStep(step_); // the narration's colours too
}

void RunStage::setShowTimeline(bool on) { timelineView_->setVisible(on); }

void RunStage::setViewSize(QSize size) {
  if (size == this->size()) return;
  resize(size);
  layout()->activate();
  QApplication::sendPostedEvents(); // resize events: the tree fits itself to its new size
}

quint64 RunStage::totalSteps() const { return timeline_ ? timeline_->total_steps() : 0; }

QString RunStage::title() const {
  return timeline_ ? scenarioText(timeline_->scenario().title) : QString();
}

QString RunStage::headline() const { return stepHeadline(frame_, totalSteps()); }

QString RunStage::explanationHtml() const { return narration_->toHtml(); }

// The recorded run's frame for a step, as the main window builds it (the
// student-as-scheduler's live run is never exported).
StepFrame RunStage::frameFor(quint64 step) {
  state_ = session_->stateAt(step);
  StepFrame f;
  f.state = &state_;
  f.step = step;
  const fs::Trace& trace = timeline_->trace();
  f.trace = &trace;
  std::tie(f.stepBegin, f.stepEnd) = eventsOfStep(trace, step);
  f.follow = true;
  f.activeCpu = step > 0 ? fs::step_cpu(trace, step - 1) : -1;
  f.stepId = stepIdOf(trace, f.stepBegin, f.stepEnd);
  f.cpuSteps = cpuStepsOf(trace, state_, f.stepEnd);
  if (step > 0) f.tick = trace.tick_of_step(step - 1);
  return f;
}

void RunStage::showStep(quint64 step) {
  if (!timeline_) return;
  step_ = std::min<quint64>(step, timeline_->total_steps());
  frame_ = frameFor(step_);
  tree_->setState(state_, frame_.cpuSteps);
  const fs::Proc* active =
      frame_.activeCpu >= 0 && static_cast<size_t>(frame_.activeCpu) < state_.cpus.size()
          ? state_.proc(state_.cpus[static_cast<size_t>(frame_.activeCpu)].cur)
          : nullptr;
  tree_->setFocusPid(active ? active->pid : -1);
  cpus_->setFrame(frame_);
  narration_->setFrame(frame_);
  timelineView_->setStep(step_, true);
}

void RunStage::renderViews(QPainter& p, QPointF at) {
  prepareForRendering(timelineView_); // the plot paints from its last replot
  p.save();
  p.translate(at);
  render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
  p.restore();
}

} // namespace fsui
