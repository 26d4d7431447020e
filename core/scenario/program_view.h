// SPDX-License-Identifier: GPL-3.0-or-later
// A process's own program at a step, as Python Tutor shows the student's
// code: the ops of its current image, nested as the scenario nests them
// (repeat bodies under their repeat), and where the process stands in them -
// the op whose system call it is inside, the compute op it is working
// through, or the op it will run next. Read from the kernel state alone, so
// it is the same whichever way the state was reached (recording, seek,
// stepping back, the student's own schedule).
#pragma once
#include <string>
#include <vector>

#include "core/scenario/scenario.h"
#include "core/state/kstate.h"

namespace fs {

struct ProgramLine {
  int op = -1;     // index into Scenario::ops
  int depth = 0;   // 0 = the image's top level, 1 = inside one repeat body, ...
  int parent = -1; // line of the enclosing repeat, -1 at the top level
};

// Where the process stands relative to its current line.
enum class ProgramWhere : uint8_t {
  None,      // no program: a free slot, or a child fork1 has not given one yet
  InSyscall, // in the kernel, inside the current op's system call
  Computing, // in user mode, working through the current compute op
  Next,      // in user mode: the current op runs next
  InKernel,  // in the kernel, but not in an op of this program (a fork
             // child's return, an exec loading this image, a signal being
             // handled): the current op runs when it is back in user mode
  Ended      // it ran off its end (implicit exit) or has exited: current = -1
};

struct ProgramPosition {
  int list = -1;                  // the image's op list (Scenario::lists)
  std::vector<ProgramLine> lines; // every op, depth first, in document order
  int current = -1;               // index into lines, -1 when none
  ProgramWhere where = ProgramWhere::None;
  // Lines before `current` (in this order) have run in the current pass;
  // the repeats around `current`, outermost first, with their iteration.
  struct Loop {
    int line = -1;
    int iteration = 0, count = 0; // 1-based
  };
  std::vector<Loop> loops;
  int compute_left = 0; // Computing: ticks still to go after this step
};

// The program and position of the process `pid` in state `s` (recorded with
// scenario `sc`). A pid not in the state gives where == None.
ProgramPosition program_position(const Scenario& sc, const KernelState& s, Pid pid);

// One op as a line of text in the scenario's own vocabulary:
// `fork -> child "c1"`, `wait`, `exit 3`, `repeat 3 times`, `sleep 10 ticks`.
std::string op_summary(const Scenario& sc, const Op& op);

} // namespace fs
