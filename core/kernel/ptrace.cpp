// SPDX-License-Identifier: GPL-3.0-or-later
// The debugger's side: ptrace(2) requests with the permission and state checks
// of sys_ptrace_common.c (most requests need a stopped tracee of ours).
#include "core/kernel/kernel.h"

namespace fs {

namespace {
uint32_t event_mask_to_slflag(int events) {
  uint32_t f = 0;
  if (events & PTRACE_FORK) f |= PSL_TRACEFORK;
  if (events & PTRACE_VFORK) f |= PSL_TRACEVFORK;
  if (events & PTRACE_VFORK_DONE) f |= PSL_TRACEVFORK_DONE;
  if (events & PTRACE_LWP_CREATE) f |= PSL_TRACELWP_CREATE;
  if (events & PTRACE_LWP_EXIT) f |= PSL_TRACELWP_EXIT;
  if (events & PTRACE_POSIX_SPAWN) f |= PSL_TRACEPOSIX_SPAWN;
  return f;
}
int slflag_to_event_mask(uint32_t f) {
  int e = 0;
  if (f & PSL_TRACEFORK) e |= PTRACE_FORK;
  if (f & PSL_TRACEVFORK) e |= PTRACE_VFORK;
  if (f & PSL_TRACEVFORK_DONE) e |= PTRACE_VFORK_DONE;
  if (f & PSL_TRACELWP_CREATE) e |= PTRACE_LWP_CREATE;
  if (f & PSL_TRACELWP_EXIT) e |= PTRACE_LWP_EXIT;
  if (f & PSL_TRACEPOSIX_SPAWN) e |= PTRACE_POSIX_SPAWN;
  return e;
}
constexpr uint32_t kEventFlags = PSL_TRACEFORK | PSL_TRACEVFORK | PSL_TRACEVFORK_DONE |
                                 PSL_TRACELWP_CREATE | PSL_TRACELWP_EXIT | PSL_TRACEPOSIX_SPAWN;
} // namespace

// Returns an errno; 0 = done. Runs under proc_lock.
static int do_ptrace(Kernel& k, KernelState& s, Lwp& l, const Op& op) {
  Proc& p = s.proc_of(l);
  if (op.request == PtraceReq::TraceMe) {
    if (p.slflag & PSL_TRACED) return NB_EBUSY;
    p.slflag |= PSL_TRACED;
    p.opptr = p.pptr; // the parent is the debugger: nothing to reparent
    return 0;
  }
  const Pid pid = k.resolve(l, op.target);
  Proc* t = s.proc(pid);
  if (!t || t->stat == ProcStat::SIDL || t->stat == ProcStat::SZOMB) return NB_ESRCH;

  if (op.request == PtraceReq::Attach) {
    if (t->pid == p.pid) return NB_EINVAL;
    if (t->slflag & PSL_TRACED) return NB_EBUSY;
    if (p.euid != 0 && (t->ruid != p.ruid || (t->flag & PK_SUGID))) return NB_EPERM;
    for (const Proc* a = s.proc(p.pptr); a && a->pid > 1; a = s.proc(a->pptr))
      if (a->pid == t->pid) return NB_EINVAL; // cannot trace an ancestor
    t->slflag |= PSL_TRACED;
    t->opptr = t->pptr;
    if (t->pptr != p.pid) {
      if (Proc* orig = s.proc(t->pptr)) orig->slflag |= PSL_CHTRACED;
      k.change_parent(*t, p.pid); // p_ppid keeps naming the real parent
    }
    k.psignal(*t, NB_SIGSTOP);
    return 0;
  }

  // Everything else: our tracee, stopped, and the stop already seen by wait()
  // (p_waited) - except PT_KILL, which may hit a running tracee.
  if (!(t->slflag & PSL_TRACED)) return NB_EPERM;
  if (t->pptr != p.pid) return NB_EBUSY;
  if (op.request != PtraceReq::Kill && (t->stat != ProcStat::SSTOP || !t->waited)) return NB_EBUSY;

  switch (op.request) {
  case PtraceReq::SetEventMask:
    t->slflag = (t->slflag & ~kEventFlags) | event_mask_to_slflag(op.events);
    return 0;
  case PtraceReq::GetEventMask: l.result_events = slflag_to_event_mask(t->slflag); return 0;
  case PtraceReq::GetProcessState:
    // Zero unless the last stop was a NB_SIGTRAP reporting NB_TRAP_CHLD or NB_TRAP_LWP.
    if (t->report.signo == NB_SIGTRAP &&
        (t->report.code == NB_TRAP_CHLD || t->report.code == NB_TRAP_LWP))
      l.result_report = t->report;
    else
      l.result_report = PtraceReport{};
    return 0;
  case PtraceReq::SetSigpass:
    // SIGKILL cannot be intercepted and SIGSTOP is the debugger's own: both are
    // silently dropped from the set (sigminusset(&sigcantmask, ...)).
    t->sigpass =
        op.sigset & ~((uint64_t{1} << (NB_SIGKILL - 1)) | (uint64_t{1} << (NB_SIGSTOP - 1)));
    return 0;
  case PtraceReq::Continue:
    t->deliver_sig = op.signal;
    k.proc_continue(*t);
    return 0;
  case PtraceReq::Kill:
    k.psignal(*t, NB_SIGKILL);
    k.proc_continue(*t);
    return 0;
  case PtraceReq::Detach: {
    t->slflag &= ~(PSL_TRACED | PSL_TRACEDCHILD | kEventFlags);
    const Pid back = t->opptr;
    t->opptr = -1;
    const Proc* orig = s.proc(back);
    if (back != p.pid) k.reparent(*t, orig && orig->stat != ProcStat::SZOMB ? back : 1);
    if (Proc* o = s.proc(back)) {
      bool still_held = false;
      for (const Proc& q : s.procs)
        still_held |= q.alive() && q.opptr == back && (q.slflag & PSL_TRACED);
      if (!still_held) o->slflag &= ~PSL_CHTRACED;
    }
    t->deliver_sig = op.signal;
    k.proc_continue(*t);
    return 0;
  }
  default: return NB_EINVAL;
  }
}

void Kernel::step_ptrace(Lwp& l, Frame& f) {
  switch (f.pc) {
  case PTRACE_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = PTRACE_DO;
    break;
  case PTRACE_DO: {
    const int err = do_ptrace(*this, s_, l, sc_.ops[static_cast<size_t>(frame_op(f.v))]);
    mutex_exit(l, PROC_LOCK);
    return ret(l, err ? -1 : 0, err);
  }
  default: break;
  }
}

} // namespace fs
