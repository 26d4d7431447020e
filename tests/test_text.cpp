// SPDX-License-Identifier: GPL-3.0-or-later
// Engine texts: English by default, each template translated by the lookup,
// arguments substituted once and never re-scanned.
#include <gtest/gtest.h>

#include "core/text.h"

namespace {

using fs::render;
using fs::Text;
using fs::tr_text;

std::string german(const char* ctx, const std::string& s) {
  const std::string c = ctx;
  if (c == "Quiz" && s == "%1 returns %2") return "%1 liefert %2";
  if (c == "Quiz" && s == "the child") return "das Kind";
  if (c == "Quiz" && s == "%2 before %1") return "%2 vor %1";
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

} // namespace
