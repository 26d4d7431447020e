// SPDX-License-Identifier: GPL-3.0-or-later
// fork1()'s failure phase (kern_fork.c L256-318): maxproc, RLIMIT_NPROC, the
// U-area and proc_alloc, each undoing exactly what it did.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "core/state/syscall_names.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

const char* kTableFull = "proc: table is full - increase kern.maxproc or NPROC";

int count_logs(const Trace& t) {
  return static_cast<int>(find_all(t, log_is(t, kTableFull)).size());
}

TEST(ForkFailures, FailsExactlyWhenCountBeforeForkReachesMaxprocMinusOne) {
  // Boot: process 0 + init + p = 3. maxproc 5: the first fork (count 3 -> 4 < 5)
  // succeeds, the second (count 4 = maxproc-1 before it) fails with EAGAIN.
  // p is root: at maxproc <= 5 kauth lets only root fork at all (see
  // test_netbsd_semantics.cpp, NetbsdKauth).
  RunResult r = run_ok(doc(R"({"maxproc":5})", R"([{"name":"p","uid":0,"program":[
    {"op":"fork","name":"a","child":[{"op":"compute","ticks":30}],"expect":{"errno":null}},
    {"op":"fork","name":"b","child":[],"expect":{"errno":"EAGAIN"}},
    {"op":"wait","pid":"a","expect":{"pid":"a","status":{"exited":0}}},
    {"op":"fork","name":"c","child":[],"expect":{"errno":null}},
    {"op":"wait","pid":"any","expect":{"pid":"c"}}]}])"));
  EXPECT_EQ(forks_with(r.trace, "success"), 2);
  EXPECT_EQ(forks_with(r.trace, "EAGAIN"), 1);
  EXPECT_EQ(count_logs(r.trace), 1);
  EXPECT_EQ(r.trace.outcome.final_nprocs, 2);
  // The failed fork raised nprocs to 5 and put it back to 4 before returning.
  const Trace& t = r.trace;
  const int fail = find_event(t, step_is("fork1.fail_nprocs_dec"));
  ASSERT_GE(fail, 0);
  int last_nprocs = -1;
  for (int i = 0; i < fail; ++i)
    if (t.events[i].kind == EventKind::Counter && t.strings.at(t.events[i].a) == "nprocs")
      last_nprocs = t.events[i].b;
  EXPECT_EQ(last_nprocs, 5);
}

TEST(ForkFailures, MaxprocAppliesToRootAndFirstForkFailsAtMaxprocFour) {
  RunResult r = run_ok(doc(R"({"maxproc":4})", R"([{"name":"root","uid":0,"program":[
    {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]}])"));
  EXPECT_EQ(forks_with(r.trace, "EAGAIN"), 1);
  EXPECT_EQ(count_logs(r.trace), 1);
}

TEST(ForkFailures, TableFullMessageIsRateLimitedToOncePerTenSeconds) {
  // hz 100: the message may appear once per 1000 ticks.
  auto run = [](int sleep_ticks) {
    return run_ok(doc(R"({"maxproc":4,"hz":100})", R"([{"name":"p","program":[
      {"op":"repeat","count":3,"body":[{"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]},
      {"op":"sleep","ticks":)" + std::to_string(sleep_ticks) +
                                                       R"(},
      {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]}])"));
  };
  RunResult soon = run(500);
  EXPECT_EQ(forks_with(soon.trace, "EAGAIN"), 4);
  EXPECT_EQ(count_logs(soon.trace), 1);
  RunResult later = run(1000);
  const auto logs = find_all(later.trace, log_is(later.trace, kTableFull));
  ASSERT_EQ(logs.size(), 2u);
  EXPECT_GE(later.trace.tick_of_event(logs[1]) - later.trace.tick_of_event(logs[0]), 1000u);
}

// The sleep after a failure: wchan name and length in ticks (measured between
// the sleeping step and the step that returns EAGAIN after the wakeup).
void expect_fork_sleep(const Trace& t, const std::string& wchan, const char* sleep_step,
                       const char* fail_step, uint64_t ticks) {
  const int asleep = find_event(t, [&](const Event& e) {
    return e.kind == EventKind::Lwp && e.a == 2 && e.b == static_cast<int>(LwpStat::LSSLEEP) &&
           e.c >= 0 && t.strings.at(e.c) == wchan;
  });
  ASSERT_GE(asleep, 0) << "no sleep on " << wchan;
  const int slept = find_event(t, step_is(sleep_step, 2));
  const int failed = find_event(t, step_is(fail_step, 2));
  ASSERT_GE(slept, 0);
  ASSERT_GT(failed, asleep);
  EXPECT_LT(slept, asleep);
  EXPECT_EQ(t.tick_of_event(failed) - t.tick_of_event(slept), ticks);
  const int ret = find_event(t, sysret_is(2, SYS_FORK), asleep);
  ASSERT_GT(ret, failed); // EAGAIN is returned only after the sleep
  EXPECT_EQ(t.syscall_details.at(t.events[ret].c).error, NB_EAGAIN);
}

TEST(ForkFailures, ForkfsleepSleepsOnForkmxForTheConfiguredTicks) {
  RunResult r = run_ok(doc(R"({"maxproc":4,"hz":100,"forkfsleep_ms":50})", R"([{"name":"p",
    "program":[{"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]}])"));
  expect_fork_sleep(r.trace, "forkmx", "fork1.kpause_forkmx", "fork1.fail_eagain", 5);
  // 1 ms at hz 100 rounds up to one tick.
  RunResult one = run_ok(doc(R"({"maxproc":4,"hz":100,"forkfsleep_ms":1})", R"([{"name":"p",
    "program":[{"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]}])"));
  expect_fork_sleep(one.trace, "forkmx", "fork1.kpause_forkmx", "fork1.fail_eagain", 1);
  // The machine's forkfsleep_ms is converted the same way: 15 ms is 1 tick.
  RunResult trunc = run_ok(doc(R"({"maxproc":4,"hz":100,"forkfsleep_ms":15})", R"([{"name":"p",
    "program":[{"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]}])"));
  expect_fork_sleep(trunc.trace, "forkmx", "fork1.kpause_forkmx", "fork1.fail_eagain", 1);
}

TEST(ForkFailures, RlimitNprocCountsTheRealUidWithoutLogLine) {
  // uid 1000 has 1 process; soft limit 2: one child fits, the second fork fails.
  RunResult r = run_ok(doc(R"({"forkfsleep_ms":30})", R"([{"name":"p","rlimit_nproc":2,
    "program":[{"op":"fork","name":"a","child":[{"op":"compute","ticks":20}],"expect":{"errno":null}},
    {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}},
    {"op":"wait","pid":"a","expect":{"pid":"a"}}]}])"));
  EXPECT_EQ(count_logs(r.trace), 0);
  expect_fork_sleep(r.trace, "forkulim", "fork1.kpause_forkulim", "fork1.rlimit_eagain", 3);
  EXPECT_GE(find_event(r.trace, step_is("fork1.rlimit_undo_proccnt")), 0);
}

TEST(ForkFailures, RlimitIsSharedByProcessesOfTheSameRealUid) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"p","rlimit_nproc":2,"program":[{"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]},
    {"name":"q","program":[{"op":"compute","ticks":40}]}])"));
  EXPECT_EQ(forks_with(r.trace, "EAGAIN"), 1);
}

TEST(ForkFailures, OnlyEffectiveRootBypassesRlimitNproc) {
  // Real uid 0 is charged: init already counts for uid 0, so with limit 2 the
  // count after the increment is 3. An effective uid of 1000 may not bypass.
  run_ok(doc("{}", R"([{"name":"p","uid":0,"euid":1000,"rlimit_nproc":2,"program":[
    {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}}]}])"));
  // Real uid 1000 over its limit of 1, effective root: allowed.
  run_ok(doc("{}", R"([{"name":"p","uid":1000,"euid":0,"rlimit_nproc":1,"program":[
    {"op":"fork","child":[],"expect":{"errno":null}},{"op":"wait","pid":"any"}]}])"));
}

TEST(ForkFailures, UareaExhaustionIsEnomemWithoutSleepOrLog) {
  // init and p hold the two U-areas allowed.
  Driven d(doc(R"({"uarea_limit":2,"forkfsleep_ms":100})", R"([{"name":"p","program":[
    {"op":"fork","child":[],"expect":{"errno":"ENOMEM"}},{"op":"compute","ticks":5}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) { return s.fork_enomem == 1; }));
  EXPECT_EQ(d.s().nprocs, 3);
  EXPECT_EQ(d.s().uareas, 2);
  for (const UidCount& c : d.s().proccnt)
    if (c.uid == 1000) {
      EXPECT_EQ(c.count, 1);
    }
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(find_event(d.trace, log_is(d.trace, kTableFull)), -1);
  EXPECT_EQ(find_event(d.trace,
                       [](const Event& e) {
                         return e.kind == EventKind::Lwp && e.a == 2 &&
                                e.b == static_cast<int>(LwpStat::LSSLEEP);
                       }),
            -1);
}

TEST(ForkFailures, InjectedProcAllocFailureRollsBackUnderParentPLock) {
  Driven d(doc(R"({"inject_proc_alloc_failure":true})", R"([{"name":"p","program":[
    {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}},
    {"op":"fork","child":[],"expect":{"errno":null}},{"op":"wait","pid":"any"}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) { return s.fork_eagain == 1; }));
  EXPECT_EQ(d.s().nprocs, 3);
  EXPECT_EQ(d.s().uareas, 2);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(d.s().expect_failed, 0);
  EXPECT_EQ(d.s().fork_ok, 1); // the fault is injected once
  const Trace& t = d.trace;
  // L312-318 in order: U-area freed, p_lock taken, uid re-read, count undone,
  // p_lock released, nprocs undone, EAGAIN.
  const char* order[] = {"fork1.proc_alloc_fail_uarea_free", "fork1.proc_alloc_fail_p_lock",
                         "fork1.proc_alloc_fail_uid",        "fork1.proc_alloc_fail_proccnt",
                         "fork1.proc_alloc_fail_p_unlock",   "fork1.proc_alloc_fail_nprocs",
                         "fork1.proc_alloc_fail_eagain"};
  int at = 0;
  for (const char* label : order) {
    const int i = find_event(t, step_is(label, 2), at);
    ASSERT_GE(i, at) << label;
    at = i;
  }
  // Mutex serials: proc_lock 1, ktrace_lock 2, init 3, p 4.
  const int acq = find_event(t, lock_is(t, "p_lock#4", LockAction::Acquire, 2));
  const int rel = find_event(t, lock_is(t, "p_lock#4", LockAction::Release, 2));
  const int undo = find_event(t, step_is("fork1.proc_alloc_fail_proccnt"));
  EXPECT_LT(acq, undo);
  EXPECT_GT(rel, undo);
}

} // namespace
} // namespace fs::test
