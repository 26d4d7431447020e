// SPDX-License-Identifier: GPL-3.0-or-later
// Every micro-step the engine models, with the function and source line it
// stands for and our own plain-language explanation. Step ids are indices in
// this table; the table is generated from the *.def lists in core/state/steps/.
#pragma once
#include <cstdint>
#include <string_view>

namespace fs {

struct StepInfo {
  const char* label;     // stable id, e.g. "fork1.nprocs_inc"
  const char* func;      // "fork1", "exit1", ...
  const char* file;      // "kern_fork.c", "kern_exit.c", ...
  int line;              // first line of the modelled statement in that file's revision, 0 = none
  int line_end;          // last line the step covers (== line for one line; 0 when line is 0),
                         // so a breakpoint or a highlight on any line of the range finds it
  const char* narration; // what happens and why, in our words
};

enum StepId : uint16_t {
#define FS_STEP(id, label, func, file, line, line_end, text) id,
#include "core/state/steps/all_steps.def"
#undef FS_STEP
  STEP_COUNT
};

const StepInfo& step_info(int id);
int step_count();
int find_step(std::string_view label); // -1 when unknown
// True when `line` of `file` lies in the step's range line..line_end.
bool step_covers_line(const StepInfo& info, std::string_view file, int line);

} // namespace fs
