// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope-cli: the command-line face of the engine. See cli.h.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#endif

#include "cli/cli.h"
#include "core/support/data_dirs.h"
#include "forkscope_version.h"

namespace {

constexpr const char* kUsage = R"(Usage:
  forkscope-cli run SCENARIO [--trace FILE] [--format forkscope|chrome] [--cpus N] [--seed N]
                             [--schedule round-robin|random] [--max-steps N] [--quiet] [--narrate]
  forkscope-cli validate SCENARIO...
  forkscope-cli list
  forkscope-cli forkpy ACTIONS [--cpus N] [--local-reparent] [--gap TICKS] [-o FILE] [--answer]
  forkscope-cli problem --seed N [--actions N] [--fork-percentage P] [--max-processes N]
                        [--cpus N] [--local-reparent] [--gap TICKS] [-o FILE] [--answer]
  forkscope-cli quiz SCENARIO [--seed N] [--max N] [--answers] [--json]
  forkscope-cli challenge SCENARIO (--cpus 0,1,1,... | --solution)
  forkscope-cli explore SCENARIO [--preemptions K] [--max-states N] [--time S] [--cpus N]
                                 [--json] [--outcomes]
  forkscope-cli --help | --version

Runs NetBSD's fork1() (kern_fork.c rev 1.231) on a simulated SMP machine.

SCENARIO is a scenario file, or the name of a bundled scenario (see 'list'),
or a saved trace (its embedded scenario, once the whole trace reads cleanly).
Bundled scenarios are looked up in $FORKSCOPE_SCENARIOS, then next to the program.

run options:
  --trace FILE     write the trace of the run to FILE ('-' = standard output;
                   a name ending in .gz is written gzip-compressed)
  --format F       trace format: forkscope (default) or chrome (Perfetto, chrome://tracing)
  --cpus N         override machine.cpus (1..64)
  --seed N         override machine.seed
  --schedule S     override machine.schedule: round-robin or random
  --max-steps N    override machine.max_steps
  --quiet          print no summary (expectation failures still go to stderr)
  --narrate        print every kernel step: step tick cpu pid  func:line  label - what it does

forkpy / problem (OSTEP fork.py process-tree problems, e.g. ACTIONS = "a+b,b+c,b-"):
  forkpy turns an action list into a scenario; problem generates the list from a seed
  (same seed, same problem, on every platform; --actions 5, --fork-percentage 0.7 and
  --max-processes 8 by default). The scenario goes to FILE (-o) or standard output;
  --answer prints the answer key instead (both with -o): the tree after every action as
  NetBSD builds it (orphans go to init) next to fork.py's (orphans go to a, or with
  --local-reparent to the exiting process's parent). --gap: ticks between actions (200).

quiz ("predict the next step"): questions found in the scenario's run - what fork returns,
  whether a CPU spins or sleeps on a lock, who adopts an orphan, who stops first, what wait
  returns, what wakes a vfork parent. Each says the step to stop at; step forward to check.
  --seed N picks among questions and orders the choices (0 by default), --max N (1..100,
  10 by default), --answers adds the answer and why, --json prints a JSON array.

challenge ("student as scheduler"): replays a CPU choice per step from boot, as the app's
  challenge panel does, and reports which goals of the scenario's challenge were met, in
  order, whether a forbidden event happened first, and the step the goal was reached at.
  --solution replays the scenario's own solution. Exit status 3 when the goal is not reached.
  On a scenario without a challenge it replays the CPU list and reports how the run stands:
  finished or not, deadlock, expectations, invariants (exit status 3 when something failed).

explore: runs the scenario on every schedule ("which CPU steps next") with at most K
  preemptions (--preemptions, 2 by default), bound 0 first, then 1, ... (CHESS). Reports
  states and schedules explored, whether the search was exhaustive within the bound, and
  every deadlock, invariant violation and expectation failure with the shortest CPU list
  found that produces it (replay it with 'challenge SCENARIO --cpus LIST'). --outcomes
  lists the distinct observable outcomes (fork results, stop order, exits, who reaped whom)
  with a witness each. Budgets: --max-states (2000000), --time seconds (60). --json prints
  JSON. Exit status 3 when something was found.

Exit status:
  0  success
  1  internal error
  2  unusable input: bad arguments, unreadable or invalid scenario
  3  an expectation failed, or the outcome differs from expect_outcome
)";

} // namespace

// Locating bundled scenarios (declared in cli.h).
namespace fs::cli {
namespace stdfs = std::filesystem;
std::vector<stdfs::path> scenario_dirs(const std::string& argv0) {
  // One search order for the CLI and the app: core/support/data_dirs.h.
  return fs::scenario_search_dirs(fs::executable_dir(argv0));
}

std::optional<stdfs::path> resolve_scenario(const std::string& arg,
                                            const std::vector<stdfs::path>& dirs) {
  std::error_code ec;
  if (stdfs::is_regular_file(fs::path_from_utf8(arg), ec)) return fs::path_from_utf8(arg);
  // A name is a bare word: anything with a separator or a .json suffix is a path.
  if (arg.empty() || arg.find_first_of("/\\") != std::string::npos ||
      stdfs::path(arg).extension() == ".json")
    return std::nullopt;
  for (const stdfs::path& dir : dirs) {
    stdfs::path candidate = dir / (arg + ".json");
    if (stdfs::is_regular_file(candidate, ec)) return candidate.lexically_normal();
  }
  return std::nullopt;
}

} // namespace fs::cli

int main(int argc, char** argv) {
  using namespace fs::cli;
#ifdef _WIN32
  // A trace on standard output must be the same bytes as on Linux: no "\r\n".
  _setmode(_fileno(stdout), _O_BINARY);
#endif
  try {
    std::vector<std::string> args(argv + 1, argv + argc);
    Context ctx{argc > 0 ? argv[0] : "forkscope-cli", std::cout, std::cerr};
    if (args.empty()) {
      std::cerr << kUsage;
      return kExitUsage;
    }
    const std::string command = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return kExitOk;
    }
    if (command == "--version") {
      std::cout << "forkscope-cli " << FORKSCOPE_VERSION << '\n';
      return kExitOk;
    }
    for (const std::string& a : rest) {
      if (a == "--help" || a == "-h") {
        std::cout << kUsage;
        return kExitOk;
      }
    }
    int status = kExitUsage;
    if (command == "run") {
      status = cmd_run(ctx, rest);
    } else if (command == "validate") {
      status = cmd_validate(ctx, rest);
    } else if (command == "list") {
      status = cmd_list(ctx, rest);
    } else if (command == "forkpy") {
      status = cmd_forkpy(ctx, rest);
    } else if (command == "problem") {
      status = cmd_problem(ctx, rest);
    } else if (command == "challenge") {
      status = cmd_challenge(ctx, rest);
    } else if (command == "quiz") {
      status = cmd_quiz(ctx, rest);
    } else if (command == "explore") {
      status = cmd_explore(ctx, rest);
    } else {
      std::cerr << "forkscope-cli: unknown command '" << command << "'\n\n" << kUsage;
    }
    std::cout.flush();
    if (!std::cout) {
      // Like an unwritable --trace file: the output is unusable, not a bug.
      std::cerr << "forkscope-cli: cannot write to standard output\n";
      return kExitUsage;
    }
    return status;
  } catch (const std::exception& e) {
    std::cerr << "forkscope-cli: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "forkscope-cli: internal error: unknown exception\n";
  }
  return kExitInternal;
}
