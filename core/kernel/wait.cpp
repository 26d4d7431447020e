// SPDX-License-Identifier: GPL-3.0-or-later
// wait6()/waitpid() of kern_exit.c, reaping, and init's reaper loop.
#include "core/kernel/kernel.h"

namespace fs {

namespace {} // namespace

void Kernel::reap(Proc& parent, Proc& z) {
  // A debugger reaping a child it stole only gets the status: the zombie goes
  // back to its original parent (or init), which must wait for it again.
  if ((z.slflag & PSL_TRACED) && z.opptr >= 0 && z.opptr != parent.pid) {
    z.slflag &= ~(PSL_TRACED | PSL_TRACEDCHILD);
    Proc* orig = s_.proc(z.opptr);
    z.opptr = -1;
    const Pid back = (orig && orig->stat != ProcStat::SZOMB) ? orig->pid : 1;
    reparent(z, back);
    // proc_free(): the original parent gets the child's own exit signal
    // (p_exitsig, as if it had just exited), none when that is 0.
    if (Proc* b = s_.proc(back)) {
      if (z.exitsig != 0) psignal(*b, z.exitsig);
      cv_broadcast(Wchan{WchanKind::PWaitcv, back});
    }
    return;
  }
  proc_event(ProcAction::Reap, z);
  remove_child(parent, z.pid);
  --s_.nprocs;
  counter("nprocs", s_.nprocs);
  chgproccnt(z.ruid, -1);
  if (z.uarea) {
    --s_.uareas;
    counter("uareas", s_.uareas);
  }
  obj_release(z.limit);
  obj_release(z.sigacts);
  obj_release(z.vmspace);
  obj_release(z.fd);
  obj_release(z.cwd);
  obj_release(z.tracefile);
  mutex_obj_free(z.lock);
  // Knotes on or by the process go away with it.
  std::erase_if(s_.knotes, [&](const Knote& k) { return k.target == z.pid || k.watcher == z.pid; });
  std::erase_if(s_.kevents, [&](const KEvent& k) { return k.watcher == z.pid; });
  proc_free_slot(z);
}

void Kernel::step_wait(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  WaitLocals L(f.v);
  switch (f.pc) {
  case WAIT_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = WAIT_SCAN;
    break;
  case WAIT_SCAN: {
    const int options = L.options;
    bool any_match = false;
    for (Pid c : p.children) {
      const Proc* q = s_.proc(c);
      if (!q || (L.target > 0 && q->pid != L.target)) continue;
      if (!wait_selects_by_signal(*q, options)) continue;
      any_match = true;
      if (q->stat == ProcStat::SZOMB) {
        L.found = q->pid;
        f.pc = WAIT_REAP;
        return;
      }
      if (q->stat == ProcStat::SSTOP && !q->waited &&
          ((q->slflag & PSL_TRACED) || (options & NB_WUNTRACED))) {
        L.found = q->pid;
        f.pc = WAIT_STOPPED;
        return;
      }
    }
    // A child held by a debugger still counts: wait blocks instead of NB_ECHILD.
    bool held = false;
    for (const Proc& q : s_.procs)
      held |= q.alive() && q.opptr == p.pid && q.pptr != p.pid && (q.slflag & PSL_TRACED) &&
              (L.target <= 0 || q.pid == L.target);
    L.status_kind = 0;
    if (!any_match && !held) {
      L.retval = -1;
      L.err = NB_ECHILD;
      f.pc = WAIT_RETURN;
    } else if (options & NB_WNOHANG) {
      L.retval = 0;
      L.err = 0;
      f.pc = WAIT_RETURN;
    } else {
      f.pc = WAIT_SLEEP;
    }
    break;
  }
  case WAIT_REAP: {
    Proc& z = *s_.proc(L.found);
    L.retval = z.pid;
    L.err = 0;
    L.status_kind =
        static_cast<int>(z.signaled ? WaitStatusKind::Signaled : WaitStatusKind::Exited);
    L.status_value = z.signaled ? z.xsig : z.xstat;
    reap(p, z);
    f.pc = WAIT_RETURN;
    break;
  }
  case WAIT_STOPPED: {
    Proc& q = *s_.proc(L.found);
    q.waited = true;
    if (p.nstopchild > 0) --p.nstopchild;
    L.retval = q.pid;
    L.err = 0;
    L.status_kind = static_cast<int>(WaitStatusKind::Stopped);
    L.status_value = q.xsig;
    f.pc = WAIT_RETURN;
    break;
  }
  case WAIT_SLEEP:
    f.pc = WAIT_WAKEUP;
    cv_wait_begin(l, Wchan{WchanKind::PWaitcv, p.pid}, PROC_LOCK);
    l.sleep_intr = true;
    break;
  case WAIT_WAKEUP:
    if (!mutex_enter(l, PROC_LOCK)) break;
    if (l.interrupted) { // a signal: handle it in userret, then restart wait
      l.interrupted = false;
      L.retval = -1;
      L.err = ERESTART_;
      L.status_kind = 0;
      f.pc = WAIT_RETURN;
    } else {
      f.pc = WAIT_SCAN;
    }
    break;
  case WAIT_RETURN:
    mutex_exit(l, PROC_LOCK);
    l.wstatus_kind = static_cast<uint8_t>(L.status_kind);
    l.wstatus_value = L.status_value;
    return ret(l, L.retval, L.err);
  default: break;
  }
}

// init: sleeps in wait and reaps every zombie it is given.
void Kernel::step_init_reaper(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  switch (f.pc) {
  case INIT_REAP_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = INIT_REAP;
    break;
  case INIT_REAP:
    for (Pid c : p.children) {
      Proc* q = s_.proc(c);
      if (q && q->stat == ProcStat::SZOMB) {
        reap(p, *q);
        return; // one per step; look again next step
      }
    }
    f.pc = INIT_SLEEP;
    break;
  case INIT_SLEEP:
    f.pc = INIT_REAP_LOCK;
    cv_wait_begin(l, Wchan{WchanKind::PWaitcv, p.pid}, PROC_LOCK);
    break;
  default: break;
  }
}

} // namespace fs
