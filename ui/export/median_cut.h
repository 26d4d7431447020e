// SPDX-License-Identifier: GPL-3.0-or-later
// A palette of at most 256 colours for one true-colour picture, as a GIF frame
// needs: the picture's own colours when it has no more than that, else its
// most frequent colours exactly (backgrounds, fills: up to a quarter of the
// palette) and a median cut over a 5-bit-per-channel histogram of the rest. No dithering: views are
// flat colours and text, where dither noise would only blur the edges and make the file larger.
#pragma once
#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <vector>

namespace fsui {

class ImagePalette {
public:
  // The palette of `area` of `image` (any format; alpha is ignored).
  ImagePalette(const QImage& image, const QRect& area, int maxColors = 256);

  const QList<QRgb>& colors() const { return colors_; }
  // The palette index of a colour: exact when the picture had few colours,
  // else the nearest palette colour (cached per 5-bit cell).
  uchar indexOf(QRgb c);

private:
  void medianCut(const QHash<QRgb, qint64>& counts, int maxColors);
  QList<QRgb> colors_;
  QHash<QRgb, uchar> exact_;   // exact colour -> index (few colours)
  std::vector<short> nearest_; // 5-bit cell -> index + 1 (0: not yet computed)
};

} // namespace fsui
