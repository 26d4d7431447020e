// SPDX-License-Identifier: GPL-3.0-or-later
// fork1() from L511: publication under proc_lock, the debugger's fork events,
// and the vfork wait. The child may run on another CPU from L591 on.
#include "core/kernel/kernel.h"

namespace fs {

void Kernel::step_fork1_publish(Lwp& l1, Frame& f) {
  Proc& p1 = s_.proc_of(l1);
  Fork1Locals L(f.v);
  const int flags = L.flags;
  Proc* p2 = proc_hinted(L.child, child_hint());
  auto go = [&f](int pc) { f.pc = static_cast<uint16_t>(pc); };

  switch (f.pc) {
  case FORK1_PROC_LOCK_ENTER:
    if (mutex_enter(l1, PROC_LOCK)) go(FORK1_CONTROLT);
    break;
  case FORK1_CONTROLT: go(FORK1_CHILDREN_INSERT); break;
  case FORK1_CHILDREN_INSERT:
    insert_child_head(*s_.proc(L.parent), p2->pid);
    p2->exitsig = L.exitsig;
    go(FORK1_TRACE_REPARENT);
    break;
  case FORK1_TRACE_REPARENT:
    go(tracefork(p1, flags) || tracevfork(p1, flags) ? FORK1_PROC_CHANGEPARENT : FORK1_OPPID);
    break;
  case FORK1_PROC_CHANGEPARENT: // proc_changeparent(p2, p1->p_pptr): the debugger gets the child
    p2->slflag |= PSL_TRACED;
    p2->opptr = p2->pptr;
    if (Proc* old = s_.proc(p2->pptr); old && p2->pptr != p1.pptr) old->slflag |= PSL_CHTRACED;
    change_parent(*p2, p1.pptr);
    p2->slflag |= PSL_TRACEDCHILD;
    go(FORK1_OPPID);
    break;
  case FORK1_OPPID:
    p2->oppid = p1.pid;
    go(FORK1_PGLIST);
    break;
  case FORK1_PGLIST:
    p2->pgid = p1.pgid;
    p2->sid = p1.sid;
    p2->published = true;
    proc_event(ProcAction::Publish, *p2);
    go(FORK1_TRACE_ENABLED);
    break;
  case FORK1_TRACE_ENABLED: go(FORK1_COUNTERS); break;
  case FORK1_COUNTERS:
    counter("forks", ++s_.forks);
    if (flags & FORK_PPWAIT) counter("forks_ppwait", ++s_.forks_ppwait);
    if (flags & FORK_SHAREVM) counter("forks_sharevm", ++s_.forks_sharevm);
    go(FORK1_KTRPOINT);
    break;
  case FORK1_KTRPOINT: go(FORK1_KNOTE_CHECK); break;
  case FORK1_KNOTE_CHECK: {
    bool watched = false;
    for (const Knote& kn : s_.knotes) watched |= kn.target == p1.pid;
    go(watched ? FORK1_KNOTE_UNLOCK : FORK1_CHILD_LOCK_ENTER);
    break;
  }
  case FORK1_KNOTE_UNLOCK:
    mutex_exit(l1, PROC_LOCK);
    go(FORK1_KNOTE_FORK);
    break;
  case FORK1_KNOTE_FORK:
    knote_fork(p1, *p2);
    go(FORK1_KNOTE_RELOCK);
    break;
  case FORK1_KNOTE_RELOCK:
    if (mutex_enter(l1, PROC_LOCK)) go(FORK1_CHILD_LOCK_ENTER);
    break;
  case FORK1_CHILD_LOCK_ENTER:
    if (mutex_enter(l1, p2->lock)) go(FORK1_PROFIL);
    break;
  case FORK1_PROFIL: go(FORK1_START_TIME); break;
  case FORK1_START_TIME:
    p2->start_tick = s_.tick;
    go(FORK1_LWP_LOCK);
    break;
  case FORK1_LWP_LOCK:
    ++l1.spin_locks; // a spin lock: no preemption until it is released
    lwp_lock_event(s_.first_lwp(*p2)->lid, LockAction::Acquire, l1.lid);
    go(FORK1_STOPFORK_CHECK);
    break;
  case FORK1_STOPFORK_CHECK:
    go((p2->sflag & PS_STOPFORK) ? FORK1_CREATE_STOPPED : FORK1_MAKE_RUNNABLE);
    break;
  case FORK1_CREATE_STOPPED:
    p2->stat = ProcStat::SSTOP;
    p2->waited = false;
    ++p1.nstopchild; // the forking parent's count, whoever the parent is now
    count_lstat_change(*s_.first_lwp(*p2), LwpStat::LSIDL, LwpStat::LSSTOP); // F:581
    s_.first_lwp(*p2)->lstat = LwpStat::LSSTOP;
    proc_event(ProcAction::State, *p2);
    lwp_event(*s_.first_lwp(*p2));
    lwp_lock_event(s_.first_lwp(*p2)->lid, LockAction::Release, l1.lid);
    --l1.spin_locks;
    go(FORK1_RETVAL);
    break;
  case FORK1_MAKE_RUNNABLE:
    p2->stat = ProcStat::SACTIVE;
    proc_event(ProcAction::State, *p2);
    go(FORK1_SETRUNNABLE);
    break;
  case FORK1_SETRUNNABLE:
    setrunnable(*s_.first_lwp(*p2)); // setrunnable unlocks the LWP
    lwp_lock_event(s_.first_lwp(*p2)->lid, LockAction::Release, l1.lid);
    --l1.spin_locks;
    go(FORK1_RETVAL);
    break;
  case FORK1_RETVAL:
    L.child_pid = p2->pid;
    go(FORK1_CHILD_LOCK_EXIT);
    break;
  case FORK1_CHILD_LOCK_EXIT:
    mutex_exit(l1, p2->lock);
    go(FORK1_TRACE_EVENT_CHECK);
    break;

  // ---- Event and vfork phase, still holding proc_lock.
  case FORK1_TRACE_EVENT_CHECK: // re-evaluated against the current flags
    go(tracefork(p1, flags) || tracevfork(p1, flags) ? FORK1_TRACE_PLOCK_ENTER
                                                     : FORK1_VFORK_WAIT_CHECK);
    break;
  case FORK1_TRACE_PLOCK_ENTER:
    if (mutex_enter(l1, p1.lock)) go(FORK1_EVENTSWITCH);
    break;
  case FORK1_EVENTSWITCH: {
    const int event = tracefork(p1, flags) ? PTRACE_FORK : PTRACE_VFORK;
    go(FORK1_TRACE_PROC_LOCK_ENTER);
    push_eventswitch(l1, NB_TRAP_CHLD, event, L.child_pid);
    break;
  }
  case FORK1_TRACE_PROC_LOCK_ENTER:
    if (mutex_enter(l1, PROC_LOCK)) go(FORK1_VFORK_WAIT_CHECK);
    break;
  case FORK1_VFORK_WAIT_CHECK:
    go(l1.vforkwaiting ? FORK1_VFORK_CV_WAIT : FORK1_VFORKDONE_CHECK);
    break;
  case FORK1_VFORK_CV_WAIT:
    go(FORK1_VFORK_REACQUIRE);
    cv_wait_begin(l1, Wchan{WchanKind::LWaitcv, l1.lid}, PROC_LOCK);
    break;
  case FORK1_VFORK_REACQUIRE:
    if (mutex_enter(l1, PROC_LOCK)) go(FORK1_VFORK_WAIT_CHECK);
    break;
  case FORK1_VFORKDONE_CHECK: // a detach while we slept cancels the report
    go(tracevforkdone(p1, flags) ? FORK1_VFORKDONE_PLOCK_ENTER : FORK1_PROC_LOCK_EXIT);
    break;
  case FORK1_VFORKDONE_PLOCK_ENTER:
    if (mutex_enter(l1, p1.lock)) go(FORK1_VFORKDONE_EVENTSWITCH);
    break;
  case FORK1_VFORKDONE_EVENTSWITCH:
    go(FORK1_RETURN);
    push_eventswitch(l1, NB_TRAP_CHLD, PTRACE_VFORK_DONE, L.child_pid);
    break;
  case FORK1_PROC_LOCK_EXIT:
    mutex_exit(l1, PROC_LOCK);
    go(FORK1_RETURN);
    break;
  case FORK1_RETURN: return ret(l1, L.child_pid, 0);
  default: break;
  }
}

} // namespace fs
