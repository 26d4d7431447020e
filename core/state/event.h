// SPDX-License-Identifier: GPL-3.0-or-later
// One trace event, packed into 20 bytes: the engine records tens of millions of
// them, so strings live in the trace's string table and the tick is kept in a
// separate per-tick index (see trace.h). seq is the event's index.
#pragma once
#include <cassert>
#include <cstdint>

#include "core/state/constants.h"

namespace fs {

enum class EventKind : uint8_t {
  Step,
  Syscall,
  Lock,
  Cv,
  Proc,
  Lwp,
  Sched,
  Signal,
  Ptrace,
  Knote,
  Counter,
  Log,
  Expect,
  Note // extension: a scenario op's "note" is shown (a=op path, c=text)
};

enum class LockAction : uint8_t { Acquire, Spin, Sleep, Release, Wakeup };
enum class CvAction : uint8_t { Wait, Broadcast, Wakeup };
enum class ProcAction : uint8_t { Create, Publish, State, Reparent, Zombie, Reap };
enum class SchedAction : uint8_t { Switch, Enqueue, Idle };
enum class SignalAction : uint8_t { Post, Stop, Deliver, Discard };
enum class SyscallPhase : uint8_t { Enter, Return };

// Field use per kind (a, b, c are int32):
//  Step    a=step label id (step_table.h)
//  Syscall action=phase, a=syscall id, b=retval, c=index into Trace::syscall_details
//  Lock    action, a=lock id (string table), b=owner lid (-1 none)
//  Cv      action, a=cv name (string table), b=lid woken (Wakeup) or -1
//  Proc    action, a=target pid, b=ppid, c=ProcStat
//  Lwp     a=target lid, b=LwpStat, c=wchan (string table, -1 none)
//  Sched   action, a=from lid (-1 idle), b=to lid (-1 idle), c=run queue's CPU (Enqueue)
//  Signal  action, a=target pid, b=signal
//  Ptrace  a=target pid, b=tracer pid, c=index into Trace::ptrace_details
//  Knote   a=watcher pid, b=target pid, c=fflags
//  Counter a=counter name (string table), b=value
//  Log     a=text (string table)
//  Expect  a=op path (string table), b=ok, c=message (string table)
struct Event {
  EventKind kind;
  uint8_t action;
  int16_t cpu; // -1 = null
  int32_t pid; // acting process (= its only LWP's lid), -1 = null
  int32_t a;
  int32_t b;
  int32_t c;

  // Typed reads of a, b and c by kind (the table above), so that a consumer
  // says what it reads instead of decoding the packing. Each asserts its kind
  // in debug builds. The recorder and the readers fill a, b, c directly.
  // Step
  int step_id() const { return is(EventKind::Step), a; }
  // Syscall
  SyscallPhase syscall_phase() const { return is(EventKind::Syscall), SyscallPhase{action}; }
  bool syscall_enter() const { return syscall_phase() == SyscallPhase::Enter; }
  int syscall_id() const { return is(EventKind::Syscall), a; }
  int syscall_retval() const { return is(EventKind::Syscall), b; }
  int syscall_detail() const { return is(EventKind::Syscall), c; } // Trace::syscall_details
  // Lock
  LockAction lock_action() const { return is(EventKind::Lock), LockAction{action}; }
  int lock_id() const { return is(EventKind::Lock), a; } // string table
  int32_t lock_owner() const { return is(EventKind::Lock), b; }
  // Cv
  CvAction cv_action() const { return is(EventKind::Cv), CvAction{action}; }
  int cv_id() const { return is(EventKind::Cv), a; } // string table
  int32_t cv_woken() const { return is(EventKind::Cv), b; }
  // Proc
  ProcAction proc_action() const { return is(EventKind::Proc), ProcAction{action}; }
  int32_t proc_target() const { return is(EventKind::Proc), a; }
  int32_t proc_ppid() const { return is(EventKind::Proc), b; }
  ProcStat proc_stat() const { return is(EventKind::Proc), static_cast<ProcStat>(c); }
  // The child a fork created (proc create: the acting process is the parent).
  int32_t fork_child() const {
    assert(proc_action() == ProcAction::Create);
    return a;
  }
  // The process an event is about, for the kinds that name one (proc, lwp,
  // signal, ptrace), else -1.
  int32_t target_pid() const {
    const bool has = kind == EventKind::Proc || kind == EventKind::Lwp ||
                     kind == EventKind::Signal || kind == EventKind::Ptrace;
    return has ? a : -1;
  }
  // Lwp
  int32_t lwp_target() const { return is(EventKind::Lwp), a; }
  LwpStat lwp_stat() const { return is(EventKind::Lwp), static_cast<LwpStat>(b); }
  int lwp_wchan() const { return is(EventKind::Lwp), c; } // string table, -1 none
  // Sched
  SchedAction sched_action() const { return is(EventKind::Sched), SchedAction{action}; }
  int32_t sched_from() const { return is(EventKind::Sched), a; }
  int32_t sched_to() const { return is(EventKind::Sched), b; }
  int sched_runq_cpu() const { return is(EventKind::Sched), c; } // enqueue: whose run queue
  // Signal
  SignalAction signal_action() const { return is(EventKind::Signal), SignalAction{action}; }
  int32_t signal_target() const { return is(EventKind::Signal), a; }
  int signal_number() const { return is(EventKind::Signal), b; }
  // Ptrace
  int32_t ptrace_target() const { return is(EventKind::Ptrace), a; }
  int32_t ptrace_tracer() const { return is(EventKind::Ptrace), b; }
  int ptrace_detail() const { return is(EventKind::Ptrace), c; } // Trace::ptrace_details
  // Knote
  int32_t knote_watcher() const { return is(EventKind::Knote), a; }
  int32_t knote_target() const { return is(EventKind::Knote), b; }
  int knote_fflags() const { return is(EventKind::Knote), c; }
  // Counter
  int counter_id() const { return is(EventKind::Counter), a; } // string table
  int32_t counter_value() const { return is(EventKind::Counter), b; }
  // Log
  int log_text() const { return is(EventKind::Log), a; } // string table
  // Expect
  int expect_op() const { return is(EventKind::Expect), a; } // string table
  bool expect_ok() const { return is(EventKind::Expect), b != 0; }
  int expect_message() const { return is(EventKind::Expect), c; } // string table
  // Note
  int note_op() const { return is(EventKind::Note), a; }   // string table
  int note_text() const { return is(EventKind::Note), c; } // string table

private:
  void is([[maybe_unused]] EventKind k) const { assert(kind == k); }
};
static_assert(sizeof(Event) == 20, "Event must stay packed: it is the bulk of every trace");

} // namespace fs
