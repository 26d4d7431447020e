// SPDX-License-Identifier: GPL-3.0-or-later
// Layouts for the process tree.
// layoutTree: a tidy layered layout: leaves take consecutive columns, a
// parent sits centred over its children, depth gives the row. Children are
// ordered by creation (not by the kernel's head-first list), so a new child
// appears on the right and the rest of the tree does not move.
// layoutTreeSized: the same with cards of their own widths (presenter mode
// sizes a card to its text, so that nothing on it is elided).
// layoutOutline: one card per row, indented by depth (like pstree): a tree
// too wide for a projector at 18-pixel text often fits this way, the shape
// still plain to see.
#pragma once
#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QVector>

namespace fsui {

struct TreeNodeKey {
  int pid = -1;
  int serial = 0; // creation order: tells a reused pid from its earlier owner
  bool operator==(const TreeNodeKey&) const = default;
};
inline size_t qHash(const TreeNodeKey& k, size_t seed = 0) {
  return ::qHash(k.pid, seed) ^ ::qHash(k.serial, seed + 1);
}

struct TreeLayoutInput {
  TreeNodeKey key;
  TreeNodeKey parent; // pid -1 for a root
  int order = 0;      // sibling order (creation)
  qreal width = 1;    // the card's size (layoutTreeSized, layoutOutline)
  qreal height = 1;
};

struct TreeLayoutResult {
  QHash<TreeNodeKey, QPointF> column_row; // x = column (may be fractional), y = depth
  int columns = 0;
  int rows = 0;
};

TreeLayoutResult layoutTree(const QVector<TreeLayoutInput>& nodes);

struct SizedLayout {
  QHash<TreeNodeKey, QPointF> centre; // x: the card's centre; y: its top
  qreal width = 0;                    // from the leftmost card edge to the rightmost
  qreal height = 0;                   // from the top card edge to the lowest bottom
  int rows = 0;
};
// Cards `gap` apart side by side, generations `rowGap` apart (each as tall as
// its tallest card); the leftmost card edge is at x 0, the top at y 0.
SizedLayout layoutTreeSized(const QVector<TreeLayoutInput>& nodes, qreal gap, qreal rowGap = 0);
// One card per row in depth-first creation order, each `indent` right of its
// parent; with `columns` > 1 the rows wrap into that many columns, `gap`
// apart, breaking only before a child of a root (so an edge crosses columns
// only from a root, along the gap under its row). Rows are `rowGap` apart,
// each as tall as its card.
SizedLayout layoutOutline(const QVector<TreeLayoutInput>& nodes, qreal indent, int columns = 1,
                          qreal gap = 0, qreal rowGap = 0);

} // namespace fsui
