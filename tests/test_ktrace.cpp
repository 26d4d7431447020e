// SPDX-License-Identifier: GPL-3.0-or-later
// KTRFAC_INHERIT (kern_fork.c L445-451): the child shares the trace file,
// copied under ktrace_lock.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

TEST(Ktrace, InheritCopiesTheTraceFileUnderKtraceLock) {
  Driven d(doc("{}", R"([{"name":"p","ktrace_inherit":true,"program":[
    {"op":"fork","name":"c","child":[{"op":"compute","ticks":10}]},{"op":"wait","pid":"c"}]}])"));
  ASSERT_TRUE(d.until([&](const KernelState&) {
    const Proc* c = d.by_name("c");
    return c && c->published;
  }));
  const Proc* p = d.by_name("p");
  const Proc* c = d.by_name("c");
  ASSERT_GE(p->tracefile, 0);
  EXPECT_EQ(c->tracefile, p->tracefile);
  EXPECT_EQ(d.s().objects.at(static_cast<size_t>(c->tracefile)).refcnt, 2);
  EXPECT_TRUE(c->traceflag & KTRFAC_INHERIT);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  const Trace& t = d.trace;
  const int acq = find_event(t, lock_is(t, "ktrace_lock", LockAction::Acquire, 2));
  const int copy = find_event(t, step_is("fork1.ktrace_copy", 2));
  const int rel = find_event(t, lock_is(t, "ktrace_lock", LockAction::Release, 2));
  ASSERT_GE(acq, 0);
  EXPECT_LT(acq, copy);
  EXPECT_LT(copy, rel);
}

TEST(Ktrace, WithoutInheritTheChildIsNotTraced) {
  Driven d(doc("{}", R"([{"name":"p","program":[{"op":"ktrace","inherit":false},
    {"op":"fork","name":"c","child":[{"op":"compute","ticks":10}]},{"op":"wait","pid":"c"}]}])"));
  ASSERT_TRUE(d.until([&](const KernelState&) {
    const Proc* c = d.by_name("c");
    return c && c->published;
  }));
  EXPECT_GE(d.by_name("p")->tracefile, 0);
  EXPECT_EQ(d.by_name("c")->tracefile, -1);
  EXPECT_EQ(d.by_name("c")->traceflag, 0u);
  d.finish();
  EXPECT_EQ(find_event(d.trace, lock_is(d.trace, "ktrace_lock", LockAction::Acquire)), -1);
}

TEST(Ktrace, KtraceOpWithInheritIsInheritedByGrandchildren) {
  Driven d(doc("{}", R"([{"name":"p","program":[{"op":"ktrace","inherit":true},
    {"op":"fork","name":"c","child":[{"op":"fork","name":"g","child":[{"op":"compute","ticks":10}]},
                                      {"op":"wait","pid":"g"}]},
    {"op":"wait","pid":"c"}]}])"));
  ASSERT_TRUE(d.until([&](const KernelState&) {
    const Proc* g = d.by_name("g");
    return g && g->published;
  }));
  const Proc* p = d.by_name("p");
  EXPECT_EQ(d.by_name("g")->tracefile, p->tracefile);
  EXPECT_EQ(d.s().objects.at(static_cast<size_t>(p->tracefile)).refcnt, 3);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
}

} // namespace
} // namespace fs::test
