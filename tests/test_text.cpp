// SPDX-License-Identifier: GPL-3.0-or-later
// Engine texts: English by default, each template translated by the lookup,
// arguments substituted once and never re-scanned.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "core/scenario/scenario_loader.h"
#include "core/support/text.h"
#include "core/timeline.h"

namespace {

using fs::render;
using fs::Text;
using fs::tr_text;

std::string german(const char* ctx, const std::string& s) {
  const std::string c = ctx;
  if (c == "Quiz" && s == "%1 returns %2") return "%1 liefert %2";
  if (c == "Quiz" && s == "the child") return "das Kind";
  if (c == "Quiz" && s == "%2 before %1") return "%2 vor %1";
  if (c == "Changes" && s == "%1 created, %2") return "%1 erzeugt, %2";
  if (c == "Changes" && s == "pid %1 (%2)") return "PID %1 (%2)";
  return s;
}

TEST(Text, EnglishSubstitutesArgumentsInOrder) {
  const Text t = tr_text("Quiz", "%1 returns %2", {"fork()", "0"});
  EXPECT_EQ(t.english(), "fork() returns 0");
}

TEST(Text, LookupTranslatesEveryNestedTemplateButNotVerbatimArguments) {
  const Text t = tr_text("Quiz", "%1 returns %2", {tr_text("Quiz", "the child"), "EAGAIN"});
  EXPECT_EQ(render(t, german), "das Kind liefert EAGAIN");
  EXPECT_EQ(t.english(), "the child returns EAGAIN");
}

TEST(Text, TranslationMayReorderPlaceholders) {
  const Text t = tr_text("Quiz", "%2 before %1", {"a", "b"});
  EXPECT_EQ(t.english(), "b before a");
  EXPECT_EQ(render(t, german), "b vor a");
}

TEST(Text, ArgumentsAreNotScannedForPlaceholders) {
  // A process may well be called "%2": its name must come out as it is.
  const Text t = tr_text("Quiz", "%1 returns %2", {"%2", "50%1"});
  EXPECT_EQ(t.english(), "%2 returns 50%1");
}

TEST(Text, PercentSignsWithoutAnArgumentStay) {
  EXPECT_EQ(tr_text("Quiz", "100% of %1, %3 and %x", {"CPU 0"}).english(),
            "100% of CPU 0, %3 and %x");
  EXPECT_EQ(Text("verbatim %1").english(), "verbatim %1");
}

TEST(Text, VerbatimTextIsNeverLookedUp) {
  const Text t("the child"); // same words as a template, but no context
  EXPECT_EQ(render(t, german), "the child");
}

TEST(Text, JoinKeepsEachPartsTranslationWithoutAnArgumentLimit) {
  std::vector<Text> parts;
  for (int i = 1; i <= 12; ++i) parts.push_back(std::to_string(i));
  parts.push_back(tr_text("Quiz", "the child"));
  EXPECT_EQ(fs::join(parts, ", ").english(), "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, the child");
  EXPECT_EQ(render(fs::join(parts, ", "), german),
            "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, das Kind");
  EXPECT_TRUE(fs::join({}, ", ").empty());
}

// The "what changed" lines of the step that creates first-fork's child: the
// kernel's words (SIDL, nprocs) stay, the sentence around them translates.
TEST(Text, ChangeLinesOfAForkTranslateAroundKernelNames) {
  fs::ScenarioLoad load =
      fs::load_scenario_file(std::string(FORKSCOPE_SOURCE_DIR) + "/scenarios/first-fork.json");
  ASSERT_TRUE(load.scenario);
  fs::Timeline tl(std::make_shared<const fs::Scenario>(std::move(*load.scenario)));
  uint64_t step = 1;
  while (step <= tl.total_steps() && tl.state_at(step).proc(3) == nullptr) ++step;
  ASSERT_LE(step, tl.total_steps()) << "the child (pid 3) is never created";
  std::vector<std::string> english, translated;
  for (const Text& line : fs::describe_changes(tl.state_at(step - 1), tl.state_at(step))) {
    english.push_back(line.english());
    translated.push_back(render(line, german));
  }
  const auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  EXPECT_TRUE(has(english, "pid 3 (child) created, SIDL")) << ::testing::PrintToString(english);
  EXPECT_TRUE(has(translated, "PID 3 (child) erzeugt, SIDL"))
      << ::testing::PrintToString(translated);
}

} // namespace
