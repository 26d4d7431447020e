// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's search state, shared by the files that implement it (not part
// of the engine's interface - that is explore.h):
//   explore.cpp         the entry point, and how the search works
//   explore_search.cpp  the depth-first search, visited states, budgets
//   explore_expand.cpp  a node's choices: stepping every CPU and classifying it
//   explore_record.cpp  findings, ends of schedules, outcomes
#pragma once
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/explore/explore.h"
#include "core/explore/explore_observe.h"
#include "core/machine.h"
#include "core/state/state_hash.h"

namespace fs::explore_detail {

using Clock = std::chrono::steady_clock;
constexpr size_t kMaxJump = 10000000; // idle steps one jump to a timer may take

struct Choice {
  int cpu = 0;
  int cost = 0;       // preemptions it uses
  bool jump = false;  // step this (stuttering) CPU until a timer fires
  bool local = false; // a local step: the last CPU stays what it was
  // The state after the step, kept from classifying it (empty for a jump).
  std::shared_ptr<KernelState> after; // shared: a Node may be copied when the stack grows
  Observations obs;
  std::string violation;
};

struct Node {
  KernelState state;
  Observations obs;
  int last_cpu = -1;
  int preemptions = 0;
  std::vector<Choice> choices;
  size_t next = 0;
  size_t path_len = 0; // length of the schedule that reached this node
};

class Explorer {
public:
  Explorer(std::shared_ptr<const Scenario> sc, const ExploreOptions& o, ExploreReport& r);
  void run();    // bounds 0..K (explore_search.cpp)
  void finish(); // moves findings and outcomes into the report (explore_record.cpp)

private:
  std::shared_ptr<const Scenario> sc_;
  const ExploreOptions& o_;
  ExploreReport& r_;
  Machine m_;
  Trace trace_; // events of one step, for observations (outcomes only)
  bool can_signal_;
  Clock::time_point start_;
  Clock::time_point last_progress_{};
  KernelState root_;
  std::unordered_map<StateHash, int, StateHashOf> visited_;
  std::vector<int> path_;
  int bound_ = 0;
  std::map<std::pair<int, std::string>, Finding> findings_;
  std::map<std::vector<std::string>, ObservedOutcome> outcomes_;

  // explore_search.cpp
  double elapsed() const;
  bool within_budget();
  StateHash key_of(const Node& n) const;
  bool visit(const Node& n);
  bool iterate(int bound);
  void run_local_chain(Node& child, int cpu, std::string& violation);

  // explore_expand.cpp
  bool step(const KernelState& from, int cpu);
  void clear_trace();
  bool is_local(const KernelState& before, const KernelState& after, int cpu) const;
  bool expand(Node& node);

  // explore_record.cpp
  void record(FindingKind kind, const std::string& message, int preemptions);
  void end_schedule(const Node& node, RunState rs);
  bool check_step(const KernelState& before, const Node& child, const std::string& violation);
};

} // namespace fs::explore_detail
