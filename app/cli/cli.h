// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope-cli: runs, validates and lists scenarios from the command line
// (contract: ../shared/spec/trace-format.md, "forkscope-cli"). Links the engine
// only, never Qt.
#pragma once
#include <charconv>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/scenario/scenario.h"

namespace fs::cli {

// Exit statuses of the command-line contract.
enum Exit : int {
  kExitOk = 0,
  kExitInternal = 1,     // a bug or an installation problem
  kExitUsage = 2,        // bad arguments, unreadable or invalid scenario
  kExitExpectations = 3, // an expectation failed or the outcome differs from expect_outcome
};

struct Context {
  std::string argv0; // used to find the executable's directory
  std::ostream& out;
  std::ostream& err;
};

// Where bundled scenarios may live, in lookup order: $FORKSCOPE_SCENARIOS,
// then <root>/scenarios for each data root of core/support/data_dirs.h (installed
// layouts relative to the executable, then the build tree). Directories that
// do not exist are kept: callers check.
std::vector<std::filesystem::path> scenario_dirs(const std::string& argv0);
// Loads SCENARIO (a path or a bundled scenario's name), printing its errors;
// nullopt when it is unusable. shown_path receives the file's UTF-8 path.
std::optional<Scenario> load(const Context& ctx, const std::string& arg, std::string* shown_path);

// SCENARIO as given on the command line: an existing file, else the name of a
// bundled scenario (<dir>/<name>.json in the first directory that has it).
std::optional<std::filesystem::path>
resolve_scenario(const std::string& arg, const std::vector<std::filesystem::path>& dirs);

// The subcommands; args are those after the subcommand's name.
int cmd_run(const Context& ctx, const std::vector<std::string>& args);
int cmd_validate(const Context& ctx, const std::vector<std::string>& args);
int cmd_list(const Context& ctx, const std::vector<std::string>& args);
// OSTEP fork.py problems (cli_classroom.cpp).
int cmd_forkpy(const Context& ctx, const std::vector<std::string>& args);
int cmd_problem(const Context& ctx, const std::vector<std::string>& args);
// Grades a CPU sequence against a scenario's scheduler challenge (cli_challenge.cpp).
int cmd_challenge(const Context& ctx, const std::vector<std::string>& args);
// "Predict the next step" questions from a run (cli_quiz.cpp).
int cmd_quiz(const Context& ctx, const std::vector<std::string>& args);
// Explores every schedule within a preemption bound (cli_explore.cpp).
int cmd_explore(const Context& ctx, const std::vector<std::string>& args);

// Splits "--opt=value" into "--opt" and "value"; other arguments are left whole.
inline std::optional<std::string> split_inline_value(std::string& arg) {
  const size_t eq = arg.find('=');
  if (arg.rfind("--", 0) != 0 || eq == std::string::npos) return std::nullopt;
  std::string value = arg.substr(eq + 1);
  arg.resize(eq);
  return value;
}

// The value of the option args[i]: given inline ("--opt=value", already split
// off by split_inline_value) or as the next argument, which is then consumed.
// nullopt when it is missing.
inline std::optional<std::string> option_value(const std::vector<std::string>& args, size_t& i,
                                               const std::optional<std::string>& inline_value) {
  if (inline_value) return inline_value;
  if (i + 1 < args.size()) return args[++i];
  return std::nullopt;
}

// Parses all of text as a number of type T; nullopt on anything else.
template <typename T> std::optional<T> parse_number(const std::string& text) {
  T value{};
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

} // namespace fs::cli
