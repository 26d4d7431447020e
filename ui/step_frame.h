// SPDX-License-Identifier: GPL-3.0-or-later
// What the state views are given for the step on screen: the state after it,
// and the events it recorded (from the recorded trace, or from the live
// machine's trace in scheduler mode). Pointers are only valid during the call.
#pragma once
#include <QString>
#include <QtGlobal>
#include <cstdint>

#include "core/kstate.h"
#include "core/trace.h"

namespace fsui {

struct StepFrame {
  const fs::KernelState* state = nullptr;
  const fs::Trace* trace = nullptr;
  uint32_t stepBegin = 0, stepEnd = 0; // events of the step just executed
  quint64 step = 0;
  bool live = false; // student-as-scheduler mode
  // The CPU that executed the step just shown (-1: none, e.g. step 0).
  int activeCpu = -1;
  // "Follow the active CPU": views keep that CPU's step centred; when off
  // they highlight but never scroll, so the user can read elsewhere.
  bool follow = true;
};

// The CPU that executed the events [begin, end) of a step (-1 when none did).
int activeCpuOf(const fs::Trace& trace, uint32_t begin, uint32_t end);

// The lock `pid` last tried to take while spinning, looking back from event
// `end` (only a bounded window: a spinner retries every step).
QString lastSpinLock(const fs::Trace& trace, uint32_t end, int pid);

} // namespace fsui
