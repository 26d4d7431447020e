// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/app_actions.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>

namespace fsui {

namespace {
QAction* make(QObject* parent, const QString& text, const QKeySequence& key = {},
              const QString& icon = {}, const QString& tip = {}) {
  auto* a = new QAction(text, parent);
  if (!key.isEmpty()) a->setShortcut(key);
  if (!icon.isEmpty()) a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
  QString t =
      tip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("...")) : tip;
  if (!key.isEmpty()) t += QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText));
  a->setToolTip(t);
  // Window-wide: the shortcuts work whichever dock has the focus.
  a->setShortcutContext(Qt::WindowShortcut);
  return a;
}
} // namespace

AppActions AppActions::create(QObject* p) {
  AppActions a;
  a.open = make(p, tr("&Open Scenario or Trace..."), QKeySequence::Open, QStringLiteral("open"));
  a.editScenario = make(p, tr("E&dit This Scenario"), QKeySequence(QStringLiteral("Ctrl+Shift+O")),
                        QString(), tr("Open the scenario on screen in the Scenario Editor"));
  a.saveTrace =
      make(p, tr("&Save Trace..."), QKeySequence(QStringLiteral("Ctrl+S")), QStringLiteral("save"));
  a.exportChrome =
      make(p, tr("&Export Chrome Trace JSON..."), QKeySequence(QStringLiteral("Ctrl+E")));
  a.exportView = make(p, tr("Export View as &Image (PNG/SVG)..."),
                      QKeySequence(QStringLiteral("Ctrl+Shift+E")));
  a.exportHandout =
      make(p, tr("Export &Handout of This Step (PNG/SVG)..."),
           QKeySequence(QStringLiteral("Ctrl+Shift+H")), QString(),
           tr("One printable page: the process tree, the timeline and what this step does"));
  a.exportAnimation =
      make(p, tr("Export &Animation (GIF/PNG)..."), {}, QString(),
           tr("The run, or chosen steps, as an animated GIF or numbered PNG images for slides"));
  a.exportPdf = make(p, tr("Export Steps as PD&F..."), {}, QString(),
                     tr("One landscape page per chosen step: the views and what the step did"));
  a.print = make(p, tr("Prin&t Steps..."), QKeySequence::Print, QString(),
                 tr("Print one page per chosen step"));
  a.openKernFork = make(p, tr("Open &kern_fork.c..."), QKeySequence(QStringLiteral("Ctrl+K")));
  a.recent = make(p, tr("Open &Recent"), QKeySequence(QStringLiteral("Ctrl+R")));
  // QKeySequence::Preferences is empty on some platforms (X11 without KDE).
  const QKeySequence prefs(QKeySequence::Preferences);
  a.preferences = make(p, tr("&Preferences..."),
                       prefs.isEmpty() ? QKeySequence(QStringLiteral("Ctrl+,")) : prefs);
  a.preferences->setMenuRole(QAction::PreferencesRole);
  a.quit = make(p, tr("&Quit"), QKeySequence(QStringLiteral("Ctrl+Q")));
  a.quit->setMenuRole(QAction::QuitRole);

  a.play =
      make(p, tr("&Play"), QKeySequence(Qt::Key_Space), QStringLiteral("play"), tr("Play / pause"));
  a.play->setCheckable(true);
  a.stepForward =
      make(p, tr("Step &Forward"), QKeySequence(Qt::Key_Right), QStringLiteral("step-forward"));
  a.stepBack = make(p, tr("Step &Back"), QKeySequence(Qt::Key_Left), QStringLiteral("step-back"));
  a.stepOverForward =
      make(p, tr("Step &Over (to the next system call return)"),
           QKeySequence(Qt::SHIFT | Qt::Key_Right), QStringLiteral("step-over-forward"));
  a.stepOverBack = make(p, tr("Step Over &Backwards (to the previous system call return)"),
                        QKeySequence(Qt::SHIFT | Qt::Key_Left), QStringLiteral("step-over-back"));
  a.goToStep =
      make(p, tr("&Go to Step..."), QKeySequence(QStringLiteral("Ctrl+G")), QStringLiteral("goto"));
  a.goToStart = make(p, tr("Go to &Start"), QKeySequence(Qt::Key_Home));
  a.goToEnd = make(p, tr("Go to &End"), QKeySequence(Qt::Key_End));
  a.runToBreakpoint = make(p, tr("&Run to Breakpoint"), QKeySequence(Qt::Key_F5),
                           QStringLiteral("run-to-breakpoint"));
  a.toggleBreakpoint = make(p, tr("&Toggle Breakpoint on Selected Step"), QKeySequence(Qt::Key_F9),
                            QStringLiteral("breakpoint"));
  a.breakpoints = make(p, tr("&Breakpoints..."), QKeySequence(QStringLiteral("Ctrl+B")));

  a.presenter = make(p, tr("&Presenter Mode"), QKeySequence(QStringLiteral("Ctrl+Shift+P")),
                     QStringLiteral("presenter"), tr("Presenter mode: larger text, thicker lines"));
  a.presenter->setCheckable(true);
  a.darkTheme = make(p, tr("&Dark Theme"), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
  a.darkTheme->setCheckable(true);
  a.showSharing = make(p, tr("Show &Sharing (what parent and child share)"),
                       QKeySequence(QStringLiteral("Ctrl+Shift+S")));
  a.showSharing->setCheckable(true);
  a.follow = make(p, tr("&Follow the Active CPU"), QKeySequence(QStringLiteral("Ctrl+Shift+F")),
                  QString(), tr("Keep the step the active CPU executes centred in every view"));
  a.follow->setCheckable(true);
  a.follow->setChecked(true);
  a.resetLayout = make(p, tr("Reset &Layout"));

  a.schedulerMode =
      make(p, tr("&Student as Scheduler"), QKeySequence(QStringLiteral("Ctrl+Shift+K")),
           QStringLiteral("scheduler"), tr("You choose which CPU executes the next step"));
  a.schedulerMode->setCheckable(true);
  for (int c = 0; c < 10; ++c) {
    QAction* s = make(p, tr("Run Next Step on CPU %1").arg(c), QKeySequence(Qt::Key_0 + c));
    s->setEnabled(false);
    a.stepOnCpu.push_back(s);
  }
  a.undoScheduleStep =
      make(p, tr("&Undo Last Scheduled Step"), QKeySequence::Undo, QStringLiteral("step-back"),
           tr("Take back the last step you scheduled"));
  a.undoScheduleStep->setEnabled(false);

  a.quiz =
      make(p, tr("&Predict the Next Step (Quiz)..."), QKeySequence(QStringLiteral("Ctrl+Shift+Q")),
           QString(), tr("Questions about this run: predict, then see what the kernel did"));
  a.challenges =
      make(p, tr("Scheduler &Challenges..."), QKeySequence(QStringLiteral("Ctrl+Shift+C")),
           QString(), tr("Reach a goal by choosing which CPU runs each step"));
  a.forkpyProblems =
      make(p, tr("&fork.py Problems..."), QKeySequence(QStringLiteral("Ctrl+Shift+Y")), QString(),
           tr("Seeded process-tree problems in the style of OSTEP's fork.py"));
  a.whatCanHappen =
      make(p, tr("&What Can Happen?..."), QKeySequence(QStringLiteral("Ctrl+Shift+W")), QString(),
           tr("Run this scenario on every schedule and list every way it can end"));
  a.manual = make(p, tr("Forkscope &Manual"), QKeySequence::HelpContents);
  a.shortcuts = make(p, tr("&Keyboard Shortcuts"));
  a.licences = make(p, tr("Third-Party &Licences"));
  a.aboutQt = make(p, tr("About &Qt"));
  a.aboutQt->setMenuRole(QAction::AboutQtRole);
  a.about = make(p, tr("&About Forkscope"));
  a.about->setMenuRole(QAction::AboutRole);
  return a;
}

} // namespace fsui
