// SPDX-License-Identifier: GPL-3.0-or-later
// LWPs beyond a process's first: _lwp_create(2) and _lwp_exit(2) (sys_lwp.c,
// kern_lwp.c) and exit_lwps() (kern_exit.c), which an exiting process runs to
// make its other LWPs leave first. Line numbers: docs/design/lwp-research.md.
// LWPs made here are detached (LWP_DETACHED): _lwp_wait is not modelled, so a
// finished one parks on p_zomblwp until the next one to exit, exit_lwps or the
// reaping of its process frees it.
#include "core/kernel/kernel.h"

namespace fs {

namespace {
bool counts_as_running(LwpStat s) { return s != LwpStat::LSSTOP && s != LwpStat::LSZOMB; }
} // namespace

// proc_alloc_lwpid (kern_proc.c): a process's first LWP takes over the pid's
// own slot; so does a later one while no LWP holds it (the first one has
// exited and been freed). Every other LWP draws a new number from the pid
// table, as a pid would.
Lid Kernel::alloc_lwpid(const Proc& p) {
  if (!s_.lwp(p.pid)) return p.pid;
  return s_.pidtab.alloc([this](int32_t q) { return pid_in_use_as_group(q); });
}

// lwp_free() for an LWP of a live process (kern_lwp.c L:1312-1326): off
// p_lwps, the counts go down, and a lid that is not the pid goes back to the
// pid table (the pid itself is freed when the process is reaped).
void Kernel::lwp_free(Lwp& l) {
  Proc& p = s_.proc_of(l);
  if (l.lstat == LwpStat::LSZOMB) --p.nzlwps;
  if (p.zomblwp == l.lid) p.zomblwp = -1;
  lwp_free_slot(l);
}

void Kernel::step_lwp_create(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  LwpCreateLocals L(f.v);
  switch (f.pc) {
  case LWPC_ENTRY: f.pc = LWPC_PLOCK; break;
  case LWPC_PLOCK:
    if (mutex_enter(l, p.lock)) f.pc = LWPC_ALLOC_LID;
    break;
  case LWPC_ALLOC_LID: // cannot fail here: the table grows as it must
    L.lid = alloc_lwpid(p);
    f.pc = LWPC_INSERT;
    break;
  case LWPC_INSERT: {
    const Op& op = sc_.ops[static_cast<size_t>(L.op)];
    Lwp& l2 = lwp_alloc_slot(p, L.lid); // a deque: l stays where it is
    l2.name = op.name;
    l2.thread = true;
    l2.cpu = l.cpu;
    l2.list = op.child;
    l2.wexit = l.wexit; // same process: a pending exit applies to it too (L:933-939)
    lwp_event(l2);
    f.pc = LWPC_PLOCK_EXIT;
    break;
  }
  case LWPC_PLOCK_EXIT:
    mutex_exit(l, p.lock);
    f.pc = LWPC_START;
    break;
  case LWPC_START:
    // lwp_start: p_lock again; created stopped when the process is stopped.
    if (!mutex_enter(l, p.lock)) break;
    if (Lwp* l2 = s_.lwp(L.lid)) {
      if (p.stat == ProcStat::SSTOP)
        stop_lwp(*l2);
      else
        setrunnable(*l2);
    }
    f.pc = LWPC_RETURN;
    break;
  case LWPC_RETURN: mutex_exit(l, p.lock); return ret(l, L.lid, 0);
  default: break;
  }
}

void Kernel::step_lwp_exit(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  switch (f.pc) {
  case LWPX_PLOCK:
    if (mutex_enter(l, p.lock)) f.pc = LWPX_LAST_CHECK;
    break;
  case LWPX_LAST_CHECK:
    if (p.nlwps - p.nzlwps == 1) {
      // The last live LWP: the process exits, status 0 (L:1110-1113).
      mutex_exit(l, p.lock);
      l.cur_op = -1; // exit1 does not return
      return start_exit(l, 0, 0);
    }
    ++p.nzlwps;
    mutex_exit(l, p.lock); // lwp_thread_cleanup drops it
    f.pc = LWPX_PROC_LOCK;
    break;
  case LWPX_PROC_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = LWPX_PROC_UNLOCK;
    break;
  case LWPX_PROC_UNLOCK:
    mutex_exit(l, PROC_LOCK);
    f.pc = LWPX_PLOCK2;
    break;
  case LWPX_PLOCK2:
    if (mutex_enter(l, p.lock)) f.pc = LWPX_ZOMBIE;
    break;
  case LWPX_ZOMBIE: {
    if (p.zomblwp >= 0 && p.zomblwp != l.lid)
      if (Lwp* old = s_.lwp(p.zomblwp)) lwp_free(*old);
    p.zomblwp = l.lid;
    count_lstat_change(l, l.lstat, LwpStat::LSZOMB);
    l.lstat = LwpStat::LSZOMB;
    l.depth = 0;
    l.cur_op = -1;
    cv_broadcast(Wchan{WchanKind::LwpCv, p.pid});
    mutex_exit(l, p.lock);
    switch_away(l);
    lwp_event(l);
    break;
  }
  default: break;
  }
}

// exit_lwps (E:620-660), as a routine exit1 calls while p_nlwps > 1.
void Kernel::step_exit_lwps(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  switch (f.pc) {
  case EXIT_LWPS_PLOCK:
    if (mutex_enter(l, p.lock)) f.pc = EXIT_LWPS_MARK;
    break;
  case EXIT_LWPS_MARK: {
    if (ExitLwpsLocals(f.v).for_exec && (l.wexit || (p.sflag & PS_WEXIT))) {
      // An exit (or an earlier exec) is already making the other LWPs leave,
      // this one included: waiting here would wait for an LWP that waits for
      // us. "The kernel is careful to ensure that it can not deadlock when
      // exiting" (kern_lwp.c, lwp_wait); the model's way is that the exec
      // gives way, as a second exit does (EXIT1_WEXIT).
      f.pc = EXIT_LWPS_GIVE_WAY;
      break;
    }
    bool exec_waiting = false; // another LWP's exec, asleep in its own exit_lwps
    s_.for_each_lwp(p, [&](Lwp& o) {
      if (o.lid == l.lid || o.lstat == LwpStat::LSZOMB) return;
      o.wexit = true;
      if (o.lstat == LwpStat::LSSLEEP && o.sleep_intr) {
        o.interrupted = true;
        wakeup_one(o);
      } else if (o.lstat == LwpStat::LSSTOP) {
        setrunnable(o);
      } else if (o.lstat == LwpStat::LSSLEEP && o.wchan == Wchan{WchanKind::LwpCv, p.pid}) {
        exec_waiting = true;
      }
    });
    if (exec_waiting) cv_broadcast(Wchan{WchanKind::LwpCv, p.pid}); // it looks again, and gives way
    f.pc = EXIT_LWPS_WAIT;
    break;
  }
  case EXIT_LWPS_WAIT:
    s_.for_each_lwp(p, [&](Lwp& o) { // lwp_wait collects the zombies
      if (o.lid != l.lid && o.lstat == LwpStat::LSZOMB) lwp_free(o);
    });
    if (p.nlwps == 1) {
      f.pc = EXIT_LWPS_DONE;
      break;
    }
    f.pc = EXIT_LWPS_RELOCK;
    cv_wait_begin(l, Wchan{WchanKind::LwpCv, p.pid}, p.lock);
    break;
  case EXIT_LWPS_RELOCK:
    if (mutex_enter(l, p.lock)) f.pc = EXIT_LWPS_MARK; // retry: mark LWPs made meanwhile
    break;
  case EXIT_LWPS_DONE: mutex_exit(l, p.lock); return ret(l, 0, 0);
  case EXIT_LWPS_GIVE_WAY: // the exec is abandoned: the LWP leaves instead
    mutex_exit(l, p.lock);
    l.depth = 0;
    l.cur_op = -1;
    push(l, Routine::LwpExit, LWPX_PLOCK);
    break;
  default: break;
  }
}

// Bookkeeping of p_nrlwps for a change of an LWP's state.
void Kernel::count_lstat_change(Lwp& l, LwpStat from, LwpStat to) {
  if (counts_as_running(from) == counts_as_running(to)) return;
  Proc& p = s_.proc_of(l);
  p.nrlwps += counts_as_running(to) ? 1 : -1;
}

} // namespace fs
