// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: what its commands do (files, go to, breakpoints, modes).
#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "forkscope_version.h" // generated from project(VERSION)
#include "ui/classroom/challenge_panel.h"
#include "ui/classroom/explore_dialog.h"
#include "ui/classroom/forkpy_dialog.h"
#include "ui/classroom/handout.h"
#include "ui/classroom/quiz_panel.h"
#include "ui/common/engine_text.h"
#include "ui/common/theme.h"
#include "ui/editor/scenario_editor.h"
#include "ui/editor/scenario_locator.h"
#include "ui/model/session.h"
#include "ui/shell/breakpoint_dialog.h"
#include "ui/shell/export_commands.h"
#include "ui/shell/file_ops.h"
#include "ui/shell/help_window.h"
#include "ui/shell/main_window.h"
#include "ui/shell/preferences_dialog.h"
#include "ui/shell/transport_bar.h"
#include "ui/shell/welcome_page.h"
#include "ui/timeline/summary_charts.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/changes_view.h"
#include "ui/views/event_log_view.h"
#include "ui/views/kern_fork_view.h"
#include "ui/views/narration_view.h"
#include "ui/views/proc_tree_view.h"
#include "ui/views/source_view.h"

namespace fsui {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

void MainWindow::connectActions() {
  const AppActions& a = actions_;
  connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
  connect(a.saveTrace, &QAction::triggered, this, &MainWindow::saveTraceDialog);
  connect(a.exportChrome, &QAction::triggered, this, &MainWindow::exportChromeDialog);
  connect(a.exportView, &QAction::triggered, this, &MainWindow::exportViewDialog);
  connect(a.exportHandout, &QAction::triggered, this, &MainWindow::exportHandoutDialog);
  connect(a.exportAnimation, &QAction::triggered, this, [this] { exportAnimation(this); });
  connect(a.exportPdf, &QAction::triggered, this, [this] { exportStepsPdf(this); });
  connect(a.print, &QAction::triggered, this, [this] { printSteps(this); });
  connect(a.openKernFork, &QAction::triggered, this, &MainWindow::openKernForkDialog);
  connect(a.recent, &QAction::triggered, this, [this] { recentMenu_->popup(QCursor::pos()); });
  connect(a.quit, &QAction::triggered, this, &QWidget::close);
  connect(a.preferences, &QAction::triggered, this, [this] {
    auto* d = new PreferencesDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
  });
  connect(a.play, &QAction::triggered, session_, [this] {
    session_->togglePlay();
    actions_.play->setChecked(session_->isPlaying());
  });
  connect(a.stepForward, &QAction::triggered, session_, &Session::stepForward);
  connect(a.stepBack, &QAction::triggered, session_, &Session::stepBack);
  connect(a.stepOverForward, &QAction::triggered, session_, &Session::stepOverForward);
  connect(a.stepOverBack, &QAction::triggered, session_, &Session::stepOverBack);
  connect(a.goToStart, &QAction::triggered, session_, [this] { session_->setStep(0); });
  connect(a.goToEnd, &QAction::triggered, session_,
          [this] { session_->setStep(session_->totalSteps()); });
  connect(a.goToStep, &QAction::triggered, this, &MainWindow::goToStepDialog);
  connect(a.runToBreakpoint, &QAction::triggered, this, &MainWindow::runToBreakpoint);
  connect(a.toggleBreakpoint, &QAction::triggered, this, &MainWindow::toggleBreakpointAtSelection);
  connect(a.breakpoints, &QAction::triggered, this, [this] {
    auto* d = new BreakpointDialog(session_, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
  });
  connect(a.presenter, &QAction::toggled, this, [this](bool on) {
    Theme::instance().setPresenter(on);
    const int icon = on ? 40 : 24;
    for (QToolBar* bar : findChildren<QToolBar*>()) bar->setIconSize(QSize(icon, icon));
    switchModeLayout(on); // each mode has its own layout: presenter mode the lecture layout
    refreshViews();       // texts that are shorter in presenter mode ("fork1:516")
    QTimer::singleShot(0, this, &MainWindow::fitQuizDock); // larger type, taller question
  });
  connect(a.darkTheme, &QAction::toggled, this, [](bool on) { Theme::instance().setDark(on); });
  connect(a.showSharing, &QAction::toggled, procTree_, &ProcTreeView::setShowSharing);
  connect(a.follow, &QAction::toggled, this, [this](bool on) {
    if (on) timeline_->setStep(session_->step(), true);
    refreshViews();
  });
  connect(a.resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
  connect(a.schedulerMode, &QAction::toggled, this, &MainWindow::setSchedulerMode);
  for (int c = 0; c < a.stepOnCpu.size(); ++c)
    connect(a.stepOnCpu[c], &QAction::triggered, session_, [this, c] { session_->stepOnCpu(c); });
  connect(a.undoScheduleStep, &QAction::triggered, session_, &Session::undoLiveStep);
  connect(a.forkpyProblems, &QAction::triggered, this, &MainWindow::showForkpyDialog);
  connect(a.quiz, &QAction::triggered, this, [this] { showPanel(quiz_); });
  connect(a.challenges, &QAction::triggered, this, [this] { showPanel(challenge_); });
  connect(a.whatCanHappen, &QAction::triggered, this, [this] {
    // A fresh dialog for the scenario loaded now; it deletes itself when closed.
    auto* d = new ExploreDialog(session_, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
  });
  connect(a.editScenario, &QAction::triggered, this, &MainWindow::editCurrentScenario);
  connect(a.manual, &QAction::triggered, this, [this] { showHelp(); });
  connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
  connect(a.licences, &QAction::triggered, this, &MainWindow::showLicences);
  connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
  connect(a.about, &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About Forkscope"),
                       tr("<h3>Forkscope %1</h3><p>Watch NetBSD's fork1() (kern_fork.c revision "
                          "1.231) run on a simulated SMP machine, step by step, forwards and "
                          "backwards.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QStringLiteral(FORKSCOPE_VERSION)));
  });
}

QString MainWindow::openDialogDirectory() const {
  // The first time, the bundled scenarios; then wherever the last file was.
  const QString dir = QSettings().value(QStringLiteral("lastDir")).toString();
  return dir.isEmpty() || !QFileInfo(dir).isDir() ? bundledScenarioDirectory() : dir;
}

void MainWindow::openDialog() {
  QSettings s;
  const QString dir = openDialogDirectory();
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open Scenario or Trace"), dir,
                                   tr("Scenarios and traces (*.json *.json.gz);;All files (*)"));
  if (path.isEmpty()) return;
  s.setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
  openPath(path);
}

QList<MainWindow::ScenarioTemplate> MainWindow::scenarioTemplates() {
  return {{QStringLiteral(":/templates/fork-wait.json"), tr("Minimal: fork and wait")},
          {QStringLiteral(":/templates/vfork-exec.json"), tr("vfork, then exec")},
          {QStringLiteral(":/templates/ptrace-fork.json"), tr("A traced process forks (ptrace)")}};
}

// The scenario on screen, in the editor: its own file when it is a scenario
// the user may change; a copy (untitled, so Save asks where) when it is a
// bundled scenario, a trace (its embedded scenario) or text that was run.
void MainWindow::editCurrentScenario() {
  auto tl = session_->timeline();
  if (!tl) return showError(tr("Nothing to edit"), tr("Open a scenario first."));
  if (!editor_->maybeSave()) return;
  const QString file = session_->fileName();
  const QFileInfo info(file);
  const bool bundled =
      info.exists() && QFileInfo(info.absolutePath()).canonicalFilePath() ==
                           QFileInfo(bundledScenarioDirectory()).canonicalFilePath();
  QString text;
  if (info.isFile()) {
    QFile f(file);
    if (f.open(QIODevice::ReadOnly)) text = QString::fromUtf8(f.readAll());
  }
  const bool isScenario = text.contains(QLatin1String("\"forkscope-scenario\""));
  if (isScenario && !bundled) {
    editor_->openFile(file);
  } else if (isScenario) {
    editor_->setText(text);
  } else {
    // A trace, or a scenario run from text: the scenario as run, defaults filled in.
    editor_->setText(QString::fromStdString(tl->scenario().normalized.dump(2)) + QLatin1Char('\n'));
  }
  showPanel(editor_);
  editor_->editor()->setFocus();
}

void MainWindow::newFromTemplate(const QString& resource) {
  QFile f(resource);
  if (!f.open(QIODevice::ReadOnly)) return;
  if (!editor_->maybeSave()) return;
  editor_->setText(QString::fromUtf8(f.readAll()));
  showPanel(editor_);
  editor_->editor()->setFocus();
  statusBar()->showMessage(tr("A new scenario from a template: change it, then Run (Ctrl+R) or "
                              "Save (Ctrl+S) in the editor."),
                           8000);
}

QString MainWindow::shortcutsHtml() const {
  return shortcutTableHtml(menuBar()->actions(), QWidget::actions(), editor_->actions());
}

void MainWindow::showHelp(const QString& page) {
  auto* w = findChild<HelpWindow*>();
  if (!w) {
    w = new HelpWindow(this);
    w->setAttribute(Qt::WA_DeleteOnClose);
  }
  if (!page.isEmpty()) w->showPage(page);
  w->show();
  w->raise();
  w->activateWindow();
}

namespace {
void showHtmlDialog(QWidget* parent, const QString& name, const QString& title,
                    const QString& html) {
  auto* d = new QDialog(parent);
  d->setObjectName(name);
  d->setAttribute(Qt::WA_DeleteOnClose);
  d->setWindowTitle(title);
  auto* text = new QTextBrowser(d);
  text->setOpenExternalLinks(true);
  text->setHtml(html);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
  QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::close);
  auto* layout = new QVBoxLayout(d);
  layout->addWidget(text, 1);
  layout->addWidget(buttons);
  d->resize(640, 620);
  d->show();
}
} // namespace

void MainWindow::showShortcuts() {
  showHtmlDialog(this, QStringLiteral("shortcutsDialog"), tr("Keyboard Shortcuts"),
                 shortcutsHtml());
}

void MainWindow::showLicences() {
  showHtmlDialog(this, QStringLiteral("licencesDialog"), tr("Third-Party Licences"),
                 thirdPartyLicencesHtml());
}

void MainWindow::saveTraceDialog() {
  if (!session_->timeline()) return showError(tr("Nothing to save"), tr("Open a scenario first."));
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save Trace"), QStringLiteral("trace.json"),
      tr("Forkscope trace (*.json);;Compressed Forkscope trace (*.json.gz)"));
  if (path.isEmpty()) return;
  if (const QString err = saveTraceJson(session_->traceForSaving(), path); !err.isEmpty())
    return showError(tr("Cannot save the trace"), err);
  statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportChromeDialog() {
  if (!session_->timeline())
    return showError(tr("Nothing to export"), tr("Open a scenario first."));
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export Chrome Trace"), QStringLiteral("trace.chrome.json"),
      tr("Chrome Trace Event JSON (*.json);;Compressed Chrome Trace Event JSON (*.json.gz)"));
  if (path.isEmpty()) return;
  if (const QString err = saveChromeJson(session_->traceForSaving(), path); !err.isEmpty())
    return showError(tr("Cannot export the trace"), err);
  statusBar()->showMessage(tr("Exported %1 (open it in Perfetto UI or chrome://tracing)").arg(path),
                           5000);
}

void MainWindow::exportViewDialog() {
  // The view with the keyboard focus, else the process tree.
  QWidget* target = procTree_;
  for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
    if (auto* dock = qobject_cast<QDockWidget*>(w)) {
      target = dock->widget();
      break;
    }
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export View"), QStringLiteral("forkscope.png"),
                                   tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty()) return;
  if (const QString err = exportWidgetImage(target, path); !err.isEmpty())
    return showError(tr("Cannot export the view"), err);
  statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::exportHandoutDialog() {
  auto tl = session_->timeline();
  if (!tl) return showError(tr("Nothing to export"), tr("Open a scenario first."));
  const QString base = QFileInfo(session_->fileName()).completeBaseName();
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export Handout"),
                                   tr("%1-step-%2.png")
                                       .arg(base.isEmpty() ? QStringLiteral("forkscope") : base)
                                       .arg(session_->state().steps),
                                   tr("PNG image (*.png);;SVG drawing (*.svg)"));
  if (path.isEmpty()) return;
  if (const QString err = exportHandout(handout(), path); !err.isEmpty())
    return showError(tr("Cannot export the handout"), err);
  statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

Handout MainWindow::handout() const {
  const fs::KernelState& s = session_->state();
  Handout h;
  h.title = scenarioText(session_->timeline()->scenario().title);
  h.subtitle = tr("Step %1 of %2 · tick %3 · nprocs %4")
                   .arg(s.steps)
                   .arg(session_->totalSteps())
                   .arg(currentFrame().tick) // the tick the step ran in, as shown
                   .arg(s.nprocs);
  h.tree = procTree_;
  h.timeline = timeline_->isVisible() ? timeline_ : nullptr;
  h.narrationHtml = narration_->toHtml();
  return h;
}

void MainWindow::openKernForkDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open your copy of kern_fork.c"),
                                                    QString(), tr("C source (*.c);;All files (*)"));
  if (!path.isEmpty()) openKernForkFile(path);
}

void MainWindow::openKernForkFile(const QString& path) {
  if (const QString err = kernFork_->loadFile(path); !err.isEmpty())
    return showError(tr("Cannot open kern_fork.c"), err);
  QSettings().setValue(QStringLiteral("kernFork/path"), path);
  for (QDockWidget* d : std::as_const(docks_))
    if (d->widget() == kernFork_) {
      d->show();
      d->raise();
    }
  kernFork_->setBreakpoints(session_->breakpoints());
  refreshViews();
}

void MainWindow::goToStepDialog() {
  if (!session_->timeline()) return;
  bool ok = false;
  const int step = QInputDialog::getInt(
      this, tr("Go to Step"), tr("Step (0 - %1):").arg(session_->totalSteps()),
      static_cast<int>(session_->step()), 0,
      static_cast<int>(std::min<quint64>(session_->totalSteps(), INT_MAX)), 1, &ok);
  if (ok) session_->setStep(static_cast<quint64>(step));
}

void MainWindow::toggleBreakpointAtSelection() {
  // In your own kern_fork.c, F9 toggles the line the cursor is on: any line of
  // a step's range stops there.
  if (const int line = kernFork_->lineAtCursor(); line > 0) {
    const Breakpoint b{Breakpoint::Kind::SourceLine, line, {}, true};
    const bool on = session_->toggleBreakpoint(b);
    statusBar()->showMessage(on ? tr("Breakpoint set: %1").arg(b.describe())
                                : tr("Breakpoint removed: %1").arg(b.describe()),
                             5000);
    return;
  }
  int id = sourceView_->currentStepId();
  if (id < 0) { // nothing selected: the step CPU 0's LWP is about to execute
    const StepFrame f = currentFrame();
    for (const fs::Cpu& c : f.state->cpus)
      if (const fs::Lwp* l = f.state->lwp(c.cur); l && l->depth > 0) {
        id = l->frames[static_cast<size_t>(l->depth - 1)].pc;
        break;
      }
  }
  if (id < 0)
    return statusBar()->showMessage(tr("Select a step in \"fork1 Step by Step\" first."), 5000);
  const Breakpoint b = SourceView::breakpointForStep(id);
  const bool on = session_->toggleBreakpoint(b);
  statusBar()->showMessage(on ? tr("Breakpoint set: %1").arg(b.describe())
                              : tr("Breakpoint removed: %1").arg(b.describe()),
                           5000);
}

void MainWindow::runToBreakpoint() {
  if (!session_->timeline()) return;
  if (session_->breakpoints().all().isEmpty())
    return statusBar()->showMessage(
        tr("No breakpoints: click the gutter of a step, press F9, or use Go > Breakpoints."), 6000);
  if (!session_->runToBreakpoint())
    statusBar()->showMessage(tr("No breakpoint is hit between here and the end of the run."), 6000);
}

void MainWindow::setSchedulerMode(bool on) {
  if (on == session_->schedulerMode()) return;
  if (on) {
    if (!session_->timeline()) {
      actions_.schedulerMode->setChecked(false);
      return;
    }
    session_->enterSchedulerMode();
    if (!session_->schedulerMode()) { // refused: a quiz question holds the run
      actions_.schedulerMode->setChecked(false);
      statusBar()->showMessage(tr("Answer the quiz question first."), 5000);
      return;
    }
    statusBar()->showMessage(
        tr("You are the scheduler: press 0-9 or click a CPU lane to run the next step there."),
        8000);
  } else {
    session_->leaveSchedulerMode();
  }
}

void MainWindow::showForkpyDialog() {
  // One dialog per window, kept while open so its problem survives a peek at the run.
  auto* d = findChild<ForkpyDialog*>();
  if (!d) {
    d = new ForkpyDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &ForkpyDialog::runRequested, this,
            [this](const QString& json, const QString& name) { session_->openText(json, name); });
  }
  d->show();
  d->raise();
  d->activateWindow();
}

void MainWindow::showPanel(QWidget* panel) {
  for (QDockWidget* d : std::as_const(docks_))
    if (d->widget() == panel) {
      d->show();
      d->raise();
    }
  panel->setFocus();
  if (panel == quiz_) QTimer::singleShot(0, this, &MainWindow::fitQuizDock); // Start in view
}

void MainWindow::hideSpoilers(bool hide) {
  // While a quiz question is open, views that show the whole run (the
  // timeline, the event log, the charts) would give the answer away.
  // The window title names the scenario, and a title such as "vfork: the
  // parent sleeps until the child exits" answers the question: while one is
  // open the title says only that a quiz is on. So does the narration's
  // look-ahead ("Next, on each CPU"), which names the next steps.
  updateWindowTitle();
  narration_->setHideLookAhead(hide);
  refreshViews();
  if (hide) {
    for (QDockWidget* d : std::as_const(docks_))
      if ((d->widget() == timeline_ || d->widget() == eventLog_ || d->widget() == charts_ ||
           d->widget() == changes_) &&
          d->isVisible()) {
        d->hide();
        hiddenSpoilers_ << d;
      }
    // Once the question's layout has settled: room for it and its choices.
    QTimer::singleShot(0, this, &MainWindow::fitQuizDock);
  } else {
    statusBar()->clearMessage(); // "the run is held at step N" is no longer true
    for (QDockWidget* d : std::as_const(hiddenSpoilers_)) d->show();
    hiddenSpoilers_.clear();
  }
}

// A question the class has to scroll to read is a question half the room
// does not see (presenter mode on a 1366x768 projector): the quiz dock grows to
// fit it - wider first, up to 42% of the window, so the text wraps less, then
// taller, up to two thirds - and never shrinks here.
void MainWindow::fitQuizDock() {
  auto* dock = findChild<QDockWidget*>(QStringLiteral("quizDock"));
  if (!dock || !dock->isVisible() || dock->isFloating()) return; // the intro too: Start in view
  auto wanted = [&] { return quiz_->preferredHeight() + (dock->height() - quiz_->height()); };
  if (dock->height() >= wanted()) return;
  if (dock->width() < width() * 42 / 100) resizeDocks({dock}, {width() * 42 / 100}, Qt::Horizontal);
  const int want = std::min(wanted(), height() * 2 / 3);
  if (dock->height() >= want) return;
  // The height comes from the docks beside it in its column (CPUs, locks),
  // each down to its minimum, shared out so that each keeps some of its own.
  QList<QDockWidget*> docks{dock};
  QList<int> sizes{want};
  int needed = want - dock->height();
  const QRect column = dock->geometry();
  for (QDockWidget* d : std::as_const(docks_)) {
    const QRect g = d->geometry();
    if (d == dock || !d->isVisible() || d->isFloating() || d->visibleRegion().isEmpty() ||
        g.left() >= column.right() || g.right() <= column.left())
      continue;
    const int give = std::clamp(needed, 0, std::max(0, g.height() - d->minimumSizeHint().height()));
    needed -= give;
    docks << d;
    sizes << g.height() - give;
  }
  resizeDocks(docks, sizes, Qt::Vertical);
}

void MainWindow::addRecent(const QString& path) {
  QSettings s;
  QStringList files = s.value(kRecentKey).toStringList();
  const QString abs = QFileInfo(path).absoluteFilePath();
  files.removeAll(abs);
  files.prepend(abs);
  while (files.size() > kMaxRecent) files.removeLast();
  s.setValue(kRecentKey, files);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList files = QSettings().value(kRecentKey).toStringList();
  for (int i = 0; i < files.size(); ++i) {
    QAction* a = recentMenu_->addAction(
        QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(files[i]).fileName()));
    a->setToolTip(files[i]);
    connect(a, &QAction::triggered, this, [this, path = files[i]] { openPath(path); });
  }
  if (files.isEmpty()) recentMenu_->addAction(tr("(none)"))->setEnabled(false);
  if (auto* w = qobject_cast<WelcomePage*>(welcome_)) w->setRecentFiles(files);
}

} // namespace fsui
