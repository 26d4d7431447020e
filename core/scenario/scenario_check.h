// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of the scenario loader (scenario_loader.cpp, scenario_ops.cpp):
// typed access to JSON values that reports every problem with its position,
// and the compiler of op arrays into Scenario::ops / Scenario::lists.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/scenario/scenario_loader.h"
#include "core/state/names.h"
#include "core/support/json_pos.h"

namespace fs::detail {

using Json = nlohmann::ordered_json;

inline constexpr std::size_t kMaxErrors = 1000; // then "too many errors"
inline constexpr std::size_t kMaxProcesses = 1000;
inline constexpr std::size_t kMaxOps = 100000; // written ops in one file
inline constexpr int kMaxRepeatNesting = 8;
inline constexpr std::size_t kMaxScript = 10000000; // schedule.script entries
inline constexpr int64_t kInt32Max = 2147483647;

// Keys that start with "x-" or "_" are the user's own and are ignored.
bool is_ignored_key(std::string_view key);
// [A-Za-z_][A-Za-z0-9_.-]*
bool is_valid_name(std::string_view name);
// "a string", "an array", 2.5, true, ... for "expected X (found Y)".
std::string describe(const Json& v);
// ptr + "/" + token
std::string at(const std::string& ptr, std::string_view key);
std::string at(const std::string& ptr, std::size_t index);

class Checker {
public:
  Checker(const JsonDocument& doc, std::string file) : doc_(doc), file_(std::move(file)) {}

  void error(const std::string& ptr, std::string msg);     // at the value of ptr
  void key_error(const std::string& ptr, std::string msg); // at the key of member ptr
  std::size_t error_count() const { return errors_.size(); }
  // The errors in document order (stable by position).
  std::vector<LoadError> take_errors();

  // Member of obj, or nullptr (obj must be an object).
  static const Json* get(const Json& obj, std::string_view key);
  // Reports `missing required field "key"` at obj when absent.
  const Json* require(const Json& obj, const std::string& ptr, std::string_view key);
  // Reports `unknown key "x"` at the key of every member not listed.
  // Empty entries of b are ignored.
  void known_keys(const Json& obj, const std::string& ptr,
                  std::initializer_list<std::string_view> a,
                  std::span<const std::string_view> b = {});

  // Type and range checks: report "expected ... (found ...)" or "N is out of
  // range lo..hi" and return nullopt / false.
  bool object(const Json& v, const std::string& ptr);
  bool array(const Json& v, const std::string& ptr);
  std::optional<std::string> string(const Json& v, const std::string& ptr);
  std::optional<bool> boolean(const Json& v, const std::string& ptr);
  std::optional<int64_t> integer(const Json& v, const std::string& ptr, int64_t lo, int64_t hi);
  std::optional<uint64_t> unsigned_integer(const Json& v, const std::string& ptr);
  std::optional<std::string> one_of(const Json& v, const std::string& ptr,
                                    std::initializer_list<std::string_view> allowed);

private:
  void add(const std::string& ptr, JsonPos pos, std::string msg);
  const JsonDocument& doc_;
  std::string file_;
  std::vector<LoadError> errors_;
  bool too_many_ = false;
};

// Compiles op arrays into a Scenario and gathers the process names that
// programs declare and use, so that uses can be resolved once all are known.
class OpCompiler {
public:
  OpCompiler(Checker& ck, Scenario& sc) : ck_(ck), sc_(sc) {}

  // Compiles the array *arr (nullptr = absent = empty) at ptr into a new
  // op list, fills norm with its normalized form and returns the list index.
  int list(const Json* arr, const std::string& ptr, int repeat_depth, Json& norm);
  // Names that are always known ("init", the listed processes).
  void declare(const std::string& name) { declared_.insert(name); }
  // Records a use of a process name outside the programs (the challenge), to be
  // checked by resolve_names like the programs' own.
  void use(const std::string& name, const std::string& ptr) { uses_.emplace_back(name, ptr); }
  // Reports every use of a process name that no process can have.
  void resolve_names();

private:
  int op(const Json& v, const std::string& ptr, int repeat_depth, Json& norm);
  void fields(const Json& v, const std::string& ptr, int repeat_depth, Op& o, Json& norm);
  void child_name(const Json& v, const std::string& ptr, Op& o, Json& norm);
  void clone_fields(const Json& v, const std::string& ptr, int repeat_depth, Op& o, Json& norm);
  void ptrace_fields(const Json& v, const std::string& ptr, Op& o, Json& norm);
  void sysctl_fields(const Json& v, const std::string& ptr, Op& o, Json& norm);
  void expect(const Json& v, const std::string& ptr, Op& o, Json& norm);
  void status(const Json& v, const std::string& ptr, Op& o, Json& norm);
  // A process name, a literal pid >= min_pid, or (allow_any) "any".
  std::optional<ProcRef> proc(const Json& v, const std::string& ptr, bool allow_any, int min_pid);
  std::optional<int> signal(const Json& v, const std::string& ptr, int lo, int hi);
  // An array of names, OR-ed together through lookup; "what" names them in errors.
  using Lookup = std::optional<uint32_t> (*)(std::string_view);
  std::optional<uint32_t> mask(const Json& v, const std::string& ptr, Lookup lookup,
                               const char* what, bool non_empty);
  bool known(std::string_view name) const;

  Checker& ck_;
  Scenario& sc_;
  std::unordered_set<std::string> declared_;
  std::vector<std::pair<std::string, std::string>> uses_; // name, pointer
  std::size_t op_count_ = 0;
};

// Loads the top-level "challenge" object (scenario_challenge.cpp) into
// sc.challenge and its normalized form into norm; CPUs must be 0..max_cpu.
void load_challenge(Checker& ck, OpCompiler& ops, const Json& v, int max_cpu, Scenario& sc,
                    Json& norm);
// For --cpus: "" when every CPU the challenge names exists, else the message.
std::string challenge_cpus_fit(const Challenge& c, int cpus);

} // namespace fs::detail
