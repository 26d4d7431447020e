// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler: per-CPU FIFO run queues, context switches, sleeping and
// waking, preemption after a quantum, and idle CPUs stealing work.
#include <algorithm>

#include "core/kernel/kernel.h"

namespace fs {

void Kernel::switch_away(Lwp& l) {
  Cpu& cpu = s_.cpus[static_cast<size_t>(l.cpu)];
  if (cpu.cur == l.lid) {
    cpu.cur = -1;
    cpu.prev = l.lid;
  }
  l.run_steps = 0;
}

void Kernel::remove_from_runq(Lwp& l) {
  for (Cpu& c : s_.cpus) {
    auto it = std::find(c.runq.begin(), c.runq.end(), l.lid);
    if (it != c.runq.end()) {
      c.runq.erase(it);
      return;
    }
  }
}

int Kernel::choose_cpu(const Lwp& l) const {
  auto idle = [&](int c) {
    const Cpu& cpu = s_.cpus[static_cast<size_t>(c)];
    return cpu.cur < 0 && cpu.runq.empty();
  };
  if (idle(l.cpu)) return l.cpu;
  for (int c = 0; c < static_cast<int>(s_.cpus.size()); ++c)
    if (idle(c)) return c;
  return l.cpu;
}

void Kernel::enqueue(Lwp& l, int cpu) {
  l.cpu = static_cast<int16_t>(cpu);
  s_.cpus[static_cast<size_t>(cpu)].runq.push_back(l.lid);
  emit(EventKind::Sched, static_cast<uint8_t>(SchedAction::Enqueue), -1, l.lid, cpu);
}

void Kernel::setrunnable(Lwp& l) {
  count_lstat_change(l, l.lstat, LwpStat::LSRUN);
  if (l.wake_tick != 0) {
    l.wake_tick = 0;
    --s_.timed_sleepers;
  }
  l.wchan = {};
  l.lstat = LwpStat::LSRUN;
  lwp_event(l);
  enqueue(l, choose_cpu(l));
}

void Kernel::sleep_on(Lwp& l, Wchan w, bool interruptible, uint64_t timeout_ticks) {
  l.lstat = LwpStat::LSSLEEP;
  l.wchan = w;
  l.sleep_intr = interruptible;
  l.sleep_seq = ++s_.sleep_seq;
  if (timeout_ticks > 0) {
    l.wake_tick = s_.tick + timeout_ticks;
    ++s_.timed_sleepers;
    s_.next_timer = std::min(s_.next_timer, l.wake_tick);
  }
  switch_away(l);
  lwp_event(l);
}

void Kernel::wakeup_one(Lwp& l) {
  if (l.lstat != LwpStat::LSSLEEP) return;
  setrunnable(l);
}

void Kernel::stop_lwp(Lwp& l) {
  if (l.lstat == LwpStat::LSRUN) remove_from_runq(l);
  if (l.wake_tick != 0) {
    l.wake_tick = 0;
    --s_.timed_sleepers;
  }
  count_lstat_change(l, l.lstat, LwpStat::LSSTOP);
  l.lstat = LwpStat::LSSTOP;
  l.wchan = {};
  switch_away(l);
  lwp_event(l);
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
  std::vector<std::pair<uint64_t, Lid>> due;
  uint64_t next = UINT64_MAX;
  for (const Lwp& l : s_.lwps) {
    if (!l.alive() || l.wake_tick == 0) continue;
    if (l.wake_tick <= s_.tick)
      due.emplace_back(l.sleep_seq, l.lid);
    else
      next = std::min(next, l.wake_tick);
  }
  s_.next_timer = next;
  std::sort(due.begin(), due.end());
  const int16_t saved_cpu = cur_cpu_;
  const int32_t saved_pid = cur_pid_;
  cur_cpu_ = -1;
  const Lid saved_lid = cur_lid_;
  for (auto& [seq, lid] : due) {
    (void)seq;
    Lwp* l = s_.lwp(lid);
    cur_lid_ = lid;
    cur_pid_ = l ? l->pid : -1;
    if (l) wakeup_one(*l);
  }
  cur_cpu_ = saved_cpu;
  cur_pid_ = saved_pid;
  cur_lid_ = saved_lid;
}

bool Kernel::step_cpu(int c) {
  cur_cpu_ = static_cast<int16_t>(c);
  cur_pid_ = -1;
  cur_lid_ = -1;
  Cpu& cpu = s_.cpus[static_cast<size_t>(c)];
  // The LWP that runs this step, looked up once (a lid-to-slot probe).
  Lwp* on =
      cpu.cur >= 0 ? lwp_hinted(cpu.cur, hint_at(cpu_slot_, static_cast<size_t>(c))) : nullptr;

  // Preemption: a quantum is over and someone else is waiting for this CPU.
  if (cpu.cur >= 0 && !cpu.runq.empty()) {
    Lwp& cur = *on;
    const bool preemptible = !cur.in_kernel() || sc_.machine.kpreempt;
    if (cur.run_steps >= sc_.machine.quantum && cur.spin_locks == 0 && preemptible) {
      cur_pid_ = cur.pid;
      cur_lid_ = cur.lid;
      cur.lstat = LwpStat::LSRUN;
      cpu.cur = -1;
      cpu.prev = cur.lid;
      cur.run_steps = 0;
      lwp_event(cur);
      cpu.runq.push_back(cur.lid);
      emit(EventKind::Sched, static_cast<uint8_t>(SchedAction::Enqueue), -1, cur.lid, c);
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
    Lwp& l = *lwp_hinted(next, hint_at(cpu_slot_, static_cast<size_t>(c)));
    cur_pid_ = l.pid;
    cur_lid_ = l.lid;
    emit(EventKind::Sched, static_cast<uint8_t>(SchedAction::Switch), cpu.prev, l.lid);
    l.lstat = LwpStat::LSONPROC;
    l.cpu = static_cast<int16_t>(c);
    l.run_steps = 0;
    cpu.cur = l.lid;
    cpu.idle_reported = false;
    lwp_event(l);
    on = &l;
  }

  Lwp& l = *on;
  cur_pid_ = l.pid;
  cur_lid_ = l.lid;
  // Events recorded since the previous step (timer wake-ups at a tick
  // boundary, an idle CPU) belong to this step, so they carry its tick.
  if (trace_) {
    trace_->step_first_event.push_back(next_step_first_event_);
    trace_->step_cpu.push_back(static_cast<int8_t>(c)); // at most 64 CPUs
  }
  ++s_.steps;
  ++l.run_steps;
  if (l.in_kernel())
    run_frame(l);
  else
    user_step(l);
  spin_retry_ = false;
  if (trace_) next_step_first_event_ = static_cast<uint32_t>(trace_->events.size());
  return true;
}

} // namespace fs
