// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom > What Can Happen?: runs the explorer (core/explore/explore.h) on the
// loaded scenario on a worker thread - progress, Cancel, the window stays
// live - and lists every distinct outcome (and anything that went wrong) with
// a witness schedule. "Show me" puts the window into student-as-scheduler
// mode from the first step and lets the student step through the witness,
// one CPU choice per click, exactly as `forkscope-cli challenge --cpus` would.
#pragma once
#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>
#include <vector>

#include "core/explore/explore.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fsui {

class Session;

class ExploreDialog : public QDialog {
  Q_OBJECT
public:
  explicit ExploreDialog(Session* session, QWidget* parent = nullptr);
  ~ExploreDialog() override; // cancels a running exploration and waits for it

  bool running() const { return watcher_.isRunning(); }
  const fs::ExploreReport& report() const { return report_; }
  int rowCount() const;
  // The witness being shown and how many of its steps were taken.
  const std::vector<int>& witness() const { return witness_; }
  size_t witnessPosition() const { return position_; }

public Q_SLOTS:
  void startExplore();
  void cancelExplore();
  void showSelected(); // "Show me"
  void nextStep();     // one CPU choice of the witness
  void runWitness();   // the rest of the witness

Q_SIGNALS:
  void explored(); // the report is ready (also after Cancel)

private:
  void finished();
  void updateButtons();
  void progress(quint64 states, quint64 schedules, int bound);

  Session* session_;
  QLabel* intro_;
  QSpinBox* preemptions_;
  QPushButton* exploreButton_;
  QPushButton* cancelButton_;
  QProgressBar* busy_;
  QLabel* status_;
  QListWidget* list_;
  QPushButton* showButton_;
  QLabel* stepLabel_;
  QPushButton* nextButton_;
  QPushButton* runButton_;

  QFutureWatcher<fs::ExploreReport> watcher_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  fs::ExploreReport report_;
  std::vector<std::vector<int>> rowWitness_; // schedule of each list row
  std::vector<int> witness_;
  size_t position_ = 0;
};

} // namespace fsui
