// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "core/state/step_table.h"
#include "core/support/data_dirs.h"
#include "core/trace/trace_io.h"
#include "core/trace_open.h"
#include "forkscope_version.h" // generated from project(VERSION)

namespace fs::cli {
namespace stdfs = std::filesystem;
namespace {

constexpr const char* kProg = "forkscope-cli";

struct RunArgs {
  std::string scenario;
  std::string trace_file; // "" = none, "-" = stdout
  std::string format = "forkscope";
  ScenarioOverrides overrides;
  bool quiet = false;
  bool narrate = false;
};

// Returns "" when parsed, else the message for the user.
std::string parse_run_args(const std::vector<std::string>& args, RunArgs& r) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    const std::optional<std::string> inline_value = split_inline_value(arg);
    if (arg == "--quiet" || arg == "--narrate") {
      if (inline_value) return arg + " takes no value";
      (arg == "--quiet" ? r.quiet : r.narrate) = true;
      continue;
    }
    if (arg.empty() || arg[0] != '-') {
      if (!r.scenario.empty())
        return "run takes one SCENARIO (got '" + r.scenario + "' and '" + arg + "')";
      r.scenario = arg;
      continue;
    }
    static const char* const kValued[] = {"--trace", "--format",   "--cpus",
                                          "--seed",  "--schedule", "--max-steps"};
    if (std::find(std::begin(kValued), std::end(kValued), arg) == std::end(kValued))
      return "unknown option '" + arg + "' (see forkscope-cli --help)";
    const std::optional<std::string> given = option_value(args, i, inline_value);
    if (!given) return arg + " needs a value";
    const std::string& value = *given;
    auto bad_number = [&](const char* what) {
      return arg + ": expected " + what + ", got '" + value + "'";
    };
    if (arg == "--trace") {
      if (value.empty()) return "--trace needs a file name (or - for standard output)";
      r.trace_file = value;
    } else if (arg == "--format") {
      if (value != "forkscope" && value != "chrome")
        return "--format: expected forkscope or chrome, got '" + value + "'";
      r.format = value;
    } else if (arg == "--cpus") {
      auto n = parse_number<int>(value);
      if (!n) return bad_number("a number of CPUs");
      r.overrides.cpus = *n;
    } else if (arg == "--seed") {
      auto n = parse_number<uint64_t>(value);
      if (!n) return bad_number("a non-negative integer");
      r.overrides.seed = *n;
    } else if (arg == "--schedule") {
      if (value != "round-robin" && value != "random")
        return "--schedule: expected round-robin or random, got '" + value + "'";
      r.overrides.schedule = value;
    } else if (arg == "--max-steps") {
      auto n = parse_number<uint64_t>(value);
      if (!n) return bad_number("a non-negative integer");
      r.overrides.max_steps = *n;
    }
  }
  if (r.scenario.empty()) return "run needs a SCENARIO (a file or a bundled scenario's name)";
  return "";
}

} // namespace

std::optional<Scenario> load(const Context& ctx, const std::string& arg, std::string* shown_path) {
  auto path = resolve_scenario(arg, scenario_dirs(ctx.argv0));
  if (!path) {
    ctx.err << kProg << ": " << arg
            << ": no such file, and no bundled scenario of that name (see forkscope-cli list)\n";
    return std::nullopt;
  }
  *shown_path = fs::utf8_string(*path); // UTF-8 on every platform (core/support/data_dirs.h)
  // A saved trace stands for the run it records: its embedded scenario, once
  // the whole trace has read cleanly - what the app opens, refused where the
  // app refuses it, with the same message.
  if (looks_like_trace_file(*shown_path)) {
    TraceScenario t = load_checked_trace_scenario(*shown_path);
    if (!t.scenario) {
      ctx.err << t.error << '\n';
      return std::nullopt;
    }
    return *t.scenario;
  }
  ScenarioLoad loaded = load_scenario_file(*shown_path);
  for (const LoadError& e : loaded.errors) ctx.err << e.str() << '\n';
  if (!loaded.errors.empty() || !loaded.scenario) return std::nullopt;
  return std::move(loaded.scenario);
}

namespace {

void print_narration(std::ostream& os, const Trace& t) {
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind != EventKind::Step) continue;
    const StepInfo& s = step_info(e.step_id());
    // The step (1-based, as the app's "Step N") that executed this event and
    // the tick it ran in: the app shows the state after step N with the same tick.
    const uint64_t step = t.step_of_event(seq) + 1;
    os << step << ' ' << t.tick_of_step(step - 1) << ' '
       << (e.cpu < 0 ? std::string("-") : std::to_string(e.cpu)) << ' '
       << (e.pid < 0 ? std::string("-") : std::to_string(e.pid)) << "  " << s.func;
    if (s.line > 0) os << ':' << s.line;
    if (s.line_end > s.line) os << '-' << s.line_end; // the step's whole range, e.g. fork1:581-587
    os << "  " << s.label << " \u2014 " << s.narration << '\n';
  }
}

void print_summary(std::ostream& os, const Scenario& sc, const Outcome& o) {
  os << sc.title << "  (" << sc.file << ")\n";
  os << "outcome:      " << o.result;
  if (o.result != sc.expect_outcome) os << "  (EXPECTED " << sc.expect_outcome << ")";
  os << "\nsteps:        " << o.steps << " in " << o.ticks << " ticks\n";
  os << "forks:        ";
  const char* sep = "";
  for (const auto& [result, count] : o.forks_by_result) {
    if (count == 0) continue;
    os << sep << result << ' ' << count;
    sep = ", ";
  }
  if (*sep == '\0') os << "none";
  os << "\nexpectations: " << o.expectations_passed << " passed, " << o.expectations_failed
     << " failed\n";
  for (const ExpectationFailure& f : o.failures)
    os << "  FAILED " << f.op_path << ": " << f.message << '\n';
}

} // namespace

namespace {
// Why a --trace FILE cannot be written ("" when it looks writable): its
// directory must exist and the name must not be a directory.
std::string trace_path_problem(const std::string& file) {
  if (file.empty() || file == "-") return "";
  namespace stdfs = std::filesystem;
  std::error_code ec;
  const stdfs::path p = stdfs::u8path(file);
  if (stdfs::is_directory(p, ec)) return "Is a directory";
  const stdfs::path dir = p.has_parent_path() ? p.parent_path() : stdfs::path(".");
  if (!stdfs::exists(dir, ec)) return "No such file or directory";
  if (!stdfs::is_directory(dir, ec)) return "Not a directory";
  return "";
}
} // namespace

int cmd_run(const Context& ctx, const std::vector<std::string>& args) {
  RunArgs ra;
  if (std::string msg = parse_run_args(args, ra); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  if (ra.format != "forkscope" && ra.trace_file.empty()) {
    ctx.err << kProg << ": --format applies to --trace: give --trace FILE too\n";
    return kExitUsage;
  }
  std::string path;
  std::optional<Scenario> sc = load(ctx, ra.scenario, &path);
  if (!sc) return kExitUsage;
  if (std::string msg = apply_overrides(*sc, ra.overrides); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  // A run can take long: refuse a --trace path that cannot be written before
  // running, not after.
  if (std::string msg = trace_path_problem(ra.trace_file); !msg.empty()) {
    ctx.err << kProg << ": cannot write " << ra.trace_file << ": " << msg << '\n';
    return kExitUsage;
  }
  auto scenario = std::make_shared<const Scenario>(std::move(*sc));
  RunOptions options;
  options.record = !ra.trace_file.empty() || ra.narrate;
  options.generator = std::string(kProg) + " " + FORKSCOPE_VERSION;
  RunResult result = run_scenario(scenario, options);

  // When the trace goes to standard output, the human-readable text goes to stderr.
  std::ostream& human = ra.trace_file == "-" ? ctx.err : ctx.out;
  if (ra.narrate) print_narration(human, result.trace);
  const Outcome& o = result.trace.outcome;
  if (!ra.quiet) {
    print_summary(human, *scenario, o);
  } else {
    if (o.result != scenario->expect_outcome)
      ctx.err << path << ": outcome " << o.result << ", expected " << scenario->expect_outcome
              << '\n';
    for (const ExpectationFailure& f : o.failures)
      ctx.err << path << ": " << f.op_path << ": " << f.message << '\n';
  }

  if (!ra.trace_file.empty()) {
    // Streamed, never built as one string: a long run writes gigabytes.
    const bool chrome = ra.format == "chrome";
    if (ra.trace_file == "-") {
      if (chrome)
        write_chrome_trace(ctx.out, result.trace);
      else
        write_trace(ctx.out, result.trace);
      ctx.out.flush();
    } else if (std::string msg = chrome ? save_chrome_trace_file(ra.trace_file, result.trace)
                                        : save_trace_file(ra.trace_file, result.trace);
               !msg.empty()) {
      ctx.err << kProg << ": " << msg << '\n';
      return kExitUsage;
    }
  }
  return outcome_exit_status(*scenario, o);
}

int cmd_validate(const Context& ctx, const std::vector<std::string>& args) {
  if (args.empty()) {
    ctx.err << kProg << ": validate needs at least one SCENARIO\n";
    return kExitUsage;
  }
  int status = kExitOk;
  for (const std::string& arg : args) {
    std::string path;
    if (std::optional<Scenario> sc = load(ctx, arg, &path)) {
      ctx.out << "OK " << path << ": " << sc->title << '\n';
    } else {
      status = kExitUsage;
    }
  }
  return status;
}

int cmd_list(const Context& ctx, const std::vector<std::string>& args) {
  if (!args.empty()) {
    ctx.err << kProg << ": list takes no arguments\n";
    return kExitUsage;
  }
  std::error_code ec;
  std::vector<stdfs::path> dirs = scenario_dirs(ctx.argv0);
  auto dir = std::find_if(dirs.begin(), dirs.end(),
                          [&](const stdfs::path& d) { return stdfs::is_directory(d, ec); });
  if (dir == dirs.end()) {
    ctx.err << kProg << ": no bundled scenario directory found; looked in:\n";
    for (const stdfs::path& d : dirs) ctx.err << "  " << d.string() << '\n';
    return kExitInternal;
  }
  std::vector<stdfs::path> files;
  for (const auto& entry : stdfs::directory_iterator(*dir))
    if (entry.is_regular_file() && entry.path().extension() == ".json")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end(),
            [](const stdfs::path& a, const stdfs::path& b) { return a.stem() < b.stem(); });
  size_t width = 0;
  for (const stdfs::path& f : files) width = std::max(width, f.stem().string().size());
  for (const stdfs::path& f : files) {
    std::string name = f.stem().string();
    ctx.out << name << std::string(width - name.size() + 2, ' ');
    ScenarioLoad loaded = load_scenario_file(f.string());
    if (!loaded.scenario || !loaded.errors.empty()) {
      ctx.out << "(invalid: "
              << (loaded.errors.empty() ? std::string("unknown error") : loaded.errors[0].str())
              << ")\n";
      continue;
    }
    ctx.out << loaded.scenario->title;
    const std::vector<std::string>& tags = loaded.scenario->tags;
    if (!tags.empty()) {
      ctx.out << "  [";
      for (size_t i = 0; i < tags.size(); ++i) ctx.out << (i ? ", " : "") << tags[i];
      ctx.out << ']';
    }
    ctx.out << '\n';
  }
  return kExitOk;
}

} // namespace fs::cli
