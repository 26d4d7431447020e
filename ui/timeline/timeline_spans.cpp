// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timeline_spans.h"

#include <algorithm>
#include <limits>

#include "core/state/step_table.h"
#include "core/trace/step_facts.h"
#include "ui/common/palette.h"

namespace fsui {

using fs::Event;
using fs::EventKind;
using fs::LockAction;
using fs::StepFact;
using fs::StepMode;
using fs::Trace;

void SpanList::append(uint32_t s, uint32_t e, uint8_t c) {
  // A lock can be released and taken again within one step: clip the overlap
  // so the list stays non-overlapping (what the binary searches rely on).
  if (!end.empty()) s = std::max(s, end.back());
  if (e <= s) return;
  if (!end.empty() && end.back() == s && cat.back() == c) {
    end.back() = e;
    return;
  }
  start.push_back(s);
  end.push_back(e);
  cat.push_back(c);
}

void SpanList::finish() {
  cum.assign(start.size() + 1, {});
  for (size_t i = 0; i < start.size(); ++i) {
    cum[i + 1] = cum[i];
    cum[i + 1][cat[i] % kSpanCategories] += end[i] - start[i];
  }
}

std::vector<StepActivity> classify_steps(const Trace& t) {
  // The engine's facts (core/trace/step_facts.h), in the palette's words.
  const std::vector<StepFact> facts = step_facts(t);
  std::vector<StepActivity> out(facts.size());
  for (size_t k = 0; k < facts.size(); ++k) {
    const Activity a = facts[k].mode == StepMode::User   ? Activity::User
                       : facts[k].mode == StepMode::Spin ? Activity::Spin
                                                         : Activity::Kernel;
    out[k] = StepActivity{facts[k].cpu, static_cast<uint8_t>(a)};
  }
  return out;
}

namespace {

// CPU lanes. Within a tick every CPU runs at the same time, so a CPU's step is
// drawn across the whole tick (in step units) rather than at its one slot:
// concurrency then reads as vertically stacked spans, and idle CPUs as gaps.
void build_cpu_lanes(const Trace& t, uint64_t total, TimelineData& d) {
  const std::vector<StepActivity> acts = classify_steps(t);
  int cpus = d.cpus;
  for (const StepActivity& a : acts) cpus = std::max(cpus, a.cpu + 1);
  d.cpus = cpus;
  d.cpu_lanes.resize(static_cast<size_t>(cpus));
  for (int c = 0; c < cpus; ++c)
    d.cpu_lanes[static_cast<size_t>(c)].name = "CPU " + std::to_string(c);

  // `tick` below counts the index's entries (the ticks that hold steps).
  const fs::TickIndex& ticks = t.ticks;
  auto tick_end = [&](size_t tick) { return static_cast<uint32_t>(ticks.end_of(tick, total)); };
  struct Open {
    bool open = false;
    uint32_t start = 0;
    size_t tick = 0;
    uint8_t cat = 0;
  };
  std::vector<Open> open(static_cast<size_t>(cpus));
  size_t tick = 0;
  for (size_t k = 0; k < acts.size(); ++k) {
    while (tick + 1 < ticks.size() && ticks.entry(tick + 1).first_step <= k) ++tick;
    const int c = acts[k].cpu;
    if (c < 0) continue;
    Open& o = open[static_cast<size_t>(c)];
    SpanList& lane = d.cpu_lanes[static_cast<size_t>(c)].spans;
    uint32_t start = ticks.empty() ? static_cast<uint32_t>(k)
                                   : static_cast<uint32_t>(ticks.entry(tick).first_step);
    if (o.open) {
      if (o.tick == tick) { // several steps of one CPU in a tick (scripted schedules)
        lane.append(o.start, static_cast<uint32_t>(k), o.cat);
        start = static_cast<uint32_t>(k);
      } else {
        lane.append(o.start, tick_end(o.tick), o.cat);
      }
    }
    o = Open{true, start, tick, acts[k].activity};
  }
  for (int c = 0; c < cpus; ++c) {
    const Open& o = open[static_cast<size_t>(c)];
    SpanList& lane = d.cpu_lanes[static_cast<size_t>(c)].spans;
    if (o.open) lane.append(o.start, tick_end(o.tick), o.cat);
    lane.finish();
  }
}

struct Hold {
  uint32_t start, end;
  int32_t lock; // string id
  uint8_t cat;
};

void build_lock_lanes(const Trace& t, uint64_t total, int max_lanes, TimelineData& d) {
  constexpr uint32_t kOpen = std::numeric_limits<uint32_t>::max();
  // Holds in the order they began: each lock's holds, and any subset of
  // locks, are then already sorted by start (no sort needed: O(n)).
  std::vector<Hold> holds;
  std::vector<int64_t> open_hold(static_cast<size_t>(t.strings.size()), -1);
  std::vector<uint64_t> acquires(static_cast<size_t>(t.strings.size()), 0);
  const auto& sfe = t.step_first_event;
  size_t k = 0;
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    while (k + 1 < sfe.size() && sfe[k + 1] <= seq) ++k;
    const Event& e = t.events[seq];
    if (e.kind != EventKind::Lock || e.lock_id() < 0 || e.lock_id() >= t.strings.size()) continue;
    const auto lock = static_cast<size_t>(e.lock_id());
    switch (e.lock_action()) {
    case LockAction::Acquire:
    case LockAction::Wakeup: // mutex_exit hands the lock straight to the first sleeper
      if (open_hold[lock] >= 0)
        holds[static_cast<size_t>(open_hold[lock])].end = static_cast<uint32_t>(k + 1);
      open_hold[lock] = static_cast<int64_t>(holds.size());
      holds.push_back(Hold{static_cast<uint32_t>(k), kOpen, e.lock_id(), LockHeld});
      ++acquires[lock];
      break;
    case LockAction::Spin:
    case LockAction::Sleep:
      if (open_hold[lock] >= 0) holds[static_cast<size_t>(open_hold[lock])].cat = LockContended;
      break;
    case LockAction::Release:
      if (open_hold[lock] >= 0)
        holds[static_cast<size_t>(open_hold[lock])].end = static_cast<uint32_t>(k + 1);
      open_hold[lock] = -1;
      break;
    }
  }
  for (Hold& h : holds)
    if (h.end == kOpen) h.end = static_cast<uint32_t>(total);

  std::vector<int32_t> locks;
  for (size_t i = 0; i < acquires.size(); ++i)
    if (acquires[i] > 0) locks.push_back(static_cast<int32_t>(i));
  std::stable_sort(locks.begin(), locks.end(), [&](int32_t a, int32_t b) {
    return acquires[static_cast<size_t>(a)] > acquires[static_cast<size_t>(b)];
  });
  const size_t own = std::min(locks.size(), static_cast<size_t>(std::max(0, max_lanes)));
  std::vector<int32_t> lane_of(static_cast<size_t>(t.strings.size()), -1);
  for (size_t i = 0; i < own; ++i) {
    lane_of[static_cast<size_t>(locks[i])] = static_cast<int32_t>(i);
    d.lock_lanes.push_back(Lane{t.strings.at(locks[i]), {}});
  }
  const bool others = locks.size() > own;
  if (others) d.lock_lanes.push_back(Lane{"others", {}});

  // The "others" lane is the union of many locks' holds: merge overlaps as
  // they come (sorted by start), contended if any merged hold was.
  bool have = false;
  Hold cur{};
  for (const Hold& h : holds) {
    const int32_t lane = lane_of[static_cast<size_t>(h.lock)];
    if (lane >= 0) {
      d.lock_lanes[static_cast<size_t>(lane)].spans.append(h.start, h.end, h.cat);
      continue;
    }
    if (have && h.start < cur.end) {
      cur.end = std::max(cur.end, h.end);
      cur.cat = std::max(cur.cat, h.cat);
      continue;
    }
    if (have) d.lock_lanes.back().spans.append(cur.start, cur.end, cur.cat);
    cur = h;
    have = true;
  }
  if (have) d.lock_lanes.back().spans.append(cur.start, cur.end, cur.cat);
  for (Lane& l : d.lock_lanes) l.spans.finish();
}

void build_nprocs(const Trace& t, uint64_t total, int initial, TimelineData& d) {
  int32_t id = -1;
  for (int i = 0; i < t.strings.size(); ++i)
    if (t.strings.at(i) == "nprocs") id = i;
  d.nprocs_x = {0.0};
  d.nprocs_y = {static_cast<double>(initial)};
  const auto& sfe = t.step_first_event;
  size_t k = 0;
  for (uint32_t seq = 0; id >= 0 && seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind != EventKind::Counter || e.counter_id() != id) continue;
    while (k + 1 < sfe.size() && sfe[k + 1] <= seq) ++k;
    // The value holds in the state after the step that changed it.
    const double x = sfe.empty() || seq < sfe[0] ? 0.0 : static_cast<double>(k + 1);
    if (d.nprocs_x.back() == x) {
      d.nprocs_y.back() = e.counter_value();
    } else {
      d.nprocs_x.push_back(x);
      d.nprocs_y.push_back(e.counter_value());
    }
  }
  if (d.nprocs_x.back() < static_cast<double>(total)) {
    d.nprocs_x.push_back(static_cast<double>(total));
    d.nprocs_y.push_back(d.nprocs_y.back());
  }
}

} // namespace

TimelineData build_timeline_data(const Trace& t, uint64_t total_steps, int cpus, int initial_nprocs,
                                 int max_lock_lanes) {
  TimelineData d;
  d.cpus = cpus;
  d.total_steps = total_steps;
  build_cpu_lanes(t, total_steps, d);
  build_lock_lanes(t, total_steps, max_lock_lanes, d);
  build_nprocs(t, total_steps, initial_nprocs, d);
  return d;
}

void downsample(const SpanList& list, double x0, double x1, double px, std::vector<DrawSpan>& out) {
  out.clear();
  const size_t n = list.size();
  if (n == 0 || x1 <= x0) return;
  px = std::max(px, 1e-9);
  auto first_end_after = [&](double x) {
    return static_cast<size_t>(
        std::upper_bound(list.end.begin(), list.end.end(), x,
                         [](double v, uint32_t e) { return v < static_cast<double>(e); }) -
        list.end.begin());
  };
  size_t i = first_end_after(x0);
  while (i < n && static_cast<double>(list.start[i]) < x1) {
    const double s = list.start[i];
    if (static_cast<double>(list.end[i]) - s >= px) {
      out.push_back({s, static_cast<double>(list.end[i]), list.cat[i]});
      ++i;
      continue;
    }
    // Every span starting within one pixel of s becomes one span, coloured by
    // the category that covers most of it; a binary search skips the rest.
    const auto from = list.start.begin() + static_cast<std::ptrdiff_t>(i + 1);
    const size_t j = static_cast<size_t>(
        std::lower_bound(from, list.start.end(), s + px,
                         [](uint32_t v, double x) { return static_cast<double>(v) < x; }) -
        list.start.begin());
    uint8_t best = list.cat[i];
    uint32_t best_len = 0;
    uint64_t covered = 0;
    for (int c = 0; c < kSpanCategories; ++c) {
      const uint32_t len =
          list.cum[j][static_cast<size_t>(c)] - list.cum[i][static_cast<size_t>(c)];
      covered += len;
      if (len > best_len) best_len = len, best = static_cast<uint8_t>(c);
    }
    const double e = list.end[j - 1];
    // The coverage lets the painter fade a merged run that is mostly gaps,
    // so sparse activity does not look like a solid bar when zoomed out.
    out.push_back(
        {s, e, best, static_cast<float>(static_cast<double>(covered) / std::max(1.0, e - s))});
    i = j;
  }
}

} // namespace fsui
