// SPDX-License-Identifier: GPL-3.0-or-later
// Signals as kern_sig.c handles the ones scenarios use: posting, default
// actions at the return to user mode, stopping and continuing, and the
// traced-process rule (stop for the debugger on every signal but NB_SIGKILL and
// the sigpass set). Handlers are not modelled: every action is the default.
#include "core/kernel/kernel.h"

namespace fs {

namespace {
constexpr uint64_t bit(int sig) { return uint64_t{1} << (sig - 1); }
bool is_stop_signal(int s) {
  return s == NB_SIGSTOP || s == NB_SIGTSTP || s == NB_SIGTTIN || s == NB_SIGTTOU;
}
// Signals whose default action is to ignore them (sigprop SA_IGNORE):
// SIGURG 16, SIGCONT, SIGCHLD, SIGIO 23, SIGWINCH 28, SIGINFO 29, SIGPWR 32.
bool default_ignored(int s) {
  return s == NB_SIGCHLD || s == NB_SIGCONT || s == 16 || s == 23 || s == 28 || s == 29 || s == 32;
}
} // namespace

// proc_stop() and the parent's notification: what wait() scans changes here (the
// child's state, the parent's count of stopped children), so like every such
// change it is made holding proc_lock - that is what makes a parent's "scan the
// children, then sleep on p_waitcv" atomic against it. The LWP itself leaves
// the CPU later, in sigswitch (step_sigstop), when it drops the lock.
void Kernel::proc_stop(Proc& p, int sig) {
  require_proc_lock("proc_stop");
  p.stat = ProcStat::SSTOP;
  p.xsig = sig;
  p.waited = false;
  proc_event(ProcAction::State, p);
  signal_event(SignalAction::Stop, p.pid, sig);
  Proc* parent = s_.proc(p.pptr);
  if (!parent) return;
  ++parent->nstopchild;
  // child_psignal(): SIGCHLD with CLD_STOPPED, unless the parent asked not to
  // hear of stops (PS_NOCLDSTOP) - a debugger always hears.
  const bool traced = (p.slflag & PSL_TRACED) != 0;
  if (traced || !(parent->sflag & PS_NOCLDSTOP)) psignal(*parent, NB_SIGCHLD);
  cv_broadcast(Wchan{WchanKind::PWaitcv, parent->pid});
}

// A stop at the return to user mode, as issignal() and sigswitch() do it: take
// proc_lock, stop, then release the lock and switch away in one step, so that
// nobody can continue the process between the two.
void Kernel::push_sigstop(Lwp& l, int sig) {
  // PS_STOPPING from the moment the signal is taken: NetBSD takes it and
  // calls proc_stop under one hold of p_lock, so a SIGCONT posted meanwhile
  // (it needs that lock) finds the stop under way and cancels it - it is
  // never lost. Here the two are steps apart, so the flag carries that.
  s_.proc_of(l).sflag |= PS_STOPPING;
  push(l, Routine::Sigstop, SIG_STOP_LOCK);
  SigstopLocals(l.top().v).sig = sig;
}

void Kernel::step_sigstop(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  switch (f.pc) {
  case SIG_STOP_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = SIG_STOP;
    break;
  case SIG_STOP:
    // Re-checked under the lock: a SIGKILL posted while we waited for it wins
    // (it would only continue us again), and an exiting process does not stop.
    // A SIGCONT posted since the signal was taken has cancelled the stop
    // (PS_STOPPING cleared), and another LWP may have stopped the process.
    if (!((p.sigpend >> (NB_SIGKILL - 1)) & 1u) && !(p.sflag & PS_WEXIT) &&
        (p.sflag & PS_STOPPING) && p.stat == ProcStat::SACTIVE)
      proc_stop(p, SigstopLocals(f.v).sig);
    p.sflag &= ~PS_STOPPING;
    f.pc = SIG_STOP_SWITCH;
    break;
  case SIG_STOP_SWITCH:
    mutex_exit(l, PROC_LOCK);
    --l.depth; // back at the user-mode boundary: no system call returns here
    if (p.stat == ProcStat::SSTOP) stop_lwp(l);
    break;
  default: break;
  }
}

void Kernel::proc_continue(Proc& p) {
  if (p.stat != ProcStat::SSTOP) return;
  require_proc_lock("proc_continue");
  p.stat = ProcStat::SACTIVE;
  proc_event(ProcAction::State, p);
  s_.for_each_lwp(p, [&](Lwp& l) {
    if (l.lstat == LwpStat::LSSTOP) setrunnable(l);
  });
}

void Kernel::psignal(Proc& p, int sig) {
  if (!p.alive() || p.stat == ProcStat::SZOMB || (p.sflag & PS_WEXIT) || p.pid == 1) {
    signal_event(SignalAction::Discard, p.pid, sig);
    return;
  }
  const bool traced = (p.slflag & PSL_TRACED) != 0;
  if (sig == NB_SIGCONT && !traced) {
    p.sigpend &= ~(bit(NB_SIGSTOP) | bit(NB_SIGTSTP) | bit(NB_SIGTTIN) | bit(NB_SIGTTOU));
    signal_event(SignalAction::Post, p.pid, sig);
    p.sflag &= ~PS_STOPPING; // a stop under way is cancelled (proc_unstop)
    proc_continue(p);        // continue, then the default action is to ignore it
    return;
  }
  if (!traced && default_ignored(sig)) {
    signal_event(SignalAction::Discard, p.pid, sig);
    return;
  }
  if (is_stop_signal(sig)) p.sigpend &= ~bit(NB_SIGCONT);
  p.sigpend |= bit(sig);
  signal_event(SignalAction::Post, p.pid, sig);
  if (sig == NB_SIGKILL && p.stat == ProcStat::SSTOP) {
    // NB_SIGKILL makes even a stopped process run, so it can die.
    require_proc_lock("SIGKILL continuing a stopped process");
    p.stat = ProcStat::SACTIVE;
    proc_event(ProcAction::State, p);
    s_.for_each_lwp(p, [&](Lwp& l) {
      if (l.lstat == LwpStat::LSSTOP) setrunnable(l);
    });
  }
  // kpsignal2: SIGKILL interrupts every LWP in an interruptible sleep, any
  // other signal the first one found.
  bool interrupted_one = false;
  s_.for_each_lwp(p, [&](Lwp& l) {
    if (l.lstat != LwpStat::LSSLEEP || !l.sleep_intr || (interrupted_one && sig != NB_SIGKILL))
      return;
    interrupted_one = true;
    l.interrupted = true;
    wakeup_one(l);
  });
}

// At the return to user mode. True when a signal consumed this step.
bool Kernel::userret_signals(Lwp& l) {
  Proc& p = s_.proc_of(l);
  if (p.deliver_sig != 0) { // a debugger's PT_CONTINUE signal: default action, no stop
    const int sig = p.deliver_sig;
    p.deliver_sig = 0;
    step_event(USER_SIGNAL);
    signal_event(SignalAction::Deliver, p.pid, sig);
    if (is_stop_signal(sig)) {
      push_sigstop(l, sig);
    } else if (!default_ignored(sig)) {
      start_exit(l, 0, sig);
    }
    return true;
  }
  uint64_t pend = p.sigpend;
  if (p.lflag & PL_PPWAIT) // a vfork child leaves the tty stop signals pending
    pend &= ~(bit(NB_SIGTSTP) | bit(NB_SIGTTIN) | bit(NB_SIGTTOU));
  if (pend == 0) return false;
  int sig = (pend & bit(NB_SIGKILL)) ? NB_SIGKILL : __builtin_ctzll(pend) + 1;
  p.sigpend &= ~bit(sig);
  step_event(USER_SIGNAL);
  if (sig == NB_SIGKILL) {
    signal_event(SignalAction::Deliver, p.pid, sig);
    start_exit(l, 0, NB_SIGKILL);
    return true;
  }
  const bool traced = (p.slflag & PSL_TRACED) != 0;
  // A vfork child whose debugger is its own blocked parent must not stop.
  const Lwp* vfork_parent = (p.lflag & PL_PPWAIT) ? s_.lwp(p.vforklwp) : nullptr;
  const bool debugger_is_blocked_parent = vfork_parent && p.pptr == vfork_parent->pid;
  if (traced && !(p.sigpass & bit(sig)) && !debugger_is_blocked_parent) {
    p.report = PtraceReport{sig, 0, 0, 0};
    push_sigstop(l, sig); // the debugger sees "stopped by sig"
    return true;
  }
  signal_event(SignalAction::Deliver, p.pid, sig);
  if (is_stop_signal(sig))
    push_sigstop(l, sig);
  else if (!default_ignored(sig))
    start_exit(l, 0, sig);
  return true;
}

} // namespace fs
