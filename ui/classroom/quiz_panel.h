// SPDX-License-Identifier: GPL-3.0-or-later
// Predict the next step: the quiz generated from the run on screen
// (core/classroom/quiz.h). For each question the session is moved to the question's
// step and cannot go further (its horizon), the views that would give the
// answer away are hidden, and the student picks an answer; then the run
// moves to the step that shows what the kernel did, with the explanation,
// and the score is kept.
#pragma once
#include <QWidget>
#include <memory>
#include <vector>

#include "core/classroom/quiz.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace fsui {

class Session;

class QuizPanel : public QWidget {
  Q_OBJECT
public:
  explicit QuizPanel(Session* session, QWidget* parent = nullptr);

  enum class Phase { NoQuiz, Asking, Revealed, Finished };
  Phase phase() const { return phase_; }
  // The height the current page needs at the panel's width, so that the main
  // window can give a question room instead of making the class scroll.
  int preferredHeight() const;
  const std::vector<fs::Question>& questions() const { return questions_; }
  int current() const { return current_; }
  int score() const { return score_; }
  int answered() const { return answered_; }
  // For the window and tests: what the class must see after answering.
  QString verdictText() const;
  QString explanationText() const;
  QWidget* verdictWidget() const;
  QWidget* explanationWidget() const;
  QWidget* startButton() const;
  QWidget* introWidget() const;
  QWidget* resultWidget() const;

public Q_SLOTS:
  void start();           // a quiz on the run on screen (seed 0, then 1, 2 ... on restart)
  void choose(int index); // selects a choice (keyboard and tests)
  void submit();          // answers with the selected choice
  void next();            // the next question, or the result
  void stop();            // leaves the quiz; the run is free again
  void timelineChanged(); // a new run: any quiz in progress ends

Q_SIGNALS:
  // true while an answer is pending: the window hides the spoiling views.
  void hideSpoilers(bool hide);
  void message(const QString& text);
  // The page grew or changed (an answer revealed, the result): the window
  // gives the dock the room it needs.
  void contentChanged();

protected:
  void changeEvent(QEvent* e) override; // presenter mode: the headline grows with the font

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void resizeEvent(QResizeEvent* e) override; // the dock grew: the verdict placed again

private:
  void ask();
  void answerPicked(); // a choice is made: Answer enabled and in view
  void showIntro();
  void showResult();
  void setPhase(Phase p);
  void revealInView();
  void scrollToVerdict();
  QString bestKey() const;

  Session* session_;
  QStackedWidget* pages_;
  QScrollArea* scroll_;
  QLabel* intro_;
  QPushButton* startButton_;
  QLabel* progress_;
  QLabel* prompt_;
  QVBoxLayout* choicesLayout_;
  QVBoxLayout* askLayout_ = nullptr;
  QMargins askMargins_;        // the question page's own margins (more at the bottom once answered)
  QButtonGroup* choices_;      // the radio buttons "A".."E", id = choice index
  QList<QWidget*> choiceRows_; // each a radio button and its wrapped text
  QList<QLabel*> choiceTexts_; // clicking one picks its choice
  QPushButton* answerButton_;
  QLabel* verdict_;
  QLabel* explanation_;
  QPushButton* nextButton_;
  QPushButton* stopButton_;
  QLabel* result_;
  QPushButton* againButton_;

  std::vector<fs::Question> questions_;
  Phase phase_ = Phase::NoQuiz;
  int current_ = -1;
  int score_ = 0, answered_ = 0;
  std::vector<bool> results_; // per question answered: right?
  uint64_t seed_ = 0;
  QString headlineHtml_; // the question, as shown
};

} // namespace fsui
