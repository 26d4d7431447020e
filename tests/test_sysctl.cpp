// SPDX-License-Identifier: GPL-3.0-or-later
// The tunables and credentials fork depends on: kern.maxproc,
// kern.forkfsleep, RLIMIT_NPROC, setuid/seteuid and the per-uid counts.
#include <gtest/gtest.h>

#include "core/state/constants.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

TEST(Sysctl, MaxprocRangeAndPrivilege) {
  Driven d(doc("{}", R"([
    {"name":"root","uid":0,"program":[
      {"op":"sysctl","name":"kern.maxproc","value":-1,"expect":{"errno":"EINVAL"}},
      {"op":"sysctl","name":"kern.maxproc","value":30000,"expect":{"errno":"EINVAL"}},
      {"op":"sysctl","name":"kern.maxproc","value":29999,"expect":{"errno":null}},
      {"op":"sysctl","name":"kern.maxproc","value":500,"expect":{"errno":null}}]},
    {"name":"user","program":[
      {"op":"sysctl","name":"kern.maxproc","value":100,"expect":{"errno":"EPERM"}}]}])"));
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.s().maxproc, 500);
  EXPECT_EQ(d.s().expect_failed, 0);
  EXPECT_EQ(d.s().expect_passed, 5);
}

TEST(Sysctl, LoweredMaxprocTakesEffectForTheNextFork) {
  run_ok(doc("{}", R"([{"name":"root","uid":0,"program":[
    {"op":"sysctl","name":"kern.maxproc","value":3},
    {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}},
    {"op":"sysctl","name":"kern.maxproc","value":4},
    {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}},
    {"op":"sysctl","name":"kern.maxproc","value":5},
    {"op":"fork","child":[],"expect":{"errno":null}},{"op":"wait","pid":"any"}]}])"));
}

int forkfsleep_after(int ms, int hz = 100) {
  Driven d(doc(R"({"hz":)" + std::to_string(hz) + "}", R"([{"name":"root","uid":0,"program":[
    {"op":"sysctl","name":"kern.forkfsleep","value":)" + std::to_string(ms) +
                                                           "}]}]"));
  d.finish();
  EXPECT_EQ(d.s().expect_failed, 0);
  return d.s().forkfsleep;
}

TEST(Sysctl, ForkfsleepIsStoredInTicks) {
  EXPECT_EQ(forkfsleep_after(0), 0);
  EXPECT_EQ(forkfsleep_after(1), 1); // more than 0 ms but less than a tick: 1 tick
  EXPECT_EQ(forkfsleep_after(9), 1);
  EXPECT_EQ(forkfsleep_after(10), 1);
  EXPECT_EQ(forkfsleep_after(30), 3);
  // mstohz truncates (sysctl_kern_forkfsleep only lifts a 0-tick result to 1).
  EXPECT_EQ(forkfsleep_after(15), 1);
  EXPECT_EQ(forkfsleep_after(25), 2);
  EXPECT_EQ(forkfsleep_after(999), 99);
  EXPECT_EQ(forkfsleep_after(20000), 2000);
  EXPECT_EQ(forkfsleep_after(4, 1000), 4);
}

TEST(Sysctl, ForkfsleepRange) {
  run_ok(doc("{}", R"([{"name":"root","uid":0,"program":[
    {"op":"sysctl","name":"kern.forkfsleep","value":-1,"expect":{"errno":"EINVAL"}},
    {"op":"sysctl","name":"kern.forkfsleep","value":20001,"expect":{"errno":"EINVAL"}},
    {"op":"sysctl","name":"kern.forkfsleep","value":20000,"expect":{"errno":null}}]},
    {"name":"user","program":[
    {"op":"sysctl","name":"kern.forkfsleep","value":10,"expect":{"errno":"EPERM"}}]}])"));
}

TEST(Sysctl, SetrlimitChecks) {
  run_ok(doc("{}", R"([{"name":"p","rlimit_nproc":5,"program":[
    {"op":"setrlimit","resource":"RLIMIT_NPROC","cur":10,"max":5,"expect":{"errno":"EINVAL"}},
    {"op":"setrlimit","resource":"RLIMIT_NPROC","cur":1,"max":2000,"expect":{"errno":"EPERM"}},
    {"op":"setrlimit","resource":"RLIMIT_NPROC","cur":1,"max":5,"expect":{"errno":null}},
    {"op":"fork","child":[],"expect":{"errno":"EAGAIN"}},
    {"op":"setrlimit","resource":"RLIMIT_NPROC","cur":2,"max":5,"expect":{"errno":null}},
    {"op":"fork","child":[],"expect":{"errno":null}},{"op":"wait","pid":"any"}]}])"));
}

TEST(Sysctl, SetuidRulesAndProccntFollowsTheRealUid) {
  Driven d(doc("{}", R"([
    {"name":"user","program":[
      {"op":"setuid","uid":0,"expect":{"errno":"EPERM"}},
      {"op":"seteuid","uid":0,"expect":{"errno":"EPERM"}},
      {"op":"seteuid","uid":1000,"expect":{"errno":null}}]},
    {"name":"root","uid":0,"program":[
      {"op":"seteuid","uid":3000,"expect":{"errno":null}},
      {"op":"seteuid","uid":0,"expect":{"errno":null}},
      {"op":"setuid","uid":4000,"expect":{"errno":null}},
      {"op":"compute","ticks":20},
      {"op":"setuid","uid":0,"expect":{"errno":"EPERM"}}]}])"));
  auto count = [&](int uid) {
    for (const UidCount& c : d.s().proccnt)
      if (c.uid == uid) return c.count;
    return 0;
  };
  EXPECT_EQ(count(0), 2); // init and root
  ASSERT_TRUE(d.until([&](const KernelState&) {
    const Proc* r = d.by_name("root");
    return r && r->ruid == 4000;
  }));
  EXPECT_EQ(count(0), 1);
  EXPECT_EQ(count(4000), 1);
  EXPECT_EQ(d.by_name("root")->euid, 4000);
  EXPECT_EQ(d.finish(), RunState::Completed);
  EXPECT_EQ(d.violation, "");
  EXPECT_EQ(d.s().expect_failed, 0);
  for (const auto& f : d.s().expect_failures) ADD_FAILURE() << f.first << ": " << f.second;
  EXPECT_EQ(count(4000), 0);
}

} // namespace
} // namespace fs::test
