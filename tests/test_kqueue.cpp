// SPDX-License-Identifier: GPL-3.0-or-later
// EVFILT_PROC knotes around fork (kern_fork.c L554-558): NOTE_FORK carries the
// child pid, NOTE_TRACK follows the child, and proc_lock is dropped around it.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

// w (pid 2) watches p (pid 3); p forks c (pid 4).
std::string watch(const std::string& fflags) {
  return doc("{}", R"([
    {"name":"w","program":[{"op":"kqueue","pid":"p","fflags":)" +
                       fflags + R"(,"expect":{"errno":null}},
                           {"op":"kevent"}]},
    {"name":"p","program":[{"op":"compute","ticks":10},
      {"op":"fork","name":"c","child":[{"op":"compute","ticks":5}]},{"op":"wait","pid":"c"}]}])");
}

TEST(Kqueue, NoteForkCarriesTheChildPid) {
  Driven d(watch(R"(["NOTE_FORK"])"));
  ASSERT_TRUE(d.until([](const KernelState& s) { return !s.kevents.empty(); }));
  ASSERT_EQ(d.s().kevents.size(), 1u);
  const KEvent& e = d.s().kevents[0];
  EXPECT_EQ(e.watcher, 2);
  EXPECT_EQ(e.target, 3);
  EXPECT_EQ(e.fflags, NOTE_FORK);
  EXPECT_EQ(e.data, 4);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  // No NOTE_TRACK: the child is not watched.
  for (const Knote& k : d.s().knotes) EXPECT_NE(k.target, 4);
}

TEST(Kqueue, NoteTrackAttachesToTheChildAndReportsNoteChild) {
  Driven d(watch(R"(["NOTE_FORK","NOTE_TRACK"])"));
  ASSERT_TRUE(d.until([](const KernelState& s) { return s.kevents.size() >= 2; }));
  // knote_proc_fork_track activates the NOTE_CHILD knote before the parent's
  // knote is activated with NOTE_FORK, so kevent returns NOTE_CHILD first.
  const auto& ev = d.s().kevents;
  EXPECT_EQ(ev[0].target, 4);
  EXPECT_EQ(ev[0].fflags, NOTE_CHILD);
  EXPECT_EQ(ev[0].data, 3); // the parent's pid
  EXPECT_EQ(ev[1].target, 3);
  EXPECT_EQ(ev[1].fflags, NOTE_FORK);
  bool tracked = false;
  for (const Knote& k : d.s().knotes) tracked |= k.watcher == 2 && k.target == 4;
  EXPECT_TRUE(tracked);
  d.finish();
  EXPECT_EQ(d.violation, "");
}

TEST(Kqueue, ProcLockIsDroppedAroundTheDelivery) {
  RunResult r = run_ok(watch(R"(["NOTE_FORK"])"));
  const Trace& t = r.trace;
  const int unlock = find_event(t, step_is("fork1.knote_unlock", 3));
  ASSERT_GE(unlock, 0);
  const int rel = find_event(t, lock_is(t, "proc_lock", LockAction::Release, 3), unlock);
  const int note = find_event(
      t, [](const Event& e) { return e.kind == EventKind::Knote; }, unlock);
  const int relock = find_event(t, step_is("fork1.knote_relock", 3), unlock);
  const int acq = find_event(
      t,
      [&](const Event& e) {
        return e.kind == EventKind::Lock && t.strings.at(e.a) == "proc_lock" && e.pid == 3 &&
               (e.action == static_cast<uint8_t>(LockAction::Acquire) ||
                e.action == static_cast<uint8_t>(LockAction::Sleep) ||
                e.action == static_cast<uint8_t>(LockAction::Spin));
      },
      relock);
  EXPECT_LT(rel, note);
  EXPECT_LT(note, relock);
  EXPECT_GT(acq, relock);
  EXPECT_EQ(t.events[note].a, 2);
  EXPECT_EQ(t.events[note].b, 3);
  EXPECT_EQ(static_cast<uint32_t>(t.events[note].c), NOTE_FORK);
  EXPECT_EQ(step_info(find_step("fork1.knote_unlock")).line, 555);
  EXPECT_EQ(step_info(find_step("fork1.knote_relock")).line, 557);
}

TEST(Kqueue, UnwatchedForkKeepsProcLock) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[{"op":"fork","child":[]},
                                                               {"op":"wait","pid":"any"}]}])"));
  EXPECT_EQ(find_event(r.trace, step_is("fork1.knote_unlock")), -1);
  EXPECT_GE(find_event(r.trace, step_is("fork1.knote_check")), 0);
}

} // namespace
} // namespace fs::test
