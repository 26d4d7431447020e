// SPDX-License-Identifier: GPL-3.0-or-later
// Three summary charts of a run (Qt Charts): fork-family results by outcome,
// contention per lock, and CPU utilisation (user / kernel / spin / idle).
// They cover either the run so far (up to the current step) or all of it.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include <QTimer>
#include <QWidget>

#include "core/timeline.h"
#include "ui/timeline/timeline_spans.h"

class QCheckBox;
class QChart;
class QChartView;

namespace fsui {

class SummaryCharts : public QWidget {
  Q_OBJECT
public:
  struct LockStats {
    std::string name;
    int acquires = 0, spins = 0, sleeps = 0;
  };
  struct CpuUtil { // percent of ticks
    double user = 0, kernel = 0, spin = 0, idle = 0;
  };
  struct Summary {
    // success, EAGAIN, ENOMEM, EINVAL, other errors
    int forks[5] = {0, 0, 0, 0, 0};
    std::vector<LockStats> locks; // busiest first
    std::vector<CpuUtil> cpus;
    uint64_t ticks = 0;
  };
  // Pure computation over the first `steps` steps (tested on its own).
  static Summary compute(const fs::Timeline& t, const std::vector<fsui::StepActivity>& acts,
                         uint64_t steps);

  explicit SummaryCharts(QWidget* parent = nullptr);

  void setTimeline(std::shared_ptr<const fs::Timeline> t);
  void setWholeRun(bool whole); // false: up to the current step
  bool wholeRun() const;
  const Summary& summary() const { return summary_; }
  QChart* forkChart() const;
  QChart* lockChart() const;
  QChart* cpuChart() const;
  void refreshNow();

public slots:
  void setStep(quint64 step);

signals:
  void stepRequested(quint64 step);

protected:
  void changeEvent(QEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

private:
  int locksThatFit() const;
  void rebuildForks();
  void rebuildLocks();
  void rebuildCpus();

  std::shared_ptr<const fs::Timeline> timeline_;
  std::vector<fsui::StepActivity> acts_; // classified once per timeline
  Summary summary_;
  quint64 step_ = 0;
  QCheckBox* whole_;
  QChartView* forks_;
  QChartView* locks_;
  QChartView* cpus_;
  QTimer refresh_; // playback calls setStep often: redraw at most every 100 ms
};

} // namespace fsui
