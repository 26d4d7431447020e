// SPDX-License-Identifier: GPL-3.0-or-later
// The debugger reports that fork1 and a new child's first return make:
// eventswitch() and eventswitchchild() of kern_sig.c.
#include "core/kernel/kernel.h"

namespace fs {

void Kernel::push_eventswitch(Lwp& l, int code, int event, Pid other) {
  push(l, Routine::Eventswitch, EVSW_CHECK);
  EventswitchLocals L(l.top().v);
  L.code = code;
  L.event = event;
  L.other = other;
}

void Kernel::step_eventswitchchild(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  EventswitchLocals L(f.v);
  switch (f.pc) {
  case EVSWC_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = EVSWC_PLOCK;
    break;
  case EVSWC_PLOCK:
    if (mutex_enter(l, p.lock)) f.pc = EVSWC_RECHECK;
    break;
  case EVSWC_RECHECK:
    if ((p.slflag & (PSL_TRACED | PSL_TRACEDCHILD)) != (PSL_TRACED | PSL_TRACEDCHILD)) {
      f.pc = EVSWC_UNLOCK; // a detach before we first ran cancels the report
      break;
    }
    // Becomes eventswitch(NB_TRAP_CHLD, event, p_oppid): same frame, tail call.
    f.routine = Routine::Eventswitch;
    f.pc = EVSW_CHECK;
    L.code = NB_TRAP_CHLD;
    L.other = p.oppid;
    break;
  case EVSWC_UNLOCK:
    mutex_exit(l, p.lock);
    mutex_exit(l, PROC_LOCK);
    return ret(l, 0, 0);
  default: break;
  }
}

// Entered holding proc_lock and p_lock; returns with both released.
void Kernel::step_eventswitch(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  EventswitchLocals L(f.v);
  switch (f.pc) {
  case EVSW_CHECK: {
    const bool sigkill = (p.sigpend >> (NB_SIGKILL - 1)) & 1u;
    const bool give_up = (p.sflag & PS_WEXIT) || !(p.slflag & PSL_TRACED) || sigkill;
    f.pc = give_up ? EVSW_GIVEUP : EVSW_RECORD;
    break;
  }
  case EVSW_GIVEUP:
    mutex_exit(l, p.lock);
    mutex_exit(l, PROC_LOCK);
    return ret(l, 0, 0);
  case EVSW_RECORD:
    p.report = PtraceReport{NB_SIGTRAP, L.code, L.event, L.other};
    p.xsig = NB_SIGTRAP;
    p.slflag &= ~PSL_TRACEDCHILD; // reported: child_return will not report again
    f.pc = EVSW_STOP;
    break;
  case EVSW_STOP: {
    p.stat = ProcStat::SSTOP;
    p.waited = false;
    proc_event(ProcAction::State, p);
    if (trace_) {
      trace_->ptrace_details.push_back(PtraceDetail{NB_SIGTRAP, L.code, L.event, L.other});
      emit(EventKind::Ptrace, 0, p.pid, p.pptr,
           static_cast<int32_t>(trace_->ptrace_details.size() - 1));
    }
    if (Proc* dbg = s_.proc(p.pptr)) {
      ++dbg->nstopchild;
      psignal(*dbg, NB_SIGCHLD); // child_psignal: si_code CLD_STOPPED
      cv_broadcast(Wchan{WchanKind::PWaitcv, dbg->pid});
    }
    f.pc = EVSW_SWITCH;
    break;
  }
  case EVSW_SWITCH:
    mutex_exit(l, p.lock);
    mutex_exit(l, PROC_LOCK);
    f.pc = EVSW_RESUMED;
    stop_lwp(l);
    break;
  case EVSW_RESUMED: // continued by the debugger
    if (L.code != NB_TRAP_CHLD) return ret(l, 0, 0);
    if (mutex_enter(l, PROC_LOCK)) f.pc = EVSW_VFORK_CHECK;
    break;
  case EVSW_VFORK_CHECK: f.pc = l.vforkwaiting ? EVSW_VFORK_CV_WAIT : EVSW_UNLOCK; break;
  case EVSW_VFORK_CV_WAIT:
    f.pc = EVSW_VFORK_REACQUIRE;
    cv_wait_begin(l, Wchan{WchanKind::LWaitcv, l.lid}, PROC_LOCK);
    break;
  case EVSW_VFORK_REACQUIRE:
    if (mutex_enter(l, PROC_LOCK)) f.pc = EVSW_VFORK_CHECK;
    break;
  case EVSW_UNLOCK: mutex_exit(l, PROC_LOCK); return ret(l, 0, 0);
  default: break;
  }
}

} // namespace fs
