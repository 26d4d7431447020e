// SPDX-License-Identifier: GPL-3.0-or-later
// "Did you mean ...?": the loader suggests the op a typo was meant to be,
// in the same words for the CLI and the app.
#include <array>
#include <string_view>

#include <gtest/gtest.h>

#include "core/scenario/scenario_loader.h"
#include "core/scenario/suggest.h"

namespace {

std::string first_error(const std::string& op) {
  const std::string doc = R"({"format": "forkscope-scenario", "version": 1, "title": "t",
    "processes": [{"name": "sh", "program": [{"op": ")" +
                          op + R"("}]}]})";
  const fs::ScenarioLoad r = fs::load_scenario_text(doc, "s.json");
  return r.errors.empty() ? std::string() : r.errors.front().message;
}

} // namespace

TEST(Suggest, EditDistanceCountsASwapAsOneEdit) {
  EXPECT_EQ(fs::edit_distance("frok", "fork"), 1u);
  EXPECT_EQ(fs::edit_distance("fork", "fork"), 0u);
  EXPECT_EQ(fs::edit_distance("", "exec"), 4u);
  EXPECT_EQ(fs::edit_distance("vfrok", "vfork"), 1u);
  EXPECT_EQ(fs::edit_distance("kitten", "sitting"), 3u);
}

TEST(Suggest, ClosestNameOnlyForPlausibleTypos) {
  constexpr std::array<std::string_view, 4> names{"fork", "vfork", "exec", "exit"};
  EXPECT_EQ(fs::closest_name("frok", names), "fork");
  EXPECT_EQ(fs::closest_name("Fork", names), "fork");
  EXPECT_EQ(fs::closest_name("vfrk", names), "vfork");
  EXPECT_EQ(fs::closest_name("exce", names), "exec");
  EXPECT_EQ(fs::closest_name("spawn", names), "");
  EXPECT_EQ(fs::closest_name("", names), "");
}

TEST(Suggest, LoaderSuggestsTheMeantOperation) {
  EXPECT_EQ(first_error("frok"), "unknown operation \"frok\"; did you mean \"fork\"?");
  EXPECT_EQ(first_error("vfrok14"), "unknown operation \"vfrok14\"; did you mean \"vfork14\"?");
  EXPECT_EQ(first_error("wiat"), "unknown operation \"wiat\"; did you mean \"wait\"?");
  EXPECT_EQ(first_error("teleport"), "unknown operation \"teleport\"");
}
