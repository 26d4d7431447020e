// SPDX-License-Identifier: GPL-3.0-or-later
// Axis tickers for the timeline. TimelineTicker puts the marks of a
// step-indexed axis on simulated clock ticks and labels them with the tick
// number, so one plot shows both "which step" (bottom axis) and "what time"
// (top axis). IntegerTicker labels a step or count axis with whole numbers
// only: an empty run's 0..1 range used to read "0 0 0 1 1 1".
#pragma once
#include <memory>
#include <vector>

#include <qcustomplot.h>

#include "core/trace/trace.h"

namespace fsui {

// A "nice" stride (1, 2 or 5 x 10^n, at least 1) that cuts span into about count parts.
uint64_t niceStride(double span, int count);

// The steps where clock ticks lo..hi (as steps) begin, one mark every
// niceStride ticks, each step once, all inside [lo, hi].
std::vector<double> clockTickSteps(const fs::Trace& t, double lo, double hi, int count);

// Whole numbers in [lo, hi] at a nice stride, about count of them, each once.
std::vector<double> integerTicks(double lo, double hi, int count);

class TimelineTicker : public QCPAxisTicker {
public:
  // The trace is shared (for a recorded run an alias into its Timeline) so
  // that the ticker never outlives the data its labels come from.
  explicit TimelineTicker(std::shared_ptr<const fs::Trace> t) : t_(std::move(t)) {}

protected:
  QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
  QVector<double> createSubTickVector(int, const QVector<double>&) override { return {}; }
  QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                       int precision) override;

private:
  std::shared_ptr<const fs::Trace> t_;
};

class IntegerTicker : public QCPAxisTicker {
protected:
  QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
  QVector<double> createSubTickVector(int, const QVector<double>&) override { return {}; }
  QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                       int precision) override;
};

} // namespace fsui
