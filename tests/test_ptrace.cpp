// SPDX-License-Identifier: GPL-3.0-or-later
// The debugger's view of fork and vfork: PTRACE_FORK / PTRACE_VFORK /
// PTRACE_VFORK_DONE stops (kern_fork.c L522-525, L609-631, L640-659), the
// stolen child, and the request checks of sys_ptrace_common.c.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

struct Stop {
  int target, tracer, signal, code, event, other;
};
std::vector<Stop> ptrace_stops(const Trace& t) {
  std::vector<Stop> out;
  for (const Event& e : t.events)
    if (e.kind == EventKind::Ptrace) {
      const PtraceDetail& d = t.ptrace_details.at(e.c);
      out.push_back({e.a, e.b, d.signal, d.code, d.report_event, d.other_pid});
    }
  return out;
}

// d (pid 2) forks t (pid 3), which asks to be traced and stops itself; the
// debugger then sets `events` and continues it. `tracee` is what t does next.
// A traced process stops even for SIGCHLD (kpsignal2 skips the ignore check
// for tracees), so like NetBSD's ATF ptrace tests the debugger passes it.
std::string traced(const std::string& events, const std::string& tracee,
                   const std::string& debugger) {
  return doc("{}", R"([{"name":"d","program":[
    {"op":"fork","name":"t","child":[{"op":"ptrace","request":"PT_TRACE_ME"},
                                     {"op":"raise","signal":"SIGSTOP"},)" +
                       tracee + R"(]},
    {"op":"wait","pid":"t","expect":{"status":{"stopped":"SIGSTOP"}}},
    {"op":"ptrace","request":"PT_SET_EVENT_MASK","pid":"t","events":)" +
                       events + R"(,"expect":{"errno":null}},
    {"op":"ptrace","request":"PT_SET_SIGPASS","pid":"t","signals":["SIGCHLD"]},
    {"op":"ptrace","request":"PT_GET_EVENT_MASK","pid":"t","expect":{"events":)" +
                       events +
                       R"(}},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"t","expect":{"errno":null}},)" +
                       debugger + "]}]");
}

TEST(Ptrace, ForkReportsToTheDebuggerFromBothSides) {
  Driven d(traced(R"(["PTRACE_FORK"])",
                  R"({"op":"fork","name":"gc","child":[{"op":"compute","ticks":5}]},
                     {"op":"wait","pid":"gc","expect":{"pid":"gc","status":{"exited":0}}})",
                  R"({"op":"wait","pid":"t","expect":{"pid":"t","status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_GET_PROCESS_STATE","pid":"t",
     "expect":{"report_event":"PTRACE_FORK","other_pid":"gc"}},
    {"op":"wait","pid":"gc","expect":{"pid":"gc","status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_GET_PROCESS_STATE","pid":"gc",
     "expect":{"report_event":"PTRACE_FORK","other_pid":"t"}},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"gc"},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"t"},
    {"op":"wait","pid":"gc","expect":{"pid":"gc","status":{"exited":0}}},
    {"op":"wait","pid":"t","expect":{"pid":"t","status":{"exited":0}}})"));
  // While gc is stopped: its parent is the debugger, p_ppid still the forker.
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Proc* gc = s.proc(4);
    return gc && gc->stat == ProcStat::SSTOP;
  }));
  const Proc* gc = d.s().proc(4);
  EXPECT_EQ(gc->pptr, 2);
  EXPECT_EQ(gc->ppid, 3);
  EXPECT_EQ(gc->oppid, 3);
  EXPECT_TRUE(gc->slflag & PSL_TRACED);
  EXPECT_TRUE(d.s().proc(3)->slflag & PSL_CHTRACED);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(d.s().expect_failed, 0);
  for (const auto& f : d.s().expect_failures) ADD_FAILURE() << f.first << ": " << f.second;
  const auto stops = ptrace_stops(d.trace);
  ASSERT_EQ(stops.size(), 2u);
  for (const Stop& s : stops) {
    EXPECT_EQ(s.tracer, 2);
    EXPECT_EQ(s.signal, NB_SIGTRAP);
    EXPECT_EQ(s.code, NB_TRAP_CHLD);
    EXPECT_EQ(s.event, PTRACE_FORK);
    EXPECT_EQ(s.other, s.target == 3 ? 4 : 3);
  }
  // The stolen zombie was handed back to t, which reaped it itself.
  const int reap = find_event(d.trace, [](const Event& e) {
    return e.kind == EventKind::Proc && e.action == static_cast<uint8_t>(ProcAction::Reap) &&
           e.a == 4;
  });
  ASSERT_GE(reap, 0);
  EXPECT_EQ(d.trace.events[reap].pid, 3);
}

TEST(Ptrace, VforkAndVforkDoneAreReportedInOrder) {
  RunResult r = run_ok(traced(R"(["PTRACE_VFORK","PTRACE_VFORK_DONE"])",
                              R"({"op":"vfork","name":"vc","child":[{"op":"compute","ticks":5},
                                   {"op":"exit","status":6}]},
                                 {"op":"wait","pid":"vc","expect":{"status":{"exited":6}}})",
                              R"({"op":"wait","pid":"t","expect":{"status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_GET_PROCESS_STATE","pid":"t",
     "expect":{"report_event":"PTRACE_VFORK","other_pid":"vc"}},
    {"op":"wait","pid":"vc","expect":{"status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_GET_PROCESS_STATE","pid":"vc",
     "expect":{"report_event":"PTRACE_VFORK","other_pid":"t"}},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"t"},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"vc"},
    {"op":"wait","pid":"t","expect":{"status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_GET_PROCESS_STATE","pid":"t",
     "expect":{"report_event":"PTRACE_VFORK_DONE","other_pid":"vc"}},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"t"},
    {"op":"wait","pid":"vc","expect":{"status":{"exited":6}}},
    {"op":"wait","pid":"t","expect":{"status":{"exited":0}}})"));
  const Trace& t = r.trace;
  const auto stops = ptrace_stops(t);
  ASSERT_EQ(stops.size(), 3u);
  EXPECT_EQ(stops[2].target, 3);
  EXPECT_EQ(stops[2].event, PTRACE_VFORK_DONE);
  // VFORK_DONE comes after the child let go of the parent.
  const int release = find_event(t, step_is("exit1.vfork_release", 4));
  const int done = find_event(
      t, [](const Event& e) { return e.kind == EventKind::Ptrace; }, release);
  ASSERT_GE(release, 0);
  EXPECT_GE(done, 0);
  EXPECT_EQ(t.ptrace_details.at(t.events[done].c).report_event, PTRACE_VFORK_DONE);
}

TEST(Ptrace, DetachAtTheVforkStopCancelsVforkDone) {
  RunResult r = run_ok(traced(R"(["PTRACE_VFORK","PTRACE_VFORK_DONE"])",
                              R"({"op":"vfork","name":"vc","child":[{"op":"exit","status":0}]},
                                 {"op":"wait","pid":"vc","expect":{"pid":"vc"}})",
                              R"({"op":"wait","pid":"t","expect":{"status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_DETACH","pid":"t","expect":{"errno":null}},
    {"op":"wait","pid":"vc","expect":{"status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"vc"},
    {"op":"wait","pid":"vc","expect":{"status":{"exited":0}}},
    {"op":"wait","pid":"t","expect":{"status":{"exited":0}}})"));
  for (const Stop& s : ptrace_stops(r.trace)) EXPECT_NE(s.event, PTRACE_VFORK_DONE);
  EXPECT_EQ(ptrace_stops(r.trace).size(), 2u);
}

TEST(Ptrace, KillAtTheVforkStopStillWaitsForTheChild) {
  RunResult r = run_ok(traced(R"(["PTRACE_VFORK","PTRACE_VFORK_DONE"])",
                              R"({"op":"vfork","name":"vc","child":[{"op":"compute","ticks":10}]},
                                 {"op":"compute","ticks":5})",
                              R"({"op":"wait","pid":"t","expect":{"status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_KILL","pid":"t","expect":{"errno":null}},
    {"op":"wait","pid":"vc","expect":{"status":{"stopped":"SIGTRAP"}}},
    {"op":"ptrace","request":"PT_CONTINUE","pid":"vc"},
    {"op":"wait","pid":"t","expect":{"status":{"signaled":"SIGKILL"}}},
    {"op":"wait","pid":"vc","expect":{"status":{"exited":0}}})"));
  const Trace& t = r.trace;
  for (const Stop& s : ptrace_stops(t)) EXPECT_NE(s.event, PTRACE_VFORK_DONE);
  const int release = find_event(t, step_is("exit1.vfork_release", 4));
  const int dies = find_event(t, step_is("exit1.wexit", 3));
  ASSERT_GE(release, 0);
  EXPECT_GT(dies, release);
}

TEST(Ptrace, RequestErrors) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"d","program":[
      {"op":"fork","name":"t","child":[{"op":"ptrace","request":"PT_TRACE_ME"},
        {"op":"ptrace","request":"PT_TRACE_ME","expect":{"errno":"EBUSY"}},
        {"op":"compute","ticks":30},{"op":"raise","signal":"SIGSTOP"}]},
      {"op":"fork","name":"u","child":[{"op":"compute","ticks":60}]},
      {"op":"ptrace","request":"PT_CONTINUE","pid":"t","expect":{"errno":"EBUSY"}},
      {"op":"ptrace","request":"PT_CONTINUE","pid":"u","expect":{"errno":"EPERM"}},
      {"op":"ptrace","request":"PT_CONTINUE","pid":12345,"expect":{"errno":"ESRCH"}},
      {"op":"ptrace","request":"PT_ATTACH","pid":"d","expect":{"errno":"EINVAL"}},
      {"op":"ptrace","request":"PT_ATTACH","pid":"other","expect":{"errno":"EPERM"}},
      {"op":"compute","ticks":60},
      {"op":"ptrace","request":"PT_CONTINUE","pid":"t","expect":{"errno":"EBUSY"}},
      {"op":"wait","pid":"t","expect":{"status":{"stopped":"SIGSTOP"}}},
      {"op":"ptrace","request":"PT_GET_PROCESS_STATE","pid":"t",
       "expect":{"errno":null,"report_event":0}},
      {"op":"ptrace","request":"PT_CONTINUE","pid":"t","expect":{"errno":null}},
      {"op":"wait","pid":"t"},{"op":"wait","pid":"u"}]},
    {"name":"other","uid":2000,"program":[{"op":"compute","ticks":3000}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_passed, 10);
}

TEST(Ptrace, AttachStealsTheProcessAndDetachGivesItBack) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"p","program":[{"op":"fork","name":"c","child":[{"op":"compute","ticks":400}]},
                           {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":0}}}]},
    {"name":"dbg","program":[{"op":"compute","ticks":150},
      {"op":"ptrace","request":"PT_ATTACH","pid":"c","expect":{"errno":null}},
      {"op":"ptrace","request":"PT_ATTACH","pid":"c","expect":{"errno":"EBUSY"}},
      {"op":"wait","pid":"c","expect":{"pid":"c","status":{"stopped":"SIGSTOP"}}},
      {"op":"ptrace","request":"PT_DETACH","pid":"c","expect":{"errno":null}},
      {"op":"wait","pid":"c","options":["WNOHANG"],"expect":{"errno":"ECHILD"}}]}])"));
  EXPECT_EQ(r.trace.outcome.final_nprocs, 2);
}

} // namespace
} // namespace fs::test
