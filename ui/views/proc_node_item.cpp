// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/proc_node_item.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include "ui/common/theme.h"

namespace fsui {

namespace {
QPainterPath octagon(const QRectF& r, qreal cut) {
  QPainterPath p;
  p.moveTo(r.left() + cut, r.top());
  p.lineTo(r.right() - cut, r.top());
  p.lineTo(r.right(), r.top() + cut);
  p.lineTo(r.right(), r.bottom() - cut);
  p.lineTo(r.right() - cut, r.bottom());
  p.lineTo(r.left() + cut, r.bottom());
  p.lineTo(r.left(), r.bottom() - cut);
  p.lineTo(r.left(), r.top() + cut);
  p.closeSubpath();
  return p;
}
} // namespace

ProcNodeItem::ProcNodeItem(const ProcNodeData& data) : data_(data) {
  anim_.setDuration(350);
  anim_.setEasingCurve(QEasingCurve::InOutCubic);
  connect(&anim_, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
    setPos(v.toPointF());
    Q_EMIT moved();
  });
  setToolTip(label());
  updateWidth();
  setFlag(ItemIsSelectable); // the Program view shows the selected process's program
}

void ProcNodeItem::setData(const ProcNodeData& data) {
  if (data == data_) return;
  data_ = data;
  setToolTip(label() + QLatin1Char('\n') + data_.stateText + QLatin1Char('\n') + data_.detail +
             (data_.sharing[0] >= 0
                  ? tr("\nChips: filled = shared with the parent, dashed = copied")
                  : QString()));
  updateWidth();
  update();
}

void ProcNodeItem::setShowSharing(bool on) {
  if (on == showSharing_) return;
  prepareGeometryChange();
  showSharing_ = on;
  updateWidth();
}

void ProcNodeItem::setGhostAge(int age) {
  const bool wasGhost = isGhost();
  ghostAge_ = age;
  if (wasGhost != isGhost()) updateWidth();
  setOpacity(age > 0 ? std::max(0.15, 0.6 - 0.08 * age) : 1.0);
  update();
}

void ProcNodeItem::moveTo(const QPointF& target, bool animate) {
  if (target == target_ && (anim_.state() == QAbstractAnimation::Running || pos() == target))
    return;
  target_ = target;
  anim_.stop();
  if (!animate || pos() == target) {
    setPos(target);
    Q_EMIT moved();
    return;
  }
  anim_.setStartValue(pos());
  anim_.setEndValue(target);
  anim_.start();
}

// The dark theme's colours, unless the tree is drawn on paper (theme.h).
bool ProcNodeItem::dark() const {
  const QGraphicsScene* s = scene();
  return paintsDark(s && !s->views().isEmpty() ? s->views().constFirst() : nullptr);
}

QColor ProcNodeItem::fillColor() const {
  return stateFill(isGhost() ? VisualState::Ghost : data_.state, dark());
}

QString ProcNodeItem::label() const {
  return QStringLiteral("%1 %2").arg(data_.pid).arg(data_.name);
}

qreal ProcNodeItem::titlePointSize() { return Theme::instance().presenter() ? 11.5 : 11; }
qreal ProcNodeItem::textPointSize() { return Theme::instance().presenter() ? 10 : 8.5; }
qreal ProcNodeItem::badgePointSize() { return Theme::instance().presenter() ? 10 : 7.5; }

namespace {
constexpr const char* kSharingNames[6] = {QT_TRANSLATE_NOOP("fsui::ProcNodeItem", "p_lock"),
                                          QT_TRANSLATE_NOOP("fsui::ProcNodeItem", "vm"),
                                          QT_TRANSLATE_NOOP("fsui::ProcNodeItem", "files"),
                                          QT_TRANSLATE_NOOP("fsui::ProcNodeItem", "cwd"),
                                          QT_TRANSLATE_NOOP("fsui::ProcNodeItem", "limits"),
                                          QT_TRANSLATE_NOOP("fsui::ProcNodeItem", "sigacts")};
// The card's font: the application's, as presenter mode's style sheet weights it.
QFont cardFont(qreal pt, bool bold) {
  QFont f;
  f.setPointSizeF(pt);
  f.setWeight(bold ? QFont::Bold : Theme::instance().presenter() ? QFont::DemiBold : QFont::Normal);
  return f;
}
} // namespace

QString ProcNodeItem::stateLine() const {
  if (isGhost()) return tr("reaped");
  if (!data_.stateLine.isEmpty()) return data_.stateLine;
  return visualStateName(data_.state) + QStringLiteral(" · ") + data_.stateText;
}

QVector<ProcNodeItem::Badge> ProcNodeItem::badges() const {
  QVector<Badge> out;
  if (data_.cpu >= 0) out.push_back({tr("CPU %1").arg(data_.cpu), cpuColor(data_.cpu)});
  if (data_.traced) out.push_back({tr("traced"), okabe_ito::Vermillion});
  if (data_.vforkWaiting) out.push_back({tr("vfork wait"), okabe_ito::ReddishPurple});
  if (data_.stopFork) out.push_back({tr("stopfork"), okabe_ito::Yellow});
  out.push_back({tr("uid %1").arg(data_.uid), QColor(0x80, 0x80, 0x80)});
  return out;
}

namespace {
qreal badgeHeight() { return Theme::instance().presenter() ? 17 : 14; }
} // namespace

QVector<QRectF> ProcNodeItem::badgeRects(qreal width) const {
  const QFontMetricsF fm(cardFont(badgePointSize(), true));
  const qreal bh = badgeHeight();
  const bool wrap = Theme::instance().presenter(); // elsewhere one row, as it always was
  QVector<QRectF> out;
  qreal x = 6;
  int row = 0;
  const QVector<Badge> all = namesOnly_ && data_.cpu >= 0 ? badges().mid(0, 1) : badges();
  for (const Badge& b : all) {
    const qreal w = fm.horizontalAdvance(b.text) + 10;
    if (wrap && x > 6 && x + w > width - 4) { // the next row up
      x = 6;
      ++row;
    }
    out.push_back(QRectF(x, row, w, bh)); // y: the row, for now
    x += w + 4;
  }
  // The first row on top, read before the next.
  const int rows = out.isEmpty() ? 0 : static_cast<int>(out.last().y()) + 1;
  for (QRectF& r : out) r.moveTop(-(2 + bh) - (rows - 1 - r.y()) * (bh + 3));
  return out;
}

void ProcNodeItem::setNamesOnly(bool on) {
  if (on == namesOnly_) return;
  namesOnly_ = on;
  updateWidth();
  update();
}

void ProcNodeItem::setShapeOnly(bool on) {
  if (on == shapeOnly_) return;
  shapeOnly_ = on;
  update();
}

void ProcNodeItem::updateWidth() {
  qreal w = Width, h = Height;
  if (Theme::instance().presenter()) {
    // As wide as the longest line (title, state, detail), within bounds: a
    // narrow card lets more of a wide tree fit a projector. The badges take
    // a second row rather than widen the card much.
    const QFontMetricsF title(cardFont(titlePointSize(), true));
    const QFontMetricsF text(cardFont(textPointSize(), false));
    const QFontMetricsF badge(cardFont(badgePointSize(), true));
    const QVector<Badge> all = badges();
    qreal widest = title.horizontalAdvance(label()) + 16 + 2;
    if (namesOnly_) {
      if (data_.cpu >= 0 && !isGhost())
        widest += badge.horizontalAdvance(all.front().text) + 10 + 6;
    } else {
      widest = std::max({widest, text.horizontalAdvance(stateLine()) + 18,
                         text.horizontalAdvance(data_.detail) + 18,
                         text.horizontalAdvance(data_.lwpLine) + 18});
    }
    qreal row = 6 + 4, widestBadge = 0;
    if (!isGhost() && !namesOnly_)
      for (const Badge& b : all) {
        row += badge.horizontalAdvance(b.text) + 10 + 4;
        widestBadge = std::max(widestBadge, badge.horizontalAdvance(b.text) + 10 + 6 + 4);
      }
    w = std::max(widest, row <= widest * 1.15 ? row : widestBadge);
    if (showSharing_ && data_.sharing[0] >= 0) { // three chips a row, each name whole
      const QFontMetricsF chip(cardFont(badgePointSize(), true));
      qreal widestChip = 0;
      for (const char* n : kSharingNames)
        widestChip = std::max(widestChip, chip.horizontalAdvance(tr(n)));
      w = std::max(w, 3 * (widestChip + 6) + 2 * 3);
    }
    w = std::clamp(w, namesOnly_ ? 40.0 : kMinPresenterWidth, kMaxPresenterWidth);
    w = std::ceil(w / 2) * 2; // whole pixels either side of the centre
    if (namesOnly_) {
      h = NamesHeight;
    } else if (!isGhost()) {
      const QVector<QRectF> rects = badgeRects(w);
      if (!rects.isEmpty()) h += -rects.first().top() - (2 + badgeHeight());
    }
  }
  if (!namesOnly_ && !data_.lwpLine.isEmpty()) h += LwpLineHeight;
  if (w == width_ && h == height_) return;
  prepareGeometryChange();
  width_ = w;
  height_ = h;
}

QString ProcNodeItem::fitted(const QFont& f, const QString& s, qreal w) {
  const QString e = QFontMetricsF(f).elidedText(s, Qt::ElideRight, w);
  drawn_.push_back({s, e != s});
  return e;
}

qreal ProcNodeItem::bottomExtent() const {
  const bool chips = showSharing_ && !isGhost() && data_.sharing[0] >= 0;
  return height_ / 2 + (chips ? SharingHeight : 0);
}

QRectF ProcNodeItem::boundingRect() const {
  const qreal h = height_ + (showSharing_ ? SharingHeight : 0);
  return QRectF(-width_ / 2 - 6, -height_ / 2 - 10, width_ + 12, h + 20);
}

void ProcNodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  const Theme& theme = Theme::instance();
  const bool dark = this->dark();
  const qreal lw = theme.lineScale();
  const VisualState vs = isGhost() ? VisualState::Ghost : data_.state;
  const QRectF card(-width_ / 2, -height_ / 2, width_, height_);
  p->setRenderHint(QPainter::Antialiasing);
  drawn_.clear();

  QPainterPath shape;
  if (vs == VisualState::Stopped)
    shape = octagon(card, 14); // a stop sign
  else if (vs == VisualState::Zombie || vs == VisualState::Ghost)
    shape.addRoundedRect(card, 30, 30); // soft, ghostly
  else
    shape.addRoundedRect(card, 8, 8);

  p->fillPath(shape, fillColor());
  QPen border(stateBorder(vs, dark), (vs == VisualState::Running ? 4 : 2) * lw);
  if (vs == VisualState::Running && data_.cpu >= 0) border.setColor(cpuColor(data_.cpu));
  if (vs == VisualState::Zombie || vs == VisualState::Ghost) border.setStyle(Qt::DashLine);
  if (vs == VisualState::Building) {
    // Not yet a process anyone can see: the whole outline is dashed. The
    // dash pattern is set in pixels-per-pen-width units and the path is
    // stroked as one closed subpath, so the dashes run evenly all the way
    // round (no solid stretch, whatever the card's size or the line scale).
    border.setStyle(Qt::CustomDashLine);
    border.setDashPattern({4, 3});
    border.setCapStyle(Qt::FlatCap);
  }
  p->strokePath(shape, border);
  if (isSelected()) { // the process whose program the Program view shows
    // Solid: dashed outlines already mean "being built" and "zombie".
    QPen sel(QGuiApplication::palette().color(QPalette::Highlight), 3 * lw);
    p->setPen(sel);
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(card.adjusted(-4.5, -4.5, 4.5, 4.5), 11, 11);
  }
  if (vs == VisualState::Building) {
    // How far fork1 has built the child: a bar along the card's inner top,
    // above the title (the badges take the bottom).
    const qreal h = 2.5 * lw;
    const QRectF track(card.left() + 8, card.top() + 2.5, card.width() - 16, h);
    p->fillRect(track, dark ? QColor(0x50, 0x50, 0x50) : QColor(0xdd, 0xdd, 0xdd));
    p->fillRect(QRectF(track.topLeft(),
                       QSizeF(track.width() * std::clamp<qreal>(data_.buildProgress, 0.0, 1.0), h)),
                stateBorder(vs, dark));
  }

  if (shapeOnly_) return;
  const QColor text = textOn(fillColor());
  const bool big = theme.presenter();
  QFont f = cardFont(titlePointSize(), true);
  p->setFont(f);
  p->setPen(text);
  // 1 unit of slack: widths measured in fractions, drawn in whole pixels.
  if (namesOnly_) {
    const QRectF title(card.left() + 8, card.top(), card.width() - 15, card.height());
    p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter, fitted(f, label(), title.width()));
    if (!isGhost() && data_.cpu >= 0) paintBadges(p, card);
    return;
  }
  const QRectF title(card.left() + 8, card.top() + (big ? 2 : 4), card.width() - 15, 22);
  p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter, fitted(f, label(), title.width()));
  f = cardFont(textPointSize(), false);
  p->setFont(f);
  const QRectF line2(card.left() + 8, card.top() + (big ? 23 : 25), card.width() - 15, 16);
  p->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, fitted(f, stateLine(), line2.width()));
  const QRectF line3(card.left() + 8, card.top() + (big ? 39 : 40), card.width() - 15,
                     big ? 16 : 14);
  // A card too narrow for the whole detail says it the short way before it elides.
  const bool roomy = data_.detailShort.isEmpty() ||
                     QFontMetricsF(f).horizontalAdvance(data_.detail) <= line3.width();
  p->drawText(line3, Qt::AlignLeft | Qt::AlignVCenter,
              fitted(f, roomy ? data_.detail : data_.detailShort, line3.width()));
  if (!data_.lwpLine.isEmpty()) {
    const QRectF line4(line3.translated(0, LwpLineHeight));
    const bool fits = data_.lwpLineShort.isEmpty() ||
                      QFontMetricsF(f).horizontalAdvance(data_.lwpLine) <= line4.width();
    p->drawText(line4, Qt::AlignLeft | Qt::AlignVCenter,
                fitted(f, fits ? data_.lwpLine : data_.lwpLineShort, line4.width()));
  }
  if (!isGhost()) paintBadges(p, card);
  if (showSharing_ && !isGhost()) paintSharing(p, card);
}

void ProcNodeItem::paintBadges(QPainter* p, const QRectF& card) {
  const QFont f = cardFont(badgePointSize(), true);
  p->setFont(f);
  const QVector<Badge> all = badges();
  const QVector<QRectF> rects = badgeRects(card.width());
  for (int i = 0; i < rects.size(); ++i) {
    const Badge& b = all[i];
    QRectF r = rects[i].translated(card.left(), card.bottom());
    if (namesOnly_) // beside the name, right-aligned
      r.moveTo(card.right() - r.width() - 6, card.center().y() - r.height() / 2);
    if (r.right() > card.right() - 4 + 0.01) { // no room: dropped, and said so
      drawn_.push_back({b.text, true});
      continue;
    }
    drawn_.push_back({b.text, false});
    p->setPen(Qt::NoPen);
    p->setBrush(b.color);
    p->drawRoundedRect(r, 7, 7);
    p->setPen(textOn(b.color));
    p->drawText(r, Qt::AlignCenter, b.text);
  }
}

void ProcNodeItem::paintSharing(QPainter* p, const QRectF& card) {
  if (data_.sharing[0] < 0) return;
  const QFont f = cardFont(Theme::instance().presenter() ? badgePointSize() : 7, true);
  p->setFont(f);
  // Two rows of three, so the names stay readable at the card's width.
  const qreal gap = 3, rowH = (SharingHeight - 4) / 2 - gap;
  const qreal w = (card.width() - 2 * gap) / 3;
  for (int i = 0; i < 6; ++i) {
    const QRectF r(card.left() + (i % 3) * (w + gap), card.bottom() + 4 + (i / 3) * (rowH + gap), w,
                   rowH);
    const bool shared = data_.sharing[static_cast<size_t>(i)] == 1;
    p->setPen(QPen(shared ? okabe_ito::BluishGreen : QColor(0x90, 0x90, 0x90),
                   1.5 * Theme::instance().lineScale(), shared ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(shared ? okabe_ito::BluishGreen : Qt::transparent);
    p->drawRoundedRect(r, 4, 4);
    p->setPen(shared ? Qt::white : (dark() ? Qt::lightGray : Qt::darkGray));
    p->drawText(r, Qt::AlignCenter, fitted(f, tr(kSharingNames[i]), r.width() - 2));
  }
}

} // namespace fsui
