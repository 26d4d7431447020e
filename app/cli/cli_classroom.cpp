// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope-cli forkpy / problem: OSTEP fork.py problems as scenarios, with
// their answer keys (core/classroom/forkpy.h, core/classroom/problem_gen.h).
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <stdexcept>

#include "cli/cli.h"
#include "core/classroom/forkpy.h"
#include "core/classroom/problem_gen.h"
#include "core/trace/trace_io.h"

namespace fs::cli {
namespace {

constexpr const char* kProg = "forkscope-cli";

struct ClassroomArgs {
  std::string actions; // forkpy: the action list
  std::optional<uint64_t> seed;
  int count = 5; // problem: --actions
  double fork_percentage = 0.7;
  int max_processes = 8;
  ForkpyOptions opt;
  std::string output; // -o FILE
  bool answer = false;
};

std::optional<double> parse_double(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return v;
}

// Returns "" when parsed, else the message for the user. problem: the
// subcommand is `problem` (takes --seed ...), else `forkpy` (takes ACTIONS).
std::string parse_args(const std::vector<std::string>& args, bool problem, ClassroomArgs& r) {
  bool have_actions = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    const std::optional<std::string> inline_value = split_inline_value(arg);
    if (arg == "--local-reparent" || arg == "--answer") {
      if (inline_value) return arg + " takes no value";
      (arg == "--answer" ? r.answer : r.opt.local_reparent) = true;
      continue;
    }
    if (!problem && (arg.empty() || arg[0] != '-')) {
      if (have_actions) return "forkpy takes one ACTIONS argument (quote it: \"a+b,b+c,c-\")";
      r.actions = arg;
      have_actions = true;
      continue;
    }
    const bool valued = arg == "-o" || arg == "--output" || arg == "--cpus" || arg == "--gap" ||
                        (problem && (arg == "--seed" || arg == "--actions" ||
                                     arg == "--fork-percentage" || arg == "--max-processes"));
    if (!valued) return "unknown argument '" + arg + "' (see forkscope-cli --help)";
    const std::optional<std::string> given = option_value(args, i, inline_value);
    if (!given) return arg + " needs a value";
    const std::string& v = *given;
    auto bad = [&](const char* what) { return arg + ": expected " + what + ", got '" + v + "'"; };
    if (arg == "-o" || arg == "--output") {
      if (v.empty()) return arg + " needs a file name";
      r.output = v;
    } else if (arg == "--cpus") {
      auto n = parse_number<int>(v);
      if (!n || *n < 1 || *n > 64) return bad("a number of CPUs, 1..64");
      r.opt.cpus = *n;
    } else if (arg == "--gap") {
      auto n = parse_number<int>(v);
      if (!n || *n < 50 || *n > 100000) return bad("ticks between actions, 50..100000");
      r.opt.gap = *n;
    } else if (arg == "--seed") {
      auto n = parse_number<uint64_t>(v);
      if (!n) return bad("a non-negative integer");
      r.seed = *n;
    } else if (arg == "--actions") {
      auto n = parse_number<int>(v);
      if (!n || *n < 1 || *n > 1000) return bad("a number of actions, 1..1000");
      r.count = *n;
    } else if (arg == "--fork-percentage") {
      auto d = parse_double(v);
      if (!d || !(*d >= 0.0 && *d <= 1.0)) return bad("a fraction, 0..1 (e.g. 0.7)");
      r.fork_percentage = *d;
    } else if (arg == "--max-processes") {
      auto n = parse_number<int>(v);
      if (!n || *n < 2 || *n > 100) return bad("a number of processes, 2..100");
      r.max_processes = *n;
    }
  }
  if (problem && !r.seed) return "problem needs --seed N";
  if (!problem && !have_actions) return "forkpy needs ACTIONS, e.g. forkpy \"a+b,b+c,c-\"";
  return "";
}

// Imports, then writes the scenario (-o FILE, else standard output unless
// --answer) and the answer key (--answer, standard output).
int emit(const Context& ctx, const ClassroomArgs& ca) {
  ForkpyImport imp = import_forkpy(ca.actions, ca.opt);
  if (!imp.errors.empty()) {
    for (const std::string& e : imp.errors) ctx.err << kProg << ": " << e << '\n';
    return kExitUsage;
  }
  if (!ca.output.empty()) {
    if (std::string msg = save_file_atomically(ca.output, imp.scenario_json); !msg.empty()) {
      ctx.err << kProg << ": " << msg << '\n';
      return kExitUsage;
    }
  } else if (!ca.answer) {
    ctx.out << imp.scenario_json;
  }
  if (ca.answer) ctx.out << imp.answer;
  return kExitOk;
}

} // namespace

int cmd_forkpy(const Context& ctx, const std::vector<std::string>& args) {
  ClassroomArgs ca;
  if (std::string msg = parse_args(args, false, ca); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  return emit(ctx, ca);
}

int cmd_problem(const Context& ctx, const std::vector<std::string>& args) {
  ClassroomArgs ca;
  if (std::string msg = parse_args(args, true, ca); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  try {
    ca.actions = generate_forkpy_actions(*ca.seed, ca.count, ca.fork_percentage, ca.max_processes);
  } catch (const std::invalid_argument& e) {
    ctx.err << kProg << ": " << e.what() << '\n';
    return kExitUsage;
  }
  ca.opt.origin = "forkscope-cli problem --seed " + std::to_string(*ca.seed) + " --actions " +
                  std::to_string(ca.count);
  const int status = emit(ctx, ca);
  if (status == kExitOk && !ca.output.empty() && !ca.answer)
    ctx.out << "Problem (seed " << *ca.seed << "): " << ca.actions << '\n';
  return status;
}

} // namespace fs::cli
