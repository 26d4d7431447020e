// SPDX-License-Identifier: GPL-3.0-or-later
// The process tree: one card per process, keyed by (pid, creation serial) so a
// reaped process can linger as a fading ghost and a reused pid is a new card.
// Edges follow p_pptr (the kernel's tree); when a debugger is the parent
// (p_pptr != p_ppid) the edge to it is drawn solid in the debugger colour and
// a dashed edge leads back to the real parent.
#pragma once
#include <QGraphicsView>
#include <QHash>

class QLabel;

#include "core/state/kstate.h"
#include "ui/model/step_frame.h"
#include "ui/views/proc_node_item.h"
#include "ui/views/proc_tree_layout.h"

namespace fsui {

class ProcTreeView : public QGraphicsView {
  Q_OBJECT
public:
  explicit ProcTreeView(QWidget* parent = nullptr);
  // The scene goes before the view: its last selection change finds no cards.
  ~ProcTreeView() override { disconnect(&scene_, nullptr, this, nullptr); }

  // cpuSteps (index = CPU): the step each CPU's LWP last executed
  // (StepFrame::cpuSteps); a running card names it. Empty: the LWP's pc.
  void setState(const fs::KernelState& state, const std::vector<CpuStep>& cpuSteps = {});
  void setShowSharing(bool on);
  bool showSharing() const { return showSharing_; }
  void setAnimationsEnabled(bool on) { animate_ = on; }
  // Edges and cards in new colours (the view went on or off paper: theme.h).
  void refreshColours();

  // For tests and export: the cards shown.
  QList<ProcNodeItem*> liveNodes() const;
  QList<ProcNodeItem*> ghostNodes() const;
  ProcNodeItem* nodeForPid(int pid) const;
  // The card to keep in view when the tree is larger than the view at its
  // smallest zoom: the process that executed the step on screen (-1: none).
  void setFocusPid(int pid);
  // The smallest zoom fit() uses (presenter mode: text stays >= 18 px).
  static qreal minimumScale();
  // The process the user clicked (-1: none); its card stays selected while
  // it lives, and the Program view shows its program.
  int selectedPid() const;
  void selectPid(int pid);

  // How the cards are arranged. Presenter mode tries the tree top-down, then
  // as an indented outline (one card a row), whichever fits at 18-pixel text;
  // when neither does (a fork bomb) the whole tree is shown smaller, with a
  // note saying so, and the user zooms in (+, -, 0, Ctrl+wheel).
  enum class Arrangement { TopDown, Outline };
  Arrangement arrangement() const { return arrangement_; }
  // Presenter mode: the tree is drawn below 18 px to show all of it.
  bool overview() const { return overview_; }
  // The user's zoom on top of the fitting one (1 = fit), and setting it.
  qreal userZoom() const { return userZoom_; }
  void setUserZoom(qreal zoom);
  QLabel* overviewNote() const { return overviewNote_; }
  // In an overview the cards draw no text (ProcNodeItem::setShapeOnly): this
  // label names the selected process, else the one that just ran, beside
  // its card at the view's readable font. Hidden otherwise.
  QLabel* overviewLabel() const { return overviewLabel_; }

Q_SIGNALS:
  void selectedPidChanged(int pid);

protected:
  void resizeEvent(QResizeEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;
  void wheelEvent(QWheelEvent* e) override;
  void drawBackground(QPainter* p, const QRectF& rect) override;
  void drawForeground(QPainter* p, const QRectF& rect) override;

private:
  // What a card says (proc_node_text.cpp).
  ProcNodeData describe(const fs::KernelState& s, const fs::Proc& p) const;
  QString lwpLineOf(const fs::KernelState& s, const fs::Proc& p, bool compact) const;
  QString detailOf(const fs::KernelState& s, const fs::Proc& p, const fs::Lwp& l,
                   const ProcNodeData& d, bool compact) const;
  std::vector<CpuStep> cpuSteps_;
  int focusPid_ = -1;
  int lastFocusPid_ = -1;
  void relayout(bool animate);
  void rebuildEdges();
  void nodeMoved(); // coalesces the rebuilds that card moves ask for
  void fit();
  void placeNote();
  QString noteText(qreal ofReadable) const;
  qreal indent() const;

  static constexpr int kGhostSteps = 6; // steps a reaped process stays visible

  QGraphicsScene scene_;
  QHash<TreeNodeKey, ProcNodeItem*> nodes_;
  QHash<TreeNodeKey, TreeNodeKey> parentOf_;     // p_pptr
  QHash<TreeNodeKey, TreeNodeKey> realParentOf_; // p_ppid when it differs
  QList<QGraphicsItem*> edges_;
  quint64 lastSteps_ = 0;
  bool showSharing_ = false;
  Arrangement arrangement_ = Arrangement::TopDown;
  bool overview_ = false;
  bool namesOnly_ = false; // the cards show their names only
  qreal userZoom_ = 1;
  QLabel* overviewNote_ = nullptr;
  QLabel* overviewLabel_ = nullptr;
  // A line from the overview label to its card when the label had to sit away
  // from it (viewport coordinates; null when the label touches the card).
  QLineF overviewLeader_;
  void placeOverviewLabel();
  bool animate_ = true;
  bool relayingOut_ = false;       // relayout() rebuilds the edges once at its end
  bool edgeRebuildQueued_ = false; // one rebuild per event-loop turn while cards animate
};

} // namespace fsui
