// SPDX-License-Identifier: GPL-3.0-or-later
// The smaller system calls scenarios use: kill, setrlimit, setuid, seteuid,
// sysctl, ktrace, kqueue/kevent, nanosleep and getppid, with the kernel's own
// checks.
#include <algorithm>

#include "core/kernel/kernel.h"

namespace fs {

namespace {
// kern_prot.c / kauth: may `p` signal or control `t`?
bool may_control(const Proc& p, const Proc& t) {
  return p.euid == 0 || p.ruid == t.ruid || p.euid == t.ruid || p.ruid == t.svuid ||
         p.euid == t.svuid;
}
} // namespace

void Kernel::step_kill(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  const Op& op = sc_.ops[static_cast<size_t>(frame_op(f.v))];
  switch (f.pc) {
  case KILL_LOCK:
    if (mutex_enter(l, PROC_LOCK)) f.pc = KILL_POST;
    break;
  case KILL_POST: {
    int err = 0;
    Proc* t = op.kind == OpKind::Raise ? &p : s_.proc(resolve(l, op.target));
    if (!t || t->stat == ProcStat::SIDL || t->stat == ProcStat::SZOMB)
      err = NB_ESRCH;
    else if (!may_control(p, *t))
      err = NB_EPERM;
    else if (op.signal != 0)
      psignal(*t, op.signal);
    mutex_exit(l, PROC_LOCK);
    return ret(l, err ? -1 : 0, err);
  }
  default: break;
  }
}

int Kernel::do_simple(Lwp& l, const Op& op) {
  Proc& p = s_.proc_of(l);
  switch (op.kind) {
  case OpKind::Setrlimit: {
    KObject& lim = s_.objects[static_cast<size_t>(p.limit)];
    if (op.rlim_cur > op.rlim_max) return NB_EINVAL;
    if (op.rlim_max > lim.nproc_max && p.euid != 0) return NB_EPERM;
    // lim_privatise: a shared copy-on-write limit is copied before writing.
    if (lim.refcnt > 1) {
      int32_t copy = obj_copy(p.limit);
      obj_release(p.limit);
      p.limit = copy;
    }
    KObject& mine = s_.objects[static_cast<size_t>(p.limit)];
    mine.writeable = true;
    mine.nproc_cur = std::min<int64_t>(op.rlim_cur, s_.maxproc); // clamped to maxproc
    mine.nproc_max = std::min<int64_t>(op.rlim_max, s_.maxproc);
    return 0;
  }
  case OpKind::Setuid: {
    // sys_setuid is do_setresuid(uid, uid, uid, ID_R_EQ_R|ID_E_EQ_R|ID_S_EQ_R):
    // without root (effective uid 0) every new id must equal the current real
    // uid, so a non-root setuid() can only go back to the real uid - and then
    // it sets all three ids, the saved one included.
    if (p.euid != 0 && op.uid != p.ruid) return NB_EPERM;
    if (p.ruid == op.uid && p.euid == op.uid && p.svuid == op.uid) return 0; // nothing changes
    if (p.ruid != op.uid) { // the process moves to the new real uid's count
      chgproccnt(p.ruid, -1);
      chgproccnt(op.uid, 1);
    }
    p.ruid = p.euid = p.svuid = op.uid;
    p.flag |= PK_SUGID; // proc_crmod_leave(..., true): the ids changed
    return 0;
  }
  case OpKind::Seteuid:
    // do_setresuid(-1, euid, -1, ID_E_EQ_R|ID_E_EQ_S): without root only the
    // real or the saved uid.
    if (p.euid != 0 && op.uid != p.ruid && op.uid != p.svuid) return NB_EPERM;
    if (p.euid == op.uid) return 0; // nothing changes, no PK_SUGID
    p.euid = op.uid;
    p.flag |= PK_SUGID;
    return 0;
  case OpKind::Sysctl: {
    switch (op.sysctl) {
    case SysctlName::KernMaxproc:
      if (p.euid != 0) return NB_EPERM;
      if (op.value < 0 || op.value >= PID_MAX) return NB_EINVAL;
      s_.maxproc = static_cast<int32_t>(op.value);
      counter("kern.maxproc", s_.maxproc);
      return 0;
    case SysctlName::KernForkfsleep: {
      if (p.euid != 0) return NB_EPERM;
      if (op.value < 0 || op.value > 20000) return NB_EINVAL;
      s_.forkfsleep_ms = static_cast<int32_t>(op.value);
      // sysctl_kern_forkfsleep: timo = mstohz(ms), which truncates (ms * hz /
      // 1000); only an interval of more than 0 ms but less than one tick is
      // raised to 1 tick. (Rounding every value up made 15 ms at hz 100 two
      // ticks where NetBSD sleeps one.)
      const int64_t hz = sc_.machine.hz;
      s_.forkfsleep =
          op.value == 0 ? 0 : static_cast<int32_t>(std::max<int64_t>(1, op.value * hz / 1000));
      return 0;
    }
    case SysctlName::ProcStopfork:
    case SysctlName::ProcStopexec: {
      Proc* t = s_.proc(resolve(l, op.target));
      if (!t || t->stat == ProcStat::SZOMB) return NB_ESRCH;
      if (p.euid != 0 && p.euid != t->ruid) return NB_EPERM;
      const uint32_t flag = op.sysctl == SysctlName::ProcStopfork ? PS_STOPFORK : PS_STOPEXEC;
      if (op.value != 0)
        t->sflag |= flag;
      else
        t->sflag &= ~flag;
      return 0;
    }
    }
    return NB_EINVAL;
  }
  case OpKind::Ktrace: {
    Proc* t = s_.proc(resolve(l, op.target));
    if (!t || t->stat == ProcStat::SZOMB) return NB_ESRCH;
    if (!may_control(p, *t)) return NB_EPERM;
    obj_release(t->tracefile);
    t->tracefile = obj_alloc(ObjKind::KtraceFile);
    t->traceflag = op.inherit ? KTRFAC_INHERIT : 0;
    return 0;
  }
  case OpKind::Kqueue: {
    Proc* t = s_.proc(resolve(l, op.target));
    if (!t || t->stat == ProcStat::SZOMB) return NB_ESRCH;
    if (!may_watch(p, *t)) return NB_EACCES; // filt_procattach
    s_.knotes.push_back(Knote{p.pid, t->pid, op.fflags});
    return 0;
  }
  default: return NB_EINVAL;
  }
}

void Kernel::step_simple(Lwp& l, Frame& f) {
  const Op& op = sc_.ops[static_cast<size_t>(frame_op(f.v))];
  const int err = do_simple(l, op);
  return ret(l, err ? -1 : 0, err);
}

void Kernel::deliver_kevent(Pid watcher, Pid target, uint32_t fflags, int32_t data) {
  // A knote accumulates its activations until kevent collects them: a second
  // event on the same watch before then is merged into the pending one.
  auto pending = std::find_if(s_.kevents.begin(), s_.kevents.end(), [&](const KEvent& e) {
    return e.watcher == watcher && e.target == target && !((e.fflags | fflags) & NOTE_CHILD);
  });
  if (pending != s_.kevents.end()) {
    pending->fflags |= fflags;
    pending->data = data;
  } else {
    s_.kevents.push_back(KEvent{watcher, target, fflags, data});
  }
  emit(EventKind::Knote, 0, watcher, target, static_cast<int32_t>(fflags));
  if (Proc* w = s_.proc(watcher))
    s_.for_each_lwp(*w, [&](Lwp& l) {
      if (l.lstat == LwpStat::LSSLEEP && l.wchan.kind == WchanKind::Kevent) wakeup_one(l);
    });
}

// KAUTH_PROCESS_KEVENT_FILTER (kern_proc.c's listener, secmodel_suser): root
// may watch anyone; others only a process of their own real uid that is not
// set-id (PK_SUGID).
bool Kernel::may_watch(const Proc& cred, const Proc& target) const {
  if (cred.euid == 0) return true;
  return target.ruid == cred.ruid && !(target.flag & PK_SUGID);
}

// knote_proc_fork: NOTE_FORK to the watchers; NOTE_TRACK follows the child.
// knote_proc_fork_track() asks kauth with the credentials of the LWP that is
// forking (curlwp: the parent, not the watcher) whether the child may be
// watched. The child is a copy of the parent, so this fails exactly when the
// parent is set-id and not root: then nothing is attached to the child, no
// NOTE_CHILD is sent, and the parent's knote reports NOTE_TRACKERR instead.
void Kernel::knote_fork(Proc& p1, Proc& p2) {
  const std::vector<Knote> watching = s_.knotes;
  for (const Knote& kn : watching) {
    if (kn.target != p1.pid) continue;
    uint32_t fflags = kn.fflags & NOTE_FORK;
    if (kn.fflags & NOTE_TRACK) {
      if (may_watch(p1, p2)) {
        s_.knotes.push_back(Knote{kn.watcher, p2.pid, kn.fflags});
        deliver_kevent(kn.watcher, p2.pid, NOTE_CHILD, p1.pid);
      } else {
        fflags |= NOTE_TRACKERR;
      }
    }
    if (fflags) deliver_kevent(kn.watcher, p1.pid, fflags, p2.pid);
  }
}

// KNOTE(&p->p_klist, NOTE_EXEC) in execve_runproc.
void Kernel::knote_exec(Proc& p) {
  const std::vector<Knote> watching = s_.knotes;
  for (const Knote& kn : watching)
    if (kn.target == p.pid && (kn.fflags & NOTE_EXEC))
      deliver_kevent(kn.watcher, p.pid, NOTE_EXEC, 0);
}

void Kernel::step_kevent(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  switch (f.pc) {
  case KEVENT_WAIT: {
    auto it = std::find_if(s_.kevents.begin(), s_.kevents.end(),
                           [&](const KEvent& e) { return e.watcher == p.pid; });
    if (it != s_.kevents.end()) {
      const int32_t target = it->target;
      l.result_fflags = it->fflags;
      s_.kevents.erase(it);
      return ret(l, target, 0);
    }
    if (l.interrupted) {
      l.interrupted = false;
      return ret(l, -1, NB_EINTR);
    }
    sleep_on(l, Wchan{WchanKind::Kevent, p.pid}, true);
    break;
  }
  default: break;
  }
}

void Kernel::step_nanosleep(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  const Op& op = sc_.ops[static_cast<size_t>(frame_op(f.v))];
  switch (f.pc) {
  case NANOSLEEP_DO:
    f.pc = NANOSLEEP_DONE;
    sleep_on(l, Wchan{WchanKind::Nanosleep, p.pid}, true, static_cast<uint64_t>(op.count));
    break;
  case NANOSLEEP_DONE:
    if (l.interrupted) {
      l.interrupted = false;
      return ret(l, -1, NB_EINTR);
    }
    return ret(l, 0, 0);
  default: break;
  }
}

// sys_getppid (kern_prot.c): the cached p_ppid, read without proc_lock; it
// never fails. fork1 sets it (L435), proc_reparent() to init makes it 1, and a
// debugger's PT_ATTACH changes p_pptr only - so a traced process still sees
// its real parent.
void Kernel::step_getppid(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  (void)f;
  return ret(l, p.ppid, 0);
}

} // namespace fs
