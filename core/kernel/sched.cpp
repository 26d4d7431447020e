// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler: per-CPU FIFO run queues, context switches, sleeping and
// waking, preemption after a quantum, and idle CPUs stealing work.
#include <algorithm>

#include "core/kernel/kernel.h"

namespace fs {

void Kernel::switch_away(Proc& p) {
  Cpu& cpu = s_.cpus[static_cast<size_t>(p.cpu)];
  if (cpu.cur == p.pid) {
    cpu.cur = -1;
    cpu.prev = p.pid;
  }
  p.run_steps = 0;
}

void Kernel::remove_from_runq(Proc& p) {
  for (Cpu& c : s_.cpus) {
    auto it = std::find(c.runq.begin(), c.runq.end(), p.pid);
    if (it != c.runq.end()) {
      c.runq.erase(it);
      return;
    }
  }
}

int Kernel::choose_cpu(const Proc& p) const {
  auto idle = [&](int c) {
    const Cpu& cpu = s_.cpus[static_cast<size_t>(c)];
    return cpu.cur < 0 && cpu.runq.empty();
  };
  if (idle(p.cpu)) return p.cpu;
  for (int c = 0; c < static_cast<int>(s_.cpus.size()); ++c)
    if (idle(c)) return c;
  return p.cpu;
}

void Kernel::enqueue(Proc& p, int cpu) {
  p.cpu = static_cast<int16_t>(cpu);
  s_.cpus[static_cast<size_t>(cpu)].runq.push_back(p.pid);
  emit(EventKind::Sched, static_cast<uint8_t>(SchedAction::Enqueue), -1, p.pid, cpu);
}

void Kernel::setrunnable(Proc& p) {
  if (p.wake_tick != 0) {
    p.wake_tick = 0;
    --s_.timed_sleepers;
  }
  p.wchan = {};
  p.lstat = LwpStat::LSRUN;
  lwp_event(p);
  enqueue(p, choose_cpu(p));
}

void Kernel::sleep_on(Proc& p, Wchan w, bool interruptible, uint64_t timeout_ticks) {
  p.lstat = LwpStat::LSSLEEP;
  p.wchan = w;
  p.sleep_intr = interruptible;
  p.sleep_seq = ++s_.sleep_seq;
  if (timeout_ticks > 0) {
    p.wake_tick = s_.tick + timeout_ticks;
    ++s_.timed_sleepers;
    s_.next_timer = std::min(s_.next_timer, p.wake_tick);
  }
  switch_away(p);
  lwp_event(p);
}

void Kernel::wakeup_one(Proc& p) {
  if (p.lstat != LwpStat::LSSLEEP) return;
  setrunnable(p);
}

void Kernel::stop_lwp(Proc& p) {
  if (p.lstat == LwpStat::LSRUN) remove_from_runq(p);
  if (p.wake_tick != 0) {
    p.wake_tick = 0;
    --s_.timed_sleepers;
  }
  p.lstat = LwpStat::LSSTOP;
  p.wchan = {};
  switch_away(p);
  lwp_event(p);
}

bool Kernel::any_timer(uint64_t* earliest) const {
  if (s_.timed_sleepers <= 0) return false;
  if (earliest) *earliest = s_.next_timer;
  return true;
}

void Kernel::tick_boundary() {
  ++s_.tick;
  s_.slot_in_tick = 0;
  if (trace_) trace_->ticks.start_tick(s_.tick, s_.steps);
  if (s_.timed_sleepers <= 0 || s_.tick < s_.next_timer) return;
  // Wake every timed sleeper whose time has come, oldest sleep first.
  std::vector<std::pair<uint64_t, Pid>> due;
  uint64_t next = UINT64_MAX;
  for (const Proc& p : s_.procs) {
    if (!p.alive() || p.wake_tick == 0) continue;
    if (p.wake_tick <= s_.tick)
      due.emplace_back(p.sleep_seq, p.pid);
    else
      next = std::min(next, p.wake_tick);
  }
  s_.next_timer = next;
  std::sort(due.begin(), due.end());
  const int16_t saved_cpu = cur_cpu_;
  const int32_t saved_pid = cur_pid_;
  cur_cpu_ = -1;
  for (auto& [seq, pid] : due) {
    (void)seq;
    Proc* p = s_.proc(pid);
    cur_pid_ = pid;
    if (p) wakeup_one(*p);
  }
  cur_cpu_ = saved_cpu;
  cur_pid_ = saved_pid;
}

bool Kernel::step_cpu(int c) {
  cur_cpu_ = static_cast<int16_t>(c);
  cur_pid_ = -1;
  Cpu& cpu = s_.cpus[static_cast<size_t>(c)];
  // The LWP that runs this step, looked up once (a pid-to-slot probe).
  Proc* on =
      cpu.cur >= 0 ? proc_hinted(cpu.cur, hint_at(cpu_slot_, static_cast<size_t>(c))) : nullptr;

  // Preemption: a quantum is over and someone else is waiting for this CPU.
  if (cpu.cur >= 0 && !cpu.runq.empty()) {
    Proc& cur = *on;
    const bool preemptible = !cur.in_kernel() || sc_.machine.kpreempt;
    if (cur.run_steps >= sc_.machine.quantum && cur.spin_locks == 0 && preemptible) {
      cur_pid_ = cur.pid;
      cur.lstat = LwpStat::LSRUN;
      cpu.cur = -1;
      cpu.prev = cur.pid;
      cur.run_steps = 0;
      lwp_event(cur);
      cpu.runq.push_back(cur.pid);
      emit(EventKind::Sched, static_cast<uint8_t>(SchedAction::Enqueue), -1, cur.pid, c);
    }
  }
  if (cpu.cur < 0) {
    Pid next = -1;
    if (!cpu.runq.empty()) {
      next = cpu.runq.front();
      cpu.runq.erase(cpu.runq.begin());
    } else {
      // Idle: steal the oldest waiting LWP of the busiest CPU.
      int victim = -1;
      size_t longest = 0;
      for (int o = 0; o < static_cast<int>(s_.cpus.size()); ++o) {
        size_t n = s_.cpus[static_cast<size_t>(o)].runq.size();
        if (n > longest) longest = n, victim = o;
      }
      if (victim >= 0) {
        auto& q = s_.cpus[static_cast<size_t>(victim)].runq;
        next = q.front();
        q.erase(q.begin());
      }
    }
    if (next < 0) {
      if (!cpu.idle_reported) {
        cpu.idle_reported = true;
        emit(EventKind::Sched, static_cast<uint8_t>(SchedAction::Idle), cpu.prev, -1);
        cpu.prev = -1;
      }
      return false;
    }
    Proc& p = *proc_hinted(next, hint_at(cpu_slot_, static_cast<size_t>(c)));
    cur_pid_ = p.pid;
    emit(EventKind::Sched, static_cast<uint8_t>(SchedAction::Switch), cpu.prev, p.pid);
    p.lstat = LwpStat::LSONPROC;
    p.cpu = static_cast<int16_t>(c);
    p.run_steps = 0;
    cpu.cur = p.pid;
    cpu.idle_reported = false;
    lwp_event(p);
    on = &p;
  }

  Proc& p = *on;
  cur_pid_ = p.pid;
  // Events recorded since the previous step (timer wake-ups at a tick
  // boundary, an idle CPU) belong to this step, so they carry its tick.
  if (trace_) {
    trace_->step_first_event.push_back(next_step_first_event_);
    trace_->step_cpu.push_back(static_cast<int8_t>(c)); // at most 64 CPUs
  }
  ++s_.steps;
  ++p.run_steps;
  if (p.in_kernel())
    run_frame(p);
  else
    user_step(p);
  spin_retry_ = false;
  if (trace_) next_step_first_event_ = static_cast<uint32_t>(trace_->events.size());
  return true;
}

} // namespace fs
