// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/syscall_names.h"

#include <array>

namespace fs {
namespace {

// Indexed by SyscallId: keep the two in the same order.
constexpr std::array<const char*, SYSCALL_COUNT> kSyscallNames{
    "fork",   "vfork",  "__vfork14", "__clone",   "execve",    "exit",
    "wait6",  "kill",   "ptrace",    "setrlimit", "setuid",    "seteuid",
    "sysctl", "ktrace", "kqueue",    "kevent",    "nanosleep", "raise",
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

} // namespace fs
