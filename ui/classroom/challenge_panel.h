// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler challenges: the student is the scheduler (Session's live
// machine) and must make something happen - "make CPU 1 spin on proc_lock",
// "make the vfork parent block" - by choosing which CPU runs each step. The
// panel lists the bundled challenges, shows the goal as a checklist that
// ticks as the run reaches each part (core/classroom/challenge.h re-checks the live
// trace after every step and every undo), gives hints one at a time, and
// scores the result against the challenge's par.
#pragma once
#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

#include "core/classroom/challenge.h"

class QComboBox;
class QSpinBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace fsui {

class Session;

class ChallengePanel : public QWidget {
  Q_OBJECT
public:
  explicit ChallengePanel(Session* session, QWidget* parent = nullptr);

  // The challenge files found in `dir` (loaded and checked by the engine).
  void setDirectory(const QString& dir);
  QStringList challengeFiles() const;
  bool active() const { return active_; }
  const fs::ChallengeProgress& progress() const { return progress_; }
  int hintsShown() const { return hintsShown_; }

public Q_SLOTS:
  // Opens the chosen challenge (through the window) and starts it.
  void startSelected();
  // Starts the challenge of the scenario now loaded, if it has one.
  void startLoaded();
  void showHint();
  void showSolution();
  void refresh();         // re-checks the goal (after a step or an undo)
  void timelineChanged(); // a newly loaded run

Q_SIGNALS:
  // The window opens the file synchronously, then calls startLoaded().
  void openRequested(const QString& path);
  void message(const QString& text);

protected:
  void changeEvent(QEvent* e) override; // presenter mode: the headline grows with the font

private:
  void rebuildCpuButtons();
  // A CPU button: up to perClick_ steps on `cpu`, stopping when the goal is
  // reached or failed, so long preludes take a few clicks.
  void runOnCpu(int cpu);
  void undoClick();
  void showGoal();

  Session* session_;
  QComboBox* picker_;
  QPushButton* startButton_;
  QLabel* goal_;
  QListWidget* checklist_;
  QLabel* neverTitle_;
  QListWidget* never_;
  QLabel* status_;
  QLabel* banner_;
  QLabel* hints_;
  QHBoxLayout* cpuRow_;
  QPushButton* undoButton_;
  QPushButton* hintButton_;
  QPushButton* restartButton_;
  QPushButton* solutionButton_;
  QSpinBox* perClick_;
  // [first, last) choice indices of each CPU-button click, for Undo.
  std::vector<std::pair<size_t, size_t>> batches_;

  std::optional<fs::Challenge> challenge_;
  fs::ChallengeProgress progress_;
  bool active_ = false;
  bool pendingStart_ = false;
  int hintsShown_ = 0;
  int undos_ = 0;
  bool solutionShown_ = false;
  QString headlineHtml_; // the goal, as shown
};

} // namespace fsui
