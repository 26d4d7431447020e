// SPDX-License-Identifier: GPL-3.0-or-later
// What the state views are given for the step on screen: the state after it,
// and the events it recorded (from the recorded trace, or from the live
// machine's trace in scheduler mode). Pointers are only valid during the call.
#pragma once
#include <QString>
#include <QtGlobal>
#include <cstdint>
#include <vector>

#include "core/state/kstate.h"
#include "core/trace/trace.h"

namespace fsui {

// Where a CPU's LWP is in the step table. "Current step" means the step just
// executed, in every view and in `forkscope-cli run --narrate`: the state
// after step N is shown, and each CPU shows the step its LWP last executed
// (user-mode steps included). An LWP that has executed none yet (a child
// about to return from fork) shows the step it is about to run, marked as
// such (executed = false).
struct CpuStep {
  int id = -1; // step-table id, -1: user code or idle
  bool executed = false;
};

struct StepFrame {
  const fs::KernelState* state = nullptr;
  const fs::Trace* trace = nullptr;
  uint32_t stepBegin = 0, stepEnd = 0; // events of the step just executed
  quint64 step = 0;
  bool live = false; // student-as-scheduler mode
  // The CPU that executed the step just shown (-1: none, e.g. step 0), as
  // the trace records it (fs::step_cpu).
  int activeCpu = -1;
  // "Follow the active CPU": views keep that CPU's step centred; when off
  // they highlight but never scroll, so the user can read elsewhere.
  bool follow = true;
  // The tick step N ran in (0 at step 0): the tick --narrate prints.
  quint64 tick = 0;
  // The step-table id step N executed (-1: none, e.g. user code or a spin retry).
  int stepId = -1;
  // Per CPU (index = CPU number): the step its LWP last executed.
  std::vector<CpuStep> cpuSteps;
};

// Per CPU of `s`: the step its LWP last executed before event `end` (a
// bounded look back).
std::vector<CpuStep> cpuStepsOf(const fs::Trace& trace, const fs::KernelState& s, uint32_t end);
// The first step-table id executed among events [begin, end), -1 when none.
int stepIdOf(const fs::Trace& trace, uint32_t begin, uint32_t end);
// "L283", "L589-590", "" when the step has no line.
QString stepLines(int id);
// "fork1.chgproccnt (L283)"
QString stepTitle(int id);
// The line shown above the narration and in the status bar:
// "Step 8 of 120 · tick 3 · just executed: fork1.chgproccnt (L283)".
QString stepHeadline(const StepFrame& f, quint64 total);

} // namespace fsui
