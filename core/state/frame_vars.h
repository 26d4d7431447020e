// SPDX-License-Identifier: GPL-3.0-or-later
// The locals of each kernel routine, by name. A Frame keeps them as ten plain
// int32 slots (Frame::v: cheap to copy, hash and diff, like all kernel state);
// a routine reads and writes them only through its own view below, so every
// slot has one name per routine, declared once, here - for the kernel and for
// the code that reads frames from outside it (the invariant checker, the step
// facts). A view holds references: `Fork1Locals L(f.v); L.child = pid;`
// writes the frame.
#pragma once
#include <array>
#include <cstdint>
#include <type_traits>

namespace fs {

using FrameSlots = std::array<int32_t, 10>;

// Slot 7 is the same in every system call's frame: the index of the scenario
// op it runs, set on entry (core/kernel/user.cpp, enter_syscall).
inline constexpr int kOpSlot = 7;

// Int is int32_t for a routine's own view, const int32_t for a reader's.
template <class Int>
using SlotsOf = std::conditional_t<std::is_const_v<Int>, const FrameSlots, FrameSlots>;

// sys_fork, sys_vfork, sys___vfork14 and sys___clone, then fork1() they
// tail-call in the same frame (kern_fork.c L117-L198, then L244 on): fork1's
// arguments and the locals it keeps across its steps.
template <class Int> struct Fork1LocalsOf {
  Int& flags;    // fork1's flags (FORK_PPWAIT, FORK_SHAREVM, ...)
  Int& exitsig;  // fork1's exitsig: the signal the parent gets when the child exits
  Int& tnprocs;  // L258: nprocs after this fork's increment
  Int& uid;      // the real uid the child is charged to (chgproccnt, L283)
  Int& count;    // L283: that uid's process count after this fork's increment
  Int& child;    // p2's pid from proc_alloc on (L309), -1 before
  Int& reserved; // RES_* bits: what fork1 holds and gives back if it fails
  Int& op;       // the scenario op (kOpSlot)
  Int& parent;   // p2's parent: p1, or initproc for FORK_NOWAIT (L433)
  // Slot 9 serves two moments of the same frame: sys___clone's raw argument
  // until it is translated into flags and exitsig (L173-L188), then the pid
  // fork1 returns to the parent (retval[0], L600) and reports to a debugger
  // (L613, L629).
  Int& clone_arg;
  Int& child_pid;
  explicit Fork1LocalsOf(SlotsOf<Int>& v)
      : flags(v[0]), exitsig(v[1]), tnprocs(v[2]), uid(v[3]), count(v[4]), child(v[5]),
        reserved(v[6]), op(v[kOpSlot]), parent(v[8]), clone_arg(v[9]), child_pid(v[9]) {}
};
using Fork1Locals = Fork1LocalsOf<int32_t>;
using Fork1LocalsReader = Fork1LocalsOf<const int32_t>;

// fork1's reserved bits.
inline constexpr int RES_NPROCS = 1, RES_PROCCNT = 2, RES_UAREA = 4;

// wait4(2) and waitpid (kern_exit.c do_sys_waitP / do_sys_wait).
template <class Int> struct WaitLocalsOf {
  Int& target;       // the pid asked for, -1 for any child
  Int& options;      // WNOHANG, WUNTRACED, ...
  Int& found;        // the child found by the scan, reaped or reported
  Int& retval;       // what the call returns ...
  Int& err;          // ... and its errno (ERESTART_ to restart after a signal)
  Int& status_kind;  // WaitStatusKind of the status reported
  Int& status_value; // its exit status or signal
  Int& op;           // the scenario op (kOpSlot)
  explicit WaitLocalsOf(SlotsOf<Int>& v)
      : target(v[0]), options(v[1]), found(v[2]), retval(v[3]), err(v[4]), status_kind(v[5]),
        status_value(v[6]), op(v[kOpSlot]) {}
};
using WaitLocals = WaitLocalsOf<int32_t>;

// execve(2) (kern_exec.c execve1).
template <class Int> struct ExecLocalsOf {
  Int& op; // the scenario op (kOpSlot)
  // Slot 9 serves two moments: the vfork parent just released (its pid, from
  // the release until proc_lock is dropped), then how many of the two locks
  // the NB_TRAP_EXEC report needs have been taken (0, 1).
  Int& released_parent;
  Int& trap_locks;
  explicit ExecLocalsOf(SlotsOf<Int>& v)
      : op(v[kOpSlot]), released_parent(v[9]), trap_locks(v[9]) {}
};
using ExecLocals = ExecLocalsOf<int32_t>;

// exit1() (kern_exit.c): how the process ends.
template <class Int> struct ExitLocalsOf {
  Int& status; // exit status
  Int& sig;    // terminating signal, 0 for a normal exit
  explicit ExitLocalsOf(SlotsOf<Int>& v) : status(v[0]), sig(v[1]) {}
};
using ExitLocals = ExitLocalsOf<int32_t>;

// eventswitch() and eventswitchchild() (kern_sig.c): the report a debugger gets.
template <class Int> struct EventswitchLocalsOf {
  Int& code;  // si_code: TRAP_CHLD, TRAP_EXEC, ...
  Int& event; // PTRACE_FORK, PTRACE_VFORK, ...
  Int& other; // the other process of the event (pe_other_pid)
  explicit EventswitchLocalsOf(SlotsOf<Int>& v) : code(v[0]), event(v[1]), other(v[2]) {}
};
using EventswitchLocals = EventswitchLocalsOf<int32_t>;

// A stop at the return to user mode (issignal / sigswitch).
template <class Int> struct SigstopLocalsOf {
  Int& sig; // the stop signal
  explicit SigstopLocalsOf(SlotsOf<Int>& v) : sig(v[0]) {}
};
using SigstopLocals = SigstopLocalsOf<int32_t>;

// _lwp_create (sys_lwp.c, kern_lwp.c lwp_create and lwp_start).
template <class Int> struct LwpCreateLocalsOf {
  Int& lid; // the new LWP's id, from lwp_create.alloc_lwpid on
  Int& op;  // the scenario op (kOpSlot)
  explicit LwpCreateLocalsOf(SlotsOf<Int>& v) : lid(v[0]), op(v[kOpSlot]) {}
};
using LwpCreateLocals = LwpCreateLocalsOf<int32_t>;

// exit_lwps (kern_exit.c), called by exit1 or by execve_runproc.
template <class Int> struct ExitLwpsLocalsOf {
  Int& for_exec; // 1 when execve called it: an exec gives way to an exit under way
  explicit ExitLwpsLocalsOf(SlotsOf<Int>& v) : for_exec(v[0]) {}
};
using ExitLwpsLocals = ExitLwpsLocalsOf<int32_t>;

// The scenario op of any system call's frame.
inline int32_t frame_op(const FrameSlots& v) { return v[kOpSlot]; }

inline constexpr int ERESTART_ = -1; // internal: restart the system call after userret

} // namespace fs
