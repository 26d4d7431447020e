// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/proc_tree_view.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <cmath>

#include "core/state/names.h"
#include "core/trace/step_facts.h"
#include "ui/common/kstate_text.h"
#include "ui/common/theme.h"
#include "ui/views/tree_edge_route.h"

namespace fsui {

namespace {
// Presenter mode packs the cards closer: the tree must fit a projector at a
// scale that keeps its text at 18 pixels.
qreal columnGap() { return Theme::instance().presenter() ? 18 : 28; }
qreal rowGap() { return Theme::instance().presenter() ? 40 : 64; }
constexpr qreal kOutlineGap = 14;
} // namespace

ProcTreeView::ProcTreeView(QWidget* parent) : QGraphicsView(parent) {
  setScene(&scene_);
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  setAlignment(Qt::AlignHCenter | Qt::AlignTop);
  setObjectName(QStringLiteral("procTree"));
  overviewNote_ = new QLabel(this);
  overviewNote_->setObjectName(QStringLiteral("treeOverviewNote"));
  overviewNote_->setWordWrap(true);
  overviewNote_->setAutoFillBackground(true);
  overviewNote_->setMargin(4);
  overviewNote_->hide();
  overviewLabel_ = new QLabel(this);
  overviewLabel_->setObjectName(QStringLiteral("treeOverviewLabel"));
  overviewLabel_->setAutoFillBackground(true);
  overviewLabel_->setFrameShape(QFrame::Box);
  overviewLabel_->setMargin(3);
  overviewLabel_->setAttribute(Qt::WA_TransparentForMouseEvents);
  overviewLabel_->hide();
  // The label follows its card when the teacher drags the zoomed tree.
  for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()})
    connect(bar, &QScrollBar::valueChanged, this, &ProcTreeView::placeOverviewLabel);
  setAccessibleName(tr("Process tree"));
  connect(&scene_, &QGraphicsScene::selectionChanged, this, [this] {
    placeOverviewLabel();
    Q_EMIT selectedPidChanged(selectedPid());
  });
  auto followMode = [this] {
    userZoom_ = 1;
    // A projector has no room for scroll bars: the tree fits, or the user
    // zooms and drags it.
    const bool presenter = Theme::instance().presenter();
    setHorizontalScrollBarPolicy(presenter ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(presenter ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setDragMode(presenter ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
  };
  followMode();
  connect(&Theme::instance(), &Theme::changed, this, [this, followMode] {
    followMode();
    relayout(false); // presenter mode spaces the cards differently
    scene_.update();
  });
}

int ProcTreeView::selectedPid() const {
  for (QGraphicsItem* i : scene_.selectedItems())
    if (auto* n = dynamic_cast<ProcNodeItem*>(i)) return n->data().pid;
  return -1;
}

void ProcTreeView::selectPid(int pid) {
  scene_.clearSelection();
  if (ProcNodeItem* n = nodeForPid(pid)) n->setSelected(true);
}

void ProcTreeView::setState(const fs::KernelState& s, const std::vector<CpuStep>& cpuSteps) {
  cpuSteps_ = cpuSteps;
  const bool forward = s.steps > lastSteps_;
  const bool smallStep = forward ? s.steps - lastSteps_ <= 2 : lastSteps_ - s.steps <= 2;
  const quint64 advanced = forward ? s.steps - lastSteps_ : 0;
  lastSteps_ = s.steps;

  QSet<TreeNodeKey> present;
  parentOf_.clear();
  realParentOf_.clear();
  auto keyOfPid = [&s](int pid) {
    const fs::Proc* q = s.proc(pid);
    return q ? TreeNodeKey{q->pid, q->serial} : TreeNodeKey{};
  };
  for (const fs::Proc& p : s.procs) {
    if (!p.alive()) continue;
    const TreeNodeKey key{p.pid, p.serial};
    present.insert(key);
    parentOf_.insert(key, keyOfPid(p.pptr));
    if (p.ppid != p.pptr && p.ppid >= 0) realParentOf_.insert(key, keyOfPid(p.ppid));
    ProcNodeItem*& item = nodes_[key];
    if (!item) {
      item = new ProcNodeItem(describe(s, p));
      item->setShowSharing(showSharing_);
      scene_.addItem(item);
      connect(item, &ProcNodeItem::moved, this, &ProcTreeView::nodeMoved);
    } else {
      item->setData(describe(s, p));
      item->setGhostAge(0);
    }
  }
  // Cards whose process is gone: stepping forward a little turns them into
  // ghosts that fade over a few steps; any other move removes them, so a
  // state always looks the same however it was reached (except for ghosts).
  for (auto it = nodes_.begin(); it != nodes_.end();) {
    if (present.contains(it.key())) {
      ++it;
      continue;
    }
    ProcNodeItem* item = it.value();
    const int age = item->ghostAge() + static_cast<int>(advanced);
    if (forward && smallStep && age <= kGhostSteps) {
      item->setGhostAge(std::max(1, age));
      ++it;
    } else {
      scene_.removeItem(item);
      item->deleteLater();
      it = nodes_.erase(it);
    }
  }
  relayout(animate_ && smallStep);
}

// The outline's step right per generation: less for name-only cards.
qreal ProcTreeView::indent() const { return namesOnly_ ? 28 : 32; }

void ProcTreeView::relayout(bool animate) {
  struct Candidate {
    SizedLayout layout;
    qreal scale = 0;
    Arrangement arrangement = Arrangement::TopDown;
    bool namesOnly = false;
  };
  const bool presenter = Theme::instance().presenter();
  // As fit() will find it: the cards' bounding rects reach 6 units beyond
  // their sides and 10 above and below, and the scene has a margin of 6.
  auto scaleFor = [this](const SizedLayout& l) {
    return std::min(viewport()->width() / (l.width + 12 + 12),
                    viewport()->height() / (l.height + 20 + 12));
  };
  // The tree top-down, else as an outline in one column or as few more as it
  // takes to fit at 18 px; of those that do not, the one that shrinks least.
  auto arrange = [&](bool namesOnly) {
    for (ProcNodeItem* n : std::as_const(nodes_)) n->setNamesOnly(namesOnly);
    namesOnly_ = namesOnly;
    QVector<TreeLayoutInput> in;
    for (auto it = nodes_.begin(); it != nodes_.end(); ++it) {
      TreeLayoutInput n;
      n.key = it.key();
      n.parent = parentOf_.value(it.key(), TreeNodeKey{});
      n.order = it.value()->data().serial;
      n.width = it.value()->cardWidth();
      n.height = it.value()->cardHeight() + (showSharing_ ? ProcNodeItem::SharingHeight : 0);
      in.push_back(n);
    }
    Candidate best;
    best.namesOnly = namesOnly;
    best.layout = layoutTreeSized(in, columnGap(), rowGap());
    best.scale = scaleFor(best.layout);
    if (!presenter || nodes_.size() < 2 || best.scale >= minimumScale()) return best;
    int lastRows = -1;
    for (int columns = 1; columns <= 6 && best.scale < minimumScale(); ++columns) {
      const SizedLayout o = layoutOutline(in, indent(), columns, 24, kOutlineGap);
      if (o.rows == lastRows) break; // no place left to break a column
      lastRows = o.rows;
      const qreal sc = scaleFor(o);
      if (sc > best.scale) best = {o, sc, Arrangement::Outline, namesOnly};
    }
    return best;
  };
  Candidate chosen = arrange(false);
  if (presenter && chosen.scale < minimumScale()) {
    // Too big for full cards: names only (details in the tooltips), which
    // is also the smaller, more legible overview of a tree that fits no way.
    const Candidate names = arrange(true);
    if (names.scale > chosen.scale)
      chosen = names;
    else
      arrange(false);
  }
  arrangement_ = chosen.arrangement;
  const qreal x0 = -chosen.layout.width / 2;
  // Every card that moves asks for new edges; rebuilding them for each card
  // made opening a 1,000-process run quadratic (issue #10). Once is enough.
  relayingOut_ = true;
  for (auto it = nodes_.begin(); it != nodes_.end(); ++it) {
    const QPointF c = chosen.layout.centre.value(it.key());
    const QPointF target(x0 + c.x(), c.y() + it.value()->cardHeight() / 2);
    const bool isNew = it.value()->targetPos().isNull() && it.value()->pos().isNull();
    it.value()->moveTo(target, animate && !isNew);
  }
  relayingOut_ = false;
  rebuildEdges();
  fit();
}

void ProcTreeView::nodeMoved() {
  if (relayingOut_ || edgeRebuildQueued_) return;
  // An animation frame moves every card: one rebuild after all of them.
  edgeRebuildQueued_ = true;
  QTimer::singleShot(0, this, [this] {
    edgeRebuildQueued_ = false;
    rebuildEdges();
  });
}

void ProcTreeView::rebuildEdges() {
  for (QGraphicsItem* e : std::as_const(edges_)) {
    scene_.removeItem(e);
    delete e;
  }
  edges_.clear();
  const Theme& theme = Theme::instance();
  const QColor normal = paintsDark(this) ? QColor(0xb0, 0xb8, 0xc0) : QColor(0x60, 0x68, 0x70);
  const qreal lw = 2 * theme.lineScale();
  const bool outline = arrangement_ == Arrangement::Outline;
  auto cardRect = [](const ProcNodeItem* n) {
    return QRectF(n->pos().x() - n->cardWidth() / 2, n->pos().y() - n->cardHeight() / 2,
                  n->cardWidth(), n->cardHeight() / 2 + n->bottomExtent());
  };
  QVector<OutlineColumn> columns;
  if (outline) {
    QVector<QRectF> cards;
    for (const ProcNodeItem* n : std::as_const(nodes_)) cards.push_back(cardRect(n));
    columns = outlineColumns(cards);
  }
  auto connectCards = [&](ProcNodeItem* from, ProcNodeItem* to, const QPen& pen) {
    QPainterPath path;
    if (outline) { // from under the parent's left part to the child's left side, in the gaps
      const QPointF a =
          from->pos() + QPointF(-from->cardWidth() / 2 + indent() / 2, from->bottomExtent());
      path = routeOutlineEdge(a, cardRect(from), cardRect(to), indent(), kOutlineGap, columns);
    } else {
      const QPointF a = from->pos() + QPointF(0, from->bottomExtent());
      const QPointF b = to->pos() - QPointF(0, to->cardHeight() / 2);
      path.moveTo(a);
      const qreal midY = (a.y() + b.y()) / 2;
      path.cubicTo(QPointF(a.x(), midY), QPointF(b.x(), midY), b);
    }
    auto* item = scene_.addPath(path, pen);
    item->setZValue(-1);
    item->setOpacity(std::min(from->opacity(), to->opacity()));
    edges_.push_back(item);
    return item;
  };
  for (auto it = nodes_.begin(); it != nodes_.end(); ++it) {
    ProcNodeItem* child = it.value();
    ProcNodeItem* parent = nodes_.value(parentOf_.value(it.key(), TreeNodeKey{}));
    auto real = realParentOf_.find(it.key());
    const bool debugged = real != realParentOf_.end();
    if (parent) {
      QPen pen(debugged ? okabe_ito::Vermillion : normal, lw);
      if (child->isGhost()) pen.setStyle(Qt::DotLine);
      auto* edge = connectCards(parent, child, pen);
      if (debugged) {
        auto* tag = new QGraphicsSimpleTextItem(tr("debugger"), edge);
        tag->setBrush(okabe_ito::Vermillion);
        tag->setPos(edge->path().pointAtPercent(0.5) + QPointF(6, -8));
      }
    }
    if (debugged) {
      if (ProcNodeItem* realParent = nodes_.value(real.value())) {
        QPen pen(normal, lw, Qt::DashLine);
        auto* edge = connectCards(realParent, child, pen);
        auto* tag = new QGraphicsSimpleTextItem(tr("real parent (p_ppid)"), edge);
        tag->setBrush(normal);
        tag->setPos(edge->path().pointAtPercent(0.5) + QPointF(6, -8));
      }
    }
  }
}

void ProcTreeView::refreshColours() {
  rebuildEdges();
  scene_.update();
  viewport()->update();
}

void ProcTreeView::setShowSharing(bool on) {
  showSharing_ = on;
  for (ProcNodeItem* n : std::as_const(nodes_)) n->setShowSharing(on);
  rebuildEdges();
  scene_.update();
  fit();
}

QList<ProcNodeItem*> ProcTreeView::liveNodes() const {
  QList<ProcNodeItem*> out;
  for (ProcNodeItem* n : nodes_)
    if (!n->isGhost()) out.push_back(n);
  return out;
}

QList<ProcNodeItem*> ProcTreeView::ghostNodes() const {
  QList<ProcNodeItem*> out;
  for (ProcNodeItem* n : nodes_)
    if (n->isGhost()) out.push_back(n);
  return out;
}

ProcNodeItem* ProcTreeView::nodeForPid(int pid) const {
  for (ProcNodeItem* n : nodes_)
    if (!n->isGhost() && n->data().pid == pid) return n;
  return nullptr;
}

void ProcTreeView::fit() {
  // The scene rect follows the final layout, not the animated positions, so
  // the view does not jitter while cards glide.
  QRectF bounds;
  for (ProcNodeItem* n : std::as_const(nodes_))
    bounds |= n->boundingRect().translated(n->targetPos());
  if (bounds.isEmpty()) return;
  const bool presenter = Theme::instance().presenter();
  const qreal margin = presenter ? 6 : 20; // a projector has no pixel to spare
  bounds.adjust(-margin, -margin, margin, margin);
  scene_.setSceneRect(bounds);
  const qreal maxScale = 1.4 * Theme::instance().fontScale();
  const qreal sx = viewport()->width() / bounds.width();
  const qreal sy = viewport()->height() / bounds.height();
  const qreal fitScale = std::min(sx, sy);
  qreal scale = std::clamp(fitScale, minimumScale(), std::max(maxScale, minimumScale()));
  // Presenter mode: a tree that does not fit at 18 px is shown whole, smaller
  // (what a class needs first is its shape), and says so; the teacher zooms in.
  overview_ = presenter && fitScale < minimumScale();
  if (overview_) { // under the tree (it is top-aligned), the note that says so
    overviewNote_->setText(noteText(0.5));
    placeNote();
    const qreal room = std::max(40, viewport()->height() - overviewNote_->height() - 4);
    scale = std::min(sx, room / bounds.height());
  }
  if (presenter) scale *= userZoom_;
  setTransform(QTransform::fromScale(scale, scale));
  // Text under 18 px is noise from the back row: the cards show their shape
  // and colours, and one readable label names the process of interest.
  const bool shapeOnly = presenter && scale < minimumScale() - 1e-6;
  for (ProcNodeItem* n : std::as_const(nodes_)) n->setShapeOnly(shapeOnly);
  if (overview_ || userZoom_ != 1) {
    overviewNote_->setText(noteText(scale / minimumScale()));
    placeNote();
    overviewNote_->show();
  } else {
    overviewNote_->hide();
  }
  // Too big to fit at the zoom used: the view scrolls, and keeps the card of
  // the process that just ran in the middle.
  QPointF centre(bounds.center().x(), bounds.top() + viewport()->height() / scale / 2);
  if (ProcNodeItem* focus = nodeForPid(focusPid_)) {
    if (bounds.width() * scale > viewport()->width()) centre.setX(focus->targetPos().x());
    if (bounds.height() * scale > viewport()->height()) centre.setY(focus->targetPos().y());
  }
  centerOn(centre);
  placeOverviewLabel();
}

void ProcTreeView::placeOverviewLabel() {
  // The scene going away resets the scroll bars after the cards are gone.
  if (!scene()) return;
  // The selected process, else the one that just ran, else the last one that
  // ran (a step on an idle CPU runs none).
  ProcNodeItem* card = nodeForPid(selectedPid());
  if (!card) card = nodeForPid(focusPid_);
  if (!card) card = nodeForPid(lastFocusPid_);
  if (!card) // else the one on the lowest-numbered CPU
    for (ProcNodeItem* n : std::as_const(nodes_))
      if (!n->isGhost() && n->data().cpu >= 0 && (!card || n->data().cpu < card->data().cpu))
        card = n;
  if (!card || !card->shapeOnly()) {
    overviewLeader_ = QLineF();
    return overviewLabel_->hide();
  }
  const ProcNodeData& d = card->data();
  overviewLabel_->setText(d.cpu >= 0 ? tr("%1 · CPU %2").arg(card->label()).arg(d.cpu)
                                     : card->label());
  overviewLabel_->adjustSize();
  // Beside the card, inside the view and above the note, covering no card.
  const QRect vp = viewport()->geometry();
  // Where the cards are going, not where their slide has got to: the label
  // is placed once per layout, and must fit the layout the slide ends in.
  auto onScreen = [&](ProcNodeItem* n) {
    return mapFromScene(n->boundingRect().translated(n->targetPos()))
        .boundingRect()
        .translated(vp.topLeft());
  };
  const QRect c = onScreen(card);
  const QSize s = overviewLabel_->size();
  const int bottom = overviewNote_->isVisible() ? overviewNote_->y() - 2 : vp.bottom();
  auto inside = [&](QPoint p) {
    return QRect(QPoint(std::clamp(p.x(), vp.left(), std::max(vp.left(), vp.right() - s.width())),
                        std::clamp(p.y(), vp.top(), std::max(vp.top(), bottom - s.height()))),
                 s);
  };
  // Searched within a few card heights of the card (a label far away names
  // nothing); only the cards there count.
  const QRect area = c.adjusted(-s.width() - 240, -s.height() - 240, 240, 240) &
                     QRect(QPoint(vp.left(), vp.top()), QPoint(vp.right(), bottom));
  QVector<QRect> others;
  for (ProcNodeItem* n : std::as_const(nodes_))
    if (n != card && n->isVisible())
      if (const QRect o = onScreen(n).adjusted(-3, -3, 3, 3); o.intersects(area))
        others.push_back(o);
  // Every place on an 8-pixel grid: the nearest one that covers no card wins
  // (cards are packed tightly in an overview, the gaps between them are not
  // always right beside the card); failing that, the one covering least.
  auto gap = [&](const QRect& r) {
    const int dx = std::max({0, r.left() - c.right(), c.left() - r.right()});
    const int dy = std::max({0, r.top() - c.bottom(), c.top() - r.bottom()});
    return std::hypot(double(dx), double(dy));
  };
  QRect best = inside({c.right() + 6, c.center().y() - s.height() / 2});
  double bestCost = -1;
  for (int y = area.top(); y <= area.bottom() - s.height(); y += 8)
    for (int x = area.left(); x <= area.right() - s.width(); x += 8) {
      const QRect r(QPoint(x, y), s);
      double cover =
          r.intersects(c) ? 4.0 * r.intersected(c).width() * r.intersected(c).height() : 0;
      for (const QRect& o : std::as_const(others))
        if (r.intersects(o)) cover += double(r.intersected(o).width()) * r.intersected(o).height();
      const double cost = cover * 1000 + gap(r);
      if (bestCost < 0 || cost < bestCost) best = r, bestCost = cost;
    }
  overviewLabel_->move(best.topLeft());
  overviewLabel_->show();
  overviewLabel_->raise();
  // Not right beside its card: a leader line says whose name it is.
  const QPoint lc = best.center();
  const QPoint onCard(std::clamp(lc.x(), c.left(), c.right()),
                      std::clamp(lc.y(), c.top(), c.bottom()));
  const QPoint onLabel(std::clamp(onCard.x(), best.left(), best.right()),
                       std::clamp(onCard.y(), best.top(), best.bottom()));
  const QLineF leader =
      gap(best) > 10 ? QLineF(onLabel - vp.topLeft(), onCard - vp.topLeft()) : QLineF();
  if (leader != overviewLeader_) {
    overviewLeader_ = leader;
    viewport()->update();
  }
}

void ProcTreeView::drawForeground(QPainter* p, const QRectF& rect) {
  QGraphicsView::drawForeground(p, rect);
  if (overviewLeader_.isNull() || !overviewLabel_->isVisible()) return;
  p->save();
  p->resetTransform(); // the leader is in viewport pixels, whatever the zoom
  p->setRenderHint(QPainter::Antialiasing);
  p->setPen(QPen(palette().color(QPalette::WindowText), 2));
  p->drawLine(overviewLeader_);
  p->restore();
}

QString ProcTreeView::noteText(qreal ofReadable) const {
  return ofReadable < 1
             ? tr("Whole tree at %1%, too small for names (hover a card): + or Ctrl+wheel zooms "
                  "in, Ctrl+0 fits")
                   .arg(qRound(100 * ofReadable))
             : tr("Zoomed in: drag to move, - zooms out, Ctrl+0 fits");
}

void ProcTreeView::placeNote() {
  const int w = std::min(viewport()->width() - 8, std::max(260, viewport()->width() * 2 / 3));
  overviewNote_->setFixedWidth(std::max(80, w));
  overviewNote_->adjustSize();
  const QRect vp = viewport()->geometry();
  overviewNote_->move(vp.left() + 4, vp.bottom() - overviewNote_->height() - 3);
  overviewNote_->raise();
}

void ProcTreeView::setUserZoom(qreal zoom) {
  userZoom_ = std::clamp(zoom, 1.0, 8.0);
  fit();
}

void ProcTreeView::keyPressEvent(QKeyEvent* e) {
  if (Theme::instance().presenter()) {
    if (e->key() == Qt::Key_Plus || e->key() == Qt::Key_Equal) return setUserZoom(userZoom_ * 1.25);
    if (e->key() == Qt::Key_Minus) return setUserZoom(userZoom_ / 1.25);
    if (e->key() == Qt::Key_0 && (e->modifiers() & Qt::ControlModifier)) return setUserZoom(1);
  }
  QGraphicsView::keyPressEvent(e);
}

void ProcTreeView::wheelEvent(QWheelEvent* e) {
  if (Theme::instance().presenter() && (e->modifiers() & Qt::ControlModifier)) {
    setUserZoom(userZoom_ * (e->angleDelta().y() > 0 ? 1.25 : 0.8));
    return e->accept();
  }
  QGraphicsView::wheelEvent(e);
}

void ProcTreeView::setFocusPid(int pid) {
  if (pid >= 0) lastFocusPid_ = pid;
  if (pid == focusPid_) return;
  focusPid_ = pid;
  fit();
}

qreal ProcTreeView::minimumScale() {
  // Zoom to fit, but never below the scale at which the smallest text on a
  // card is still minPointSize() (presenter mode: 18 px); beyond that the
  // view scrolls. Outside presenter mode a big tree may shrink a lot.
  const qreal min = Theme::instance().minPointSize();
  return min > 0 ? min / ProcNodeItem::badgePointSize() : 0.35;
}

void ProcTreeView::resizeEvent(QResizeEvent* e) {
  QGraphicsView::resizeEvent(e);
  // Presenter mode: the arrangement depends on the room.
  if (Theme::instance().presenter())
    relayout(false);
  else
    fit();
}

void ProcTreeView::drawBackground(QPainter* p, const QRectF& rect) {
  p->fillRect(rect, paintsDark(this) ? QColor(0x16, 0x19, 0x1d) : QColor(0xfb, 0xfc, 0xfd));
}

} // namespace fsui
