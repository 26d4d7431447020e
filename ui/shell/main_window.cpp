// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include "ui/classroom/challenge_panel.h"
#include "ui/classroom/quiz_panel.h"
#include "ui/common/theme.h"
#include "ui/editor/scenario_editor.h"
#include "ui/editor/scenario_locator.h"
#include "ui/model/session.h"
#include "ui/shell/dock_titles.h"
#include "ui/shell/scenario_browser.h"
#include "ui/shell/transport_bar.h"
#include "ui/shell/welcome_page.h"
#include "ui/timeline/summary_charts.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/changes_view.h"
#include "ui/views/cpu_view.h"
#include "ui/views/event_log_view.h"
#include "ui/views/kern_fork_view.h"
#include "ui/views/lock_view.h"
#include "ui/views/narration_view.h"
#include "ui/views/proc_tree_view.h"
#include "ui/views/source_view.h"

namespace fsui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), session_(new Session(this)), actions_(AppActions::create(this)) {
  initResources();
  setWindowTitle(tr("Forkscope"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/forkscope.svg")));
  setObjectName(QStringLiteral("mainWindow"));
  setDockNestingEnabled(true);
  createViews();
  createDocks();
  createToolBar();
  createMenus();
  connectSession();
  connectActions();
  defaultLayout_ = saveState();
  settleMinimumSize();
  restoreLayout();
  refreshViews();
  updateStatus();
  setWelcomeMode(true);
  settleMinimumSize();
}

// Before the first run the welcome page has the window to itself: the docks
// would only show empty tables, an empty editor and empty axes. They come
// back, as they were, when a run is loaded.
void MainWindow::setWelcomeMode(bool on) {
  if (on == welcomeMode_) return;
  welcomeMode_ = on;
  if (on) {
    welcomeState_ = saveState(); // what saveLayout() keeps while the docks are away
    hiddenForWelcome_.clear();
    for (QDockWidget* d : std::as_const(docks_))
      if (!d->isHidden()) {
        hiddenForWelcome_ << d;
        d->hide();
      }
    central_->setCurrentWidget(welcome_);
  } else {
    for (QDockWidget* d : std::as_const(hiddenForWelcome_)) d->show();
    hiddenForWelcome_.clear();
    central_->setCurrentWidget(procTree_);
    if (isVisible()) QTimer::singleShot(0, this, [this] { applyDefaultDockSizes(); });
  }
}

void MainWindow::settleMinimumSize() {
  // The layout sets the window's minimum size when it is activated, which
  // otherwise happens on the next event loop turn. Until then the minimum is
  // the one computed while every dock was still visible, and a resize before
  // show() - the saved geometry, --size - was clamped to it (a 1366-pixel
  // request became 1690 in presenter mode).
  layout()->invalidate();
  layout()->activate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews() {
  procTree_ = new ProcTreeView(this);
  // Until a run is loaded the middle shows the welcome page, not an empty tree.
  welcome_ = new WelcomePage(this);
  static_cast<WelcomePage*>(welcome_)->setScenarioDirectory(bundledScenarioDirectory());
  procTree_->setAccessibleName(tr("Process tree"));
  // A stack is as wide as its widest page: the welcome page, which only
  // matters before the first run, must not make the window wider than a
  // 1366-pixel projector in presenter mode.
  welcome_->setMinimumSize(1, 1);
  central_ = new QStackedWidget(this);
  central_->addWidget(welcome_);
  central_->addWidget(procTree_);
  setCentralWidget(central_);
  setAcceptDrops(true);
  cpuView_ = new CpuView(this);
  lockView_ = new LockView(this);
  sourceView_ = new SourceView(this);
  kernFork_ = new KernForkView(this);
  narration_ = new NarrationView(this);
  timeline_ = new TimelineView(this);
  charts_ = new SummaryCharts(this);
  eventLog_ = new EventLogView(this);
  changes_ = new ChangesView(this);
  editor_ = new ScenarioEditor(this);
  browser_ = new ScenarioBrowser(this);
  browser_->setDirectory(bundledScenarioDirectory());
  quiz_ = new QuizPanel(session_, this);
  challenge_ = new ChallengePanel(session_, this);
  challenge_->setDirectory(bundledScenarioDirectory());
  cpuView_->setAccessibleName(tr("CPUs"));
  timeline_->setAccessibleName(tr("Timeline"));
}

QDockWidget* MainWindow::addDock(QWidget* w, const QString& title, const QString& name,
                                 Qt::DockWidgetArea area, const QString& brief) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(name); // saveState() needs stable names
  dock->setWidget(w);
  addDockWidget(area, dock);
  docks_.push_back(dock);
  if (!brief.isEmpty()) {
    if (!dockTitles_) dockTitles_ = new DockTitles(this);
    dockTitles_->set(dock, title, brief);
  }
  return dock;
}

void MainWindow::createDocks() {
  QDockWidget* narration = addDock(narration_, tr("Narration"), QStringLiteral("narrationDock"),
                                   Qt::RightDockWidgetArea);
  addDock(cpuView_, tr("CPUs"), QStringLiteral("cpuDock"), Qt::RightDockWidgetArea);
  QDockWidget* locks = addDock(lockView_, tr("Locks and Wait Channels"), QStringLiteral("lockDock"),
                               Qt::RightDockWidgetArea, tr("Locks"));
  QDockWidget* source = addDock(sourceView_, tr("fork1 Step by Step"), QStringLiteral("sourceDock"),
                                Qt::LeftDockWidgetArea, tr("Steps"));
  QDockWidget* kern =
      addDock(kernFork_, tr("kern_fork.c"), QStringLiteral("kernForkDock"), Qt::LeftDockWidgetArea);
  QDockWidget* browser =
      addDock(browser_, tr("Scenarios"), QStringLiteral("browserDock"), Qt::LeftDockWidgetArea);
  QDockWidget* editor = addDock(editor_, tr("Scenario Editor"), QStringLiteral("editorDock"),
                                Qt::LeftDockWidgetArea, tr("Editor"));
  QDockWidget* timeline =
      addDock(timeline_, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
  QDockWidget* events =
      addDock(eventLog_, tr("Event Log"), QStringLiteral("eventLogDock"), Qt::BottomDockWidgetArea);
  QDockWidget* changes = addDock(changes_, tr("What Changed"), QStringLiteral("changesDock"),
                                 Qt::RightDockWidgetArea, tr("Changes"));
  QDockWidget* charts = addDock(charts_, tr("Summary Charts"), QStringLiteral("chartsDock"),
                                Qt::BottomDockWidgetArea, tr("Charts"));
  QDockWidget* quiz =
      addDock(quiz_, tr("Quiz"), QStringLiteral("quizDock"), Qt::RightDockWidgetArea);
  QDockWidget* challenge =
      addDock(challenge_, tr("Scheduler Challenge"), QStringLiteral("challengeDock"),
              Qt::RightDockWidgetArea, tr("Challenge"));
  // Side columns run the full height; the timeline sits under the tree only.
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  tabifyDockWidget(source, kern);
  tabifyDockWidget(kern, browser);
  tabifyDockWidget(browser, editor);
  source->raise();
  createProgramDock(source);
  tabifyDockWidget(timeline, events);
  timeline->raise();
  tabifyDockWidget(locks, changes);
  locks->raise();
  // The classroom panels share the narration's place and open on demand.
  tabifyDockWidget(narration, quiz);
  tabifyDockWidget(quiz, challenge);
  narration->raise();
  quiz->hide();
  challenge->hide();
  // The charts need a lot of room; on a 1366x768 projector the default
  // layout must still fit, so they start hidden (View > Summary Charts) and
  // open as a window of their own over the main one: as a tab beside the
  // timeline they opened behind it, or took the place of the nprocs curve.
  charts->hide();
  charts->setFloating(true);
  connect(charts->toggleViewAction(), &QAction::triggered, this, [this, charts](bool on) {
    if (on) placeChartsWindow(charts);
  });
}

void MainWindow::placeChartsWindow(QDockWidget* charts) {
  // A layout saved before the charts had a window of their own docks them
  // among the bottom tabs, behind the timeline: take them out again. Docked
  // anywhere else, they stay where the user put them.
  auto* timeline = findChild<QDockWidget*>(QStringLiteral("timelineDock"));
  if (!charts->isFloating() && tabifiedDockWidgets(charts).contains(timeline))
    charts->setFloating(true);
  if (!charts->isFloating()) {
    charts->show();
    charts->raise();
    return;
  }
  const QRect main = geometry();
  // Presenter mode's larger type needs a larger window, or the legends are cut.
  const bool big = actions_.presenter->isChecked();
  const QSize size(std::max(640, main.width() * (big ? 80 : 55) / 100),
                   std::max(420, main.height() * (big ? 75 : 60) / 100));
  charts->resize(size.boundedTo(main.size()));
  charts->move(main.right() - charts->width() - 24, main.top() + 80);
  charts->show();
  charts->raise();
  charts->activateWindow();
}

void MainWindow::createToolBar() {
  QToolBar* bar = addToolBar(tr("Transport"));
  bar->setObjectName(QStringLiteral("transportToolBar"));
  bar->setMovable(false);
  bar->addAction(actions_.open);
  bar->addSeparator();
  for (QAction* a : {actions_.stepOverBack, actions_.stepBack, actions_.play, actions_.stepForward,
                     actions_.stepOverForward, actions_.runToBreakpoint})
    bar->addAction(a);
  transport_ = new TransportBar(session_, bar);
  bar->addWidget(transport_);
  bar->addSeparator();
  bar->addAction(actions_.schedulerMode);
  bar->addAction(actions_.presenter);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(actions_.open);
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  rebuildRecentMenu();
  addAction(actions_.recent); // Ctrl+R pops the recent files up where the mouse is
  file->addSeparator();
  file->addAction(actions_.editScenario);
  templateMenu_ = file->addMenu(tr("&New Scenario from Template"));
  for (const ScenarioTemplate& t : scenarioTemplates()) {
    QAction* a = templateMenu_->addAction(t.title);
    a->setObjectName(QStringLiteral("template:") + t.resource);
    connect(a, &QAction::triggered, this, [this, t] { newFromTemplate(t.resource); });
  }
  static_cast<WelcomePage*>(welcome_)->setTemplateMenu(templateMenu_);
  file->addSeparator();
  for (QAction* a :
       {actions_.saveTrace, actions_.exportChrome, actions_.exportView, actions_.exportHandout,
        actions_.exportAnimation, actions_.exportPdf, actions_.print})
    file->addAction(a);
  file->addSeparator();
  file->addAction(actions_.openKernFork);
  file->addSeparator();
  file->addAction(actions_.preferences);
  addAction(actions_.preferences); // menu-only: the shortcut must live on the window
  file->addSeparator();
  file->addAction(actions_.quit);

  QMenu* go = menuBar()->addMenu(tr("&Go"));
  for (QAction* a :
       {actions_.play, actions_.stepForward, actions_.stepBack, actions_.stepOverForward,
        actions_.stepOverBack, actions_.goToStart, actions_.goToEnd, actions_.goToStep})
    go->addAction(a);
  go->addSeparator();
  for (QAction* a : {actions_.runToBreakpoint, actions_.toggleBreakpoint, actions_.breakpoints})
    go->addAction(a);

  viewMenu_ = menuBar()->addMenu(tr("&View"));
  for (QAction* a : {actions_.presenter, actions_.darkTheme, actions_.showSharing, actions_.follow})
    viewMenu_->addAction(a);
  viewMenu_->addSeparator();
  for (QDockWidget* d : std::as_const(docks_)) viewMenu_->addAction(d->toggleViewAction());
  viewMenu_->addSeparator();
  createLayoutsMenu(viewMenu_);
  viewMenu_->addAction(actions_.resetLayout);

  QMenu* sched = menuBar()->addMenu(tr("&Scheduler"));
  sched->addAction(actions_.schedulerMode);
  sched->addSeparator();
  for (QAction* a : std::as_const(actions_.stepOnCpu)) {
    sched->addAction(a);
    addAction(a);
  }
  sched->addAction(actions_.undoScheduleStep);
  QMenu* classroom = menuBar()->addMenu(tr("&Classroom"));
  for (QAction* a :
       {actions_.quiz, actions_.challenges, actions_.forkpyProblems, actions_.whatCanHappen})
    classroom->addAction(a);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  for (QAction* a : {actions_.manual, actions_.shortcuts, actions_.licences}) help->addAction(a);
  help->addSeparator();
  for (QAction* a : {actions_.aboutQt, actions_.about}) help->addAction(a);
  // Shortcuts of actions that are only in menus must also live on the window.
  for (QAction* a : {actions_.goToStart,
                     actions_.goToEnd,
                     actions_.toggleBreakpoint,
                     actions_.breakpoints,
                     actions_.darkTheme,
                     actions_.showSharing,
                     actions_.follow,
                     actions_.goToStep,
                     actions_.openKernFork,
                     actions_.exportView,
                     actions_.exportChrome,
                     actions_.saveTrace,
                     actions_.quit,
                     actions_.undoScheduleStep,
                     actions_.quiz,
                     actions_.challenges,
                     actions_.forkpyProblems,
                     actions_.whatCanHappen,
                     actions_.editScenario,
                     actions_.manual})
    addAction(a);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
  const QList<QUrl> urls = e->mimeData()->urls();
  if (urls.size() == 1 && urls.first().isLocalFile()) e->acceptProposedAction();
}

// A dropped file opens like File > Open (the same loader, the same errors);
// a C file goes to the kern_fork.c view.
void MainWindow::dropEvent(QDropEvent* e) {
  const QList<QUrl> urls = e->mimeData()->urls();
  if (urls.size() != 1 || !urls.first().isLocalFile()) return;
  e->acceptProposedAction();
  const QString path = urls.first().toLocalFile();
  if (path.endsWith(QLatin1String(".c"), Qt::CaseInsensitive))
    openKernForkFile(path);
  else
    openPath(path);
}

void MainWindow::showError(const QString& title, const QString& message) {
  lastError_ = message;
  statusBar()->showMessage(title, 8000);
  // Window-modal and non-blocking: the app keeps running (and tests can close it).
  if (errorBox_) errorBox_->deleteLater();
  // A file can have thousands of errors: the box shows the first few and keeps
  // the whole list, scrollable, under Show Details, so OK stays on screen.
  constexpr int kShown = 12;
  const QStringList lines = message.split(QLatin1Char('\n'));
  QString shown = message;
  if (lines.size() > kShown)
    shown = lines.mid(0, kShown).join(QLatin1Char('\n')) + QLatin1Char('\n') +
            tr("... and %n more error(s): see Show Details.", nullptr,
               static_cast<int>(lines.size() - kShown));
  errorBox_ = new QMessageBox(QMessageBox::Warning, title, shown, QMessageBox::Ok, this);
  if (lines.size() > kShown) errorBox_->setDetailedText(message);
  errorBox_->setAttribute(Qt::WA_DeleteOnClose);
  errorBox_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  errorBox_->open();
}

void MainWindow::openPath(const QString& path, bool synchronous) {
  const QString resolved = resolveScenario(path);
  if (resolved.isEmpty()) {
    showError(tr("Cannot open the scenario"), tr("%1: no such file or bundled scenario").arg(path));
    return;
  }
  session_->setSynchronous(synchronous);
  lastError_.clear();
  session_->openFile(resolved); // the recent files list gets it when it is loaded
  session_->setSynchronous(false);
}

void MainWindow::showEvent(QShowEvent* e) {
  QMainWindow::showEvent(e);
  if (sized_) return;
  // Once the window has its real size: never wider than the screen, whole
  // tab labels, and the default proportions (or the lecture layout in
  // presenter mode) - unless the welcome page is up: the docks get their
  // proportions when a run arrives (applyDefaultDockSizes).
  keepOnScreen();
  polishTabBars();
  if (!welcomeMode_) defaultProportions();
}

void MainWindow::applyDefaultDockSizes() {
  // The docks come back from behind the welcome page: on a projector they
  // take the lecture layout for this screen (a layout saved on a wider
  // screen would not fit); named layouts stay one click away.
  if (actions_.presenter->isChecked()) {
    sized_ = true;
    applyLectureLayout();
    settleMinimumSize(); // the minimum of the docks as they are now, not as they were
    keepOnScreen();
    polishTabBars();
    return;
  }
  if (sized_) return;
  keepOnScreen();
  defaultProportions();
  polishTabBars();
}

void MainWindow::closeEvent(QCloseEvent* e) {
  if (editor_ && !editor_->maybeSave()) {
    e->ignore();
    return;
  }
  session_->cancelLoad(); // closing during a load must not wait for it to finish
  saveLayout();
  QMainWindow::closeEvent(e);
}

// The first launch (no saved geometry): 80% of the screen, centred, or the
// whole screen when it is small (a 1366x768 projector), instead of the
// layout's 910x512 minimum that truncated the tabs.
void MainWindow::placeOnFirstLaunch() {
  QScreen* sc = screen() ? screen() : QGuiApplication::primaryScreen();
  if (!sc) return;
  const QRect avail = sc->availableGeometry();
  if (avail.width() < 1600 || avail.height() < 900) {
    setGeometry(avail);
    setWindowState(windowState() | Qt::WindowMaximized);
    return;
  }
  const QSize size(avail.width() * 8 / 10, avail.height() * 8 / 10);
  resize(size);
  move(avail.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::restoreLayout() {
  QSettings s;
  restoreModeLayouts(s); // the geometry, and presenter mode as it was
  actions_.darkTheme->setChecked(s.value(QStringLiteral("view/dark"), false).toBool());
  actions_.showSharing->setChecked(s.value(QStringLiteral("view/sharing"), false).toBool());
  actions_.follow->setChecked(s.value(QStringLiteral("view/follow"), true).toBool());
  procTree_->setShowSharing(actions_.showSharing->isChecked());
  Theme::instance().setDark(actions_.darkTheme->isChecked());
  const QString kern = s.value(QStringLiteral("kernFork/path")).toString();
  if (!kern.isEmpty()) kernFork_->loadFile(kern);
}

void MainWindow::saveLayout() {
  QSettings s;
  saveModeLayouts(s);
  s.setValue(QStringLiteral("view/dark"), actions_.darkTheme->isChecked());
  s.setValue(QStringLiteral("view/sharing"), actions_.showSharing->isChecked());
  s.setValue(QStringLiteral("view/follow"), actions_.follow->isChecked());
}

} // namespace fsui
