// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/kstate_text.h"

#include "core/state/frame_vars.h"

#include <QCoreApplication>

#include "core/state/step_table.h"

namespace fsui {

namespace {
// KernelText::tr(): the context "KernelText" for lupdate and at run time alike.
struct KernelText {
  Q_DECLARE_TR_FUNCTIONS(KernelText)
};
} // namespace

QString mutexName(const fs::KernelState& s, int slot) {
  if (slot < 0 || static_cast<size_t>(slot) >= s.mutexes.size()) return KernelText::tr("(no lock)");
  return QString::fromStdString(fs::mutex_name(s, slot)); // the ids the trace uses
}

QString procLabel(const fs::KernelState& s, int pid) {
  if (const fs::Proc* p = s.proc(pid))
    return QStringLiteral("%1 %2").arg(pid).arg(QString::fromStdString(p->name));
  return QString::number(pid);
}

QString lwpLabel(const fs::KernelState& s, fs::Lid lid) {
  const fs::Lwp* l = s.lwp(lid);
  if (!l) return QString::number(lid);
  const QString proc = procLabel(s, l->pid);
  if (s.proc_of(*l).nlwps <= 1) return proc;
  return KernelText::tr("%1 (LWP %2)").arg(proc).arg(lid);
}

QString actorLabel(const fs::KernelState& s, int pid, fs::Lid lid) {
  if (const fs::Lwp* l = s.lwp(lid); l && l->pid == pid) return lwpLabel(s, lid);
  if (lid >= 0 && lid != pid) return KernelText::tr("%1 (LWP %2)").arg(procLabel(s, pid)).arg(lid);
  return procLabel(s, pid);
}

QString wchanText(const fs::KernelState& s, const fs::Wchan& w, bool compact) {
  if (compact) switch (w.kind) {
    case fs::WchanKind::Turnstile:
      return KernelText::tr("turnstile of %1").arg(mutexName(s, w.obj));
    case fs::WchanKind::LWaitcv: return KernelText::tr("l_waitcv of LWP %1").arg(w.obj);
    case fs::WchanKind::PWaitcv: return KernelText::tr("p_waitcv of %1").arg(procLabel(s, w.obj));
    case fs::WchanKind::Forkmx: return QStringLiteral("forkfsleep");
    case fs::WchanKind::Forkulim: return KernelText::tr("the uid limit");
    case fs::WchanKind::Nanosleep: return KernelText::tr("a timer");
    case fs::WchanKind::Kevent: return KernelText::tr("its kqueue");
    case fs::WchanKind::LwpCv: return KernelText::tr("its other LWPs");
    case fs::WchanKind::None: return {};
    }
  switch (w.kind) {
  case fs::WchanKind::None: return {};
  case fs::WchanKind::Turnstile:
    return KernelText::tr("the turnstile of %1").arg(mutexName(s, w.obj));
  case fs::WchanKind::LWaitcv:
    return KernelText::tr("l_waitcv of LWP %1 (vfork: until the child execs or exits)").arg(w.obj);
  case fs::WchanKind::PWaitcv:
    return KernelText::tr("p_waitcv of %1 (wait for a child)").arg(procLabel(s, w.obj));
  case fs::WchanKind::Forkmx: return KernelText::tr("forkfsleep (process table was full)");
  case fs::WchanKind::Forkulim: return KernelText::tr("the per-user process limit (fork1 L290)");
  case fs::WchanKind::Nanosleep: return KernelText::tr("a timer (sleep)");
  case fs::WchanKind::Kevent: return KernelText::tr("its kqueue (kevent)");
  case fs::WchanKind::LwpCv:
    return KernelText::tr("p_lwpcv of %1 (exit or exec: until its other LWPs are gone)")
        .arg(procLabel(s, w.obj));
  }
  return {};
}

int currentStepId(const fs::Lwp& l) {
  if (l.depth == 0) return -1;
  const int id = l.frames[static_cast<size_t>(l.depth - 1)].pc;
  return id < fs::step_count() ? id : -1;
}

QString whereText(const fs::Lwp& l, bool compact) {
  const int id = currentStepId(l);
  if (id < 0) return KernelText::tr("user mode");
  return whereOfStep(id, compact);
}

QString whereOfStep(int id, bool compact) {
  if (id < 0 || id >= fs::step_count()) return KernelText::tr("user mode");
  const fs::StepInfo& si = fs::step_info(id);
  if (compact && si.file[0] != '\0') {
    QString w = QLatin1String(si.func);
    if (si.line > 0) w += QStringLiteral(":%1").arg(si.line);
    if (si.line_end > si.line) w += QStringLiteral("-%1").arg(si.line_end);
    return w;
  }
  if (si.line_end > si.line)
    return QStringLiteral("%1() · %2:%3-%4")
        .arg(QLatin1String(si.func), QLatin1String(si.file))
        .arg(si.line)
        .arg(si.line_end);
  if (si.line > 0)
    return QStringLiteral("%1() · %2:%3")
        .arg(QLatin1String(si.func), QLatin1String(si.file))
        .arg(si.line);
  if (si.file[0] == '\0') return KernelText::tr("user mode"); // user.compute, user.syscall
  return QStringLiteral("%1() · %2").arg(QLatin1String(si.func), QLatin1String(si.file));
}

QString stepNarration(int id) {
  if (id < 0 || id >= fs::step_count()) return {};
  return QCoreApplication::translate("Narration", fs::step_info(id).narration);
}

} // namespace fsui
