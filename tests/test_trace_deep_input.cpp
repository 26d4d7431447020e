// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile traces (issue #10): nesting deep enough to overflow the stack of
// any recursive copy, dump or destructor is refused while parsing, with the
// file's line:col and JSON path, at the same bound as scenario files; and the
// scenario a trace embeds is reported where it stands in the trace.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/scenario/scenario_loader.h"
#include "core/support/json_locate.h"
#include "core/support/json_pos.h"
#include "core/trace/trace_io.h"
#include "support/kernel_checks.h"

namespace fs::test {
namespace {

std::string nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string small_trace() {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[{"op":"fork","child":[]},
                                                            {"op":"wait","pid":"any"}]}])"));
  return trace_to_string(r.trace);
}

std::string deep_message() { return "nesting deeper than " + std::to_string(kJsonMaxDepth); }

TEST(TraceDeepInput, DeepArrayInsideTheDocumentIsRefused) {
  const std::string text = R"({"format":"forkscope-trace","version":1,"x":)" + nested(150000) + "}";
  const TraceRead r = read_trace_text(text, "deep.json");
  ASSERT_TRUE(r.error);
  EXPECT_FALSE(r.trace);
  EXPECT_EQ(r.error->message, deep_message());
  EXPECT_EQ(r.error->file, "deep.json");
  EXPECT_EQ(r.error->line, 1);
  // At the bracket one too deep: the root object and 199 arrays are allowed.
  EXPECT_EQ(r.error->col, 44 + kJsonMaxDepth);
  EXPECT_EQ(r.error->json_path.rfind("/x/0/0/0", 0), 0u) << r.error->json_path;
}

// The path is cut after 32 levels, so it cannot lead to the error: each read
// path names the bracket itself (a fuzz finding: a root array too deep was
// placed at the cut path's 1:33 in memory and at 1:1 over a stream).
TEST(TraceDeepInput, TooDeepIsLocatedAtTheBracketByEveryPath) {
  const std::string text = nested(300);
  const std::string path = (std::filesystem::temp_directory_path() / "fs-deep-root.json").string();
  std::ofstream(path, std::ios::binary) << text;
  for (const TraceRead& r : {read_trace_text(text, path), read_trace_text_exact(text, path),
                             read_trace_file_stream_exact(path), read_trace_file(path)}) {
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->message, deep_message());
    EXPECT_EQ(r.error->line, 1);
    EXPECT_EQ(r.error->col, kJsonMaxDepth + 1);
  }
  std::filesystem::remove(path);
}

TEST(TraceDeepInput, DeepSyscallArgsAreRefused) {
  std::string text = small_trace();
  const size_t args = text.find("\"args\":");
  ASSERT_NE(args, std::string::npos);
  const size_t value = args + 7;
  const size_t end = json_value_end(text, value);
  text.replace(value, end - value, nested(100000));
  const TraceRead r = read_trace_text(text, "args.json");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, deep_message());
  EXPECT_EQ(r.error->json_path.rfind("/events/", 0), 0u) << r.error->json_path;
  EXPECT_NE(r.error->json_path.find("/args/0/0"), std::string::npos) << r.error->json_path;
}

TEST(TraceDeepInput, DeepEmbeddedScenarioIsRefused) {
  std::string text = small_trace();
  const size_t sc = locate_json_pointer(text, "/scenario/title");
  const size_t end = json_value_end(text, sc);
  text.replace(sc, end - sc, nested(50000));
  const TraceRead r = read_trace_text(text, "sc.json");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, deep_message());
  EXPECT_EQ(r.error->json_path.rfind("/scenario/title/0", 0), 0u) << r.error->json_path;
}

// Below the bound, nesting is fine and survives a round trip.
TEST(TraceDeepInput, NestingWithinTheBoundStillReads) {
  std::string text = small_trace();
  const size_t args = text.find("\"args\":") + 7;
  text.replace(args, json_value_end(text, args) - args,
               "{\"deep\":" + nested(kJsonMaxDepth - 10) + "}");
  const TraceRead r = read_trace_text(text, "ok.json");
  ASSERT_FALSE(r.error) << r.error->str();
  EXPECT_TRUE(r.trace);
}

// The app replays a trace by loading its embedded scenario: an error there is
// named at the trace file's own line:col, with the JSON path inside the trace.
TEST(TraceEmbeddedScenario, ErrorsPointIntoTheTraceFile) {
  std::string text = small_trace();
  const size_t op = text.find("\"fork\"", locate_json_pointer(text, "/scenario"));
  ASSERT_NE(op, std::string::npos);
  text.replace(op, 6, "\"frok\"");
  const ScenarioLoad load = load_trace_scenario(text, "saved.json");
  ASSERT_FALSE(load.scenario);
  ASSERT_FALSE(load.errors.empty());
  const LoadError& e = load.errors.front();
  const auto [line, col] = line_col_of_offset(text, op);
  EXPECT_EQ(e.file, "saved.json");
  EXPECT_EQ(e.line, line);
  EXPECT_EQ(e.col, col);
  EXPECT_EQ(e.json_path, "/scenario/processes/0/program/0/op");
  EXPECT_NE(e.message.find("frok"), std::string::npos) << e.message;
}

TEST(TraceEmbeddedScenario, AnIntactTraceLoadsItsScenario) {
  const std::string text = small_trace();
  const ScenarioLoad load = load_trace_scenario(text, "saved.json");
  ASSERT_TRUE(load.scenario) << load.errors.front().str();
  EXPECT_EQ(load.scenario->processes.size(), 1u);
}

// The app reads the embedded scenario from the file, only as far as it goes:
// a trace of megabytes is not read a second time whole.
std::string write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

std::string long_trace() {
  RunResult r = run_ok(doc("{}", R"([{"name":"p","program":[{"op":"repeat","count":300,
      "body":[{"op":"fork","child":[]},{"op":"wait","pid":"any"}]}]}])"));
  return trace_to_string(r.trace);
}

TEST(TraceEmbeddedScenario, FromAFileOnlyItsBeginningIsRead) {
  const std::string text = long_trace();
  ASSERT_GT(text.size(), size_t{256} << 10); // several times the first read (64 KiB)
  // Cut the file in the middle of its events: the scenario still loads.
  const std::string path = write_temp("fs_cut_trace.json", text.substr(0, text.size() / 2));
  const ScenarioLoad load = load_trace_scenario_file(path);
  std::remove(path.c_str());
  ASSERT_TRUE(load.scenario) << load.errors.front().str();
  EXPECT_EQ(load.scenario->processes.size(), 1u);
}

TEST(TraceEmbeddedScenario, FromAFileErrorsAreTheWholeTextsErrors) {
  std::string text = long_trace();
  const size_t op = text.find("\"fork\"", locate_json_pointer(text, "/scenario"));
  text.replace(op, 6, "\"frok\"");
  const std::string path = write_temp("fs_frok_trace.json", text);
  const ScenarioLoad fromFile = load_trace_scenario_file(path);
  const ScenarioLoad whole = load_trace_scenario(text, path);
  std::remove(path.c_str());
  ASSERT_FALSE(fromFile.scenario);
  ASSERT_EQ(fromFile.errors.size(), whole.errors.size());
  EXPECT_EQ(fromFile.errors.front().str(), whole.errors.front().str());
  const auto [line, col] = line_col_of_offset(text, op);
  EXPECT_EQ(fromFile.errors.front().line, line);
  EXPECT_EQ(fromFile.errors.front().col, col);
}

TEST(TraceEmbeddedScenario, FromAFileWithoutAScenarioSaysSo) {
  const std::string path =
      write_temp("fs_noscenario.json", R"({"format":"forkscope-trace","version":1,"events":[]})");
  const ScenarioLoad load = load_trace_scenario_file(path);
  std::remove(path.c_str());
  ASSERT_FALSE(load.scenario);
  ASSERT_FALSE(load.errors.empty());
  EXPECT_EQ(load.errors.front().json_path, "/scenario");
}

} // namespace
} // namespace fs::test
