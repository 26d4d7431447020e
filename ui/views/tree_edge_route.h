// SPDX-License-Identifier: GPL-3.0-or-later
// The outline tree's edges, routed through the gaps: between the rows of a
// column and between the columns, never across a card. An edge from a root
// to a child in a column further right used to run straight along the gap
// under the root's row, which crosses the cards of the columns in between
// when their rows are not at the same heights (a taller card, a second root).
#pragma once
#include <QPainterPath>
#include <QRectF>
#include <QVector>

namespace fsui {

struct OutlineColumn {
  qreal left = 0, right = 0;
  QVector<QRectF> cards; // top to bottom
};

// The cards (scene rects) grouped into the columns they stand in, left to right.
QVector<OutlineColumn> outlineColumns(const QVector<QRectF>& cards);

// From `a`, under the parent's card, to the middle of the child's left side:
// down into the gap under the parent, along the row gaps and column gaps,
// then down the child's spine (`indent`/2 left of it) and right into it.
// `rowGap` is the space between two rows of a column.
QPainterPath routeOutlineEdge(QPointF a, const QRectF& parent, const QRectF& child, qreal indent,
                              qreal rowGap, const QVector<OutlineColumn>& columns);

} // namespace fsui
