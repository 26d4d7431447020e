// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proc_tree_view.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QResizeEvent>
#include <QTimer>

#include "core/names.h"
#include "ui/kstate_text.h"
#include "ui/theme.h"

namespace fsui {

namespace {
// Presenter mode packs the rows closer: the tree must fit a projector at a
// scale that keeps its text at 18 pixels.
qreal columnStep() { return ProcNodeItem::Width + (Theme::instance().presenter() ? 18 : 28); }
qreal rowStep() { return ProcNodeItem::Height + (Theme::instance().presenter() ? 40 : 64); }

int sharingOf(int mine, int parents) {
  if (mine < 0 || parents < 0) return -1;
  return mine == parents ? 1 : 0;
}
} // namespace

ProcTreeView::ProcTreeView(QWidget* parent) : QGraphicsView(parent) {
  setScene(&scene_);
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  setAlignment(Qt::AlignHCenter | Qt::AlignTop);
  setObjectName(QStringLiteral("procTree"));
  setAccessibleName(tr("Process tree"));
  connect(&scene_, &QGraphicsScene::selectionChanged, this,
          [this] { Q_EMIT selectedPidChanged(selectedPid()); });
  connect(&Theme::instance(), &Theme::changed, this, [this] {
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

ProcNodeData ProcTreeView::describe(const fs::KernelState& s, const fs::Proc& p) const {
  const bool compact = Theme::instance().presenter(); // "fork1:516": room for large type
  ProcNodeData d;
  d.pid = p.pid;
  d.serial = p.serial;
  d.name = QString::fromStdString(p.name);
  d.state = visualState(p);
  d.stateText = QStringLiteral("%1 · %2").arg(QLatin1String(fs::proc_stat_name(p.stat)),
                                              QLatin1String(fs::lwp_stat_name(p.lstat)));
  d.uid = p.ruid;
  d.traced = (p.slflag & fs::PSL_TRACED) != 0;
  d.vforkWaiting = p.vforkwaiting;
  d.stopFork = (p.sflag & fs::PS_STOPFORK) != 0;
  if (p.lstat == fs::LwpStat::LSONPROC) d.cpu = p.cpu;
  if (p.lstat == fs::LwpStat::LSSLEEP)
    d.detail = tr("asleep on %1").arg(wchanText(s, p.wchan));
  else if (p.spinning)
    d.detail = tr("spinning · %1").arg(whereText(p, compact));
  else if (d.state != VisualState::Zombie && d.cpu >= 0 &&
           static_cast<size_t>(d.cpu) < cpuSteps_.size() && p.in_kernel())
    d.detail =
        cpuSteps_[static_cast<size_t>(d.cpu)].executed
            ? whereOfStep(cpuSteps_[static_cast<size_t>(d.cpu)].id, compact)
            : tr("next: %1").arg(whereOfStep(cpuSteps_[static_cast<size_t>(d.cpu)].id, compact));
  else if (d.state != VisualState::Zombie)
    d.detail = whereText(p, compact);
  else
    d.detail = tr("exit status %1 · waiting to be reaped").arg(p.xstat);
  if (d.state == VisualState::Building) {
    d.detail = tr("being built by fork1()");
    for (const fs::Proc& q : s.procs)
      if (q.alive() && childBeingBuilt(q) == p.pid) d.buildProgress = buildProgress(q);
  }
  // Compare with the parent that forked it: what fork1 shared and what it copied.
  if (const fs::Proc* parent = s.proc(p.ppid); parent && p.ppid > 1) {
    d.sharing = {sharingOf(p.lock, parent->lock),   sharingOf(p.vmspace, parent->vmspace),
                 sharingOf(p.fd, parent->fd),       sharingOf(p.cwd, parent->cwd),
                 sharingOf(p.limit, parent->limit), sharingOf(p.sigacts, parent->sigacts)};
  }
  return d;
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

void ProcTreeView::relayout(bool animate) {
  QVector<TreeLayoutInput> in;
  for (auto it = nodes_.begin(); it != nodes_.end(); ++it) {
    TreeLayoutInput n;
    n.key = it.key();
    n.parent = parentOf_.value(it.key(), TreeNodeKey{});
    n.order = it.value()->data().serial;
    in.push_back(n);
  }
  const TreeLayoutResult r = layoutTree(in);
  const qreal kColumn = columnStep(), kRow = rowStep();
  const qreal x0 = -(r.columns - 1) * kColumn / 2;
  // Every card that moves asks for new edges; rebuilding them for each card
  // made opening a 1,000-process run quadratic (issue #10). Once is enough.
  relayingOut_ = true;
  for (auto it = nodes_.begin(); it != nodes_.end(); ++it) {
    const QPointF cr = r.column_row.value(it.key());
    const QPointF target(x0 + cr.x() * kColumn, cr.y() * kRow);
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
  const QColor normal = theme.dark() ? QColor(0xb0, 0xb8, 0xc0) : QColor(0x60, 0x68, 0x70);
  const qreal lw = 2 * theme.lineScale();
  auto connectCards = [&](ProcNodeItem* from, ProcNodeItem* to, const QPen& pen) {
    const QPointF a = from->pos() + QPointF(0, from->bottomExtent());
    const QPointF b = to->pos() - QPointF(0, ProcNodeItem::Height / 2);
    QPainterPath path(a);
    const qreal midY = (a.y() + b.y()) / 2;
    path.cubicTo(QPointF(a.x(), midY), QPointF(b.x(), midY), b);
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
  const qreal margin = Theme::instance().presenter() ? 6 : 20; // a projector has no pixel to spare
  bounds.adjust(-margin, -margin, margin, margin);
  scene_.setSceneRect(bounds);
  const qreal maxScale = 1.4 * Theme::instance().fontScale();
  const qreal sx = viewport()->width() / bounds.width();
  const qreal sy = viewport()->height() / bounds.height();
  const qreal scale =
      std::clamp(std::min(sx, sy), minimumScale(), std::max(maxScale, minimumScale()));
  setTransform(QTransform::fromScale(scale, scale));
  // Too big to fit at the smallest readable zoom: the view scrolls, and
  // keeps the card of the process that just ran in the middle.
  QPointF centre(bounds.center().x(), bounds.top() + viewport()->height() / scale / 2);
  if (ProcNodeItem* focus = nodeForPid(focusPid_)) {
    if (bounds.width() * scale > viewport()->width()) centre.setX(focus->targetPos().x());
    if (bounds.height() * scale > viewport()->height()) centre.setY(focus->targetPos().y());
  }
  centerOn(centre);
}

void ProcTreeView::setFocusPid(int pid) {
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
  fit();
}

void ProcTreeView::drawBackground(QPainter* p, const QRectF& rect) {
  p->fillRect(rect, Theme::instance().dark() ? QColor(0x16, 0x19, 0x1d) : QColor(0xfb, 0xfc, 0xfd));
}

} // namespace fsui
