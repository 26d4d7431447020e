// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/event_text.h"

#include <QCoreApplication>
#include <functional>

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
// The LWP that acted in e: "pid 2", or "pid 2 (LWP 3)" for a second LWP's event.
QString actor(const fs::Trace& t, const fs::Event& e) {
  const fs::Event* first = t.events.data();
  const std::less<const fs::Event*> before;
  if (before(&e, first) || !before(&e, first + t.events.size()) || e.pid < 0) return who(e.pid);
  const int32_t lid = t.lid_of_event(static_cast<uint32_t>(&e - first));
  return lid == e.pid ? who(e.pid) : EventText::tr("pid %1 (LWP %2)").arg(e.pid).arg(lid);
}
QString sig(int s) { return QString::fromStdString(fs::signal_name(s)); }
} // namespace

QString describeEvent(const fs::Trace& t, const fs::Event& e) {
  using K = fs::EventKind;
  switch (e.kind) {
  case K::Step: {
    const fs::StepInfo& si = fs::step_info(e.step_id());
    return EventText::tr("%1 executes %2 (%3)")
        .arg(actor(t, e), QLatin1String(si.label), QLatin1String(si.func));
  }
  case K::Syscall: {
    const QString name = QLatin1String(fs::syscall_name(e.syscall_id()));
    if (e.syscall_enter()) return EventText::tr("%1 calls %2()").arg(actor(t, e), name);
    const fs::SyscallDetail* d = t.syscall_detail(e);
    const int err = d ? d->error : 0;
    if (err)
      return EventText::tr("%1() fails in %2 with %3")
          .arg(name, actor(t, e), QString::fromStdString(fs::errno_name(err)));
    return EventText::tr("%1() returns %2 to %3")
        .arg(name)
        .arg(e.syscall_retval())
        .arg(actor(t, e));
  }
  case K::Lock: {
    const QString lock = str(t, e.lock_id());
    switch (e.lock_action()) {
    case fs::LockAction::Acquire: return EventText::tr("%1 takes %2").arg(actor(t, e), lock);
    case fs::LockAction::Spin:
      return EventText::tr("%1 spins on %2: its owner (pid %3) is running on another CPU")
          .arg(actor(t, e), lock)
          .arg(e.lock_owner());
    case fs::LockAction::Sleep:
      return EventText::tr("%1 sleeps on %2's turnstile: its owner (pid %3) is not running")
          .arg(actor(t, e), lock)
          .arg(e.lock_owner());
    case fs::LockAction::Release: return EventText::tr("%1 releases %2").arg(actor(t, e), lock);
    case fs::LockAction::Wakeup:
      return EventText::tr("%1 is handed %2 and woken").arg(who(e.lock_owner()), lock);
    }
    break;
  }
  case K::Cv:
    switch (e.cv_action()) {
    case fs::CvAction::Wait:
      return EventText::tr("%1 waits on %2").arg(actor(t, e), str(t, e.cv_id()));
    case fs::CvAction::Broadcast:
      return EventText::tr("%1 broadcasts %2").arg(actor(t, e), str(t, e.cv_id()));
    case fs::CvAction::Wakeup:
      return EventText::tr("%1 is woken from %2").arg(who(e.cv_woken()), str(t, e.cv_id()));
    }
    break;
  case K::Proc: {
    const QString st = e.proc_stat() != fs::ProcStat{}
                           ? QLatin1String(fs::proc_stat_name(e.proc_stat()))
                           : QString();
    switch (e.proc_action()) {
    case fs::ProcAction::Create:
      return EventText::tr("process %1 is created (%2)").arg(e.proc_target()).arg(st);
    case fs::ProcAction::Publish:
      return EventText::tr("process %1 joins its parent's children list and allproc")
          .arg(e.proc_target());
    case fs::ProcAction::State:
      return EventText::tr("process %1 becomes %2").arg(e.proc_target()).arg(st);
    case fs::ProcAction::Reparent:
      return EventText::tr("process %1 gets a new parent: pid %2")
          .arg(e.proc_target())
          .arg(e.proc_ppid());
    case fs::ProcAction::Zombie:
      return EventText::tr("process %1 becomes a zombie").arg(e.proc_target());
    case fs::ProcAction::Reap:
      return EventText::tr("process %1 is reaped: its pid is free again").arg(e.proc_target());
    }
    break;
  }
  case K::Lwp: {
    const QString st =
        e.lwp_stat() != fs::LwpStat{} ? QLatin1String(fs::lwp_stat_name(e.lwp_stat())) : QString();
    const QString w = str(t, e.lwp_wchan());
    return w.isEmpty() ? EventText::tr("LWP %1 becomes %2").arg(e.lwp_target()).arg(st)
                       : EventText::tr("LWP %1 becomes %2 on %3").arg(e.lwp_target()).arg(st, w);
  }
  case K::Sched:
    switch (e.sched_action()) {
    case fs::SchedAction::Switch:
      return e.sched_to() >= 0
                 ? EventText::tr("CPU %1 switches to pid %2").arg(e.cpu).arg(e.sched_to())
                 : EventText::tr("CPU %1 goes idle").arg(e.cpu);
    case fs::SchedAction::Enqueue: // b = the LWP queued, c = the CPU whose run queue
      return EventText::tr("pid %1 is put on CPU %2's run queue")
          .arg(e.sched_to())
          .arg(e.sched_runq_cpu());
    case fs::SchedAction::Idle: return EventText::tr("CPU %1 has nothing to run").arg(e.cpu);
    }
    break;
  case K::Signal: {
    const QString s = sig(e.signal_number());
    switch (e.signal_action()) {
    case fs::SignalAction::Post:
      return EventText::tr("%1 is posted to pid %2").arg(s).arg(e.signal_target());
    case fs::SignalAction::Stop:
      return EventText::tr("pid %1 stops on %2").arg(e.signal_target()).arg(s);
    case fs::SignalAction::Deliver:
      return EventText::tr("%1 is delivered to pid %2").arg(s).arg(e.signal_target());
    case fs::SignalAction::Discard:
      return EventText::tr("%1 to pid %2 is discarded").arg(s).arg(e.signal_target());
    }
    break;
  }
  case K::Ptrace: {
    QString what;
    if (const fs::PtraceDetail* pd = t.ptrace_detail(e)) {
      const fs::PtraceDetail& d = *pd;
      what = QStringLiteral(" (%1, %2)")
                 .arg(sig(d.signal), QString::fromStdString(fs::ptrace_event_name(d.report_event)));
    }
    return EventText::tr("pid %1 stops for its debugger, pid %2%3")
        .arg(e.ptrace_target())
        .arg(e.ptrace_tracer())
        .arg(what);
  }
  case K::Knote:
    return EventText::tr("kqueue of pid %1 gets an event about pid %2")
        .arg(e.knote_watcher())
        .arg(e.knote_target());
  case K::Counter:
    return EventText::tr("%1 = %2").arg(str(t, e.counter_id())).arg(e.counter_value());
  case K::Log: return EventText::tr("kernel message: %1").arg(str(t, e.log_text()));
  case K::Expect:
    return e.expect_ok() ? EventText::tr("expectation at %1 holds").arg(str(t, e.expect_op()))
                         : EventText::tr("expectation at %1 FAILED: %2")
                               .arg(str(t, e.expect_op()), str(t, e.expect_message()));
  case K::Note:
    return e.note_text() >= 0 && e.note_text() < int(t.strings.size())
               ? scenarioText(t.strings.at(e.note_text()))
               : QString();
  }
  return {};
}

} // namespace fsui
