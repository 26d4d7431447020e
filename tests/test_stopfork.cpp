// SPDX-License-Identifier: GPL-3.0-or-later
// PS_STOPFORK (kern_fork.c L580-588): the child is born stopped and the
// forking parent's stopped-child count goes up; SIGCONT lets it run.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

void expect_born_stopped(const std::string& json) {
  Driven d(json);
  ASSERT_TRUE(d.until([&](const KernelState&) {
    const Proc* c = d.by_name("c");
    return c && c->published && c->stat != ProcStat::SIDL;
  }));
  const Proc* c = d.by_name("c");
  EXPECT_EQ(c->stat, ProcStat::SSTOP);
  EXPECT_EQ(d.s().first_lwp(*c)->lstat, LwpStat::LSSTOP);
  EXPECT_FALSE(c->waited);
  EXPECT_EQ(d.by_name("p")->nstopchild, 1);
  EXPECT_TRUE(c->sflag & PS_STOPFORK); // inherited (L459)
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(d.s().expect_failed, 0);
  for (const auto& f : d.s().expect_failures) ADD_FAILURE() << f.first << ": " << f.second;
  // The child ran only after the SIGCONT was posted.
  const Trace& t = d.trace;
  const int cont = find_event(t, signal_is(SignalAction::Post, 3, NB_SIGCONT));
  const int runs = find_event(t, lwp_is(3, LwpStat::LSONPROC));
  ASSERT_GE(cont, 0);
  EXPECT_GT(runs, cont);
}

const char* kParentProgram = R"(
    {"op":"fork","name":"c","child":[{"op":"exit","status":5}],"expect":{"errno":null}},
    {"op":"compute","ticks":20},
    {"op":"wait","pid":"c","options":["WNOHANG"],"expect":{"pid":0}},
    {"op":"kill","pid":"c","signal":"SIGCONT","expect":{"errno":null}},
    {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":5}}}]}])";

TEST(Stopfork, ScenarioFlagMakesTheChildBornStopped) {
  expect_born_stopped(
      doc("{}", std::string(R"([{"name":"p","stopfork":true,"program":[)") + kParentProgram));
}

TEST(Stopfork, SysctlProcStopforkOnSelf) {
  expect_born_stopped(doc("{}", std::string(R"([{"name":"p","program":[
    {"op":"sysctl","name":"proc.stopfork","pid":"p","value":1,"expect":{"errno":null}},)") +
                                    kParentProgram));
}

TEST(Stopfork, SysctlNeedsRootOrSameUid) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"p","program":[{"op":"sysctl","name":"proc.stopfork","pid":"q","value":1,
                            "expect":{"errno":"EPERM"}}]},
    {"name":"q","uid":2000,"program":[{"op":"compute","ticks":10}]},
    {"name":"r","uid":0,"program":[{"op":"sysctl","name":"proc.stopfork","pid":"q","value":0,
                            "expect":{"errno":null}}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_passed, 2);
}

TEST(Stopfork, ClearedFlagForksNormally) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","stopfork":true,"program":[
    {"op":"sysctl","name":"proc.stopfork","pid":"p","value":0},
    {"op":"fork","name":"c","child":[{"op":"exit","status":1}]},
    {"op":"wait","pid":"c","expect":{"status":{"exited":1}}}]}])"));
  EXPECT_EQ(find_event(r.trace, step_is("fork1.create_stopped")), -1);
}

} // namespace
} // namespace fs::test
