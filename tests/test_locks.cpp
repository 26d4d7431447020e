// SPDX-License-Identifier: GPL-3.0-or-later
// proc_lock is an adaptive mutex: contenders spin while the owner runs on
// another CPU and sleep on the turnstile when it does not; release hands the
// lock over. cv_wait releases the mutex and re-acquires it after the wakeup.
#include <algorithm>
#include <deque>
#include <map>
#include <utility>

#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

// Replays proc_lock's traffic: a spinner's owner is running, a sleeper's owner
// is not, and every release with sleepers hands the lock to the oldest one,
// which then holds it until its own release. Returns (spins, sleeps).
std::pair<int, int> check_proc_lock_discipline(const Trace& t) {
  std::deque<int> turnstile;
  std::map<int, LwpStat> st;
  int owner = -1, spins = 0, sleeps = 0;
  for (size_t i = 0; i < t.events.size(); ++i) {
    const Event& e = t.events[i];
    if (e.kind == EventKind::Lwp) st[e.a] = static_cast<LwpStat>(e.b);
    if (e.kind != EventKind::Lock || t.strings.at(e.a) != "proc_lock") continue;
    switch (static_cast<LockAction>(e.action)) {
    case LockAction::Acquire:
      EXPECT_EQ(owner, -1) << "event " << i;
      owner = e.pid;
      break;
    case LockAction::Spin:
      ++spins;
      EXPECT_EQ(e.b, owner);
      EXPECT_EQ(st[owner], LwpStat::LSONPROC) << "spinning although the owner is not running";
      break;
    case LockAction::Sleep:
      ++sleeps;
      EXPECT_EQ(e.b, owner);
      EXPECT_NE(st[owner], LwpStat::LSONPROC) << "sleeping although the owner is running";
      turnstile.push_back(e.pid);
      break;
    case LockAction::Release:
      EXPECT_EQ(e.pid, owner) << "event " << i;
      owner = -1;
      break;
    case LockAction::Wakeup: {
      // Emitted by a release for a sleeper on the turnstile. Either the lock
      // is handed to it (its next proc_lock event is its release) or it is
      // woken to try again (its next event is an acquire, spin or sleep).
      EXPECT_EQ(owner, -1);
      auto it = std::find(turnstile.begin(), turnstile.end(), e.b);
      EXPECT_NE(it, turnstile.end()) << "woke " << e.b << " which was not asleep on proc_lock";
      if (it == turnstile.end()) break;
      turnstile.erase(it);
      const int next =
          find_event(t, lock_is(t, "proc_lock", LockAction::Release, e.b), static_cast<int>(i) + 1);
      const int retry = find_event(
          t,
          [&](const Event& x) {
            return x.kind == EventKind::Lock && x.pid == e.b && t.strings.at(x.a) == "proc_lock" &&
                   x.action != static_cast<uint8_t>(LockAction::Release) &&
                   x.action != static_cast<uint8_t>(LockAction::Wakeup);
          },
          static_cast<int>(i) + 1);
      if (next >= 0 && (retry < 0 || next < retry)) owner = e.b; // handed over
      break;
    }
    }
  }
  EXPECT_TRUE(turnstile.empty());
  EXPECT_EQ(owner, -1);
  return {spins, sleeps};
}

TEST(Locks, TwoCpusForkingAtOnceSpinOnProcLock) {
  // Identical programs on CPU 0 and CPU 1 reach L511 at the same step.
  RunResult r = run_ok(doc(R"({"cpus":2})", R"([
    {"name":"p","program":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]},
    {"name":"q","program":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]}])"));
  const Trace& t = r.trace;
  const auto spins = find_all(t, lock_is(t, "proc_lock", LockAction::Spin));
  ASSERT_FALSE(spins.empty());
  // The first spinner is the CPU-1 process at fork1's L511, and gets the lock
  // with a plain acquire once the owner releases it.
  const Event& first = t.events[spins[0]];
  EXPECT_EQ(first.cpu, 1);
  EXPECT_EQ(first.pid, 3);
  EXPECT_EQ(first.b, 2);
  EXPECT_EQ(step_info(t.events[spins[0] - 1].a).label, std::string("fork1.proc_lock"));
  const int rel = find_event(t, lock_is(t, "proc_lock", LockAction::Release, 2), spins[0]);
  const int acq = find_event(t, lock_is(t, "proc_lock", LockAction::Acquire, 3), spins[0]);
  ASSERT_GE(rel, 0);
  EXPECT_GT(acq, rel);
  check_proc_lock_discipline(t);
}

TEST(Locks, ContenderSleepsOnTheTurnstileWhenTheOwnerIsPreempted) {
  // quantum 1 with kernel preemption: p shares CPU 0 with r and loses its CPU
  // after every step, often while holding proc_lock; q on CPU 1 then has to
  // sleep on the turnstile until the release wakes it.
  auto sc = scenario_from(doc(R"({"cpus":2,"quantum":1})", R"([
    {"name":"p","program":[{"op":"repeat","count":6,"body":[{"op":"fork","child":[]},
                                                            {"op":"wait","pid":"any"}]}]},
    {"name":"q","program":[{"op":"repeat","count":6,"body":[{"op":"fork","child":[]},
                                                            {"op":"wait","pid":"any"}]}]},
    {"name":"r","program":[{"op":"compute","ticks":400}]}])"));
  ASSERT_TRUE(sc);
  Scenario preemptive = *sc;
  preemptive.machine.kpreempt = true;
  RunOptions opt;
  opt.check_invariants = true;
  RunResult r = run_scenario(std::make_shared<const Scenario>(preemptive), opt);
  EXPECT_EQ(r.invariant_violation, "");
  EXPECT_EQ(r.trace.outcome.result, "completed");
  const Trace& t = r.trace;
  const auto [spins, sleeps] = check_proc_lock_discipline(t);
  EXPECT_GT(spins, 0);
  ASSERT_GT(sleeps, 0);
  // A sleeper is asleep on proc_lock's turnstile right after its sleep event.
  for (int i : find_all(t, lock_is(t, "proc_lock", LockAction::Sleep))) {
    const Event& x = t.events[i + 1];
    EXPECT_EQ(x.kind, EventKind::Lwp);
    EXPECT_EQ(x.a, t.events[i].pid);
    EXPECT_EQ(x.b, static_cast<int>(LwpStat::LSSLEEP));
    ASSERT_GE(x.c, 0);
    EXPECT_EQ(t.strings.at(x.c), "tstile:proc_lock");
  }
}

TEST(Locks, CvWaitReleasesAndReacquiresProcLock) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"fork","name":"c","child":[{"op":"compute","ticks":20}]},
    {"op":"wait","pid":"c","expect":{"pid":"c"}}]}])"));
  const Trace& t = r.trace;
  const int wait = find_event(t, cv_is(t, "p_waitcv#2", CvAction::Wait));
  ASSERT_GE(wait, 0);
  EXPECT_EQ(t.events[wait].pid, 2);
  const int rel = find_event(t, lock_is(t, "proc_lock", LockAction::Release, 2), wait);
  const int asleep = find_event(t, lwp_is(2, LwpStat::LSSLEEP), wait);
  EXPECT_EQ(rel, wait + 1);
  EXPECT_GT(asleep, rel);
  // The child's exit broadcasts while holding proc_lock; the waiter re-takes
  // proc_lock after waking, before it looks at its children again.
  const int bcast = find_event(t, cv_is(t, "p_waitcv#2", CvAction::Broadcast), wait);
  const int reacq = find_event(
      t,
      [&](const Event& e) {
        return e.kind == EventKind::Lock && t.strings.at(e.a) == "proc_lock" && e.pid == 2 &&
               (e.action == static_cast<uint8_t>(LockAction::Acquire));
      },
      bcast);
  const int rescan = find_event(t, step_is("wait.find_child", 2), bcast);
  ASSERT_GE(bcast, 0);
  ASSERT_GE(reacq, 0);
  EXPECT_LT(reacq, rescan);
}

TEST(Locks, SpinningDoesNotAdvanceTheKernelPath) {
  // While it spins, the contender repeats the same statement (no step events
  // other than its retries) and never holds two proc_lock acquisitions.
  Driven d(doc(R"({"cpus":2})", R"([
    {"name":"p","program":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]},
    {"name":"q","program":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) {
    for (const Lwp& l : s.lwps)
      if (l.alive() && l.spinning) return true;
    return false;
  }));
  const Lwp* q = d.s().first_lwp(*d.by_name("q"));
  ASSERT_TRUE(q && q->spinning);
  const uint16_t pc = q->frames[q->depth - 1].pc;
  const Mutex& m = d.s().mutexes[PROC_LOCK];
  EXPECT_EQ(m.owner, 2); // p's LWP (lid 2)
  EXPECT_EQ(d.s().lwp(2)->lstat, LwpStat::LSONPROC);
  EXPECT_EQ(step_info(pc).label, std::string("fork1.proc_lock"));
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
}

} // namespace
} // namespace fs::test
