// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope-cli explore: runs the explorer (core/explore/explore.h) on one scenario and
// prints what every interleaving within the preemption bound can do. The CPU
// lists it prints replay with `forkscope-cli challenge SCENARIO --cpus LIST`.
#include <chrono>
#include <iostream>
#include <memory>

#include "cli/cli.h"
#include "core/explore/explore.h"
#include "core/scenario/scenario_loader.h"

namespace fs::cli {
namespace {

constexpr const char* kProg = "forkscope-cli";

struct ExploreArgs {
  std::string scenario;
  ExploreOptions options;
  ScenarioOverrides overrides;
  bool json = false;
};

std::string parse_args(const std::vector<std::string>& args, ExploreArgs& x) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    const std::optional<std::string> inline_value = split_inline_value(arg);
    if (arg == "--json" || arg == "--outcomes") {
      if (inline_value) return arg + " takes no value";
      (arg == "--json" ? x.json : x.options.outcomes) = true;
      continue;
    }
    if (arg.empty() || arg[0] != '-') {
      if (!x.scenario.empty())
        return "explore takes one SCENARIO (got '" + x.scenario + "' and '" + arg + "')";
      x.scenario = arg;
      continue;
    }
    if (arg != "--preemptions" && arg != "--max-states" && arg != "--time" && arg != "--cpus")
      return "unknown option '" + arg + "' (see forkscope-cli --help)";
    const std::optional<std::string> given = option_value(args, i, inline_value);
    if (!given) return arg + " needs a value";
    const std::string& value = *given;
    const std::string bad = arg + ": expected ";
    if (arg == "--preemptions") {
      auto n = parse_number<int>(value);
      if (!n || *n < 0 || *n > 64)
        return bad + "a number of preemptions (0..64), got '" + value + "'";
      x.options.preemptions = *n;
    } else if (arg == "--max-states") {
      auto n = parse_number<uint64_t>(value);
      if (!n || *n == 0) return bad + "a positive number of states, got '" + value + "'";
      x.options.max_states = *n;
    } else if (arg == "--time") {
      auto n = parse_number<uint64_t>(value);
      if (!n || *n == 0) return bad + "a positive number of seconds, got '" + value + "'";
      x.options.max_seconds = static_cast<double>(*n);
    } else {
      auto n = parse_number<int>(value);
      if (!n) return bad + "a number of CPUs, got '" + value + "'";
      x.overrides.cpus = *n;
    }
  }
  if (x.scenario.empty()) return "explore needs a SCENARIO (a file or a bundled scenario's name)";
  return "";
}

} // namespace

int cmd_explore(const Context& ctx, const std::vector<std::string>& args) {
  ExploreArgs xa;
  if (std::string msg = parse_args(args, xa); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  std::string shown_path;
  std::optional<Scenario> loaded = load(ctx, xa.scenario, &shown_path);
  if (!loaded) return kExitUsage;
  if (std::string msg = apply_overrides(*loaded, xa.overrides); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  auto scenario = std::make_shared<const Scenario>(std::move(*loaded));
  const ExploreReport r = explore(scenario, xa.options);
  ctx.out << (xa.json ? explore_report_json(r) : explore_report_text(r));
  // Speed goes to stderr: the report itself is the same on every run.
  ctx.err << kProg << ": explored " << r.total_states << " states in " << r.seconds << " s ("
          << static_cast<uint64_t>(r.seconds > 0 ? r.total_states / r.seconds : 0)
          << " states/s)\n";
  return r.ok() ? kExitOk : kExitExpectations;
}

} // namespace fs::cli
