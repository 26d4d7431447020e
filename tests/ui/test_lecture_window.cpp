// SPDX-License-Identifier: GPL-3.0-or-later
// The lecture hall (issue #11), the window around the lesson: dock titles,
// the lock table and the Program chooser read whole at presenter size; dock
// tabs keep whole labels at 1024, 1366, 1536 and 1920 pixels; Reset Layout
// keeps the window on its screen and the classroom panels as they were;
// named layouts and presenter mode are kept; a quiz is played through in
// presenter mode. Screens: offscreen-screens.json (tests/ui/CMakeLists.txt).
#include "lecture_checks.h"

using namespace lecture;

class TestLectureWindow : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(startLectureTests(QStringLiteral("Forkscope-test-lecture-window")), kScreensHint);
  }
  void cleanup() { endLectureTest(); }

  // Dock titles, the lock table's rows and its header, and the Program
  // tab's process chooser say what they say whole (nothing elided or cut) on
  // a 1024x768 projector and at 1366x768, in presenter mode and without it.
  void titlesLocksAndChooserAreWhole_data() {
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("presenter");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("step");
    for (const QSize size : {QSize(1024, 768), QSize(1366, 768)})
      for (const bool presenter : {true, false})
        for (const auto& [scenario, step] :
             {std::pair{"proc-lock-sleep", 75}, std::pair{"first-fork", 67},
              std::pair{"maxproc-storm", 200}})
          QTest::addRow("%dx%d %s %s %d", size.width(), size.height(),
                        presenter ? "presenter" : "normal", scenario, step)
              << size << presenter << QString::fromLatin1(scenario) << step;
  }
  void titlesLocksAndChooserAreWhole() {
    QFETCH(QSize, screen);
    QFETCH(bool, presenter);
    QFETCH(QString, scenario);
    QFETCH(int, step);
    QScreen* s = screenOfSize(screen);
    fsui::Theme::instance().setPresenter(presenter);
    MainWindow w;
    placeOnScreen(w, s, s->availableGeometry().size());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    if (presenter) w.actions().presenter->setChecked(true);
    w.openPath(scenario, true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    w.session()->setStep(static_cast<quint64>(step));
    QTRY_VERIFY(w.width() >= screen.width() * 9 / 10);
    QTest::qWait(150);
    const QString at = QStringLiteral("%1 step %2").arg(scenario).arg(step);
    int titles = 0;
    for (QDockWidget* d : w.findChildren<QDockWidget*>()) {
      if (!d->isVisible() || d->visibleRegion().isEmpty() || d->titleBarWidget()) continue;
      const QString why = titleCut(d);
      QVERIFY2(why.isEmpty(), qPrintable(at + QStringLiteral(": ") + why));
      ++titles;
    }
    QVERIFY(titles >= 3);
    // A 1024-pixel projector's side column has no room for the long titles:
    // the short ones stand in (the View menu keeps the long ones).
    auto* locks = w.findChild<QDockWidget*>(QStringLiteral("lockDock"));
    if (presenter && screen.width() == 1024) {
      QCOMPARE(locks->windowTitle(), QStringLiteral("Locks"));
      QCOMPARE(locks->toggleViewAction()->text(), QStringLiteral("Locks and Wait Channels"));
    }
    if (screen.width() == 1366 && !presenter)
      QCOMPARE(locks->windowTitle(), QStringLiteral("Locks and Wait Channels"));
    const QStringList cut = cutLockRows(w.lockView());
    QVERIFY2(cut.isEmpty(), qPrintable(at + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
    // The Program tab, raised: its chooser holds each entry whole.
    auto* program = w.findChild<QDockWidget*>(QStringLiteral("programDock"));
    program->show();
    program->raise();
    QTest::qWait(60);
    auto* chooser = w.programView()->findChild<QComboBox*>();
    QVERIFY(chooser && chooser->isVisible() && chooser->count() >= 2);
    QStyleOptionComboBox opt;
    opt.initFrom(chooser);
    opt.editable = chooser->isEditable();
    const QRect field = chooser->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                         QStyle::SC_ComboBoxEditField, chooser);
    const QFontMetrics fm(chooser->font());
    for (int i = 0; i < chooser->count(); ++i)
      QVERIFY2(fm.horizontalAdvance(chooser->itemText(i)) <= field.width(),
               qPrintable(at + QStringLiteral(": chooser '%1' needs %2 px, has %3")
                                   .arg(chooser->itemText(i))
                                   .arg(fm.horizontalAdvance(chooser->itemText(i)))
                                   .arg(field.width())));
    QVERIFY(shown(chooser, chooser->rect()));
    // Its rows: each op whole in its column (the tree's items elide).
    auto* ops = w.programView()->findChild<QTreeWidget*>();
    QVERIFY(ops);
    int rows = 0;
    for (QTreeWidgetItemIterator it(ops); *it; ++it, ++rows)
      for (int c = 0; c < ops->columnCount(); ++c) {
        if (ops->isColumnHidden(c) || (*it)->text(c).isEmpty()) continue;
        const int need = QFontMetrics((*it)->font(c)).horizontalAdvance((*it)->text(c)) + 6;
        const int has = ops->visualRect(ops->indexFromItem(*it, c)).width();
        QVERIFY2(need <= has,
                 qPrintable(at + QStringLiteral(": program row '%1' needs %2 px, has %3")
                                     .arg((*it)->text(c))
                                     .arg(need)
                                     .arg(has)));
      }
    QVERIFY(rows >= 1);
    shot(w, QStringLiteral("whole-%1x%2-%3-%4-%5.png")
                .arg(screen.width())
                .arg(screen.height())
                .arg(presenter ? QStringLiteral("presenter") : QStringLiteral("normal"), scenario)
                .arg(step));
  }

  // Dock tabs keep whole labels at every width a lecture is given at, with
  // every dock of the left column shown (four tabs: more than fit).
  void tabLabelsAreWhole_data() {
    QTest::addColumn<QSize>("screen");
    for (const QSize size :
         {QSize(1024, 768), QSize(1366, 768), QSize(1536, 864), QSize(1920, 1080)})
      QTest::addRow("%dx%d", size.width(), size.height()) << size;
  }
  void tabLabelsAreWhole() {
    QFETCH(QSize, screen);
    QScreen* s = screenOfSize(screen);
    QVERIFY(s);
    fsui::Theme::instance().setPresenter(true);
    MainWindow w;
    placeOnScreen(w, s);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    QTRY_VERIFY(w.width() >= screen.width() * 9 / 10);
    QTest::qWait(100);
    QCOMPARE(w.screen(), s);
    QVERIFY(w.width() <= screen.width());
    // The lecture layout's own tabs (steps, program, kern_fork.c) are all in
    // view, none behind a scroll button.
    for (QTabBar* bar : w.findChildren<QTabBar*>()) {
      if (!bar->isVisible() || bar->count() < 2) continue;
      for (int i = 0; i < bar->count(); ++i)
        QVERIFY2(bar->rect().contains(bar->tabRect(i)),
                 qPrintable(QStringLiteral("tab '%1' at x %2-%3 of a %4-pixel bar")
                                .arg(bar->tabText(i))
                                .arg(bar->tabRect(i).left())
                                .arg(bar->tabRect(i).right())
                                .arg(bar->width())));
    }
    for (const char* name : {"browserDock", "editorDock", "eventLogDock", "changesDock"})
      w.findChild<QDockWidget*>(QLatin1String(name))->show();
    QTest::qWait(100);
    int tabs = 0;
    for (QTabBar* bar : w.findChildren<QTabBar*>()) {
      if (!bar->isVisible() || bar->count() < 2) continue;
      QCOMPARE(bar->elideMode(), Qt::ElideNone);
      const QFontMetrics fm(bar->font());
      for (int i = 0; i < bar->count(); ++i, ++tabs)
        QVERIFY2(bar->tabRect(i).width() >= fm.horizontalAdvance(bar->tabText(i)),
                 qPrintable(QStringLiteral("tab '%1' %2 px wide for %3 px of text")
                                .arg(bar->tabText(i))
                                .arg(bar->tabRect(i).width())
                                .arg(fm.horizontalAdvance(bar->tabText(i)))));
      // The chosen tab is in view whole (the others are a scroll button away).
      QVERIFY(bar->rect().contains(bar->tabRect(bar->currentIndex())));
    }
    QVERIFY2(tabs >= 4, qPrintable(QString::number(tabs)));
    shot(w, QStringLiteral("tabs-%1x%2.png").arg(screen.width()).arg(screen.height()));
  }

  // View > Reset Layout in presenter mode: on the screen, the quiz,
  // challenge and charts as they were (off), the tree a good share.
  void resetLayoutKeepsTheWindowOnItsScreen() {
    QScreen* s = screenOfSize(QSize(1366, 768));
    fsui::Theme::instance().setPresenter(true);
    MainWindow w;
    placeOnScreen(w, s);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.actions().presenter->setChecked(true);
    w.openPath(QStringLiteral("first-fork"), true);
    QTest::qWait(50);
    w.actions().resetLayout->trigger();
    QTest::qWait(80);
    QVERIFY2(s->availableGeometry().contains(w.frameGeometry()),
             qPrintable(QStringLiteral("%1 px wide").arg(w.frameGeometry().width())));
    QVERIFY(w.minimumSizeHint().width() <= 1366);
    for (const char* name : {"quizDock", "challengeDock", "chartsDock"})
      QVERIFY2(!w.findChild<QDockWidget*>(QLatin1String(name))->isVisible(), name);
    QVERIFY2(
        w.procTree()->width() >= w.width() * 30 / 100,
        qPrintable(QStringLiteral("tree %1 px of %2").arg(w.procTree()->width()).arg(w.width())));
    // Once a quiz is open, a reset keeps it open.
    w.actions().quiz->trigger();
    w.actions().resetLayout->trigger();
    QTest::qWait(50);
    QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("quizDock"))->isVisible());
    QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("chartsDock"))->isVisible());
    // And outside presenter mode, the same promises.
    w.actions().presenter->setChecked(false);
    w.actions().resetLayout->trigger();
    QTest::qWait(50);
    QVERIFY(s->availableGeometry().contains(w.frameGeometry()));
    QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("chartsDock"))->isVisible());
    QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("challengeDock"))->isVisible());
  }

  // Presenter mode and its layout come back at the next launch; named
  // layouts are saved, recalled and deleted.
  void presenterModeAndNamedLayoutsAreKept() {
    QScreen* s = screenOfSize(QSize(1366, 768));
    {
      MainWindow w;
      placeOnScreen(w, s);
      w.show();
      QVERIFY(QTest::qWaitForWindowExposed(&w));
      w.actions().presenter->setChecked(true);
      QTest::qWait(50);
      auto* locks = w.findChild<QDockWidget*>(QStringLiteral("lockDock"));
      locks->hide(); // the teacher's own arrangement
      w.saveNamedLayout(QStringLiteral("Lecture 3: no locks"));
      locks->show();
      w.saveNamedLayout(QStringLiteral("with locks"));
      QCOMPARE(w.namedLayouts(),
               QStringList({QStringLiteral("Lecture 3: no locks"), QStringLiteral("with locks")}));
      auto* menu = w.findChild<QMenu*>(QStringLiteral("layoutsMenu"));
      QVERIFY(menu);
      QStringList items;
      for (QAction* a : menu->actions()) items << a->text();
      QVERIFY2(items.contains(QStringLiteral("Lecture 3: no locks")), qPrintable(items.join(',')));
      QVERIFY(w.restoreNamedLayout(QStringLiteral("Lecture 3: no locks")));
      QTest::qWait(20);
      QVERIFY(!locks->isVisible());
      QVERIFY(w.restoreNamedLayout(QStringLiteral("with locks")));
      QTest::qWait(20);
      QVERIFY(locks->isVisible());
      w.close(); // saves presenter mode and its layout
    }
    fsui::Theme::instance().setPresenter(false); // a new launch
    {
      MainWindow w;
      QVERIFY(w.actions().presenter->isChecked());
      QVERIFY(fsui::Theme::instance().presenter());
      QCOMPARE(w.namedLayouts().size(), 2);
      w.actions().presenter->setChecked(false);
      w.close();
    }
    {
      MainWindow w;
      QVERIFY(!w.actions().presenter->isChecked());
      QSettings().remove(QStringLiteral("layouts"));
      QVERIFY(w.namedLayouts().isEmpty());
    }
  }

  // A quiz played through in presenter mode on the 1366x768 projector: the
  // intro and Start, each question, the verdict and its explanation after
  // answering, and the score all on screen without scrolling; the window
  // title does not give the answer away.
  void quizInPresenterMode() {
    QScreen* s = screenOfSize(QSize(1366, 768));
    fsui::Theme::instance().setPresenter(true);
    MainWindow w;
    placeOnScreen(w, s);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("vfork-exit"), true);
    const QString title = w.windowTitle();
    QVERIFY(title.contains(QStringLiteral("exits")));
    w.actions().quiz->trigger();
    QTest::qWait(80);
    fsui::QuizPanel* quiz = w.quizPanel();
    QTRY_VERIFY2(shown(quiz->startButton(), quiz->startButton()->rect()),
                 "Start is below the fold");
    QVERIFY(shown(quiz->introWidget(), quiz->introWidget()->rect()));
    shot(w, QStringLiteral("quiz-intro.png"));
    quiz->start();
    int n = 0;
    while (quiz->phase() == fsui::QuizPanel::Phase::Asking) {
      QTest::qWait(60);
      // Nothing on screen names the scenario (nor its answer) while asking.
      QVERIFY2(!w.windowTitle().contains(QStringLiteral("vfork")), qPrintable(w.windowTitle()));
      QVERIFY(!w.narrationView()->toPlainText().contains(QStringLiteral("Next, on each CPU")));
      quiz->choose(n % 2 ? 0 : quiz->questions()[static_cast<size_t>(quiz->current())].answer);
      quiz->submit();
      QCOMPARE(quiz->phase(), fsui::QuizPanel::Phase::Revealed);
      QTest::qWait(120);
      QTRY_VERIFY2(shown(quiz->verdictWidget(), quiz->verdictWidget()->rect()),
                   qPrintable(QStringLiteral("question %1: verdict out of view").arg(n + 1)));
      QWidget* why = quiz->explanationWidget();
      QVERIFY2(shown(why, QRect(0, 0, why->width(), std::min(why->height(), 40))),
               qPrintable(QStringLiteral("question %1: explanation out of view").arg(n + 1)));
      // Nothing half cut at the top of the scrolled page: a line is in
      // view whole or scrolled away whole.
      QWidget* page = quiz->verdictWidget()->parentWidget();
      QScrollArea* area = nullptr;
      for (QWidget* p = page; p && !area; p = p->parentWidget())
        area = qobject_cast<QScrollArea*>(p);
      QVERIFY(area);
      for (QWidget* c : page->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!c->isVisible()) continue;
        const int top = c->mapTo(area->viewport(), QPoint()).y();
        QVERIFY2(top >= 0 || top + c->height() <= 0,
                 qPrintable(QStringLiteral("question %1: %2 cut at the top (%3 px above)")
                                .arg(n + 1)
                                .arg(QString::fromLatin1(c->metaObject()->className()))
                                .arg(-top)));
      }
      if (n == 0) shot(w, QStringLiteral("quiz-answered.png"));
      QCOMPARE(w.windowTitle(), title);
      quiz->next();
      ++n;
    }
    QCOMPARE(quiz->phase(), fsui::QuizPanel::Phase::Finished);
    QTest::qWait(80);
    shot(w, QStringLiteral("quiz-score.png"));
    // The score screen starts with the score, in view, and lists the questions.
    QWidget* intro = quiz->introWidget();
    QVERIFY2(shown(intro, QRect(0, 0, intro->width(), std::min(intro->height(), 30))),
             qPrintable(QStringLiteral("intro at %1,%2 %3x%4")
                            .arg(intro->mapTo(&w, QPoint()).x())
                            .arg(intro->mapTo(&w, QPoint()).y())
                            .arg(intro->width())
                            .arg(intro->height())));
    QVERIFY(shown(quiz->startButton(), quiz->startButton()->rect()) ||
            shown(quiz->resultWidget(), QRect(0, 0, quiz->resultWidget()->width(), 20)));
    QVERIFY(quiz->resultWidget()->isVisible());
    // A score that fits does not scroll (the question page's height once did).
    auto* scroll = quiz->findChild<QScrollArea*>(QStringLiteral("quizScroll"));
    QVERIFY(scroll);
    QWidget* scorePage = quiz->introWidget()->parentWidget();
    const int need = scorePage->hasHeightForWidth()
                         ? scorePage->heightForWidth(scroll->viewport()->width())
                         : scorePage->sizeHint().height();
    if (need <= scroll->viewport()->height()) QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    QVERIFY(smallFonts(w).isEmpty());
  }
};

QTEST_MAIN(TestLectureWindow)
#include "test_lecture_window.moc"
