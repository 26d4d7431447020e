// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/names.h"

#include <array>
#include <utility>

namespace fs {
namespace {

template <typename T, size_t N>
std::optional<T> lookup(const std::array<std::pair<const char*, T>, N>& table,
                        std::string_view name) {
  for (const auto& [n, v] : table)
    if (name == n) return v;
  return std::nullopt;
}

const std::array<std::pair<const char*, int>, 19> kSignals{{
    {"SIGHUP", NB_SIGHUP},   {"SIGINT", NB_SIGINT},   {"SIGQUIT", NB_SIGQUIT},
    {"SIGILL", NB_SIGILL},   {"SIGTRAP", NB_SIGTRAP}, {"SIGABRT", NB_SIGABRT},
    {"SIGKILL", NB_SIGKILL}, {"SIGSEGV", NB_SIGSEGV}, {"SIGPIPE", NB_SIGPIPE},
    {"SIGALRM", NB_SIGALRM}, {"SIGTERM", NB_SIGTERM}, {"SIGSTOP", NB_SIGSTOP},
    {"SIGTSTP", NB_SIGTSTP}, {"SIGCONT", NB_SIGCONT}, {"SIGCHLD", NB_SIGCHLD},
    {"SIGTTIN", NB_SIGTTIN}, {"SIGTTOU", NB_SIGTTOU}, {"SIGUSR1", NB_SIGUSR1},
    {"SIGUSR2", NB_SIGUSR2},
}};

const std::array<std::pair<const char*, int>, 15> kErrnos{{
    {"EPERM", NB_EPERM},
    {"ENOENT", NB_ENOENT},
    {"ESRCH", NB_ESRCH},
    {"EINTR", NB_EINTR},
    {"E2BIG", NB_E2BIG},
    {"ENOEXEC", NB_ENOEXEC},
    {"ECHILD", NB_ECHILD},
    {"EDEADLK", NB_EDEADLK},
    {"ENOMEM", NB_ENOMEM},
    {"EACCES", NB_EACCES},
    {"EFAULT", NB_EFAULT},
    {"EBUSY", NB_EBUSY},
    {"EINVAL", NB_EINVAL},
    {"EAGAIN", NB_EAGAIN},
    {"EWOULDBLOCK", NB_EAGAIN},
}};

const std::array<std::pair<const char*, int>, 6> kCloneFlags{{
    {"CLONE_VM", NB_CLONE_VM},
    {"CLONE_FS", NB_CLONE_FS},
    {"CLONE_FILES", NB_CLONE_FILES},
    {"CLONE_SIGHAND", NB_CLONE_SIGHAND},
    {"CLONE_PTRACE", NB_CLONE_PTRACE},
    {"CLONE_VFORK", NB_CLONE_VFORK},
}};

const std::array<std::pair<const char*, int>, 6> kPtraceEvents{{
    {"PTRACE_FORK", PTRACE_FORK},
    {"PTRACE_VFORK", PTRACE_VFORK},
    {"PTRACE_VFORK_DONE", PTRACE_VFORK_DONE},
    {"PTRACE_LWP_CREATE", PTRACE_LWP_CREATE},
    {"PTRACE_LWP_EXIT", PTRACE_LWP_EXIT},
    {"PTRACE_POSIX_SPAWN", PTRACE_POSIX_SPAWN},
}};

const std::array<std::pair<const char*, int>, 6> kWaitOptions{{
    {"WNOHANG", NB_WNOHANG},
    {"WUNTRACED", NB_WUNTRACED},
    {"WALTSIG", NB_WALTSIG},
    {"WALLSIG", NB_WALLSIG},
    {"WEXITED", NB_WEXITED},
    {"WTRAPPED", NB_WTRAPPED},
}};

const std::array<std::pair<const char*, uint32_t>, 6> kNotes{{
    {"NOTE_FORK", NOTE_FORK},
    {"NOTE_TRACK", NOTE_TRACK},
    {"NOTE_EXIT", NOTE_EXIT},
    {"NOTE_EXEC", NOTE_EXEC},
    {"NOTE_CHILD", NOTE_CHILD},
    {"NOTE_TRACKERR", NOTE_TRACKERR},
}};

} // namespace

std::optional<int> signal_by_name(std::string_view name) { return lookup(kSignals, name); }
std::string note_names(uint32_t fflags) {
  std::string out;
  for (const auto& [n, v] : kNotes)
    if (fflags & v) out += (out.empty() ? "" : "|") + std::string(n), fflags &= ~v;
  if (fflags != 0) out += (out.empty() ? "" : "|") + std::to_string(fflags);
  return out.empty() ? "0" : out;
}
std::string signal_name(int sig) {
  for (const auto& [n, v] : kSignals)
    if (v == sig) return n;
  return std::to_string(sig);
}
std::optional<int> errno_by_name(std::string_view name) { return lookup(kErrnos, name); }
std::string errno_name(int err) {
  if (err == 0) return "";
  if (err == -1) return "ERESTART";
  for (const auto& [n, v] : kErrnos)
    if (v == err) return n;
  return std::to_string(err);
}
std::optional<int> clone_flag_by_name(std::string_view name) { return lookup(kCloneFlags, name); }
std::optional<int> ptrace_event_by_name(std::string_view name) {
  return lookup(kPtraceEvents, name);
}
std::string ptrace_event_name(int ev) {
  for (const auto& [n, v] : kPtraceEvents)
    if (v == ev) return n;
  return std::to_string(ev);
}
std::optional<int> wait_option_by_name(std::string_view name) { return lookup(kWaitOptions, name); }
std::optional<uint32_t> note_by_name(std::string_view name) { return lookup(kNotes, name); }

const char* proc_stat_name(ProcStat s) {
  switch (s) {
  case ProcStat::SIDL: return "SIDL";
  case ProcStat::SACTIVE: return "SACTIVE";
  case ProcStat::SDYING: return "SDYING";
  case ProcStat::SSTOP: return "SSTOP";
  case ProcStat::SZOMB: return "SZOMB";
  case ProcStat::SDEAD: return "SDEAD";
  }
  return "?";
}

const char* lwp_stat_name(LwpStat s) {
  switch (s) {
  case LwpStat::LSIDL: return "LSIDL";
  case LwpStat::LSRUN: return "LSRUN";
  case LwpStat::LSSLEEP: return "LSSLEEP";
  case LwpStat::LSSTOP: return "LSSTOP";
  case LwpStat::LSZOMB: return "LSZOMB";
  case LwpStat::LSONPROC: return "LSONPROC";
  }
  return "?";
}

const char* si_code_name(int code) {
  switch (code) {
  case NB_TRAP_EXEC: return "TRAP_EXEC";
  case NB_TRAP_CHLD: return "TRAP_CHLD";
  case NB_TRAP_LWP: return "TRAP_LWP";
  default: return "0";
  }
}

} // namespace fs
