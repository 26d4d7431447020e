// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/breakpoint_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/model/session.h"

namespace fsui {

BreakpointDialog::BreakpointDialog(Session* session, QWidget* parent)
    : QDialog(parent), session_(session), list_(new QListWidget(this)), kind_(new QComboBox(this)),
      value_(new QLineEdit(this)) {
  setWindowTitle(tr("Breakpoints"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(list_);
  auto* row = new QHBoxLayout;
  kind_->addItems(Breakpoint::kindNames());
  value_->setPlaceholderText(tr("e.g. 516, fork1.children_insert, proc_lock, EAGAIN, SSTOP, 4"));
  auto* add = new QPushButton(tr("Add"), this);
  auto* remove = new QPushButton(tr("Remove"), this);
  row->addWidget(kind_);
  row->addWidget(value_, 1);
  row->addWidget(add);
  row->addWidget(remove);
  layout->addLayout(row);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(add, &QPushButton::clicked, this, &BreakpointDialog::addFromRow);
  connect(value_, &QLineEdit::returnPressed, this, &BreakpointDialog::addFromRow);
  connect(remove, &QPushButton::clicked, this, [this] {
    if (list_->currentRow() >= 0) session_->removeBreakpoint(list_->currentRow());
  });
  connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
    const int i = list_->row(item);
    Breakpoint b = session_->breakpoints().all().value(i);
    const bool on = item->checkState() == Qt::Checked;
    if (b.enabled == on) return;
    session_->removeBreakpoint(i);
    b.enabled = on;
    session_->addBreakpoint(b);
  });
  connect(session_, &Session::breakpointsChanged, this, &BreakpointDialog::refresh);
  refresh();
  resize(560, 360);
}

void BreakpointDialog::refresh() {
  const QSignalBlocker block(list_);
  list_->clear();
  for (const Breakpoint& b : session_->breakpoints().all()) {
    auto* item = new QListWidgetItem(b.describe(), list_);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(b.enabled ? Qt::Checked : Qt::Unchecked);
  }
}

void BreakpointDialog::addFromRow() {
  Breakpoint b;
  b.kind = static_cast<Breakpoint::Kind>(kind_->currentIndex());
  const QString v = value_->text().trimmed();
  bool ok = true;
  if (b.kind == Breakpoint::Kind::SourceLine || b.kind == Breakpoint::Kind::Pid) {
    b.number = v.toInt(&ok);
    if (!ok) {
      value_->setFocus();
      return;
    }
  } else {
    b.text = v;
  }
  session_->addBreakpoint(b);
  value_->clear();
}

} // namespace fsui
