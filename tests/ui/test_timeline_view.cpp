// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's span lists, its down-sampling and its click-to-step.
#include <memory>
#include <set>

#include <QLabel>

#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include "core/machine.h"
#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"
#include "ui/common/palette.h"
#include "ui/common/theme.h"
#include "ui/timeline/timeline_spans.h"
#include "ui/timeline/timeline_ticker.h"
#include "ui/timeline/timeline_view.h"

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

std::shared_ptr<const fs::Timeline> recordFile(const QString& path) {
  fs::ScenarioLoad l = fs::load_scenario_file(path.toStdString());
  if (!l.scenario) qFatal("scenario does not load: %s", qPrintable(path));
  return std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
}

// The labels an axis drew in its last replot: whole numbers, each once.
void checkWholeDistinct(QCPAxis* axis, int atLeast) {
  const QVector<QString> labels = axis->tickVectorLabels();
  QVERIFY2(labels.size() >= atLeast,
           qPrintable(QStringList(labels.begin(), labels.end()).join(' ')));
  QSet<QString> seen;
  for (const QString& l : labels) {
    bool ok = false;
    QLocale().toLongLong(l, &ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("not a whole number: ") + l));
    QVERIFY2(!seen.contains(l), qPrintable(QStringLiteral("twice: ") + l));
    seen.insert(l);
  }
}

} // namespace

class TestTimelineView : public QObject {
  Q_OBJECT
private slots:
  void spinEventGivesSpinSpan() {
    auto tl = record(kScenario);
    const fs::Trace& t = tl->trace();
    const fsui::TimelineData d = fsui::build_timeline_data(t, tl->total_steps(), 2, 4);
    QCOMPARE(d.cpu_lanes.size(), size_t(2));
    int spins = 0;
    for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
      const fs::Event& e = t.events[seq];
      if (e.kind != fs::EventKind::Lock || e.action != uint8_t(fs::LockAction::Spin)) continue;
      ++spins;
      const uint64_t k = t.step_of_event(seq); // 0-based step index: x in [k, k+1)
      const fsui::SpanList& lane = d.cpu_lanes[size_t(e.cpu)].spans;
      bool found = false;
      for (size_t i = 0; i < lane.size(); ++i)
        found |=
            lane.start[i] <= k && k < lane.end[i] && lane.cat[i] == uint8_t(fsui::Activity::Spin);
      QVERIFY2(found,
               qPrintable(QStringLiteral("no spin span at step %1 on CPU %2").arg(k).arg(e.cpu)));
    }
    QVERIFY2(spins > 0, "the scenario should make a CPU spin");
    // Spin retries record no event; they are still attributed to the spinning CPU.
    const std::vector<fsui::StepActivity> acts = fsui::classify_steps(t);
    size_t spinSteps = 0;
    for (const fsui::StepActivity& a : acts) {
      QVERIFY(a.cpu >= 0 && a.cpu < 2);
      spinSteps += a.activity == uint8_t(fsui::Activity::Spin);
    }
    QVERIFY(spinSteps > size_t(spins));
    // Lock lanes: proc_lock has a lane, and it was contended at some point.
    bool contended = false;
    for (const fsui::Lane& l : d.lock_lanes)
      if (l.name == "proc_lock")
        for (uint8_t c : l.spans.cat) contended |= c == fsui::LockContended;
    QVERIFY(contended);
    // nprocs starts at the boot value and goes up with the forks.
    QCOMPARE(d.nprocs_y.front(), 4.0);
    QVERIFY(*std::max_element(d.nprocs_y.begin(), d.nprocs_y.end()) > 4.0);
  }

  void downsampleMergesSubPixelSpans() {
    fsui::SpanList l;
    // 1000 one-step spans, alternating kernel/user, every tenth a gap; then one long span.
    for (uint32_t i = 0; i < 1000; ++i)
      if (i % 10 != 9) l.append(i, i + 1, uint8_t(i % 2));
    l.append(2000, 3000, 2);
    l.finish();
    std::vector<fsui::DrawSpan> out;
    fsui::downsample(l, 0, 3000, 10.0, out); // 10 steps per pixel
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
    fsui::downsample(l, 100, 120, 0.5, out);
    QCOMPARE(out.size(), size_t(18)); // 100..119 minus the gaps at 109 and 119
  }

  void clickRequestsStep() {
    auto tl = record(kScenario);
    fsui::TimelineView v;
    v.resize(900, 400);
    v.setTimeline(tl);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.setVisibleRange(0, 100);
    v.replotNow();
    QSignalSpy spy(&v, &fsui::TimelineView::stepRequested);
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
    fsui::TimelineView v;
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
    QSignalSpy spy(&v, &fsui::TimelineView::stepRequested);
    const QPoint p(v.pixelOfStep(3.5), v.plot()->axisRect(0)->rect().center().y());
    QTest::mouseClick(v.plot(), Qt::LeftButton, {}, p);
    QCOMPARE(spy.count(), 0);
    v.setLiveTrace(nullptr, 0, 0);
    QVERIFY(!v.showsLiveRun());
    QCOMPARE(v.data().total_steps, recorded);
  }

  // A dark window must not hold a white timeline with a black cursor.
  void followsTheDarkTheme() {
    fsui::TimelineView v;
    v.setTimeline(record(kScenario));
    fsui::Theme::instance().setDark(true);
    QVERIFY(v.plot()->axisRect(0)->backgroundBrush().color().lightness() < 64);
    QVERIFY(v.plot()->axisRect(0)->axis(QCPAxis::atBottom)->tickLabelColor().lightness() > 160);
    fsui::Theme::instance().setDark(false);
    QVERIFY(v.plot()->axisRect(0)->backgroundBrush().color().lightness() > 200);
  }

  // Issue #11 (8): tick-label generation as a unit.
  void integerTicksAreWholeAndDistinct() {
    QCOMPARE(fsui::integerTicks(0, 1, 5), (std::vector<double>{0, 1}));
    QCOMPARE(fsui::integerTicks(0, 8, 5), (std::vector<double>{0, 2, 4, 6, 8}));
    QCOMPARE(fsui::integerTicks(0, 14004, 5), (std::vector<double>{0, 5000, 10000}));
    QCOMPARE(fsui::integerTicks(0.4, 0.6, 5), std::vector<double>{});
    QCOMPARE(fsui::niceStride(0.2, 5), uint64_t(1));
    QCOMPARE(fsui::niceStride(5143, 5), uint64_t(2000));
  }

  void clockTicksCoverALongRun() {
    // fork-bomb-8cpu: 5143 clock ticks over 14004 steps used to show only "0".
    auto tl = recordFile(QStringLiteral(FORKSCOPE_SOURCE_DIR "/scenarios/fork-bomb-8cpu.json"));
    const fs::Trace& t = tl->trace();
    const double end = static_cast<double>(tl->total_steps());
    const std::vector<double> steps = fsui::clockTickSteps(t, 0, end, 5);
    QVERIFY2(steps.size() >= 3, qPrintable(QString::number(steps.size())));
    std::set<uint64_t> ticks;
    for (double x : steps) {
      QVERIFY(x >= 0 && x <= end);
      QCOMPARE(
          static_cast<double>(t.ticks.first_step_of_tick(t.tick_of_step(uint64_t(x)), UINT64_MAX)),
          x);
      ticks.insert(t.tick_of_step(uint64_t(x)));
    }
    QCOMPARE(ticks.size(), steps.size());
    // And as drawn, on the top axis of a window-sized timeline.
    fsui::TimelineView v;
    v.resize(1200, 420);
    v.setTimeline(tl);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.replotNow();
    checkWholeDistinct(v.plot()->axisRect(0)->axis(QCPAxis::atTop), 3);
    checkWholeDistinct(v.plot()->axisRect(1)->axis(QCPAxis::atBottom), 3);
  }

  void emptyRunLabelsItsAxisOnce() {
    // A challenge before its first step: a live run without a step.
    auto tl = record(kScenario);
    fsui::TimelineView v;
    v.resize(900, 300);
    v.setTimeline(tl);
    v.setLiveTrace(std::make_shared<fs::Trace>(), 2, tl->state_at(0).nprocs);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.replotNow();
    checkWholeDistinct(v.plot()->axisRect(1)->axis(QCPAxis::atBottom), 1);
    checkWholeDistinct(v.plot()->axisRect(1)->axis(QCPAxis::atLeft), 1);
  }

  void axisTitlesStayInAShortPlot() {
    // Presenter mode on a projector: a short plot with large type.
    auto tl = record(kScenario);
    fsui::TimelineView v;
    QFont f = v.font();
    f.setPointSizeF(18);
    v.setFont(f);
    v.resize(1000, 230);
    v.setTimeline(tl);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.replotNow();
    for (QCPItemText* t : {v.tickTitle(), v.stepTitle()}) {
      QVERIFY(t->visible());
      QVERIFY(!t->text().isEmpty());
      const QPointF at = t->position->pixelPosition();
      const QFontMetrics fm(t->font());
      const QRectF box(at.x() - fm.horizontalAdvance(t->text()) - 8, at.y() - fm.height(),
                       fm.horizontalAdvance(t->text()), 2 * fm.height());
      QVERIFY2(QRectF(v.plot()->rect()).contains(box.left(), at.y()),
               qPrintable(QStringLiteral("%1 at %2,%3").arg(t->text()).arg(at.x()).arg(at.y())));
    }
    QCOMPARE(v.tickTitle()->text(), QStringLiteral("tick"));
    QCOMPARE(v.stepTitle()->text(), QStringLiteral("step"));
  }

  void legendColoursAreDistinct() {
    using namespace fsui;
    const QList<QColor> colours{activityColor(Activity::User),
                                activityColor(Activity::Kernel),
                                activityColor(Activity::Spin),
                                activityColor(Activity::Idle),
                                lockHeldColor(),
                                lockContendedColor()};
    for (int i = 0; i < colours.size(); ++i)
      for (int j = i + 1; j < colours.size(); ++j)
        QVERIFY2(colours[i] != colours[j], qPrintable(QStringLiteral("%1 = %2").arg(i).arg(j)));
    // The legend says what the lanes use.
    fsui::TimelineView v;
    const QString legend = v.findChild<QLabel*>(QStringLiteral("timelineLegend"))->text();
    QVERIFY(legend.contains(lockContendedColor().name()));
    QVERIFY(legend.contains(activityColor(Activity::Spin).name()));
  }
};

QTEST_MAIN(TestTimelineView)
#include "test_timeline_view.moc"
