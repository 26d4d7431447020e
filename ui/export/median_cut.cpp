// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/median_cut.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>

namespace fsui {

namespace {
constexpr int kCells = 1 << 15; // 5 bits of red, green and blue

int cellOf(QRgb c) { return ((qRed(c) >> 3) << 10) | ((qGreen(c) >> 3) << 5) | (qBlue(c) >> 3); }

struct Cell {
  uint64_t count = 0;
  uint64_t sum[3] = {0, 0, 0}; // of the exact colours, for a box's mean
};

int channel(int cell, int ch) { return (cell >> (10 - 5 * ch)) & 31; }

// A box of histogram cells: a contiguous run of `order`.
struct Box {
  int begin = 0, end = 0;
  uint64_t count = 0;
  int longest = 0; // channel with the widest range
  int range = 0;
};
} // namespace

ImagePalette::ImagePalette(const QImage& image, const QRect& area, int maxColors) {
  const QImage img =
      image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
          ? image
          : image.convertToFormat(QImage::Format_RGB32);
  const QRect r = area.intersected(img.rect());
  maxColors = std::clamp(maxColors, 2, 256);
  QHash<QRgb, qint64> counts;
  for (int y = r.top(); y <= r.bottom(); ++y) {
    const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
    // Counted by runs: a window picture is mostly runs of one colour.
    for (int x = r.left(); x <= r.right();) {
      const QRgb c = line[x];
      int end = x + 1;
      while (end <= r.right() && line[end] == c) ++end;
      counts[c | 0xff000000u] += end - x;
      x = end;
    }
  }
  if (counts.size() <= maxColors) { // every colour exactly
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
      exact_.insert(it.key(), static_cast<uchar>(colors_.size()));
      colors_ << it.key();
    }
    return;
  }
  // The flat colours of a window picture (backgrounds, card fills) keep
  // their exact value: a frame holding only the rectangle that changed would
  // otherwise show a seam where its background meets the frame before.
  std::vector<std::pair<qint64, QRgb>> byCount;
  byCount.reserve(static_cast<size_t>(counts.size()));
  for (auto it = counts.cbegin(); it != counts.cend(); ++it)
    byCount.emplace_back(it.value(), it.key());
  std::sort(byCount.begin(), byCount.end(), std::greater<>());
  const qint64 pixels = static_cast<qint64>(r.width()) * r.height();
  for (const auto& [n, c] : byCount) {
    if (colors_.size() >= maxColors / 4 || n * 1000 < pixels) break; // >= 0.1% of the picture
    exact_.insert(c, static_cast<uchar>(colors_.size()));
    colors_ << c;
    counts.remove(c);
  }
  medianCut(counts, maxColors - static_cast<int>(colors_.size()));
}

void ImagePalette::medianCut(const QHash<QRgb, qint64>& counts, int maxColors) {
  std::vector<Cell> cells(kCells);
  for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
    const QRgb c = it.key();
    const auto n = static_cast<uint64_t>(it.value());
    Cell& cell = cells[static_cast<size_t>(cellOf(c))];
    cell.count += n;
    cell.sum[0] += n * static_cast<uint64_t>(qRed(c));
    cell.sum[1] += n * static_cast<uint64_t>(qGreen(c));
    cell.sum[2] += n * static_cast<uint64_t>(qBlue(c));
  }
  std::vector<int> order;
  for (int i = 0; i < kCells; ++i)
    if (cells[static_cast<size_t>(i)].count) order.push_back(i);

  auto measure = [&](Box& b) {
    std::array<int, 3> lo{31, 31, 31}, hi{0, 0, 0};
    b.count = 0;
    for (int i = b.begin; i < b.end; ++i) {
      const int cell = order[static_cast<size_t>(i)];
      b.count += cells[static_cast<size_t>(cell)].count;
      for (int ch = 0; ch < 3; ++ch) {
        lo[static_cast<size_t>(ch)] = std::min(lo[static_cast<size_t>(ch)], channel(cell, ch));
        hi[static_cast<size_t>(ch)] = std::max(hi[static_cast<size_t>(ch)], channel(cell, ch));
      }
    }
    b.range = -1;
    for (int ch = 0; ch < 3; ++ch) {
      const int range = hi[static_cast<size_t>(ch)] - lo[static_cast<size_t>(ch)];
      if (range > b.range) {
        b.range = range;
        b.longest = ch;
      }
    }
  };
  std::vector<Box> boxes{Box{0, static_cast<int>(order.size())}};
  measure(boxes[0]);
  while (static_cast<int>(boxes.size()) < maxColors) {
    // Split the box that matters most: many pixels over a wide range of colour.
    auto worst = std::max_element(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) {
      const auto score = [](const Box& x) { return x.end - x.begin > 1 ? x.count * x.range : 0; };
      return score(a) < score(b);
    });
    if (worst->end - worst->begin < 2 || worst->range == 0) break;
    Box box = *worst;
    const int ch = box.longest;
    std::sort(order.begin() + box.begin, order.begin() + box.end,
              [&](int a, int b) { return channel(a, ch) < channel(b, ch); });
    // The median by pixel count, keeping at least one cell on each side.
    uint64_t seen = 0;
    int mid = box.begin + 1;
    for (int i = box.begin; i < box.end - 1; ++i) {
      seen += cells[static_cast<size_t>(order[static_cast<size_t>(i)])].count;
      mid = i + 1;
      if (seen * 2 >= box.count) break;
    }
    Box a{box.begin, mid}, b{mid, box.end};
    measure(a);
    measure(b);
    *worst = a;
    boxes.push_back(b);
  }
  for (const Box& b : boxes) {
    uint64_t sum[3] = {0, 0, 0};
    for (int i = b.begin; i < b.end; ++i)
      for (int ch = 0; ch < 3; ++ch)
        sum[ch] += cells[static_cast<size_t>(order[static_cast<size_t>(i)])].sum[ch];
    const uint64_t n = std::max<uint64_t>(1, b.count);
    colors_ << qRgb(static_cast<int>((sum[0] + n / 2) / n), static_cast<int>((sum[1] + n / 2) / n),
                    static_cast<int>((sum[2] + n / 2) / n));
  }
  nearest_.assign(kCells, 0);
}

uchar ImagePalette::indexOf(QRgb c) {
  c |= 0xff000000u;
  if (const auto it = exact_.constFind(c); it != exact_.cend()) return it.value();
  if (nearest_.empty()) return 0;
  short& slot = nearest_[static_cast<size_t>(cellOf(c))];
  if (slot == 0) {
    // The palette colour nearest to the cell's centre.
    const int r = (qRed(c) & ~7) | 4, g = (qGreen(c) & ~7) | 4, b = (qBlue(c) & ~7) | 4;
    int best = 0, bestDist = INT32_MAX;
    for (int i = 0; i < colors_.size(); ++i) {
      const QRgb p = colors_[i];
      const int dr = qRed(p) - r, dg = qGreen(p) - g, db = qBlue(p) - b;
      const int d = 2 * dr * dr + 4 * dg * dg + 3 * db * db; // the eye weighs green most
      if (d < bestDist) {
        bestDist = d;
        best = i;
      }
    }
    slot = static_cast<short>(best + 1);
  }
  return static_cast<uchar>(slot - 1);
}

} // namespace fsui
