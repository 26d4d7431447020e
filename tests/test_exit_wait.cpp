// SPDX-License-Identifier: GPL-3.0-or-later
// exit1() and wait: orphans go to init, zombies are reaped, wait's selection
// rules, and the counters a reap gives back.
#include <algorithm>

#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

TEST(ExitWait, OrphansGoToInitButGrandchildrenStayWithTheirParent) {
  // p(2) forks c(3); c clones g(4) with exit signal 0; g forks h(5); c exits.
  Driven d(doc(R"({"cpus":2})", R"([{"name":"p","program":[
    {"op":"fork","name":"c","child":[
      {"op":"clone","name":"g","signal":0,"child":[
        {"op":"fork","name":"h","child":[{"op":"compute","ticks":80}]},
        {"op":"compute","ticks":60},{"op":"wait","pid":"h","expect":{"pid":"h"}}]},
      {"op":"compute","ticks":10},{"op":"exit","status":4}]},
    {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":4}}},
    {"op":"compute","ticks":20}]}])"));
  ASSERT_TRUE(
      d.until([&](const KernelState& s) { return d.by_name("h") && s.proc(3) == nullptr; }));
  const Proc* g = d.by_name("g");
  const Proc* h = d.by_name("h");
  ASSERT_TRUE(g && h);
  EXPECT_EQ(g->pptr, 1);
  EXPECT_EQ(g->ppid, 1);
  EXPECT_EQ(g->exitsig, NB_SIGCHLD); // reset by the reparent to init
  EXPECT_EQ(h->pptr, g->pid);        // not flattened
  EXPECT_EQ(h->ppid, g->pid);
  const Proc* init = d.s().proc(1);
  EXPECT_NE(std::find(init->children.begin(), init->children.end(), g->pid), init->children.end());
  EXPECT_EQ(std::find(init->children.begin(), init->children.end(), h->pid), init->children.end());
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(d.s().expect_failed, 0);
  // init reaped g once it exited.
  const int reap = find_event(d.trace, [](const Event& e) {
    return e.kind == EventKind::Proc && e.action == static_cast<uint8_t>(ProcAction::Reap) &&
           e.a == 4;
  });
  ASSERT_GE(reap, 0);
  EXPECT_EQ(d.trace.events[reap].pid, 1);
}

TEST(ExitWait, ParentExitingGivesItsZombieToInit) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"fork","name":"c","child":[{"op":"exit","status":1}]},
    {"op":"compute","ticks":30}]}])"));
  const Trace& t = r.trace;
  const int reap = find_event(t, [](const Event& e) {
    return e.kind == EventKind::Proc && e.action == static_cast<uint8_t>(ProcAction::Reap) &&
           e.a == 3;
  });
  ASSERT_GE(reap, 0);
  EXPECT_EQ(t.events[reap].pid, 1);
  EXPECT_EQ(r.trace.outcome.final_nprocs, 2);
}

TEST(ExitWait, WaitWithoutChildrenIsEchild) {
  run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"wait","pid":"any","expect":{"errno":"ECHILD"}},
    {"op":"wait","pid":"any","options":["WNOHANG"],"expect":{"errno":"ECHILD"}}]}])"));
}

TEST(ExitWait, WnohangReturnsZeroWhileTheChildRuns) {
  run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"fork","name":"c","child":[{"op":"compute","ticks":30},{"op":"exit","status":9}]},
    {"op":"wait","pid":"any","options":["WNOHANG"],"expect":{"errno":null,"pid":0}},
    {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":9}}},
    {"op":"wait","pid":"any","options":["WNOHANG"],"expect":{"errno":"ECHILD"}}]}])"));
}

TEST(ExitWait, StoppedChildIsReportedOnceWithWuntraced) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"fork","name":"c","child":[{"op":"raise","signal":"SIGSTOP"},{"op":"exit","status":2}]},
    {"op":"wait","pid":"c","options":["WUNTRACED"],"expect":{"pid":"c","status":{"stopped":"SIGSTOP"}}},
    {"op":"wait","pid":"c","options":["WUNTRACED","WNOHANG"],"expect":{"pid":0}},
    {"op":"kill","pid":"c","signal":"SIGCONT","expect":{"errno":null}},
    {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":2}}}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_passed, 4);
}

TEST(ExitWait, StoppedChildIsNotReportedWithoutWuntraced) {
  run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"fork","name":"c","child":[{"op":"raise","signal":"SIGSTOP"},{"op":"exit","status":2}]},
    {"op":"compute","ticks":20},
    {"op":"wait","pid":"c","options":["WNOHANG"],"expect":{"pid":0}},
    {"op":"kill","pid":"c","signal":"SIGCONT"},
    {"op":"wait","pid":"c","expect":{"status":{"exited":2}}}]}])"));
}

TEST(ExitWait, ReapGivesBackNprocsAndTheRealUidsCount) {
  Driven d(doc("{}", R"([{"name":"p","uid":1000,"program":[
    {"op":"fork","name":"c","child":[{"op":"setuid","uid":1000},{"op":"exit","status":0}]},
    {"op":"compute","ticks":30},{"op":"wait","pid":"c"},{"op":"compute","ticks":10}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Proc* c = s.proc(3);
    return c && c->stat == ProcStat::SZOMB;
  }));
  // A zombie still counts.
  EXPECT_EQ(d.s().nprocs, 4);
  auto count = [&](int uid) {
    for (const UidCount& c : d.s().proccnt)
      if (c.uid == uid) return c.count;
    return 0;
  };
  EXPECT_EQ(count(1000), 2);
  ASSERT_TRUE(d.until([](const KernelState& s) { return s.proc(3) == nullptr; }));
  EXPECT_EQ(d.s().nprocs, 3);
  EXPECT_EQ(count(1000), 1);
  EXPECT_EQ(d.s().uareas, 2);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
}

TEST(ExitWait, FinalTreeOfADeadlockedRun) {
  // c stops itself and p waits without WUNTRACED: nothing can run any more.
  RunResult r = run_checked(doc("{}", R"([{"name":"p","program":[
    {"op":"fork","name":"c","child":[{"op":"raise","signal":"SIGSTOP"}]},
    {"op":"wait","pid":"c"}]}])",
                                "deadlock"));
  const Outcome& o = r.trace.outcome;
  EXPECT_EQ(o.result, "deadlock");
  EXPECT_EQ(o.final_nprocs, 4);
  ASSERT_EQ(o.final_processes.size(), 3u);
  EXPECT_EQ(o.final_processes[0].pid, 1);
  EXPECT_EQ(o.final_processes[0].ppid, 0);
  EXPECT_EQ(o.final_processes[1].name, "p");
  EXPECT_EQ(o.final_processes[1].ppid, 1);
  EXPECT_EQ(o.final_processes[1].state, "SACTIVE");
  EXPECT_EQ(o.final_processes[2].name, "c");
  EXPECT_EQ(o.final_processes[2].ppid, 2);
  EXPECT_EQ(o.final_processes[2].state, "SSTOP");
}

TEST(ExitWait, ZombieGoesToTheHeadOfTheParentsList) {
  Driven d(doc("{}", R"([{"name":"p","program":[
    {"op":"fork","name":"a","child":[{"op":"compute","ticks":150},{"op":"exit","status":0}]},
    {"op":"fork","name":"b","child":[{"op":"compute","ticks":400}]},
    {"op":"compute","ticks":250},{"op":"wait","pid":"any","expect":{"pid":"a"}},
    {"op":"wait","pid":"any","expect":{"pid":"b"}}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Proc* a = s.proc(3);
    const Proc* b = s.proc(4);
    return a && b && b->published && a->stat == ProcStat::SZOMB;
  }));
  const Proc* p = d.s().proc(2);
  ASSERT_EQ(p->children.size(), 2u);
  EXPECT_EQ(p->children[0], 3); // exit1 moved the zombie ahead of b
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.s().expect_failed, 0);
}

} // namespace
} // namespace fs::test
