// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/syscall_names.h"

#include "core/state/step_table.h"

namespace fs {
namespace {

// One row per op, in OpKind order (both come from the same rows).
constexpr std::array<OpInfo, kOpCount> kOpTable{{
#define FS_SYSCALL(kind, op, sys, sysname, routine, entry, flags, ...)                             \
  {OpKind::kind, op, SYS_##sys, Routine::routine, entry, flags, {__VA_ARGS__}},
#define FS_USER_OP(kind, op, ...)                                                                  \
  {OpKind::kind, op, -1, Routine::None, -1, OPF_NONE, {__VA_ARGS__}},
#include "core/state/syscalls.def"
}};

// Indexed by SyscallId: both come from the FS_SYSCALL rows, in their order.
constexpr std::array<const char*, SYSCALL_COUNT> kSyscallNames{
#define FS_SYSCALL(kind, op, sys, sysname, routine, entry, flags, ...) sysname,
#include "core/state/syscalls.def"
};

constexpr std::array<bool, SYSCALL_COUNT> kForkSyscalls{
#define FS_SYSCALL(kind, op, sys, sysname, routine, entry, flags, ...) ((flags)&OPF_FORK) != 0,
#include "core/state/syscalls.def"
};

} // namespace

const char* syscall_name(int id) {
  if (id < 0 || id >= SYSCALL_COUNT) return nullptr;
  return kSyscallNames[static_cast<size_t>(id)];
}

int syscall_id(std::string_view name) {
  for (int i = 0; i < SYSCALL_COUNT; ++i)
    if (name == kSyscallNames[static_cast<size_t>(i)]) return i;
  return -1;
}

bool is_fork_syscall(int sys) {
  return sys >= 0 && sys < SYSCALL_COUNT && kForkSyscalls[static_cast<size_t>(sys)];
}

const OpInfo& op_info(OpKind k) { return kOpTable[static_cast<size_t>(k)]; }

const OpInfo* find_op(std::string_view name) {
  for (const OpInfo& info : kOpTable)
    if (name == info.name) return &info;
  return nullptr;
}

} // namespace fs
