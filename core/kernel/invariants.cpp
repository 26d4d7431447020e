// SPDX-License-Identifier: GPL-3.0-or-later
// The invariant checker: what must hold between any two steps, whatever the
// interleaving. Tests run it after every step; a violation names the first
// broken rule and the objects involved.
#include <algorithm>
#include <map>
#include <sstream>

#include "core/kernel/invariants.h"

#include "core/kernel/kernel.h"

namespace fs {

std::string check_invariants(const KernelState& s) {
  std::ostringstream err;

  // In-flight fork1 reservations (between L258/L283/L301 and proc_alloc or the undo).
  int reserved_nprocs = 0, reserved_uarea = 0;
  std::map<int32_t, int> reserved_uid;
  int live = 0;
  std::map<int32_t, int> live_by_uid;
  int uareas = 0;
  for (const Proc& p : s.procs) {
    if (!p.alive()) continue;
    ++live;
    ++live_by_uid[p.ruid];
    uareas += p.uarea ? 1 : 0;
    for (int i = 0; i < p.depth; ++i) {
      const Frame& f = p.frames[static_cast<size_t>(i)];
      if (f.routine != Routine::Fork1) continue;
      const int res = Fork1LocalsReader(f.v).reserved;
      reserved_nprocs += (res & RES_NPROCS) ? 1 : 0;
      reserved_uarea += (res & RES_UAREA) ? 1 : 0;
      if (res & RES_PROCCNT) ++reserved_uid[Fork1LocalsReader(f.v).uid];
    }
  }
  if (s.nprocs != live + 1 + reserved_nprocs) {
    err << "nprocs is " << s.nprocs << " but there are " << live << " processes + process 0 + "
        << reserved_nprocs << " forks in flight";
    return err.str();
  }
  if (s.uareas != uareas + reserved_uarea) {
    err << "uareas is " << s.uareas << " but " << uareas << " LWPs hold one and " << reserved_uarea
        << " forks reserved one";
    return err.str();
  }
  for (const UidCount& c : s.proccnt) {
    const int want = live_by_uid[c.uid] + reserved_uid[c.uid];
    if (c.count != want) {
      err << "proccnt[" << c.uid << "] is " << c.count << " but expected " << want;
      return err.str();
    }
  }

  // The tree: every published process is on its parent's list exactly once.
  for (const Proc& p : s.procs) {
    if (!p.alive()) continue;
    for (Pid c : p.children) {
      const Proc* q = s.proc(c);
      if (!q) {
        err << "pid " << p.pid << " lists child " << c << " which does not exist";
        return err.str();
      }
      if (q->pptr != p.pid) {
        err << "pid " << c << " is on " << p.pid << "'s children list but its parent is "
            << q->pptr;
        return err.str();
      }
    }
    if (!p.published || p.pid == 1) continue;
    const Proc* parent = s.proc(p.pptr);
    const auto n = parent ? std::count(parent->children.begin(), parent->children.end(), p.pid) : 0;
    if (n != 1) {
      err << "pid " << p.pid << " appears " << n << " times on its parent " << p.pptr << "'s list";
      return err.str();
    }
  }

  // Locks: owners exist; turnstile sleepers are asleep on that turnstile.
  for (size_t m = 0; m < s.mutexes.size(); ++m) {
    const Mutex& mx = s.mutexes[m];
    if (mx.refcnt == 0) continue;
    if (mx.owner >= 0 && !s.proc(mx.owner)) {
      err << "mutex slot " << m << " is owned by missing pid " << mx.owner;
      return err.str();
    }
    if (mx.owner < 0 && !mx.sleepers.empty()) {
      err << "mutex slot " << m << " is free but has sleepers";
      return err.str();
    }
    for (Pid w : mx.sleepers) {
      const Proc* q = s.proc(w);
      if (!q || q->lstat != LwpStat::LSSLEEP || q->wchan.kind != WchanKind::Turnstile ||
          q->wchan.obj != static_cast<int32_t>(m)) {
        err << "pid " << w << " is on mutex slot " << m << "'s turnstile but not asleep on it";
        return err.str();
      }
    }
  }

  // Reference counts equal the number of users.
  std::vector<int> users(s.objects.size(), 0), lock_users(s.mutexes.size(), 0);
  for (const Proc& p : s.procs) {
    if (!p.alive()) continue;
    for (int32_t o : {p.fd, p.cwd, p.limit, p.sigacts, p.vmspace, p.tracefile})
      if (o >= 0) ++users[static_cast<size_t>(o)];
    if (p.lock >= 0) ++lock_users[static_cast<size_t>(p.lock)];
  }
  for (size_t o = 0; o < s.objects.size(); ++o)
    if (s.objects[o].refcnt != users[o]) {
      err << "object " << o << " (serial " << s.objects[o].serial << ") has refcnt "
          << s.objects[o].refcnt << " but " << users[o] << " users";
      return err.str();
    }
  for (size_t m = 2; m < s.mutexes.size(); ++m)
    if (s.mutexes[m].refcnt != lock_users[m]) {
      err << "p_lock slot " << m << " has refcnt " << s.mutexes[m].refcnt << " but "
          << lock_users[m] << " processes use it";
      return err.str();
    }

  // Run queues and CPUs agree with LWP states.
  std::map<Pid, int> queued;
  for (size_t c = 0; c < s.cpus.size(); ++c) {
    const Cpu& cpu = s.cpus[c];
    for (Pid q : cpu.runq) ++queued[q];
    if (cpu.cur >= 0) {
      const Proc* p = s.proc(cpu.cur);
      if (!p || p->lstat != LwpStat::LSONPROC || p->cpu != static_cast<int>(c)) {
        err << "CPU " << c << " runs pid " << cpu.cur << " which is not LSONPROC there";
        return err.str();
      }
    }
  }
  for (const Proc& p : s.procs) {
    if (!p.alive()) continue;
    const int q = queued.count(p.pid) ? queued[p.pid] : 0;
    if ((p.lstat == LwpStat::LSRUN) != (q == 1) || q > 1) {
      err << "pid " << p.pid << " is " << (p.lstat == LwpStat::LSRUN ? "LSRUN" : "not LSRUN")
          << " but queued " << q << " times";
      return err.str();
    }
    if (p.lstat == LwpStat::LSONPROC && s.cpus[static_cast<size_t>(p.cpu)].cur != p.pid) {
      err << "pid " << p.pid << " is LSONPROC but not on CPU " << p.cpu;
      return err.str();
    }
    // A stopped process's LWP is off the CPU for good until it is continued
    // (an SSTOP process whose LWP sits stopped while the process is SACTIVE
    // again would never run: the lost continue of a stop made without locks).
    if (p.lstat == LwpStat::LSSTOP && p.stat != ProcStat::SSTOP) {
      err << "pid " << p.pid << " has its LWP in LSSTOP but the process is not SSTOP";
      return err.str();
    }
  }
  return "";
}

} // namespace fs
