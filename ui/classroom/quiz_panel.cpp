// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/classroom/quiz_panel.h"

#include "ui/common/engine_text.h"

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/common/palette.h"
#include "ui/model/session.h"

namespace fsui {

namespace {
// The headline a step larger than the panel's font, which presenter mode
// changes. Done in the text's HTML: an application style sheet (presenter
// mode sets one) overrides a font given with setFont().
QString headline(const QFont& base, const QString& html) {
  const double pt = base.pointSizeF() > 0 ? base.pointSizeF() * 1.2 : 12.0;
  return QStringLiteral("<div style=\"font-size:%1pt\">%2</div>").arg(pt, 0, 'f', 1).arg(html);
}

constexpr size_t kMaxQuestions = 8;

QLabel* wrapped(QWidget* parent) {
  auto* l = new QLabel(parent);
  l->setWordWrap(true);
  l->setTextFormat(Qt::RichText);
  l->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return l;
}

// A stack as tall as the page it shows: QStackedWidget measures itself by
// its biggest page, so the short score page scrolled over the question
// page's empty height.
class CurrentPageStack : public QStackedWidget {
public:
  CurrentPageStack() {
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
  }
  QSize sizeHint() const override {
    return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
  }
  QSize minimumSizeHint() const override {
    return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
  }
  bool hasHeightForWidth() const override {
    return currentWidget() && currentWidget()->hasHeightForWidth();
  }
  int heightForWidth(int w) const override {
    return currentWidget() ? currentWidget()->heightForWidth(w) : -1;
  }
};

QString colored(fsui::OkabeIto c, const QString& text) {
  return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
      .arg(fsui::okabeIto(c).name(), text);
}
} // namespace

QuizPanel::QuizPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  setObjectName(QStringLiteral("quizPanel"));
  setFocusPolicy(Qt::StrongFocus);
  pages_ = new CurrentPageStack;

  auto* introPage = new QWidget(pages_);
  auto* il = new QVBoxLayout(introPage);
  intro_ = wrapped(introPage);
  startButton_ = new QPushButton(tr("&Start the Quiz"), introPage);
  result_ = wrapped(introPage);
  againButton_ = startButton_;
  il->addWidget(intro_);
  il->addWidget(result_);
  il->addWidget(startButton_, 0, Qt::AlignLeft);
  il->addStretch();
  startButton_->setObjectName(QStringLiteral("quizStart"));
  result_->setObjectName(QStringLiteral("quizResult"));

  auto* askPage = new QWidget(pages_);
  auto* al = new QVBoxLayout(askPage);
  askLayout_ = al;
  progress_ = new QLabel(askPage);
  progress_->setWordWrap(true);
  prompt_ = wrapped(askPage);
  choicesLayout_ = new QVBoxLayout;
  choicesLayout_->setSpacing(0); // as tight as a column of plain radio buttons
  choices_ = new QButtonGroup(this);
  answerButton_ = new QPushButton(tr("&Answer"), askPage);
  answerButton_->setDefault(true);
  stopButton_ = new QPushButton(tr("Stop &Quiz"), askPage);
  verdict_ = wrapped(askPage);
  verdict_->setObjectName(QStringLiteral("quizVerdict"));
  // A label, not a text browser: it is as tall as its text, so the scroll
  // area can bring all of it into view (a browser scrolled on its own, and
  // in a short dock its text was under the fold).
  explanation_ = wrapped(askPage);
  explanation_->setObjectName(QStringLiteral("quizExplanation"));
  nextButton_ = new QPushButton(tr("&Next Question"), askPage);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(answerButton_);
  buttons->addWidget(nextButton_);
  buttons->addStretch();
  buttons->addWidget(stopButton_);
  al->addWidget(progress_);
  al->addWidget(prompt_);
  al->addLayout(choicesLayout_);
  // The verdict and why right under the choices, the buttons after them:
  // after answering, the class reads down to "Next Question".
  al->addWidget(verdict_);
  al->addWidget(explanation_);
  al->addLayout(buttons);
  al->addStretch();

  askMargins_ = al->contentsMargins();
  pages_->addWidget(introPage);
  pages_->addWidget(askPage);
  // In a scroll area: a short dock (presenter mode on a 1366x768 projector)
  // squeezed the wrapped question under its choices instead of scrolling.
  scroll_ = new QScrollArea(this);
  scroll_->setObjectName(QStringLiteral("quizScroll"));
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll_->setWidget(pages_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(scroll_);

  connect(startButton_, &QPushButton::clicked, this, &QuizPanel::start);
  connect(answerButton_, &QPushButton::clicked, this, &QuizPanel::submit);
  connect(nextButton_, &QPushButton::clicked, this, &QuizPanel::next);
  connect(stopButton_, &QPushButton::clicked, this, &QuizPanel::stop);
  connect(choices_, &QButtonGroup::idClicked, this, [this] { answerPicked(); });
  // A student at the keyboard: A-E pick, Enter answers and then moves on.
  // Only while the panel has the focus, so the letters stay free elsewhere.
  for (int i = 0; i < 5; ++i) {
    auto* pick = new QShortcut(QKeySequence(Qt::Key_A + i), this);
    pick->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pick, &QShortcut::activated, this, [this, i] {
      if (phase_ == Phase::Asking) choose(i);
    });
  }
  for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
    auto* go = new QShortcut(QKeySequence(key), this);
    go->setContext(Qt::WidgetWithChildrenShortcut);
    connect(go, &QShortcut::activated, this, [this] {
      if (phase_ == Phase::Asking)
        submit();
      else if (phase_ == Phase::Revealed)
        next();
    });
  }
  showIntro();
}

QString QuizPanel::bestKey() const {
  return QStringLiteral("quiz/best/") + QFileInfo(session_->fileName()).completeBaseName();
}

void QuizPanel::setPhase(Phase p) {
  const bool wasHiding = phase_ == Phase::Asking;
  phase_ = p;
  if (wasHiding != (p == Phase::Asking)) Q_EMIT hideSpoilers(p == Phase::Asking);
}

void QuizPanel::showIntro() {
  pages_->setCurrentIndex(0);
  result_->clear();
  if (!session_->timeline()) {
    intro_->setText(tr("Open a scenario first: the quiz asks about the run on screen."));
    startButton_->setEnabled(false);
    return;
  }
  startButton_->setEnabled(true);
  startButton_->setText(tr("&Start the Quiz"));
  intro_->setText(
      tr("<p><b>Predict what the kernel does next.</b></p><p>The run stops just before a moment "
         "that matters: a system call returns, a lock is contended, a process stops or exits. "
         "You can look at every view and step backwards, but not forwards. Pick an answer; the "
         "run then moves on and shows what NetBSD did, and why.</p>"));
}

void QuizPanel::timelineChanged() {
  if (phase_ == Phase::Asking) session_->setHorizon(std::nullopt);
  setPhase(Phase::NoQuiz);
  questions_.clear();
  seed_ = 0;
  showIntro();
}

void QuizPanel::start() {
  auto tl = session_->timeline();
  if (!tl) return showIntro();
  if (session_->schedulerMode()) session_->leaveSchedulerMode();
  // Tens of milliseconds on a long run (docs/performance.md): a busy cursor
  // rather than a worker thread.
  QApplication::setOverrideCursor(Qt::WaitCursor);
  questions_ = fs::make_quiz(*tl, seed_++, kMaxQuestions);
  QApplication::restoreOverrideCursor();
  score_ = answered_ = 0;
  results_.clear();
  current_ = -1;
  if (questions_.empty()) {
    intro_->setText(tr("<p>This run has no moment the quiz can ask about (no fork, wait, lock "
                       "contention, stop or exit whose outcome could be predicted). Try another "
                       "scenario, e.g. <i>maxproc-storm</i> or <i>proc-lock-spin</i>.</p>"));
    return;
  }
  next();
}

void QuizPanel::next() {
  if (current_ + 1 >= static_cast<int>(questions_.size())) return showResult();
  ++current_;
  ask();
}

void QuizPanel::ask() {
  const fs::Question& q = questions_[static_cast<size_t>(current_)];
  session_->setHorizon(std::nullopt);
  session_->setStep(q.ask_step);
  session_->setHorizon(q.ask_step);
  pages_->setCurrentIndex(1);
  progress_->setText(tr("Question %1 of %2 · step %3 · score %4/%5")
                         .arg(current_ + 1)
                         .arg(questions_.size())
                         .arg(q.ask_step)
                         .arg(score_)
                         .arg(answered_));
  headlineHtml_ = engineText(q.prompt).toHtmlEscaped();
  prompt_->setText(headline(font(), headlineHtml_));
  for (QAbstractButton* b : choices_->buttons()) choices_->removeButton(b);
  for (QWidget* row : std::as_const(choiceRows_)) row->deleteLater();
  choiceRows_.clear();
  choiceTexts_.clear();
  const QString letters = QStringLiteral("ABCDE");
  for (size_t i = 0; i < q.choices.size(); ++i) {
    const QChar letter = i < 5 ? letters[static_cast<int>(i)] : QLatin1Char('?');
    // The letter on the radio button ("&A": Alt+A), the text in a label
    // beside it that wraps: a radio button's own text cannot, and a long
    // German choice made the panel wider than its dock.
    auto* row = new QWidget;
    auto* rl = new QHBoxLayout(row);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->setSpacing(6);
    auto* b = new QRadioButton(QStringLiteral("&%1").arg(letter), row);
    b->setAccessibleName(QStringLiteral("%1: %2").arg(letter).arg(engineText(q.choices[i])));
    b->setAccessibleDescription(engineText(q.choices[i]));
    auto* text = new QLabel(engineText(q.choices[i]), row);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->installEventFilter(this);
    rl->addWidget(b, 0, Qt::AlignTop);
    rl->addWidget(text, 1);
    choices_->addButton(b, static_cast<int>(i));
    choicesLayout_->addWidget(row);
    choiceRows_ << row;
    choiceTexts_ << text;
  }
  answerButton_->setEnabled(false);
  answerButton_->show();
  nextButton_->hide();
  // Hidden, not just empty, while asking: an empty label still took the
  // layout's spacing, and in presenter mode a long German question pushed
  // the Answer button under the dock's edge by about that much.
  verdict_->clear();
  verdict_->hide();
  explanation_->clear();
  explanation_->hide();
  askLayout_->setContentsMargins(askMargins_); // no room to scroll on while asking
  scroll_->verticalScrollBar()->setValue(0);   // the question from its first line
  setPhase(Phase::Asking);
  setFocus(); // A-E and Enter work at once
  // Short: the status bar shares a projector's row with the step counter.
  Q_EMIT message(tr("Held at step %1 until you answer.").arg(q.ask_step));
}

int QuizPanel::preferredHeight() const {
  QWidget* page = pages_->currentWidget();
  const int w = scroll_->viewport()->width();
  const int content = page && page->hasHeightForWidth() ? page->heightForWidth(w)
                      : page                            ? page->sizeHint().height()
                                                        : 0;
  const QMargins m = layout()->contentsMargins();
  // Not the room below "Next" kept for scrolling (scrollToVerdict).
  const int room = askLayout_->contentsMargins().bottom() - askMargins_.bottom();
  return content - (page == askLayout_->parentWidget() ? room : 0) + m.top() + m.bottom();
}

bool QuizPanel::eventFilter(QObject* watched, QEvent* event) {
  // A click on a choice's text picks it, as a click on a radio button's text would.
  if (event->type() == QEvent::MouseButtonRelease && phase_ == Phase::Asking) {
    const int i = choiceTexts_.indexOf(qobject_cast<QLabel*>(watched));
    if (i >= 0) {
      if (QAbstractButton* b = choices_->button(i)) b->click();
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void QuizPanel::choose(int index) {
  if (QAbstractButton* b = choices_->button(index)) {
    b->setChecked(true);
    answerPicked();
  }
}

void QuizPanel::answerPicked() {
  answerButton_->setEnabled(true);
  // A long question (German, presenter mode) can leave the button below the
  // dock's edge: with a choice made, bring it into view - what scrolls off
  // first is the progress line at the top.
  QTimer::singleShot(0, this, [this] {
    if (phase_ == Phase::Asking) scroll_->ensureWidgetVisible(answerButton_, 0, 6);
  });
}

void QuizPanel::submit() {
  if (phase_ != Phase::Asking) return;
  const int picked = choices_->checkedId();
  if (picked < 0) return;
  const fs::Question& q = questions_[static_cast<size_t>(current_)];
  const bool right = picked == q.answer;
  ++answered_;
  if (right) ++score_;
  for (int i = 0; i < choiceRows_.size(); ++i) {
    choiceRows_[i]->setEnabled(false);
    // The answer, and a wrong pick, in full colour and bold: greyed like the
    // others they could not be read from the back of the room.
    if (i == q.answer || i == picked)
      choiceTexts_[i]->setStyleSheet(
          QStringLiteral("color: %1; font-weight: bold;")
              .arg(fsui::okabeIto(i == q.answer ? fsui::OkabeIto::BluishGreen
                                                : fsui::OkabeIto::Vermillion)
                       .name()));
    if (i == q.answer)
      choiceTexts_[i]->setText(choiceTexts_[i]->text() + QStringLiteral("   ✓"));
    else if (i == picked)
      choiceTexts_[i]->setText(choiceTexts_[i]->text() + QStringLiteral("   ✗"));
  }
  setPhase(Phase::Revealed);
  progress_->setText(tr("Question %1 of %2 · score %3/%4")
                         .arg(current_ + 1)
                         .arg(questions_.size())
                         .arg(score_)
                         .arg(answered_));
  session_->setHorizon(std::nullopt);
  session_->setStep(q.reveal_step);
  verdict_->setText(
      (right ? colored(fsui::OkabeIto::BluishGreen, tr("Right."))
             : colored(fsui::OkabeIto::Vermillion,
                       tr("Not quite: the answer is %1.").arg(QString(QChar(u'A' + q.answer))))) +
      QStringLiteral(" ") +
      tr("Now at step %1, where it happens. Score %2/%3.")
          .arg(q.reveal_step)
          .arg(score_)
          .arg(answered_));
  verdict_->show();
  QString why = engineText(q.explanation).toHtmlEscaped();
  if (q.source_line > 0)
    why += QStringLiteral("<p><i>%1</i></p>").arg(tr("kern_fork.c line %1").arg(q.source_line));
  explanation_->setText(why);
  explanation_->show();
  answerButton_->hide();
  nextButton_->setText(current_ + 1 < static_cast<int>(questions_.size()) ? tr("&Next Question")
                                                                          : tr("See the &Result"));
  nextButton_->show();
  nextButton_->setFocus();
  results_.push_back(right);
  revealInView();
}

// After answering, the verdict, the explanation and "Next" in view: the
// choices above them may scroll away, the verdict must not.
void QuizPanel::revealInView() {
  scrollToVerdict();
  // Again once the window has given the dock more room (it grows to fit).
  QTimer::singleShot(0, this, &QuizPanel::scrollToVerdict);
  Q_EMIT contentChanged();
}

void QuizPanel::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  if (phase_ == Phase::Revealed) QTimer::singleShot(0, this, &QuizPanel::scrollToVerdict);
}

void QuizPanel::scrollToVerdict() {
  if (phase_ != Phase::Revealed) return;
  // Room below "Next" to scroll a cut line on out of view (at the bottom of
  // its scroll range the page could only show it cut).
  QMargins room = askMargins_;
  room.setBottom(askMargins_.bottom() + scroll_->viewport()->height() / 2);
  if (askLayout_->contentsMargins() != room) askLayout_->setContentsMargins(room);
  pages_->layout()->activate();
  scroll_->ensureWidgetVisible(nextButton_, 0, 8);
  scroll_->ensureWidgetVisible(verdict_, 0, 8);
  // Never half a line at the top: scrolled on past it, as long as the
  // verdict stays in view (the bottom only shows more).
  QScrollBar* bar = scroll_->verticalScrollBar();
  QWidget* page = pages_->currentWidget();
  if (bar->value() <= 0 || !page) return;
  int below = 0, above = 0; // how much of what the top edge cuts is below it, and above
  for (QWidget* c : page->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
    const int top = c->mapTo(scroll_->viewport(), QPoint()).y();
    if (c->isVisible() && top < 0 && top + c->height() > 0) {
      below = std::max(below, top + c->height());
      above = std::max(above, -top);
    }
  }
  if (below == 0) return;
  const QWidget* view = scroll_->viewport();
  if (bar->value() + below <= bar->maximum() && below <= verdict_->mapTo(view, QPoint()).y())
    bar->setValue(bar->value() + below); // scrolled on past it
  else if (nextButton_->mapTo(view, QPoint()).y() + nextButton_->height() + above <= view->height())
    bar->setValue(bar->value() - above); // or back to show it whole, if "Next" stays in view
}

QString QuizPanel::verdictText() const { return verdict_->text(); }
QString QuizPanel::explanationText() const { return explanation_->text(); }
QWidget* QuizPanel::verdictWidget() const { return verdict_; }
QWidget* QuizPanel::explanationWidget() const { return explanation_; }
QWidget* QuizPanel::startButton() const { return startButton_; }
QWidget* QuizPanel::introWidget() const { return intro_; }
QWidget* QuizPanel::resultWidget() const { return result_; }

void QuizPanel::showResult() {
  setPhase(Phase::Finished);
  session_->setHorizon(std::nullopt);
  QSettings s;
  const int best = s.value(bestKey(), -1).toInt();
  if (score_ > best) s.setValue(bestKey(), score_);
  pages_->setCurrentIndex(0);
  intro_->setText(headline(
      font(), tr("<b>Quiz finished: %1 of %2 right.</b>").arg(score_).arg(questions_.size())));
  // Each question with its verdict, so the score screen tells the story.
  QString list = QStringLiteral("<ol>");
  for (size_t i = 0; i < questions_.size(); ++i) {
    const bool ok = i < results_.size() && results_[i];
    list += QStringLiteral("<li>%1 %2</li>")
                .arg(ok ? colored(fsui::OkabeIto::BluishGreen, QStringLiteral("✓"))
                        : colored(fsui::OkabeIto::Vermillion, QStringLiteral("✗")),
                     engineText(questions_[i].prompt).toHtmlEscaped());
  }
  list += QStringLiteral("</ol>");
  if (best >= 0)
    list += QStringLiteral("<p>%1</p>")
                .arg(tr("Your best on this scenario so far: %1 of %2.")
                         .arg(std::max(best, score_))
                         .arg(questions_.size()));
  result_->setText(list);
  scroll_->verticalScrollBar()->setValue(0); // the score, not the bottom of the last question
  Q_EMIT contentChanged();
  startButton_->setEnabled(true);
  startButton_->setText(tr("&Try Again (choices reshuffled)"));
}

void QuizPanel::stop() {
  session_->setHorizon(std::nullopt);
  setPhase(Phase::NoQuiz);
  questions_.clear();
  showIntro();
}

void QuizPanel::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange) prompt_->setText(headline(font(), headlineHtml_));
}

} // namespace fsui
