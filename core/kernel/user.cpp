// SPDX-License-Identifier: GPL-3.0-or-later
// User mode: the interpreter of a process's scenario program, the system-call
// boundary (enter, return, restart), and the expectations checked at returns.
#include <nlohmann/json.hpp>

#include "core/kernel/kernel.h"
#include "core/state/names.h"
#include "core/state/syscall_names.h"

namespace fs {

namespace {
// The id traces give op's system call (core/state/syscalls.def).
int syscall_of(const Op& op) { return op_info(op.kind).sys; }
const char* ptrace_request_name(PtraceReq r) {
  static const char* const names[] = {
      "PT_TRACE_ME",   "PT_ATTACH",         "PT_DETACH",         "PT_CONTINUE",
      "PT_KILL",       "PT_SET_EVENT_MASK", "PT_GET_EVENT_MASK", "PT_GET_PROCESS_STATE",
      "PT_SET_SIGPASS"};
  return names[static_cast<int>(r)];
}
} // namespace

void Kernel::push(Lwp& l, Routine r, int pc) {
  Frame& f = l.frames[l.depth++];
  f = Frame{};
  f.routine = r;
  f.pc = static_cast<uint16_t>(pc);
}

void Kernel::ret(Lwp& l, int32_t retval, int err) {
  --l.depth;
  if (l.depth == 0) return finish_syscall(l, retval, err);
  l.retval = retval;
  l.err = err;
}

void Kernel::run_frame(Lwp& l) {
  Frame& f = l.top();
  spin_retry_ = l.spinning;
  step_event(f.pc);
  switch (f.routine) { // one case per routine of core/state/syscalls.def
#define FS_ROUTINE(routine, step_fn)                                                               \
  case Routine::routine:                                                                           \
    return step_fn(l, f);
#define FS_ROUTINE_SHARED FS_ROUTINE
#include "core/state/syscalls.def"
  case Routine::None: break;
  }
}

// The arguments the trace shows for op's system call, as compact JSON.
static std::string syscall_args(const Kernel& k, const Lwp& l, const Op& op) {
  nlohmann::ordered_json args = nlohmann::ordered_json::object();
  switch (op.kind) {
  case OpKind::Clone: args["flags"] = op.clone_flags; break;
  case OpKind::Exec: args["path"] = op.exec_path; break;
  case OpKind::Exit: args["status"] = op.status; break;
  case OpKind::Wait:
    args["pid"] = op.target.kind == ProcRef::Kind::Any ? -1 : k.resolve(l, op.target);
    args["options"] = op.wait_options;
    break;
  case OpKind::Kill:
  case OpKind::Raise:
    if (op.kind == OpKind::Kill) args["pid"] = k.resolve(l, op.target);
    args["signal"] = signal_name(op.signal);
    break;
  case OpKind::Ptrace:
    args["request"] = ptrace_request_name(op.request);
    if (op.request != PtraceReq::TraceMe) args["pid"] = k.resolve(l, op.target);
    break;
  case OpKind::Setrlimit:
    args["resource"] = "RLIMIT_NPROC", args["cur"] = op.rlim_cur, args["max"] = op.rlim_max;
    break;
  case OpKind::Setuid:
  case OpKind::Seteuid: args["uid"] = op.uid; break;
  case OpKind::Sysctl: args["value"] = op.value; break;
  case OpKind::Sleep: args["ticks"] = op.count; break;
  default: break;
  }
  return args.dump();
}

// Whether those arguments hold a pid resolved for the caller; all others are
// the same at every call of the op, so they are built once per op.
static bool args_name_a_process(const Op& op) {
  switch (op.kind) {
  case OpKind::Wait: return op.target.kind != ProcRef::Kind::Any;
  case OpKind::Kill: return true;
  case OpKind::Ptrace: return op.request != PtraceReq::TraceMe;
  default: return false;
  }
}

// Enters the system call of `op`: records it and pushes the routine its row of
// core/state/syscalls.def names, at its entry step.
static void enter_syscall(Kernel& k, Lwp& l, const Op& op, int op_index) {
  const OpInfo& info = op_info(op.kind);
  l.cur_op = op_index;
  if (k.recording()) {
    if (args_name_a_process(op)) {
      k.syscall_enter(l, syscall_of(op), syscall_args(k, l, op));
    } else {
      auto& cache = k.syscall_args_;
      if (cache.size() <= static_cast<size_t>(op_index)) cache.resize(op_index + 1u);
      std::string& args = cache[static_cast<size_t>(op_index)];
      if (args.empty()) args = syscall_args(k, l, op);
      k.syscall_enter(l, syscall_of(op), args);
    }
  }
  // exit1 starts as it does for a fatal signal: its frame replaces any other.
  // While another LWP is already exiting the process (PS_WEXIT), sys_exit
  // only ends the calling LWP (kern_exit.c E:181-184).
  if (op.kind == OpKind::Exit) {
    if (k.s_.proc_of(l).sflag & PS_WEXIT) return k.push(l, Routine::LwpExit, LWPX_PLOCK);
    return k.start_exit(l, op.status, 0);
  }
  k.push(l, info.routine, info.entry);
  l.top().v[kOpSlot] = op_index;
  if (op.kind == OpKind::Clone) Fork1Locals(l.top().v).clone_arg = op.clone_flags;
  if (op.kind == OpKind::Wait) {
    WaitLocals w(l.top().v);
    w.target = op.target.kind == ProcRef::Kind::Any ? -1 : k.resolve(l, op.target);
    w.options = op.wait_options;
  }
}

void Kernel::user_step(Lwp& l) {
  // lwp_userret: another LWP is exiting the process, or the process has
  // stopped - the LWP leaves, or stops, instead of returning to its program.
  if (l.wexit) {
    step_event(USER_LWP_WEXIT);
    l.cur_op = -1;
    return push(l, Routine::LwpExit, LWPX_PLOCK);
  }
  if (s_.proc_of(l).stat == ProcStat::SSTOP) {
    step_event(USER_LWP_STOP);
    return stop_lwp(l);
  }
  if (userret_signals(l)) return;
  if (l.compute_left > 0) {
    --l.compute_left;
    step_event(USER_COMPUTE);
    return;
  }
  for (;;) {
    const OpList* list = l.list >= 0 ? &sc_.lists[static_cast<size_t>(l.list)] : nullptr;
    const size_t n = list ? list->ops.size() : 0;
    if (static_cast<size_t>(l.index) >= n) {
      if (l.nrepeats > 0) { // end of a loop body: next iteration or leave the loop
        RepeatLevel& r = l.repeats[l.nrepeats - 1];
        if (r.iter < r.count) {
          ++r.iter;
          l.index = 0;
        } else {
          l.list = r.list;
          l.index = r.index + 1;
          --l.nrepeats;
        }
        continue;
      }
      step_event(USER_SYSCALL);
      if (l.thread) { // a thread's start routine returned: _lwp_exit (pthread_exit)
        if (recording()) syscall_enter(l, SYS_LWP_EXIT, R"({"implicit":true})");
        l.cur_op = -1;
        return push(l, Routine::LwpExit, LWPX_PLOCK);
      }
      // The program ran off its end: an implicit _exit(0).
      if (recording()) syscall_enter(l, SYS_EXIT, R"({"status":0,"implicit":true})");
      l.cur_op = -1;
      start_exit(l, 0, 0);
      return;
    }
    const int op_index = list->ops[static_cast<size_t>(l.index)];
    const Op& op = sc_.ops[static_cast<size_t>(op_index)];
    if (op.kind == OpKind::Repeat) {
      const bool empty = op.body < 0 || sc_.lists[static_cast<size_t>(op.body)].ops.empty();
      if (op.count <= 0 || empty || l.nrepeats >= l.repeats.size()) {
        ++l.index;
        continue;
      }
      l.repeats[l.nrepeats++] = RepeatLevel{l.list, l.index, 1, op.count};
      l.list = op.body;
      l.index = 0;
      continue;
    }
    if (!op.note.empty() && recording())
      emit(EventKind::Note, 0, intern(op.path), -1, intern(op.note));
    if (op.kind == OpKind::Compute) {
      l.compute_left = op.count - 1;
      ++l.index;
      step_event(USER_COMPUTE);
      return;
    }
    step_event(USER_SYSCALL);
    enter_syscall(*this, l, op, op_index);
    return;
  }
}

void Kernel::finish_syscall(Lwp& l, int32_t retval, int err) {
  if (l.cur_op < 0) return;
  const Op& op = sc_.ops[static_cast<size_t>(l.cur_op)];
  if (err == ERESTART_) return; // interrupted: userret handles the signal, then the call restarts
  const bool child = l.fork_child_return;
  const int sys = child ? SYS_FORK : syscall_of(op);
  if (recording()) {
    SyscallDetail d;
    d.error = err;
    if (op.kind == OpKind::Wait && err == 0 && !child) {
      d.status_kind = static_cast<WaitStatusKind>(l.wstatus_kind);
      d.status_value = l.wstatus_value;
    }
    emit(EventKind::Syscall, static_cast<uint8_t>(SyscallPhase::Return), sys, retval,
         trace_->add_syscall_detail(d, "{}"));
  }
  l.retval = retval;
  l.err = err;
  if (child) {
    l.fork_child_return = false;
  } else {
    if (is_fork_family(op.kind)) {
      if (err == 0)
        ++s_.fork_ok;
      else if (err == NB_EAGAIN)
        ++s_.fork_eagain;
      else if (err == NB_ENOMEM)
        ++s_.fork_enomem;
      else if (err == NB_EINVAL)
        ++s_.fork_einval;
    }
    // A call cut short by an exiting sibling never returns to the program
    // (userret sends the LWP to lwp_exit): nothing to check.
    if (!l.wexit) check_expect(l, op, retval, err);
    if (!(op.kind == OpKind::Exec && err == 0)) ++l.index; // a new image starts at its top
  }
  l.cur_op = -1;
}

} // namespace fs
