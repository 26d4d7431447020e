// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proc_node_item.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include "ui/theme.h"

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
  setFlag(ItemIsSelectable); // the Program view shows the selected process's program
}

void ProcNodeItem::setData(const ProcNodeData& data) {
  if (data == data_) return;
  data_ = data;
  setToolTip(label() + QLatin1Char('\n') + data_.stateText + QLatin1Char('\n') + data_.detail +
             (data_.sharing[0] >= 0
                  ? tr("\nChips: filled = shared with the parent, dashed = copied")
                  : QString()));
  update();
}

void ProcNodeItem::setShowSharing(bool on) {
  if (on == showSharing_) return;
  prepareGeometryChange();
  showSharing_ = on;
}

void ProcNodeItem::setGhostAge(int age) {
  ghostAge_ = age;
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

QColor ProcNodeItem::fillColor() const {
  return stateFill(isGhost() ? VisualState::Ghost : data_.state, Theme::instance().dark());
}

QString ProcNodeItem::label() const {
  return QStringLiteral("%1 %2").arg(data_.pid).arg(data_.name);
}

qreal ProcNodeItem::titlePointSize() { return Theme::instance().presenter() ? 11.5 : 11; }
qreal ProcNodeItem::textPointSize() { return Theme::instance().presenter() ? 10 : 8.5; }
qreal ProcNodeItem::badgePointSize() { return Theme::instance().presenter() ? 10 : 7.5; }

qreal ProcNodeItem::bottomExtent() const {
  const bool chips = showSharing_ && !isGhost() && data_.sharing[0] >= 0;
  return Height / 2 + (chips ? SharingHeight : 0);
}

QRectF ProcNodeItem::boundingRect() const {
  const qreal h = Height + (showSharing_ ? SharingHeight : 0);
  return QRectF(-Width / 2 - 6, -Height / 2 - 10, Width + 12, h + 20);
}

void ProcNodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  const Theme& theme = Theme::instance();
  const bool dark = theme.dark();
  const qreal lw = theme.lineScale();
  const VisualState vs = isGhost() ? VisualState::Ghost : data_.state;
  const QRectF card(-Width / 2, -Height / 2, Width, Height);
  p->setRenderHint(QPainter::Antialiasing);

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

  const QColor text = textOn(fillColor());
  QFont f = p->font();
  const bool big = theme.presenter();
  f.setPointSizeF(titlePointSize());
  f.setBold(true);
  p->setFont(f);
  p->setPen(text);
  const QRectF title(card.left() + 8, card.top() + (big ? 2 : 4), card.width() - 16, 22);
  p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetricsF(f).elidedText(label(), Qt::ElideRight, title.width()));
  f.setBold(false);
  f.setPointSizeF(textPointSize());
  p->setFont(f);
  const QRectF line2(card.left() + 8, card.top() + (big ? 23 : 25), card.width() - 16, 16);
  p->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetricsF(f).elidedText(isGhost() ? tr("reaped")
                                                    : visualStateName(vs) + QStringLiteral(" · ") +
                                                          data_.stateText,
                                          Qt::ElideRight, line2.width()));
  const QRectF line3(card.left() + 8, card.top() + (big ? 39 : 40), card.width() - 16,
                     big ? 16 : 14);
  p->drawText(line3, Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetricsF(f).elidedText(data_.detail, Qt::ElideRight, line3.width()));
  if (!isGhost()) paintBadges(p, card);
  if (showSharing_ && !isGhost()) paintSharing(p, card);
}

void ProcNodeItem::paintBadges(QPainter* p, const QRectF& card) {
  struct Badge {
    QString text;
    QColor color;
  };
  QVector<Badge> badges;
  if (data_.cpu >= 0) badges.push_back({tr("CPU %1").arg(data_.cpu), cpuColor(data_.cpu)});
  if (data_.traced) badges.push_back({tr("traced"), okabe_ito::Vermillion});
  if (data_.vforkWaiting) badges.push_back({tr("vfork wait"), okabe_ito::ReddishPurple});
  if (data_.stopFork) badges.push_back({tr("stopfork"), okabe_ito::Yellow});
  badges.push_back({tr("uid %1").arg(data_.uid), QColor(0x80, 0x80, 0x80)});
  QFont f = p->font();
  f.setPointSizeF(badgePointSize());
  f.setBold(true);
  p->setFont(f);
  const QFontMetricsF fm(f);
  const qreal bh = Theme::instance().presenter() ? 17 : 14;
  qreal x = card.left() + 6;
  const qreal y = card.bottom() - bh - 2;
  for (const Badge& b : badges) {
    const qreal w = fm.horizontalAdvance(b.text) + 10;
    if (x + w > card.right() - 4) break;
    const QRectF r(x, y, w, bh);
    p->setPen(Qt::NoPen);
    p->setBrush(b.color);
    p->drawRoundedRect(r, 7, 7);
    p->setPen(textOn(b.color));
    p->drawText(r, Qt::AlignCenter, b.text);
    x += w + 4;
  }
}

void ProcNodeItem::paintSharing(QPainter* p, const QRectF& card) {
  static const char* names[6] = {QT_TR_NOOP("p_lock"), QT_TR_NOOP("vm"),     QT_TR_NOOP("files"),
                                 QT_TR_NOOP("cwd"),    QT_TR_NOOP("limits"), QT_TR_NOOP("sigacts")};
  if (data_.sharing[0] < 0) return;
  QFont f = p->font();
  f.setPointSizeF(Theme::instance().presenter() ? badgePointSize() : 7);
  f.setBold(true);
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
    p->setPen(shared ? Qt::white : (Theme::instance().dark() ? Qt::lightGray : Qt::darkGray));
    p->drawText(r, Qt::AlignCenter, tr(names[i]));
  }
}

} // namespace fsui
