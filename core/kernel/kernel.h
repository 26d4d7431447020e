// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel paths of the simulated machine. Each routine is a state machine
// whose program counter is a StepId (step_table.h): one call executes exactly
// one micro-step, records it, and moves the pc - so the code of fork1.cpp reads
// in the order of kern_fork.c. Routines are split by source file.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/scenario/scenario.h"
#include "core/state/event.h"
#include "core/state/frame_vars.h"
#include "core/state/kstate.h"
#include "core/state/step_table.h"
#include "core/trace/trace.h"

namespace fs {

class Machine;

class Kernel {
public:
  Kernel(Machine& m, KernelState& s, const Scenario& sc) : m_(m), s_(s), sc_(sc) {}

  void boot();
  bool step_cpu(int cpu);
  void tick_boundary(); // timers, tick counter
  bool any_timer(uint64_t* earliest) const;

  // --- recording (no-ops without a trace) ---
  void set_trace(Trace* t);
  bool recording() const { return trace_ != nullptr; }
  // Inline: every step records one or two events, and a call per event (plus
  // one for the step's own) was a visible part of a recorded run.
  void emit(EventKind k, uint8_t action, int32_t a, int32_t b = -1, int32_t c = -1) {
    emit_as(cur_cpu_, cur_pid_, k, action, a, b, c);
    // A process's second LWP acts: the trace keeps its lid on the side.
    if (trace_ && cur_lid_ != cur_pid_)
      trace_->event_lids.emplace_back(static_cast<uint32_t>(trace_->events.size() - 1), cur_lid_);
  }
  void emit_as(int16_t cpu, int32_t pid, EventKind k, uint8_t action, int32_t a, int32_t b = -1,
               int32_t c = -1) {
    if (trace_) trace_->events.push_back(Event{k, action, cpu, pid, a, b, c});
  }
  void step_event(int step_id) {
    if (!spin_retry_) emit(EventKind::Step, 0, step_id);
  }
  void lock_event(int32_t mutex, LockAction action, int32_t owner);
  void lwp_lock_event(Lid lid, LockAction action, int32_t owner); // "lwp_lock#<lid>"
  void counter(const char* name, int64_t value);
  void proccnt_counter(int32_t uid, int32_t value);
  void proc_event(ProcAction action, const Proc& p);
  void lwp_event(const Lwp& l);
  void signal_event(SignalAction action, Pid target, int sig);
  void log(const std::string& text);
  int32_t intern(std::string_view s);
  std::string mutex_name(int32_t m) const;
  std::string wchan_name(const Wchan& w) const;
  int32_t wchan_id(const Wchan& w); // intern(wchan_name(w)), cached
  void syscall_enter(Lwp& l, int sys, const std::string& args);

  // --- scheduler (sched.cpp) ---
  void setrunnable(Lwp& l);
  void sleep_on(Lwp& l, Wchan w, bool interruptible, uint64_t timeout_ticks = 0);
  void wakeup_one(Lwp& l);
  void stop_lwp(Lwp& l);    // LSSTOP, off the CPU
  void switch_away(Lwp& l); // leaves the CPU it is on
  int choose_cpu(const Lwp& l) const;
  void enqueue(Lwp& l, int cpu);
  void remove_from_runq(Lwp& l);

  // --- locks (mutex.cpp) ---
  bool mutex_enter(Lwp& l, int32_t m); // true when l holds m after this step
  void mutex_exit(Lwp& l, int32_t m);
  int32_t mutex_alloc(LockClass cls, MutexKind kind);
  void mutex_obj_hold(int32_t m);
  void mutex_obj_free(int32_t m);
  void cv_wait_begin(Lwp& l, Wchan cv, int32_t m); // releases m and sleeps on cv
  void cv_broadcast(Wchan cv);

  // --- objects and accounting (objects.cpp) ---
  int32_t obj_alloc(ObjKind kind);
  int32_t obj_copy(int32_t from);
  void obj_hold(int32_t o);
  void obj_release(int32_t& o);
  int32_t chgproccnt(int32_t uid, int32_t delta);
  int32_t proccnt(int32_t uid) const;
  Proc& proc_alloc_slot(Pid pid);
  void proc_free_slot(Proc& p); // and its LWPs
  Lwp& lwp_alloc_slot(Proc& p, Lid lid);
  void lwp_free_slot(Lwp& l);

  // --- LWPs (lwp.cpp) ---
  Lid alloc_lwpid(const Proc& p);
  void lwp_free(Lwp& l);                                     // a finished LWP of a live process
  void count_lstat_change(Lwp& l, LwpStat from, LwpStat to); // keeps p_nrlwps
  bool pid_in_use_as_group(int32_t pid) const;
  Pid resolve(const Lwp& self, const ProcRef& ref) const; // as the calling LWP names it
  void insert_child_head(Proc& parent, Pid child);
  void remove_child(Proc& parent, Pid child);
  void change_parent(Proc& child, Pid new_parent);

  // --- routines ---
  void run_frame(Lwp& l);
  void push(Lwp& l, Routine r, int pc);
  void ret(Lwp& l, int32_t retval, int err); // pops; at depth 0 the syscall returns
  // One step of each routine of core/state/syscalls.def (step_fork1, step_wait, ...).
#define FS_ROUTINE(routine, step_fn) void step_fn(Lwp& l, Frame& f);
#include "core/state/syscalls.def"
  void step_fork1_publish(Lwp& l, Frame& f); // L511 onwards
  int do_simple(Lwp& l, const Op& op);       // step_simple's work

  // fork1 helpers
  void push_eventswitch(Lwp& l, int code, int event, Pid other);
  void knote_fork(Proc& p1, Proc& p2);
  void knote_exit(Proc& p);
  void knote_exec(Proc& p);
  bool may_watch(const Proc& cred, const Proc& target) const; // KAUTH_PROCESS_KEVENT_FILTER
  void deliver_kevent(Pid watcher, Pid target, uint32_t fflags, int32_t data);
  void reparent(Proc& child, Pid parent);
  bool tracefork(const Proc& p, int flags) const;
  bool tracevfork(const Proc& p, int flags) const;
  bool tracevforkdone(const Proc& p, int flags) const;
  void vfork_release(Proc& child); // exec and exit: wake the vfork parent

  // --- signals (signal.cpp) ---
  void psignal(Proc& p, int sig);
  bool userret_signals(Lwp& l);     // true when it consumed the step
  void proc_stop(Proc& p, int sig); // needs proc_lock; the LWP stops later
  void push_sigstop(Lwp& l, int sig);
  void proc_continue(Proc& p);
  void child_psignal(Proc& child, int code_sig);
  void start_exit(Lwp& l, int status, int sig);

  // --- lock discipline (mutex.cpp) ---
  // Everything wait() scans under proc_lock (process states, children lists,
  // stop counts) and the p_waitcv/l_waitcv broadcasts are changed only by an
  // LWP holding proc_lock, as in NetBSD; otherwise a parent between its scan and
  // its sleep could miss a wake-up. A breach is remembered for the invariant
  // checker (the first one; cleared by take_lock_violation).
  void require_proc_lock(const char* what);
  std::string take_lock_violation();
  const std::string& lock_violation() const { return lock_violation_; }

  // --- reaping (wait.cpp) ---
  void reap(Proc& parent, Proc& zombie);

  // --- user mode (user.cpp) ---
  void user_step(Lwp& l);
  void finish_syscall(Lwp& l, int32_t retval, int err);
  void check_expect(Lwp& l, const Op& op, int32_t retval, int err);
  std::string name_with_suffix(const Lwp& l, const std::string& base) const;

  Machine& m_;
  KernelState& s_;
  const Scenario& sc_;
  Trace* trace_ = nullptr;
  // String-table ids of the names recorded over and over, filled on first use
  // (so the table keeps the order of first use) and dropped with the trace:
  // building and hashing the name for every event was ~15% of recording.
  std::vector<int32_t> mutex_name_ids_;                      // by mutex serial, -1 unknown
  std::vector<int32_t> lwp_lock_ids_;                        // "lwp_lock#<lid>" by lid
  std::array<std::vector<int32_t>, 9> wchan_ids_;            // by WchanKind, then object
  std::vector<std::pair<const char*, int32_t>> counter_ids_; // by the name's address
  std::vector<std::pair<int32_t, int32_t>> proccnt_ids_;     // "proccnt.<uid>" by uid
  std::vector<std::string> syscall_args_; // by op index, for the args that name no process
  // pid -> Proc, trying a remembered slot first. The slot is checked against
  // the pid (slots are reused, and a restored state may hold anything) and
  // looked up in the pid table only on a miss. The hot lookups - the LWP on a
  // CPU, a contended lock's owner, the child fork1 builds - nearly always hit,
  // and the probes they replace were a visible part of every step.
  Proc* proc_hinted(Pid pid, int32_t& hint) {
    if (pid >= 0 && hint >= 0 && static_cast<size_t>(hint) < s_.procs.size()) {
      Proc& p = s_.procs[static_cast<size_t>(hint)];
      if (p.pid == pid) return &p;
    }
    hint = s_.slot_of_pid.find(pid);
    return hint < 0 ? nullptr : &s_.procs[static_cast<size_t>(hint)];
  }
  // lid -> Lwp, as proc_hinted.
  Lwp* lwp_hinted(Lid lid, int32_t& hint) {
    if (lid >= 0 && hint >= 0 && static_cast<size_t>(hint) < s_.lwps.size()) {
      Lwp& l = s_.lwps[static_cast<size_t>(hint)];
      if (l.lid == lid) return &l;
    }
    hint = s_.slot_of_lid.find(lid);
    return hint < 0 ? nullptr : &s_.lwps[static_cast<size_t>(hint)];
  }
  static int32_t& hint_at(std::vector<int32_t>& hints, size_t i) {
    if (hints.size() <= i) hints.resize(i + 1, -1);
    return hints[i];
  }
  std::vector<int32_t> cpu_slot_;   // by CPU: the LWP slot it runs
  std::vector<int32_t> child_slot_; // by CPU + 1: the child process being forked there
  std::vector<int32_t> owner_slot_; // by mutex slot: its owner's LWP slot
  int32_t& child_hint() { return hint_at(child_slot_, static_cast<size_t>(cur_cpu_ + 1)); }
  int16_t cur_cpu_ = -1;
  int32_t cur_pid_ = -1;               // the process of the LWP running this step (events carry it)
  Lid cur_lid_ = -1;                   // the LWP running this step
  bool spin_retry_ = false;            // the current step is a spin retry: no step event
  uint32_t next_step_first_event_ = 0; // first event of the next step to execute
  std::unordered_set<std::string> referenced_; // names programs refer to
  std::string lock_violation_;                 // first breach of require_proc_lock
};

} // namespace fs
