// SPDX-License-Identifier: GPL-3.0-or-later
// Breakpoints for "run to breakpoint": conditions on the recorded trace, so a
// run can stop on a source line, a step, a kind of event, a pid or a lock.
// They are evaluated over the events between the current and the target step,
// never by re-running the machine.
#pragma once
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

#include "core/trace/trace.h"

namespace fsui {

struct Breakpoint {
  enum class Kind {
    SourceLine,     // a kern_fork.c line (number)
    StepLabel,      // a step of the step table, e.g. "fork1.children_insert" (text)
    PtraceStop,     // a debugger event stop (eventswitch)
    LockContention, // someone spins or sleeps on a lock (text = lock name, empty = any)
    SyscallErrno,   // a system call returns an error (text = errno name, empty = any)
    ProcState,      // a process or LWP enters a state, e.g. "SSTOP", "LSSLEEP" (text)
    Pid,            // the process acts or is acted upon (number)
    LockName,       // any traffic on a lock, e.g. "proc_lock" (text)
  };
  Kind kind = Kind::SourceLine;
  int number = 0;
  QString text;
  bool enabled = true;

  QString describe() const;
  bool operator==(const Breakpoint& o) const {
    return kind == o.kind && number == o.number && text == o.text;
  }
  static QStringList kindNames(); // in Kind order, translated
  Q_DECLARE_TR_FUNCTIONS(Breakpoint)
};

struct BreakpointHit {
  quint64 step = 0; // the step after which the state shows the hit
  int breakpoint = -1;
  uint32_t event = 0;
};

class Breakpoints {
public:
  const QVector<Breakpoint>& all() const { return list_; }
  void add(const Breakpoint& b);
  void remove(int index);
  void clear() { list_.clear(); }
  void setEnabled(int index, bool enabled);
  bool hasLine(int line) const;
  bool hasLineIn(int first, int last) const; // a kern_fork.c line breakpoint in first..last
  bool hasLabel(const QString& label) const;
  // Adds the breakpoint if absent, removes it if present; returns true when now set.
  bool toggle(const Breakpoint& b);

  // The first step in (from, to] with an event matching an enabled breakpoint.
  std::optional<BreakpointHit> firstHit(const fs::Trace& trace, quint64 from, quint64 to) const;
  bool matches(const Breakpoint& b, const fs::Trace& trace, const fs::Event& e) const;

private:
  QVector<Breakpoint> list_;
};

} // namespace fsui
