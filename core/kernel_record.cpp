// SPDX-License-Identifier: GPL-3.0-or-later
// Recording events into the trace. Every helper is a no-op when the machine
// runs without a trace (replays for time travel, benchmarks).
#include <string>

#include "core/kernel.h"
#include "core/names.h"

namespace fs {

void Kernel::set_trace(Trace* t) { trace_ = t; }

int32_t Kernel::intern(const std::string& str) { return trace_->strings.intern(str); }

void Kernel::emit_as(int16_t cpu, int32_t pid, EventKind k, uint8_t action, int32_t a, int32_t b,
                     int32_t c) {
  if (!trace_) return;
  trace_->events.push_back(Event{k, action, cpu, pid, a, b, c});
}

void Kernel::emit(EventKind k, uint8_t action, int32_t a, int32_t b, int32_t c) {
  emit_as(cur_cpu_, cur_pid_, k, action, a, b, c);
}

void Kernel::step_event(int step_id) {
  if (spin_retry_) return;
  emit(EventKind::Step, 0, step_id);
}

std::string Kernel::mutex_name(int32_t m) const { return fs::mutex_name(s_, m); }

void Kernel::lock_event(int32_t m, LockAction action, int32_t owner) {
  if (!trace_) return;
  const int32_t serial = s_.mutexes[static_cast<size_t>(m)].serial;
  if (mutex_name_ids_.size() <= static_cast<size_t>(serial))
    mutex_name_ids_.resize(static_cast<size_t>(serial) + 1, -1);
  int32_t& id = mutex_name_ids_[static_cast<size_t>(serial)];
  if (id < 0) id = intern(mutex_name(m));
  emit(EventKind::Lock, static_cast<uint8_t>(action), id, owner);
}

void Kernel::named_lock_event(const std::string& name, LockAction action, int32_t owner) {
  if (!trace_) return;
  emit(EventKind::Lock, static_cast<uint8_t>(action), intern(name), owner);
}

void Kernel::counter(const char* name, int64_t value) {
  if (!trace_) return;
  emit(EventKind::Counter, 0, intern(name), static_cast<int32_t>(value));
}

void Kernel::proccnt_counter(int32_t uid, int32_t value) {
  if (!trace_) return;
  emit(EventKind::Counter, 0, intern("proccnt." + std::to_string(uid)), value);
}

void Kernel::proc_event(ProcAction action, const Proc& p) {
  emit(EventKind::Proc, static_cast<uint8_t>(action), p.pid, p.pptr, static_cast<int32_t>(p.stat));
}

std::string Kernel::wchan_name(const Wchan& w) const {
  switch (w.kind) {
  case WchanKind::None: return "";
  case WchanKind::Turnstile: return "tstile:" + mutex_name(w.obj);
  case WchanKind::LWaitcv: return "l_waitcv#" + std::to_string(w.obj);
  case WchanKind::PWaitcv: return "p_waitcv#" + std::to_string(w.obj);
  case WchanKind::Forkmx: return "forkmx";
  case WchanKind::Forkulim: return "forkulim";
  case WchanKind::Nanosleep: return "nanoslp";
  case WchanKind::Kevent: return "kevent";
  }
  return "";
}

void Kernel::lwp_event(const Proc& p) {
  if (!trace_) return;
  int32_t w = p.wchan.kind == WchanKind::None ? -1 : intern(wchan_name(p.wchan));
  emit(EventKind::Lwp, 0, p.pid, static_cast<int32_t>(p.lstat), w);
}

void Kernel::signal_event(SignalAction action, Pid target, int sig) {
  emit(EventKind::Signal, static_cast<uint8_t>(action), target, sig);
}

void Kernel::log(const std::string& text) {
  if (!trace_) return;
  emit(EventKind::Log, 0, intern(text));
}

void Kernel::syscall_enter(Proc& p, int sys, const std::string& args) {
  if (!trace_) return;
  (void)p;
  trace_->syscall_details.push_back(SyscallDetail{0, WaitStatusKind::None, 0, args});
  emit(EventKind::Syscall, static_cast<uint8_t>(SyscallPhase::Enter), sys, 0,
       static_cast<int32_t>(trace_->syscall_details.size() - 1));
}

} // namespace fs
