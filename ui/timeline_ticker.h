// SPDX-License-Identifier: GPL-3.0-or-later
// An axis ticker for a step-indexed x axis that puts its ticks on simulated
// clock ticks and labels them with the tick number, so one plot shows both
// "which step" (bottom axis) and "what time" (top axis).
#pragma once
#include <memory>

#include <qcustomplot.h>

#include "core/timeline.h"

namespace fs::ui {

class TimelineTicker : public QCPAxisTicker {
public:
  // The trace is shared (for a recorded run an alias into its Timeline) so
  // that the ticker never outlives the data its labels come from.
  explicit TimelineTicker(std::shared_ptr<const Trace> t) : t_(std::move(t)) {}

protected:
  QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
  QVector<double> createSubTickVector(int, const QVector<double>&) override { return {}; }
  QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                       int precision) override;

private:
  std::shared_ptr<const Trace> t_;
};

} // namespace fs::ui
