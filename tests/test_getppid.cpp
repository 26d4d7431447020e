// SPDX-License-Identifier: GPL-3.0-or-later
// getppid(2) as NetBSD's sys_getppid answers it: the cached p_ppid - the
// parent fork1 recorded, 1 once init has adopted the process, and still the
// real parent while a debugger is attached. The system call added to show
// docs/adding-a-syscall.md.
#include <gtest/gtest.h>

#include "core/state/syscall_names.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

// Pids in creation order: init 1, then the listed processes, then children.
const char* const kSequential = R"({"pid_alloc":"sequential"})";

// The value each getppid of process `pid` returned, in order.
std::vector<int> getppid_results(const Trace& t, int pid) {
  std::vector<int> out;
  for (int i : find_all(t, sysret_is(pid, SYS_GETPPID))) {
    const Event& e = t.events[static_cast<size_t>(i)];
    EXPECT_EQ(t.syscall_details.at(static_cast<size_t>(e.c)).error, 0); // it never fails
    out.push_back(e.b);
  }
  return out;
}

TEST(Getppid, NamesTheForkingParentThenInitOnceTheParentHasExited) {
  // sh (pid 2) forks c (pid 3) and exits without waiting: init adopts c.
  RunResult r = run_ok(doc(kSequential, R"([
    {"name":"sh","program":[
      {"op":"getppid","expect":{"pid":"init","errno":null}},
      {"op":"fork","name":"c","child":[
        {"op":"getppid","expect":{"pid":"sh"}},
        {"op":"compute","ticks":200},
        {"op":"getppid","expect":{"pid":1}}]},
      {"op":"compute","ticks":20}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_passed, 3);
  EXPECT_EQ(getppid_results(r.trace, 2), (std::vector<int>{1}));
  EXPECT_EQ(getppid_results(r.trace, 3), (std::vector<int>{2, 1}));
}

TEST(Getppid, ADebuggerBecomesTheParentButNotWhatGetppidReturns) {
  // dbg attaches to c: c moves to dbg's children (p_pptr), p_ppid stays p.
  Driven d(doc(kSequential, R"([
    {"name":"p","program":[{"op":"fork","name":"c","child":[
        {"op":"compute","ticks":300},
        {"op":"getppid","expect":{"pid":"p"}}]},
      {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":0}}}]},
    {"name":"dbg","program":[{"op":"compute","ticks":100},
      {"op":"ptrace","request":"PT_ATTACH","pid":"c","expect":{"errno":null}},
      {"op":"wait","pid":"c","expect":{"pid":"c","status":{"stopped":"SIGSTOP"}}},
      {"op":"ptrace","request":"PT_CONTINUE","pid":"c","expect":{"errno":null}},
      {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":0}}}]}])"));
  // Stop inside getppid and look at the process there.
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Proc* c = s.proc(4);
    const Lwp* l = c ? s.first_lwp(*c) : nullptr;
    return l && (c->slflag & PSL_TRACED) && l->depth > 0 &&
           l->frames[static_cast<size_t>(l->depth - 1)].routine == Routine::Getppid;
  }));
  const Proc* c = d.s().proc(4);
  EXPECT_EQ(c->pptr, 3); // the debugger
  EXPECT_EQ(c->ppid, 2); // the real parent
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(getppid_results(d.trace, 4), (std::vector<int>{2}));
  EXPECT_EQ(d.trace.outcome.expectations_failed, 0);
}

TEST(Getppid, IsRecordedUnderItsNameWithNoArgumentsAndItsOwnStep) {
  RunResult r = run_ok(doc("{}", R"([{"name":"sh","program":[{"op":"getppid"}]}])"));
  const int enter = find_event(r.trace, [](const Event& e) {
    return e.kind == EventKind::Syscall && e.action == static_cast<uint8_t>(SyscallPhase::Enter) &&
           e.a == SYS_GETPPID;
  });
  ASSERT_GE(enter, 0);
  EXPECT_STREQ(syscall_name(SYS_GETPPID), "getppid");
  const Event& e = r.trace.events[static_cast<size_t>(enter)];
  EXPECT_EQ(r.trace.args_of(r.trace.syscall_details[static_cast<size_t>(e.c)]), "{}");
  EXPECT_GE(find_event(r.trace, step_is("getppid.read", 2), enter), enter);
  EXPECT_EQ(step_info(find_step("getppid.read")).func, std::string("sys_getppid"));
}

TEST(Getppid, AWrongExpectationIsReported) {
  RunResult r = run_checked(doc("{}", R"([{"name":"sh","program":[
      {"op":"getppid","expect":{"pid":"sh"}}]}])"));
  ASSERT_EQ(r.trace.outcome.expectations_failed, 1);
  EXPECT_EQ(r.trace.outcome.failures.at(0).message, "pid: expected 2, got 1");
}

} // namespace
} // namespace fs::test
