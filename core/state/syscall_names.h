// SPDX-License-Identifier: GPL-3.0-or-later
// The system calls the engine models, by id. Trace events store the id
// (Event::a of a Syscall event); the trace JSON spells the name.
#pragma once
#include <string_view>

namespace fs {

enum SyscallId : int {
  SYS_FORK,
  SYS_VFORK,
  SYS_VFORK14,
  SYS_CLONE,
  SYS_EXECVE,
  SYS_EXIT,
  SYS_WAIT6,
  SYS_KILL,
  SYS_PTRACE,
  SYS_SETRLIMIT,
  SYS_SETUID,
  SYS_SETEUID,
  SYS_SYSCTL,
  SYS_KTRACE,
  SYS_KQUEUE,
  SYS_KEVENT,
  SYS_NANOSLEEP,
  SYS_RAISE,
  SYSCALL_COUNT
};

// "fork", "__vfork14", ...; nullptr when id is not a SyscallId.
const char* syscall_name(int id);
// The id of a name, -1 when unknown.
int syscall_id(std::string_view name);

} // namespace fs
