// SPDX-License-Identifier: GPL-3.0-or-later
// One trace event, packed into 20 bytes: the engine records tens of millions of
// them, so strings live in the trace's string table and the tick is kept in a
// separate per-tick index (see trace.h). seq is the event's index.
#pragma once
#include <cstdint>

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
//  Sched   action, a=from lid (-1 idle), b=to lid (-1 idle)
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
};
static_assert(sizeof(Event) == 20, "Event must stay packed: it is the bulk of every trace");

} // namespace fs
