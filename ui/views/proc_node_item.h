// SPDX-License-Identifier: GPL-3.0-or-later
// One process in the process tree: a card whose fill and outline say its
// state, with badges for what the kernel flags on it (traced, vfork-waiting,
// stop-on-fork, uid, CPU) and optional "sharing" chips that show which
// objects it shares with its parent. Its position glides when it moves.
#pragma once
#include <QGraphicsObject>
#include <QVariantAnimation>
#include <array>

#include "ui/common/state_colors.h"

namespace fsui {

struct ProcNodeData {
  int pid = -1;
  int serial = 0;
  QString name;
  VisualState state = VisualState::Runnable;
  QString stateText;    // "SACTIVE · LSONPROC"
  QString stateLine;    // the card's second line when set ("running · LSONPROC")
  QString detail;       // what it waits on, or the kernel function it is in
  QString detailShort;  // the same, as presenter mode words it ("fork1:511"), for a narrow card
  QString lwpLine;      // several LWPs: each one's lid and state ("LWP 2 on CPU 0 · LWP 3 asleep")
  QString lwpLineShort; // the same, shorter ("LWPs 2 CPU 0 · 3 asleep"), for a narrow card
  int cpu = -1;         // CPU it runs on, -1 = not running
  int uid = 0;
  bool traced = false, vforkWaiting = false, stopFork = false;
  qreal buildProgress = 1.0; // SIDL: how far fork1 has built it (0..1)
  // Sharing with the parent: p_lock, vmspace, files, cwd, limits, sigacts.
  // -1 = no parent to compare with, 0 = copied, 1 = shared.
  std::array<int, 6> sharing{-1, -1, -1, -1, -1, -1};
  bool operator==(const ProcNodeData&) const = default;
};

class ProcNodeItem : public QGraphicsObject {
  Q_OBJECT
public:
  // Width: a card outside presenter mode. Presenter mode sizes each card to
  // its text (cardWidth()), so the tree view can pack narrow cards and never
  // elide what a card says.
  static constexpr qreal Width = 190, Height = 74, SharingHeight = 44;
  static constexpr qreal kMinPresenterWidth = 100, kMaxPresenterWidth = 360;
  // Point sizes of the card's text, in scene units (the view scales them).
  // Presenter mode draws the small lines larger, so that the tree view can
  // keep every text at 18 pixels or more without zooming the cards huge.
  static qreal titlePointSize();
  static qreal textPointSize();  // the state and detail lines
  static qreal badgePointSize(); // badges and sharing chips: the smallest text

  explicit ProcNodeItem(const ProcNodeData& data);
  const ProcNodeData& data() const { return data_; }
  void setData(const ProcNodeData& data);
  void setShowSharing(bool on);
  // Ghosts are reaped processes kept briefly, fading out.
  void setGhostAge(int age);
  int ghostAge() const { return ghostAge_; }
  bool isGhost() const { return ghostAge_ > 0; }
  void moveTo(const QPointF& target, bool animate);
  QPointF targetPos() const { return target_; }
  QColor fillColor() const;
  bool dark() const;
  QString label() const; // "3 sh"
  // Height below the card's centre where edges to children start.
  qreal bottomExtent() const;
  qreal cardWidth() const { return width_; }
  // Height, taller with an LWP line or a second row of badges.
  qreal cardHeight() const { return height_; }
  // Presenter mode, a tree too big for full cards: the card shows its name
  // (and CPU) only; the rest is in its tooltip.
  void setNamesOnly(bool on);
  bool namesOnly() const { return namesOnly_; }
  static constexpr qreal NamesHeight = 32;
  static constexpr qreal LwpLineHeight = 15; // the fourth line of a threaded process's card
  // Presenter mode, a tree shown whole below 18-pixel text: the card draws
  // its shape and colours only (text that small is noise from the back row);
  // the tree view names the process of interest in a readable label.
  void setShapeOnly(bool on);
  bool shapeOnly() const { return shapeOnly_; }

  // What the last paint() drew, for tests: each text and whether it was elided.
  struct DrawnText {
    QString text;
    bool elided = false;
  };
  const QList<DrawnText>& drawnTexts() const { return drawn_; }

  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;

Q_SIGNALS:
  void moved();

private:
  void paintBadges(QPainter* p, const QRectF& card);
  void paintSharing(QPainter* p, const QRectF& card);
  QString stateLine() const;
  struct Badge {
    QString text;
    QColor color;
  };
  QVector<Badge> badges() const;
  void updateWidth();
  // The badges' rows at the card's width: each badge's rect, relative to the
  // card's bottom-left corner (y grows upwards, one row per 20 units).
  QVector<QRectF> badgeRects(qreal width) const;
  // The text `s` in `w` scene units, elided if it must be; noted in drawn_.
  QString fitted(const QFont& f, const QString& s, qreal w);
  ProcNodeData data_;
  qreal width_ = Width;
  qreal height_ = Height;
  bool namesOnly_ = false;
  bool shapeOnly_ = false;
  QList<DrawnText> drawn_;
  bool showSharing_ = false;
  int ghostAge_ = 0;
  QPointF target_;
  QVariantAnimation anim_;
};

} // namespace fsui
