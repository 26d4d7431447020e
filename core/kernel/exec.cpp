// SPDX-License-Identifier: GPL-3.0-or-later
// execve1() of kern_exec.c as far as fork and vfork care, in execve_runproc's
// order: an early failure leaves a vfork parent blocked; past the point of no
// return the other LWPs leave (exit_lwps), the child gets its own address space, cwd, descriptors
// and signal actions, and only then releases a vfork parent; then credexec, NOTE_EXEC, and a traced
// or stop-on-exec process stops before the new image runs.
#include "core/kernel/kernel.h"

namespace fs {

void Kernel::step_execve(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  ExecLocals L(f.v);
  const Op& op = sc_.ops[static_cast<size_t>(L.op)];
  switch (f.pc) {
  case EXEC_NAMEI:
    if (op.exec_fail != 0) return ret(l, -1, op.exec_fail);
    f.pc = EXEC_COMMIT;
    break;
  case EXEC_COMMIT: f.pc = p.nlwps > 1 ? EXEC_EXIT_LWPS : EXEC_NEW_VM; break;
  case EXEC_EXIT_LWPS: // execve_runproc: "get rid of other LWPs" before the new image
    f.pc = EXEC_NEW_VM;
    push(l, Routine::ExitLwps, EXIT_LWPS_PLOCK);
    ExitLwpsLocals(l.top().v).for_exec = 1;
    break;
  case EXEC_NEW_VM: { // the new image's address space replaces the old (or borrowed) one
    obj_release(p.vmspace);
    p.vmspace = obj_alloc(ObjKind::Vmspace);
    const std::string& path = op.exec_path;
    const size_t slash = path.find_last_of('/');
    p.comm = slash == std::string::npos ? path : path.substr(slash + 1);
    f.pc = EXEC_UNSHARE;
    break;
  }
  case EXEC_UNSHARE: { // cwdexec(), fd_closeexec(), execsigs()
    auto unshare = [this](int32_t& o) {
      if (o >= 0 && s_.objects[static_cast<size_t>(o)].refcnt > 1) {
        int32_t copy = obj_copy(o);
        obj_release(o);
        o = copy;
      }
    };
    unshare(p.cwd);
    unshare(p.fd);
    unshare(p.sigacts);
    // Only now, with everything of the new image in place but its
    // credentials, is a vfork parent let go (execve_runproc's order).
    f.pc = (p.lflag & PL_PPWAIT) ? EXEC_PROC_LOCK : EXEC_CREDEXEC;
    break;
  }
  case EXEC_PROC_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = EXEC_VFORK_RELEASE;
    break;
  case EXEC_VFORK_RELEASE: {
    const Lid parent = p.vforklwp;
    vfork_release(p);
    L.released_parent = parent;
    f.pc = EXEC_PROC_UNLOCK;
    break;
  }
  case EXEC_PROC_UNLOCK: {
    mutex_exit(l, PROC_LOCK);
    // If the woken parent waits for this very CPU, move the child elsewhere.
    const Lwp* parent = s_.lwp(L.released_parent);
    f.pc = EXEC_CREDEXEC;
    if (parent && parent->lstat == LwpStat::LSRUN && parent->cpu == l.cpu && s_.cpus.size() > 1) {
      const int to = (l.cpu + 1) % static_cast<int>(s_.cpus.size());
      switch_away(l);
      l.lstat = LwpStat::LSRUN;
      lwp_event(l);
      enqueue(l, to);
    }
    break;
  }
  case EXEC_CREDEXEC:
    // credexec(): the saved uid becomes the effective uid (no set-id bits are
    // modelled, so the effective uid itself does not change).
    p.svuid = p.euid;
    f.pc = EXEC_KNOTE;
    break;
  case EXEC_KNOTE: // KNOTE(&p->p_klist, NOTE_EXEC)
    knote_exec(p);
    L.trap_locks = 0;
    f.pc = EXEC_TRAP;
    break;
  case EXEC_TRAP:
    if (!(p.slflag & PSL_TRACED)) {
      f.pc = EXEC_STOPEXEC_LOCK;
      break;
    }
    // eventswitch(NB_TRAP_EXEC, 0, 0) needs proc_lock and p_lock first.
    if (L.trap_locks == 0) {
      if (mutex_enter(l, PROC_LOCK)) L.trap_locks = 1;
    } else if (L.trap_locks == 1) {
      if (mutex_enter(l, p.lock)) {
        f.pc = EXEC_STOPEXEC_LOCK;
        push_eventswitch(l, NB_TRAP_EXEC, 0, 0);
      }
    }
    break;
  case EXEC_STOPEXEC_LOCK:
    if (!(p.sflag & PS_STOPEXEC)) {
      f.pc = EXEC_DONE;
      break;
    }
    if (mutex_enter(l, PROC_LOCK)) f.pc = EXEC_STOPEXEC;
    break;
  case EXEC_STOPEXEC:
    // PS_STOPEXEC: the process stops before its first instruction, counted as a
    // stopped child (p_nstopchild, p_waited = 0) - but, unlike a signal stop,
    // the parent gets no SIGCHLD and its p_waitcv is not broadcast. A pending
    // SIGCONT is discarded (sigclearall of contsigmask). The lock is released
    // and the LWP switches away in one step.
    require_proc_lock("the PS_STOPEXEC stop");
    if (Proc* parent = s_.proc(p.pptr)) ++parent->nstopchild;
    p.waited = false;
    p.sigpend &= ~(uint64_t{1} << (NB_SIGCONT - 1));
    p.stat = ProcStat::SSTOP;
    p.xsig = 0;
    proc_event(ProcAction::State, p);
    signal_event(SignalAction::Stop, p.pid, 0);
    mutex_exit(l, PROC_LOCK);
    f.pc = EXEC_DONE;
    stop_lwp(l);
    break;
  case EXEC_DONE:
    l.list = op.child; // the new image's program
    l.index = 0;
    l.nrepeats = 0;
    l.compute_left = 0;
    l.thread = false; // the new image's only LWP: the end of its program is exit
    return ret(l, 0, 0);
  default: break;
  }
}

} // namespace fs
