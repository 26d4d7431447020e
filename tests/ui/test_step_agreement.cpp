// SPDX-License-Identifier: GPL-3.0-or-later
// One meaning of "current step" (issue #11): the app shows the state after
// step N, and every view - the narration, the step table, the CPU lanes, the
// process tree's card, kern_fork.c - names the step N executed, with the tick
// it ran in; `forkscope-cli run --narrate` prints the same step, tick and line.
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// moc cannot parse the X-macro table step_table.h includes.
#ifndef Q_MOC_RUN
#include "core/state/step_table.h"
#include "core/trace/step_facts.h"
#endif
#include "ui/common/theme.h"
#include "ui/model/session.h"
#include "ui/model/trace_search.h"
#include "ui/shell/main_window.h"
#include "ui/views/cpu_view.h"
#include "ui/views/kern_fork_view.h"
#include "ui/views/narration_view.h"
#include "ui/views/proc_tree_view.h"
#include "ui/views/source_view.h"

using fsui::MainWindow;

namespace {
struct NarratedStep {
  quint64 step = 0, tick = 0;
  int cpu = -1, pid = -1;
  QString lines; // "283" or "589-590"
  QString label;
};

// `forkscope-cli run NAME --narrate --quiet`, parsed.
QList<NarratedStep> narrate(const QString& scenario) {
  QProcess cli;
  cli.start(
      QStringLiteral(FORKSCOPE_CLI),
      {QStringLiteral("run"), scenario, QStringLiteral("--narrate"), QStringLiteral("--quiet")});
  if (!cli.waitForFinished(60000)) return {};
  static const QRegularExpression re(
      QStringLiteral(R"(^(\d+) (\d+) (-|\d+) (-|\d+)  \w+(?::([\d-]+))?  (\S+) )"));
  QList<NarratedStep> out;
  for (const QString& line : QString::fromUtf8(cli.readAllStandardOutput()).split('\n')) {
    const auto m = re.match(line);
    if (!m.hasMatch()) continue;
    out.push_back({m.captured(1).toULongLong(), m.captured(2).toULongLong(),
                   m.captured(3) == QLatin1String("-") ? -1 : m.captured(3).toInt(),
                   m.captured(4) == QLatin1String("-") ? -1 : m.captured(4).toInt(), m.captured(5),
                   m.captured(6)});
  }
  return out;
}
} // namespace

class TestStepAgreement : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test-steps"));
    QSettings().clear();
    fsui::Theme::instance().apply();
  }

  // At several steps of lecture 1, every view names the step just executed,
  // in normal and in presenter mode (which writes places shorter: "fork1:283").
  void everyViewNamesTheStepJustExecuted_data() {
    QTest::addColumn<bool>("presenter");
    QTest::newRow("normal") << false;
    QTest::newRow("presenter") << true;
  }

  void everyViewNamesTheStepJustExecuted() {
    QFETCH(bool, presenter);
    fsui::Theme::instance().setPresenter(presenter);
    auto restore = qScopeGuard([] { fsui::Theme::instance().setPresenter(false); });
    // A stand-in kern_fork.c (the real one is not ours to copy): 700 lines,
    // enough for the view to highlight any line of the model.
    QTemporaryDir dir;
    const QString kern = dir.filePath(QStringLiteral("kern_fork.c"));
    {
      QFile f(kern);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("/* $NetBSD: kern_fork.c,v 1.231 $ */\n");
      for (int i = 2; i <= 700; ++i)
        f.write(QByteArray("/* line ") + QByteArray::number(i) + " */\n");
    }
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    w.openKernForkFile(kern);
    auto tl = w.session()->timeline();
    int checked = 0;
    // 85: exit1's last switch, after which its CPU is idle - it still did it.
    for (quint64 step : {3, 5, 6, 8, 38, 40, 45, 53, 55, 85}) {
      w.session()->setStep(step);
      const auto [begin, end] = fsui::eventsOfStep(tl->trace(), step);
      const int id = fsui::stepIdOf(tl->trace(), begin, end);
      if (id < 0) continue; // a user-mode step: nothing to name
      const int cpu = fs::step_cpu(tl->trace(), step - 1);
      QVERIFY(cpu >= 0);
      const fs::StepInfo& si = fs::step_info(id);
      const QString title = fsui::stepTitle(id);
      const quint64 tick = tl->trace().tick_of_step(step - 1);
      const QString at = QStringLiteral("step %1").arg(step);
      // The narration: "Step N of T · tick K · just executed: label (Lnnn)".
      const QString narration = w.narrationView()->toPlainText();
      QVERIFY2(narration.contains(QStringLiteral("Step %1 of %2 · tick %3 · just executed: %4")
                                      .arg(step)
                                      .arg(tl->total_steps())
                                      .arg(tick)
                                      .arg(title)),
               qPrintable(at + ": " + narration.left(200)));
      // The step table: the active CPU's row is that step.
      QVERIFY2(w.sourceView()->cpusOnStep(id).contains(cpu), qPrintable(at));
      // The CPU lane: it did that step, at that line.
      const fsui::CpuLane& lane = w.cpuView()->lanes()[static_cast<size_t>(cpu)];
      QVERIFY2(lane.step.contains(QLatin1String(si.label)), qPrintable(at + ": " + lane.step));
      if (si.line > 0 && lane.pid >= 0)
        QVERIFY2(lane.where.contains(QStringLiteral(":%1").arg(si.line)),
                 qPrintable(at + ": " + lane.where));
      // The tree: the running card names the same place (an idle CPU has none).
      const fsui::ProcNodeItem* card = w.procTree()->nodeForPid(lane.pid);
      QVERIFY(card || lane.pid < 0);
      if (card && si.line > 0)
        QVERIFY2(card->data().detail.contains(QStringLiteral(":%1").arg(si.line)),
                 qPrintable(at + ": " + card->data().detail));
      // kern_fork.c: the step's first line is highlighted.
      if (si.line > 0 && QLatin1String(si.file) == QLatin1String("kern_fork.c"))
        QVERIFY2(w.findChild<fsui::KernForkView*>()->highlightedLines().contains(si.line),
                 qPrintable(at));
      // The status bar's tick is the same tick.
      bool tickShown = false;
      for (QLabel* l : w.findChildren<QLabel*>())
        tickShown |= l->text().startsWith(QStringLiteral("tick %1 ").arg(tick));
      QVERIFY2(tickShown, qPrintable(at));
      ++checked;
    }
    QVERIFY(checked >= 6);
  }

  // The CLI's --narrate lines agree with the app's model for the same run:
  // the step, the tick, the CPU, the label and the lines of each.
  void narrateAgreesWithTheApp_data() {
    QTest::addColumn<QString>("scenario");
    QTest::newRow("first-fork") << QStringLiteral("first-fork");
    QTest::newRow("proc-lock-spin") << QStringLiteral("proc-lock-spin");
  }

  void narrateAgreesWithTheApp() {
    QFETCH(QString, scenario);
    const QList<NarratedStep> lines = narrate(scenario);
    QVERIFY2(lines.size() > 20, qPrintable(QString::number(lines.size())));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(scenario, true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    auto tl = w.session()->timeline();
    QSet<quint64> seen;
    int compared = 0;
    for (const NarratedStep& n : lines) {
      if (seen.contains(n.step) || (compared > 40 && n.step % 7 != 0)) continue;
      seen.insert(n.step);
      w.session()->setStep(n.step);
      const auto [begin, end] = fsui::eventsOfStep(tl->trace(), n.step);
      const int id = fsui::stepIdOf(tl->trace(), begin, end);
      const QString at = QStringLiteral("step %1").arg(n.step);
      QVERIFY2(id >= 0, qPrintable(at));
      QCOMPARE(QString::fromLatin1(fs::step_info(id).label), n.label);
      QCOMPARE(fs::step_cpu(tl->trace(), n.step - 1), n.cpu);
      // What the app shows: the headline with this step, tick and lines.
      const QString narration = w.narrationView()->toPlainText();
      QVERIFY2(narration.contains(QStringLiteral("Step %1 of %2 · tick %3 · just executed: %4")
                                      .arg(n.step)
                                      .arg(tl->total_steps())
                                      .arg(n.tick)
                                      .arg(n.label)),
               qPrintable(at + ": " + narration.left(160)));
      if (!n.lines.isEmpty())
        QVERIFY2(narration.contains(QStringLiteral("(L%1)").arg(n.lines)), qPrintable(at));
      ++compared;
    }
    QVERIFY(compared > 20);
  }
};

QTEST_MAIN(TestStepAgreement)
#include "test_step_agreement.moc"
