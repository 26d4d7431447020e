// SPDX-License-Identifier: GPL-3.0-or-later
// Pid allocation (kern_proc.c pid_table): 1, 2, 3... at boot, FIFO slot reuse
// adding the table size, doubling when full, process-group ids not reused.
#include <algorithm>

#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "core/state/pid_table.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

std::vector<int> created(const Trace& t) {
  std::vector<int> pids;
  for (const Event& e : t.events)
    if (e.kind == EventKind::Proc && e.action == static_cast<uint8_t>(ProcAction::Create))
      pids.push_back(e.a);
  return pids;
}

std::string fork_wait_loop(const std::string& machine, int n) {
  return doc(machine, R"([{"name":"p","program":[{"op":"repeat","count":)" + std::to_string(n) +
                          R"(,"body":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]}]}])");
}

TEST(PidTable, BootPidsAreSequential) {
  RunResult r = run_ok(doc("{}", R"([{"name":"a","program":[]},{"name":"b","program":[]},
                                     {"name":"c","program":[]}])"));
  EXPECT_EQ(created(r.trace), (std::vector<int>{1, 2, 3, 4}));
}

TEST(PidTable, FreedSlotsAreReusedFifoWithTheTableSizeAdded) {
  RunResult r = run_ok(fork_wait_loop("{}", 32));
  std::vector<int> want = {1, 2};
  for (int pid = 3; pid <= 31; ++pid) want.push_back(pid); // slots 3..31, never used yet
  want.push_back(3 + 32);                                  // then slot 3 again, FIFO
  want.push_back(4 + 32);
  want.push_back(5 + 32);
  EXPECT_EQ(created(r.trace), want);
}

TEST(PidTable, TableDoublesWhenFull) {
  // 31 live processes fill slots 1..31 (slot 0 is process 0's): the 32nd
  // needs a 64-slot table and gets pid 32.
  PidTable t(false);
  auto none = [](int32_t) { return false; };
  for (int i = 1; i <= 31; ++i) ASSERT_EQ(t.alloc(none), i);
  EXPECT_EQ(t.size(), 32);
  EXPECT_EQ(t.alloc(none), 32);
  EXPECT_EQ(t.size(), 64);
  EXPECT_EQ(t.alloc(none), 33);
}

TEST(PidTable, LiveProcessesKeepTheirPidsAcrossDoubling) {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[
    {"op":"repeat","count":35,"body":[{"op":"fork","child":[{"op":"compute","ticks":200}]}]},
    {"op":"repeat","count":35,"body":[{"op":"wait","pid":"any"}]}]}])"));
  const auto pids = created(r.trace);
  ASSERT_EQ(pids.size(), 37u);
  for (size_t i = 0; i < pids.size(); ++i) EXPECT_EQ(pids[i], static_cast<int>(i) + 1);
}

TEST(PidTable, PidStillNamingAProcessGroupIsNotReused) {
  // p (2) forks c (3, process group 2) and exits; init reaps p, but slot 2
  // must not hand out 2+32 while c keeps the group alive.
  RunResult r = run_ok(doc("{}", R"([
    {"name":"p","program":[{"op":"fork","name":"c","child":[{"op":"compute","ticks":6000}]}]},
    {"name":"q","program":[{"op":"compute","ticks":30},
      {"op":"repeat","count":40,"body":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]}]}])"));
  const auto pids = created(r.trace);
  EXPECT_EQ(std::count(pids.begin(), pids.end(), 2 + 32), 0);
  EXPECT_GE(std::count(pids.begin(), pids.end(), 5 + 32), 1); // later slots were reused
}

TEST(PidTable, SequentialPolicy) {
  RunResult r = run_ok(fork_wait_loop(R"({"pid_alloc":"sequential"})", 40));
  const auto pids = created(r.trace);
  for (size_t i = 0; i < pids.size(); ++i) EXPECT_EQ(pids[i], static_cast<int>(i) + 1);
}

TEST(PidTable, ChildLwpIdIsItsPid) {
  RunResult r = run_ok(fork_wait_loop("{}", 1));
  const int born = find_event(r.trace, [](const Event& e) {
    return e.kind == EventKind::Lwp && e.a == 3 && e.b == static_cast<int>(LwpStat::LSIDL);
  });
  EXPECT_GE(born, 0);
}

} // namespace
} // namespace fs::test
