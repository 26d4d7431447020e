// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope-cli challenge: replays a student's CPU choices (what the GUI's
// challenge panel records, one Machine::step_cpu per click) and grades them
// against the scenario's challenge, so answers can be checked in batch.
#include <iostream>
#include <memory>

#include "cli/cli.h"
#include "core/classroom/challenge.h"
#include "core/machine.h"
#include "core/scenario/scenario_loader.h"
#include "core/trace/trace.h"

namespace fs::cli {
namespace {

constexpr const char* kProg = "forkscope-cli";

struct ChallengeArgs {
  std::string scenario;
  std::optional<std::vector<int>> cpus; // --cpus 0,1,1
  bool solution = false;                // --solution
};

// "0,1,1" -> {0, 1, 1}; nullopt on anything but comma-separated non-negative numbers.
std::optional<std::vector<int>> parse_cpu_list(const std::string& text) {
  std::vector<int> out;
  size_t start = 0;
  for (;;) {
    const size_t comma = text.find(',', start);
    auto n = parse_number<int>(text.substr(start, comma - start));
    if (!n || *n < 0) return std::nullopt;
    out.push_back(*n);
    if (comma == std::string::npos) return out;
    start = comma + 1;
  }
}

std::string parse_args(const std::vector<std::string>& args, ChallengeArgs& c) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    const std::optional<std::string> inline_value = split_inline_value(arg);
    if (arg == "--solution") {
      if (inline_value) return "--solution takes no value";
      c.solution = true;
    } else if (arg == "--cpus") {
      const std::optional<std::string> given = option_value(args, i, inline_value);
      if (!given) return "--cpus needs a value (the CPU of every step, e.g. 0,1,1,0)";
      const std::string& value = *given;
      c.cpus = parse_cpu_list(value);
      if (!c.cpus) return "--cpus: expected CPU numbers separated by commas, got '" + value + "'";
    } else if (!arg.empty() && arg[0] == '-') {
      return "unknown option '" + arg + "' (see forkscope-cli --help)";
    } else if (!c.scenario.empty()) {
      return "challenge takes one SCENARIO (got '" + c.scenario + "' and '" + arg + "')";
    } else {
      c.scenario = arg;
    }
  }
  if (c.scenario.empty()) return "challenge needs a SCENARIO (a file or a bundled scenario's name)";
  if (c.solution == c.cpus.has_value()) return "challenge needs either --cpus LIST or --solution";
  return "";
}

void print_progress(std::ostream& os, const Challenge& c, const ChallengeProgress& p,
                    const KernelState& s, size_t choices) {
  os << "replayed:  " << choices << " CPU choices, " << s.steps << " steps\n";
  for (size_t i = 0; i < c.in_order.size(); ++i) {
    os << "  [" << (i < p.reached ? 'x' : ' ') << "] " << i + 1 << ". " << c.in_order[i].text;
    if (i < p.reached) os << "  (step " << p.reached_steps[i] << ")";
    os << '\n';
  }
  for (size_t i = 0; i < c.never.size(); ++i) {
    const bool happened = p.failed && p.failed_never == i;
    os << "  never: " << c.never[i].text;
    if (happened) os << "  (HAPPENED at step " << p.failed_step << ")";
    os << '\n';
  }
  const std::string par = c.par_steps ? std::to_string(c.par_steps) : "unknown";
  if (p.done)
    os << "result:    DONE at step " << p.done_step << " (par " << par << ")\n";
  else if (p.failed)
    os << "result:    FAILED: " << p.failure << " (undo and try another order)\n";
  else
    os << "result:    not reached (" << p.reached << " of " << c.in_order.size() << " met)\n";
}

} // namespace

// cli_replay.cpp
int replay_cpu_list(const Context& ctx, std::shared_ptr<const Scenario> scenario,
                    const std::string& shown_path, const std::vector<int>& cpus);

int cmd_challenge(const Context& ctx, const std::vector<std::string>& args) {
  ChallengeArgs ca;
  if (std::string msg = parse_args(args, ca); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  std::string shown_path;
  std::optional<Scenario> loaded = load(ctx, ca.scenario, &shown_path);
  if (!loaded) return kExitUsage;
  auto scenario = std::make_shared<const Scenario>(std::move(*loaded));
  if (!scenario->challenge && !ca.solution) {
    for (size_t i = 0; i < ca.cpus->size(); ++i) {
      if ((*ca.cpus)[i] >= scenario->machine.cpus) {
        ctx.err << kProg << ": --cpus: entry " << i << " is CPU " << (*ca.cpus)[i]
                << ", but the machine has " << scenario->machine.cpus << " CPUs\n";
        return kExitUsage;
      }
    }
    // No goals to grade: replay the list (e.g. an explorer's witness) and report the run.
    return replay_cpu_list(ctx, scenario, shown_path, *ca.cpus);
  }
  if (!scenario->challenge) {
    ctx.err << kProg << ": " << shown_path << ": the scenario has no challenge\n";
    return kExitUsage;
  }
  const Challenge& c = *scenario->challenge;
  const std::vector<int> cpus = ca.solution ? c.solution : *ca.cpus;
  if (ca.solution && cpus.empty()) {
    ctx.err << kProg << ": " << shown_path << ": the challenge has no solution\n";
    return kExitUsage;
  }
  for (size_t i = 0; i < cpus.size(); ++i) {
    if (cpus[i] >= scenario->machine.cpus) {
      ctx.err << kProg << ": --cpus: entry " << i << " is CPU " << cpus[i]
              << ", but the machine has " << scenario->machine.cpus << " CPUs\n";
      return kExitUsage;
    }
  }

  // The student's run: from boot, one step_cpu per choice, as the GUI does.
  Trace trace;
  Machine m(scenario, &trace);
  for (int cpu : cpus) m.step_cpu(cpu);
  const ChallengeProgress p = check_challenge(c, trace, m.state());

  ctx.out << scenario->title << "  (" << shown_path << ")\n";
  ctx.out << "goal:      " << c.goal << '\n';
  print_progress(ctx.out, c, p, m.state(), cpus.size());
  return p.done ? kExitOk : kExitExpectations;
}

} // namespace fs::cli
