// SPDX-License-Identifier: GPL-3.0-or-later
// The process tree shows one card per live process with its state's colour
// and label, gains a ghost when a process is reaped, and after stepping back
// shows the same cards as before.
#include <QImage>
#include <QPainter>
#include <QTest>
#include <memory>

#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"
#include "ui/common/state_colors.h"
#include "ui/common/theme.h"
#include "ui/views/proc_node_item.h"
#include "ui/views/proc_tree_view.h"

using fsui::ProcTreeView;

namespace {
std::shared_ptr<const fs::Timeline> record(const char* path) {
  fs::ScenarioLoad load = fs::load_scenario_file(path);
  if (!load.scenario) return nullptr;
  return std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*load.scenario));
}

void checkMatches(const ProcTreeView& view, const fs::KernelState& s) {
  int alive = 0;
  for (const fs::Proc& p : s.procs) {
    if (!p.alive()) continue;
    ++alive;
    fsui::ProcNodeItem* node = view.nodeForPid(p.pid);
    QVERIFY2(node, qPrintable(QStringLiteral("no card for pid %1").arg(p.pid)));
    QCOMPARE(node->label(), QStringLiteral("%1 %2").arg(p.pid).arg(QString::fromStdString(p.name)));
    const fsui::VisualState want = fsui::visualState(p, s.first_lwp(p));
    QCOMPARE(node->data().state, want);
    QCOMPARE(node->fillColor(), fsui::stateFill(want, fsui::Theme::instance().dark()));
  }
  QCOMPARE(view.liveNodes().size(), alive);
}
} // namespace

class TestProcTreeView : public QObject {
  Q_OBJECT
  std::shared_ptr<const fs::Timeline> tl;

private Q_SLOTS:
  void initTestCase() {
    tl = record(FORKSCOPE_TEST_DATA "/two-forks.json");
    QVERIFY(tl);
  }

  void oneCardPerProcess() {
    ProcTreeView view;
    view.setAnimationsEnabled(false);
    view.resize(800, 600);
    for (quint64 step : {quint64(0), quint64(30), quint64(80), quint64(tl->total_steps())}) {
      view.setState(tl->state_at(step));
      checkMatches(view, tl->state_at(step));
    }
  }

  void reapedProcessBecomesAGhostAndSteppingBackMatches() {
    // Find the first step after which a process is gone.
    quint64 reap = 0;
    for (quint64 k = 1; k <= tl->total_steps() && !reap; ++k)
      if (tl->state_at(k).nprocs < tl->state_at(k - 1).nprocs) reap = k;
    QVERIFY(reap > 0);
    ProcTreeView view;
    view.setAnimationsEnabled(false);
    view.setState(tl->state_at(reap - 1));
    checkMatches(view, tl->state_at(reap - 1));
    QVERIFY(view.ghostNodes().isEmpty());
    view.setState(tl->state_at(reap));
    checkMatches(view, tl->state_at(reap));
    QCOMPARE(view.ghostNodes().size(), 1);
    QVERIFY(view.ghostNodes().first()->opacity() < 1.0);
    view.setState(tl->state_at(reap - 1)); // back: the process is alive again, no ghost
    checkMatches(view, tl->state_at(reap - 1));
    QVERIFY(view.ghostNodes().isEmpty());
  }

  void childIsBuiltThenPublished() {
    // While fork1 builds the child, its card is "being built" (SIDL).
    ProcTreeView view;
    view.setAnimationsEnabled(false);
    bool sawBuilding = false;
    for (quint64 k = 0; k <= tl->total_steps() && !sawBuilding; ++k) {
      const fs::KernelState s = tl->state_at(k);
      view.setState(s);
      for (fsui::ProcNodeItem* n : view.liveNodes())
        if (n->data().state == fsui::VisualState::Building) {
          sawBuilding = true;
          QVERIFY(n->data().buildProgress >= 0.0 && n->data().buildProgress <= 1.0);
        }
    }
    QVERIFY(sawBuilding);
  }

  void sharingChipsCompareWithTheParent() {
    ProcTreeView view;
    view.setShowSharing(true);
    view.setState(tl->state_at(tl->total_steps() / 2));
    bool comparedOne = false;
    for (fsui::ProcNodeItem* n : view.liveNodes())
      if (n->data().sharing[0] >= 0) comparedOne = true;
    QVERIFY(comparedOne);
  }

  // Issue #13: a threaded process's card has a line naming each LWP and
  // where it is; a single-threaded one has none and keeps its height.
  void aThreadedProcessesCardNamesEachLwp() {
    auto threaded = record(FORKSCOPE_SOURCE_DIR "/scenarios/vfork-threaded.json");
    QVERIFY(threaded);
    ProcTreeView view;
    view.setAnimationsEnabled(false);
    bool sawVforkWait = false, sawOnCpu = false;
    for (quint64 k = 0; k <= threaded->total_steps(); k += 3) {
      const fs::KernelState s = threaded->state_at(k);
      view.setState(s);
      for (const fs::Proc& p : s.procs) {
        if (!p.alive()) continue;
        const fsui::ProcNodeItem* n = view.nodeForPid(p.pid);
        QVERIFY(n);
        const QString line = n->data().lwpLine;
        if (p.nlwps <= 1) {
          QVERIFY2(line.isEmpty(), qPrintable(line));
          QCOMPARE(n->cardHeight(), fsui::ProcNodeItem::Height);
          continue;
        }
        QCOMPARE(n->cardHeight(), fsui::ProcNodeItem::Height + fsui::ProcNodeItem::LwpLineHeight);
        s.for_each_lwp(p, [&](const fs::Lwp& l) {
          const QString part = QStringLiteral("LWP %1 ").arg(l.lid);
          QVERIFY2(line.contains(part), qPrintable(line + " lacks " + part));
          if (l.lstat == fs::LwpStat::LSONPROC) {
            QVERIFY2(line.contains(part + QStringLiteral("on CPU %1").arg(l.cpu)),
                     qPrintable(line));
            sawOnCpu = true;
          }
          if (l.vforkwaiting && l.lstat == fs::LwpStat::LSSLEEP) {
            QVERIFY2(line.contains(part + QStringLiteral("vfork wait")), qPrintable(line));
            sawVforkWait = true;
          }
        });
      }
    }
    QVERIFY(sawVforkWait);
    QVERIFY(sawOnCpu);
  }

  // Issue #11 (9): a card being built (SIDL) is dashed all the way round, at
  // any build progress - it used to be solid except for its bottom-left.
  void buildingCardIsDashedOnEverySide() {
    for (const qreal progress : {0.1, 0.5, 0.95}) {
      fsui::ProcNodeData d;
      d.pid = 3;
      d.name = QStringLiteral("child");
      d.state = fsui::VisualState::Building;
      d.buildProgress = progress;
      fsui::ProcNodeItem item(d);
      QImage img(260, 140, QImage::Format_ARGB32);
      img.fill(Qt::white);
      {
        QPainter p(&img);
        p.translate(130, 70);
        item.paint(&p, nullptr, nullptr);
      }
      const qreal w = fsui::ProcNodeItem::Width, h = fsui::ProcNodeItem::Height;
      // Ink/no-ink changes along a straight run of the outline (corners excluded).
      auto gaps = [&](QPointF a, QPointF b) {
        int changes = 0;
        bool last = false;
        for (int i = 0; i <= 100; ++i) {
          const QPointF q = a + (b - a) * (i / 100.0) + QPointF(130, 70);
          const bool ink = qGray(img.pixel(q.toPoint())) < 160;
          if (i > 0 && ink != last) ++changes;
          last = ink;
        }
        return changes;
      };
      const qreal l = -w / 2, r = w / 2 - 1, t = -h / 2, bo = h / 2 - 1;
      QVERIFY2(gaps({l + 12, t}, {r - 12, t}) >= 6, "top edge is not dashed");
      QVERIFY2(gaps({l + 12, bo}, {r - 12, bo}) >= 6, "bottom edge is not dashed");
      QVERIFY2(gaps({l, t + 10}, {l, bo - 10}) >= 4, "left edge is not dashed");
      QVERIFY2(gaps({r, t + 10}, {r, bo - 10}) >= 4, "right edge is not dashed");
    }
  }
};

QTEST_MAIN(TestProcTreeView)
#include "test_proc_tree_view.moc"
