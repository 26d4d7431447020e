// SPDX-License-Identifier: GPL-3.0-or-later
// execve1() of kern_exec.c as far as fork and vfork care: an early failure
// leaves a vfork parent blocked; past the point of no return the parent is
// released, the child gets its own address space, and a traced or
// stop-on-exec process stops before the new image runs.
#include "core/kernel.h"

namespace fs {

namespace {
inline constexpr int OP = fv::OP, SUB = fv::AUX;
}

void Kernel::step_execve(Proc& p, Frame& f) {
  const Op& op = sc_.ops[static_cast<size_t>(f.v[OP])];
  switch (f.pc) {
  case EXEC_NAMEI:
    if (op.exec_fail != 0) return ret(p, -1, op.exec_fail);
    f.pc = EXEC_COMMIT;
    break;
  case EXEC_COMMIT: f.pc = (p.lflag & PL_PPWAIT) ? EXEC_PROC_LOCK : EXEC_NEW_VM; break;
  case EXEC_PROC_LOCK:
    if (mutex_enter(p, PROC_LOCK)) f.pc = EXEC_VFORK_RELEASE;
    break;
  case EXEC_VFORK_RELEASE: {
    const Pid parent = p.vforklwp;
    vfork_release(p);
    f.v[SUB] = parent;
    f.pc = EXEC_PROC_UNLOCK;
    break;
  }
  case EXEC_PROC_UNLOCK: {
    mutex_exit(p, PROC_LOCK);
    // If the woken parent waits for this very CPU, move the child elsewhere.
    const Proc* parent = s_.proc(f.v[SUB]);
    f.pc = EXEC_NEW_VM;
    if (parent && parent->lstat == LwpStat::LSRUN && parent->cpu == p.cpu && s_.cpus.size() > 1) {
      const int to = (p.cpu + 1) % static_cast<int>(s_.cpus.size());
      switch_away(p);
      p.lstat = LwpStat::LSRUN;
      lwp_event(p);
      enqueue(p, to);
    }
    break;
  }
  case EXEC_NEW_VM: {
    obj_release(p.vmspace);
    p.vmspace = obj_alloc(ObjKind::Vmspace);
    // Shared signal actions, cwd and descriptor table are unshared.
    auto unshare = [this](int32_t& o) {
      if (o >= 0 && s_.objects[static_cast<size_t>(o)].refcnt > 1) {
        int32_t copy = obj_copy(o);
        obj_release(o);
        o = copy;
      }
    };
    unshare(p.sigacts);
    unshare(p.cwd);
    unshare(p.fd);
    const std::string& path = op.exec_path;
    const size_t slash = path.find_last_of('/');
    p.comm = slash == std::string::npos ? path : path.substr(slash + 1);
    f.v[SUB] = 0;
    f.pc = EXEC_TRAP;
    break;
  }
  case EXEC_TRAP:
    if (!(p.slflag & PSL_TRACED)) {
      f.pc = EXEC_STOPEXEC;
      break;
    }
    // eventswitch(NB_TRAP_EXEC, 0, 0) needs proc_lock and p_lock first.
    if (f.v[SUB] == 0) {
      if (mutex_enter(p, PROC_LOCK)) f.v[SUB] = 1;
    } else if (f.v[SUB] == 1) {
      if (mutex_enter(p, p.lock)) {
        f.pc = EXEC_STOPEXEC;
        push_eventswitch(p, NB_TRAP_EXEC, 0, 0);
      }
    }
    break;
  case EXEC_STOPEXEC:
    f.pc = EXEC_DONE;
    if (p.sflag & PS_STOPEXEC) proc_stop(p, 0, true);
    break;
  case EXEC_DONE:
    p.list = op.child; // the new image's program
    p.index = 0;
    p.nrepeats = 0;
    p.compute_left = 0;
    return ret(p, 0, 0);
  default: break;
  }
}

} // namespace fs
