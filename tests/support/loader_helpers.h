// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the scenario loader tests.
#pragma once
// (The tests: the scenario loader - defaults, every kind of error with its exact
// file:line:col and JSON pointer, robustness, normalization and overrides.)
#include "core/scenario/scenario_loader.h"
#include "core/support/json_pos.h"

#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#if defined(__SANITIZE_ADDRESS__)
#define FS_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FS_TEST_SANITIZED 1
#endif
#endif

namespace fs::test::loader {
namespace {

using fs::load_scenario_text;

// A scenario with the given machine object and processes array.
[[maybe_unused]] std::string doc(const std::string& processes, const std::string& machine = "{}",
                                 const std::string& extra = "") {
  return "{\n  \"format\": \"forkscope-scenario\",\n  \"version\": 1,\n  \"title\": \"t\",\n" +
         extra + "  \"machine\": " + machine + ",\n  \"processes\": " + processes + "\n}\n";
}

[[maybe_unused]] std::string one(const std::string& program) {
  return doc("[{\"name\": \"sh\", \"program\": " + program + "}]");
}

// "line:col" of the nth occurrence of needle in text (ASCII text only).
[[maybe_unused]] std::string pos(const std::string& text, const std::string& needle, int nth = 0) {
  std::size_t at = text.find(needle);
  for (; nth > 0 && at != std::string::npos; --nth) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  int line = 1, col = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n')
      line++, col = 1;
    else
      col++;
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

[[maybe_unused]] std::vector<std::string> errors(const std::string& text,
                                                 const std::string& file = "s.json") {
  auto r = load_scenario_text(text, file);
  EXPECT_EQ(r.scenario.has_value(), r.errors.empty());
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.str());
  return out;
}

[[maybe_unused]] std::string only_error(const std::string& text) {
  auto e = errors(text);
  EXPECT_EQ(e.size(), 1u) << ::testing::PrintToString(e);
  return e.empty() ? "" : e[0];
}

fs::Scenario loaded(const std::string& text) {
  auto r = load_scenario_text(text, "s.json");
  for (const auto& e : r.errors) ADD_FAILURE() << e.str();
  return r.scenario ? *r.scenario : fs::Scenario{};
}

[[maybe_unused]] const fs::Op& op_at(const fs::Scenario& s, int list, std::size_t i) {
  return s.ops.at(static_cast<std::size_t>(s.lists.at(static_cast<std::size_t>(list)).ops.at(i)));
}

} // namespace
} // namespace fs::test::loader
