// SPDX-License-Identifier: GPL-3.0-or-later
// Processes with more than one LWP: _lwp_create and _lwp_exit (kern_lwp.c,
// sys_lwp.c), fork1 copying only the calling LWP (kern_fork.c L481), vfork
// blocking only the calling LWP (L621-622), exit1's exit_lwps (kern_exit.c
// E:620-660) and the last _lwp_exit being exit1(l, 0, 0) (L:1110-1113).
// NetBSD's tests/lib/libpthread/t_fork.c asserts the first of these.
#include <set>

#include <gtest/gtest.h>

#include "core/scenario/scenario_loader.h"
#include "core/state/constants.h"
#include "core/state/syscall_table.h"
#include "core/trace/trace_io.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

// The lids on p's LWP list.
std::vector<Lid> lids_of(const KernelState& s, const Proc& p) {
  std::vector<Lid> out;
  s.for_each_lwp(p, [&](const Lwp& l) { out.push_back(l.lid); });
  return out;
}

void expect_clean(Driven& d) {
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(d.s().expect_failed, 0);
  for (const auto& f : d.s().expect_failures) ADD_FAILURE() << f.first << ": " << f.second;
}

// The return value of the first system call `sys` that process `pid` returned from.
int first_return(const Trace& t, int pid, int sys) {
  const int i = find_event(t, sysret_is(pid, sys));
  return i < 0 ? -1000 : t.events[static_cast<size_t>(i)].b;
}

TEST(Lwps, ForkFromTheFirstLwpCopiesOnlyThatLwp) {
  Driven d(doc(R"({"cpus":2})", R"([{"name":"prog","program":[
      {"op":"lwp_create","name":"T","program":[{"op":"sleep","ticks":1000}]},
      {"op":"fork","name":"c","expect":{"lwps":2},
       "child":[{"op":"getppid","expect":{"lwps":1}},{"op":"exit","status":0}]},
      {"op":"wait","pid":"c","expect":{"status":{"exited":0}}},
      {"op":"exit","status":0}]}])"));
  // Once fork1 has made the child's LWP (L481), it has exactly one.
  ASSERT_TRUE(d.until([&](const KernelState&) {
    const Proc* c = d.by_name("c");
    return c && c->nlwps > 0;
  }));
  const Proc* c = d.by_name("c");
  const Proc* parent = d.by_name("prog");
  EXPECT_EQ(lids_of(d.s(), *c), std::vector<Lid>{c->pid}) << "one LWP, whose lid is the pid";
  EXPECT_EQ(parent->nlwps, 2);
  // It is a copy of the caller: it returns from fork into the fork's child program.
  const Lwp* l2 = d.s().first_lwp(*c);
  EXPECT_TRUE(l2->fork_child_return);
  EXPECT_FALSE(l2->thread);
  expect_clean(d);
}

TEST(Lwps, ForkFromASecondLwpGivesTheChildACopyOfThatLwp) {
  // T forks; the first LWP sleeps. The child runs T's fork child program and
  // ends with exit (a process's only LWP), not with _lwp_exit.
  const RunResult r = run_ok(doc(R"({"cpus":2})", R"([{"name":"prog","program":[
      {"op":"lwp_create","name":"T","program":[
        {"op":"fork","name":"c","expect":{"lwps":2},
         "child":[{"op":"getppid","expect":{"pid":"prog","lwps":1}},{"op":"exit","status":4}]},
        {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":4}}}]},
      {"op":"sleep","ticks":600},
      {"op":"exit","status":0}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_passed, 3);
}

TEST(Lwps, LwpIdsComeFromThePidTable) {
  // prog is pid 2; its second LWP takes the next number (3), so the child
  // forked after it is pid 4 - and 3 names no process: kill gives ESRCH.
  const RunResult r = run_ok(doc(R"({"cpus":1})", R"([{"name":"prog","program":[
      {"op":"lwp_create","name":"T","expect":{"lwps":2},"program":[{"op":"sleep","ticks":500}]},
      {"op":"fork","name":"c","child":[{"op":"exit","status":0}]},
      {"op":"kill","pid":3,"signal":"SIGTERM","expect":{"errno":"ESRCH"}},
      {"op":"wait","pid":"c","expect":{"pid":"c"}},
      {"op":"exit","status":0}]}])"));
  EXPECT_EQ(first_return(r.trace, 2, SYS_LWP_CREATE), 3);
  EXPECT_EQ(first_return(r.trace, 2, SYS_FORK), 4);
}

TEST(Lwps, VforkBlocksOnlyTheCallingLwp) {
  Driven d(doc(R"({"cpus":2})", R"([{"name":"prog","program":[
      {"op":"lwp_create","name":"worker","program":[
        {"op":"fork","name":"g","child":[{"op":"exit","status":0}]},
        {"op":"wait","pid":"g","expect":{"status":{"exited":0}}}]},
      {"op":"vfork","name":"v","child":[{"op":"compute","ticks":40},{"op":"exit","status":2}]},
      {"op":"wait","pid":"v","expect":{"status":{"exited":2}}},
      {"op":"sleep","ticks":300},
      {"op":"exit","status":0}]}])"));
  // The first LWP (lid 2) asleep on its own l_waitcv while the worker
  // (lid 3) runs on a CPU: the process is not blocked, one LWP is.
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Lwp* first = s.lwp(2);
    const Lwp* worker = s.lwp(3);
    return first && worker && first->lstat == LwpStat::LSSLEEP &&
           first->wchan == Wchan{WchanKind::LWaitcv, 2} && worker->lstat == LwpStat::LSONPROC;
  }));
  EXPECT_TRUE(d.s().lwp(2)->vforkwaiting);
  EXPECT_EQ(d.s().proc(2)->stat, ProcStat::SACTIVE);
  expect_clean(d);
}

TEST(Lwps, ExitFromASecondLwpEndsTheOthersFirst) {
  // T exits with 9 while the first LWP sleeps: exit_lwps interrupts that
  // sleep, the first LWP leaves through lwp_exit, then the process exits 9.
  const RunResult r = run_ok(doc(R"({"cpus":2})", R"([
      {"name":"p","program":[
        {"op":"fork","name":"c","child":[
          {"op":"lwp_create","name":"T","program":[{"op":"compute","ticks":3},
                                                     {"op":"exit","status":9}]},
          {"op":"sleep","ticks":1000}]},
        {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":9}}}]}])"));
  const Trace& t = r.trace;
  const int mark = find_event(t, step_is("exit_lwps.mark", 3));
  const int first_leaves = find_event(t, step_is("lwp_exit.zombie", 3), mark);
  const int zombie = find_event(t, step_is("exit1.zombie", 3));
  ASSERT_GE(mark, 0);
  ASSERT_GE(first_leaves, 0) << "the sleeping LWP ends in lwp_exit";
  EXPECT_LT(first_leaves, zombie) << "before the process becomes a zombie";
  // Its nanosleep was cut short, but the EINTR never reached its program.
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
}

// Runs json (a random schedule) on seeds 1..n with the invariants checked; each
// run must complete. Returns the exit statuses pid 2's first wait collected.
std::set<int> exit_statuses_on_seeds(const std::string& json, int n) {
  std::set<int> statuses;
  for (int seed = 1; seed <= n; ++seed) {
    const RunResult r = run_checked(json, static_cast<uint64_t>(seed));
    EXPECT_EQ(r.invariant_violation, "") << "seed " << seed;
    EXPECT_EQ(r.trace.outcome.result, "completed") << "seed " << seed;
    EXPECT_EQ(r.trace.outcome.expectations_failed, 0) << "seed " << seed;
    const int ret = find_event(r.trace, sysret_is(2, SYS_WAIT6));
    const SyscallDetail* d =
        ret < 0 ? nullptr : r.trace.syscall_detail(r.trace.events[static_cast<size_t>(ret)]);
    if (!d) {
      ADD_FAILURE() << "seed " << seed << ": the parent's wait never returned";
      continue;
    }
    EXPECT_EQ(d->status_kind, WaitStatusKind::Exited) << "seed " << seed;
    statuses.insert(d->status_value);
  }
  return statuses;
}

TEST(Lwps, TwoLwpsCallingExitAtOnceEndTheProcessOnce) {
  // Both LWPs of c call exit. Whichever sets PS_WEXIT first exits the process
  // with its status; the other only leaves (lwp_exit). Before that rule the
  // two waited for each other in exit_lwps: a deadlock NetBSD does not have.
  const std::string json = doc(R"({"cpus":2,"schedule":"random"})", R"([{"name":"p","program":[
      {"op":"fork","name":"c","child":[
        {"op":"lwp_create","name":"T","program":[{"op":"exit","status":5}]},
        {"op":"exit","status":6}]},
      {"op":"wait","pid":"c"}]}])");
  // Both orders happen, and nothing else.
  EXPECT_EQ(exit_statuses_on_seeds(json, 60), (std::set<int>{5, 6}));
}

TEST(Lwps, ExecEndsTheOtherLwpsFirstAndTheNewProgramHasOne) {
  // execve_runproc gets rid of the other LWPs (exit_lwps) past the point of
  // no return: T's interruptible sleep is cut short, T leaves through
  // lwp_exit, and only then does the new image replace the old one.
  const std::string processes = R"([{"name":"p","program":[
      {"op":"fork","name":"c","child":[
        {"op":"lwp_create","name":"T","program":[{"op":"sleep","ticks":1000}]},
        {"op":"exec","path":"/bin/one","program":[
          {"op":"getppid","expect":{"pid":"p","lwps":1}},{"op":"exit","status":7}]}]},
      {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":7}}}]}])";
  const RunResult r = run_ok(doc(R"({"cpus":2})", processes));
  EXPECT_EQ(r.trace.outcome.expectations_passed, 2);
  const Trace& t = r.trace;
  const int exit_lwps = find_event(t, step_is("execve.exit_lwps", 3));
  const int t_leaves = find_event(t, step_is("lwp_exit.zombie", 3), exit_lwps);
  const int new_vm = find_event(t, step_is("execve.new_vmspace", 3));
  ASSERT_GE(exit_lwps, 0);
  ASSERT_GE(t_leaves, 0) << "T ends in lwp_exit";
  EXPECT_LT(t_leaves, new_vm) << "before the new address space";
  // The same on every schedule.
  EXPECT_EQ(exit_statuses_on_seeds(doc(R"({"cpus":2,"schedule":"random"})", processes), 40),
            (std::set<int>{7}));
}

TEST(Lwps, ExecFromASecondLwpMakesItTheProcesssOnlyLwp) {
  // T execs while the first LWP sleeps. The new program's end is exit (the
  // process's only LWP is no longer a thread), so its status reaches wait.
  const std::string json = doc(R"({"cpus":2,"schedule":"random"})", R"([{"name":"p","program":[
      {"op":"fork","name":"c","child":[
        {"op":"lwp_create","name":"T","program":[
          {"op":"exec","path":"/bin/two","program":[
            {"op":"getppid","expect":{"pid":"p","lwps":1}},{"op":"exit","status":8}]}]},
        {"op":"sleep","ticks":1000},{"op":"exit","status":1}]},
      {"op":"wait","pid":"c"}]}])");
  EXPECT_EQ(exit_statuses_on_seeds(json, 40), (std::set<int>{8}));
}

TEST(Lwps, ExecRacingExitOrAnotherExecNeverDeadlocks) {
  // exit in one LWP while another execs: whichever has begun making the other
  // LWPs leave wins; an exec that finds itself marked gives way. So the
  // process ends with the exit's status, or with the new program's.
  const std::string exec_vs_exit =
      doc(R"({"cpus":2,"schedule":"random"})", R"([{"name":"p","program":[
      {"op":"fork","name":"c","child":[
        {"op":"lwp_create","name":"T","program":[
          {"op":"exec","path":"/bin/x","program":[{"op":"exit","status":7}]}]},
        {"op":"exit","status":6}]},
      {"op":"wait","pid":"c"}]}])");
  const std::set<int> a = exit_statuses_on_seeds(exec_vs_exit, 80);
  EXPECT_TRUE(a.count(6)) << "the exit wins on some schedule";
  for (int s : a) EXPECT_TRUE(s == 6 || s == 7) << s;
  // Two execs at once: one new program runs, the other exec is abandoned.
  const std::string exec_vs_exec =
      doc(R"({"cpus":2,"schedule":"random"})", R"([{"name":"p","program":[
      {"op":"fork","name":"c","child":[
        {"op":"lwp_create","name":"T","program":[
          {"op":"exec","path":"/bin/x","program":[{"op":"exit","status":7}]}]},
        {"op":"exec","path":"/bin/y","program":[{"op":"exit","status":8}]}]},
      {"op":"wait","pid":"c"}]}])");
  EXPECT_EQ(exit_statuses_on_seeds(exec_vs_exec, 80), (std::set<int>{7, 8}));
}

TEST(Lwps, TheLastLwpExitIsAnExitWithStatus0) {
  // The first LWP calls _lwp_exit while T lives (it becomes a zombie LWP);
  // T's program ends, an implicit _lwp_exit that is the last: exit1(l, 0, 0).
  Driven d(doc(R"({"cpus":2})", R"([
      {"name":"p","program":[
        {"op":"fork","name":"c","child":[
          {"op":"lwp_create","name":"T","program":[{"op":"compute","ticks":30}]},
          {"op":"lwp_exit"}]},
        {"op":"wait","pid":"c","expect":{"pid":"c","status":{"exited":0}}}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Lwp* first = s.lwp(3);
    return first && first->lstat == LwpStat::LSZOMB;
  }));
  const Proc* c = d.s().proc(3);
  EXPECT_EQ(c->nlwps, 2) << "a zombie LWP stays on p_lwps until it is freed";
  EXPECT_EQ(c->zomblwp, 3) << "parked as the process's detached zombie";
  EXPECT_EQ(c->nzlwps, 1);
  EXPECT_EQ(c->nrlwps, 1);
  EXPECT_EQ(c->stat, ProcStat::SACTIVE) << "the process lives on in T";
  expect_clean(d);
}

TEST(Lwps, TwoLwpsForkingAtOnceContendForTheProcessLocks) {
  // Both LWPs of prog fork at the same time on two CPUs. On some schedule one
  // finds p_lock or proc_lock held by its sibling - something no
  // single-threaded process can do to itself.
  const std::string json = doc(R"({"cpus":2,"schedule":"random"})", R"([{"name":"prog","program":[
      {"op":"lwp_create","name":"T","program":[
        {"op":"fork","name":"a","child":[{"op":"exit","status":0}]},
        {"op":"wait","pid":"a"}]},
      {"op":"fork","name":"b","child":[{"op":"exit","status":0}]},
      {"op":"wait","pid":"b"},
      {"op":"sleep","ticks":200},
      {"op":"exit","status":0}]}])");
  int contended = 0;
  for (int seed = 1; seed <= 40; ++seed) {
    const RunResult r = run_checked(json, static_cast<uint64_t>(seed));
    ASSERT_EQ(r.invariant_violation, "") << "seed " << seed;
    ASSERT_EQ(r.trace.outcome.result, "completed") << "seed " << seed;
    for (const Event& e : r.trace.events) {
      if (e.kind != EventKind::Lock || e.pid != 2) continue;
      const auto a = static_cast<LockAction>(e.action);
      const std::string& name = r.trace.strings.at(e.a);
      // Waiting for a lock the other LWP of the same process holds.
      if ((a == LockAction::Spin || a == LockAction::Sleep) && (e.b == 2 || e.b == 3) &&
          (name == "proc_lock" || name.rfind("p_lock#", 0) == 0))
        ++contended;
    }
  }
  EXPECT_GT(contended, 0);
}

TEST(Lwps, AStopStopsEveryLwpAndAContinueRunsThemAll) {
  // SIGSTOP to a process with two computing LWPs: the one that takes the
  // signal stops the process, the other stops at its return to user mode.
  Driven d(doc(R"({"cpus":2})", R"([
      {"name":"p","program":[
        {"op":"fork","name":"c","child":[
          {"op":"lwp_create","name":"T","program":[{"op":"compute","ticks":200}]},
          {"op":"compute","ticks":200},{"op":"exit","status":0}]},
        {"op":"compute","ticks":20},
        {"op":"kill","pid":"c","signal":"SIGSTOP"},
        {"op":"wait","pid":"c","options":["WUNTRACED"],
         "expect":{"status":{"stopped":"SIGSTOP"}}},
        {"op":"kill","pid":"c","signal":"SIGCONT"},
        {"op":"wait","pid":"c","expect":{"status":{"exited":0}}}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Proc* c = s.proc(3);
    if (!c || c->stat != ProcStat::SSTOP || c->nlwps != 2) return false;
    bool all = true;
    s.for_each_lwp(*c, [&](const Lwp& l) { all &= l.lstat == LwpStat::LSSTOP; });
    return all;
  })) << "both LWPs stopped";
  EXPECT_EQ(d.s().proc(3)->nrlwps, 0);
  expect_clean(d);
}

TEST(Lwps, TracesNameTheActingLwpAndReadBackExactly) {
  // Events of a second LWP carry its lid (the first LWP's are lid == pid);
  // both readers keep them, and write -> read -> write is byte-identical.
  for (const char* name : {"fork-threaded", "vfork-threaded"}) {
    ScenarioLoad load = load_scenario_file(source_path(std::string("scenarios/") + name + ".json"));
    ASSERT_TRUE(load.scenario) << name;
    const Trace t = run_scenario(std::make_shared<const Scenario>(*load.scenario)).trace;
    ASSERT_FALSE(t.event_lids.empty()) << name;
    // Every event whose lid differs is by prog's second LWP (pid 2, lid 3).
    for (const auto& [seq, lid] : t.event_lids) {
      EXPECT_EQ(t.events[seq].pid, 2) << name << " event " << seq;
      EXPECT_EQ(lid, 3) << name << " event " << seq;
    }
    // The lwp_create call is entered by lid 2, and the new LWP's first step
    // (in its user program) is lid 3's.
    const int enter = find_event(t, [](const Event& e) {
      return e.kind == EventKind::Syscall && e.syscall_enter() && e.syscall_id() == SYS_LWP_CREATE;
    });
    ASSERT_GE(enter, 0);
    EXPECT_EQ(t.lid_of_event(static_cast<uint32_t>(enter)), 2);
    const std::string text = trace_to_string(t);
    ASSERT_TRUE(trace_reads_fast(text)) << name;
    for (const TraceRead& r : {read_trace_text(text, name), read_trace_text_exact(text, name)}) {
      ASSERT_TRUE(r.trace) << name << ": " << r.error->str();
      EXPECT_EQ(r.trace->event_lids, t.event_lids) << name;
      EXPECT_EQ(trace_to_string(*r.trace), text) << name;
    }
  }
}

TEST(Lwps, ATraceWithALidButNoPidIsRefused) {
  ScenarioLoad load = load_scenario_file(source_path("scenarios/fork-threaded.json"));
  ASSERT_TRUE(load.scenario);
  std::string text =
      trace_to_string(run_scenario(std::make_shared<const Scenario>(*load.scenario)).trace);
  const size_t at = text.find("\"pid\":null,\"lid\":null");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 21, "\"pid\":null,\"lid\":3");
  const TraceRead r = read_trace_text(text, "t.json");
  ASSERT_FALSE(r.trace);
  EXPECT_NE(r.error->str().find("lid"), std::string::npos) << r.error->str();
  EXPECT_NE(r.error->str().find("expected null"), std::string::npos) << r.error->str();
}

} // namespace
} // namespace fs::test
