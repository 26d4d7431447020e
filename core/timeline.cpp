// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline.h"

#include <algorithm>

#include "core/runner.h"
#include "core/state/names.h"

namespace fs {

namespace {

// Approximate heap bytes of one kernel state (a keyframe).
size_t state_bytes(const KernelState& k) {
  size_t b = sizeof(KernelState) + k.procs.size() * sizeof(Proc) + k.lwps.size() * sizeof(Lwp) +
             k.mutexes.size() * sizeof(Mutex) + k.objects.size() * sizeof(KObject) +
             k.names.owned_bytes() + k.pidtab.memory_bytes();
  for (const Proc& p : k.procs) b += p.children.capacity() * sizeof(Pid) + p.name.capacity();
  return b;
}

} // namespace

Timeline::Timeline(std::shared_ptr<const Scenario> scenario, const Progress& progress,
                   uint64_t keyframe_interval, std::string generator, size_t keyframe_budget)
    : scenario_(std::move(scenario)), interval_(std::max<uint64_t>(1, keyframe_interval)),
      keyframe_budget_(keyframe_budget) {
  trace_.generator = std::move(generator);
  Machine m(scenario_, &trace_);
  keyframes_.push_back(m.state());
  keyframe_bytes_ = state_bytes(keyframes_.back());
  uint64_t next_key = interval_;
  uint64_t next_report = 1 << 16;
  for (;;) {
    const uint64_t target = std::min(next_key, next_report);
    RunState rs = m.run_until_step(target);
    if (m.state().steps == next_key && rs == RunState::Running) {
      keyframes_.push_back(m.state());
      keyframe_bytes_ += state_bytes(keyframes_.back());
      next_key += interval_;
      if (keyframe_bytes_ > keyframe_budget_) thin_keyframes(next_key);
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

// Keyframes over their memory budget (a long run with many live processes):
// keep every other one and double the interval, so memory stays bounded and
// a seek replays at most twice as far.
void Timeline::thin_keyframes(uint64_t& next_key) {
  std::vector<KernelState> kept;
  kept.reserve(keyframes_.size() / 2 + 1);
  keyframe_bytes_ = 0;
  for (size_t i = 0; i < keyframes_.size(); i += 2) {
    keyframe_bytes_ += state_bytes(keyframes_[i]);
    kept.push_back(std::move(keyframes_[i]));
  }
  keyframes_ = std::move(kept);
  interval_ *= 2;
  next_key = keyframes_.size() * interval_;
}

size_t Timeline::keyframe_bytes() const { return keyframe_bytes_; }

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

std::vector<Text> describe_changes(const KernelState& a, const KernelState& b) {
  std::vector<Text> out;
  auto num = [](int64_t v) { return std::to_string(v); };
  if (a.nprocs != b.nprocs) out.push_back(Text("nprocs " + num(a.nprocs) + " -> " + num(b.nprocs)));
  if (a.forks != b.forks) out.push_back(Text("forks " + num(a.forks) + " -> " + num(b.forks)));
  for (const UidCount& c : b.proccnt) {
    int before = 0;
    for (const UidCount& o : a.proccnt)
      if (o.uid == c.uid) before = o.count;
    if (before != c.count)
      out.push_back(
          tr_text("Changes", "proccnt[uid %1] %2 -> %3", {num(c.uid), num(before), num(c.count)}));
  }
  for (const Proc& q : b.procs) {
    if (!q.alive()) continue;
    const Proc* p = a.proc(q.pid);
    const Text who = tr_text("Changes", "pid %1 (%2)", {num(q.pid), q.name});
    // "who: what": the separator stays verbatim, each side is translated on its own.
    auto add = [&](Text what) {
      Text line("%1: %2");
      line.args = {who, std::move(what)};
      out.push_back(std::move(line));
    };
    if (!p) {
      out.push_back(tr_text("Changes", "%1 created, %2", {who, proc_stat_name(q.stat)}));
      continue;
    }
    if (p->stat != q.stat)
      add(Text(std::string(proc_stat_name(p->stat)) + " -> " + proc_stat_name(q.stat)));
    // The process's LWPs that were there before; "LWP" alone while it has one.
    auto each_lwp = [&](auto&& fn) {
      b.for_each_lwp(q, [&](const Lwp& lq) {
        if (const Lwp* lp = a.lwp(lq.lid); lp && lp->pid == q.pid)
          fn(*lp, lq, q.nlwps > 1 ? "LWP " + num(lq.lid) + " " : std::string("LWP "));
      });
    };
    each_lwp([&](const Lwp& lp, const Lwp& lq, const std::string& lwp) {
      if (lp.lstat != lq.lstat)
        add(Text(lwp + lwp_stat_name(lp.lstat) + " -> " + lwp_stat_name(lq.lstat)));
    });
    if (p->pptr != q.pptr) add(tr_text("Changes", "parent %1 -> %2", {num(p->pptr), num(q.pptr)}));
    if (p->children != q.children)
      add(tr_text("Changes", "children %1 -> %2", {list(p->children), list(q.children)}));
    if (p->slflag != q.slflag) add(Text(flags_changed("p_slflag", p->slflag, q.slflag)));
    if (p->sflag != q.sflag) add(Text(flags_changed("p_sflag", p->sflag, q.sflag)));
    if (p->lflag != q.lflag) add(Text(flags_changed("p_lflag", p->lflag, q.lflag)));
    each_lwp([&](const Lwp& lp, const Lwp& lq, const std::string&) {
      if (lp.vforkwaiting != lq.vforkwaiting)
        add(lq.vforkwaiting ? tr_text("Changes", "l_vforkwaiting set")
                            : tr_text("Changes", "l_vforkwaiting cleared"));
    });
    if (p->sigpend != q.sigpend) add(tr_text("Changes", "pending signals changed"));
    each_lwp([&](const Lwp& lp, const Lwp& lq, const std::string&) {
      if (lp.cpu != lq.cpu) add(Text("CPU " + num(lp.cpu) + " -> " + num(lq.cpu)));
    });
  }
  for (const Proc& p : a.procs)
    if (p.alive() && !b.proc(p.pid))
      out.push_back(tr_text("Changes", "pid %1 (%2) reaped", {num(p.pid), p.name}));
  const size_t nm = std::min(a.mutexes.size(), b.mutexes.size());
  for (size_t m = 0; m < nm; ++m)
    if (a.mutexes[m].owner != b.mutexes[m].owner && b.mutexes[m].refcnt > 0)
      out.push_back(tr_text("Changes", "mutex slot %1 owner %2 -> %3",
                            {num(int64_t(m)), num(a.mutexes[m].owner), num(b.mutexes[m].owner)}));
  for (size_t c = 0; c < std::min(a.cpus.size(), b.cpus.size()); ++c)
    if (a.cpus[c].cur != b.cpus[c].cur)
      out.push_back(
          b.cpus[c].cur < 0
              ? tr_text("Changes", "CPU %1 runs nothing (idle)", {num(int64_t(c))})
              : tr_text("Changes", "CPU %1 runs pid %2", {num(int64_t(c)), num(b.cpus[c].cur)}));
  return out;
}

} // namespace fs
