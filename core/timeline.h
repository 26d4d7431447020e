// SPDX-License-Identifier: GPL-3.0-or-later
// Time travel: a recorded run plus keyframes of the kernel state. The state
// after any step is the nearest earlier keyframe replayed forward without
// recording, which the machine's determinism makes exact.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/machine.h"
#include "core/scenario/scenario.h"
#include "core/state/kstate.h"
#include "core/support/text.h"
#include "core/trace/trace.h"

namespace fs {

class Timeline {
public:
  // Keyframes beyond this many bytes are thinned (every other one dropped).
  static constexpr size_t kKeyframeBudget = size_t{256} << 20;
  // progress(steps_so_far) is called now and then; returning false cancels
  // the recording (cancelled() is then true and the run is cut short).
  using Progress = std::function<bool(uint64_t)>;
  // generator names the recording program in the trace ("forkscope 0.1.0"):
  // the front end passes its own name in.
  explicit Timeline(std::shared_ptr<const Scenario> scenario, const Progress& progress = {},
                    uint64_t keyframe_interval = 4096, std::string generator = "",
                    size_t keyframe_budget = kKeyframeBudget);

  const Trace& trace() const { return trace_; }
  const Scenario& scenario() const { return *scenario_; }
  uint64_t total_steps() const { return total_steps_; }
  RunState final_state() const { return final_; }
  bool cancelled() const { return cancelled_; }
  size_t keyframe_count() const { return keyframes_.size(); }
  size_t keyframe_bytes() const; // approximate memory held by keyframes
  uint64_t keyframe_interval() const { return interval_; }

  // The kernel state after `step` steps (0 = just booted), clamped to the run.
  KernelState state_at(uint64_t step) const;
  // Events recorded during step k (1-based: the step that leads to state k):
  // [first, last) event sequence numbers.
  std::pair<uint32_t, uint32_t> events_of_step(uint64_t step) const;

private:
  std::shared_ptr<const Scenario> scenario_;
  Trace trace_;
  std::vector<KernelState> keyframes_; // keyframes_[i] = state after i*interval steps
  uint64_t interval_;                  // doubles when the keyframes outgrow their budget
  size_t keyframe_bytes_ = 0;
  size_t keyframe_budget_;
  void thin_keyframes(uint64_t& next_key);
  uint64_t total_steps_ = 0;
  RunState final_ = RunState::Running;
  bool cancelled_ = false;
};

// What changed between two states, in plain words (for the "what changed in
// this step" view): one line per changed fact, e.g. "pid 3 (sh): SIDL -> SACTIVE".
// Kernel names and values stay as they are; the words around them translate
// (context "Changes").
std::vector<Text> describe_changes(const KernelState& before, const KernelState& after);

} // namespace fs
