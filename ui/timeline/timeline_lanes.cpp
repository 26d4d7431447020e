// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timeline_lanes.h"

#include <algorithm>
#include <cmath>

namespace fsui {

TimelineLanes::TimelineLanes(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis) {
  setSelectable(QCP::stNone);
  setAntialiased(false); // axis-aligned rectangles: antialiasing only blurs them
  setAntialiasedFill(false);
}

void TimelineLanes::setLanes(std::vector<LaneStyle> lanes, double keyEnd) {
  lanes_ = std::move(lanes);
  keyEnd_ = keyEnd;
}

double TimelineLanes::selectTest(const QPointF&, bool, QVariant*) const { return -1; }

QCPRange TimelineLanes::getKeyRange(bool& foundRange, QCP::SignDomain) const {
  foundRange = true;
  return QCPRange(0, std::max(1.0, keyEnd_));
}

QCPRange TimelineLanes::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
  foundRange = !lanes_.empty();
  return QCPRange(-0.5, static_cast<double>(lanes_.size()) - 0.5);
}

void TimelineLanes::draw(QCPPainter* painter) {
  drawn_ = 0;
  QCPAxis* kx = mKeyAxis.data();
  QCPAxis* vy = mValueAxis.data();
  if (!kx || !vy || lanes_.empty()) return;
  const QRect area = kx->axisRect()->rect();
  const QCPRange r = kx->range();
  const double px = r.size() / std::max(1, area.width()); // step units per pixel
  painter->setPen(Qt::NoPen);
  for (size_t li = 0; li < lanes_.size(); ++li) {
    const LaneStyle& lane = lanes_[li];
    const double y0 = vy->coordToPixel(static_cast<double>(li) - 0.38);
    const double y1 = vy->coordToPixel(static_cast<double>(li) + 0.38);
    const double top = std::floor(std::min(y0, y1));
    const double height = std::ceil(std::abs(y1 - y0));
    if (lane.background.isValid()) {
      const double b0 = std::max(kx->coordToPixel(0), static_cast<double>(area.left()));
      const double b1 = std::min(kx->coordToPixel(keyEnd_), static_cast<double>(area.right() + 1));
      if (b1 > b0) painter->fillRect(QRectF(b0, top, b1 - b0, height), lane.background);
    }
    if (!lane.spans) continue;
    downsample(*lane.spans, r.lower, r.upper, px, buf_);
    drawn_ += buf_.size();
    // Rectangles snap to whole pixels and are at least one pixel wide, so a
    // single-step span stays visible at any zoom.
    for (const DrawSpan& s : buf_) {
      const double a = std::floor(std::max(kx->coordToPixel(s.start), area.left() - 1.0));
      const double b = std::ceil(std::min(kx->coordToPixel(s.end), area.right() + 1.0));
      QColor c = lane.colors[s.cat % kSpanCategories];
      if (s.coverage < 0.95f) c.setAlphaF(0.35f + 0.65f * std::clamp(s.coverage, 0.0f, 1.0f));
      painter->fillRect(QRectF(a, top, std::max(1.0, b - a), height), c);
    }
  }
}

void TimelineLanes::drawLegendIcon(QCPPainter*, const QRectF&) const {}

} // namespace fsui
