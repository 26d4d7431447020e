// SPDX-License-Identifier: GPL-3.0-or-later
// A loaded, validated scenario (format v1, ../shared/spec/scenario-format.md).
// Programs are compiled into flat op lists addressed by index so that a
// process's program counter is two integers and the machine state stays
// plain, copyable data.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/scenario/challenge_spec.h"
#include "core/state/syscall_table.h"

namespace fs {

// OpKind: core/state/syscall_table.h (generated from core/state/syscalls.def).

enum class PtraceReq : uint8_t {
  TraceMe,
  Attach,
  Detach,
  Continue,
  Kill,
  SetEventMask,
  GetEventMask,
  GetProcessState,
  SetSigpass
};

enum class SysctlName : uint8_t { KernMaxproc, KernForkfsleep, ProcStopfork, ProcStopexec };

enum class ScheduleKind : uint8_t { RoundRobin, Random, Script };

// A reference to a process in an operation: a name resolved at run time, a
// literal pid, "any" (wait), or absent (self).
struct ProcRef {
  enum class Kind : uint8_t { Self, Name, Pid, Any } kind = Kind::Self;
  std::string name; // Kind::Name
  int pid = 0;      // Kind::Pid
};

// What an operation's "expect" asks for; unset members are not checked.
struct Expect {
  bool has_errno = false;
  int errno_value = 0; // 0 = success ("errno": null)
  std::optional<ProcRef> pid;
  enum class StatusKind : uint8_t {
    None,
    Exited,
    Stopped,
    Signaled
  } status_kind = StatusKind::None;
  int status_value = 0;            // exit code or signal number
  std::optional<int> report_event; // PTRACE_FORK... or 0
  std::optional<ProcRef> other_pid;
  std::optional<int> events;      // PT_GET_EVENT_MASK result
  std::optional<uint32_t> fflags; // kevent: the NOTE_* flags of the event collected
  std::optional<int> lwps;        // the caller's process's live LWPs after the call returns
  bool any() const {
    return has_errno || pid || status_kind != StatusKind::None || report_event || other_pid ||
           events || fflags || lwps;
  }
};

struct Op {
  OpKind kind = OpKind::Compute;
  std::string path; // JSON pointer of the op in the scenario, e.g. /processes/0/program/2
  std::string note;
  Expect expect;
  bool has_expect = false;

  std::string name;    // fork/vfork/vfork14/clone: child name ("" = default); lwp_create: LWP name
  int child = -1;      // fork*/clone: op list of the child; exec: list of the new image;
                       // lwp_create: the new LWP's program
  int body = -1;       // repeat: op list of the body
  int count = 0;       // repeat count; compute/sleep ticks
  int clone_flags = 0; // clone: CLONE_* bits plus the exit signal in the low 8 bits
  std::string exec_path;
  int exec_fail = 0; // exec: errno to fail early with, 0 = succeed
  int status = 0;    // exit
  ProcRef target;    // wait/kill/ptrace/sysctl proc.*/ktrace/kqueue
  int wait_options = 0;
  int signal = 0; // raise/kill/ptrace continue signal
  PtraceReq request = PtraceReq::TraceMe;
  int events = 0;      // PT_SET_EVENT_MASK
  uint64_t sigset = 0; // PT_SET_SIGPASS, bit (s-1) for signal s
  int64_t rlim_cur = 0, rlim_max = 0;
  int uid = 0; // setuid/seteuid
  SysctlName sysctl = SysctlName::KernMaxproc;
  int64_t value = 0;   // sysctl value
  bool inherit = true; // ktrace
  uint32_t fflags = 0; // kqueue
};

struct OpList {
  std::vector<int> ops; // indices into Scenario::ops
  std::string path;     // JSON pointer of the array
};

struct ProcessSpec {
  std::string name;
  int uid = 1000;
  int euid = 1000;
  int svuid = 1000; // saved set-user-ID: euid unless the scenario gives one
  int64_t rlimit_nproc = 160;
  bool stopfork = false;
  bool ktrace_inherit = false;
  int program = -1; // op list
};

// The largest machine.max_ticks: ticks stay exact in JSON readers that use
// doubles (Perfetto, browsers).
inline constexpr int64_t kMaxTicksLimit = int64_t{1} << 53;

struct MachineConfig {
  int cpus = 2;
  int maxproc = 1044;
  int64_t maxuprc = 160;
  bool pid_sequential = false; // "pid_alloc": "sequential"
  std::optional<int> uarea_limit;
  int forkfsleep_ms = 0;
  int hz = 100;
  uint64_t seed = 0;
  ScheduleKind schedule = ScheduleKind::RoundRobin;
  std::vector<int> script;                             // schedule.script
  ScheduleKind script_then = ScheduleKind::RoundRobin; // schedule.then
  uint64_t max_steps = 10000000;
  // Simulated time budget. Idle time is skipped in one jump, so a run that
  // sleeps for years costs no steps; this bound ends it (result "tick_limit").
  // 10^10 ticks is about 3 years at hz = 100.
  uint64_t max_ticks = 10000000000;
  // Extensions (documented in docs/scenario-extensions.md)
  int quantum = 10;                       // steps an LWP may run before it can be preempted
  bool inject_proc_alloc_failure = false; // makes proc_alloc() fail once (L309-319)
  // Kernel preemption at the end of a quantum. NetBSD's default
  // (kern.sched.kpreempt_pri above every time-sharing priority) preempts a
  // time-sharing LWP only on its way back to user mode; true models a kernel
  // whose kpreempt_pri was lowered, so an LWP can lose its CPU holding a lock.
  bool kpreempt = false;
};

struct Scenario {
  std::string file; // where it was loaded from, for messages
  std::string title;
  std::string description;
  std::vector<std::string> tags;
  MachineConfig machine;
  std::string expect_outcome = "completed";
  std::vector<ProcessSpec> processes;
  std::vector<Op> ops;
  std::vector<OpList> lists;
  // Extension: a scheduler challenge (docs/scenario-extensions.md), absent in most files.
  std::optional<Challenge> challenge;
  // Extension: "explore": {"expectations": "some_schedule"} - the expectations
  // and expect_outcome hold on some schedules only; the explorer checks that
  // one schedule meets them instead of requiring every schedule to.
  bool expectations_some_schedule = false;
  // The scenario as run, every default filled in (what a trace records).
  nlohmann::ordered_json normalized;
};

} // namespace fs
