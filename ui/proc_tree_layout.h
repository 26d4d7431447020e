// SPDX-License-Identifier: GPL-3.0-or-later
// A tidy layered layout for the process tree: leaves take consecutive
// columns, a parent sits centred over its children, depth gives the row.
// Children are ordered by creation (not by the kernel's head-first list), so a
// new child appears on the right and the rest of the tree does not move.
#pragma once
#include <QHash>
#include <QPointF>
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
};

struct TreeLayoutResult {
  QHash<TreeNodeKey, QPointF> column_row; // x = column (may be fractional), y = depth
  int columns = 0;
  int rows = 0;
};

TreeLayoutResult layoutTree(const QVector<TreeLayoutInput>& nodes);

} // namespace fsui
