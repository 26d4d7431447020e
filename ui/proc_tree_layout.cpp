// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proc_tree_layout.h"

#include <algorithm>
#include <functional>

namespace fsui {

TreeLayoutResult layoutTree(const QVector<TreeLayoutInput>& nodes) {
  QHash<TreeNodeKey, int> index;
  for (int i = 0; i < nodes.size(); ++i) index.insert(nodes[i].key, i);
  QVector<QVector<int>> children(nodes.size());
  QVector<int> roots;
  for (int i = 0; i < nodes.size(); ++i) {
    auto it = index.find(nodes[i].parent);
    if (it == index.end() || it.value() == i)
      roots.push_back(i);
    else
      children[it.value()].push_back(i);
  }
  auto byOrder = [&nodes](int a, int b) { return nodes[a].order < nodes[b].order; };
  std::sort(roots.begin(), roots.end(), byOrder);
  for (auto& c : children) std::sort(c.begin(), c.end(), byOrder);

  TreeLayoutResult r;
  double nextColumn = 0;
  QVector<bool> visiting(nodes.size(), false);
  std::function<double(int, int)> place = [&](int i, int depth) -> double {
    visiting[i] = true; // guards against a cycle in inconsistent input
    r.rows = std::max(r.rows, depth + 1);
    double x;
    QVector<double> xs;
    for (int c : children[i])
      if (!visiting[c]) xs.push_back(place(c, depth + 1));
    if (xs.isEmpty())
      x = nextColumn++;
    else
      x = (xs.front() + xs.back()) / 2.0;
    r.column_row.insert(nodes[i].key, QPointF(x, depth));
    return x;
  };
  for (int root : roots) place(root, 0);
  r.columns = static_cast<int>(nextColumn);
  return r;
}

} // namespace fsui
