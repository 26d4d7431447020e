// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom > What Can Happen?: the explorer runs on a worker thread while the
// dialog stays responsive, lists the outcomes, can be cancelled, and "Show
// me" replays a witness through the session's scheduler mode to the end.
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include "ui/classroom/explore_dialog.h"
#include "ui/model/session.h"

using fsui::ExploreDialog;
using fsui::Session;

namespace {
// a and b fork at once; maxproc leaves room for one child, so who wins depends
// on the schedule: two outcomes.
const char* kScenario = R"({
  "format": "forkscope-scenario", "version": 1, "title": "one slot left",
  "machine": { "cpus": 2, "maxproc": 6 },
  "processes": [
    { "name": "a", "program": [
        { "op": "fork", "name": "a1", "child": [ { "op": "exit", "status": 1 } ] },
        { "op": "wait", "pid": "any" } ] },
    { "name": "b", "program": [
        { "op": "fork", "name": "b1", "child": [ { "op": "exit", "status": 2 } ] },
        { "op": "wait", "pid": "any" } ] } ] })";
} // namespace

class TestExploreDialog : public QObject {
  Q_OBJECT
  Session s;

private Q_SLOTS:
  void initTestCase() {
    s.setSynchronous(true);
    QSignalSpy ready(&s, &Session::timelineReady);
    s.openText(QString::fromUtf8(kScenario), QStringLiteral("inline.json"));
    QCOMPARE(ready.count(), 1);
  }

  void exploresOnAWorkerAndListsOutcomes() {
    ExploreDialog d(&s);
    QSignalSpy done(&d, &ExploreDialog::explored);
    d.startExplore();
    QVERIFY(d.running() || done.count() == 1); // returns at once: the work is on another thread
    QVERIFY(done.wait(60000));
    QVERIFY(!d.running());
    QVERIFY(d.report().exhaustive);
    QVERIFY(d.report().outcomes.size() >= 2);
    QCOMPARE(d.rowCount(),
             static_cast<int>(d.report().outcomes.size() + d.report().findings.size()));
  }

  void showMeStepsThroughTheWitness() {
    ExploreDialog d(&s);
    QSignalSpy done(&d, &ExploreDialog::explored);
    d.startExplore();
    QVERIFY(done.wait(60000));
    d.findChild<QListWidget*>()->setCurrentRow(static_cast<int>(d.report().findings.size()));
    d.showSelected();
    QVERIFY(s.schedulerMode());
    QVERIFY(!d.witness().empty());
    d.nextStep();
    QCOMPARE(d.witnessPosition(), size_t(1));
    QCOMPARE(s.liveChoices().size(), size_t(1));
    d.runWitness();
    QCOMPARE(d.witnessPosition(), d.witness().size());
    QCOMPARE(s.liveChoices(), d.witness());
    QCOMPARE(s.liveRunState(), fs::RunState::Completed);
    s.leaveSchedulerMode();
  }

  void cancelStopsTheSearch() {
    ExploreDialog d(&s);
    QSignalSpy done(&d, &ExploreDialog::explored);
    d.startExplore();
    d.cancelExplore();
    QVERIFY(done.wait(60000));
    QVERIFY(!d.running());
    // Cancelled at once, or the small scenario was finished first.
    QVERIFY(d.report().stopped_by == "cancelled" || d.report().exhaustive);
  }
};

QTEST_MAIN(TestExploreDialog)
#include "test_explore_dialog.moc"
