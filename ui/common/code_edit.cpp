// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/code_edit.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <algorithm>

#include "ui/common/palette.h"

namespace fsui {

class CodeEditGutter : public QWidget {
public:
  explicit CodeEditGutter(CodeEdit* e) : QWidget(e), edit_(e) {}
  QSize sizeHint() const override { return {edit_->gutterWidth(), 0}; }

protected:
  void paintEvent(QPaintEvent* e) override { edit_->paintGutter(e->rect()); }
  void mousePressEvent(QMouseEvent* e) override {
    const QTextCursor c = edit_->cursorForPosition(QPoint(0, static_cast<int>(e->position().y())));
    Q_EMIT edit_->gutterClicked(c.blockNumber() + 1);
  }

private:
  CodeEdit* edit_;
};

CodeEdit::CodeEdit(QWidget* parent) : QPlainTextEdit(parent), gutter_(new CodeEditGutter(this)) {
  connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateMargins(); });
  connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& r, int dy) {
    if (dy)
      gutter_->scroll(0, dy);
    else
      gutter_->update(0, r.y(), gutter_->width(), r.height());
  });
  updateMargins();
}

void CodeEdit::setMarkedLines(const QSet<int>& lines) {
  marked_ = lines;
  gutter_->update();
}

// Room for the dot and at least three digits, so the text does not jump
// sideways while a short file grows past line 99.
int CodeEdit::gutterWidth() const {
  const int digits = static_cast<int>(QString::number(std::max(1, blockCount())).size());
  return 20 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void CodeEdit::updateMargins() { setViewportMargins(gutterWidth(), 0, 0, 0); }

void CodeEdit::resizeEvent(QResizeEvent* e) {
  QPlainTextEdit::resizeEvent(e);
  const QRect cr = contentsRect();
  gutter_->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeEdit::paintGutter(const QRect& rect) {
  QPainter p(gutter_);
  p.fillRect(rect, palette().color(QPalette::AlternateBase));
  QTextBlock block = firstVisibleBlock();
  int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
  const int lineH = fontMetrics().height();
  while (block.isValid() && top <= rect.bottom()) {
    const int bottom = top + qRound(blockBoundingRect(block).height());
    if (block.isVisible() && bottom >= rect.top()) {
      const int line = block.blockNumber() + 1;
      if (marked_.contains(line)) {
        // A dot: the mark stays visible when the text is scrolled sideways.
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(fsui::okabeIto(fsui::OkabeIto::Vermillion));
        const int d = std::max(6, lineH / 2);
        p.drawEllipse(4, top + (lineH - d) / 2, d, d);
      }
      p.setPen(palette().color(QPalette::PlaceholderText));
      p.drawText(0, top, gutter_->width() - 4, lineH, Qt::AlignRight, QString::number(line));
    }
    block = block.next();
    top = bottom;
  }
}

} // namespace fsui
