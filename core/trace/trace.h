// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded run: packed events plus the side tables they index. The JSON
// form (trace format v1) is produced by trace_writer.h and read back by
// trace_reader.h.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/state/event.h"
#include "core/state/tick_index.h"
#include "core/support/pod_vector.h"

namespace fs {

// The most steps a recorded run holds: the step index costs 4 bytes a step and
// the events about 15 more, so this keeps a trace (and the reader's copy of
// it) near 1 GB. A recorded run stops here with result "step_limit".
inline constexpr uint64_t kMaxTraceSteps = 50000000;

class StringTable {
public:
  int intern(std::string_view s);
  const std::string& at(int id) const { return strings_[static_cast<size_t>(id)]; }
  int size() const { return static_cast<int>(strings_.size()); }
  size_t bytes() const;

private:
  // An open-addressing index into strings_ (a power of two, at most half full),
  // each slot holding the string's hash beside its id, so that a probe rarely
  // compares a string and growing never hashes again. A fork storm interns two
  // new names per fork (its p_lock and lwp_lock): a node-based map spent about
  // half a microsecond on each, allocating and missing the cache.
  struct Slot {
    uint32_t hash = 0;
    int32_t id = -1; // -1 = empty
  };
  void grow();
  std::vector<std::string> strings_;
  std::vector<Slot> slots_;
};

enum class WaitStatusKind : uint8_t { None, Exited, Stopped, Signaled };

// Plain data, so that the table is a PodVector that grows without faulting in
// a copy of itself: a fork storm records three of these per fork.
struct SyscallDetail {
  int error = 0; // errno, 0 = success
  WaitStatusKind status_kind = WaitStatusKind::None;
  int status_value = 0;
  int args_id = -1; // the arguments in Trace::syscall_args, -1 = none ("{}")
};

struct PtraceDetail {
  int signal = 0;
  int code = 0;         // si_code (NB_TRAP_CHLD, NB_TRAP_EXEC)
  int report_event = 0; // PTRACE_FORK, PTRACE_VFORK, PTRACE_VFORK_DONE, 0
  int other_pid = 0;
};

struct ProcessSummary {
  int pid = 0;
  std::string name;
  std::string state; // "SACTIVE", "SZOMB", ...
  int ppid = 0;
};

struct ExpectationFailure {
  std::string op_path;
  std::string message;
};

struct Outcome {
  std::string result = "completed"; // completed | deadlock | step_limit
  uint64_t steps = 0;
  uint64_t ticks = 0;
  int expectations_passed = 0;
  int expectations_failed = 0;
  std::vector<ExpectationFailure> failures;
  int final_nprocs = 0;
  std::vector<ProcessSummary> final_processes;
  // fork-family system calls by result: "success", "EAGAIN", "ENOMEM", "EINVAL"
  std::vector<std::pair<std::string, int>> forks_by_result;
};

struct Trace {
  PodVector<Event> events;
  // step_first_event[k]: seq of the first event recorded at or after step k began.
  PodVector<uint32_t> step_first_event;
  // step_cpu[k]: the CPU that ran step k, -1 when unknown (a trace read from
  // a file without "step_cpus" knows only the CPUs of steps that recorded a
  // step or lock event). A spin retry records no event, so this is the only
  // place its CPU is kept.
  PodVector<int8_t> step_cpu;
  // The tick of every step, sparse (idle ticks cost nothing).
  TickIndex ticks;
  StringTable strings;
  PodVector<SyscallDetail> syscall_details;
  // The argument objects of system calls (compact JSON), each distinct one
  // once: most calls repeat a few ({"status":0}, {"pid":-1,"options":0}).
  StringTable syscall_args;
  std::vector<PtraceDetail> ptrace_details;
  // The acting LWP of each event whose lid is not its pid - an event of a
  // process's second LWP (lwp_create) - as (event index, lid), in event
  // order. Every other event's LWP is its process's first (lid == pid), so a
  // trace of single-threaded processes keeps this empty and Event at 20 bytes.
  std::vector<std::pair<uint32_t, int32_t>> event_lids;

  nlohmann::ordered_json scenario; // as run, defaults filled in
  std::string generator;           // the program that recorded it, named by the front end
  Outcome outcome;

  // The side-table entry of a syscall or ptrace event, nullptr when its
  // index is out of range (a trace from elsewhere).
  const SyscallDetail* syscall_detail(const Event& e) const {
    const int i = e.syscall_detail();
    return i >= 0 && static_cast<size_t>(i) < syscall_details.size()
               ? &syscall_details[static_cast<size_t>(i)]
               : nullptr;
  }
  // The arguments of a detail as a compact JSON object, "{}" when it has none.
  const std::string& args_of(const SyscallDetail& d) const;
  // Appends a detail with the arguments `args` (compact JSON) and returns its
  // index, the `c` of its event.
  int32_t add_syscall_detail(SyscallDetail d, std::string_view args);
  const PtraceDetail* ptrace_detail(const Event& e) const {
    const int i = e.ptrace_detail();
    return i >= 0 && static_cast<size_t>(i) < ptrace_details.size()
               ? &ptrace_details[static_cast<size_t>(i)]
               : nullptr;
  }

  // The LWP that acts in event `seq` (its lid), -1 when no process acts.
  int32_t lid_of_event(uint32_t seq) const;
  uint64_t step_of_event(uint32_t seq) const;
  uint64_t tick_of_step(uint64_t step) const;
  uint64_t tick_of_event(uint32_t seq) const { return tick_of_step(step_of_event(seq)); }
  size_t memory_bytes() const;
  // Gives back the growth slack of the recording buffers once a run is over.
  void shrink_to_fit() {
    events.shrink_to_fit();
    step_first_event.shrink_to_fit();
    step_cpu.shrink_to_fit();
    ticks.shrink_to_fit();
    syscall_details.shrink_to_fit();
    ptrace_details.shrink_to_fit();
    event_lids.shrink_to_fit();
  }
};

// Walks the events in order and keeps the step and tick of the current one:
// step_of_event / tick_of_step without a search per event.
class EventClock {
public:
  explicit EventClock(const Trace& t) : t_(t) {}
  void advance_to(uint32_t seq) {
    const auto& sfe = t_.step_first_event;
    const TickIndex& ti = t_.ticks;
    while (step_ + 1 < sfe.size() && sfe[step_ + 1] <= seq) ++step_;
    while (entry_ + 1 < ti.size() && ti.entry(entry_ + 1).first_step <= step_) ++entry_;
  }
  uint64_t step() const { return step_; }
  uint64_t tick() const { return t_.ticks.empty() ? 0 : t_.ticks.entry(entry_).tick; }

private:
  const Trace& t_;
  uint64_t step_ = 0;
  size_t entry_ = 0;
};

} // namespace fs
