// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/breakpoints.h"

#include <QCoreApplication>
#include <cstring>

#include "core/state/names.h"
#include "core/state/step_table.h"

namespace fsui {

QStringList Breakpoint::kindNames() {
  return {tr("kern_fork.c line"), tr("step label"),    tr("ptrace stop"), tr("lock contention"),
          tr("syscall error"),    tr("process state"), tr("pid"),         tr("lock name")};
}

QString Breakpoint::describe() const {
  switch (kind) {
  case Kind::SourceLine: return tr("kern_fork.c:%1").arg(number);
  case Kind::StepLabel: return tr("step %1").arg(text);
  case Kind::PtraceStop: return tr("any ptrace stop");
  case Kind::LockContention:
    return text.isEmpty() ? tr("any lock contention") : tr("contention on %1").arg(text);
  case Kind::SyscallErrno:
    return text.isEmpty() ? tr("any system call error")
                          : tr("a system call fails with %1").arg(text);
  case Kind::ProcState: return tr("a process enters %1").arg(text);
  case Kind::Pid: return tr("pid %1 acts or changes").arg(number);
  case Kind::LockName: return tr("traffic on %1").arg(text);
  }
  return {};
}

void Breakpoints::add(const Breakpoint& b) {
  if (!list_.contains(b)) list_.push_back(b);
}

void Breakpoints::remove(int index) {
  if (index >= 0 && index < list_.size()) list_.removeAt(index);
}

void Breakpoints::setEnabled(int index, bool enabled) {
  if (index >= 0 && index < list_.size()) list_[index].enabled = enabled;
}

bool Breakpoints::hasLine(int line) const {
  return list_.contains(Breakpoint{Breakpoint::Kind::SourceLine, line, {}, true});
}

bool Breakpoints::hasLineIn(int first, int last) const {
  for (const Breakpoint& b : list_)
    if (b.kind == Breakpoint::Kind::SourceLine && b.number >= first && b.number <= last)
      return true;
  return false;
}

bool Breakpoints::hasLabel(const QString& label) const {
  return list_.contains(Breakpoint{Breakpoint::Kind::StepLabel, 0, label, true});
}

bool Breakpoints::toggle(const Breakpoint& b) {
  const int i = static_cast<int>(list_.indexOf(b));
  if (i >= 0) {
    list_.removeAt(i);
    return false;
  }
  list_.push_back(b);
  return true;
}

bool Breakpoints::matches(const Breakpoint& b, const fs::Trace& t, const fs::Event& e) const {
  using K = Breakpoint::Kind;
  const QByteArray text = b.text.toUtf8();
  auto str = [&t](int id) -> const std::string& { return t.strings.at(id); };
  switch (b.kind) {
  case K::SourceLine: {
    if (e.kind != fs::EventKind::Step) return false;
    // Any line of the step's range: a breakpoint inside an if's body or on a
    // continuation line stops at the step that models it.
    return fs::step_covers_line(fs::step_info(e.step_id()), "kern_fork.c", b.number);
  }
  case K::StepLabel:
    return e.kind == fs::EventKind::Step && text == fs::step_info(e.step_id()).label;
  case K::PtraceStop: return e.kind == fs::EventKind::Ptrace;
  case K::LockContention: {
    if (e.kind != fs::EventKind::Lock) return false;
    const auto a = e.lock_action();
    if (a != fs::LockAction::Spin && a != fs::LockAction::Sleep) return false;
    return text.isEmpty() || text == str(e.lock_id()).c_str();
  }
  case K::SyscallErrno: {
    if (e.kind != fs::EventKind::Syscall || e.syscall_phase() != fs::SyscallPhase::Return)
      return false;
    const fs::SyscallDetail* d = t.syscall_detail(e);
    if (!d) return false;
    const int err = d->error;
    return err != 0 && (text.isEmpty() || text == fs::errno_name(err).c_str());
  }
  case K::ProcState:
    if (e.kind == fs::EventKind::Proc)
      return e.proc_stat() != fs::ProcStat{} && text == fs::proc_stat_name(e.proc_stat());
    if (e.kind == fs::EventKind::Lwp)
      return e.lwp_stat() != fs::LwpStat{} && text == fs::lwp_stat_name(e.lwp_stat());
    return false;
  case K::Pid:
    if (e.pid == b.number) return true;
    return e.target_pid() == b.number;
  case K::LockName: return e.kind == fs::EventKind::Lock && text == str(e.lock_id()).c_str();
  }
  return false;
}

std::optional<BreakpointHit> Breakpoints::firstHit(const fs::Trace& t, quint64 from,
                                                   quint64 to) const {
  if (to <= from || t.step_first_event.empty()) return std::nullopt;
  bool any = false;
  for (const Breakpoint& b : list_) any = any || b.enabled;
  if (!any) return std::nullopt;
  // Events of step k (1-based) start at step_first_event[k-1].
  const size_t nsteps = t.step_first_event.size();
  if (from >= nsteps) return std::nullopt;
  const uint32_t first = t.step_first_event[static_cast<size_t>(from)];
  const uint32_t last = to < nsteps ? t.step_first_event[static_cast<size_t>(to)]
                                    : static_cast<uint32_t>(t.events.size());
  for (uint32_t seq = first; seq < last; ++seq) {
    const fs::Event& e = t.events[seq];
    for (int i = 0; i < list_.size(); ++i) {
      if (!list_[i].enabled || !matches(list_[i], t, e)) continue;
      return BreakpointHit{t.step_of_event(seq) + 1, i, seq};
    }
  }
  return std::nullopt;
}

} // namespace fsui
