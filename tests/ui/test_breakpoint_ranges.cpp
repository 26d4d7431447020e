// SPDX-License-Identifier: GPL-3.0-or-later
// A kern_fork.c line breakpoint in the middle of a step's range (an if's body,
// a statement's second line) stops the run at that step: issue 9's lines 584,
// 591, 274, 523 and 601 on the bundled scenarios that reach them.
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
// The labels of the steps whose events make up `step` of the trace.
QStringList stepLabels(const fs::Trace& t, quint64 step) {
  QStringList labels;
  const auto [first, last] = fsui::eventsOfStep(t, step);
  for (uint32_t i = first; i < last; ++i)
    if (t.events[i].kind == fs::EventKind::Step)
      labels << QString::fromLatin1(fs::step_info(t.events[i].a).label);
  return labels;
}
} // namespace

class TestBreakpointRanges : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void midRangeLineStopsAtItsStep_data() {
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("label");
    QTest::newRow("L584 p_nstopchild++") << "stopfork" << 584 << "fork1.create_stopped";
    QTest::newRow("L591 setrunnable") << "first-fork" << 591 << "fork1.setrunnable";
    QTest::newRow("L601 retval[1]") << "first-fork" << 601 << "fork1.retval";
    QTest::newRow("L274 tablefull") << "maxproc-storm" << 274 << "fork1.tablefull";
    QTest::newRow("L523 proc_changeparent") << "ptrace-fork" << 523 << "fork1.proc_changeparent";
    QTest::newRow("L183 CLONE_VFORK") << "clone-shared" << 183 << "sys___clone.map_flags";
  }

  void midRangeLineStopsAtItsStep() {
    QFETCH(QString, scenario);
    QFETCH(int, line);
    QFETCH(QString, label);
    Session s;
    s.setSynchronous(true);
    s.openFile(QStringLiteral(FORKSCOPE_SOURCE_DIR "/scenarios/%1.json").arg(scenario));
    QVERIFY(s.timeline());
    s.setStep(0);
    s.addBreakpoint(Breakpoint{Breakpoint::Kind::SourceLine, line, {}, true});
    QSignalSpy hit(&s, &Session::breakpointHit);
    QVERIFY2(s.runToBreakpoint(), qPrintable(QStringLiteral("L%1 never stops").arg(line)));
    QCOMPARE(hit.count(), 1);
    QVERIFY2(stepLabels(s.timeline()->trace(), s.step()).contains(label),
             qPrintable(stepLabels(s.timeline()->trace(), s.step()).join(u' ')));
  }

  // A line between two ranges (a comment, a brace) never stops the run.
  void lineOutsideEveryRangeNeverStops() {
    Session s;
    s.setSynchronous(true);
    s.openFile(QStringLiteral(FORKSCOPE_SOURCE_DIR "/scenarios/first-fork.json"));
    QVERIFY(s.timeline());
    s.setStep(0);
    s.addBreakpoint(Breakpoint{Breakpoint::Kind::SourceLine, 592, {}, true}); // a comment
    QVERIFY(!s.runToBreakpoint());
  }
};

QTEST_MAIN(TestBreakpointRanges)
#include "test_breakpoint_ranges.moc"
