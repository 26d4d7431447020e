// SPDX-License-Identifier: GPL-3.0-or-later
// Booting the machine: process 0 (counted, not modelled), init, and every
// listed process as if init had forked it - nprocs, per-uid counts and
// U-areas already charged, each on CPU (index mod cpus).
#include "core/kernel/kernel.h"

namespace fs {

namespace {
void collect_names(const ProcRef& r, std::unordered_set<std::string>& out) {
  if (r.kind == ProcRef::Kind::Name) out.insert(r.name);
}
} // namespace

void Kernel::boot() {
  const MachineConfig& mc = sc_.machine;
  for (const Op& op : sc_.ops) {
    collect_names(op.target, referenced_);
    if (op.expect.pid) collect_names(*op.expect.pid, referenced_);
    if (op.expect.other_pid) collect_names(*op.expect.other_pid, referenced_);
  }
  // A challenge's goals name processes too: bind them so that the checker can
  // still tell who was who after a default-named child is reaped.
  if (sc_.challenge)
    for (const auto* goals : {&sc_.challenge->in_order, &sc_.challenge->never})
      for (const GoalEvent& g : *goals)
        if (!g.proc.empty()) referenced_.insert(g.proc);
  s_ = KernelState{};
  s_.cpus.resize(static_cast<size_t>(mc.cpus));
  s_.pidtab = PidTable(mc.pid_sequential);
  s_.maxproc = mc.maxproc;
  s_.forkfsleep_ms = mc.forkfsleep_ms;
  s_.forkfsleep =
      mc.forkfsleep_ms == 0
          ? 0
          : static_cast<int32_t>(std::max<int64_t>(1, int64_t{mc.forkfsleep_ms} * mc.hz /
                                                          1000)); // as sysctl_kern_forkfsleep
  s_.uarea_limit = mc.uarea_limit ? *mc.uarea_limit : -1;
  s_.inject_proc_alloc_failure = mc.inject_proc_alloc_failure;
  s_.rng = mc.seed;
  const int32_t proc_lock = mutex_alloc(LockClass::ProcLock, MutexKind::Adaptive);
  const int32_t ktrace_lock = mutex_alloc(LockClass::KtraceLock, MutexKind::Adaptive);
  (void)proc_lock;
  (void)ktrace_lock;
  if (trace_) {
    trace_->scenario = sc_.normalized;
    trace_->ticks.start_tick(0, 0);
  }
  cur_cpu_ = -1;

  auto make = [&](const std::string& name, int uid, int euid, int svuid,
                  int64_t nproc_cur) -> Proc& {
    const int32_t pid = s_.pidtab.alloc([this](int32_t q) { return pid_in_use_as_group(q); });
    Proc& p = proc_alloc_slot(pid);
    p.name = name;
    p.comm = name;
    p.stat = ProcStat::SACTIVE;
    p.published = true;
    p.ruid = uid;
    p.euid = euid;
    p.svuid = svuid;
    // Ids that differ mean the process was exec'd set-id or changed its ids:
    // either way NetBSD has marked it PK_SUGID.
    if (euid != uid || svuid != uid) p.flag |= PK_SUGID;
    p.lock = mutex_alloc(LockClass::PLock, MutexKind::Adaptive);
    p.fd = obj_alloc(ObjKind::FileTable);
    p.cwd = obj_alloc(ObjKind::Cwd);
    p.limit = obj_alloc(ObjKind::Limits);
    s_.objects[static_cast<size_t>(p.limit)].nproc_cur = nproc_cur;
    s_.objects[static_cast<size_t>(p.limit)].nproc_max = std::max<int64_t>(nproc_cur, mc.maxproc);
    p.sigacts = obj_alloc(ObjKind::Sigacts);
    p.vmspace = obj_alloc(ObjKind::Vmspace);
    p.uarea = true;
    ++s_.uareas;
    ++s_.nprocs;
    cur_pid_ = -1;
    chgproccnt(uid, 1);
    s_.names.emplace_back(name, pid);
    lwp_alloc_slot(p, pid); // its first LWP; lid == pid
    return p;
  };

  Proc& init = make("init", 0, 0, 0, std::min<int64_t>(mc.maxproc, 160));
  init.pptr = 0;
  init.ppid = 0;
  init.pgid = init.sid = init.pid;
  // init sleeps in its reaper loop until a zombie is given to it.
  Lwp& init_lwp = *s_.first_lwp(init);
  init_lwp.cpu = 0;
  push(init_lwp, Routine::InitReaper, INIT_REAP_LOCK);
  init_lwp.lstat = LwpStat::LSSLEEP;
  init_lwp.wchan = Wchan{WchanKind::PWaitcv, init.pid};
  init_lwp.sleep_seq = ++s_.sleep_seq;
  proc_event(ProcAction::Create, init);
  proc_event(ProcAction::Publish, init);
  lwp_event(init_lwp);

  for (size_t i = 0; i < sc_.processes.size(); ++i) {
    const ProcessSpec& spec = sc_.processes[i];
    Proc& p = make(spec.name, spec.uid, spec.euid, spec.svuid, spec.rlimit_nproc);
    Proc& parent = *s_.proc(1);
    p.pptr = p.ppid = p.oppid = 1;
    insert_child_head(parent, p.pid);
    p.pgid = p.sid = p.pid; // each listed process leads its own session, like a login shell
    if (spec.stopfork) p.sflag |= PS_STOPFORK;
    if (spec.ktrace_inherit) {
      p.traceflag = KTRFAC_INHERIT;
      p.tracefile = obj_alloc(ObjKind::KtraceFile);
    }
    Lwp& l = *s_.first_lwp(p);
    l.list = spec.program;
    l.index = 0;
    l.cpu = static_cast<int16_t>(i % s_.cpus.size());
    proc_event(ProcAction::Create, p);
    proc_event(ProcAction::Publish, p);
    l.lstat = LwpStat::LSRUN;
    lwp_event(l);
    enqueue(l, l.cpu);
  }
  counter("nprocs", s_.nprocs);
  counter("uareas", s_.uareas);
}

} // namespace fs
