// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timeline_ticker.h"

#include <algorithm>
#include <cmath>

namespace fsui {

uint64_t niceStride(double span, int count) {
  const double raw = std::max(1.0, span / std::max(1, count));
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double m = raw / mag;
  return std::max<uint64_t>(1, static_cast<uint64_t>((m <= 1   ? 1
                                                      : m <= 2 ? 2
                                                      : m <= 5 ? 5
                                                               : 10) *
                                                     mag));
}

std::vector<double> clockTickSteps(const fs::Trace& t, double lo, double hi, int count) {
  std::vector<double> out;
  const fs::TickIndex& ticks = t.ticks; // sparse: idle ticks share the next step
  if (ticks.empty()) return out;
  lo = std::max(0.0, lo);
  hi = std::max(lo, hi);
  count = std::max(1, count);
  auto add = [&](uint64_t k) {
    if (k > ticks.last_tick()) return;
    const auto x = static_cast<double>(ticks.first_step_of_tick(k, UINT64_MAX));
    if (x >= lo && x <= hi && std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
  };
  // Round tick numbers at a nice stride, where the clock runs evenly over the steps.
  const uint64_t t0 = t.tick_of_step(static_cast<uint64_t>(std::ceil(lo)));
  const uint64_t t1 = t.tick_of_step(static_cast<uint64_t>(std::floor(hi)));
  const uint64_t stride = niceStride(static_cast<double>(t1 - t0), count);
  for (uint64_t k = (t0 + stride - 1) / stride * stride; k <= t1 && k <= ticks.last_tick();
       k += stride)
    add(k);
  // The axis is in steps, and a run can spend most of its ticks in a few
  // steps (fork-bomb-8cpu: 3,000 idle ticks between two steps), so the round
  // ticks may all fall on one step and leave the axis with one label. Then the
  // marks go at evenly spaced steps instead, each at the start of its tick.
  if (static_cast<int>(out.size()) * 2 < count + 1) {
    out.clear();
    for (int i = 0; i <= count; ++i)
      add(t.tick_of_step(static_cast<uint64_t>(lo + (hi - lo) * i / count)));
    std::sort(out.begin(), out.end());
    // Two marks closer than half a spacing would print their labels over each other.
    const double gap = (hi - lo) / (2.0 * count);
    std::vector<double> spaced;
    for (double x : out)
      if (spaced.empty() || x - spaced.back() >= gap) spaced.push_back(x);
    out = std::move(spaced);
  }
  return out;
}

std::vector<double> integerTicks(double lo, double hi, int count) {
  std::vector<double> out;
  if (!(hi >= lo)) return out;
  const uint64_t stride = niceStride(hi - lo, count);
  const auto s = static_cast<double>(stride);
  for (double x = std::ceil(lo / s) * s; x <= hi + 1e-9; x += s) out.push_back(x);
  return out;
}

QVector<double> TimelineTicker::createTickVector(double, const QCPRange& range) {
  if (!t_) return {};
  const std::vector<double> v = clockTickSteps(*t_, range.lower, range.upper, tickCount());
  return QVector<double>(v.begin(), v.end());
}

QString TimelineTicker::getTickLabel(double tick, const QLocale& locale, QChar, int) {
  if (!t_) return {};
  return locale.toString(static_cast<qulonglong>(t_->tick_of_step(static_cast<uint64_t>(tick))));
}

QVector<double> IntegerTicker::createTickVector(double, const QCPRange& range) {
  const std::vector<double> v = integerTicks(range.lower, range.upper, tickCount());
  return QVector<double>(v.begin(), v.end());
}

QString IntegerTicker::getTickLabel(double tick, const QLocale& locale, QChar, int) {
  return locale.toString(static_cast<qlonglong>(std::llround(tick)));
}

} // namespace fsui
