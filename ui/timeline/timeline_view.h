// SPDX-License-Identifier: GPL-3.0-or-later
// What ran where, over the whole run: one lane per CPU (user work, kernel,
// spinning, idle), one lane per busy lock (held, held while contended), and
// nprocs below on the same step axis. Wheel zooms, drag pans, a click jumps
// to the step under the mouse; a vertical line marks the current step.
#pragma once
#include <memory>

#include <QWidget>

#include "core/timeline.h"
#include "ui/timeline/timeline_spans.h"

class QCustomPlot;
class QLabel;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPRange;
namespace fsui {

class TimelineLanes;

class TimelineView : public QWidget {
  Q_OBJECT
public:
  explicit TimelineView(QWidget* parent = nullptr);
  ~TimelineView() override;

  void setTimeline(std::shared_ptr<const fs::Timeline> t);
  // Student-as-scheduler: show the run being scheduled (from its own first
  // step) instead of the recording; nullptr goes back to the recording.
  // Clicks do not move the session while a live run is shown.
  void setLiveTrace(std::shared_ptr<const fs::Trace> trace, int cpus, int initialNprocs);
  bool showsLiveRun() const { return live_ != nullptr; }
  quint64 step() const { return step_; }

  // For tests and the frame benchmark.
  QCustomPlot* plot() const { return plot_; }
  const fsui::TimelineData& data() const { return data_; }
  void setVisibleRange(double firstStep, double lastStep);
  double lastReplotMs() const; // duration of the last replot (QCustomPlot's own measurement)
  double replotNow();          // replots synchronously and returns its duration in ms
  size_t lastDrawnSpans() const;
  // The pixel x of a step position in the plot widget's coordinates.
  int pixelOfStep(double step) const;

  // Colours again, after the theme changed or the view went on paper (theme.h).
  void applyTheme();

public slots:
  // follow: scroll a zoomed-in window so that the step sits in its centre.
  void setStep(quint64 step, bool follow = false);
  void resetZoom();

signals:
  void stepRequested(quint64 step);

protected:
  void changeEvent(QEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

private:
  int lockLanesThatFit() const;
  bool fitLaneLabelFont();
  void fitLeftMargin();
  void applyFont();
  void build();
  void onRangeChanged(const QCPRange& r);
  void placeCursor();
  void showPlot(bool on);

  std::shared_ptr<const fs::Timeline> timeline_;
  std::shared_ptr<const fs::Trace> live_;
  int liveCpus_ = 1, liveNprocs_ = 0;
  fsui::TimelineData data_;
  quint64 step_ = 0;
  QCustomPlot* plot_ = nullptr;
  QCPAxisRect* lanesRect_ = nullptr;
  QCPAxisRect* countRect_ = nullptr;
  fsui::TimelineLanes* lanes_ = nullptr;
  QCPGraph* nprocs_ = nullptr;
  QCPItemStraightLine* cursorTop_ = nullptr;
  QCPItemStraightLine* cursorBottom_ = nullptr;
  QCPItemText* nprocsName_ = nullptr;
  QLabel* empty_ = nullptr; // shown instead of the plot before any run
  QLabel* legend_ = nullptr;
  QCPItemText* tickTitle_ = nullptr; // "tick", left of the clock ticks above the lanes
  QCPItemText* stepTitle_ = nullptr; // "step", left of the step numbers below nprocs
public:
  // The axis titles, for tests: where they are drawn must stay in the plot.
  QCPItemText* tickTitle() const { return tickTitle_; }
  QCPItemText* stepTitle() const { return stepTitle_; }
  // Every text the plot draws besides its data, for tests: the axes' tick
  // labels (lane names among them), titles, the nprocs name and the legend,
  // each with the font it is drawn in (presenter mode: none under 18 px).
  QList<QPair<QString, QFont>> labelFonts() const;

private:
  QPoint pressPos_;
  bool syncing_ = false;
  int maxLockLanes_ = 8; // busiest locks with a lane of their own; the rest share one
};

} // namespace fsui
