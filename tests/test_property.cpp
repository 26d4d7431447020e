// SPDX-License-Identifier: GPL-3.0-or-later
// Random but valid scenarios from a seed, run with the invariant checker after
// every step: whatever the programs and the interleaving, the kernel's
// bookkeeping must stay consistent and every run must end cleanly.
#include <algorithm>
#include <filesystem>
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/scenario/scenario_loader.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

using nlohmann::json;

class Gen {
public:
  explicit Gen(uint32_t seed) : rng_(seed) {}

  json scenario() {
    const int nproc = pick(1, 3);
    names_.clear();
    for (int i = 0; i < nproc; ++i) names_.push_back("p" + std::to_string(i));
    json m = {{"cpus", pick(1, 8)}, {"seed", pick(0, 1000)}, {"max_steps", 30000}};
    m["schedule"] = chance(50) ? "random" : "round-robin";
    if (chance(25)) m["maxproc"] = pick(4, 9);
    if (chance(15)) m["quantum"] = pick(1, 5);
    if (chance(10)) m["uarea_limit"] = pick(2, 6);
    if (chance(10)) m["forkfsleep_ms"] = pick(0, 50);
    json procs = json::array();
    for (const std::string& n : names_) {
      json p = {{"name", n}, {"program", program(0, pick(2, 5))}};
      if (chance(20)) p["rlimit_nproc"] = pick(1, 4);
      if (chance(10)) p["uid"] = 0;
      procs.push_back(p);
    }
    return {{"format", "forkscope-scenario"},
            {"version", 1},
            {"title", "random"},
            {"machine", m},
            {"processes", procs}};
  }

private:
  std::mt19937 rng_;
  std::vector<std::string> names_;

  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(int percent) { return pick(1, 100) <= percent; }

  json program(int depth, int len) {
    json ops = json::array();
    for (int i = 0; i < len; ++i) {
      json op = one(depth);
      ops.push_back(op);
      if (op["op"] == "exit" || op["op"] == "exec") break;
    }
    return ops;
  }

  json one(int depth) {
    const int k = pick(0, depth >= 2 ? 5 : 9);
    switch (k) {
    case 0: return {{"op", "compute"}, {"ticks", pick(1, 8)}};
    case 1: return {{"op", "sleep"}, {"ticks", pick(1, 6)}};
    case 2: {
      json w = {{"op", "wait"}, {"pid", "any"}};
      if (chance(40))
        w["options"] = json::array({"WNOHANG"});
      else if (chance(20))
        w["options"] = json::array({"WALLSIG"});
      return w;
    }
    case 3: {
      static const char* sigs[] = {"SIGUSR1", "SIGCONT", "SIGSTOP", "SIGCHLD"};
      const int s = chance(90) ? pick(0, 1) : pick(2, 3);
      return {{"op", "kill"},
              {"pid", names_[static_cast<size_t>(pick(0, static_cast<int>(names_.size()) - 1))]},
              {"signal", sigs[s]}};
    }
    case 4: return {{"op", "exit"}, {"status", pick(0, 3)}};
    case 5:
      return {{"op", "exec"}, {"path", "/bin/x"}, {"program", program(depth + 1, pick(0, 2))}};
    case 6:
      return {{"op", "repeat"}, {"count", pick(1, 3)}, {"body", program(depth + 1, pick(1, 2))}};
    default: {
      static const char* kinds[] = {"fork", "vfork", "vfork14", "clone"};
      json f = {{"op", kinds[pick(0, 3)]}, {"child", program(depth + 1, pick(0, 3))}};
      if (f["op"] == "clone") {
        json flags = json::array();
        if (chance(50)) flags.push_back("CLONE_VM");
        if (chance(30)) flags.push_back("CLONE_FILES");
        if (chance(30)) flags.push_back("CLONE_FS");
        if (chance(20)) flags.push_back("CLONE_SIGHAND");
        if (chance(20)) flags.push_back("CLONE_VFORK");
        f["flags"] = flags;
        if (chance(30)) f["signal"] = chance(50) ? 0 : 64;
      }
      return f;
    }
    }
  }
};

TEST(Property, RandomScenariosKeepTheInvariants) {
  int completed = 0, deadlocked = 0, limited = 0;
  for (uint32_t seed = 1; seed <= 800; ++seed) {
    const std::string text = Gen(seed).scenario().dump();
    auto sc = scenario_from(text);
    ASSERT_TRUE(sc) << text;
    RunOptions opt;
    opt.record = false;
    opt.check_invariants = true;
    RunResult r = run_scenario(sc, opt);
    ASSERT_EQ(r.invariant_violation, "") << "seed " << seed << "\n" << text;
    const Outcome& o = r.trace.outcome;
    if (o.result == "completed") {
      ++completed;
      EXPECT_EQ(o.final_nprocs, 2) << "seed " << seed;
      ASSERT_EQ(o.final_processes.size(), 1u) << "seed " << seed;
      EXPECT_EQ(o.final_processes[0].pid, 1);
    } else if (o.result == "deadlock") {
      ++deadlocked;
      EXPECT_GT(o.final_nprocs, 2) << "seed " << seed;
      // The only way these programs can block for ever is a stopped process
      // (SIGSTOP and nobody to send SIGCONT) that someone waits for.
      bool stopped = false;
      for (const auto& p : o.final_processes) stopped |= p.state == "SSTOP";
      EXPECT_TRUE(stopped) << "seed " << seed << " deadlocked without a stopped process\n" << text;
    } else {
      ASSERT_EQ(o.result, "step_limit") << "seed " << seed;
      ++limited;
    }
  }
  // The generator must exercise the interesting paths, not just trivial runs.
  EXPECT_GT(completed, 400);
  RecordProperty("completed", completed);
  RecordProperty("deadlocked", deadlocked);
  RecordProperty("step_limit", limited);
}

// The generator above covers fork, exec, exit, wait and kill; ptrace, raise and
// kqueue/kevent live in the bundled scenarios. Every bundled scenario that
// uses one of them runs under 40 random schedules with the invariant checker
// on: no violation, the outcome it expects, every expectation met.
TEST(Property, BundledSignalPtraceKqueueScenariosUnderRandomSchedules) {
  namespace stdfs = std::filesystem;
  std::vector<stdfs::path> files;
  for (const auto& e : stdfs::directory_iterator(std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  int covered = 0;
  for (const stdfs::path& f : files) {
    ScenarioLoad load = load_scenario_file(f.string());
    ASSERT_TRUE(load.scenario) << f;
    const bool relevant =
        std::any_of(load.scenario->ops.begin(), load.scenario->ops.end(), [](const Op& op) {
          return op.kind == OpKind::Ptrace || op.kind == OpKind::Kill || op.kind == OpKind::Raise ||
                 op.kind == OpKind::Kqueue || op.kind == OpKind::Kevent;
        });
    if (!relevant) continue;
    ++covered;
    for (uint64_t seed = 1; seed <= 40; ++seed) {
      Scenario sc = *load.scenario;
      sc.machine.schedule = ScheduleKind::Random;
      sc.machine.seed = seed;
      RunOptions opt;
      opt.record = false;
      opt.check_invariants = true;
      const RunResult r = run_scenario(std::make_shared<const Scenario>(sc), opt);
      const Outcome& o = r.trace.outcome;
      EXPECT_EQ(r.invariant_violation, "") << f.filename() << " seed " << seed;
      EXPECT_EQ(o.result, sc.expect_outcome) << f.filename() << " seed " << seed;
      EXPECT_EQ(o.expectations_failed, 0)
          << f.filename() << " seed " << seed << ": "
          << (o.failures.empty() ? "" : o.failures[0].op_path + ": " + o.failures[0].message);
    }
  }
  EXPECT_GE(covered, 5) << "the bundled ptrace, signal and kqueue scenarios were not found";
}

} // namespace
} // namespace fs::test
