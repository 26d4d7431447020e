// SPDX-License-Identifier: GPL-3.0-or-later
// Behaviour around fork1 that must match NetBSD's sources, each test naming the
// source it comes from: kqueue (kern_event.c), exec (kern_exec.c
// execve_runproc), exit and wait (kern_exit.c exit1/proc_free), kauth
// (kern_proc.c's listener + secmodel_suser), credentials (kern_prot.c).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/state/constants.h"
#include "core/state/names.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

// A bundled scenario's text with its schedule replaced by a seeded random one.
std::string read_bundled_with_schedule(const std::string& name, int seed) {
  std::ifstream in(std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(text.str());
  j["machine"]["schedule"] = "random";
  j["machine"]["seed"] = seed;
  return j.dump();
}

int step_index(const Trace& t, const std::string& label, int pid, int from = 0) {
  return find_event(t, step_is(label, pid), from);
}

// Every signal event (posted or discarded) aimed at pid with signal sig.
std::vector<int> signals_to(const Trace& t, int pid, int sig) {
  return find_all(t, [&](const Event& e) {
    return e.kind == EventKind::Signal && e.a == pid && e.b == sig &&
           (e.action == static_cast<uint8_t>(SignalAction::Post) ||
            e.action == static_cast<uint8_t>(SignalAction::Discard));
  });
}

// --- kern_event.c ---------------------------------------------------------

// execve_runproc: KNOTE(&p->p_klist, NOTE_EXEC) once the new image is set up.
TEST(NetbsdKqueue, ExecPostsNoteExec) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"w","program":[
      {"op":"kqueue","pid":"p","fflags":["NOTE_EXEC"],"expect":{"errno":null}},
      {"op":"kevent","expect":{"pid":"p","fflags":["NOTE_EXEC"]}}]},
    {"name":"p","program":[{"op":"compute","ticks":5},
      {"op":"exec","path":"/bin/true","program":[{"op":"compute","ticks":1}]}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_GE(r.trace.outcome.expectations_passed, 2);
  const int note = find_event(r.trace, [](const Event& e) {
    return e.kind == EventKind::Knote && static_cast<uint32_t>(e.c) == NOTE_EXEC;
  });
  const int knote_step = step_index(r.trace, "execve.knote_exec", 3);
  ASSERT_GE(knote_step, 0);
  EXPECT_GT(note, knote_step);
}

// knote_proc_exit: "Always activate the knote for NOTE_EXIT regardless of
// whether or not the listener cares about it": a watcher that asked for
// NOTE_FORK only still gets an event when the process exits, without the
// NOTE_EXIT flag.
TEST(NetbsdKqueue, ExitActivatesEveryKnoteEvenWithoutNoteExit) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"w","program":[
      {"op":"kqueue","pid":"p","fflags":["NOTE_FORK"],"expect":{"errno":null}},
      {"op":"kevent","expect":{"pid":"p","fflags":[]}}]},
    {"name":"p","program":[{"op":"compute","ticks":5},{"op":"exit","status":3}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_EQ(r.trace.outcome.expectations_passed, 2);
}

// The same for a watcher that asked for NOTE_EXIT: the flag is there and the
// data is the wait status (P_WAITSTATUS: exit status 3 << 8).
TEST(NetbsdKqueue, NoteExitCarriesTheWaitStatus) {
  Driven d(doc("{}", R"([
    {"name":"w","program":[{"op":"kqueue","pid":"p","fflags":["NOTE_EXIT"]},
                           {"op":"compute","ticks":40},{"op":"kevent"}]},
    {"name":"p","program":[{"op":"compute","ticks":5},{"op":"exit","status":3}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) { return !s.kevents.empty(); }));
  EXPECT_EQ(d.s().kevents[0].fflags, NOTE_EXIT);
  EXPECT_EQ(d.s().kevents[0].data, 3 << 8);
  // The knote is detached at the exit: nothing is attached to a zombie.
  for (const Knote& k : d.s().knotes) EXPECT_NE(k.target, 3);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
}

// knote_proc_fork_track: kauth KAUTH_PROCESS_KEVENT_FILTER is asked with the
// forking LWP's credentials (curlwp) about the child. The child is a copy of a
// set-id, non-root parent, so the listener (kern_proc.c: same real uid and not
// PK_SUGID, or root) refuses: no NOTE_CHILD, nothing attached, and the
// parent's knote carries NOTE_TRACKERR.
TEST(NetbsdKqueue, NoteTrackOnASetIdParentReportsNoteTrackErr) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"w","uid":0,"program":[
      {"op":"kqueue","pid":"p","fflags":["NOTE_FORK","NOTE_TRACK"],"expect":{"errno":null}},
      {"op":"kevent","expect":{"pid":"p","fflags":["NOTE_FORK","NOTE_TRACKERR"]}}]},
    {"name":"p","uid":1000,"euid":1001,"program":[{"op":"compute","ticks":5},
      {"op":"fork","name":"c","child":[{"op":"compute","ticks":2}]},{"op":"wait","pid":"c"}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_EQ(find_event(r.trace,
                       [](const Event& e) {
                         return e.kind == EventKind::Knote &&
                                (static_cast<uint32_t>(e.c) & NOTE_CHILD);
                       }),
            -1);
}

// The same fork by a parent that is not set-id is tracked. The NOTE_CHILD knote
// is activated inside knote_proc_fork_track, before the parent's knote, so it
// is collected first.
TEST(NetbsdKqueue, NoteTrackOnAnOrdinaryParentTracksTheChild) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"w","program":[
      {"op":"kqueue","pid":"p","fflags":["NOTE_FORK","NOTE_TRACK"],"expect":{"errno":null}},
      {"op":"kevent","expect":{"pid":"c","fflags":["NOTE_CHILD"]}},
      {"op":"kevent","expect":{"pid":"p","fflags":["NOTE_FORK"]}}]},
    {"name":"p","program":[{"op":"compute","ticks":5},
      {"op":"fork","name":"c","child":[{"op":"compute","ticks":30}]},{"op":"wait","pid":"c"}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_EQ(r.trace.outcome.expectations_passed, 3);
}

// filt_procattach asks the same kauth question with the watcher's
// credentials: a non-root watcher may not watch a set-id process.
TEST(NetbsdKqueue, AttachingToASetIdProcessWithoutRootIsEacces) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"w","uid":1000,"program":[
      {"op":"kqueue","pid":"p","fflags":["NOTE_EXIT"],"expect":{"errno":"EACCES"}},
      {"op":"kqueue","pid":"q","fflags":["NOTE_EXIT"],"expect":{"errno":"EACCES"}}]},
    {"name":"p","uid":1000,"euid":0,"program":[{"op":"compute","ticks":20}]},
    {"name":"q","uid":1001,"program":[{"op":"compute","ticks":20}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_EQ(r.trace.outcome.expectations_passed, 2);
}

// --- kern_exit.c ----------------------------------------------------------

// A debugger that attached to someone else's child and reaps it gets only the
// status; proc_free hands the zombie back to the original parent and sends it
// "the exit signal" - p_exitsig, here SIGWINCH from clone - and none for 0.
std::string stolen_clone(const std::string& signal) {
  return doc("{}", R"([
    {"name":"p","program":[
      {"op":"clone","name":"c","flags":[],"signal":)" +
                       signal +
                       R"(,"child":[{"op":"compute","ticks":200},{"op":"exit","status":4}]},
      {"op":"compute","ticks":400},
      {"op":"wait","pid":"c","options":["WALLSIG"],"expect":{"pid":"c","status":{"exited":4}}}]},
    {"name":"d","program":[{"op":"compute","ticks":100},
      {"op":"ptrace","request":"PT_ATTACH","pid":"c","expect":{"errno":null}},
      {"op":"wait","pid":"c","expect":{"status":{"stopped":"SIGSTOP"}}},
      {"op":"ptrace","request":"PT_CONTINUE","pid":"c","expect":{"errno":null}},
      {"op":"wait","pid":"c","expect":{"status":{"exited":4}}}]}])");
}

TEST(NetbsdExit, StolenChildGoesBackWithItsOwnExitSignal) {
  RunResult r = run_ok(stolen_clone("28")); // SIGWINCH: ignored by default
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  // p (pid 2) is told with SIGWINCH (28), never with SIGCHLD.
  EXPECT_FALSE(signals_to(r.trace, 2, 28).empty());
  EXPECT_TRUE(signals_to(r.trace, 2, NB_SIGCHLD).empty());
}

TEST(NetbsdExit, StolenChildWithExitSignalZeroSendsNothing) {
  RunResult r = run_ok(stolen_clone("0"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  const auto to_p = find_all(r.trace, [](const Event& e) {
    return e.kind == EventKind::Signal && e.a == 2 &&
           e.action == static_cast<uint8_t>(SignalAction::Post);
  });
  EXPECT_TRUE(to_p.empty());
}

// exit1: the parent is signalled only if p_exitsig != 0 - a traced child
// with exit signal 0 sends its debugger nothing either (P_EXITSIG would make
// it SIGCHLD, but the test comes first).
TEST(NetbsdExit, TracedChildWithExitSignalZeroSignalsNobody) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"p","program":[
      {"op":"clone","name":"c","flags":[],"signal":0,"child":[
        {"op":"ptrace","request":"PT_TRACE_ME"},{"op":"compute","ticks":5},
        {"op":"exit","status":1}]},
      {"op":"wait","pid":"c","options":["WALLSIG"],"expect":{"status":{"exited":1}}}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_TRUE(signals_to(r.trace, 2, NB_SIGCHLD).empty());
}

// --- kern_proc.c listener + secmodel_suser: KAUTH_PROCESS_FORK -----------

// At kern.maxproc <= 5 the listener defers and only root may fork: a
// non-root fork that passed the maxproc check (count 3 -> 4 < 5) fails at
// L270 with EAGAIN and the table-full line.
TEST(NetbsdKauth, AtMaxprocFiveOnlyRootForks) {
  RunResult r = run_ok(doc(R"({"maxproc":5})", R"([
    {"name":"u","uid":1000,"program":[
      {"op":"fork","expect":{"errno":"EAGAIN"},"child":[]}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  RunResult root = run_ok(doc(R"({"maxproc":5})", R"([
    {"name":"r","uid":0,"program":[
      {"op":"fork","name":"rc","expect":{"errno":null},"child":[]},
      {"op":"wait","pid":"rc","expect":{"pid":"rc"}}]}])"));
  EXPECT_EQ(root.trace.outcome.expectations_failed, 0);
  EXPECT_EQ(root.trace.outcome.expectations_passed, 2);
  const int kauth = step_index(r.trace, "fork1.kauth_fork", 2);
  ASSERT_GE(kauth, 0);
  EXPECT_GE(step_index(r.trace, "fork1.fail_nprocs_dec", 2, kauth), 0);
  EXPECT_GE(
      find_event(r.trace, log_is(r.trace, "proc: table is full - increase kern.maxproc or NPROC")),
      0);
}

// Above 5 the listener tests 0 >= maxproc - 5, which is false: no reserve for
// root. A non-root user may take the very last slot (count maxproc - 1).
TEST(NetbsdKauth, AboveFiveThereIsNoRootReserve) {
  // nprocs starts at 3 (process 0, init, u); maxproc 7 lets u fork three times.
  RunResult r = run_ok(doc(R"({"maxproc":7})", R"([
    {"name":"u","uid":1000,"program":[
      {"op":"fork","name":"a","expect":{"errno":null},"child":[{"op":"sleep","ticks":50}]},
      {"op":"fork","name":"b","expect":{"errno":null},"child":[{"op":"sleep","ticks":50}]},
      {"op":"fork","name":"c","expect":{"errno":null},"child":[{"op":"sleep","ticks":50}]},
      {"op":"fork","expect":{"errno":"EAGAIN"},"child":[]},
      {"op":"wait","pid":"any"},{"op":"wait","pid":"any"},{"op":"wait","pid":"any"}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
}

// --- kern_prot.c and kern_exec.c credexec: credentials --------------------

// A set-uid-root program (real 1000, effective 0) starts with saved uid 0, as
// credexec leaves it; seteuid (do_setresuid with ID_E_EQ_R|ID_E_EQ_S) may go
// to the real or the saved uid; a non-root setuid (ID_*_EQ_R) only to the real
// uid, and then it sets all three, so root is gone for good.
TEST(NetbsdCredentials, SavedUidLetsASetUidProgramReturnToRoot) {
  RunResult r = run_ok(doc("{}", R"([
    {"name":"s","uid":1000,"euid":0,"program":[
      {"op":"seteuid","uid":1000,"expect":{"errno":null}},
      {"op":"seteuid","uid":0,"expect":{"errno":null}},
      {"op":"seteuid","uid":1000,"expect":{"errno":null}},
      {"op":"setuid","uid":2000,"expect":{"errno":"EPERM"}},
      {"op":"setuid","uid":1000,"expect":{"errno":null}},
      {"op":"seteuid","uid":0,"expect":{"errno":"EPERM"}}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_EQ(r.trace.outcome.expectations_passed, 6);
}

TEST(NetbsdCredentials, ScenarioMayGiveADistinctSavedUid) {
  Driven d(doc("{}", R"([{"name":"s","uid":1000,"euid":1000,"svuid":0,"program":[
      {"op":"seteuid","uid":0,"expect":{"errno":null}},{"op":"compute","ticks":3}]}])"));
  ASSERT_TRUE(d.until([](const KernelState& s) {
    const Proc* p = s.proc(2);
    return p && p->euid == 0;
  }));
  EXPECT_EQ(d.by_name("s")->svuid, 0);
  EXPECT_EQ(d.by_name("s")->ruid, 1000);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.s().expect_failed, 0);
}

// exec's credexec sets the saved uid to the effective uid.
TEST(NetbsdCredentials, ExecSetsTheSavedUidToTheEffectiveUid) {
  RunResult r = run_ok(doc("{}", R"([{"name":"s","uid":1000,"euid":1000,"svuid":0,"program":[
      {"op":"exec","path":"/bin/sh","program":[
        {"op":"seteuid","uid":0,"expect":{"errno":"EPERM"}}]}]}])"));
  EXPECT_EQ(r.trace.outcome.expectations_failed, 0);
  EXPECT_EQ(r.trace.outcome.expectations_passed, 1);
}

// --- kern_exec.c execve_runproc: order and PS_STOPEXEC ----------------------

// The vfork parent is released after the new address space, cwdexec,
// fd_closeexec and execsigs, and before credexec and NOTE_EXEC.
TEST(NetbsdExec, VforkParentIsReleasedOnlyAfterTheChildIsSetUp) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
      {"op":"vfork","name":"c","child":[{"op":"exec","path":"/bin/true","program":[]}]},
      {"op":"wait","pid":"c"}]}])"));
  const Trace& t = r.trace;
  const int vm = step_index(t, "execve.new_vmspace", 3);
  const int unshare = step_index(t, "execve.cwd_fd_sigs", 3);
  const int release = step_index(t, "execve.vfork_release", 3);
  const int cred = step_index(t, "execve.credexec", 3);
  const int knote = step_index(t, "execve.knote_exec", 3);
  ASSERT_GE(vm, 0);
  EXPECT_LT(vm, unshare);
  EXPECT_LT(unshare, release);
  EXPECT_LT(release, cred);
  EXPECT_LT(cred, knote);
  // The parent's wake-up (its l_waitcv broadcast) is part of the release.
  const int wake = find_event(t, cv_is(t, "l_waitcv#2", CvAction::Broadcast), unshare);
  EXPECT_GT(wake, release);
  EXPECT_LT(wake, cred);
}

// PS_STOPEXEC: the process stops before its first instruction and counts as a
// stopped child, but no SIGCHLD is sent and the parent's p_waitcv is not
// broadcast. A parent that already sleeps in wait(WUNTRACED) is not woken:
// the run deadlocks where NetBSD's would hang.
TEST(NetbsdExec, StopexecStopsWithoutTellingTheParent) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
      {"op":"fork","name":"c","child":[
        {"op":"compute","ticks":20},
        {"op":"sysctl","name":"proc.stopexec","pid":"c","value":1},
        {"op":"exec","path":"/bin/true","program":[]}]},
      {"op":"wait","pid":"c","options":["WUNTRACED"]}]}])"),
                       "deadlock");
  const Trace& t = r.trace;
  const int stop = step_index(t, "execve.stopexec", 3);
  ASSERT_GE(stop, 0);
  EXPECT_EQ(find_event(t, cv_is(t, "p_waitcv#2", CvAction::Broadcast), stop), -1);
  EXPECT_TRUE(signals_to(t, 2, NB_SIGCHLD).empty());
}

// The same stop is seen by a wait that comes later (p_waited = 0).
TEST(NetbsdExec, StopexecStopIsReportedToALaterWait) {
  Driven d(doc("{}", R"([{"name":"p","program":[
      {"op":"fork","name":"c","child":[
        {"op":"sysctl","name":"proc.stopexec","pid":"c","value":1},
        {"op":"exec","path":"/bin/true","program":[]}]},
      {"op":"compute","ticks":60},
      {"op":"wait","pid":"c","options":["WUNTRACED"],"expect":{"pid":"c"}},
      {"op":"kill","pid":"c","signal":"SIGKILL"},
      {"op":"wait","pid":"c","expect":{"status":{"signaled":"SIGKILL"}}}]}])"));
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.s().expect_failed, 0);
  EXPECT_EQ(d.s().expect_passed, 2);
  EXPECT_EQ(d.violation, "");
}

// --- kern_sig.c: a stop at userret is made under proc_lock ----------------

// issue #9's lost wake-up: a child stopping for a signal while its parent is
// between scanning its children and sleeping in wait(). On every random
// schedule the parent sees the stop (NetBSD's sigswitch/proc_stop run with
// proc_lock held, so the scan-then-sleep is atomic against them).
TEST(NetbsdSignals, StopIsNeverLostOnAnySchedule) {
  for (int seed = 1; seed <= 60; ++seed) {
    const std::string machine =
        R"({"schedule":"random","seed":)" + std::to_string(seed) + R"(,"cpus":2})";
    Driven d(doc(machine, R"([{"name":"p","program":[
        {"op":"fork","name":"c","child":[{"op":"raise","signal":"SIGSTOP"},{"op":"exit","status":6}]},
        {"op":"wait","pid":"c","options":["WUNTRACED"],"expect":{"status":{"stopped":"SIGSTOP"}}},
        {"op":"kill","pid":"c","signal":"SIGCONT"},
        {"op":"wait","pid":"c","expect":{"status":{"exited":6}}}]}])"));
    ASSERT_EQ(d.finish(), RunState::Completed) << "seed " << seed;
    EXPECT_EQ(d.s().expect_failed, 0) << "seed " << seed;
    EXPECT_EQ(d.violation, "") << "seed " << seed;
  }
}

// The bundled scenario of the issue report: deadlocked on seeds 1, 17, 22.
TEST(NetbsdSignals, PtraceForkScenarioCompletesOnEverySeed) {
  for (int seed : {1, 17, 22, 3, 5, 8, 13, 21, 34, 55}) {
    Driven d(read_bundled_with_schedule("ptrace-fork", seed));
    ASSERT_TRUE(d.m) << "seed " << seed;
    EXPECT_EQ(d.finish(), RunState::Completed) << "seed " << seed;
    EXPECT_EQ(d.s().expect_failed, 0) << "seed " << seed;
    EXPECT_EQ(d.violation, "") << "seed " << seed;
  }
}

} // namespace
} // namespace fs::test
