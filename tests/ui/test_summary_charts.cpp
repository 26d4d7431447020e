// SPDX-License-Identifier: GPL-3.0-or-later
// The summary charts count fork results the way the kernel does.
#include <memory>

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QTest>

#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"
#include "ui/common/theme.h"
#include "ui/timeline/summary_charts.h"

namespace {

// RLIMIT_NPROC 2: sh plus one child is the limit, so while the first child
// lives the next two forks fail with EAGAIN; after reaping it, a fork works.
const char* const kScenario = R"({
  "format": "forkscope-scenario", "version": 1, "title": "EAGAIN",
  "machine": { "cpus": 2 },
  "processes": [ { "name": "sh", "rlimit_nproc": 2, "program": [
    { "op": "fork", "name": "c", "child": [ { "op": "compute", "ticks": 30 } ] },
    { "op": "fork", "expect": { "errno": "EAGAIN" }, "child": [] },
    { "op": "fork", "expect": { "errno": "EAGAIN" }, "child": [] },
    { "op": "wait", "pid": "c" },
    { "op": "vfork", "name": "v", "child": [ { "op": "exit", "status": 0 } ] },
    { "op": "wait", "pid": "v" } ] } ]
})";

} // namespace

class TestSummaryCharts : public QObject {
  Q_OBJECT
private slots:
  void countsForkResults() {
    fs::ScenarioLoad l = fs::load_scenario_text(kScenario, "inline.json");
    QVERIFY2(l.scenario, l.errors.empty() ? "" : l.errors.front().str().c_str());
    auto tl =
        std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
    const fs::KernelState end = tl->state_at(tl->total_steps());
    QCOMPARE(end.expect_failed, 0);

    fsui::SummaryCharts charts;
    charts.setTimeline(tl);
    charts.setWholeRun(true);
    const fsui::SummaryCharts::Summary& s = charts.summary();
    QCOMPARE(s.forks[0], 2); // fork c, vfork v (the children's own returns are not counted)
    QCOMPARE(s.forks[1], 2); // EAGAIN
    QCOMPARE(s.forks[2], 0);
    QCOMPARE(s.forks[3], 0);
    // The kernel's own counters agree.
    QCOMPARE(int64_t(s.forks[0]), end.fork_ok);
    QCOMPARE(int64_t(s.forks[1]), end.fork_eagain);

    // The chart shows the same numbers.
    auto* series = qobject_cast<QBarSeries*>(charts.forkChart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().value(0)->at(0), 2.0);
    QCOMPARE(series->barSets().value(1)->at(0), 2.0);

    // Up to step 0 nothing has happened; utilisation adds up to 100% per CPU.
    charts.setWholeRun(false);
    charts.setStep(0);
    charts.refreshNow();
    QCOMPARE(charts.summary().forks[0] + charts.summary().forks[1], 0);
    charts.setStep(tl->total_steps());
    charts.refreshNow();
    QCOMPARE(charts.summary().forks[1], 2);
    for (const auto& u : charts.summary().cpus)
      QVERIFY(qAbs(u.user + u.kernel + u.spin + u.idle - 100.0) < 1e-6);
    QVERIFY(!charts.summary().locks.empty());
    QCOMPARE(charts.summary().locks.front().name.empty(), false);
  }

  // The dark theme darkens the charts' chrome and keeps the data colours.
  void followsTheDarkTheme() {
    fs::ScenarioLoad l = fs::load_scenario_text(kScenario, "inline.json");
    auto tl =
        std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
    fsui::SummaryCharts charts;
    charts.setTimeline(tl);
    auto* series = qobject_cast<QBarSeries*>(charts.forkChart()->series().value(0));
    const QColor ok = series->barSets().value(0)->color();
    fsui::Theme::instance().setDark(true);
    QVERIFY(charts.forkChart()->backgroundBrush().color().lightness() < 64);
    for (QAbstractAxis* a : charts.forkChart()->axes()) QVERIFY(a->labelsColor().lightness() > 160);
    series = qobject_cast<QBarSeries*>(charts.forkChart()->series().value(0));
    QCOMPARE(series->barSets().value(0)->color(), ok);
    fsui::Theme::instance().setDark(false);
    QVERIFY(charts.forkChart()->backgroundBrush().color().lightness() > 200);
  }

  // Issue #11 (10): presenter mode's larger type reaches the charts' titles,
  // legends, axes and bar labels.
  void followsTheAppFontScale() {
    fs::ScenarioLoad l = fs::load_scenario_text(kScenario, "inline.json");
    auto tl =
        std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
    fsui::SummaryCharts charts;
    charts.setTimeline(tl);
    const qreal before = charts.forkChart()->titleFont().pointSizeF();
    fsui::Theme::instance().setPresenter(true);
    const qreal app = QApplication::font().pointSizeF();
    // The widget gets the application's new font with its FontChange event.
    QTRY_COMPARE(charts.font().pointSizeF(), app);
    for (QChart* c : {charts.forkChart(), charts.lockChart(), charts.cpuChart()}) {
      QCOMPARE(c->titleFont().pointSizeF(), app);
      QCOMPARE(c->legend()->font().pointSizeF(), app);
      for (QAbstractAxis* a : c->axes()) QCOMPARE(a->labelsFont().pointSizeF(), app);
    }
    QVERIFY(charts.forkChart()->titleFont().pointSizeF() > before * 1.3);
    fsui::Theme::instance().setPresenter(false);
    QTRY_COMPARE(charts.forkChart()->titleFont().pointSizeF(), before);
  }

  // The fork bomb on 8 CPUs at presenter size, in the window the app gives
  // the charts on a 1366x768 projector (80% x 75% of the main window): every
  // axis label whole. Qt Charts cuts a label to "..." when its axis gets less
  // room than the label needs; this once left "C..." under each CPU bar and
  // "..." for every count of the lock chart.
  void labelsAreWholeAtPresenterSize() {
    fs::ScenarioLoad l =
        fs::load_scenario_file(FORKSCOPE_SOURCE_DIR "/scenarios/fork-bomb-8cpu.json");
    QVERIFY(l.scenario);
    auto tl =
        std::make_shared<const fs::Timeline>(std::make_shared<const fs::Scenario>(*l.scenario));
    fsui::Theme::instance().setPresenter(true);
    fsui::SummaryCharts charts;
    charts.resize(1366 * 80 / 100, 749 * 75 / 100 - 40); // less the dock's title bar
    charts.setTimeline(tl);
    charts.setStep(3000);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QTest::qWait(300); // the delayed refresh, then Qt Charts' layout
    QStringList cut;
    for (QChart* c : {charts.forkChart(), charts.lockChart(), charts.cpuChart()})
      for (QGraphicsItem* item : c->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            text && text->isVisible() && text->toPlainText().endsWith(QStringLiteral("...")))
          cut << c->title() + QStringLiteral(": ") + text->toPlainText();
    fsui::Theme::instance().setPresenter(false);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
  }
};

QTEST_MAIN(TestSummaryCharts)
#include "test_summary_charts.moc"
