// SPDX-License-Identifier: GPL-3.0-or-later
// Adaptive and spin mutexes, and condition variables.
//
// An adaptive mutex (proc_lock, p_lock, ktrace_lock) is NetBSD's default: a
// contender spins while the owner is running on a CPU - it will probably let go
// soon - and sleeps on the lock's turnstile when the owner is not running.
// Release frees the lock and wakes every sleeper, which then retry. A spin
// mutex is never slept on. mutex_enter is one step that may have to be retried: the caller
// keeps its pc until it returns true.
#include <algorithm>
#include <utility>

#include "core/kernel/kernel.h"
#include "core/state/slot_pool.h"

namespace fs {

int32_t Kernel::mutex_alloc(LockClass cls, MutexKind kind) {
  const int32_t slot = take_slot(s_.mutexes, s_.free_mutex_slots);
  Mutex& m = s_.mutexes[static_cast<size_t>(slot)];
  m = Mutex{};
  m.cls = cls;
  m.kind = kind;
  m.serial = ++s_.next_mutex_serial;
  m.refcnt = 1;
  return slot;
}

void Kernel::mutex_obj_hold(int32_t m) { ++s_.mutexes[static_cast<size_t>(m)].refcnt; }

void Kernel::mutex_obj_free(int32_t m) {
  Mutex& mx = s_.mutexes[static_cast<size_t>(m)];
  if (--mx.refcnt == 0) {
    mx.owner = -1;
    mx.sleepers.clear();
    s_.free_mutex_slots.push_back(m);
  }
}

bool Kernel::mutex_enter(Lwp& l, int32_t m) {
  Mutex& mx = s_.mutexes[static_cast<size_t>(m)];
  if (mx.owner == l.lid) { // recursion would be a bug in a kernel path
    l.spinning = false;
    l.spin_mutex = -1;
    return true;
  }
  if (mx.owner < 0) {
    l.spinning = false;
    l.spin_mutex = -1;
    mx.owner = l.lid;
    if (mx.kind == MutexKind::Spin) ++l.spin_locks;
    lock_event(m, LockAction::Acquire, l.lid);
    return true;
  }
  const Lwp* owner = lwp_hinted(mx.owner, hint_at(owner_slot_, static_cast<size_t>(m)));
  const bool owner_running = owner && owner->lstat == LwpStat::LSONPROC;
  if (mx.kind == MutexKind::Spin || owner_running) {
    // One spin event marks the start of the spin; the retries that follow
    // record nothing until the acquire (or a sleep) ends it. This keeps a
    // long spin from filling the trace.
    if (!l.spinning) lock_event(m, LockAction::Spin, mx.owner);
    l.spinning = true; // the next attempt retries the same statement
    l.spin_mutex = m;
    return false;
  }
  l.spinning = false;
  l.spin_mutex = -1;
  lock_event(m, LockAction::Sleep, mx.owner);
  mx.sleepers.push_back(l.lid);
  sleep_on(l, Wchan{WchanKind::Turnstile, m}, false);
  return false;
}

void Kernel::mutex_exit(Lwp& l, int32_t m) {
  Mutex& mx = s_.mutexes[static_cast<size_t>(m)];
  lock_event(m, LockAction::Release, l.lid);
  if (mx.kind == MutexKind::Spin) --l.spin_locks;
  mx.owner = -1;
  // mutex_vector_exit: the lock is released first, then every waiter on the
  // turnstile is woken to try again - no hand-off, so a running LWP (or a
  // spinner) may still take it before the sleepers get a CPU.
  std::vector<Lid> sleepers;
  sleepers.swap(mx.sleepers);
  for (Lid w : sleepers) {
    lock_event(m, LockAction::Wakeup, w);
    if (Lwp* q = s_.lwp(w)) wakeup_one(*q);
  }
}

void Kernel::cv_wait_begin(Lwp& l, Wchan cv, int32_t m) {
  if (trace_) emit(EventKind::Cv, static_cast<uint8_t>(CvAction::Wait), wchan_id(cv));
  mutex_exit(l, m);
  sleep_on(l, cv, false);
}

void Kernel::require_proc_lock(const char* what) {
  if (cur_lid_ < 0 || !lock_violation_.empty()) return; // boot and timer code run alone
  if (s_.mutexes[PROC_LOCK].owner == cur_lid_) return;
  lock_violation_ = std::string(what) + " by pid " + std::to_string(cur_pid_) +
                    " without proc_lock (owner " + std::to_string(s_.mutexes[PROC_LOCK].owner) +
                    ")";
}

std::string Kernel::take_lock_violation() { return std::exchange(lock_violation_, {}); }

void Kernel::cv_broadcast(Wchan cv) {
  // p_waitcv and l_waitcv are waited on with proc_lock (wait, vfork).
  if (cv.kind == WchanKind::PWaitcv || cv.kind == WchanKind::LWaitcv)
    require_proc_lock("a broadcast on p_waitcv/l_waitcv");
  std::vector<std::pair<uint64_t, Lid>> sleepers;
  for (const Lwp& q : s_.lwps)
    if (q.alive() && q.lstat == LwpStat::LSSLEEP && q.wchan == cv)
      sleepers.emplace_back(q.sleep_seq, q.lid);
  int32_t name = trace_ ? wchan_id(cv) : -1;
  emit(EventKind::Cv, static_cast<uint8_t>(CvAction::Broadcast), name);
  std::sort(sleepers.begin(), sleepers.end());
  for (auto& [seq, lid] : sleepers) {
    (void)seq;
    emit(EventKind::Cv, static_cast<uint8_t>(CvAction::Wakeup), name, lid);
    wakeup_one(*s_.lwp(lid));
  }
}

} // namespace fs
