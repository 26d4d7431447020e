// SPDX-License-Identifier: GPL-3.0-or-later
// sys___clone (kern_fork.c L151-198): its checks in order, the flag mapping to
// fork1 flags, and what sharing means for the child's objects.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

std::string clone_doc(const std::string& clone_fields, const std::string& rest = "") {
  return doc("{}", R"([{"name":"p","program":[{"op":"clone","name":"c",)" + clone_fields +
                       R"(,"child":[{"op":"compute","ticks":30}]})" + rest + "]}]");
}

TEST(Clone, PtraceFlagIsRefusedFirst) {
  // CLONE_PTRACE is checked before the CLONE_SIGHAND/CLONE_VM rule and the signal.
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"clone","flags":["CLONE_PTRACE","CLONE_SIGHAND"],"signal":200,"child":[],
     "expect":{"errno":"EINVAL"}}]}])"));
  EXPECT_EQ(forks_with(r.trace, "EINVAL"), 1);
  EXPECT_GE(find_event(r.trace, step_is("sys___clone.ptrace_check")), 0);
  EXPECT_EQ(find_event(r.trace, step_is("sys___clone.sighand_check")), -1);
  EXPECT_EQ(find_event(r.trace, step_is("fork1.nprocs_inc")), -1);
}

TEST(Clone, SighandWithoutVmIsInvalidButWithVmIsFine) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"clone","flags":["CLONE_SIGHAND"],"child":[],"expect":{"errno":"EINVAL"}},
    {"op":"clone","flags":["CLONE_SIGHAND","CLONE_VM"],"child":[],"expect":{"errno":null}},
    {"op":"wait","pid":"any","expect":{"status":{"exited":0}}}]}])"));
  EXPECT_EQ(forks_with(r.trace, "EINVAL"), 1);
  EXPECT_EQ(forks_with(r.trace, "success"), 1);
}

TEST(Clone, ExitSignalMustBeBelowNsig) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"clone","signal":64,"child":[],"expect":{"errno":"EINVAL"}},
    {"op":"clone","signal":255,"child":[],"expect":{"errno":"EINVAL"}},
    {"op":"clone","signal":63,"child":[],"expect":{"errno":null}},
    {"op":"wait","pid":"any","options":["WALTSIG"],"expect":{"status":{"exited":0}}}]}])"));
  EXPECT_EQ(forks_with(r.trace, "EINVAL"), 2);
  EXPECT_EQ(r.trace.outcome.final_nprocs, 2);
}

TEST(Clone, ExitSignalZeroHidesTheChildFromPlainWait) {
  RunResult r = run_ok(clone_doc(R"("signal":0)", R"(,
    {"op":"wait","pid":"any","expect":{"errno":"ECHILD"}},
    {"op":"wait","pid":"c","expect":{"errno":"ECHILD"}},
    {"op":"wait","pid":"any","options":["WALTSIG"],"expect":{"pid":"c","status":{"exited":0}}})"));
  // No signal is posted to the parent when the child exits.
  EXPECT_EQ(
      find_event(r.trace, [](const Event& e) { return e.kind == EventKind::Signal && e.a == 2; }),
      -1);
  RunResult all = run_ok(clone_doc(R"("signal":0)", R"(,
    {"op":"wait","pid":"any","options":["WALLSIG"],"expect":{"pid":"c","status":{"exited":0}}})"));
  EXPECT_EQ(all.trace.outcome.final_nprocs, 2);
}

TEST(Clone, WaltsigDoesNotSelectSigchldChildren) {
  run_ok(clone_doc(R"("signal":"SIGCHLD")", R"(,
    {"op":"wait","pid":"any","options":["WALTSIG"],"expect":{"errno":"ECHILD"}},
    {"op":"wait","pid":"any","expect":{"pid":"c"}})"));
}

// Stops when the clone's child is published and returns the parent and child.
struct Shared {
  Driven d;
  const Proc* p = nullptr;
  const Proc* c = nullptr;
  explicit Shared(const std::string& flags)
      : d(clone_doc(R"("flags":)" + flags, R"(,
      {"op":"wait","pid":"c","options":["WALLSIG"]})")) {
    EXPECT_TRUE(d.until([this](const KernelState&) {
      c = d.by_name("c");
      return c && c->published;
    }));
    p = d.by_name("p");
  }
  int refs(int32_t obj) const { return d.s().objects.at(static_cast<size_t>(obj)).refcnt; }
  ~Shared() {
    EXPECT_EQ(d.finish(), RunState::Completed);
    EXPECT_EQ(d.violation, "");
  }
};

TEST(Clone, NoFlagsCopiesEverything) {
  Shared s("[]");
  ASSERT_TRUE(s.p && s.c);
  EXPECT_NE(s.p->vmspace, s.c->vmspace);
  EXPECT_NE(s.p->lock, s.c->lock);
  EXPECT_NE(s.p->sigacts, s.c->sigacts);
  EXPECT_NE(s.p->fd, s.c->fd);
  EXPECT_NE(s.p->cwd, s.c->cwd);
  EXPECT_EQ(s.refs(s.p->vmspace), 1);
  EXPECT_EQ(s.c->exitsig, NB_SIGCHLD);
  // Limits are shared copy-on-write even without flags (L414-420).
  EXPECT_EQ(s.p->limit, s.c->limit);
}

TEST(Clone, VmSharesTheAddressSpace) {
  Shared s(R"(["CLONE_VM"])");
  ASSERT_TRUE(s.p && s.c);
  EXPECT_EQ(s.p->vmspace, s.c->vmspace);
  EXPECT_EQ(s.refs(s.p->vmspace), 2);
  EXPECT_NE(s.p->fd, s.c->fd);
  EXPECT_NE(s.p->lock, s.c->lock);
}

TEST(Clone, SighandSharesPLockAndSigacts) {
  Shared s(R"(["CLONE_VM","CLONE_SIGHAND"])");
  ASSERT_TRUE(s.p && s.c);
  EXPECT_EQ(s.p->lock, s.c->lock);
  EXPECT_EQ(s.d.s().mutexes.at(static_cast<size_t>(s.p->lock)).refcnt, 2);
  EXPECT_EQ(s.p->sigacts, s.c->sigacts);
  EXPECT_EQ(s.refs(s.p->sigacts), 2);
}

TEST(Clone, FilesAndFsShareDescriptorsAndCwd) {
  Shared s(R"(["CLONE_FILES","CLONE_FS"])");
  ASSERT_TRUE(s.p && s.c);
  EXPECT_EQ(s.p->fd, s.c->fd);
  EXPECT_EQ(s.p->cwd, s.c->cwd);
  EXPECT_EQ(s.refs(s.p->fd), 2);
  EXPECT_EQ(s.refs(s.p->cwd), 2);
  EXPECT_NE(s.p->vmspace, s.c->vmspace);
}

TEST(Clone, UnknownBitsAreIgnored) {
  // 0x100000 and 0x80000000... are no CLONE_* flag: only CLONE_VM (0x100) counts.
  Shared s("1048832"); // 0x100100
  ASSERT_TRUE(s.p && s.c);
  EXPECT_EQ(s.p->vmspace, s.c->vmspace);
  EXPECT_NE(s.p->fd, s.c->fd);
}

TEST(Clone, CloneVforkBlocksTheParentUntilTheChildExits) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"clone","name":"c","flags":["CLONE_VM","CLONE_VFORK"],
     "child":[{"op":"compute","ticks":20},{"op":"exit","status":7}]},
    {"op":"wait","pid":"c","expect":{"status":{"exited":7}}}]}])"));
  const Trace& t = r.trace;
  const int exit_step = find_event(t, step_is("exit1.vfork_release", 3));
  const int ret = find_event(t, sysret_is(2));
  ASSERT_GE(exit_step, 0);
  EXPECT_GT(ret, exit_step);
}

} // namespace
} // namespace fs::test
