// SPDX-License-Identifier: GPL-3.0-or-later
// The breakpoints dialog: the list of breakpoints (tick to enable, Delete to
// remove) and a row to add one of any kind (line, step, ptrace stop, lock
// contention, syscall error, process state, pid, lock name).
#pragma once
#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace fsui {

class Session;

class BreakpointDialog : public QDialog {
  Q_OBJECT
public:
  explicit BreakpointDialog(Session* session, QWidget* parent = nullptr);

private:
  void refresh();
  void addFromRow();
  Session* session_;
  QListWidget* list_;
  QComboBox* kind_;
  QLineEdit* value_;
};

} // namespace fsui
