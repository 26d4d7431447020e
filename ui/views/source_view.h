// SPDX-License-Identifier: GPL-3.0-or-later
// Our own step-by-step description of fork1() and the other kernel paths:
// every step of the step table, grouped by function, with the step each CPU
// just executed highlighted in that CPU's colour (as the narration says it), and a breakpoint
// gutter (click the first column). NetBSD's source text is never shipped;
// the user's own kern_fork.c can be shown beside it (kern_fork_view.h).
#pragma once
#include <QTreeWidget>
#include <QVector>

#include "ui/model/breakpoints.h"
#include "ui/model/step_frame.h"

namespace fsui {

class SourceView : public QTreeWidget {
  Q_OBJECT
public:
  explicit SourceView(QWidget* parent = nullptr);
  void setFrame(const StepFrame& frame);
  void setBreakpoints(const Breakpoints& b);
  // The step id under the cursor (-1 for a function row): F9 toggles it.
  int currentStepId() const;
  // The breakpoint a gutter click on this step means: its kern_fork.c line,
  // or its label for steps outside kern_fork.c.
  static Breakpoint breakpointForStep(int stepId);
  // CPUs currently highlighted on a step (for tests).
  QList<int> cpusOnStep(int stepId) const;
  // The row the view follows (the active CPU's step), or null.
  QTreeWidgetItem* followedItem() const { return followed_; }

Q_SIGNALS:
  void toggleBreakpointRequested(const Breakpoint& b);

protected:
  void resizeEvent(QResizeEvent* e) override;
  void showEvent(QShowEvent* e) override;

private:
  void build();
  QVector<QTreeWidgetItem*> stepItems_; // by step id
  QHash<int, QList<int>> cpusOn_;       // step id -> CPUs that just ran it
  // The row followed (the active CPU's step), scrolled to again once the view
  // has its real size: --goto and a restored layout set the step before that.
  QTreeWidgetItem* followed_ = nullptr;
};

} // namespace fsui
