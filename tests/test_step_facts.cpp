// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's own facts about a run (core/trace/step_facts.h), which the views ask
// for instead of working them out: the CPU of every step (spin retries
// included, which record no event), user, kernel or spin work, which lock a
// CPU spins on, and the child a fork1() is building and how far it has got.
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "core/scenario/scenario_loader.h"
#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/timeline.h"
#include "core/trace/step_facts.h"
#include "core/trace/trace_io.h"
#include "support/test_support.h"

namespace fs::test {
namespace {

std::unique_ptr<Timeline> record_bundled(const std::string& name) {
  const std::string path = source_path("scenarios/" + name + ".json");
  auto sc = scenario_from(slurp(path), path);
  if (!sc) return nullptr;
  return std::make_unique<Timeline>(sc, Timeline::Progress{}, 64, "forkscope-test 0");
}

// The mutex slot named `name` in `s`, -1 when none.
int32_t mutex_named(const KernelState& s, const std::string& name) {
  for (size_t m = 0; m < s.mutexes.size(); ++m)
    if (s.mutexes[m].refcnt > 0 && mutex_name(s, static_cast<int32_t>(m)) == name)
      return static_cast<int32_t>(m);
  return -1;
}

TEST(StepFacts, UserStepsAreTheUserStepTable) {
  EXPECT_TRUE(is_user_step(USER_COMPUTE));
  EXPECT_TRUE(is_user_step(USER_SYSCALL));
  EXPECT_FALSE(is_user_step(FORK1_PROC_ALLOC));
  EXPECT_FALSE(is_user_step(-1));
  // The table, not a naming convention, decides; today the two agree.
  for (int id = 0; id < step_count(); ++id)
    EXPECT_EQ(is_user_step(id), std::string_view(step_info(id).label).starts_with("user."))
        << step_info(id).label;
}

TEST(StepFacts, EveryStepOfARunRecordsItsCpu) {
  auto tl = record_bundled("proc-lock-spin");
  ASSERT_TRUE(tl);
  const Trace& t = tl->trace();
  ASSERT_EQ(t.step_cpu.size(), tl->total_steps());
  ASSERT_EQ(t.step_first_event.size(), tl->total_steps());
  size_t retries = 0;
  for (uint64_t k = 0; k < tl->total_steps(); ++k) {
    const int cpu = step_cpu(t, k);
    ASSERT_TRUE(cpu == 0 || cpu == 1) << "step " << k;
    // The step's own step event was executed by that CPU.
    const auto [first, last] = tl->events_of_step(k + 1);
    bool stepped = false;
    for (uint32_t i = first; i < last; ++i)
      if (t.events[i].kind == EventKind::Step) {
        EXPECT_EQ(t.events[i].cpu, cpu) << "step " << k;
        stepped = true;
        break;
      }
    if (stepped) continue;
    // A step with no step event is a spin retry: before it, that CPU's LWP
    // was spinning, and the facts call it a spin on that CPU.
    ++retries;
    const KernelState before = tl->state_at(k);
    EXPECT_GE(spinning_cpus(before)[static_cast<size_t>(cpu)], 0) << "step " << k;
    const StepFact f = step_fact(t, k);
    EXPECT_EQ(f.cpu, cpu);
    // A retry that finds the lock free takes it (an acquire event): kernel
    // work again. Any other is a spin.
    bool acquired = false;
    for (uint32_t i = first; i < last; ++i)
      acquired |= t.events[i].kind == EventKind::Lock &&
                  t.events[i].pid == before.cpus[static_cast<size_t>(cpu)].cur &&
                  t.events[i].lock_action() == LockAction::Acquire;
    EXPECT_EQ(f.mode, acquired ? StepMode::Kernel : StepMode::Spin) << "step " << k;
  }
  EXPECT_GT(retries, 0u) << "the scenario should make a CPU retry a spin";
}

// proc-lock-spin: a (pid 2, CPU 0) and b (pid 3, CPU 1) fork at once and
// meet at proc_lock (L511). a takes it; b spins from step 72 while a holds it
// and runs; later a's next fork spins on it in turn.
TEST(StepFacts, ProcLockSpinCpu1SpinsOnProcLock) {
  auto tl = record_bundled("proc-lock-spin");
  ASSERT_TRUE(tl);
  EXPECT_EQ(spinning_cpus(tl->state_at(71)), (std::vector<int32_t>{-1, -1}));
  const KernelState s = tl->state_at(72);
  const int32_t proc_lock = mutex_named(s, "proc_lock");
  ASSERT_GE(proc_lock, 0);
  EXPECT_EQ(spinning_cpus(s), (std::vector<int32_t>{-1, proc_lock}));
  EXPECT_EQ(s.cpus[1].cur, 3);
  EXPECT_EQ(spin_mutex_of(s, 3), proc_lock);
  EXPECT_EQ(spin_mutex_of(s, 2), -1);
  // It spins because the owner runs: a holds proc_lock on CPU 0.
  EXPECT_EQ(s.mutexes[static_cast<size_t>(proc_lock)].owner, 2);
  EXPECT_EQ(s.cpus[0].cur, 2);
  EXPECT_EQ(spinning_cpus(tl->state_at(115)), (std::vector<int32_t>{-1, proc_lock}));
  EXPECT_EQ(spinning_cpus(tl->state_at(116)), (std::vector<int32_t>{-1, -1}));
  // Then the other way round: CPU 0 spins.
  const KernelState later = tl->state_at(121);
  EXPECT_EQ(spinning_cpus(later), (std::vector<int32_t>{mutex_named(later, "proc_lock"), -1}));
  EXPECT_EQ(later.cpus[0].cur, 2);
}

// first-fork: init's child sh (pid 2) forks pid 3; fork1 allocates it at
// step 12 and makes it runnable at step 52.
TEST(StepFacts, FirstForkBuildsTheChild) {
  auto tl = record_bundled("first-fork");
  ASSERT_TRUE(tl);
  const KernelState before = tl->state_at(11);
  EXPECT_FALSE(build_of_child(before, 3));
  const KernelState s12 = tl->state_at(12);
  ASSERT_TRUE(s12.proc(3));
  EXPECT_EQ(s12.proc(3)->stat, ProcStat::SIDL);
  const std::optional<ChildBuild> b12 = build_of_child(s12, 3);
  ASSERT_TRUE(b12);
  EXPECT_EQ(b12->parent, 2);
  EXPECT_EQ(b12->child, 3);
  EXPECT_EQ(b12->stage, FORK1_ZERO_COPY); // proc_alloc done, the copy comes next
  EXPECT_GT(b12->progress, 0.0);
  // At step 37 the parent is about to take proc_lock to publish the child.
  const std::optional<ChildBuild> b37 = build_of_child(tl->state_at(37), 3);
  ASSERT_TRUE(b37);
  EXPECT_EQ(b37->stage, FORK1_PROC_LOCK_ENTER);
  EXPECT_GT(b37->progress, b12->progress);
  const std::optional<ChildBuild> b52 = build_of_child(tl->state_at(52), 3);
  ASSERT_TRUE(b52);
  EXPECT_EQ(b52->stage, FORK1_MAKE_RUNNABLE);
  EXPECT_DOUBLE_EQ(b52->progress, 1.0);
  // Made runnable: no longer being built.
  EXPECT_NE(tl->state_at(53).proc(3)->stat, ProcStat::SIDL);
  // The parent's view of the same build.
  const Proc* parent = s12.proc(2);
  ASSERT_TRUE(parent);
  const std::optional<ChildBuild> own = fork_build(*s12.first_lwp(*parent));
  ASSERT_TRUE(own);
  EXPECT_EQ(own->child, 3);
  EXPECT_FALSE(fork_build(*s12.lwp(1))); // init is not forking
}

// User work, kernel work and spins, as the timeline colours them.
TEST(StepFacts, StepModesOfARun) {
  auto tl = record_bundled("first-fork");
  ASSERT_TRUE(tl);
  const std::vector<StepFact> facts = step_facts(tl->trace());
  ASSERT_EQ(facts.size(), tl->total_steps());
  EXPECT_EQ(facts[11].mode, StepMode::Kernel); // step 12: fork1.proc_alloc
  size_t user = 0;
  for (uint64_t k = 0; k < facts.size(); ++k) {
    const auto [first, last] = tl->events_of_step(k + 1);
    for (uint32_t i = first; i < last; ++i)
      if (tl->trace().events[i].kind == EventKind::Step) {
        EXPECT_EQ(facts[k].mode == StepMode::User, is_user_step(tl->trace().events[i].step_id()))
            << "step " << k + 1;
        break;
      }
    user += facts[k].mode == StepMode::User;
  }
  EXPECT_GT(user, 0u);
}

// "step_cpus" survives a write and a read by every reader, byte for byte.
TEST(StepFacts, StepCpusRoundTripThroughEveryReader) {
  auto tl = record_bundled("proc-lock-spin");
  ASSERT_TRUE(tl);
  const std::string text = trace_to_string(tl->trace());
  ASSERT_NE(text.find("\n  \"step_cpus\": [\n\"01"), std::string::npos);
  EXPECT_TRUE(trace_reads_fast(text));
  const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                     ("step-cpus-" + std::to_string(::getpid()) + ".json");
  { std::ofstream(file, std::ios::binary) << text; }
  const TraceRead reads[] = {read_trace_text(text, "t.json"), read_trace_text_exact(text, "t.json"),
                             read_trace_file_stream_exact(file.string())};
  std::filesystem::remove(file);
  for (const TraceRead& r : reads) {
    ASSERT_TRUE(r.trace) << r.error->str();
    const Trace& back = *r.trace;
    ASSERT_EQ(back.step_cpu.size(), tl->trace().step_cpu.size());
    for (uint64_t k = 0; k < back.step_cpu.size(); ++k)
      ASSERT_EQ(step_cpu(back, k), step_cpu(tl->trace(), k)) << "step " << k;
    EXPECT_EQ(trace_to_string(back), text);
  }
}

// A trace without "step_cpus" (an older writer) still reads; each step's
// CPU then comes from its own step or lock event, and a spin retry's is unknown.
TEST(StepFacts, TraceWithoutStepCpusFallsBackToEvents) {
  auto tl = record_bundled("proc-lock-spin");
  ASSERT_TRUE(tl);
  Trace old = tl->trace();
  old.step_cpu.clear();
  const TraceRead r = read_trace_text(trace_to_string(old), "old.json");
  ASSERT_TRUE(r.trace) << r.error->str();
  EXPECT_TRUE(r.trace->step_cpu.empty());
  size_t known = 0, unknown = 0;
  for (uint64_t k = 0; k < tl->total_steps(); ++k) {
    const int cpu = step_cpu(*r.trace, k);
    if (cpu < 0) {
      ++unknown;
      EXPECT_EQ(step_fact(tl->trace(), k).mode, StepMode::Spin) << "step " << k;
    } else {
      ++known;
      EXPECT_EQ(cpu, step_cpu(tl->trace(), k)) << "step " << k;
    }
  }
  EXPECT_GT(known, 0u);
  EXPECT_GT(unknown, 0u);
}

TEST(StepFacts, BadStepCpusAreRefusedWithTheirPosition) {
  auto tl = record_bundled("first-fork");
  ASSERT_TRUE(tl);
  const std::string text = trace_to_string(tl->trace());
  const size_t at = text.find("\"step_cpus\": [\n\"") + 15;
  std::string bad = text;
  bad[at + 2] = '!';
  TraceRead r = read_trace_text(bad, "bad.json");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->json_path, "/step_cpus/0");
  EXPECT_NE(r.error->message.find("not a CPU digit: '!'"), std::string::npos) << r.error->str();
  // Shorter than the steps the events reach.
  std::string shorter = text;
  shorter.erase(at + 1, 1); // one step fewer
  r = read_trace_text(shorter, "short.json");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->json_path, "/step_cpus");
  EXPECT_NE(r.error->message.find("but the events reach step"), std::string::npos)
      << r.error->str();
}

} // namespace
} // namespace fs::test
