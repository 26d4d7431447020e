// SPDX-License-Identifier: GPL-3.0-or-later
// Recording events into the trace. Every helper is a no-op when the machine
// runs without a trace (replays for time travel, benchmarks).
#include <algorithm>
#include <string>

#include "core/kernel/kernel.h"
#include "core/state/names.h"

namespace fs {

void Kernel::set_trace(Trace* t) {
  if (t == trace_) return;
  trace_ = t;
  // The cached ids index the old trace's string table.
  mutex_name_ids_.clear();
  lwp_lock_ids_.clear();
  for (auto& ids : wchan_ids_) ids.clear();
  counter_ids_.clear();
  proccnt_ids_.clear();
}

int32_t Kernel::intern(std::string_view str) { return trace_->strings.intern(str); }

namespace {
// The cache entry for `key` (-1 until filled), growing the cache as needed.
int32_t& cached_id(std::vector<int32_t>& ids, size_t key) {
  if (ids.size() <= key) ids.resize(key + 1, -1);
  return ids[key];
}
} // namespace

std::string Kernel::mutex_name(int32_t m) const { return fs::mutex_name(s_, m); }

void Kernel::lock_event(int32_t m, LockAction action, int32_t owner) {
  if (!trace_) return;
  const int32_t serial = s_.mutexes[static_cast<size_t>(m)].serial;
  int32_t& id = cached_id(mutex_name_ids_, static_cast<size_t>(serial));
  if (id < 0) id = intern(mutex_name(m));
  emit(EventKind::Lock, static_cast<uint8_t>(action), id, owner);
}

void Kernel::lwp_lock_event(Lid lid, LockAction action, int32_t owner) {
  if (!trace_) return;
  int32_t& id = cached_id(lwp_lock_ids_, static_cast<size_t>(lid));
  if (id < 0) id = intern("lwp_lock#" + std::to_string(lid));
  emit(EventKind::Lock, static_cast<uint8_t>(action), id, owner);
}

void Kernel::counter(const char* name, int64_t value) {
  if (!trace_) return;
  // Counters are named by string literals: a handful of addresses.
  auto it = std::find_if(counter_ids_.begin(), counter_ids_.end(),
                         [name](const auto& c) { return c.first == name; });
  if (it == counter_ids_.end()) it = counter_ids_.insert(it, {name, intern(name)});
  emit(EventKind::Counter, 0, it->second, static_cast<int32_t>(value));
}

void Kernel::proccnt_counter(int32_t uid, int32_t value) {
  if (!trace_) return;
  auto it = std::find_if(proccnt_ids_.begin(), proccnt_ids_.end(),
                         [uid](const auto& c) { return c.first == uid; });
  if (it == proccnt_ids_.end())
    it = proccnt_ids_.insert(it, {uid, intern("proccnt." + std::to_string(uid))});
  emit(EventKind::Counter, 0, it->second, value);
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
  case WchanKind::LwpCv: return "p_lwpcv#" + std::to_string(w.obj);
  }
  return "";
}

int32_t Kernel::wchan_id(const Wchan& w) {
  // The name is a function of the kind and the object: a lid or pid, or for a
  // turnstile the mutex's class and serial (a mutex slot is reused, a serial not).
  int64_t key = static_cast<int64_t>(w.obj) + 1;
  if (w.kind == WchanKind::Turnstile) {
    if (w.obj < 0 || static_cast<size_t>(w.obj) >= s_.mutexes.size()) return intern(wchan_name(w));
    const Mutex& mx = s_.mutexes[static_cast<size_t>(w.obj)];
    key = static_cast<int64_t>(mx.serial) * 8 + static_cast<int64_t>(mx.cls);
  }
  const auto kind = static_cast<size_t>(w.kind);
  if (key < 0 || kind >= wchan_ids_.size()) return intern(wchan_name(w));
  int32_t& id = cached_id(wchan_ids_[kind], static_cast<size_t>(key));
  if (id < 0) id = intern(wchan_name(w));
  return id;
}

void Kernel::lwp_event(const Lwp& l) {
  if (!trace_) return;
  int32_t w = l.wchan.kind == WchanKind::None ? -1 : wchan_id(l.wchan);
  emit(EventKind::Lwp, 0, l.lid, static_cast<int32_t>(l.lstat), w);
}

void Kernel::signal_event(SignalAction action, Pid target, int sig) {
  emit(EventKind::Signal, static_cast<uint8_t>(action), target, sig);
}

void Kernel::log(const std::string& text) {
  if (!trace_) return;
  emit(EventKind::Log, 0, intern(text));
}

void Kernel::syscall_enter(Lwp& l, int sys, const std::string& args) {
  if (!trace_) return;
  (void)l;
  emit(EventKind::Syscall, static_cast<uint8_t>(SyscallPhase::Enter), sys, 0,
       trace_->add_syscall_detail(SyscallDetail{}, args));
}

} // namespace fs
