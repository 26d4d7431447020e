// SPDX-License-Identifier: GPL-3.0-or-later
// kern_fork.c L116-198: the system calls that lead into fork1(). Each ends by
// turning its own frame into fork1's (a tail call), as `return fork1(...)` does.
#include "core/kernel/kernel.h"

namespace fs {

namespace {
void tail_call_fork1(Frame& f, int flags, int exitsig) {
  Fork1Locals L(f.v);
  f.routine = Routine::Fork1;
  f.pc = FORK1_GETUID;
  L.flags = flags;
  L.exitsig = exitsig;
  L.tnprocs = 0;
  L.uid = 0;
  L.count = 0;
  L.child = -1;
  L.reserved = 0;
  L.parent = -1;
  L.child_pid = 0; // the clone argument, if any, is spent: slot 9 is fork1's now
}
} // namespace

// sys_fork, sys_vfork, sys___vfork14: one statement each.
void Kernel::step_sys_fork(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  (void)p;
  switch (f.pc) {
  case SYS_FORK_CALL: tail_call_fork1(f, 0, NB_SIGCHLD); break;
  case SYS_VFORK_CALL: tail_call_fork1(f, FORK_PPWAIT, NB_SIGCHLD); break;
  case SYS_VFORK14_CALL: tail_call_fork1(f, FORK_PPWAIT | FORK_SHAREVM, NB_SIGCHLD); break;
  default: break;
  }
}

// sys___clone: clone_arg holds the raw argument until it becomes flags and exitsig.
void Kernel::step_sys_clone(Lwp& l, Frame& f) {
  Fork1Locals L(f.v);
  const int raw = L.clone_arg;
  switch (f.pc) {
  case CLONE_PTRACE_CHECK:
    if (raw & NB_CLONE_PTRACE) return ret(l, -1, NB_EINVAL);
    f.pc = CLONE_SIGHAND_CHECK;
    break;
  case CLONE_SIGHAND_CHECK:
    if ((raw & NB_CLONE_SIGHAND) && (raw & NB_CLONE_VM) == 0) return ret(l, -1, NB_EINVAL);
    f.pc = CLONE_MAP_FLAGS;
    break;
  case CLONE_MAP_FLAGS: {
    int flags = 0;
    if (raw & NB_CLONE_VM) flags |= FORK_SHAREVM;
    if (raw & NB_CLONE_FS) flags |= FORK_SHARECWD;
    if (raw & NB_CLONE_FILES) flags |= FORK_SHAREFILES;
    if (raw & NB_CLONE_SIGHAND) flags |= FORK_SHARESIGS;
    if (raw & NB_CLONE_VFORK) flags |= FORK_PPWAIT;
    L.flags = flags;
    f.pc = CLONE_EXIT_SIGNAL;
    break;
  }
  case CLONE_EXIT_SIGNAL:
    L.exitsig = raw & NB_CLONE_CSIGNAL;
    f.pc = CLONE_SIGNAL_CHECK;
    break;
  case CLONE_SIGNAL_CHECK:
    if (L.exitsig < 0 || L.exitsig >= NSIG_) return ret(l, -1, NB_EINVAL);
    f.pc = CLONE_CALL;
    break;
  case CLONE_CALL: tail_call_fork1(f, L.flags, L.exitsig); break;
  default: break;
  }
}

} // namespace fs
