// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom panels in the main window, used the way a student would:
// the quiz holds the run at the question's step (no peeking forward, the
// views that show the future hidden), reveals and scores; a scheduler
// challenge ticks its checklist as the student's choices reach the goal, and
// undo takes it back. Set FORKSCOPE_SHOT_DIR to save screenshots, and
// FORKSCOPE_SHOT_LANG=de to take them in German.
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <qcustomplot.h>

#include "ui/classroom/challenge_panel.h"
#include "ui/classroom/quiz_panel.h"
#include "ui/common/engine_text.h"
#include "ui/common/theme.h"
#include "ui/editor/scenario_locator.h"
#include "ui/model/session.h"
#include "ui/model/step_frame.h"
#include "ui/model/trace_search.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/cpu_view.h"
#include "ui/views/source_view.h"

using fsui::ChallengePanel;
using fsui::MainWindow;
using fsui::QuizPanel;

namespace {
void shot(QWidget& w, const QByteArray& name) {
  const QByteArray dir = qgetenv("FORKSCOPE_SHOT_DIR");
  if (dir.isEmpty()) return;
  QTest::qWait(400); // the process tree's moves are animated: let them land
  w.grab().save(QString::fromUtf8(dir) + QLatin1Char('/') + QString::fromLatin1(name));
}

// The challenge panel's text as the installed language shows it.
QString panelTr(const char* english) {
  return QCoreApplication::translate("fsui::ChallengePanel", english);
}

bool dockVisible(MainWindow& w, const char* name) {
  auto* d = w.findChild<QDockWidget*>(QLatin1String(name));
  return d && d->isVisible();
}
} // namespace

class TestClassroomPanels : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test"));
    fsui::Theme::instance().apply();
    if (const QByteArray lang = qgetenv("FORKSCOPE_SHOT_LANG"); !lang.isEmpty())
      fsui::installTranslators(*qApp, QString::fromLatin1(lang));
  }

  void quizHoldsRevealsAndScores_data() {
    QTest::addColumn<QString>("scenario");
    for (const char* name : {"maxproc-storm", "vfork-exit", "ptrace-fork", "orphans-zombies"})
      QTest::newRow(name) << QString::fromLatin1(name);
  }

  void quizHoldsRevealsAndScores() {
    QFETCH(QString, scenario);
    const QByteArray prefix = scenario.toLatin1() + "-";
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(scenario, true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    QVERIFY(dockVisible(w, "timelineDock"));
    QuizPanel* quiz = w.quizPanel();
    w.actions().quiz->trigger();
    QVERIFY(dockVisible(w, "quizDock"));
    quiz->start();
    QCOMPARE(quiz->phase(), QuizPanel::Phase::Asking);
    QVERIFY(!quiz->questions().empty());
    const fs::Question q = quiz->questions().front();
    fsui::Session* s = w.session();
    QCOMPARE(s->step(), q.ask_step);
    // No peeking: forward is held at the question's step, backward is free.
    s->stepForward();
    QCOMPARE(s->step(), q.ask_step);
    s->setStep(s->totalSteps());
    QCOMPARE(s->step(), q.ask_step);
    if (q.ask_step > 0) {
      s->stepBack();
      QCOMPARE(s->step(), q.ask_step - 1);
      s->setStep(q.ask_step);
    }
    QVERIFY(!dockVisible(w, "timelineDock"));
    QVERIFY(!dockVisible(w, "eventLogDock"));
    // Nor by scheduling the rest of the run yourself.
    w.actions().schedulerMode->trigger();
    QVERIFY(!s->schedulerMode());
    QVERIFY(!w.actions().schedulerMode->isChecked());
    shot(w, prefix + "quiz-question.png");
    if (!qgetenv("FORKSCOPE_SHOT_DIR").isEmpty()) { // the same question on a projector
      w.actions().presenter->setChecked(true);
      w.resize(1366, 768);
      shot(w, prefix + "quiz-presenter.png");
      w.actions().presenter->setChecked(false);
      w.resize(1440, 900);
    }

    quiz->choose(q.answer);
    quiz->submit();
    QCOMPARE(quiz->phase(), QuizPanel::Phase::Revealed);
    QCOMPARE(s->step(), q.reveal_step);
    QCOMPARE(quiz->score(), 1);
    QVERIFY(dockVisible(w, "timelineDock")); // the spoilers are back
    s->stepForward();
    QCOMPARE(s->step(), q.reveal_step + 1); // and the run is free again
    shot(w, prefix + "quiz-revealed.png");
    if (!qgetenv("FORKSCOPE_SHOT_DIR").isEmpty()) { // and at night
      w.actions().darkTheme->setChecked(true);
      shot(w, prefix + "quiz-revealed-dark.png");
      w.actions().darkTheme->setChecked(false);
    }

    // The second question (if any) answered wrongly: answered goes up, score does not.
    if (quiz->questions().size() > 1) {
      quiz->next();
      const fs::Question& q2 = quiz->questions()[1];
      QCOMPARE(s->step(), q2.ask_step);
      quiz->choose((q2.answer + 1) % static_cast<int>(q2.choices.size()));
      quiz->submit();
      QCOMPARE(quiz->score(), 1);
      QCOMPARE(quiz->answered(), 2);
    }
    while (quiz->phase() != QuizPanel::Phase::Finished) {
      if (quiz->phase() == QuizPanel::Phase::Asking) {
        quiz->choose(0);
        quiz->submit();
      }
      quiz->next();
    }
    QCOMPARE(quiz->answered(), static_cast<int>(quiz->questions().size()));
    QVERIFY(!s->horizon());
    QVERIFY(dockVisible(w, "timelineDock"));
  }

  // Follow mode: the timeline keeps the cursor inside a zoomed window;
  // without it the window stays where the user put it.
  void followKeepsTheActiveStepInView() {
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("proc-lock-spin"), true);
    QVERIFY(w.actions().follow->isChecked());
    auto* timeline = w.findChild<fsui::TimelineView*>();
    QVERIFY(timeline);
    const quint64 far = w.session()->totalSteps() * 3 / 4;
    QVERIFY(far > 100);
    timeline->setVisibleRange(0, 40);
    w.session()->setStep(far);
    const int x = timeline->pixelOfStep(static_cast<double>(far));
    QVERIFY2(x > 0 && x < timeline->plot()->width(), qPrintable(QString::number(x)));

    w.actions().follow->setChecked(false);
    timeline->setVisibleRange(0, 40);
    w.session()->setStep(far + 1);
    QVERIFY(timeline->pixelOfStep(static_cast<double>(far + 1)) > timeline->plot()->width());
  }

  // A lecture ends: presenter mode off must give every view its old type size back.
  void presenterModeOffRestoresTheFonts() {
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    auto* stepBox = w.findChild<QSpinBox*>(QStringLiteral("stepBox"));
    QVERIFY(stepBox);
    QList<QWidget*> views{w.sourceView(),     w.cpuView(), w.quizPanel(),
                          w.challengePanel(), stepBox,     stepBox->findChild<QLineEdit*>()};
    QVERIFY(views.back());
    QList<qreal> before;
    QList<int> weightBefore;
    for (QWidget* v : views) {
      before << QFontInfo(v->font()).pointSizeF();
      weightBefore << QFontInfo(v->font()).weight();
    }
    w.actions().presenter->setChecked(true);
    QTest::qWait(50);
    QVERIFY2(QFontInfo(w.sourceView()->font()).pointSizeF() > before[0],
             qPrintable(QString::number(QFontInfo(w.sourceView()->font()).pointSizeF())));
    for (QWidget* v : views) // heavier text for the projector, inner widgets included
      QVERIFY2(QFontInfo(v->font()).weight() > QFont::Normal, v->metaObject()->className());
    w.actions().presenter->setChecked(false);
    QTest::qWait(50);
    for (int i = 0; i < views.size(); ++i) {
      const QByteArray what = views[i]->metaObject()->className();
      QVERIFY2(QFontInfo(views[i]->font()).pointSizeF() == before[i], what);
      QVERIFY2(QFontInfo(views[i]->font()).weight() == weightBefore[i], what);
    }
  }

  // A teacher starts the app in presenter mode on a 1366x768 projector, in
  // English or German: the window is no wider than the screen, and a quiz
  // question shows its text and every choice without scrolling.
  void presenterFitsAProjector_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
  }

  void presenterFitsAProjector() {
    QFETCH(QString, lang);
    fsui::installTranslators(*qApp, lang);
    fsui::Theme::instance().setPresenter(true);
    {
      MainWindow w;
      // On the 1366x768 projector of offscreen-screens.json when there is one:
      // presenter mode fills the screen it is on.
      for (QScreen* s : QGuiApplication::screens())
        if (s->geometry().size() == QSize(1366, 768)) {
          w.setScreen(s);
          w.move(s->geometry().topLeft());
        }
      w.actions().presenter->setChecked(true);
      w.openPath(QStringLiteral("maxproc-storm"), true);
      QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
      w.resize(1366, 768);
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      QTest::qWait(50);
      QVERIFY2(w.width() <= 1366, qPrintable(QString::number(w.width())));
      QVERIFY2(w.minimumSizeHint().width() <= 1366,
               qPrintable(QString::number(w.minimumSizeHint().width())));

      w.actions().quiz->trigger();
      QuizPanel* quiz = w.quizPanel();
      quiz->start();
      QCOMPARE(quiz->phase(), QuizPanel::Phase::Asking);
      QTest::qWait(50); // the dock is fitted once the question's layout settled
      auto* scroll = quiz->findChild<QScrollArea*>(QStringLiteral("quizScroll"));
      QVERIFY(scroll);
      QWidget* viewport = scroll->viewport();
      auto inView = [&](QWidget* child) {
        const QRect r(child->mapTo(viewport, QPoint(0, 0)), child->size());
        return viewport->rect().contains(r);
      };
      const auto radios = quiz->findChildren<QRadioButton*>();
      QCOMPARE(radios.size(), qsizetype(quiz->questions().front().choices.size()));
      // The dock is fitted over a few event-loop turns (slower on a loaded machine).
      for (QRadioButton* b : radios)
        QTRY_VERIFY2(inView(b->parentWidget()), qPrintable(b->accessibleDescription()));
      QPushButton* answer = nullptr;
      for (auto* b : quiz->findChildren<QPushButton*>())
        if (b->text() == QCoreApplication::translate("fsui::QuizPanel", "&Answer")) answer = b;
      QVERIFY(answer);
      QTRY_VERIFY(inView(answer));
      // A click on a choice's text picks it, like a click on the button.
      auto* text = radios.back()->parentWidget()->findChild<QLabel*>();
      QVERIFY(text && text->wordWrap());
      QTest::mouseClick(text, Qt::LeftButton);
      QVERIFY(radios.back()->isChecked());
      shot(w, "presenter-" + lang.toLatin1() + ".png");
      w.actions().presenter->setChecked(false);
    }
    fsui::Theme::instance().setPresenter(false);
    const QString shotLang = qEnvironmentVariable("FORKSCOPE_SHOT_LANG");
    fsui::installTranslators(*qApp, shotLang.isEmpty() ? QStringLiteral("en") : shotLang);
  }

  // A panel too short for the question and its buttons: picking a choice
  // (by mouse or by letter) scrolls the Answer button into view.
  void pickingAChoiceBringsAnswerIntoView() {
    fsui::Session session;
    session.setSynchronous(true);
    session.openFile(QStringLiteral(FORKSCOPE_SOURCE_DIR "/scenarios/exec-threaded.json"));
    QVERIFY(session.timeline());
    QWidget host;
    auto* quiz = new QuizPanel(&session, &host);
    host.resize(420, 140);
    quiz->setGeometry(0, 0, 420, 140);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    quiz->start();
    QCOMPARE(quiz->phase(), QuizPanel::Phase::Asking);
    auto* scroll = quiz->findChild<QScrollArea*>(QStringLiteral("quizScroll"));
    QVERIFY(scroll);
    QPushButton* answer = nullptr;
    for (auto* b : quiz->findChildren<QPushButton*>())
      if (b->text() == QCoreApplication::translate("fsui::QuizPanel", "&Answer")) answer = b;
    QVERIFY(answer);
    auto inView = [&] {
      const QRect r(answer->mapTo(scroll->viewport(), QPoint(0, 0)), answer->size());
      return scroll->viewport()->rect().contains(r);
    };
    QTest::qWait(50);
    QVERIFY2(!inView(), "the panel is meant to be too short for the button");
    quiz->choose(0);
    QTRY_VERIFY(inView());
    QVERIFY(answer->isEnabled());
  }

  // The quiz at the keyboard: a letter picks, Enter answers, Enter moves on.
  void quizByKeyboard() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.openPath(QStringLiteral("vfork-exit"), true);
    w.actions().quiz->trigger();
    QuizPanel* quiz = w.quizPanel();
    quiz->start();
    QCOMPARE(quiz->phase(), QuizPanel::Phase::Asking);
    const fs::Question q = quiz->questions().front();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_A + q.answer));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(quiz->phase(), QuizPanel::Phase::Revealed);
    QCOMPARE(quiz->score(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(quiz->current() == 1 || quiz->phase() == QuizPanel::Phase::Finished);
  }

  void loadingAnotherScenarioEndsTheQuiz() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("maxproc-storm"), true);
    w.quizPanel()->start();
    QCOMPARE(w.quizPanel()->phase(), QuizPanel::Phase::Asking);
    w.openPath(QStringLiteral("first-fork"), true);
    QCOMPARE(w.quizPanel()->phase(), QuizPanel::Phase::NoQuiz);
    QVERIFY(!w.session()->horizon());
    QVERIFY(dockVisible(w, "timelineDock"));
    w.session()->setStep(w.session()->totalSteps());
    QCOMPARE(w.session()->step(), w.session()->totalSteps());
  }

  void challengeSolvedUndoneAndHinted() {
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ChallengePanel* panel = w.challengePanel();
    w.actions().challenges->trigger();
    QVERIFY(dockVisible(w, "challengeDock"));
    const QStringList files = panel->challengeFiles();
    QVERIFY2(files.size() >= 4, qPrintable(files.join(QLatin1Char(' '))));
    // Start from the panel, as a student does: the window opens the file and
    // the challenge begins at step 0 in scheduler mode.
    auto* picker = panel->findChild<QComboBox*>(QStringLiteral("challengePicker"));
    QVERIFY(picker);
    picker->setCurrentIndex(1);
    panel->startSelected();
    QVERIFY(panel->active());
    QVERIFY(w.session()->schedulerMode());
    QCOMPARE(fsui::scenarioText(w.session()->scenario()->title), picker->currentText());
    QCOMPARE(w.session()->fileName(), files[1]);
    for (const QString& file : files) {
      w.openPath(file, true);
      QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
      panel->startLoaded();
      fsui::Session* s = w.session();
      QVERIFY(s->schedulerMode());
      QCOMPARE(s->state().steps, uint64_t(0));
      QVERIFY(!panel->progress().done);
      const std::vector<int> solution = s->scenario()->challenge->solution;
      QVERIFY(!solution.empty());
      for (size_t i = 0; i < solution.size(); ++i) {
        if (i + 1 == solution.size() && file.endsWith(QStringLiteral("proc-lock-race.json")))
          shot(w, "challenge-almost.png");
        s->stepOnCpu(solution[i]);
      }
      QVERIFY2(panel->progress().done, qPrintable(file));
      QVERIFY(!panel->progress().failed);
      auto* banner = panel->findChild<QLabel*>(QStringLiteral("challengeBanner"));
      const QString reached = panelTr("Goal reached at step %1. %2")
                                  .arg(panel->progress().done_step)
                                  .section(QLatin1Char('.'), 0, 0);
      QVERIFY2(banner->text().contains(reached), qPrintable(banner->text()));
      if (file.endsWith(QStringLiteral("challenge-proc-lock-race.json"))) {
        shot(w, "challenge-done.png");
        if (!qgetenv("FORKSCOPE_SHOT_DIR").isEmpty()) {
          w.actions().darkTheme->setChecked(true);
          shot(w, "challenge-done-dark.png");
          w.actions().darkTheme->setChecked(false);
        }
      }
      // Undo the last step: the goal is no longer reached (the solution is minimal
      // at its end: its last step is the one that meets the last checklist item).
      QVERIFY(s->undoLiveStep());
      QVERIFY2(!panel->progress().done, qPrintable(file));
      // A CPU button runs "steps per click" steps; Undo takes the click back whole.
      panel->startLoaded();
      panel->findChild<QSpinBox*>()->setValue(10);
      QPushButton* run0 = nullptr;
      QPushButton* undo = nullptr;
      for (auto* b : panel->findChildren<QPushButton*>()) {
        if (b->text() == panelTr("Run CPU %1").arg(0)) run0 = b;
        if (b->text() == panelTr("&Undo")) undo = b;
      }
      QVERIFY(run0 && undo);
      run0->click();
      QCOMPARE(s->liveChoices().size(), size_t(10));
      QVERIFY(s->state().steps > 0);
      s->stepOnCpu(1); // a key press: undone on its own
      undo->click();
      QCOMPARE(s->liveChoices().size(), size_t(10));
      undo->click();
      QCOMPARE(s->liveChoices().size(), size_t(0));
      QCOMPARE(s->state().steps, uint64_t(0));
      const int hints = static_cast<int>(s->scenario()->challenge->hints.size());
      panel->showHint();
      QCOMPARE(panel->hintsShown(), std::min(1, hints));
    }
  }
};

QTEST_MAIN(TestClassroomPanels)
#include "test_classroom_panels.moc"
