// SPDX-License-Identifier: GPL-3.0-or-later
// The event log model: structure (QAbstractItemModelTester), decoding and filters.
#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"
#include "ui/common/event_text.h"
#include "ui/views/event_log_model.h"
#include "ui/views/event_log_view.h"

namespace {

const char* const kScenario = R"({
  "format": "forkscope-scenario", "version": 1, "title": "two forks",
  "machine": { "cpus": 2 },
  "processes": [
    { "name": "sh", "program": [
        { "op": "fork", "name": "c1", "child": [ { "op": "exit", "status": 3 } ] },
        { "op": "fork", "name": "c2", "child": [ { "op": "compute", "ticks": 2 } ] },
        { "op": "wait", "pid": "c1" }, { "op": "wait", "pid": "c2" } ] },
    { "name": "other", "program": [ { "op": "compute", "ticks": 5 } ] }
  ]
})";

std::shared_ptr<const fs::Timeline> record() {
  fs::ScenarioLoad l = fs::load_scenario_text(kScenario, "inline.json");
  if (!l.scenario) qFatal("scenario does not load: %s", l.errors.front().str().c_str());
  return std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
}

std::vector<uint32_t> rows(const fsui::EventLogModel& m) {
  std::vector<uint32_t> v;
  for (int r = 0; r < m.rowCount(); ++r) v.push_back(m.seqAt(r));
  return v;
}

} // namespace

class TestEventLogModel : public QObject {
  Q_OBJECT
private slots:
  void modelIsConsistent() {
    auto tl = record();
    fsui::EventLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setTimeline(tl);
    QCOMPARE(m.rowCount(), int(tl->trace().events.size()));
    QCOMPARE(m.columnCount(), int(fsui::EventLogModel::ColumnCount));
    fsui::EventLogModel::Filter f;
    f.kind = fs::EventKind::Lock;
    m.setFilter(f);
    m.setCurrentStep(10);
    m.setFilter({});
    m.setCurrentStep(20);
  }

  void decodesEvents() {
    auto tl = record();
    fsui::EventLogModel m;
    m.setTimeline(tl);
    const fs::Trace& t = tl->trace();
    bool sawStep = false, sawLock = false;
    for (uint32_t s = 0; s < t.events.size(); ++s) {
      const QString d = m.data(m.index(int(s), fsui::EventLogModel::DetailsColumn)).toString();
      QVERIFY(!d.isEmpty());
      if (t.events[s].kind == fs::EventKind::Step && d.startsWith(QStringLiteral("fork1:")))
        sawStep = true; // "fork1:<line> fork1.<label>"
      if (t.events[s].kind == fs::EventKind::Lock &&
          d.startsWith(QStringLiteral("lock proc_lock ")))
        sawLock = true;
    }
    QVERIFY(sawStep);
    QVERIFY(sawLock);
    // The step column is the 1-based step the event was recorded in.
    const auto [first, last] = tl->events_of_step(5);
    QVERIFY(first < last);
    QCOMPARE(m.data(m.index(int(first), fsui::EventLogModel::StepColumn)).toULongLong(), 5ull);
  }

  void filtersGiveExactlyTheMatchingRows() {
    auto tl = record();
    const fs::Trace& t = tl->trace();
    fsui::EventLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setTimeline(tl);
    int shPid = -1;
    tl->state_at(0).names.for_each([&](const fs::NameLog::Binding& b) {
      if (b.first == "sh") shPid = b.second;
    });
    QVERIFY(shPid > 0);

    auto expect = [&](auto pred) {
      std::vector<uint32_t> v;
      for (uint32_t s = 0; s < t.events.size(); ++s)
        if (pred(t.events[s])) v.push_back(s);
      return v;
    };
    fsui::EventLogModel::Filter f;
    f.kind = fs::EventKind::Syscall;
    m.setFilter(f);
    QVERIFY(!m.isFiltering());
    auto want = expect([](const fs::Event& e) { return e.kind == fs::EventKind::Syscall; });
    QVERIFY(!want.empty());
    QCOMPARE(rows(m), want);

    f.pid = shPid;
    m.setFilter(f);
    want = expect(
        [&](const fs::Event& e) { return e.kind == fs::EventKind::Syscall && e.pid == shPid; });
    QVERIFY(!want.empty());
    QCOMPARE(rows(m), want);

    f = {};
    f.cpu = 1;
    m.setFilter(f);
    QCOMPARE(rows(m), expect([](const fs::Event& e) { return e.cpu == 1; }));

    // Text filter, also through the incremental (time-sliced) path.
    f = {};
    f.text = QStringLiteral("PROC_LOCK");
    for (size_t threshold : {size_t(1) << 30, size_t(0)}) {
      m.setIncrementalThreshold(threshold);
      QSignalSpy done(&m, &fsui::EventLogModel::filterFinished);
      m.setFilter(f);
      QTRY_VERIFY(done.count() == 1);
      want = expect([&](const fs::Event& e) {
        return fsui::EventLogModel::describe(t, e).contains(QStringLiteral("proc_lock"));
      });
      QVERIFY(!want.empty());
      QCOMPARE(rows(m), want);
    }
  }

  // Issue #13: an event of a process's second LWP says which LWP acted, in the
  // log and in the narration's words; one of a first LWP names the process only.
  void aSecondLwpsEventsNameTheLwp() {
    fs::ScenarioLoad l =
        fs::load_scenario_file(FORKSCOPE_SOURCE_DIR "/scenarios/fork-threaded.json");
    QVERIFY(l.scenario);
    auto tl =
        std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
    fsui::EventLogModel m;
    m.setTimeline(tl);
    const fs::Trace& t = tl->trace();
    int second = -1, first = -1;
    for (int r = 0; r < m.rowCount() && (second < 0 || first < 0); ++r) {
      const uint32_t seq = m.seqAt(r);
      const fs::Event& e = t.events[seq];
      if (e.kind != fs::EventKind::Lock || e.pid < 0) continue;
      const int32_t lid = t.lid_of_event(seq);
      const QString details = m.index(r, fsui::EventLogModel::DetailsColumn).data().toString();
      const QString words = fsui::describeEvent(t, e);
      if (lid != e.pid && second < 0) {
        second = r;
        QVERIFY2(details.startsWith(QStringLiteral("LWP %1: ").arg(lid)), qPrintable(details));
        QVERIFY2(words.startsWith(QStringLiteral("pid %1 (LWP %2) ").arg(e.pid).arg(lid)),
                 qPrintable(words));
      } else if (lid == e.pid && first < 0) {
        first = r;
        QVERIFY2(!details.startsWith(QStringLiteral("LWP")), qPrintable(details));
        QVERIFY2(words.startsWith(QStringLiteral("pid %1 ").arg(e.pid)), qPrintable(words));
      }
    }
    QVERIFY2(second >= 0, "the thread T takes a lock in fork-threaded");
    QVERIFY(first >= 0);
  }

  void selectingARowRequestsItsStep() {
    auto tl = record();
    fsui::EventLogView v;
    v.setTimeline(tl);
    v.resize(800, 400);
    QSignalSpy spy(&v, &fsui::EventLogView::stepRequested);
    const auto [first, last] = tl->events_of_step(7);
    QVERIFY(first < last);
    v.table()->setCurrentIndex(v.model()->index(int(first), 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), 7ull);
  }
};

QTEST_MAIN(TestEventLogModel)
#include "test_event_log_model.moc"
