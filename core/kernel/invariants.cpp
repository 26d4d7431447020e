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
  }
  for (const Lwp& l : s.lwps) {
    if (!l.alive()) continue;
    for (int i = 0; i < l.depth; ++i) {
      const Frame& f = l.frames[static_cast<size_t>(i)];
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
    if (mx.owner >= 0 && !s.lwp(mx.owner)) {
      err << "mutex slot " << m << " is owned by missing LWP " << mx.owner;
      return err.str();
    }
    if (mx.owner < 0 && !mx.sleepers.empty()) {
      err << "mutex slot " << m << " is free but has sleepers";
      return err.str();
    }
    for (Lid w : mx.sleepers) {
      const Lwp* q = s.lwp(w);
      if (!q || q->lstat != LwpStat::LSSLEEP || q->wchan.kind != WchanKind::Turnstile ||
          q->wchan.obj != static_cast<int32_t>(m)) {
        err << "LWP " << w << " is on mutex slot " << m << "'s turnstile but not asleep on it";
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

  // Every process's LWP list: the count matches, each LWP points back at its
  // process, and only a process still being built (SIDL, before lwp_create
  // at L481) has none.
  for (const Proc& p : s.procs) {
    if (!p.alive()) continue;
    int n = 0;
    bool back = true;
    s.for_each_lwp(p, [&](const Lwp& l) {
      ++n;
      back &= l.alive() && l.pid == p.pid && &s.proc_of(l) == &p;
    });
    if (n != p.nlwps || !back) {
      err << "pid " << p.pid << " has p_nlwps " << p.nlwps << " but lists " << n
          << (back ? " LWPs" : " LWPs, not all of them its own");
      return err.str();
    }
    if (n == 0 && p.stat != ProcStat::SIDL) {
      err << "pid " << p.pid << " has no LWP";
      return err.str();
    }
  }

  // Run queues and CPUs agree with LWP states.
  std::map<Lid, int> queued;
  for (size_t c = 0; c < s.cpus.size(); ++c) {
    const Cpu& cpu = s.cpus[c];
    for (Lid q : cpu.runq) ++queued[q];
    if (cpu.cur >= 0) {
      const Lwp* l = s.lwp(cpu.cur);
      if (!l || l->lstat != LwpStat::LSONPROC || l->cpu != static_cast<int>(c)) {
        err << "CPU " << c << " runs LWP " << cpu.cur << " which is not LSONPROC there";
        return err.str();
      }
    }
  }
  for (const Lwp& l : s.lwps) {
    if (!l.alive()) continue;
    const int q = queued.count(l.lid) ? queued[l.lid] : 0;
    if ((l.lstat == LwpStat::LSRUN) != (q == 1) || q > 1) {
      err << "LWP " << l.lid << " is " << (l.lstat == LwpStat::LSRUN ? "LSRUN" : "not LSRUN")
          << " but queued " << q << " times";
      return err.str();
    }
    if (l.lstat == LwpStat::LSONPROC && s.cpus[static_cast<size_t>(l.cpu)].cur != l.lid) {
      err << "LWP " << l.lid << " is LSONPROC but not on CPU " << l.cpu;
      return err.str();
    }
    // A stopped process's LWP is off the CPU for good until it is continued
    // (an SSTOP process whose LWP sits stopped while the process is SACTIVE
    // again would never run: the lost continue of a stop made without locks).
    if (l.lstat == LwpStat::LSSTOP && s.proc_of(l).stat != ProcStat::SSTOP) {
      err << "pid " << l.pid << " has its LWP in LSSTOP but the process is not SSTOP";
      return err.str();
    }
  }
  return "";
}

} // namespace fs
