// SPDX-License-Identifier: GPL-3.0-or-later
// The whole simulated kernel as plain data addressed by ids: processes by pid,
// locks by slot, shared objects by slot. A KernelState copies cheaply, which is
// what makes keyframes (time travel) and "what changed in this step" diffs easy.
// Processes (by pid) and their LWPs (by lid) are separate, as in NetBSD.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "core/state/constants.h"
#include "core/state/name_log.h"
#include "core/state/pid_map.h"
#include "core/state/pid_table.h"
#include "core/state/syscall_table.h"

namespace fs {

using Pid = int32_t;
using Lid = int32_t;

enum class MutexKind : uint8_t { Adaptive, Spin };
enum class LockClass : uint8_t { ProcLock, PLock, KtraceLock, PStmutex, LwpLock };

struct Mutex {
  MutexKind kind = MutexKind::Adaptive;
  LockClass cls = LockClass::PLock;
  int32_t serial = 0; // stable id: "p_lock#<serial>"
  int32_t refcnt = 0; // mutex_obj_hold/free; 0 = free slot
  Lid owner = -1;
  std::vector<Lid> sleepers; // the turnstile, FIFO
};

// Objects a process shares or copies at fork, with reference counts.
enum class ObjKind : uint8_t { FileTable, Cwd, Limits, Sigacts, Vmspace, KtraceFile };
struct KObject {
  ObjKind kind = ObjKind::FileTable;
  int32_t serial = 0;
  int32_t refcnt = 0;                   // 0 = free slot
  bool writeable = false;               // plimit: pl_writeable (private copy, copy at fork)
  int64_t nproc_cur = 0, nproc_max = 0; // plimit: RLIMIT_NPROC
};

// What a sleeping LWP sleeps on.
enum class WchanKind : uint8_t {
  None,
  Turnstile,
  LWaitcv,
  PWaitcv,
  Forkmx,
  Forkulim,
  Nanosleep,
  Kevent,
  LwpCv // p_lwpcv: exit_lwps waiting for the other LWPs to leave
};
struct Wchan {
  WchanKind kind = WchanKind::None;
  int32_t obj = -1; // mutex slot, lid or pid
  bool operator==(const Wchan&) const = default;
};

// Kernel routines an LWP can be inside; each is a resumable state machine.
// Routine: core/state/syscall_table.h (generated from core/state/syscalls.def).

struct Frame {
  Routine routine = Routine::None;
  uint16_t pc = 0;
  std::array<int32_t, 10> v{}; // the routine's locals (named per routine)
};

struct RepeatLevel {
  int32_t list = -1, index = 0; // where the repeat op is
  int32_t iter = 0, count = 0;  // 1-based iteration
};

struct PtraceReport { // what PT_GET_PROCESS_STATE / wait report
  int32_t signo = 0, code = 0, event = 0, other = 0;
};

// An LWP (NetBSD's struct lwp): the thread of control the scheduler runs. It
// holds everything that belongs to one thread - its state, CPU, sleep, kernel
// call stack and user program counter - and reaches its process by l_proc.
// Today every process has one LWP whose lid is the pid (as a forked process's
// first LWP has in NetBSD); docs/design/lwps.md is the plan for more.
struct Lwp {
  // First in the struct: the fields every step reads or writes, together in
  // the first cache lines (reading them was most of the scheduler's cost).
  LwpStat lstat = LwpStat::LSIDL;
  bool spinning = false;   // retrying a contended mutex_enter
  uint8_t depth = 0;       // kernel call stack depth (frames below)
  uint8_t nrepeats = 0;    // user program: open repeat loops (repeats below)
  int16_t cpu = 0;         // l_cpu: last/current CPU
  int32_t run_steps = 0;   // steps since it was put on the CPU (quantum)
  int32_t spin_locks = 0;  // spin mutexes held: not preemptible
  int32_t spin_mutex = -1; // the mutex slot it spins on while spinning (step_facts.h)
  Lid lid = -1;            // -1 = free slot
  Pid pid = -1;            // l_proc's pid
  int32_t proc_slot = -1;  // l_proc's slot in KernelState::procs (stable while both live)
  int32_t next = -1;       // the next LWP slot of the same process (p_lwps), -1 = last
  // user program counter
  int32_t list = -1, index = 0, compute_left = 0;
  int32_t cur_op = -1;            // op whose system call is in progress
  int32_t retval = 0, err = 0;    // result of the last system call
  bool fork_child_return = false; // the pending return is a fork child's (no expect check)
  bool sleep_intr = false;        // interruptible sleep
  bool vforkwaiting = false;      // l_vforkwaiting
  bool wake_pending_stop = false;
  bool interrupted = false; // an interruptible sleep was broken by a signal
  bool wexit = false;       // LW_WEXIT: another LWP is exiting the process; leave at userret
  bool thread = false;      // made by _lwp_create: the end of its program is _lwp_exit, not exit
  Wchan wchan;
  uint64_t wake_tick = 0; // for timed sleeps, 0 = none
  uint64_t sleep_seq = 0; // FIFO order among sleepers on one channel
  // kernel call stack (innermost last)
  std::array<Frame, 4> frames{};
  std::array<RepeatLevel, 8> repeats{};
  // results of the last system call that the expect checks read
  uint8_t wstatus_kind = 0; // WaitStatusKind of the last wait
  int32_t wstatus_value = 0;
  int32_t result_events = 0;  // PT_GET_EVENT_MASK result
  uint32_t result_fflags = 0; // kevent: NOTE_* flags of the event collected
  PtraceReport result_report; // PT_GET_PROCESS_STATE result
  std::string name;           // lwp_create's "name" ("" for a process's first LWP)

  Frame& top() { return frames[depth - 1]; }
  bool in_kernel() const { return depth > 0; }
  bool alive() const { return lid >= 0; }
};

struct Proc {
  Pid pid = -1;          // -1 = free slot
  int32_t lwp_head = -1; // slot of the first LWP on p_lwps (KernelState::lwps)
  int32_t nlwps = 0;     // p_nlwps: LWPs on the list, zombies included
  int32_t nzlwps = 0;    // p_nzlwps: zombie LWPs
  int32_t nrlwps = 0;    // p_nrlwps: LWPs neither stopped nor zombies (L:199-216)
  Lid zomblwp = -1;      // p_zomblwp: the last detached LWP that exited, not yet freed
  uint64_t sigpend = 0;  // bit (s-1)
  uint32_t flag = 0, sflag = 0, slflag = 0, lflag = 0; // p_flag, p_sflag, p_slflag, p_lflag
  int32_t deliver_sig = 0; // signal a debugger's PT_CONTINUE asked to deliver
  std::string name;
  std::string comm; // basename of the image (changes on exec)
  ProcStat stat = ProcStat::SIDL;
  bool published = false;                           // on its parent's list and allproc (L516-530)
  Pid pptr = -1, ppid = -1, oppid = -1, opptr = -1; // p_pptr, p_ppid, p_oppid, p_opptr
  std::vector<Pid> children;                        // head first, as LIST_INSERT_HEAD leaves it
  Pid pgid = -1, sid = -1;
  int32_t exitsig = NB_SIGCHLD;
  int32_t ruid = 0, euid = 0, svuid = 0;
  int32_t lock = -1; // p_lock (mutex slot)
  int32_t fd = -1, cwd = -1, limit = -1, sigacts = -1, vmspace = -1, tracefile = -1;
  uint32_t traceflag = 0;
  int32_t nstopchild = 0;
  bool waited = true;    // p_waited: the current stop was already reported to wait
  int32_t xsig = 0;      // stop signal / terminating signal
  int32_t xstat = 0;     // exit status
  bool signaled = false; // died of a signal
  uint64_t sigpass = 0;
  PtraceReport report;
  Lid vforklwp = -1; // p_vforklwp: the parent LWP blocked in vfork
  bool uarea = false;
  int32_t created_children = 0; // for default child names
  uint64_t start_tick = 0;
  int32_t serial = 0;             // creation order, newest wins when names repeat
  std::string name_suffix;        // "#i" suffixes of the repeat loops the process was forked in
  bool stopped_continued = false; // for NB_SIGCONT reporting

  bool alive() const { return pid >= 0; }
};

// P_EXITSIG: the exit signal wait() judges a child by; a traced child always
// counts as a SIGCHLD child.
inline int wait_exit_signal(const Proc& child) {
  return (child.slflag & PSL_TRACED) ? NB_SIGCHLD : child.exitsig;
}

// Whether wait's options let it look at this child at all (match_process in
// kern_exit.c): by default only SIGCHLD children, with WALTSIG only the others
// (by their own exit signal), with WALLSIG every child.
inline bool wait_selects_by_signal(const Proc& child, int options) {
  if (options & NB_WALLSIG) return true;
  if (options & NB_WALTSIG) return child.exitsig != NB_SIGCHLD;
  return wait_exit_signal(child) == NB_SIGCHLD;
}

struct Cpu {
  Lid cur = -1;          // LWP on the CPU, -1 = idle
  Lid prev = -1;         // the LWP that ran before (for switch events)
  std::vector<Lid> runq; // FIFO
  bool idle_reported = false;
};

struct Knote { // kqueue EVFILT_PROC registration
  Pid watcher = -1, target = -1;
  uint32_t fflags = 0;
};
struct KEvent { // a delivered, not yet collected event
  Pid watcher = -1, target = -1;
  uint32_t fflags = 0;
  int32_t data = 0;
};

struct UidCount {
  int32_t uid = 0, count = 0;
};

struct KernelState {
  uint64_t steps = 0; // steps executed so far
  uint64_t tick = 0;
  int32_t slot_in_tick = 0; // CPU slots used in the current tick
  std::vector<Cpu> cpus;
  std::deque<Proc> procs; // slots (a deque: references survive growth)
  PidMap slot_of_pid;     // pid -> slot
  std::vector<int32_t> free_proc_slots;
  std::deque<Lwp> lwps; // slots, as procs
  PidMap slot_of_lid;   // lid -> slot
  std::vector<int32_t> free_lwp_slots;
  std::vector<Mutex> mutexes; // slot 0 proc_lock, slot 1 ktrace_lock
  std::vector<int32_t> free_mutex_slots;
  int32_t next_mutex_serial = 0;
  std::vector<KObject> objects;
  std::vector<int32_t> free_object_slots;
  int32_t next_object_serial = 0;
  PidTable pidtab;
  std::vector<Knote> knotes;
  std::vector<KEvent> kevents;
  std::vector<UidCount> proccnt; // chgproccnt, sorted by uid

  // kernel variables
  int32_t nprocs = 1; // process 0
  int32_t maxproc = 1044;
  int32_t forkfsleep = 0; // ticks
  int32_t forkfsleep_ms = 0;
  int64_t forks = 0, forks_ppwait = 0, forks_sharevm = 0;
  int32_t uareas = 0;
  int32_t uarea_limit = -1;  // -1 unlimited
  int64_t lasttfm_tick = -1; // ratecheck state for the table-full message
  bool inject_proc_alloc_failure = false;
  uint64_t sleep_seq = 0;
  uint64_t next_timer = UINT64_MAX; // earliest wake_tick of a timed sleeper
  int32_t timed_sleepers = 0;
  int32_t serial = 0; // creation order of processes

  // scheduler
  uint64_t rng = 0;
  uint64_t script_pos = 0;
  std::vector<int32_t> tick_order; // CPUs in this tick's order (random policy)

  // expectations
  int32_t expect_passed = 0, expect_failed = 0;
  std::vector<std::pair<std::string, std::string>> expect_failures; // (op path, message), capped
  // bindings of the names programs refer to -> pid (newest last), kept after reaping
  NameLog names;
  // fork-family system calls by result
  int64_t fork_ok = 0, fork_eagain = 0, fork_enomem = 0, fork_einval = 0;

  Proc* proc(Pid pid) {
    const int32_t s = slot_of_pid.find(pid);
    return s < 0 ? nullptr : &procs[static_cast<size_t>(s)];
  }
  const Proc* proc(Pid pid) const { return const_cast<KernelState*>(this)->proc(pid); }
  Lwp* lwp(Lid lid) {
    const int32_t s = slot_of_lid.find(lid);
    return s < 0 ? nullptr : &lwps[static_cast<size_t>(s)];
  }
  const Lwp* lwp(Lid lid) const { return const_cast<KernelState*>(this)->lwp(lid); }
  // l->l_proc
  Proc& proc_of(const Lwp& l) { return procs[static_cast<size_t>(l.proc_slot)]; }
  const Proc& proc_of(const Lwp& l) const { return procs[static_cast<size_t>(l.proc_slot)]; }
  // The first LWP on a process's list (its only one today); null for a free slot.
  Lwp* first_lwp(const Proc& p) {
    return p.lwp_head < 0 ? nullptr : &lwps[static_cast<size_t>(p.lwp_head)];
  }
  const Lwp* first_lwp(const Proc& p) const { return const_cast<KernelState*>(this)->first_lwp(p); }
  // Calls f(Lwp&) for each LWP on p's list, newest first (the list's order);
  // f may free the LWP it is given.
  template <class F> void for_each_lwp(const Proc& p, F&& f) {
    for (int32_t slot = p.lwp_head; slot >= 0;) {
      Lwp& l = lwps[static_cast<size_t>(slot)];
      slot = l.next;
      f(l);
    }
  }
  template <class F> void for_each_lwp(const Proc& p, F&& f) const {
    for (int32_t slot = p.lwp_head; slot >= 0;) {
      const Lwp& l = lwps[static_cast<size_t>(slot)];
      slot = l.next;
      f(l);
    }
  }
};

// The stable id the trace uses for a mutex: "proc_lock", "p_lock#7", ...
std::string mutex_name(const KernelState& s, int32_t slot);

inline constexpr int32_t PROC_LOCK = 0;   // mutex slot of proc_lock
inline constexpr int32_t KTRACE_LOCK = 1; // mutex slot of ktrace_lock

} // namespace fs
