// SPDX-License-Identifier: GPL-3.0-or-later
// One lane per CPU: the LWP on it, the kernel function and kern_fork.c line it
// is executing, whether it spins on a lock or is idle, and its run queue.
// Painted directly: a handful of lanes, redrawn once per step.
#pragma once
#include <QWidget>
#include <vector>

#include "ui/model/step_frame.h"

namespace fsui {

struct CpuLane {
  int cpu = 0;
  int pid = -1;        // -1 = idle
  QString who;         // "3 sh"
  QString where;       // "fork1() · kern_fork.c:516"
  QString step;        // "fork1.children_insert"
  QString status;      // "running", "spinning on proc_lock", "idle"
  QString shortStatus; // "spinning", "in the kernel": for a narrow card
  bool spinning = false;
  QStringList runq; // "4 sh.1", ...
  bool ranThisStep = false;
};

class CpuView : public QWidget {
  Q_OBJECT
public:
  explicit CpuView(QWidget* parent = nullptr);
  void setFrame(const StepFrame& frame);
  const std::vector<CpuLane>& lanes() const { return lanes_; }
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;
  // Where each lane is drawn at the current size: every CPU always gets a
  // card inside the widget. With little room the cards lose lines (run
  // queue, then the step) and wrap into columns instead of being clipped.
  QList<QRectF> laneRects() const;
  int linesPerLane() const;
  // The height that shows `cpus` cards of `lines` lines in one column.
  int heightFor(int cpus, int lines) const; // 3: who/status, step, run queue; 2; 1

  // What the last paint drew on the cards, for tests: each line and whether
  // it had to be elided. A card says less when it is narrow (a shorter status,
  // the run queue dropped, a long line wrapped), but what it says is whole.
  struct DrawnText {
    int cpu = 0;
    QString text;
    bool elided = false;
  };
  const QList<DrawnText>& drawnTexts() const { return drawn_; }

Q_SIGNALS:
  // Scheduler mode: the student clicked a lane to run the next step there.
  void cpuClicked(int cpu);

protected:
  void paintEvent(QPaintEvent*) override;
  void mousePressEvent(QMouseEvent* e) override;

private:
  qreal laneHeight(int lines = 3) const;
  struct Grid {
    int columns = 1, lines = 3;
  };
  Grid grid() const;
  int tagWidth() const;
  struct Line {
    QString text;
    bool bold = false, small = false, elided = false;
  };
  QVector<Line> composeLane(const CpuLane& lane, qreal width, int lines) const;
  std::vector<CpuLane> lanes_;
  QList<DrawnText> drawn_;
  bool live_ = false;
};

} // namespace fsui
