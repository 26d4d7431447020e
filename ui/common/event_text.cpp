// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/event_text.h"

#include <QCoreApplication>

#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"
#include "ui/common/engine_text.h"

namespace fsui {

namespace {
// EventText::tr(): the context "EventText" for lupdate and at run time alike.
struct EventText {
  Q_DECLARE_TR_FUNCTIONS(EventText)
};
QString str(const fs::Trace& t, int id) {
  return id >= 0 && id < t.strings.size() ? QString::fromStdString(t.strings.at(id)) : QString();
}
QString who(int pid) {
  return pid >= 0 ? EventText::tr("pid %1").arg(pid) : EventText::tr("the kernel");
}
QString sig(int s) { return QString::fromStdString(fs::signal_name(s)); }
} // namespace

QString describeEvent(const fs::Trace& t, const fs::Event& e) {
  using K = fs::EventKind;
  switch (e.kind) {
  case K::Step: {
    const fs::StepInfo& si = fs::step_info(e.a);
    return EventText::tr("%1 executes %2 (%3)")
        .arg(who(e.pid), QLatin1String(si.label), QLatin1String(si.func));
  }
  case K::Syscall: {
    const QString name = QLatin1String(fs::syscall_name(e.a));
    if (static_cast<fs::SyscallPhase>(e.action) == fs::SyscallPhase::Enter)
      return EventText::tr("%1 calls %2()").arg(who(e.pid), name);
    const int err = e.c >= 0 && static_cast<size_t>(e.c) < t.syscall_details.size()
                        ? t.syscall_details[static_cast<size_t>(e.c)].error
                        : 0;
    if (err)
      return EventText::tr("%1() fails in %2 with %3")
          .arg(name, who(e.pid), QString::fromStdString(fs::errno_name(err)));
    return EventText::tr("%1() returns %2 to %3").arg(name).arg(e.b).arg(who(e.pid));
  }
  case K::Lock: {
    const QString lock = str(t, e.a);
    switch (static_cast<fs::LockAction>(e.action)) {
    case fs::LockAction::Acquire: return EventText::tr("%1 takes %2").arg(who(e.pid), lock);
    case fs::LockAction::Spin:
      return EventText::tr("%1 spins on %2: its owner (pid %3) is running on another CPU")
          .arg(who(e.pid), lock)
          .arg(e.b);
    case fs::LockAction::Sleep:
      return EventText::tr("%1 sleeps on %2's turnstile: its owner (pid %3) is not running")
          .arg(who(e.pid), lock)
          .arg(e.b);
    case fs::LockAction::Release: return EventText::tr("%1 releases %2").arg(who(e.pid), lock);
    case fs::LockAction::Wakeup:
      return EventText::tr("%1 is handed %2 and woken").arg(who(e.b), lock);
    }
    break;
  }
  case K::Cv:
    switch (static_cast<fs::CvAction>(e.action)) {
    case fs::CvAction::Wait: return EventText::tr("%1 waits on %2").arg(who(e.pid), str(t, e.a));
    case fs::CvAction::Broadcast:
      return EventText::tr("%1 broadcasts %2").arg(who(e.pid), str(t, e.a));
    case fs::CvAction::Wakeup:
      return EventText::tr("%1 is woken from %2").arg(who(e.b), str(t, e.a));
    }
    break;
  case K::Proc: {
    const QString st =
        e.c > 0 ? QLatin1String(fs::proc_stat_name(static_cast<fs::ProcStat>(e.c))) : QString();
    switch (static_cast<fs::ProcAction>(e.action)) {
    case fs::ProcAction::Create:
      return EventText::tr("process %1 is created (%2)").arg(e.a).arg(st);
    case fs::ProcAction::Publish:
      return EventText::tr("process %1 joins its parent's children list and allproc").arg(e.a);
    case fs::ProcAction::State: return EventText::tr("process %1 becomes %2").arg(e.a).arg(st);
    case fs::ProcAction::Reparent:
      return EventText::tr("process %1 gets a new parent: pid %2").arg(e.a).arg(e.b);
    case fs::ProcAction::Zombie: return EventText::tr("process %1 becomes a zombie").arg(e.a);
    case fs::ProcAction::Reap:
      return EventText::tr("process %1 is reaped: its pid is free again").arg(e.a);
    }
    break;
  }
  case K::Lwp: {
    const QString st =
        e.b > 0 ? QLatin1String(fs::lwp_stat_name(static_cast<fs::LwpStat>(e.b))) : QString();
    const QString w = str(t, e.c);
    return w.isEmpty() ? EventText::tr("LWP %1 becomes %2").arg(e.a).arg(st)
                       : EventText::tr("LWP %1 becomes %2 on %3").arg(e.a).arg(st, w);
  }
  case K::Sched:
    switch (static_cast<fs::SchedAction>(e.action)) {
    case fs::SchedAction::Switch:
      return e.b >= 0 ? EventText::tr("CPU %1 switches to pid %2").arg(e.cpu).arg(e.b)
                      : EventText::tr("CPU %1 goes idle").arg(e.cpu);
    case fs::SchedAction::Enqueue: // b = the LWP queued, c = the CPU whose run queue
      return EventText::tr("pid %1 is put on CPU %2's run queue").arg(e.b).arg(e.c);
    case fs::SchedAction::Idle: return EventText::tr("CPU %1 has nothing to run").arg(e.cpu);
    }
    break;
  case K::Signal: {
    const QString s = sig(e.b);
    switch (static_cast<fs::SignalAction>(e.action)) {
    case fs::SignalAction::Post: return EventText::tr("%1 is posted to pid %2").arg(s).arg(e.a);
    case fs::SignalAction::Stop: return EventText::tr("pid %1 stops on %2").arg(e.a).arg(s);
    case fs::SignalAction::Deliver:
      return EventText::tr("%1 is delivered to pid %2").arg(s).arg(e.a);
    case fs::SignalAction::Discard:
      return EventText::tr("%1 to pid %2 is discarded").arg(s).arg(e.a);
    }
    break;
  }
  case K::Ptrace: {
    QString what;
    if (e.c >= 0 && static_cast<size_t>(e.c) < t.ptrace_details.size()) {
      const fs::PtraceDetail& d = t.ptrace_details[static_cast<size_t>(e.c)];
      what = QStringLiteral(" (%1, %2)")
                 .arg(sig(d.signal), QString::fromStdString(fs::ptrace_event_name(d.report_event)));
    }
    return EventText::tr("pid %1 stops for its debugger, pid %2%3").arg(e.a).arg(e.b).arg(what);
  }
  case K::Knote:
    return EventText::tr("kqueue of pid %1 gets an event about pid %2").arg(e.a).arg(e.b);
  case K::Counter: return EventText::tr("%1 = %2").arg(str(t, e.a)).arg(e.b);
  case K::Log: return EventText::tr("kernel message: %1").arg(str(t, e.a));
  case K::Expect:
    return e.b ? EventText::tr("expectation at %1 holds").arg(str(t, e.a))
               : EventText::tr("expectation at %1 FAILED: %2").arg(str(t, e.a), str(t, e.c));
  case K::Note:
    return e.c >= 0 && e.c < int(t.strings.size()) ? scenarioText(t.strings.at(e.c)) : QString();
  }
  return {};
}

} // namespace fsui
