// SPDX-License-Identifier: GPL-3.0-or-later
// The session: loading, stepping both ways (the state follows), step over,
// run to breakpoint, scheduler mode, and a refused scenario.
#include <QSignalSpy>
#include <QTest>
#include <cstring>

// moc cannot parse the X-macro table step_table.h includes.
#ifndef Q_MOC_RUN
#include "core/state/step_table.h"
#endif
#include "ui/model/session.h"
#include "ui/model/trace_search.h"

using fsui::Breakpoint;
using fsui::Session;

namespace {
// Two shells fork at once on two CPUs: both reach proc_lock (L511) together.
const char* kScenario = R"({
  "format": "forkscope-scenario", "version": 1, "title": "two forks",
  "machine": { "cpus": 2 },
  "processes": [
    { "name": "a", "program": [
        { "op": "fork", "name": "a1", "child": [ { "op": "compute", "ticks": 2 } ] },
        { "op": "wait", "pid": "a1" } ] },
    { "name": "b", "program": [
        { "op": "fork", "name": "b1", "child": [ { "op": "exit", "status": 2 } ] },
        { "op": "wait", "pid": "b1" } ] } ] })";

bool stepHas(const fs::Trace& t, quint64 step, auto pred) {
  const auto [first, last] = fsui::eventsOfStep(t, step);
  for (uint32_t i = first; i < last; ++i)
    if (pred(t.events[i])) return true;
  return false;
}
} // namespace

class TestSession : public QObject {
  Q_OBJECT
  Session s;

private Q_SLOTS:
  void initTestCase() {
    QSignalSpy ready(&s, &Session::timelineReady);
    s.setSynchronous(true);
    s.openText(QString::fromUtf8(kScenario), QStringLiteral("inline.json"));
    QCOMPARE(ready.count(), 1);
    QVERIFY(s.timeline());
    QVERIFY(s.totalSteps() > 50);
  }

  void steppingMovesTheState() {
    QSignalSpy changed(&s, &Session::stepChanged);
    s.setStep(0);
    for (int i = 0; i < 10; ++i) s.stepForward();
    QCOMPARE(s.step(), quint64(10));
    QCOMPARE(s.state().steps, uint64_t(10));
    s.stepBack();
    QCOMPARE(s.state().steps, uint64_t(9));
    // The cached, replayed state equals the timeline's own.
    const fs::KernelState direct = s.timeline()->state_at(9);
    QCOMPARE(s.state().nprocs, direct.nprocs);
    QCOMPARE(s.state().tick, direct.tick);
    s.setStep(s.totalSteps() + 100); // clamped
    QCOMPARE(s.step(), s.totalSteps());
    s.stepForward();
    QCOMPARE(s.step(), s.totalSteps());
    s.setStep(0);
    s.stepBack();
    QCOMPARE(s.step(), quint64(0));
    QVERIFY(changed.count() >= 12);
  }

  void stepOverLandsOnSyscallReturns() {
    const fs::Trace& t = s.timeline()->trace();
    auto isReturn = [](const fs::Event& e) {
      return e.kind == fs::EventKind::Syscall &&
             static_cast<fs::SyscallPhase>(e.action) == fs::SyscallPhase::Return;
    };
    s.setStep(0);
    s.stepOverForward();
    const quint64 first = s.step();
    QVERIFY(first > 0);
    QVERIFY(stepHas(t, first, isReturn));
    for (quint64 k = 1; k < first; ++k) QVERIFY(!stepHas(t, k, isReturn));
    s.stepOverForward();
    const quint64 second = s.step();
    QVERIFY(second > first);
    QVERIFY(stepHas(t, second, isReturn));
    s.stepOverBack();
    QCOMPARE(s.step(), first);
  }

  void runToLineBreakpoint() {
    s.setStep(0);
    s.addBreakpoint(Breakpoint{Breakpoint::Kind::SourceLine, 516, {}, true});
    QSignalSpy hit(&s, &Session::breakpointHit);
    QVERIFY(s.runToBreakpoint());
    QCOMPARE(hit.count(), 1);
    auto atLine516 = [](const fs::Event& e) {
      return e.kind == fs::EventKind::Step && fs::step_info(e.a).line == 516 &&
             std::strcmp(fs::step_info(e.a).file, "kern_fork.c") == 0;
    };
    QVERIFY(stepHas(s.timeline()->trace(), s.step(), atLine516));
    // L516 put the child (still SIDL) at the head of its parent's list.
    bool listed = false;
    for (const fs::Proc& p : s.state().procs)
      if (p.alive() && !p.children.empty())
        if (const fs::Proc* c = s.state().proc(p.children.front());
            c && c->stat == fs::ProcStat::SIDL)
          listed = true;
    QVERIFY(listed);
    // Both parents reach L516: the second run stops at the other one.
    const quint64 firstHit = s.step();
    QVERIFY(s.runToBreakpoint());
    QVERIFY(s.step() > firstHit);
    s.removeBreakpoint(0);
    QVERIFY(s.breakpoints().all().isEmpty());
  }

  void runToLockContention() {
    s.setStep(0);
    s.addBreakpoint(
        Breakpoint{Breakpoint::Kind::LockContention, 0, QStringLiteral("proc_lock"), true});
    QVERIFY(s.runToBreakpoint());
    auto contended = [&](const fs::Event& e) {
      const auto a = static_cast<fs::LockAction>(e.action);
      return e.kind == fs::EventKind::Lock &&
             (a == fs::LockAction::Spin || a == fs::LockAction::Sleep) &&
             s.timeline()->trace().strings.at(e.a) == "proc_lock";
    };
    QVERIFY(stepHas(s.timeline()->trace(), s.step(), contended));
    // The spinning LWP is marked as such in the state.
    bool spinning = false;
    for (const fs::Lwp& l : s.state().lwps) spinning = spinning || (l.alive() && l.spinning);
    QVERIFY(spinning);
    s.removeBreakpoint(0);
  }

  void noBreakpointMeansNoMove() {
    s.setStep(5);
    QVERIFY(!s.runToBreakpoint());
    QCOMPARE(s.step(), quint64(5));
  }

  void schedulerModeStepsOneCpu() {
    s.setStep(20);
    s.enterSchedulerMode();
    QVERIFY(s.schedulerMode());
    const uint64_t before = s.state().steps;
    QVERIFY(s.stepOnCpu(0));
    QCOMPARE(s.state().steps, before + 1);
    QVERIFY(s.liveTrace());
    s.leaveSchedulerMode();
    QVERIFY(!s.schedulerMode());
    QCOMPARE(s.state().steps, uint64_t(20));
  }

  // Undo rebuilds the live machine from where scheduling began and replays
  // the remaining choices: the state must equal the one before the undone step.
  void schedulerUndoRestoresTheExactState() {
    s.setStep(0);
    s.enterSchedulerMode();
    for (int cpu : {0, 0, 1, 1, 0, 1, 1, 1}) s.stepOnCpu(cpu);
    const fs::KernelState before = s.state();
    const size_t eventsBefore = s.liveTrace()->events.size();
    QVERIFY(s.stepOnCpu(0));
    QVERIFY(s.stepOnCpu(1));
    QCOMPARE(s.liveChoices().size(), size_t(10));
    QVERIFY(s.undoLiveStep());
    QVERIFY(s.undoLiveStep());
    QCOMPARE(s.liveChoices(), (std::vector<int>{0, 0, 1, 1, 0, 1, 1, 1}));
    QCOMPARE(s.state().steps, before.steps);
    QCOMPARE(s.state().tick, before.tick);
    QCOMPARE(s.state().nprocs, before.nprocs);
    QCOMPARE(fs::describe_changes(before, s.state()).size(), size_t(0));
    QCOMPARE(s.liveTrace()->events.size(), eventsBefore);
    while (s.undoLiveStep()) {
    }
    QCOMPARE(s.state().steps, uint64_t(0));
    QVERIFY(!s.undoLiveStep());
    s.leaveSchedulerMode();
  }

  void playAdvances() {
    s.setStep(0);
    s.setSpeed(1000);
    s.play();
    QTRY_VERIFY_WITH_TIMEOUT(s.step() > 10, 3000);
    s.pause();
    QVERIFY(!s.isPlaying());
  }

  void asyncRecordingAndRefusal() {
    Session async;
    QSignalSpy ready(&async, &Session::timelineReady);
    async.openText(QString::fromUtf8(kScenario), QStringLiteral("inline.json"));
    QVERIFY(ready.wait(10000));
    QVERIFY(async.timeline());
    QSignalSpy failed(&async, &Session::loadFailed);
    async.openText(QStringLiteral("{ \"format\": \"forkscope-scenario\", \"version\": 1 }"),
                   QStringLiteral("bad.json"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("bad.json")));
    QVERIFY(async.timeline()); // the previous run stays usable
  }
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
