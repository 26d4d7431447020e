// SPDX-License-Identifier: GPL-3.0-or-later
// core/state/syscalls.def is the single list of ops and system calls: every OpKind,
// SyscallId and routine comes from it, the scenario loader accepts exactly its
// ops and keys, and the engine enters each system call at the step it names.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "core/scenario/program_view.h"
#include "core/scenario/scenario_loader.h"
#include "core/state/syscall_names.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

std::string program_doc(const std::string& op_json) {
  return doc("{}", R"([{"name":"sh","program":[)" + op_json + "]}]");
}

std::vector<std::string> load_errors(const std::string& op_json) {
  std::vector<std::string> out;
  for (const LoadError& e : load_scenario_text(program_doc(op_json), "t.json").errors)
    out.push_back(e.message);
  return out;
}

bool any_contains(const std::vector<std::string>& v, const std::string& needle) {
  return std::any_of(v.begin(), v.end(),
                     [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}

// Every row of core/state/syscalls.def, in OpKind order.
std::vector<const OpInfo*> rows() {
  std::vector<const OpInfo*> out;
  for (int i = 0; i < kOpCount; ++i) out.push_back(&op_info(static_cast<OpKind>(i)));
  return out;
}

std::set<std::string> ops_with(unsigned flag) {
  std::set<std::string> out;
  for (const OpInfo* info : rows())
    if (info->flags & flag) out.insert(info->name);
  return out;
}

TEST(SyscallTable, EveryOpKindHasOneRowInEnumOrderWithAUniqueName) {
  std::set<std::string> names;
  for (int i = 0; i < kOpCount; ++i) {
    const OpInfo& info = op_info(static_cast<OpKind>(i));
    EXPECT_EQ(static_cast<int>(info.kind), i);
    ASSERT_NE(info.name, nullptr);
    EXPECT_TRUE(names.insert(info.name).second) << "duplicate op " << info.name;
    EXPECT_EQ(find_op(info.name), &info);
  }
  EXPECT_EQ(find_op("forc"), nullptr);
  EXPECT_EQ(find_op(""), nullptr);
}

TEST(SyscallTable, EverySyscallIdBelongsToExactlyOneOpWithAnEntryStep) {
  std::vector<int> rows_per_sys(SYSCALL_COUNT, 0);
  for (const OpInfo* row : rows()) {
    const OpInfo& info = *row;
    if (!info.syscall()) { // stays in user mode: no id, no routine, no entry
      EXPECT_EQ(info.sys, -1) << info.name;
      EXPECT_EQ(info.routine, Routine::None) << info.name;
      EXPECT_EQ(info.entry, -1) << info.name;
      continue;
    }
    ASSERT_LT(info.sys, SYSCALL_COUNT) << info.name;
    ++rows_per_sys[static_cast<size_t>(info.sys)];
    ASSERT_NE(syscall_name(info.sys), nullptr) << info.name;
    EXPECT_EQ(syscall_id(syscall_name(info.sys)), info.sys);
    EXPECT_NE(info.routine, Routine::None) << info.name;
    ASSERT_GE(info.entry, 0) << info.name;
    ASSERT_LT(info.entry, step_count()) << info.name;
    EXPECT_STRNE(step_info(info.entry).func, "") << info.name;
  }
  for (int sys = 0; sys < SYSCALL_COUNT; ++sys)
    EXPECT_EQ(rows_per_sys[static_cast<size_t>(sys)], 1) << syscall_name(sys);
}

// The families the code tested by hand before the table (four copies of
// "fork, vfork, __vfork14 or __clone", one list of ops that reach others).
TEST(SyscallTable, FamilyFlagsAreTheOldHandWrittenSets) {
  EXPECT_EQ(ops_with(OPF_FORK), (std::set<std::string>{"fork", "vfork", "vfork14", "clone"}));
  EXPECT_EQ(ops_with(OPF_SIGNALS), (std::set<std::string>{"kill", "raise", "ptrace", "ktrace"}));
  std::set<std::string> fork_syscalls;
  for (int sys = -1; sys <= SYSCALL_COUNT; ++sys)
    if (is_fork_syscall(sys)) fork_syscalls.insert(syscall_name(sys));
  EXPECT_EQ(fork_syscalls, (std::set<std::string>{"fork", "vfork", "__vfork14", "__clone"}));
  for (const OpInfo* info : rows())
    EXPECT_EQ(is_fork_family(info->kind), (info->flags & OPF_FORK) != 0);
}

// The loader knows an op by its row and nothing else: each row's name loads as
// that op, each of its keys is known, any other key and any other name is not.
TEST(SyscallTable, TheLoaderAcceptsExactlyTheTablesOpsAndKeys) {
  for (const OpInfo* row : rows()) {
    const OpInfo& info = *row;
    const std::string op = std::string(R"({"op":")") + info.name + "\"";
    EXPECT_FALSE(any_contains(load_errors(op + "}"), "unknown operation")) << info.name;
    for (std::string_view field : info.fields) {
      if (field.empty()) continue;
      // A value of the wrong type for any key: the error may be about the
      // value, never that the key is unknown.
      const auto errs = load_errors(op + ",\"" + std::string(field) + "\":{\"x-\":1}}");
      EXPECT_FALSE(any_contains(errs, "unknown key")) << info.name << "." << field;
    }
    EXPECT_TRUE(any_contains(load_errors(op + R"(,"bogus":1})"), "unknown key \"bogus\""))
        << info.name;
    // "expect" belongs to system calls, which return something.
    EXPECT_EQ(any_contains(load_errors(op + R"(,"expect":{}})"), "\"expect\" is not allowed"),
              !info.syscall())
        << info.name;
  }
  for (const char* unknown : {"forc", "getpid", "Fork", "execve", "nanosleep"})
    EXPECT_TRUE(
        any_contains(load_errors(std::string(R"({"op":")") + unknown + "\"}"), "unknown operation"))
        << unknown;
}

TEST(SyscallTable, AnOpLoadsAsItsKindAndNormalizesToItsName) {
  auto sc = scenario_from(program_doc(R"({"op":"kevent"},{"op":"compute","ticks":2})"));
  ASSERT_TRUE(sc);
  ASSERT_EQ(sc->ops.size(), 2u);
  EXPECT_EQ(sc->ops[0].kind, OpKind::Kevent);
  EXPECT_EQ(sc->normalized["processes"][0]["program"][0]["op"], "kevent");
  EXPECT_EQ(op_summary(*sc, sc->ops[0]), "kevent");
  EXPECT_EQ(op_summary(*sc, sc->ops[1]), "compute 2 ticks");
}

// In every bundled scenario, a system call's first kernel step is the entry
// step of its row: the table is what the engine runs.
TEST(SyscallTable, EverySyscallEntersTheKernelAtItsRowsEntryStep) {
  std::vector<int> entry_of(SYSCALL_COUNT, -1);
  for (const OpInfo* info : rows())
    if (info->syscall()) entry_of[static_cast<size_t>(info->sys)] = info->entry;
  std::set<int> seen;
  namespace stdfs = std::filesystem;
  for (const auto& file : stdfs::directory_iterator(source_path("scenarios"))) {
    if (file.path().extension() != ".json") continue;
    ScenarioLoad load = load_scenario_file(file.path().string());
    ASSERT_TRUE(load.scenario) << file.path();
    const Trace t = run_scenario(std::make_shared<const Scenario>(std::move(*load.scenario))).trace;
    // Which LWP each CPU runs, from the scheduler's switch events: a process
    // may have several LWPs, so the next step of the same pid is not enough.
    std::vector<int32_t> running;
    auto follow = [&running](const Event& x) {
      if (x.kind != EventKind::Sched || x.cpu < 0) return;
      if (running.size() <= static_cast<size_t>(x.cpu)) running.resize(x.cpu + 1u, -1);
      if (x.action == static_cast<uint8_t>(SchedAction::Switch)) running[x.cpu] = x.b;
      if (x.action == static_cast<uint8_t>(SchedAction::Idle)) running[x.cpu] = -1;
    };
    auto lwp_on = [&running](int cpu) {
      return cpu >= 0 && static_cast<size_t>(cpu) < running.size() ? running[cpu] : -1;
    };
    for (size_t i = 0; i < t.events.size(); ++i) {
      const Event& e = t.events[i];
      follow(e);
      if (e.kind != EventKind::Syscall || e.action != static_cast<uint8_t>(SyscallPhase::Enter))
        continue;
      const int32_t lid = lwp_on(e.cpu);
      int next = -1;
      const std::vector<int32_t> saved = running;
      for (size_t j = i + 1; j < t.events.size() && next < 0; ++j) {
        follow(t.events[j]);
        if (t.events[j].kind == EventKind::Step && lwp_on(t.events[j].cpu) == lid)
          next = static_cast<int>(j);
      }
      running = saved;
      ASSERT_GE(next, 0) << file.path() << ": " << syscall_name(e.a);
      EXPECT_EQ(step_info(t.events[static_cast<size_t>(next)].a).label,
                step_info(entry_of[static_cast<size_t>(e.a)]).label)
          << file.path() << ": " << syscall_name(e.a);
      seen.insert(e.a);
    }
  }
  EXPECT_GE(seen.size(), 10u); // the bundled scenarios use most of the table
}

} // namespace
} // namespace fs::test
