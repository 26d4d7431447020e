// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/classroom/handout.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPainter>
#include <QTextDocument>
#include <QWidget>
#include <algorithm>

#include "ui/common/picture_file.h"

namespace fsui {

namespace {
constexpr int kPageWidth = 1400;
constexpr int kMargin = 40;
constexpr int kGap = 24;

// The widget scaled to the page's text width (never enlarged beyond 1.5x,
// which would only blur a screen rendering).
double scaleFor(const QWidget* w) {
  if (!w || w->width() <= 0) return 0;
  return std::min(1.5, static_cast<double>(kPageWidth - 2 * kMargin) / w->width());
}

void drawWidget(QPainter& p, QWidget* w, int y, double scale) {
  prepareForRendering(w);
  const double x = (kPageWidth - w->width() * scale) / 2; // centred on the page
  p.save();
  p.translate(x, y);
  p.scale(scale, scale);
  w->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
  p.restore();
  p.setPen(QPen(QColor(0xc0, 0xc4, 0xc8), 1));
  p.drawRect(QRectF(x, y, w->width() * scale, w->height() * scale));
}
} // namespace

QString exportHandout(const Handout& h, const QString& path) {
  if (!h.tree) return QString();
  QFont titleFont;
  titleFont.setPointSizeF(20);
  titleFont.setBold(true);
  QFont subFont;
  subFont.setPointSizeF(13);
  QTextDocument narration;
  narration.setDefaultFont(subFont);
  narration.setHtml(h.narrationHtml);
  narration.setTextWidth(kPageWidth - 2 * kMargin);

  const double treeScale = scaleFor(h.tree);
  const double timelineScale = scaleFor(h.timeline);
  const int titleH = QFontMetrics(titleFont).height();
  const int subH = QFontMetrics(subFont).height();
  const int treeH = static_cast<int>(h.tree->height() * treeScale);
  const int timelineH = h.timeline ? static_cast<int>(h.timeline->height() * timelineScale) : 0;
  const int textH = static_cast<int>(narration.size().height());
  const int height = kMargin + titleH + subH + kGap + treeH + (timelineH ? kGap + timelineH : 0) +
                     kGap + textH + kMargin;

  return writePicture(path, QSize(kPageWidth, height), h.title, [&](QPainter& p) {
    p.fillRect(QRect(0, 0, kPageWidth, height), Qt::white);
    int y = kMargin;
    p.setPen(Qt::black);
    p.setFont(titleFont);
    p.drawText(QRect(kMargin, y, kPageWidth - 2 * kMargin, titleH), Qt::AlignLeft, h.title);
    y += titleH;
    p.setFont(subFont);
    p.drawText(QRect(kMargin, y, kPageWidth - 2 * kMargin, subH), Qt::AlignLeft, h.subtitle);
    y += subH + kGap;
    drawWidget(p, h.tree, y, treeScale);
    y += treeH + kGap;
    if (h.timeline) {
      drawWidget(p, h.timeline, y, timelineScale);
      y += timelineH + kGap;
    }
    p.save();
    p.translate(kMargin, y);
    narration.drawContents(&p);
    p.restore();
  });
}

} // namespace fsui
