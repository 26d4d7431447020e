// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/program_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace fsui {

namespace {
enum Column { MarkColumn, OpColumn, WhereColumn };
const QString kArrow = QStringLiteral("\u279C"); // heavy round-tipped rightwards arrow
} // namespace

ProgramView::ProgramView(QWidget* parent)
    : QWidget(parent), headline_(new QLabel(this)), chooser_(new QComboBox(this)),
      tree_(new QTreeWidget(this)) {
  setObjectName(QStringLiteral("programView"));
  auto* top = new QHBoxLayout;
  auto* label = new QLabel(tr("&Process:"), this);
  label->setBuddy(chooser_);
  top->addWidget(label);
  top->addWidget(chooser_, 1);
  auto* col = new QVBoxLayout(this);
  col->setContentsMargins(4, 4, 4, 4);
  col->addLayout(top);
  col->addWidget(headline_);
  col->addWidget(tree_, 1);
  headline_->setWordWrap(true);
  chooser_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  chooser_->setMinimumContentsLength(12);
  chooser_->setAccessibleName(tr("Process whose program is shown"));
  tree_->setColumnCount(3);
  tree_->setHeaderHidden(true);
  tree_->setTreePosition(OpColumn); // the marker column stays at the left edge
  tree_->setRootIsDecorated(false);
  tree_->setIndentation(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
  tree_->setSelectionMode(QAbstractItemView::NoSelection);
  tree_->setFocusPolicy(Qt::NoFocus);
  tree_->setUniformRowHeights(true);
  tree_->setAccessibleName(tr("Program"));
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionResizeMode(MarkColumn, QHeaderView::ResizeToContents);
  tree_->header()->setSectionResizeMode(OpColumn, QHeaderView::Stretch);
  tree_->header()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
  // Short enough for a presenter-mode column; the tooltip says it in full.
  chooser_->addItem(tr("Last to run"), -1);
  chooser_->setItemData(0, tr("The process whose step just ran"), Qt::ToolTipRole);
  connect(chooser_, &QComboBox::activated, this, [this](int index) {
    const int pid = chooser_->itemData(index).toInt();
    chosen_ = pid;
    Q_EMIT pidChosen(pid);
  });
}

void ProgramView::setScenario(std::shared_ptr<const fs::Scenario> scenario) {
  scenario_ = std::move(scenario);
  chosen_ = shown_ = shownList_ = -1;
  chooserEntries_.clear();
  position_ = {};
  items_.clear();
  tree_->clear();
}

void ProgramView::setChosenPid(int pid) {
  chosen_ = pid;
  const int index = chooser_->findData(pid);
  chooser_->setCurrentIndex(index >= 0 ? index : 0);
}

int ProgramView::pickPid(const StepFrame& f) const {
  const fs::KernelState& s = *f.state;
  if (chosen_ >= 0 && s.proc(chosen_)) return chosen_;
  // The process whose step just ran...
  if (f.activeCpu >= 0 && static_cast<size_t>(f.activeCpu) < s.cpus.size())
    if (const fs::Lwp* l = s.lwp(s.cpus[static_cast<size_t>(f.activeCpu)].cur))
      if (l->list >= 0) return l->pid;
  // ...else the one shown before, while it lives, else the first with a program.
  if (shown_ >= 0 && s.proc(shown_)) return shown_;
  for (const fs::Lwp& l : s.lwps)
    if (l.alive() && l.list >= 0) return l.pid;
  return -1;
}

void ProgramView::rebuildChooser(const fs::KernelState& s) {
  std::vector<std::pair<int, QString>> entries;
  for (const fs::Proc& p : s.procs)
    if (const fs::Lwp* l = p.alive() ? s.first_lwp(p) : nullptr; l && l->list >= 0)
      entries.emplace_back(p.pid, QString::fromStdString(p.name));
  std::sort(entries.begin(), entries.end());
  if (entries == chooserEntries_) return;
  chooserEntries_ = std::move(entries);
  const QSignalBlocker block(chooser_);
  while (chooser_->count() > 1) chooser_->removeItem(1);
  for (const auto& [pid, name] : chooserEntries_)
    chooser_->addItem(tr("pid %1 %2").arg(pid).arg(name), pid);
  const int index = chooser_->findData(chosen_);
  chooser_->setCurrentIndex(index >= 0 ? index : 0);
}

void ProgramView::setFrame(const StepFrame& f) {
  if (!f.state || !scenario_) return;
  rebuildChooser(*f.state);
  shown_ = pickPid(f);
  position_ = fs::program_position(*scenario_, *f.state, shown_);
  if (position_.list != shownList_ || static_cast<size_t>(tree_->topLevelItemCount()) == 0 ||
      items_.size() != position_.lines.size())
    rebuildRows();
  updateRows();
  const fs::Proc* p = f.state->proc(shown_);
  const fs::Lwp* l = p ? f.state->first_lwp(*p) : nullptr;
  headline_->setText(p && l
                         ? tr("<b>pid %1 %2</b>: %3")
                               .arg(p->pid)
                               .arg(QString::fromStdString(p->name).toHtmlEscaped(), stateText(*l))
                         : tr("No process to show."));
}

void ProgramView::rebuildRows() {
  tree_->clear();
  items_.clear();
  shownList_ = position_.list;
  for (const fs::ProgramLine& line : position_.lines) {
    auto* item = line.parent < 0 ? new QTreeWidgetItem(tree_)
                                 : new QTreeWidgetItem(items_[static_cast<size_t>(line.parent)]);
    const fs::Op& op = scenario_->ops[static_cast<size_t>(line.op)];
    item->setText(OpColumn, QString::fromStdString(fs::op_summary(*scenario_, op)));
    QString tip = QString::fromStdString(op.path);
    if (!op.note.empty()) tip += QLatin1Char('\n') + QString::fromStdString(op.note);
    item->setToolTip(OpColumn, tip);
    items_.push_back(item);
  }
  tree_->expandAll();
}

QTreeWidgetItem* ProgramView::itemForLine(int line) const {
  return line >= 0 && static_cast<size_t>(line) < items_.size() ? items_[static_cast<size_t>(line)]
                                                                : nullptr;
}

void ProgramView::updateRows() {
  const QPalette pal = palette();
  const QColor done = pal.color(QPalette::Disabled, QPalette::Text);
  const QColor normal = pal.color(QPalette::Text);
  QColor mark = pal.color(QPalette::Highlight);
  mark.setAlpha(60);
  const int cur = position_.current;
  const bool ended = position_.where == fs::ProgramWhere::Ended;
  std::vector<bool> looping(items_.size(), false);
  for (const auto& loop : position_.loops)
    if (loop.line >= 0) looping[static_cast<size_t>(loop.line)] = true;
  for (size_t i = 0; i < items_.size(); ++i) {
    QTreeWidgetItem* item = items_[i];
    const bool isCur = static_cast<int>(i) == cur;
    // Done this pass: before the current op (a loop around it is running, not done).
    const bool isDone = ended || (cur >= 0 && static_cast<int>(i) < cur && !looping[i]);
    const fs::Op& op = scenario_->ops[static_cast<size_t>(position_.lines[i].op)];
    QString text = QString::fromStdString(fs::op_summary(*scenario_, op));
    for (const auto& loop : position_.loops)
      if (loop.line == static_cast<int>(i))
        text += QLatin1Char(' ') + tr("(iteration %1 of %2)").arg(loop.iteration).arg(loop.count);
    item->setText(OpColumn, text);
    item->setText(MarkColumn, isCur ? kArrow : QString());
    QString where;
    if (isCur) switch (position_.where) {
      case fs::ProgramWhere::InSyscall: where = tr("in the kernel"); break;
      case fs::ProgramWhere::Computing:
        where = tr("computing, %n tick(s) left", nullptr, position_.compute_left);
        break;
      case fs::ProgramWhere::Next: where = tr("next"); break;
      case fs::ProgramWhere::InKernel: where = tr("next, after the kernel"); break;
      default: break;
      }
    item->setText(WhereColumn, where);
    QFont font = tree_->font();
    font.setBold(isCur);
    for (int c = 0; c < 3; ++c) {
      item->setFont(c, font);
      item->setForeground(c, isDone ? done : normal);
      item->setBackground(c, isCur ? QBrush(mark) : QBrush());
    }
  }
  fitColumns();
  if (QTreeWidgetItem* item = itemForLine(cur)) tree_->scrollToItem(item);
}

void ProgramView::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  fitColumns();
}

void ProgramView::fitColumns() {
  int ops = 0, where = 0;
  for (size_t i = 0; i < items_.size(); ++i) {
    const QTreeWidgetItem* item = items_[i];
    const QFontMetrics fm(item->font(OpColumn));
    int depth = 0;
    for (const QTreeWidgetItem* p = item->parent(); p; p = p->parent()) ++depth;
    ops = std::max(ops, fm.horizontalAdvance(item->text(OpColumn)) + depth * tree_->indentation());
    where = std::max(where, fm.horizontalAdvance(item->text(WhereColumn)));
  }
  const int pad = 24; // cell margins of three columns
  const int room = tree_->viewport()->width() - tree_->header()->sectionSize(MarkColumn);
  tree_->setColumnHidden(WhereColumn, where > 0 && ops + where + pad > room);
}

QString ProgramView::stateText(const fs::Lwp& l) const {
  const fs::Op* op = position_.current >= 0
                         ? &scenario_->ops[static_cast<size_t>(
                               position_.lines[static_cast<size_t>(position_.current)].op)]
                         : nullptr;
  const QString name =
      op ? QString::fromStdString(fs::op_summary(*scenario_, *op)).section(QLatin1Char(' '), 0, 0)
         : QString();
  switch (position_.where) {
  case fs::ProgramWhere::InSyscall: return tr("in the kernel, inside its %1 system call").arg(name);
  case fs::ProgramWhere::Computing: return tr("computing in user mode");
  case fs::ProgramWhere::Next: return tr("in user mode; %1 runs next").arg(name);
  case fs::ProgramWhere::InKernel:
    return l.fork_child_return
               ? tr("returning from fork in the kernel; then %1").arg(name)
               : tr("in the kernel; %1 runs when it is back in user mode").arg(name);
  case fs::ProgramWhere::Ended: return tr("its program has ended");
  case fs::ProgramWhere::None: break;
  }
  return tr("no program yet: fork1 is still building it");
}

QString ProgramView::headline() const { return headline_->text(); }

} // namespace fsui
