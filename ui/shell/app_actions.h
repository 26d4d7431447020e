// SPDX-License-Identifier: GPL-3.0-or-later
// Every command of the main window as a QAction with its text, icon and
// keyboard shortcut, created in one place so the shortcut table is easy to
// read and to check for clashes. The window connects them.
#pragma once
#include <QCoreApplication>
#include <QList>

class QAction;
class QObject;

namespace fsui {

struct AppActions {
  // File
  QAction *open, *editScenario, *saveTrace, *exportChrome, *exportView, *exportHandout,
      *exportAnimation, *exportPdf, *print, *openKernFork, *recent, *preferences, *quit;
  // Go
  QAction *play, *stepForward, *stepBack, *stepOverForward, *stepOverBack, *goToStep, *goToStart,
      *goToEnd, *runToBreakpoint, *toggleBreakpoint, *breakpoints;
  // View
  QAction *presenter, *darkTheme, *showSharing, *follow, *resetLayout;
  // Scheduler
  QAction *schedulerMode, *undoScheduleStep;
  // Classroom
  QAction *quiz, *challenges, *forkpyProblems, *whatCanHappen;
  QList<QAction*> stepOnCpu; // 0..9
  // Help
  QAction *manual, *shortcuts, *licences, *aboutQt, *about;

  static AppActions create(QObject* parent);
  // tr() with the context "Actions", which lupdate sees too.
  Q_DECLARE_TR_FUNCTIONS(Actions)
};

} // namespace fsui
