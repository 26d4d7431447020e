// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a process-tree problem of OSTEP's fork.py (Arpaci-Dusseau): an
// action list such as "a+b,b+c,c-,a+d" (a forks b, c exits) becomes a
// Forkscope scenario whose run performs the actions in that global order, and
// an answer key: the tree after each action as NetBSD builds it (taken from a
// run of the generated scenario) next to the tree fork.py prints. The lesson:
// fork.py hands orphans to its root "a" (or, with -R, to the local parent);
// NetBSD hands them to init (pid 1), which is not the scenario's first process.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace fs {

struct ForkpyOptions {
  int cpus = 1;                // machine.cpus of the scenario, 1..64
  bool local_reparent = false; // fork.py -R: orphans go to the exiting process's parent
  int gap = 200;               // ticks between two actions (action i happens at tick i*gap)
  std::string origin;          // where the actions came from, e.g. "seed 42" (for the text)
};

struct ForkpyAction {
  bool fork = true;  // "p+q" (true) or "p-" (false)
  std::string actor; // p
  std::string child; // q, forks only
  std::string text;  // as written, e.g. "b+c"
};

struct ForkpyParse {
  std::vector<ForkpyAction> actions;
  std::vector<std::string> errors; // "action 3 \"x+y\": unknown process \"x\""
};

// The tree after one action, in a compact form: children in creation order,
// e.g. "init(a(b) c)" for NetBSD (a zombie is written "c:zombie") and "a(b c)"
// for fork.py.
struct ForkpyStep {
  std::string action;             // "b-"
  std::string netbsd;             // from the engine's run
  std::string forkpy;             // from fork.py's rules
  std::vector<std::string> moved; // live processes whose parent differs between the two
  bool differs() const { return !moved.empty(); }
};

struct ForkpyImport {
  std::string scenario_json; // empty when errors is not
  std::vector<std::string> errors;
  std::string answer;            // the side-by-side answer key
  std::vector<ForkpyStep> steps; // one per action
};

// Syntax and consistency of an action list: actions are separated by commas
// and/or white space; names are [a-z][a-z0-9]*; the root "a" exists from the
// start and cannot exit (as in fork.py); "init" and "any" are reserved.
ForkpyParse parse_forkpy_actions(std::string_view text);

ForkpyImport import_forkpy(std::string_view actions, const ForkpyOptions& opt = {});

} // namespace fs
