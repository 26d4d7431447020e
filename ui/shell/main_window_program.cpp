// SPDX-License-Identifier: GPL-3.0-or-later
// The Program panel's place in the window: beside the kernel's step table
// (the student's code next to the kernel step), following the process
// selected in the tree, and choosing one selects it there too.
#include <QDockWidget>

#include "ui/model/session.h"
#include "ui/shell/main_window.h"
#include "ui/views/proc_tree_view.h"
#include "ui/views/program_view.h"

namespace fsui {

void MainWindow::createProgramDock(QDockWidget* stepTable) {
  program_ = new ProgramView(this);
  QDockWidget* dock =
      addDock(program_, tr("Program"), QStringLiteral("programDock"), Qt::LeftDockWidgetArea);
  // Under the step table: what the process asked for above what the kernel does about it.
  splitDockWidget(stepTable, dock, Qt::Vertical);
  connect(session_, &Session::timelineReady, program_,
          [this] { program_->setScenario(session_->scenario()); });
  connect(procTree_, &ProcTreeView::selectedPidChanged, program_, [this](int pid) {
    program_->setChosenPid(pid);
    if (session_->timeline()) program_->setFrame(currentFrame());
  });
  connect(program_, &ProgramView::pidChosen, this, [this](int pid) {
    procTree_->selectPid(pid); // -1 clears the selection: follow the running process
    if (session_->timeline()) program_->setFrame(currentFrame());
  });
}

} // namespace fsui
