// SPDX-License-Identifier: GPL-3.0-or-later
// fork.py problems inside the app: a seeded action list (the same seed gives
// the same problem everywhere, for exams) or one typed in, shown as a
// numbered list of "a forks b" / "b exits"; the student draws the final tree,
// then reveals the answer key (NetBSD's tree next to fork.py's after every
// action) and can watch the run in the main window.
#pragma once
#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fsui {

class ForkpyDialog : public QDialog {
  Q_OBJECT
public:
  explicit ForkpyDialog(QWidget* parent = nullptr);

  // The action list on screen ("a+b,b+c,c-").
  QString actions() const;
  QString problemText() const;
  QString answerText() const;
  bool answerShown() const { return answerShown_; }

public Q_SLOTS:
  void generate();   // from the seed and the sliders
  void useTyped();   // from the action line
  void showAnswer(); // reveals the answer key
  void nextSeed();   // seed + 1, generate

Q_SIGNALS:
  // "Watch It Run": a scenario text (JSON) and a name for it.
  void runRequested(const QString& scenarioJson, const QString& name);

private:
  void setActions(const QString& actions, const QString& origin);
  QSpinBox* seed_;
  QSpinBox* count_;
  QDoubleSpinBox* forkPercent_;
  QSpinBox* maxProcs_;
  QCheckBox* localReparent_;
  QLineEdit* typed_;
  QLabel* problemTitle_;
  QPlainTextEdit* problem_;
  QPlainTextEdit* answer_;
  QPushButton* answerButton_;
  QPushButton* runButton_;
  QLabel* error_;
  QString actions_, origin_, scenarioJson_, answerText_;
  bool answerShown_ = false;
};

} // namespace fsui
