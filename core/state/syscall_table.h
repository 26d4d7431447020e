// SPDX-License-Identifier: GPL-3.0-or-later
// What the engine generates from core/state/syscalls.def: the scenario ops
// (OpKind), the system calls traces name (SyscallId), the kernel routines a
// frame runs (Routine), and per op its names, entry step and flags. Adding a
// system call is a row there, its steps and its step function
// (docs/adding-a-syscall.md); nothing else lists them.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace fs {

enum class OpKind : uint8_t {
#define FS_SYSCALL(kind, op, sys, sysname, routine, entry, flags, ...) kind,
#define FS_USER_OP(kind, op, ...) kind,
#include "core/state/syscalls.def"
};

// Trace events store the id (Event::a of a Syscall event); trace files spell
// the name, so the values are free to change.
enum SyscallId : int {
#define FS_SYSCALL(kind, op, sys, sysname, routine, entry, flags, ...) SYS_##sys,
#include "core/state/syscalls.def"
  SYSCALL_COUNT
};

enum class Routine : uint8_t {
  None,
#define FS_ROUTINE(routine, step_fn) routine,
#define FS_ROUTINE_SHARED(routine, step_fn) routine,
#include "core/state/syscalls.def"
};

// Op flags (OpInfo::flags).
enum : unsigned {
  OPF_NONE = 0,
  // Makes a process through fork1(): fork, vfork, __vfork14, __clone.
  OPF_FORK = 1u << 0,
  // May signal, stop or trace another process, so another CPU's user-mode
  // step is never independent of it (explore_local.cpp).
  OPF_SIGNALS = 1u << 1,
};

struct OpInfo {
  OpKind kind;
  const char* name;                       // the scenario's "op": "fork", "vfork14", ...
  int sys;                                // SyscallId; -1 for an op that stays in user mode
  Routine routine;                        // pushed when the system call enters the kernel
  int entry;                              // StepId the routine starts at; -1 without a system call
  unsigned flags;                         // OPF_*
  std::array<std::string_view, 5> fields; // keys besides "op", "note", "expect"; "" = none
  bool syscall() const { return sys >= 0; } // returns something: "expect" is allowed
};

// How many ops there are (OpKind values 0..kOpCount-1).
inline constexpr int kOpCount = 0
#define FS_SYSCALL(kind, op, sys, sysname, routine, entry, flags, ...) +1
#define FS_USER_OP(kind, op, ...) +1
#include "core/state/syscalls.def"
    ;

// The row of an op. (The table lives in syscall_names.cpp: moc, which reads
// the UI's headers, cannot parse the step table that the entry steps need.)
const OpInfo& op_info(OpKind k);
// The row of a scenario op name; nullptr when there is none.
const OpInfo* find_op(std::string_view name);

inline bool is_fork_family(OpKind k) { return (op_info(k).flags & OPF_FORK) != 0; }
// The same for a SyscallId (a trace's Syscall event).
bool is_fork_syscall(int sys);

} // namespace fs
