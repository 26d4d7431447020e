// SPDX-License-Identifier: GPL-3.0-or-later
// The Program panel (issue #11): the process's own program beside the kernel
// step, the arrow on the op it is in or runs next, the ops done greyed, the
// process chosen in the tree; stepping back and forward moves the arrow; in
// the lecture layout it is a tab beside the step table, pushing nothing out.
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include "core/state/event.h"
#include "core/state/syscall_names.h"
#include "ui/common/theme.h"
#include "ui/model/session.h"
#include "ui/shell/main_window.h"
#include "ui/views/proc_tree_view.h"
#include "ui/views/program_view.h"

using fsui::MainWindow;
using fsui::ProgramView;

namespace {
// The step after which `pid`'s first (sys, phase) syscall event has happened.
quint64 stepOfSyscall(const fs::Trace& t, int pid, int sys, fs::SyscallPhase phase) {
  for (size_t i = 0; i < t.events.size(); ++i) {
    const fs::Event& e = t.events[i];
    if (e.kind == fs::EventKind::Syscall && e.pid == pid && e.a == sys &&
        e.action == static_cast<uint8_t>(phase))
      return t.step_of_event(static_cast<uint32_t>(i)) + 1;
  }
  return 0;
}

int pidNamed(const fs::KernelState& s, const char* name) {
  for (const fs::Proc& p : s.procs)
    if (p.alive() && p.name == name) return p.pid;
  return -1;
}

QString rowText(ProgramView* v, int line) {
  QTreeWidgetItem* item = v->itemForLine(line);
  return item ? item->text(1) : QString();
}
} // namespace

class TestProgramPanel : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test-program"));
    QSettings().clear();
    fsui::Theme::instance().apply();
  }
  void cleanup() {
    fsui::Theme::instance().setPresenter(false);
    QSettings().clear();
  }

  void arrowFollowsTheStepsOfTheParent() {
    MainWindow w;
    w.resize(1600, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    ProgramView* v = w.programView();
    QVERIFY(v);
    QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("programDock"))->isVisible());
    const fs::Trace& t = w.session()->timeline()->trace();
    const int sh = pidNamed(w.session()->state(), "sh");
    QVERIFY(sh > 0);
    const quint64 enter = stepOfSyscall(t, sh, fs::SYS_FORK, fs::SyscallPhase::Enter);
    QVERIFY(enter > 0);

    // sh has just entered fork: its program, the arrow on the fork op.
    w.session()->setStep(enter);
    QCOMPARE(v->shownPid(), sh);
    const int forkLine = v->currentLine();
    QVERIFY(forkLine >= 0);
    QTreeWidgetItem* row = v->itemForLine(forkLine);
    QVERIFY(row->text(1).startsWith(QStringLiteral("fork -> child \"child\"")));
    QCOMPARE(row->text(0), QStringLiteral("\u279C"));
    QCOMPARE(row->text(2), QStringLiteral("in the kernel"));
    QVERIFY(row->font(1).bold());
    QVERIFY(v->headline().contains(QStringLiteral("pid %1 sh").arg(sh)));
    QVERIFY(v->headline().contains(QStringLiteral("fork")));
    // The op before it is done (greyed), the one after it is not.
    QVERIFY(forkLine >= 1);
    const QColor greyed = v->palette().color(QPalette::Disabled, QPalette::Text);
    QCOMPARE(v->itemForLine(forkLine - 1)->foreground(1).color(), greyed);
    QVERIFY(v->itemForLine(forkLine + 1)->foreground(1).color() != greyed);
    QVERIFY(v->itemForLine(forkLine + 1)->text(0).isEmpty());
    // Only one arrow.
    int arrows = 0;
    for (int i = 0; v->itemForLine(i); ++i) arrows += !v->itemForLine(i)->text(0).isEmpty();
    QCOMPARE(arrows, 1);

    // Back one step: sh is not in fork yet (the arrow leaves the kernel).
    w.session()->stepBack();
    if (v->shownPid() == sh)
      QVERIFY(v->itemForLine(forkLine)->text(2) != QStringLiteral("in the kernel"));
    // The tree's selection pins sh whatever runs.
    w.procTree()->selectPid(sh);
    QCOMPARE(v->shownPid(), sh);
    w.session()->stepForward();
    QCOMPARE(v->currentLine(), forkLine);
    QCOMPARE(v->itemForLine(forkLine)->text(2), QStringLiteral("in the kernel"));

    // Once fork returned to sh, wait is next.
    const quint64 ret = stepOfSyscall(t, sh, fs::SYS_FORK, fs::SyscallPhase::Return);
    w.session()->setStep(ret);
    QCOMPARE(v->currentLine(), forkLine + 1);
    QVERIFY(rowText(v, forkLine + 1).startsWith(QStringLiteral("wait")));
    QCOMPARE(v->itemForLine(forkLine)->foreground(1).color(), greyed);
  }

  void selectingTheChildShowsItsOwnProgram() {
    MainWindow w;
    w.resize(1600, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    const fs::Trace& t = w.session()->timeline()->trace();
    const int sh = pidNamed(w.session()->state(), "sh");
    w.session()->setStep(stepOfSyscall(t, sh, fs::SYS_FORK, fs::SyscallPhase::Return));
    const int child = pidNamed(w.session()->state(), "child");
    QVERIFY(child > 0);
    ProgramView* v = w.programView();
    w.procTree()->selectPid(child);
    QCOMPARE(v->shownPid(), child);
    QCOMPARE(v->tree()->topLevelItemCount(), 2); // compute 3, exit 7: the child list only
    QCOMPARE(rowText(v, 0), QStringLiteral("compute 3 ticks"));
    QCOMPARE(rowText(v, 1), QStringLiteral("exit 7"));
    // Clearing the selection follows the running process again.
    w.procTree()->selectPid(-1);
    QCOMPARE(v->chosenPid(), -1);
  }

  void repeatsShowTheirIteration() {
    MainWindow w;
    w.resize(1600, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("pid-reuse"), true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    ProgramView* v = w.programView();
    // Somewhere in the run a process is inside a repeat: the repeat row says which pass.
    bool seen = false;
    for (quint64 s = 1; s <= w.session()->totalSteps() && !seen; s += 7) {
      w.session()->setStep(s);
      for (const auto& loop : v->position().loops)
        if (rowText(v, loop.line)
                .contains(
                    QStringLiteral("(iteration %1 of %2)").arg(loop.iteration).arg(loop.count)))
          seen = true;
    }
    QVERIFY(seen);
  }

  // 1366x768 presenter: a tab beside the step table, nothing pushed out.
  void lectureLayoutKeepsItAsATab() {
    QScreen* s = nullptr;
    for (QScreen* sc : QGuiApplication::screens())
      if (sc->geometry().size() == QSize(1366, 768)) s = sc;
    if (!s) QSKIP("needs the offscreen screens of tests/ui/offscreen-screens.json");
    fsui::Theme::instance().setPresenter(true);
    MainWindow w;
    w.setScreen(s);
    w.move(s->availableGeometry().topLeft());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.actions().presenter->setChecked(true);
    w.openPath(QStringLiteral("first-fork"), true);
    w.applyLectureLayout();
    QTest::qWait(100);
    auto* program = w.findChild<QDockWidget*>(QStringLiteral("programDock"));
    auto* source = w.findChild<QDockWidget*>(QStringLiteral("sourceDock"));
    QVERIFY(w.tabifiedDockWidgets(source).contains(program));
    QVERIFY(!program->isHidden());
    QVERIFY(w.procTree()->width() >= w.width() * 30 / 100);
  }
};

QTEST_MAIN(TestProgramPanel)
#include "test_program_panel.moc"
