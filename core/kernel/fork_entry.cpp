// SPDX-License-Identifier: GPL-3.0-or-later
// kern_fork.c L116-198: the system calls that lead into fork1(). Each ends by
// turning its own frame into fork1's (a tail call), as `return fork1(...)` does.
#include "core/kernel/kernel.h"

namespace fs {

namespace {
void tail_call_fork1(Frame& f, int flags, int exitsig) {
  f.routine = Routine::Fork1;
  f.pc = FORK1_GETUID;
  f.v[fv::FLAGS] = flags;
  f.v[fv::EXITSIG] = exitsig;
  f.v[fv::TNPROCS] = 0;
  f.v[fv::UID] = 0;
  f.v[fv::COUNT] = 0;
  f.v[fv::CHILD] = -1;
  f.v[fv::RESERVED] = 0;
  f.v[fv::PARENT] = -1;
  f.v[fv::AUX] = 0;
}
} // namespace

// sys_fork, sys_vfork, sys___vfork14: one statement each.
void Kernel::step_sys_fork(Proc& p, Frame& f) {
  (void)p;
  switch (f.pc) {
  case SYS_FORK_CALL: tail_call_fork1(f, 0, NB_SIGCHLD); break;
  case SYS_VFORK_CALL: tail_call_fork1(f, FORK_PPWAIT, NB_SIGCHLD); break;
  case SYS_VFORK14_CALL: tail_call_fork1(f, FORK_PPWAIT | FORK_SHAREVM, NB_SIGCHLD); break;
  default: break;
  }
}

// sys___clone: v[FLAGS] holds the raw clone argument until it is translated.
void Kernel::step_sys_clone(Proc& p, Frame& f) {
  const int raw = f.v[fv::AUX];
  switch (f.pc) {
  case CLONE_PTRACE_CHECK:
    if (raw & NB_CLONE_PTRACE) return ret(p, -1, NB_EINVAL);
    f.pc = CLONE_SIGHAND_CHECK;
    break;
  case CLONE_SIGHAND_CHECK:
    if ((raw & NB_CLONE_SIGHAND) && (raw & NB_CLONE_VM) == 0) return ret(p, -1, NB_EINVAL);
    f.pc = CLONE_MAP_FLAGS;
    break;
  case CLONE_MAP_FLAGS: {
    int flags = 0;
    if (raw & NB_CLONE_VM) flags |= FORK_SHAREVM;
    if (raw & NB_CLONE_FS) flags |= FORK_SHARECWD;
    if (raw & NB_CLONE_FILES) flags |= FORK_SHAREFILES;
    if (raw & NB_CLONE_SIGHAND) flags |= FORK_SHARESIGS;
    if (raw & NB_CLONE_VFORK) flags |= FORK_PPWAIT;
    f.v[fv::FLAGS] = flags;
    f.pc = CLONE_EXIT_SIGNAL;
    break;
  }
  case CLONE_EXIT_SIGNAL:
    f.v[fv::EXITSIG] = raw & NB_CLONE_CSIGNAL;
    f.pc = CLONE_SIGNAL_CHECK;
    break;
  case CLONE_SIGNAL_CHECK:
    if (f.v[fv::EXITSIG] < 0 || f.v[fv::EXITSIG] >= NSIG_) return ret(p, -1, NB_EINVAL);
    f.pc = CLONE_CALL;
    break;
  case CLONE_CALL: tail_call_fork1(f, f.v[fv::FLAGS], f.v[fv::EXITSIG]); break;
  default: break;
  }
}

} // namespace fs
