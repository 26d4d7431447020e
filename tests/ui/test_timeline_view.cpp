// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's span lists, its down-sampling and its click-to-step.
#include <memory>

#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include "core/machine.h"
#include "core/scenario_loader.h"
#include "core/timeline.h"
#include "ui/palette.h"
#include "ui/theme.h"
#include "ui/timeline_spans.h"
#include "ui/timeline_view.h"

namespace {

// Two processes fork on two CPUs at the same time, so one of them finds
// proc_lock held by the other (running) one and spins on it.
const char* const kScenario = R"({
  "format": "forkscope-scenario", "version": 1, "title": "contended forks",
  "machine": { "cpus": 2 },
  "processes": [
    { "name": "a", "program": [ { "op": "repeat", "count": 4, "body": [
        { "op": "fork", "child": [ { "op": "compute", "ticks": 2 } ] } ] },
        { "op": "repeat", "count": 4, "body": [ { "op": "wait", "pid": "any" } ] } ] },
    { "name": "b", "program": [ { "op": "repeat", "count": 4, "body": [
        { "op": "fork", "child": [ { "op": "compute", "ticks": 2 } ] } ] },
        { "op": "repeat", "count": 4, "body": [ { "op": "wait", "pid": "any" } ] } ] }
  ]
})";

std::shared_ptr<const fs::Timeline> record(const char* text) {
  fs::ScenarioLoad l = fs::load_scenario_text(text, "inline.json");
  if (!l.scenario) qFatal("scenario does not load: %s", l.errors.front().str().c_str());
  return std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
}

} // namespace

class TestTimelineView : public QObject {
  Q_OBJECT
private slots:
  void spinEventGivesSpinSpan() {
    auto tl = record(kScenario);
    const fs::Trace& t = tl->trace();
    const fs::ui::TimelineData d = fs::ui::build_timeline_data(t, tl->total_steps(), 2, 4);
    QCOMPARE(d.cpu_lanes.size(), size_t(2));
    int spins = 0;
    for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
      const fs::Event& e = t.events[seq];
      if (e.kind != fs::EventKind::Lock || e.action != uint8_t(fs::LockAction::Spin)) continue;
      ++spins;
      const uint64_t k = t.step_of_event(seq); // 0-based step index: x in [k, k+1)
      const fs::ui::SpanList& lane = d.cpu_lanes[size_t(e.cpu)].spans;
      bool found = false;
      for (size_t i = 0; i < lane.size(); ++i)
        found |=
            lane.start[i] <= k && k < lane.end[i] && lane.cat[i] == uint8_t(fs::ui::Activity::Spin);
      QVERIFY2(found,
               qPrintable(QStringLiteral("no spin span at step %1 on CPU %2").arg(k).arg(e.cpu)));
    }
    QVERIFY2(spins > 0, "the scenario should make a CPU spin");
    // Spin retries record no event; they are still attributed to the spinning CPU.
    const std::vector<fs::ui::StepActivity> acts = fs::ui::classify_steps(t);
    size_t spinSteps = 0;
    for (const fs::ui::StepActivity& a : acts) {
      QVERIFY(a.cpu >= 0 && a.cpu < 2);
      spinSteps += a.activity == uint8_t(fs::ui::Activity::Spin);
    }
    QVERIFY(spinSteps > size_t(spins));
    // Lock lanes: proc_lock has a lane, and it was contended at some point.
    bool contended = false;
    for (const fs::ui::Lane& l : d.lock_lanes)
      if (l.name == "proc_lock")
        for (uint8_t c : l.spans.cat) contended |= c == fs::ui::LockContended;
    QVERIFY(contended);
    // nprocs starts at the boot value and goes up with the forks.
    QCOMPARE(d.nprocs_y.front(), 4.0);
    QVERIFY(*std::max_element(d.nprocs_y.begin(), d.nprocs_y.end()) > 4.0);
  }

  void downsampleMergesSubPixelSpans() {
    fs::ui::SpanList l;
    // 1000 one-step spans, alternating kernel/user, every tenth a gap; then one long span.
    for (uint32_t i = 0; i < 1000; ++i)
      if (i % 10 != 9) l.append(i, i + 1, uint8_t(i % 2));
    l.append(2000, 3000, 2);
    l.finish();
    std::vector<fs::ui::DrawSpan> out;
    fs::ui::downsample(l, 0, 3000, 10.0, out); // 10 steps per pixel
    QVERIFY(out.size() <= 3000 / 10 + 2);
    QVERIFY(out.size() < l.size());
    // Sorted, non-overlapping, and every input span is covered by an output span.
    for (size_t i = 1; i < out.size(); ++i) QVERIFY(out[i - 1].end <= out[i].start);
    for (size_t i = 0; i < l.size(); ++i) {
      bool covered = false;
      for (const auto& s : out) covered |= s.start <= l.start[i] && l.end[i] <= s.end;
      QVERIFY2(covered, qPrintable(QStringLiteral("span %1 lost").arg(i)));
    }
    // The wide span is kept as it is.
    QCOMPARE(out.back().start, 2000.0);
    QCOMPARE(out.back().end, 3000.0);
    QCOMPARE(int(out.back().cat), 2);
    // Zoomed in (a pixel per step or more): nothing is merged.
    fs::ui::downsample(l, 100, 120, 0.5, out);
    QCOMPARE(out.size(), size_t(18)); // 100..119 minus the gaps at 109 and 119
  }

  void clickRequestsStep() {
    auto tl = record(kScenario);
    TimelineView v;
    v.resize(900, 400);
    v.setTimeline(tl);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.setVisibleRange(0, 100);
    v.replotNow();
    QSignalSpy spy(&v, &TimelineView::stepRequested);
    const int x = v.pixelOfStep(41.5); // inside the span of step 42
    const int y = v.plot()->axisRect(0)->rect().center().y();
    QTest::mouseClick(v.plot(), Qt::LeftButton, {}, QPoint(x, y));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), 42ull);
    QVERIFY(v.lastReplotMs() >= 0);
  }

  // In scheduler mode the timeline shows the run being made, and clicks do
  // not move the recording (which would end the student's run).
  void liveRunReplacesTheRecording() {
    auto tl = record(kScenario);
    TimelineView v;
    v.resize(900, 400);
    v.setTimeline(tl);
    const uint64_t recorded = v.data().total_steps;
    auto live = std::make_shared<fs::Trace>();
    {
      fs::Machine m(std::make_shared<const fs::Scenario>(tl->scenario()), live.get());
      for (int i = 0; i < 12; ++i) m.step_cpu(i % 2);
    }
    v.setLiveTrace(live, 2, tl->state_at(0).nprocs);
    QVERIFY(v.showsLiveRun());
    QCOMPARE(v.data().total_steps, uint64_t(live->step_first_event.size()));
    QVERIFY(v.data().total_steps < recorded);
    QCOMPARE(v.step(), v.data().total_steps);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.replotNow();
    QSignalSpy spy(&v, &TimelineView::stepRequested);
    const QPoint p(v.pixelOfStep(3.5), v.plot()->axisRect(0)->rect().center().y());
    QTest::mouseClick(v.plot(), Qt::LeftButton, {}, p);
    QCOMPARE(spy.count(), 0);
    v.setLiveTrace(nullptr, 0, 0);
    QVERIFY(!v.showsLiveRun());
    QCOMPARE(v.data().total_steps, recorded);
  }

  // A dark window must not hold a white timeline with a black cursor.
  void followsTheDarkTheme() {
    TimelineView v;
    v.setTimeline(record(kScenario));
    fsui::Theme::instance().setDark(true);
    QVERIFY(v.plot()->axisRect(0)->backgroundBrush().color().lightness() < 64);
    QVERIFY(v.plot()->axisRect(0)->axis(QCPAxis::atBottom)->tickLabelColor().lightness() > 160);
    fsui::Theme::instance().setDark(false);
    QVERIFY(v.plot()->axisRect(0)->backgroundBrush().color().lightness() > 200);
  }
};

QTEST_MAIN(TestTimelineView)
#include "test_timeline_view.moc"
