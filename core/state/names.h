// SPDX-License-Identifier: GPL-3.0-or-later
// Names of NetBSD constants as scenarios and traces spell them.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/state/constants.h"
#include "core/state/kstate.h"

namespace fs {

std::optional<int> signal_by_name(std::string_view name); // "SIGCHLD" -> 20
std::string signal_name(int sig);                         // 20 -> "SIGCHLD", 0 -> "0"
std::optional<int> errno_by_name(std::string_view name);  // "EAGAIN" -> 35
std::string errno_name(int err);                          // 35 -> "EAGAIN", 0 -> ""
std::optional<int> clone_flag_by_name(std::string_view name);
std::optional<int> ptrace_event_by_name(std::string_view name); // "PTRACE_FORK" -> 0x1
std::string ptrace_event_name(int ev);                          // 0 -> "0"
std::optional<int> wait_option_by_name(std::string_view name);
std::optional<uint32_t> note_by_name(std::string_view name);
std::string note_names(uint32_t fflags); // "NOTE_FORK|NOTE_TRACKERR", "0" for none

const char* proc_stat_name(ProcStat s); // "SACTIVE"
const char* lwp_stat_name(LwpStat s);   // "LSONPROC"
const char* si_code_name(int code);     // "TRAP_CHLD"

} // namespace fs
