// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's data, built once per trace and kept as flat sorted arrays so
// that drawing any window is a binary search plus work proportional to the
// pixels on screen, not to the events in the trace (1M+ events must pan
// smoothly). Pure C++: no widget, unit-tested on its own.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/trace/trace.h"

namespace fsui {

// What one step did and on which CPU (see classify_steps). Index = 0-based step.
struct StepActivity {
  int16_t cpu = -1;     // -1 when the trace does not say
  uint8_t activity = 0; // Activity (palette.h)
};

// The CPU and activity (user/kernel/spin) of every step, as the engine
// records them (fs::step_facts), in one O(n) pass. Shared by the timeline
// lanes, the utilisation chart and the changes view.
std::vector<StepActivity> classify_steps(const fs::Trace& t);

// Non-overlapping spans sorted by start, in step units ([start, end)), each
// with a small category; cum holds per-category prefix sums of duration so
// that the dominant category of any run of spans is O(1).
inline constexpr int kSpanCategories = 4;
struct SpanList {
  std::vector<uint32_t> start, end;
  std::vector<uint8_t> cat;
  std::vector<std::array<uint32_t, kSpanCategories>> cum; // size() + 1 entries

  size_t size() const { return start.size(); }
  // Appends [s, e) with category c; merges with the previous span when they
  // touch and share a category. Spans must come in order.
  void append(uint32_t s, uint32_t e, uint8_t c);
  void finish(); // builds cum
};

struct Lane {
  std::string name; // "CPU 0", "proc_lock", "others"
  SpanList spans;
};

// Lock lane categories.
enum LockSpanCat : uint8_t { LockHeld = 0, LockContended = 1 };

struct TimelineData {
  int cpus = 0;
  uint64_t total_steps = 0;
  std::vector<Lane> cpu_lanes;            // category = Activity; idle = no span
  std::vector<Lane> lock_lanes;           // the busiest locks, then "others" if any
  std::vector<double> nprocs_x, nprocs_y; // step graph (value from x on), sorted by x
};

// Builds every lane from a trace. max_lock_lanes busiest locks (by acquires)
// get a lane of their own; the holds of all the rest share an "others" lane.
TimelineData build_timeline_data(const fs::Trace& t, uint64_t total_steps, int cpus,
                                 int initial_nprocs, int max_lock_lanes = 8);

// A span to draw: [start, end) in step units.
struct DrawSpan {
  double start, end;
  uint8_t cat;
  float coverage = 1; // share of [start, end) the merged spans really cover
};

// The spans of `list` that intersect [x0, x1), with every run of spans that
// falls inside one pixel (px step units) merged into one span coloured by its
// dominant category. Output size is O((x1 - x0) / px), cost O(output * log n),
// and the union of the output covers every input span in the window.
void downsample(const SpanList& list, double x0, double x1, double px, std::vector<DrawSpan>& out);

} // namespace fsui
