// SPDX-License-Identifier: GPL-3.0-or-later
// NetBSD constants the model uses, with the values of the real headers
// (sys/proc.h, sys/signal.h, sys/ptrace.h, sys/wait.h, sys/sched.h).
// Names that the host's C library defines as macros (signals, errno values,
// wait options, CLONE_*, TRAP_*) carry an NB_ prefix: NetBSD's numbering is
// not the host's (SIGCHLD is 20 on NetBSD, 17 on Linux), and a macro would
// silently replace our constant. Scenario files and traces spell the plain
// names ("SIGCHLD"); names.h translates.
#pragma once
#include <cstdint>

namespace fs {

// fork1() flags (sys/proc.h)
inline constexpr int FORK_PPWAIT = 0x01;
inline constexpr int FORK_SHAREVM = 0x02;
inline constexpr int FORK_SHARECWD = 0x04;
inline constexpr int FORK_SHAREFILES = 0x08;
inline constexpr int FORK_SHARESIGS = 0x10;
inline constexpr int FORK_NOWAIT = 0x20;
inline constexpr int FORK_CLEANFILES = 0x40;
inline constexpr int FORK_SYSTEM = 0x80;

// __clone() flags (sys/sched.h)
inline constexpr int NB_CLONE_CSIGNAL = 0xff;
inline constexpr int NB_CLONE_VM = 0x100;
inline constexpr int NB_CLONE_FS = 0x200;
inline constexpr int NB_CLONE_FILES = 0x400;
inline constexpr int NB_CLONE_SIGHAND = 0x800;
inline constexpr int NB_CLONE_PTRACE = 0x2000;
inline constexpr int NB_CLONE_VFORK = 0x4000;

// p_stat
enum class ProcStat : uint8_t {
  SIDL = 1,
  SACTIVE = 2,
  SDYING = 3,
  SSTOP = 4,
  SZOMB = 5,
  SDEAD = 6
};

// l_stat
enum class LwpStat : uint8_t {
  LSIDL = 1,
  LSRUN = 2,
  LSSLEEP = 3,
  LSSTOP = 4,
  LSZOMB = 5,
  LSONPROC = 7
};

// p_flag (PK_*)
inline constexpr uint32_t PK_SYSTEM = 0x00000002;
inline constexpr uint32_t PK_SUGID = 0x00000100;
inline constexpr uint32_t PK_NOCLDWAIT = 0x00020000;
inline constexpr uint32_t PK_32 = 0x00040000;
inline constexpr uint32_t PK_CLDSIGIGN = 0x00080000;

// p_sflag (PS_*)
inline constexpr uint32_t PS_NOCLDSTOP = 0x00000008;
inline constexpr uint32_t PS_WEXIT = 0x00100000;
inline constexpr uint32_t PS_STOPFORK = 0x00800000;
inline constexpr uint32_t PS_STOPEXEC = 0x01000000;
// A stop signal has been taken and the process is on its way to SSTOP (set
// when issignal takes the signal, cleared by the stop or by a SIGCONT).
inline constexpr uint32_t PS_STOPPING = 0x80000000;

// p_slflag (PSL_*)
inline constexpr uint32_t PSL_TRACEFORK = 0x00000001;
inline constexpr uint32_t PSL_TRACEVFORK = 0x00000002;
inline constexpr uint32_t PSL_TRACEVFORK_DONE = 0x00000004;
inline constexpr uint32_t PSL_TRACELWP_CREATE = 0x00000008;
inline constexpr uint32_t PSL_TRACELWP_EXIT = 0x00000010;
inline constexpr uint32_t PSL_TRACEPOSIX_SPAWN = 0x00000020;
inline constexpr uint32_t PSL_TRACED = 0x00000800;
inline constexpr uint32_t PSL_TRACEDCHILD = 0x00001000;
inline constexpr uint32_t PSL_CHTRACED = 0x00400000;

// p_lflag (PL_*)
inline constexpr uint32_t PL_CONTROLT = 0x00000002;
inline constexpr uint32_t PL_PPWAIT = 0x00000010;

// ptrace event mask bits (PT_SET_EVENT_MASK)
inline constexpr int PTRACE_FORK = 0x0001;
inline constexpr int PTRACE_VFORK = 0x0002;
inline constexpr int PTRACE_VFORK_DONE = 0x0004;
inline constexpr int PTRACE_LWP_CREATE = 0x0008;
inline constexpr int PTRACE_LWP_EXIT = 0x0010;
inline constexpr int PTRACE_POSIX_SPAWN = 0x0020;

// signals (NetBSD numbering)
inline constexpr int NB_SIGHUP = 1, NB_SIGINT = 2, NB_SIGQUIT = 3, NB_SIGILL = 4, NB_SIGTRAP = 5,
                     NB_SIGABRT = 6, NB_SIGKILL = 9, NB_SIGSEGV = 11, NB_SIGPIPE = 13,
                     NB_SIGALRM = 14, NB_SIGTERM = 15, NB_SIGSTOP = 17, NB_SIGTSTP = 18,
                     NB_SIGCONT = 19, NB_SIGCHLD = 20, NB_SIGTTIN = 21, NB_SIGTTOU = 22,
                     NB_SIGUSR1 = 30, NB_SIGUSR2 = 31;
inline constexpr int NSIG_ = 64; // _NSIG

// si_code for NB_SIGTRAP
inline constexpr int NB_TRAP_EXEC = 3, NB_TRAP_CHLD = 4, NB_TRAP_LWP = 5;

// wait options
inline constexpr int NB_WNOHANG = 0x1, NB_WUNTRACED = 0x2, NB_WALTSIG = 0x4, NB_WALLSIG = 0x8,
                     NB_WEXITED = 0x20, NB_WTRAPPED = 0x40;

// kqueue EVFILT_PROC fflags
inline constexpr uint32_t NOTE_EXIT = 0x80000000u, NOTE_FORK = 0x40000000u, NOTE_EXEC = 0x20000000u,
                          NOTE_TRACK = 0x00000001u, NOTE_TRACKERR = 0x00000002u,
                          NOTE_CHILD = 0x00000004u;

// ktrace
inline constexpr uint32_t KTRFAC_INHERIT = 0x40000000u;

// errno values (NetBSD numbering); 0 = success
enum Errno : int {
  OK = 0,
  NB_EPERM = 1,
  NB_ENOENT = 2,
  NB_ESRCH = 3,
  NB_EINTR = 4,
  NB_E2BIG = 7,
  NB_ENOEXEC = 8,
  NB_ECHILD = 10,
  NB_EDEADLK = 11,
  NB_ENOMEM = 12,
  NB_EACCES = 13,
  NB_EFAULT = 14,
  NB_EBUSY = 16,
  NB_EINVAL = 22,
  NB_EAGAIN = 35
};

inline constexpr int PID_MAX = 30000;
inline constexpr int NO_PID = -1;

} // namespace fs
