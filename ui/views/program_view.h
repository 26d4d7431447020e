// SPDX-License-Identifier: GPL-3.0-or-later
// The Program panel: one process's own program - the scenario's ops of its
// current image, repeats nested - with an arrow at the op it is executing or
// runs next and the ops already done this pass greyed, as Python Tutor shows
// the student's code beside the machine. It shows the process selected in
// the tree, else the one whose step just ran; every fact comes from
// fs::program_position on the state of the step on screen, so stepping back
// and forward (and scheduler mode) need nothing else.
#pragma once
#include <QWidget>
#include <memory>
#include <vector>

#include "core/scenario/program_view.h"
#include "core/scenario/scenario.h"
#include "ui/model/step_frame.h"

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace fsui {

class ProgramView : public QWidget {
  Q_OBJECT
public:
  explicit ProgramView(QWidget* parent = nullptr);
  void setScenario(std::shared_ptr<const fs::Scenario> scenario);
  void setFrame(const StepFrame& frame);
  // The process to show; -1 follows the process whose step just ran.
  void setChosenPid(int pid);
  int chosenPid() const { return chosen_; }

  // For tests: the process shown, the highlighted line (index into the
  // program's lines, -1 none), the rows and the line above them.
  int shownPid() const { return shown_; }
  int currentLine() const { return position_.current; }
  const fs::ProgramPosition& position() const { return position_; }
  QTreeWidget* tree() const { return tree_; }
  QTreeWidgetItem* itemForLine(int line) const;
  QString headline() const;

Q_SIGNALS:
  // The user chose a process in the panel's own list (-1: follow).
  void pidChosen(int pid);

protected:
  void resizeEvent(QResizeEvent* e) override;

private:
  // The "where" column (in the kernel, next...) only when the ops keep their
  // whole text beside it: a projector's narrow column shows the ops whole
  // and the headline says where the process is.
  void fitColumns();
  int pickPid(const StepFrame& f) const;
  void rebuildChooser(const fs::KernelState& s);
  void rebuildRows();
  void updateRows();
  QString stateText(const fs::Lwp& l) const;

  std::shared_ptr<const fs::Scenario> scenario_;
  QLabel* headline_;
  QComboBox* chooser_;
  QTreeWidget* tree_;
  std::vector<QTreeWidgetItem*> items_; // per program line
  std::vector<std::pair<int, QString>> chooserEntries_;
  fs::ProgramPosition position_;
  int chosen_ = -1, shown_ = -1, shownList_ = -1;
};

} // namespace fsui
