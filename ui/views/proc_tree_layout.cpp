// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/proc_tree_layout.h"

#include <algorithm>
#include <functional>

namespace fsui {

namespace {
// Children lists (by creation) and the roots of the forest.
struct Forest {
  QVector<QVector<int>> children;
  QVector<int> roots;
};

Forest forestOf(const QVector<TreeLayoutInput>& nodes) {
  QHash<TreeNodeKey, int> index;
  for (int i = 0; i < nodes.size(); ++i) index.insert(nodes[i].key, i);
  Forest f;
  f.children.resize(nodes.size());
  for (int i = 0; i < nodes.size(); ++i) {
    auto it = index.find(nodes[i].parent);
    if (it == index.end() || it.value() == i)
      f.roots.push_back(i);
    else
      f.children[it.value()].push_back(i);
  }
  auto byOrder = [&nodes](int a, int b) { return nodes[a].order < nodes[b].order; };
  std::sort(f.roots.begin(), f.roots.end(), byOrder);
  for (auto& c : f.children) std::sort(c.begin(), c.end(), byOrder);
  return f;
}
} // namespace

TreeLayoutResult layoutTree(const QVector<TreeLayoutInput>& nodes) {
  const Forest f = forestOf(nodes);
  TreeLayoutResult r;
  double nextColumn = 0;
  QVector<bool> visiting(nodes.size(), false);
  std::function<double(int, int)> place = [&](int i, int depth) -> double {
    visiting[i] = true; // guards against a cycle in inconsistent input
    r.rows = std::max(r.rows, depth + 1);
    double x;
    QVector<double> xs;
    for (int c : f.children[i])
      if (!visiting[c]) xs.push_back(place(c, depth + 1));
    if (xs.isEmpty())
      x = nextColumn++;
    else
      x = (xs.front() + xs.back()) / 2.0;
    r.column_row.insert(nodes[i].key, QPointF(x, depth));
    return x;
  };
  for (int root : f.roots) place(root, 0);
  r.columns = static_cast<int>(nextColumn);
  return r;
}

SizedLayout layoutTreeSized(const QVector<TreeLayoutInput>& nodes, qreal gap, qreal rowGap) {
  const Forest f = forestOf(nodes);
  SizedLayout r;
  QVector<bool> visiting(nodes.size(), false);
  QVector<qreal> x(nodes.size(), 0);
  QVector<int> depthOf(nodes.size(), 0);
  std::function<void(int, qreal)> shift = [&](int i, qreal dx) {
    x[i] += dx;
    for (int c : f.children[i])
      if (depthOf[c] > depthOf[i]) shift(c, dx);
  };
  // Places the subtree of i with its left edge at `left`; returns its right edge.
  std::function<qreal(int, int, qreal)> place = [&](int i, int depth, qreal left) -> qreal {
    visiting[i] = true;
    depthOf[i] = depth;
    r.rows = std::max(r.rows, depth + 1);
    const qreal w = nodes[i].width;
    qreal right = left;
    QVector<int> placed;
    for (int c : f.children[i]) {
      if (visiting[c]) continue;
      right = place(c, depth + 1, placed.isEmpty() ? left : right + gap);
      placed.push_back(c);
    }
    if (placed.isEmpty()) {
      x[i] = left + w / 2;
      return left + w;
    }
    x[i] = (x[placed.front()] + x[placed.back()]) / 2;
    if (x[i] - w / 2 < left) { // a parent wider than its children: move them under it
      const qreal dx = left - (x[i] - w / 2);
      for (int c : placed) shift(c, dx);
      x[i] += dx;
      right += dx;
    }
    return std::max(right, x[i] + w / 2);
  };
  qreal right = 0;
  bool first = true;
  for (int root : f.roots) {
    right = place(root, 0, first ? 0 : right + gap);
    first = false;
  }
  r.width = right;
  QVector<qreal> rowHeight(r.rows, 0), rowTop(r.rows, 0);
  for (int i = 0; i < nodes.size(); ++i)
    if (visiting[i]) rowHeight[depthOf[i]] = std::max(rowHeight[depthOf[i]], nodes[i].height);
  for (int d = 1; d < r.rows; ++d) rowTop[d] = rowTop[d - 1] + rowHeight[d - 1] + rowGap;
  r.height = r.rows > 0 ? rowTop.back() + rowHeight.back() : 0;
  for (int i = 0; i < nodes.size(); ++i)
    if (visiting[i]) r.centre.insert(nodes[i].key, QPointF(x[i], rowTop[depthOf[i]]));
  return r;
}

SizedLayout layoutOutline(const QVector<TreeLayoutInput>& nodes, qreal indent, int columns,
                          qreal gap, qreal rowGap) {
  const Forest f = forestOf(nodes);
  struct Row {
    int node, depth;
  };
  QVector<Row> order; // depth-first, by creation
  QVector<bool> visiting(nodes.size(), false);
  std::function<void(int, int)> walk = [&](int i, int depth) {
    visiting[i] = true;
    order.push_back({i, depth});
    for (int c : f.children[i])
      if (!visiting[c]) walk(c, depth + 1);
  };
  for (int root : f.roots) walk(root, 0);
  // Column breaks: before a row of depth <= 1, as close as can be to equal parts.
  QVector<int> starts{0};
  const int n = static_cast<int>(order.size());
  for (int c = 1; c < columns; ++c) {
    const int ideal = n * c / columns;
    int best = -1;
    for (int i = starts.back() + 1; i < n; ++i)
      if (order[i].depth <= 1 && (best < 0 || std::abs(i - ideal) < std::abs(best - ideal)))
        best = i;
    if (best < 0) break;
    starts.push_back(best);
  }
  starts.push_back(n);
  SizedLayout r;
  qreal left = 0;
  for (int c = 0; c + 1 < starts.size(); ++c) {
    qreal right = left, top = 0;
    for (int i = starts[c]; i < starts[c + 1]; ++i) {
      const TreeLayoutInput& in = nodes[order[i].node];
      const qreal x = left + order[i].depth * indent;
      r.centre.insert(in.key, QPointF(x + in.width / 2, top));
      right = std::max(right, x + in.width);
      r.height = std::max(r.height, top + in.height);
      top += in.height + rowGap;
    }
    r.rows = std::max(r.rows, starts[c + 1] - starts[c]);
    r.width = right;
    left = right + gap;
  }
  return r;
}

} // namespace fsui
