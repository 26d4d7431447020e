// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline_ticker.h"

#include <algorithm>
#include <cmath>

namespace fs::ui {

QVector<double> TimelineTicker::createTickVector(double, const QCPRange& range) {
  QVector<double> out;
  if (!t_) return out;
  const fs::TickIndex& ticks = t_->ticks;
  if (ticks.empty()) return out;
  const double lo = std::max(0.0, range.lower);
  const double hi = std::max(lo, range.upper);
  const uint64_t t0 = t_->tick_of_step(static_cast<uint64_t>(lo));
  const uint64_t t1 = t_->tick_of_step(static_cast<uint64_t>(hi));
  // A "nice" stride (1, 2, 5 x 10^n ticks) that leaves about tickCount() labels.
  const double raw = std::max(1.0, static_cast<double>(t1 - t0) / std::max(1, tickCount()));
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double m = raw / mag;
  const auto stride = static_cast<uint64_t>((m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * mag);
  for (uint64_t t = (t0 + stride - 1) / stride * stride; t <= t1 && t <= ticks.last_tick();
       t += stride) {
    const auto x = static_cast<double>(ticks.first_step_of_tick(t, UINT64_MAX));
    if (x >= lo && x <= hi && (out.isEmpty() || out.back() != x)) out.push_back(x);
  }
  return out;
}

QString TimelineTicker::getTickLabel(double tick, const QLocale& locale, QChar, int) {
  if (!t_) return {};
  return locale.toString(static_cast<qulonglong>(t_->tick_of_step(static_cast<uint64_t>(tick))));
}

} // namespace fs::ui
