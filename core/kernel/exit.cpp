// SPDX-License-Identifier: GPL-3.0-or-later
// exit1() of kern_exit.c, as far as process creation's story needs it: the
// vfork release, orphans, the zombie and the parent's signal.
#include "core/kernel/kernel.h"

namespace fs {

namespace {}

void Kernel::start_exit(Lwp& l, int status, int sig) {
  l.depth = 0; // whatever the process was doing in user mode ends here
  push(l, Routine::Exit1, EXIT1_WEXIT);
  ExitLocals L(l.top().v);
  L.status = status;
  L.sig = sig;
}

// exec and exit: the child no longer needs the parent's memory.
void Kernel::vfork_release(Proc& child) {
  require_proc_lock("the vfork release");
  child.lflag &= ~PL_PPWAIT;
  Lwp* parent = s_.lwp(child.vforklwp); // the parent LWP blocked in vfork (F:621-622)
  child.vforklwp = -1;
  if (!parent) return;
  parent->vforkwaiting = false;
  cv_broadcast(Wchan{WchanKind::LWaitcv, parent->lid});
}

// proc_reparent(): to init also resets p_ppid and the exit signal.
void Kernel::reparent(Proc& child, Pid parent) {
  change_parent(child, parent);
  if (parent == 1) {
    child.ppid = 1;
    child.exitsig = NB_SIGCHLD;
  }
}

// knote_proc_exit(): every knote on the process fires, whether or not its
// watcher asked for NOTE_EXIT ("this matches historical behavior", says
// kern_event.c); the event carries NOTE_EXIT only if it was asked for, and the
// wait status as its data. The knotes are detached: nothing follows an exit.
void Kernel::knote_exit(Proc& p) {
  const int32_t wait_status = p.signaled ? p.xsig : (p.xstat & 0xff) << 8; // P_WAITSTATUS
  const std::vector<Knote> watching = s_.knotes;
  for (const Knote& kn : watching)
    if (kn.target == p.pid) deliver_kevent(kn.watcher, p.pid, kn.fflags & NOTE_EXIT, wait_status);
  std::erase_if(s_.knotes, [&](const Knote& k) { return k.target == p.pid; });
}

void Kernel::step_exit1(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  ExitLocals L(f.v);
  switch (f.pc) {
  case EXIT1_WEXIT:
    if (p.sflag & PS_WEXIT) {
      // Another LWP is already exiting the process: this one only leaves, as
      // sys_exit does when it finds PS_WEXIT (kern_exit.c E:181-184). NetBSD
      // tests and sets PS_WEXIT under one hold of p_lock; here it is one step.
      // (Two LWPs both running exit_lwps would wait for each other forever.)
      l.depth = 0;
      push(l, Routine::LwpExit, LWPX_PLOCK);
      break;
    }
    p.sflag |= PS_WEXIT;
    p.xstat = L.status;
    p.xsig = L.sig;
    p.signaled = L.sig != 0;
    f.pc = p.nlwps > 1 ? EXIT1_EXIT_LWPS : EXIT1_UVM;
    break;
  case EXIT1_EXIT_LWPS: // E:231-232: the other LWPs leave before anything is torn down
    f.pc = EXIT1_UVM;
    push(l, Routine::ExitLwps, EXIT_LWPS_PLOCK);
    break;
  case EXIT1_UVM:
    obj_release(p.vmspace);
    obj_release(p.fd);
    obj_release(p.cwd);
    obj_release(p.tracefile);
    p.traceflag = 0;
    f.pc = EXIT1_PROC_LOCK;
    break;
  case EXIT1_PROC_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = EXIT1_VFORK_RELEASE;
    break;
  case EXIT1_VFORK_RELEASE: // before the exit signal is posted
    if (p.lflag & PL_PPWAIT) vfork_release(p);
    f.pc = EXIT1_REPARENT;
    break;
  case EXIT1_REPARENT: {
    bool init_has_zombie = false;
    const std::vector<Pid> kids = p.children;
    for (Pid c : kids) {
      Proc* q = s_.proc(c);
      if (!q) continue;
      if (q->slflag & PSL_TRACED) {
        // A tracee whose debugger exits is detached and killed.
        q->slflag &=
            ~(PSL_TRACED | PSL_TRACEDCHILD | PSL_TRACEFORK | PSL_TRACEVFORK | PSL_TRACEVFORK_DONE);
        Pid back = q->opptr;
        q->opptr = -1;
        const Proc* orig = s_.proc(back);
        const bool orig_ok =
            orig && back != p.pid && orig->stat != ProcStat::SZOMB && !(orig->sflag & PS_WEXIT);
        reparent(*q, orig_ok ? back : 1);
        psignal(*q, NB_SIGKILL);
      } else {
        reparent(*q, 1);
      }
      if (q->stat == ProcStat::SZOMB && q->pptr == 1) init_has_zombie = true;
    }
    if (init_has_zombie) cv_broadcast(Wchan{WchanKind::PWaitcv, 1});
    f.pc = EXIT1_ZOMBIE_LIST;
    break;
  }
  case EXIT1_ZOMBIE_LIST: {
    Proc* parent = s_.proc(p.pptr);
    if (parent) {
      remove_child(*parent, p.pid);
      insert_child_head(*parent, p.pid);
      if (parent->pid != 1 && (parent->flag & (PK_NOCLDWAIT | PK_CLDSIGIGN))) {
        // The zombie goes to init instead. If that was the parent's last
        // child, exit1 wakes it, so a wait() in progress can return ECHILD.
        reparent(p, 1);
        if (parent->children.empty()) cv_broadcast(Wchan{WchanKind::PWaitcv, parent->pid});
      }
    }
    f.pc = EXIT1_EXITSIG;
    break;
  }
  case EXIT1_EXITSIG: {
    // Nothing is sent for an exit signal of 0, traced or not; otherwise the
    // signal is P_EXITSIG: SIGCHLD to a debugger, p_exitsig to anyone else.
    if (Proc* parent = s_.proc(p.pptr); parent && p.exitsig != 0)
      psignal(*parent, (p.slflag & PSL_TRACED) ? NB_SIGCHLD : p.exitsig);
    knote_exit(p);
    f.pc = EXIT1_ZOMBIE;
    break;
  }
  case EXIT1_ZOMBIE:
    p.stat = ProcStat::SZOMB;
    proc_event(ProcAction::Zombie, p);
    f.pc = EXIT1_WAKEUP_PARENT;
    break;
  case EXIT1_WAKEUP_PARENT:
    cv_broadcast(Wchan{WchanKind::PWaitcv, p.pptr});
    f.pc = EXIT1_SWITCH;
    break;
  case EXIT1_SWITCH:
    mutex_exit(l, PROC_LOCK);
    l.depth = 0;
    count_lstat_change(l, l.lstat, LwpStat::LSZOMB);
    l.lstat = LwpStat::LSZOMB;
    ++p.nzlwps;
    switch_away(l);
    lwp_event(l);
    break;
  default: break;
  }
}

} // namespace fs
