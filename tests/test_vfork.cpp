// SPDX-License-Identifier: GPL-3.0-or-later
// vfork and __vfork14: the parent sleeps on its l_waitcv (kern_fork.c L621-622)
// until the child execs or exits; 4.4BSD vfork copies the address space.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "core/state/syscall_names.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

// p (pid 2) vforks c (pid 3) with the given child program.
std::string vfork_doc(const std::string& op, const std::string& child) {
  return doc("{}", R"([{"name":"p","program":[{"op":")" + op + R"(","name":"c","child":)" + child +
                       R"(},{"op":"wait","pid":"c","expect":{"pid":"c"}}]}])");
}

int parent_sleep(const Trace& t) {
  return find_event(t, [&](const Event& e) {
    return e.kind == EventKind::Lwp && e.a == 2 && e.b == static_cast<int>(LwpStat::LSSLEEP) &&
           e.c >= 0 && t.strings.at(e.c) == "l_waitcv#2";
  });
}

class VforkKinds : public ::testing::TestWithParam<const char*> {};

TEST_P(VforkKinds, ParentIsReleasedAtExecBeforeTheNewImageRuns) {
  const int sys = std::string(GetParam()) == "vfork" ? SYS_VFORK : SYS_VFORK14;
  RunResult r = run_ok(vfork_doc(GetParam(), R"([{"op":"compute","ticks":15},
    {"op":"exec","path":"/bin/echo","program":[{"op":"compute","ticks":5}]}])"));
  const Trace& t = r.trace;
  const int slept = parent_sleep(t);
  ASSERT_GE(slept, 0);
  const int release = find_event(t, step_is("execve.vfork_release", 3));
  const int bcast = find_event(t, cv_is(t, "l_waitcv#2", CvAction::Broadcast), slept);
  const int exec_done = find_event(t, step_is("execve.done", 3));
  const int new_image = find_event(t, step_is("user.compute", 3), exec_done);
  const int parent_ret = find_event(t, sysret_is(2, sys));
  ASSERT_GE(release, 0);
  EXPECT_LT(slept, release);
  EXPECT_GT(bcast, release);
  EXPECT_LT(bcast, exec_done);
  EXPECT_LT(bcast, new_image);
  EXPECT_GT(parent_ret, bcast);
  EXPECT_EQ(t.events[parent_ret].b, 3); // returns the child's pid
  // Nothing of the parent ran in user mode while it waited.
  EXPECT_EQ(find_event(
                t, [&](const Event& e) { return e.pid == 2 && e.kind == EventKind::Step; },
                slept + 1) > bcast,
            true);
}

TEST_P(VforkKinds, ParentIsWokenBeforeTheExitSignalIsPosted) {
  RunResult r =
      run_ok(vfork_doc(GetParam(), R"([{"op":"compute","ticks":10},{"op":"exit","status":3}])"));
  const Trace& t = r.trace;
  const int bcast = find_event(t, cv_is(t, "l_waitcv#2", CvAction::Broadcast));
  const int wake = find_event(t, lwp_is(2, LwpStat::LSRUN), bcast);
  const int sigchld = find_event(t, signal_is(SignalAction::Discard, 2, NB_SIGCHLD));
  ASSERT_GE(bcast, 0);
  ASSERT_GE(sigchld, 0); // SIGCHLD is ignored by default: posted and discarded
  EXPECT_LT(wake, sigchld);
  EXPECT_LT(find_event(t, step_is("exit1.vfork_release", 3)), bcast);
}

TEST_P(VforkKinds, EarlyExecFailureLeavesTheParentBlocked) {
  RunResult r = run_ok(vfork_doc(GetParam(), R"([
    {"op":"exec","path":"/nonexistent","fail":"ENOENT","expect":{"errno":"ENOENT"}},
    {"op":"compute","ticks":20},{"op":"exit","status":127}])"));
  const Trace& t = r.trace;
  const int exec_ret = find_event(t, sysret_is(3, SYS_EXECVE));
  const int bcast = find_event(t, cv_is(t, "l_waitcv#2", CvAction::Broadcast));
  ASSERT_GE(exec_ret, 0);
  EXPECT_GT(bcast, exec_ret);
  EXPECT_GT(bcast, find_event(t, step_is("exit1.vfork_release", 3)));
  EXPECT_GT(find_event(t, sysret_is(2)), bcast);
}

INSTANTIATE_TEST_SUITE_P(Both, VforkKinds, ::testing::Values("vfork", "vfork14"));

struct AddressSpace {
  bool same = false;
  int refs = 0;
  int64_t ppwait = 0, sharevm = 0;
};
AddressSpace address_space_of(const char* op) {
  Driven d(vfork_doc(op, R"([{"op":"compute","ticks":10}])"));
  AddressSpace a;
  EXPECT_TRUE(d.until([&](const KernelState&) {
    const Proc* c = d.by_name("c");
    return c && c->published;
  }));
  const Proc* p = d.by_name("p");
  const Proc* c = d.by_name("c");
  a.same = p->vmspace == c->vmspace;
  a.refs = d.s().objects.at(static_cast<size_t>(c->vmspace)).refcnt;
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  a.ppwait = d.s().forks_ppwait;
  a.sharevm = d.s().forks_sharevm;
  return a;
}

TEST(Vfork, FourFourBsdVforkCopiesTheAddressSpace) {
  AddressSpace a = address_space_of("vfork");
  EXPECT_FALSE(a.same);
  EXPECT_EQ(a.refs, 1);
  EXPECT_EQ(a.ppwait, 1);
  EXPECT_EQ(a.sharevm, 0);
}

TEST(Vfork, Vfork14SharesTheAddressSpace) {
  AddressSpace a = address_space_of("vfork14");
  EXPECT_TRUE(a.same);
  EXPECT_EQ(a.refs, 2);
  EXPECT_EQ(a.ppwait, 1);
  EXPECT_EQ(a.sharevm, 1);
}

TEST(Vfork, PlainForkCountsNeither) {
  AddressSpace a = address_space_of("fork");
  EXPECT_FALSE(a.same);
  EXPECT_EQ(a.ppwait, 0);
  EXPECT_EQ(a.sharevm, 0);
}

TEST(Vfork, TheWaitIsNotInterruptedBySignals) {
  // q signals the blocked vfork parent; it keeps waiting for its child and
  // dies of the signal only on its way back to user mode.
  RunResult r = run_ok(doc("{}", R"([
    {"name":"p","program":[{"op":"vfork","name":"c","child":[{"op":"compute","ticks":40}]},
                           {"op":"compute","ticks":100}]},
    {"name":"q","program":[{"op":"compute","ticks":10},
                           {"op":"kill","pid":"p","signal":"SIGUSR1","expect":{"errno":null}}]}])"));
  const Trace& t = r.trace;
  const int post = find_event(t, signal_is(SignalAction::Post, 2, NB_SIGUSR1));
  const int release = find_event(t, step_is("exit1.vfork_release", 4));
  const int woke = find_event(t, lwp_is(2, LwpStat::LSRUN), post);
  const int died = find_event(t, step_is("exit1.wexit", 2));
  ASSERT_GE(post, 0);
  ASSERT_GE(release, 0);
  EXPECT_LT(post, release);
  EXPECT_GT(woke, release);
  EXPECT_GT(died, release);
}

} // namespace
} // namespace fs::test
