// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/tree_edge_route.h"

#include <algorithm>
#include <cmath>

namespace fsui {

QVector<OutlineColumn> outlineColumns(const QVector<QRectF>& cards) {
  QVector<QRectF> byLeft = cards;
  std::sort(byLeft.begin(), byLeft.end(),
            [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
  // A column's cards overlap their parent's horizontally (a card is wider
  // than the indent); columns are a gap apart.
  QVector<OutlineColumn> out;
  for (const QRectF& r : std::as_const(byLeft)) {
    if (out.isEmpty() || r.left() > out.back().right) out.push_back({r.left(), r.right(), {}});
    out.back().right = std::max(out.back().right, r.right());
    out.back().cards.push_back(r);
  }
  for (OutlineColumn& c : out)
    std::sort(c.cards.begin(), c.cards.end(),
              [](const QRectF& a, const QRectF& b) { return a.top() < b.top(); });
  return out;
}

namespace {
int columnOf(const QVector<OutlineColumn>& cols, qreal x) {
  for (int i = 0; i < cols.size(); ++i)
    if (x >= cols[i].left - 0.5 && x <= cols[i].right + 0.5) return i;
  return -1;
}

// The height in column `c` nearest to `y` where a line can cross it: a gap
// between two rows, or just above or below them all.
qreal freeRowNear(const OutlineColumn& c, qreal y, qreal rowGap) {
  if (c.cards.isEmpty()) return y;
  QVector<qreal> free{c.cards.front().top() - rowGap / 2};
  qreal bottom = c.cards.front().bottom();
  for (int i = 1; i < c.cards.size(); ++i) {
    if (c.cards[i].top() - bottom > 1) free.push_back((bottom + c.cards[i].top()) / 2);
    bottom = std::max(bottom, c.cards[i].bottom());
  }
  free.push_back(bottom + rowGap / 2);
  return *std::min_element(free.begin(), free.end(),
                           [y](qreal p, qreal q) { return std::abs(p - y) < std::abs(q - y); });
}
} // namespace

QPainterPath routeOutlineEdge(QPointF a, const QRectF& parent, const QRectF& child, qreal indent,
                              qreal rowGap, const QVector<OutlineColumn>& columns) {
  const QPointF b(child.left(), child.center().y());
  const qreal spine = child.left() - indent / 2;
  QPainterPath path(a);
  const int from = columnOf(columns, parent.center().x());
  const int to = columnOf(columns, child.center().x());
  if (from < 0 || to < 0 || to == from) { // the same column: down its spine
    path.lineTo(a.x(), b.y());
    path.lineTo(b);
    return path;
  }
  // Into the gap under the parent, then from column gap to column gap, each
  // column crossed where it has a gap between rows.
  qreal y = parent.bottom() + rowGap / 2;
  path.lineTo(a.x(), y);
  const int step = to > from ? 1 : -1;
  auto gapBeside = [&](int c) { // between column c and the next one the edge goes to
    return step > 0 ? (columns[c].right + columns[c + 1].left) / 2
                    : (columns[c].left + columns[c - 1].right) / 2;
  };
  qreal x = gapBeside(from);
  path.lineTo(x, y);
  for (int c = from + step; c != to; c += step) {
    y = freeRowNear(columns[c], y, rowGap);
    path.lineTo(x, y);
    x = gapBeside(c);
    path.lineTo(x, y);
  }
  // In the child's column: the gap above the child's row, then its spine.
  y = child.top() - rowGap / 2;
  path.lineTo(x, y);
  path.lineTo(spine, y);
  path.lineTo(spine, b.y());
  path.lineTo(b);
  return path;
}

} // namespace fsui
