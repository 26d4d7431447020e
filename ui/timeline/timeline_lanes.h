// SPDX-License-Identifier: GPL-3.0-or-later
// A QCustomPlot plottable that paints horizontal lanes of spans straight from
// the precomputed SpanLists. Chosen over QCPBars or a QCPItemRect pool because
// those hold one object or data point per span: with a million events that is
// hundreds of thousands of objects to update per pan, while this paints only
// the down-sampled visible window (a few hundred rectangles per lane).
#pragma once
#include <array>
#include <vector>

#include <QColor>
#include <qcustomplot.h>

#include "ui/timeline/timeline_spans.h"

namespace fsui {

class TimelineLanes : public QCPAbstractPlottable {
  Q_OBJECT
public:
  struct LaneStyle {
    const SpanList* spans = nullptr;
    std::array<QColor, kSpanCategories> colors;
    QColor background; // drawn under the spans (invalid = none): idle CPU time
  };

  TimelineLanes(QCPAxis* keyAxis, QCPAxis* valueAxis);

  // Lane i is drawn centred on value i. The SpanLists must outlive the lanes.
  void setLanes(std::vector<LaneStyle> lanes, double keyEnd);
  int laneCount() const { return static_cast<int>(lanes_.size()); }
  // Spans painted in the last draw, after down-sampling (for the benchmark).
  size_t lastDrawnSpans() const { return drawn_; }

  double selectTest(const QPointF& pos, bool onlySelectable,
                    QVariant* details = nullptr) const override;
  QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
  QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                         const QCPRange& inKeyRange = QCPRange()) const override;

protected:
  void draw(QCPPainter* painter) override;
  void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
  std::vector<LaneStyle> lanes_;
  double keyEnd_ = 0;
  std::vector<DrawSpan> buf_; // reused between draws: no allocation per frame
  size_t drawn_ = 0;
};

} // namespace fsui
