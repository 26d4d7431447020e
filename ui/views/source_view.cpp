// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/source_view.h"

#include <QHeaderView>
#include <cstring>

#include "core/state/step_table.h"
#include "ui/common/kstate_text.h"
#include "ui/common/state_colors.h"
#include "ui/common/theme.h"

namespace fsui {

namespace {
enum Column { Gutter, Where, Label, Narration };
constexpr int kStepIdRole = Qt::UserRole + 1;
const QString kDot = QStringLiteral("●");
} // namespace

SourceView::SourceView(QWidget* parent) : QTreeWidget(parent) {
  setObjectName(QStringLiteral("sourceView"));
  setAccessibleName(tr("fork1 step by step"));
  setColumnCount(4);
  setHeaderLabels({QString(), tr("Line"), tr("Step"), tr("What happens")});
  header()->setSectionResizeMode(Gutter, QHeaderView::Fixed);
  header()->resizeSection(Gutter, 28);
  header()->setSectionResizeMode(Where, QHeaderView::ResizeToContents);
  header()->setSectionResizeMode(Label, QHeaderView::ResizeToContents);
  header()->setStretchLastSection(true);
  setUniformRowHeights(true);
  setWordWrap(false);
  setAlternatingRowColors(true);
  build();
  connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item, int column) {
    const QVariant id = item->data(0, kStepIdRole);
    if (column == Gutter && id.isValid())
      Q_EMIT toggleBreakpointRequested(breakpointForStep(id.toInt()));
  });
}

void SourceView::build() {
  stepItems_.fill(nullptr, fs::step_count());
  QTreeWidgetItem* group = nullptr;
  QString groupKey;
  QFont bold = font();
  bold.setBold(true);
  for (int id = 0; id < fs::step_count(); ++id) {
    const fs::StepInfo& si = fs::step_info(id);
    const QString key =
        QStringLiteral("%1 (%2)").arg(QLatin1String(si.func), QLatin1String(si.file));
    if (!group || key != groupKey) {
      group = new QTreeWidgetItem(this, {QString(), QString(),
                                         QLatin1String(si.func) + QStringLiteral("()"),
                                         QLatin1String(si.file)});
      group->setFont(Label, bold);
      group->setFirstColumnSpanned(false);
      groupKey = key;
    }
    auto* item = new QTreeWidgetItem(group);
    item->setData(0, kStepIdRole, id);
    // A range is spelled out for kern_fork.c, the file on screen; a step of
    // another file (kern_lwp.c's four-digit lines) shows where it starts and
    // keeps the range for its tooltip, so the column stays narrow.
    const bool range = si.line_end > si.line;
    const QString where = si.line <= 0 ? QStringLiteral("—")
                          : range      ? QStringLiteral("L%1-%2").arg(si.line).arg(si.line_end)
                                       : QStringLiteral("L%1").arg(si.line);
    const bool shown_file = std::strcmp(si.file, "kern_fork.c") == 0;
    item->setText(Where, range && !shown_file ? QStringLiteral("L%1").arg(si.line) : where);
    if (si.line > 0)
      item->setToolTip(Where, QStringLiteral("%1 %2").arg(QLatin1String(si.file), where));
    // The row sits under its function's heading: "counters" under fork1(),
    // not "fork1.counters" again (the long names did not fit a projector's
    // column). The full name, as the narration says it, is the tooltip.
    const QString label = QString::fromLatin1(si.label);
    const qsizetype dot = label.indexOf(QLatin1Char('.'));
    item->setText(Label, dot > 0 ? label.mid(dot + 1) : label);
    item->setToolTip(Label, label);
    item->setText(Narration, stepNarration(id));
    item->setToolTip(Narration, QStringLiteral("<p>%1</p>").arg(stepNarration(id).toHtmlEscaped()));
    item->setForeground(Gutter, okabe_ito::Vermillion);
    item->setTextAlignment(Gutter, Qt::AlignCenter);
    stepItems_[id] = item;
  }
  expandAll();
}

Breakpoint SourceView::breakpointForStep(int stepId) {
  const fs::StepInfo& si = fs::step_info(stepId);
  if (si.line > 0 && std::strcmp(si.file, "kern_fork.c") == 0)
    return Breakpoint{Breakpoint::Kind::SourceLine, si.line, {}, true};
  return Breakpoint{Breakpoint::Kind::StepLabel, 0, QString::fromLatin1(si.label), true};
}

void SourceView::setBreakpoints(const Breakpoints& b) {
  for (int id = 0; id < stepItems_.size(); ++id) {
    const Breakpoint bp = breakpointForStep(id);
    const fs::StepInfo& si = fs::step_info(id);
    // A line breakpoint anywhere in the step's range stops at it: show the dot.
    const bool on = bp.kind == Breakpoint::Kind::SourceLine ? b.hasLineIn(si.line, si.line_end)
                                                            : b.hasLabel(bp.text);
    stepItems_[id]->setText(Gutter, on ? kDot : QString());
  }
}

int SourceView::currentStepId() const {
  const QTreeWidgetItem* item = currentItem();
  const QVariant id = item ? item->data(0, kStepIdRole) : QVariant();
  return id.isValid() ? id.toInt() : -1;
}

QList<int> SourceView::cpusOnStep(int stepId) const { return cpusOn_.value(stepId); }

void SourceView::setFrame(const StepFrame& f) {
  for (auto it = cpusOn_.begin(); it != cpusOn_.end(); ++it) {
    for (int col = Where; col <= Narration; ++col) {
      stepItems_[it.key()]->setBackground(col, QBrush());
      stepItems_[it.key()]->setForeground(col, QBrush());
    }
    stepItems_[it.key()]->setToolTip(Label, QString::fromLatin1(fs::step_info(it.key()).label));
  }
  cpusOn_.clear();
  followed_ = nullptr;
  if (!f.state) return;
  // Each CPU's step just executed (StepFrame::cpuSteps): at step N the active
  // CPU's row is the step N ran, as in the narration.
  for (size_t c = 0; c < f.cpuSteps.size(); ++c)
    if (const int id = f.cpuSteps[c].id; id >= 0) cpusOn_[id].push_back(static_cast<int>(c));
  QTreeWidgetItem* first = nullptr;
  for (auto it = cpusOn_.begin(); it != cpusOn_.end(); ++it) {
    QTreeWidgetItem* item = stepItems_[it.key()];
    // The row in the colour of the CPU that ran this step (or the lowest of
    // those on it); with several CPUs on the step, the line number cell
    // holds a stripe of each. (Stripes across every cell were cut up by the
    // columns, and the active CPU's could be scrolled out of view.)
    const QList<int>& cpus = it.value();
    const int alpha = Theme::instance().dark() ? 150 : 110;
    QColor main = cpuColor(cpus.contains(f.activeCpu) ? f.activeCpu : cpus.front());
    main.setAlpha(alpha);
    QLinearGradient g(0, 0, 1, 0);
    g.setCoordinateMode(QGradient::ObjectMode);
    for (int i = 0; i < cpus.size(); ++i) {
      QColor c = cpuColor(cpus[i]);
      c.setAlpha(alpha);
      g.setColorAt(qreal(i) / cpus.size(), c);
      g.setColorAt(qreal(i + 1) / cpus.size() - 0.001, c);
    }
    item->setBackground(Where, cpus.size() > 1 ? QBrush(g) : QBrush(main));
    for (int col = Label; col <= Narration; ++col) item->setBackground(col, QBrush(main));
    QStringList tags;
    for (int c : cpus) tags << tr("CPU %1").arg(c);
    item->setToolTip(
        Label, QStringLiteral("%1 (%2)").arg(QString::fromLatin1(fs::step_info(it.key()).label),
                                             tags.join(QStringLiteral(", "))));
    // The active CPU's step first; otherwise the lowest CPU's.
    if (!first || cpus.contains(f.activeCpu)) first = item;
  }
  followed_ = f.follow ? first : nullptr;
  if (followed_) scrollToItem(followed_, QAbstractItemView::PositionAtCenter);
}

void SourceView::resizeEvent(QResizeEvent* e) {
  QTreeWidget::resizeEvent(e);
  if (followed_) scrollToItem(followed_, QAbstractItemView::PositionAtCenter);
}

void SourceView::showEvent(QShowEvent* e) {
  QTreeWidget::showEvent(e);
  if (followed_) scrollToItem(followed_, QAbstractItemView::PositionAtCenter);
}

} // namespace fsui
