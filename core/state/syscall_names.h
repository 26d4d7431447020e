// SPDX-License-Identifier: GPL-3.0-or-later
// The system calls the engine models, by id (SyscallId, generated from
// core/state/syscalls.def). Trace events store the id (Event::a of a Syscall
// event); the trace JSON spells the name.
#pragma once
#include <string_view>

#include "core/state/syscall_table.h"

namespace fs {

// "fork", "__vfork14", ...; nullptr when id is not a SyscallId.
const char* syscall_name(int id);
// The id of a name, -1 when unknown.
int syscall_id(std::string_view name);

} // namespace fs
