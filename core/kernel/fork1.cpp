// SPDX-License-Identifier: GPL-3.0-or-later
// fork1() of kern_fork.c rev 1.231, one micro-step per case, in source order.
// Read it beside the real file: every case names the StepId whose line it
// models (core/state/steps/fork_steps.def), and the comments say why, not what.
#include "core/kernel/kernel.h"

namespace fs {

bool Kernel::tracefork(const Proc& p, int flags) const {
  return (p.slflag & (PSL_TRACEFORK | PSL_TRACED)) == (PSL_TRACEFORK | PSL_TRACED) &&
         (flags & FORK_PPWAIT) == 0;
}
bool Kernel::tracevfork(const Proc& p, int flags) const {
  return (p.slflag & (PSL_TRACEVFORK | PSL_TRACED)) == (PSL_TRACEVFORK | PSL_TRACED) &&
         (flags & FORK_PPWAIT) != 0;
}
bool Kernel::tracevforkdone(const Proc& p, int flags) const {
  return (p.slflag & (PSL_TRACEVFORK_DONE | PSL_TRACED)) == (PSL_TRACEVFORK_DONE | PSL_TRACED) &&
         (flags & FORK_PPWAIT) != 0;
}

namespace {
// Share an object (reference +1) or give the child its own copy.
int32_t share_or_copy(Kernel& k, int32_t obj, bool share) {
  if (obj < 0) return -1;
  if (share) {
    k.obj_hold(obj);
    return obj;
  }
  return k.obj_copy(obj);
}
} // namespace

void Kernel::step_fork1(Lwp& l1, Frame& f) {
  Proc& p1 = s_.proc_of(l1);
  Fork1Locals L(f.v);
  const int flags = L.flags;
  Proc* p2 = L.child >= 0 ? proc_hinted(L.child, child_hint()) : nullptr;
  auto go = [&f](int pc) { f.pc = static_cast<uint16_t>(pc); };

  switch (f.pc) {
  // ---- Failure phase: each failure undoes exactly what was done before it.
  case FORK1_GETUID:
    L.uid = p1.ruid; // charged to the real uid
    go(FORK1_NPROCS_INC);
    break;
  case FORK1_NPROCS_INC:
    L.tnprocs = ++s_.nprocs;
    L.reserved |= RES_NPROCS;
    counter("nprocs", s_.nprocs);
    go(FORK1_MAXPROC_CHECK);
    break;
  case FORK1_MAXPROC_CHECK:
    go(L.tnprocs >= s_.maxproc ? FORK1_FAIL_NPROCS_DEC : FORK1_KAUTH_FORK);
    break;
  case FORK1_KAUTH_FORK: {
    // kauth KAUTH_PROCESS_FORK. fork1 passes the new count as the first argument,
    // but kern_proc.c's listener, meant to keep the last 5 slots for root, tests
    // the second one, which is always 0: it allows every fork while
    // 0 < maxproc - 5 and defers otherwise, and then only secmodel_suser's
    // "effective uid 0" allows. So there is no root reserve above maxproc 5, and
    // at maxproc <= 5 only root forks (netbsd-semantics.md section 4).
    const bool listener_allows = 0 < s_.maxproc - 5;
    const bool denied = !listener_allows && p1.euid != 0;
    go(denied ? FORK1_FAIL_NPROCS_DEC : FORK1_CHGPROCCNT);
    break;
  }
  case FORK1_FAIL_NPROCS_DEC:
    --s_.nprocs;
    L.reserved &= ~RES_NPROCS;
    counter("nprocs", s_.nprocs);
    go(FORK1_RATECHECK);
    break;
  case FORK1_RATECHECK: {
    // ratecheck() records the time when it lets the message through.
    const int64_t interval = 10LL * sc_.machine.hz; // fork_tfmrate: 10 seconds
    const int64_t now = static_cast<int64_t>(s_.tick);
    const bool report = s_.lasttfm_tick < 0 || now - s_.lasttfm_tick >= interval;
    if (report) s_.lasttfm_tick = now;
    go(report ? FORK1_TABLEFULL : FORK1_FORKFSLEEP);
    break;
  }
  case FORK1_TABLEFULL:
    log("proc: table is full - increase kern.maxproc or NPROC");
    go(FORK1_FORKFSLEEP);
    break;
  case FORK1_FORKFSLEEP: go(s_.forkfsleep > 0 ? FORK1_KPAUSE_FORKMX : FORK1_FAIL_EAGAIN); break;
  case FORK1_KPAUSE_FORKMX: // not interruptible: a signal does not end it early
    go(FORK1_FAIL_EAGAIN);
    sleep_on(l1, Wchan{WchanKind::Forkmx, -1}, false, static_cast<uint64_t>(s_.forkfsleep));
    break;
  case FORK1_FAIL_EAGAIN: return ret(l1, -1, NB_EAGAIN);

  case FORK1_CHGPROCCNT:
    L.count = chgproccnt(L.uid, 1);
    L.reserved |= RES_PROCCNT;
    go(FORK1_RLIMIT_CHECK);
    break;
  case FORK1_RLIMIT_CHECK:
    go(L.count > s_.objects[static_cast<size_t>(p1.limit)].nproc_cur ? FORK1_RLIMIT_BYPASS
                                                                     : FORK1_UAREA_ALLOC);
    break;
  case FORK1_RLIMIT_BYPASS: // KAUTH_REQ_PROCESS_RLIMIT_BYPASS: effective root only
    go(p1.euid == 0 ? FORK1_UAREA_ALLOC : FORK1_RLIMIT_UNDO_PROCCNT);
    break;
  case FORK1_RLIMIT_UNDO_PROCCNT:
    chgproccnt(L.uid, -1);
    L.reserved &= ~RES_PROCCNT;
    go(FORK1_RLIMIT_UNDO_NPROCS);
    break;
  case FORK1_RLIMIT_UNDO_NPROCS:
    --s_.nprocs;
    L.reserved &= ~RES_NPROCS;
    counter("nprocs", s_.nprocs);
    go(FORK1_RLIMIT_SLEEP);
    break;
  case FORK1_RLIMIT_SLEEP:
    go(s_.forkfsleep > 0 ? FORK1_KPAUSE_FORKULIM : FORK1_RLIMIT_EAGAIN);
    break;
  case FORK1_KPAUSE_FORKULIM:
    go(FORK1_RLIMIT_EAGAIN);
    sleep_on(l1, Wchan{WchanKind::Forkulim, -1}, false, static_cast<uint64_t>(s_.forkfsleep));
    break;
  case FORK1_RLIMIT_EAGAIN: return ret(l1, -1, NB_EAGAIN);

  case FORK1_UAREA_ALLOC:
    if (s_.uarea_limit >= 0 && s_.uareas >= s_.uarea_limit) {
      go(FORK1_UAREA_UNDO_PROCCNT);
    } else {
      ++s_.uareas;
      L.reserved |= RES_UAREA;
      counter("uareas", s_.uareas);
      go(FORK1_PROC_ALLOC);
    }
    break;
  case FORK1_UAREA_UNDO_PROCCNT:
    chgproccnt(L.uid, -1);
    L.reserved &= ~RES_PROCCNT;
    go(FORK1_UAREA_UNDO_NPROCS);
    break;
  case FORK1_UAREA_UNDO_NPROCS:
    --s_.nprocs;
    L.reserved &= ~RES_NPROCS;
    counter("nprocs", s_.nprocs);
    go(FORK1_UAREA_ENOMEM);
    break;
  case FORK1_UAREA_ENOMEM: return ret(l1, -1, NB_ENOMEM);

  case FORK1_PROC_ALLOC: {
    // proc_alloc cannot fail in this kernel; the failure path is reachable
    // only through machine.inject_proc_alloc_failure.
    int32_t pid = -1;
    if (!s_.inject_proc_alloc_failure)
      pid = s_.pidtab.alloc([this](int32_t q) { return pid_in_use_as_group(q); });
    if (pid < 0) {
      s_.inject_proc_alloc_failure = false;
      go(FORK1_PA_UAREA_FREE);
      break;
    }
    const Op& op = sc_.ops[static_cast<size_t>(L.op)];
    Proc& c = proc_alloc_slot(pid);
    const int n = ++p1.created_children;
    c.name = op.name.empty() ? p1.name + "." + std::to_string(n) : name_with_suffix(l1, op.name);
    if (!op.name.empty() || referenced_.count(c.name)) s_.names.emplace_back(c.name, pid);
    c.name_suffix = p1.name_suffix;
    for (uint8_t i = 0; i < l1.nrepeats; ++i)
      c.name_suffix += "#" + std::to_string(l1.repeats[i].iter);
    c.ruid = p1.ruid; // the copied credentials reference; L379 takes its own
    c.euid = p1.euid;
    c.svuid = p1.svuid;
    c.stat = ProcStat::SIDL; // no LWP yet: lwp_create makes it at L481
    c.uarea = true;          // the reservations now belong to the child
    L.reserved = 0;
    L.child = pid;
    c.pptr = p1.pid; // provisional until L433; not on any list yet
    proc_event(ProcAction::Create, c);
    go(FORK1_ZERO_COPY);
    break;
  }
  case FORK1_PA_UAREA_FREE:
    --s_.uareas;
    L.reserved &= ~RES_UAREA;
    counter("uareas", s_.uareas);
    go(FORK1_PA_PLOCK_ENTER);
    break;
  case FORK1_PA_PLOCK_ENTER:
    if (mutex_enter(l1, p1.lock)) go(FORK1_PA_REREAD_UID);
    break;
  case FORK1_PA_REREAD_UID:
    L.uid = p1.ruid;
    go(FORK1_PA_UNDO_PROCCNT);
    break;
  case FORK1_PA_UNDO_PROCCNT:
    chgproccnt(L.uid, -1);
    L.reserved &= ~RES_PROCCNT;
    go(FORK1_PA_PLOCK_EXIT);
    break;
  case FORK1_PA_PLOCK_EXIT:
    mutex_exit(l1, p1.lock);
    go(FORK1_PA_UNDO_NPROCS);
    break;
  case FORK1_PA_UNDO_NPROCS:
    --s_.nprocs;
    L.reserved &= ~RES_NPROCS;
    counter("nprocs", s_.nprocs);
    go(FORK1_PA_EAGAIN);
    break;
  case FORK1_PA_EAGAIN: return ret(l1, -1, NB_EAGAIN);

  // ---- Construction phase: committed; the child is invisible (SIDL).
  case FORK1_ZERO_COPY:
    p2->comm = p1.comm;
    go(FORK1_INHERIT_FLAGS);
    break;
  case FORK1_INHERIT_FLAGS:
    p2->flag = p1.flag & (PK_SUGID | PK_NOCLDWAIT | PK_CLDSIGIGN | PK_32);
    go(FORK1_SYSTEM_FLAGS);
    break;
  case FORK1_SYSTEM_FLAGS:
    if (flags & FORK_SYSTEM) p2->flag |= PK_SYSTEM | PK_NOCLDWAIT;
    go(FORK1_INIT_LOCKS);
    break;
  case FORK1_INIT_LOCKS: go(FORK1_PLOCK); break;
  case FORK1_PLOCK:
    if (flags & FORK_SHARESIGS) {
      p2->lock = p1.lock;
      mutex_obj_hold(p1.lock);
    } else {
      p2->lock = mutex_alloc(LockClass::PLock, MutexKind::Adaptive);
    }
    go(FORK1_CRED);
    break;
  case FORK1_CRED:
    p2->ruid = p1.ruid;
    p2->euid = p1.euid;
    p2->svuid = p1.svuid;
    go(FORK1_TEXTVP);
    break;
  case FORK1_TEXTVP: go(FORK1_FILES); break;
  case FORK1_FILES:
    if (flags & FORK_SHAREFILES)
      p2->fd = share_or_copy(*this, p1.fd, true);
    else if (flags & FORK_CLEANFILES)
      p2->fd = obj_alloc(ObjKind::FileTable);
    else
      p2->fd = share_or_copy(*this, p1.fd, false);
    go(FORK1_CWD);
    break;
  case FORK1_CWD:
    p2->cwd = share_or_copy(*this, p1.cwd, (flags & FORK_SHARECWD) != 0);
    go(FORK1_LIMITS);
    break;
  case FORK1_LIMITS: // copy-on-write unless the parent's copy is private
    p2->limit =
        share_or_copy(*this, p1.limit, !s_.objects[static_cast<size_t>(p1.limit)].writeable);
    go(FORK1_PPWAIT);
    break;
  case FORK1_PPWAIT:
    if (flags & FORK_PPWAIT) {
      p2->lflag = PL_PPWAIT;
      l1.vforkwaiting = true;
      p2->vforklwp = l1.lid;
    } else {
      p2->lflag = 0;
      l1.vforkwaiting = false;
    }
    p2->sflag = 0;
    p2->slflag = 0;
    go(FORK1_PARENT);
    break;
  case FORK1_PARENT: {
    const Pid parent = (flags & FORK_NOWAIT) ? 1 : p1.pid;
    L.parent = parent;
    p2->pptr = parent;
    p2->ppid = parent;
    go(FORK1_KTRACE_CHECK);
    break;
  }
  case FORK1_KTRACE_CHECK:
    go((p1.traceflag & KTRFAC_INHERIT) ? FORK1_KTRACE_LOCK : FORK1_SIGACTS);
    break;
  case FORK1_KTRACE_LOCK:
    if (mutex_enter(l1, KTRACE_LOCK)) go(FORK1_KTRACE_COPY);
    break;
  case FORK1_KTRACE_COPY:
    p2->traceflag = p1.traceflag;
    p2->tracefile = p1.tracefile;
    if (p2->tracefile >= 0) obj_hold(p2->tracefile);
    go(FORK1_KTRACE_UNLOCK);
    break;
  case FORK1_KTRACE_UNLOCK:
    mutex_exit(l1, KTRACE_LOCK);
    go(FORK1_SIGACTS);
    break;
  case FORK1_SIGACTS:
    p2->sigacts = share_or_copy(*this, p1.sigacts, (flags & FORK_SHARESIGS) != 0);
    go(FORK1_PLOCK1_ENTER);
    break;
  case FORK1_PLOCK1_ENTER:
    if (mutex_enter(l1, p1.lock)) go(FORK1_STOP_FLAGS);
    break;
  case FORK1_STOP_FLAGS:
    p2->sflag |= p1.sflag & (PS_STOPFORK | PS_STOPEXEC | PS_NOCLDSTOP);
    go(FORK1_SCHED_FORK);
    break;
  case FORK1_SCHED_FORK: go(FORK1_PLOCK1_EXIT); break;
  case FORK1_PLOCK1_EXIT:
    mutex_exit(l1, p1.lock);
    go(FORK1_STATS);
    break;
  case FORK1_STATS: go(FORK1_UVM_FORK); break;
  case FORK1_UVM_FORK:
    p2->vmspace = share_or_copy(*this, p1.vmspace, (flags & FORK_SHAREVM) != 0);
    go(FORK1_LWP_CREATE);
    break;
  case FORK1_LWP_CREATE: {
    // lwp_create(l1, p2, ...): the child's one LWP, a copy of the calling
    // LWP only - the parent's other LWPs are not copied. Its lid is the
    // child's pid (the first LWP takes over the process's slot in the pid
    // table). It starts in child_return and then runs the op's child program.
    const Op& op = sc_.ops[static_cast<size_t>(L.op)];
    Lwp& l2 = lwp_alloc_slot(*p2, p2->pid);
    l2.lstat = LwpStat::LSIDL;
    l2.cpu = l1.cpu; // l_cpu inherited: where setrunnable looks first
    l2.depth = 1;
    l2.frames[0].routine = Routine::ChildReturn;
    l2.frames[0].pc = CHILD_RETURN_TRACE_CHECK;
    l2.list = op.child;
    l2.index = 0;
    l2.cur_op = L.op;
    l2.fork_child_return = true;
    lwp_event(l2);
    go(FORK1_LWP_PRIVATE);
    break;
  }
  case FORK1_LWP_PRIVATE: go(FORK1_EMUL_HOOK); break;
  case FORK1_EMUL_HOOK: go(FORK1_FORKHOOKS); break;
  case FORK1_FORKHOOKS: go(FORK1_SDT_CREATE); break;
  case FORK1_SDT_CREATE: go(FORK1_PROC_LOCK_ENTER); break;
  default: return step_fork1_publish(l1, f);
  }
}

} // namespace fs
