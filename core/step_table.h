// SPDX-License-Identifier: GPL-3.0-or-later
// Every micro-step the engine models, with the function and source line it
// stands for and our own plain-language explanation. Step ids are indices in
// this table; the table is generated from the *.def lists in core/steps/.
#pragma once
#include <cstdint>
#include <string_view>

namespace fs {

struct StepInfo {
  const char* label;     // stable id, e.g. "fork1.nprocs_inc"
  const char* func;      // "fork1", "exit1", ...
  const char* file;      // "kern_fork.c", "kern_exit.c", ...
  int line;              // first line of the modelled statement in that file's revision, 0 = none
  const char* narration; // what happens and why, in our words
};

enum StepId : uint16_t {
#define FS_STEP(id, label, func, file, line, text) id,
#include "core/steps/all_steps.def"
#undef FS_STEP
  STEP_COUNT
};

const StepInfo& step_info(int id);
int step_count();
int find_step(std::string_view label); // -1 when unknown

} // namespace fs
