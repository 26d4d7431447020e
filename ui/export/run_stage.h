// SPDX-License-Identifier: GPL-3.0-or-later
// The views an export draws, in a widget of their own that is never shown on
// screen: the process tree, the CPU cards and the timeline, laid out at the
// size of the picture, fed one step after another from the session's
// recording. Exporting therefore neither moves the step the user is looking
// at nor depends on how the user arranged the docks, and it works without a
// main window (forkscope --export-pdf).
#pragma once
#include <QWidget>
#include <memory>

#include "ui/model/step_frame.h"

namespace fs {
class Timeline;
}

namespace fsui {

class Session;
class TimelineView;
class ProcTreeView;
class CpuView;
class NarrationView;

class RunStage : public QWidget {
  Q_OBJECT
public:
  // The session must hold a recorded run (session->timeline() != null).
  explicit RunStage(Session* session);
  ~RunStage() override;

  void setShowSharing(bool on);
  void setShowTimeline(bool on);
  // Paper (PDF, print): the light theme's colours whatever the app's theme.
  void setOnPaper(bool on);
  // Lays the views out to fill `size` (the picture's area for them).
  void setViewSize(QSize size);
  // Shows the state after `step` steps of the recording in every view.
  void showStep(quint64 step);

  quint64 step() const { return step_; }
  quint64 totalSteps() const;
  // The scenario's title (translated when it is a bundled one).
  QString title() const;
  // "Step 8 of 120 · tick 3 · just executed: fork1.chgproccnt (L283)"
  QString headline() const;
  // What the step did, in words (the narration without its look-ahead).
  QString explanationHtml() const;
  // Draws the views with their top left corner at `at` (painter units).
  void renderViews(QPainter& p, QPointF at);

private:
  StepFrame frameFor(quint64 step);
  Session* session_;
  std::shared_ptr<const fs::Timeline> timeline_;
  fs::KernelState state_;
  StepFrame frame_;
  quint64 step_ = 0;
  bool paper_ = false;
  ProcTreeView* tree_;
  CpuView* cpus_;
  TimelineView* timelineView_;
  NarrationView* narration_; // never laid out: its text only
};

} // namespace fsui
