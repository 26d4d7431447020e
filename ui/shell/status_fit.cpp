// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/status_fit.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>

namespace fsui {
namespace {

int textWidth(const QLabel* l, const QString& text) {
  const QMargins m = l->contentsMargins();
  return l->fontMetrics().horizontalAdvance(text) + m.left() + m.right();
}

// Room QStatusBar keeps around and between its widgets (its layout's margins
// and spacing, the message's indent): generous, so a message never touches
// the first label.
constexpr int kSlackPerWidget = 12;

} // namespace

StatusFit::StatusFit(QStatusBar* bar, QList<QLabel*> others, QLabel* outcome)
    : QObject(bar), bar_(bar), others_(std::move(others)), outcome_(outcome) {
  bar_->installEventFilter(this);
  connect(bar_, &QStatusBar::messageChanged, this, [this] { refit(); });
}

void StatusFit::setOutcome(const QString& full, const QString& compact) {
  full_ = full;
  compact_ = compact;
  refit();
}

void StatusFit::refit() {
  const QString message = bar_->currentMessage();
  bool fits = true;
  if (!message.isEmpty()) {
    int used = bar_->fontMetrics().horizontalAdvance(message) +
               kSlackPerWidget * static_cast<int>(others_.size() + 2);
    for (const QLabel* l : others_) used += textWidth(l, l->text());
    fits = used + textWidth(outcome_, full_) <= bar_->width();
  }
  const QString& text = fits ? full_ : compact_;
  if (outcome_->text() != text) outcome_->setText(text);
  outcome_->setToolTip(fits ? QString() : full_);
}

bool StatusFit::eventFilter(QObject* watched, QEvent* e) {
  if (watched == bar_ && (e->type() == QEvent::Resize || e->type() == QEvent::FontChange)) refit();
  return QObject::eventFilter(watched, e);
}

} // namespace fsui
