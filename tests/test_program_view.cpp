// SPDX-License-Identifier: GPL-3.0-or-later
// The per-process program view's facts (core/scenario/program_view.h): at each step
// the current op is the one the process is executing, computing or about to
// run, with the repeats around it and their iteration.
#include <gtest/gtest.h>

#include "core/scenario/program_view.h"
#include "core/state/event.h"
#include "core/state/syscall_names.h"
#include "core/timeline.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

// The step (1-based, "just executed") whose events include the first
// syscall event of `pid` matching (sys, phase), 0 when there is none.
uint64_t step_of_syscall(const Trace& t, int pid, int sys, SyscallPhase phase, int nth = 0) {
  for (size_t i = 0; i < t.events.size(); ++i) {
    const Event& e = t.events[i];
    if (e.kind == EventKind::Syscall && e.pid == pid && e.a == sys &&
        e.action == static_cast<uint8_t>(phase) && nth-- == 0)
      return t.step_of_event(static_cast<uint32_t>(i)) + 1;
  }
  return 0;
}

const Op& current_op(const Scenario& sc, const ProgramPosition& pos) {
  return sc.ops.at(static_cast<size_t>(pos.lines.at(static_cast<size_t>(pos.current)).op));
}

const char* kFirstFork = R"([{"name":"sh","program":[
    {"op":"compute","ticks":2},
    {"op":"fork","name":"child","child":[{"op":"compute","ticks":3},{"op":"exit","status":7}]},
    {"op":"wait","pid":"child"}]}])";

TEST(ProgramView, CurrentOpFollowsTheParentThroughFork) {
  auto sc = scenario_from(doc(R"({"cpus":2})", kFirstFork));
  ASSERT_TRUE(sc);
  Timeline tl(sc);
  const Trace& t = tl.trace();
  const KernelState s0 = tl.state_at(0);
  const Proc* sh = nullptr;
  for (const Proc& p : s0.procs)
    if (p.alive() && p.name == "sh") sh = &p;
  ASSERT_TRUE(sh);
  const Pid pid = sh->pid;

  // Before anything ran: the whole program, the first op next.
  ProgramPosition pos = program_position(*sc, s0, pid);
  ASSERT_EQ(pos.lines.size(), 3u); // the child's ops are the child's program, not sh's
  EXPECT_EQ(pos.current, 0);
  EXPECT_EQ(pos.where, ProgramWhere::Next);
  EXPECT_EQ(op_summary(*sc, sc->ops[static_cast<size_t>(pos.lines[1].op)]),
            "fork -> child \"child\"");

  // The step where sh enters fork: the fork op, in its system call.
  const uint64_t enter = step_of_syscall(t, pid, SYS_FORK, SyscallPhase::Enter);
  ASSERT_GT(enter, 0u);
  pos = program_position(*sc, tl.state_at(enter), pid);
  EXPECT_EQ(pos.current, 1);
  EXPECT_EQ(pos.where, ProgramWhere::InSyscall);
  EXPECT_EQ(current_op(*sc, pos).kind, OpKind::Fork);
  // The step before: still computing its 2 ticks, or the fork next.
  pos = program_position(*sc, tl.state_at(enter - 1), pid);
  EXPECT_TRUE((pos.current == 1 && pos.where == ProgramWhere::Next) ||
              (pos.current == 0 && pos.where == ProgramWhere::Computing));

  // Once fork has returned to sh: wait is next; in wait: wait, in the kernel.
  const uint64_t ret = step_of_syscall(t, pid, SYS_FORK, SyscallPhase::Return);
  ASSERT_GT(ret, enter);
  pos = program_position(*sc, tl.state_at(ret), pid);
  EXPECT_EQ(pos.current, 2);
  EXPECT_EQ(current_op(*sc, pos).kind, OpKind::Wait);
  const uint64_t wait = step_of_syscall(t, pid, SYS_WAIT6, SyscallPhase::Enter);
  pos = program_position(*sc, tl.state_at(wait), pid);
  EXPECT_EQ(pos.current, 2);
  EXPECT_EQ(pos.where, ProgramWhere::InSyscall);
  EXPECT_EQ(op_summary(*sc, current_op(*sc, pos)), "wait \"child\"");
}

TEST(ProgramView, TheChildRunsItsOwnProgram) {
  auto sc = scenario_from(doc(R"({"cpus":2})", kFirstFork));
  ASSERT_TRUE(sc);
  Timeline tl(sc);
  const Trace& t = tl.trace();
  // The child's exit: its program is the fork op's child list.
  for (size_t i = 0; i < t.events.size(); ++i) {
    const Event& e = t.events[i];
    if (e.kind != EventKind::Syscall || e.a != SYS_EXIT) continue;
    const uint64_t step = t.step_of_event(static_cast<uint32_t>(i)) + 1;
    const ProgramPosition pos = program_position(*sc, tl.state_at(step), e.pid);
    ASSERT_EQ(pos.lines.size(), 2u);
    EXPECT_EQ(pos.current, 1);
    EXPECT_EQ(pos.where, ProgramWhere::InSyscall);
    EXPECT_EQ(op_summary(*sc, current_op(*sc, pos)), "exit 7");
    return;
  }
  FAIL() << "no exit";
}

TEST(ProgramView, RepeatsNestAndCountTheirIterations) {
  auto sc = scenario_from(doc(R"({"cpus":1})", R"([{"name":"p","program":[
      {"op":"repeat","count":3,"body":[
          {"op":"fork","child":[{"op":"exit","status":0}]},
          {"op":"wait","pid":"any"}]},
      {"op":"exit","status":3}]}])"));
  ASSERT_TRUE(sc);
  Timeline tl(sc);
  const Trace& t = tl.trace();
  Pid pid = -1;
  for (const Proc& p : tl.state_at(0).procs)
    if (p.alive() && p.name == "p") pid = p.pid;
  ProgramPosition pos = program_position(*sc, tl.state_at(0), pid);
  ASSERT_EQ(pos.lines.size(), 4u); // repeat, fork, wait, exit
  EXPECT_EQ(pos.lines[1].depth, 1);
  EXPECT_EQ(pos.lines[1].parent, 0);
  EXPECT_EQ(pos.lines[3].depth, 0);
  // Not yet in the loop: the walk enters it, so fork (iteration 1) is next.
  EXPECT_EQ(pos.current, 1);
  ASSERT_EQ(pos.loops.size(), 1u);
  EXPECT_EQ(pos.loops[0].iteration, 1);
  for (int n = 0; n < 3; ++n) {
    const uint64_t step = step_of_syscall(t, pid, SYS_FORK, SyscallPhase::Enter, n);
    ASSERT_GT(step, 0u);
    pos = program_position(*sc, tl.state_at(step), pid);
    EXPECT_EQ(pos.current, 1);
    EXPECT_EQ(pos.where, ProgramWhere::InSyscall);
    ASSERT_EQ(pos.loops.size(), 1u);
    EXPECT_EQ(pos.loops[0].line, 0);
    EXPECT_EQ(pos.loops[0].iteration, n + 1);
    EXPECT_EQ(pos.loops[0].count, 3);
  }
  // After the third wait returns, the loop is done: exit 3 is next.
  const uint64_t last_wait = step_of_syscall(t, pid, SYS_WAIT6, SyscallPhase::Return, 2);
  pos = program_position(*sc, tl.state_at(last_wait), pid);
  EXPECT_EQ(pos.current, 3);
  EXPECT_TRUE(pos.loops.empty());
  EXPECT_EQ(op_summary(*sc, current_op(*sc, pos)), "exit 3");
  // At the end the process has exited.
  pos = program_position(*sc, tl.state_at(tl.total_steps()), pid);
  EXPECT_TRUE(pos.where == ProgramWhere::Ended || pos.where == ProgramWhere::None);
}

// Every system call a process enters, in every bundled-size scenario shape:
// the op the view calls current is the op that made the call.
TEST(ProgramView, EverySyscallEntryIsTheCurrentOp) {
  auto sc = scenario_from(doc(R"({"cpus":2})", R"([{"name":"p","program":[
      {"op":"fork","name":"a","child":[{"op":"repeat","count":2,"body":[
          {"op":"sleep","ticks":2},{"op":"compute","ticks":1}]},
        {"op":"exec","path":"/bin/x","program":[{"op":"exit","status":4}]}]},
      {"op":"repeat","count":2,"body":[{"op":"repeat","count":2,"body":[{"op":"sleep","ticks":1}]}]},
      {"op":"wait","pid":"a"}]}])"));
  ASSERT_TRUE(sc);
  Timeline tl(sc);
  const Trace& t = tl.trace();
  int checked = 0;
  for (size_t i = 0; i < t.events.size(); ++i) {
    const Event& e = t.events[i];
    if (e.kind != EventKind::Syscall || e.action != static_cast<uint8_t>(SyscallPhase::Enter))
      continue;
    const uint64_t step = t.step_of_event(static_cast<uint32_t>(i)) + 1;
    const ProgramPosition pos = program_position(*sc, tl.state_at(step), e.pid);
    if (e.a == SYS_EXIT && pos.where == ProgramWhere::Ended) continue; // an implicit exit
    ASSERT_GE(pos.current, 0) << "step " << step;
    EXPECT_EQ(pos.where, ProgramWhere::InSyscall) << "step " << step;
    const std::string op = op_summary(*sc, current_op(*sc, pos));
    const std::string sys = syscall_name(e.a);
    EXPECT_NE(sys.find(op.substr(0, op.find(' '))), std::string::npos)
        << "step " << step << ": " << sys << " vs " << op;
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

} // namespace
} // namespace fs::test
