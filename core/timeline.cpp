// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline.h"

#include <algorithm>

#include "core/names.h"
#include "core/runner.h"

namespace fs {

Timeline::Timeline(std::shared_ptr<const Scenario> scenario, const Progress& progress,
                   uint64_t keyframe_interval, std::string generator)
    : scenario_(std::move(scenario)), interval_(std::max<uint64_t>(1, keyframe_interval)) {
  trace_.generator =
      generator.empty() ? std::string("forkscope-cli ") + FORKSCOPE_VERSION : std::move(generator);
  Machine m(scenario_, &trace_);
  keyframes_.push_back(m.state());
  uint64_t next_key = interval_;
  uint64_t next_report = 1 << 16;
  for (;;) {
    const uint64_t target = std::min(next_key, next_report);
    RunState rs = m.run_until_step(target);
    if (m.state().steps == next_key && rs == RunState::Running) {
      keyframes_.push_back(m.state());
      next_key += interval_;
    }
    if (m.state().steps >= next_report) {
      next_report += 1 << 16;
      if (progress && !progress(m.state().steps)) {
        cancelled_ = true;
        final_ = rs;
        break;
      }
    }
    if (rs != RunState::Running) {
      final_ = rs;
      break;
    }
  }
  total_steps_ = m.state().steps;
  trace_.shrink_to_fit();
  trace_.outcome = make_outcome(m.state(), final_);
}

size_t Timeline::keyframe_bytes() const {
  size_t b = 0;
  for (const KernelState& k : keyframes_)
    b += sizeof(KernelState) + k.procs.size() * sizeof(Proc) + k.mutexes.size() * sizeof(Mutex) +
         k.objects.size() * sizeof(KObject);
  return b;
}

KernelState Timeline::state_at(uint64_t step) const {
  step = std::min(step, total_steps_);
  const size_t k = std::min<size_t>(static_cast<size_t>(step / interval_), keyframes_.size() - 1);
  if (keyframes_[k].steps == step) return keyframes_[k];
  Machine m(scenario_, nullptr);
  m.restore(keyframes_[k]);
  m.run_until_step(step);
  return m.state();
}

std::pair<uint32_t, uint32_t> Timeline::events_of_step(uint64_t step) const {
  const auto& idx = trace_.step_first_event;
  if (step == 0 || step > idx.size()) return {0, 0};
  const uint32_t first = idx[static_cast<size_t>(step - 1)];
  const uint32_t last = step < idx.size() ? idx[static_cast<size_t>(step)]
                                          : static_cast<uint32_t>(trace_.events.size());
  return {first, last};
}

namespace {
std::string flags_changed(const char* what, uint32_t a, uint32_t b) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s 0x%x -> 0x%x", what, a, b);
  return buf;
}
std::string list(const std::vector<Pid>& v) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + std::to_string(v[i]);
  return s + "]";
}
} // namespace

std::vector<std::string> describe_changes(const KernelState& a, const KernelState& b) {
  std::vector<std::string> out;
  auto add = [&out](std::string s) { out.push_back(std::move(s)); };
  if (a.nprocs != b.nprocs)
    add("nprocs " + std::to_string(a.nprocs) + " -> " + std::to_string(b.nprocs));
  if (a.forks != b.forks)
    add("forks " + std::to_string(a.forks) + " -> " + std::to_string(b.forks));
  for (const UidCount& c : b.proccnt) {
    int before = 0;
    for (const UidCount& o : a.proccnt)
      if (o.uid == c.uid) before = o.count;
    if (before != c.count)
      add("proccnt[uid " + std::to_string(c.uid) + "] " + std::to_string(before) + " -> " +
          std::to_string(c.count));
  }
  for (const Proc& q : b.procs) {
    if (!q.alive()) continue;
    const Proc* p = a.proc(q.pid);
    const std::string who = "pid " + std::to_string(q.pid) + " (" + q.name + ")";
    if (!p) {
      add(who + " created, " + proc_stat_name(q.stat));
      continue;
    }
    if (p->stat != q.stat)
      add(who + ": " + proc_stat_name(p->stat) + " -> " + proc_stat_name(q.stat));
    if (p->lstat != q.lstat)
      add(who + ": LWP " + lwp_stat_name(p->lstat) + " -> " + lwp_stat_name(q.lstat));
    if (p->pptr != q.pptr)
      add(who + ": parent " + std::to_string(p->pptr) + " -> " + std::to_string(q.pptr));
    if (p->children != q.children)
      add(who + ": children " + list(p->children) + " -> " + list(q.children));
    if (p->slflag != q.slflag) add(who + ": " + flags_changed("p_slflag", p->slflag, q.slflag));
    if (p->sflag != q.sflag) add(who + ": " + flags_changed("p_sflag", p->sflag, q.sflag));
    if (p->lflag != q.lflag) add(who + ": " + flags_changed("p_lflag", p->lflag, q.lflag));
    if (p->vforkwaiting != q.vforkwaiting)
      add(who + ": l_vforkwaiting " + (q.vforkwaiting ? "set" : "cleared"));
    if (p->sigpend != q.sigpend) add(who + ": pending signals changed");
    if (p->cpu != q.cpu)
      add(who + ": CPU " + std::to_string(p->cpu) + " -> " + std::to_string(q.cpu));
  }
  for (const Proc& p : a.procs)
    if (p.alive() && !b.proc(p.pid))
      add("pid " + std::to_string(p.pid) + " (" + p.name + ") reaped");
  const size_t nm = std::min(a.mutexes.size(), b.mutexes.size());
  for (size_t m = 0; m < nm; ++m)
    if (a.mutexes[m].owner != b.mutexes[m].owner && b.mutexes[m].refcnt > 0)
      add("mutex slot " + std::to_string(m) + " owner " + std::to_string(a.mutexes[m].owner) +
          " -> " + std::to_string(b.mutexes[m].owner));
  for (size_t c = 0; c < std::min(a.cpus.size(), b.cpus.size()); ++c)
    if (a.cpus[c].cur != b.cpus[c].cur)
      add("CPU " + std::to_string(c) + " runs " +
          (b.cpus[c].cur < 0 ? std::string("nothing (idle)")
                             : "pid " + std::to_string(b.cpus[c].cur)));
  return out;
}

} // namespace fs
