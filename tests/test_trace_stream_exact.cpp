// SPDX-License-Identifier: GPL-3.0-or-later
// Invalid trace files are refused in bounded memory: the exact reader over a
// stream (what a file above 32 MiB gets when the fast reader refuses it)
// must give the message, line:col and JSON pointer the whole-text exact
// reader gives - on the fuzz corpus, hand-made errors in every part of a
// trace, and hundreds of mutated traces - and a big invalid file must be
// refused without holding its text.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <tuple>

#include <gtest/gtest.h>

#include <unistd.h>

#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "core/trace/trace_io.h"
#include "support/rss_budget.h"
#include "support/test_support.h"

namespace fs {
namespace {

using test::slurp;
using test::source_path;

std::string trace_of(const std::string& scenario) {
  ScenarioLoad load = load_scenario_file(source_path("scenarios/" + scenario));
  EXPECT_TRUE(load.scenario.has_value()) << scenario;
  if (!load.scenario) return "";
  return trace_to_string(run_scenario(std::make_shared<const Scenario>(*load.scenario)).trace);
}

class TempFile {
public:
  explicit TempFile(const std::string& tag)
      : path_(std::filesystem::temp_directory_path() /
              ("fs-stream-" + tag + "-" + std::to_string(::getpid()) + ".json")) {}
  ~TempFile() { std::filesystem::remove(path_); }
  std::string write(const std::string& text) const {
    std::ofstream(path_, std::ios::binary) << text;
    return path_.string();
  }
  std::string path() const { return path_.string(); }

private:
  std::filesystem::path path_;
};

// The streaming exact reader on `text` (as a file) against the whole-text one.
bool expect_same_streamed(const TempFile& f, const std::string& text, const std::string& what) {
  const std::string path = f.write(text);
  const TraceRead streamed = read_trace_file_stream_exact(path);
  const TraceRead whole = read_trace_text_exact(text, path);
  EXPECT_EQ(streamed.trace.has_value(), whole.trace.has_value()) << what;
  if (streamed.trace.has_value() != whole.trace.has_value()) return false;
  if (whole.error)
    EXPECT_EQ(streamed.error->str(), whole.error->str()) << what;
  else
    EXPECT_EQ(trace_to_string(*streamed.trace), trace_to_string(*whole.trace)) << what;
  return !whole.error;
}

TEST(TraceStreamExact, AgreesOnTheFuzzCorpus) {
  TempFile f("corpus");
  int refused = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(source_path("tests/fuzz/corpus/trace")))
    refused +=
        !expect_same_streamed(f, slurp(entry.path().string()), entry.path().filename().string());
  EXPECT_GT(refused, 0);
}

// One error in each part of a trace, each with its own kind of position:
// syntax (byte offset), event fields (pointer into an event), top-level
// members checked early and late, the root, a BOM, number overflow.
TEST(TraceStreamExact, AgreesOnErrorsInEveryPartOfATrace) {
  const std::string base = trace_of("ptrace-fork.json");
  auto replaced = [&](const std::string& from, const std::string& to, size_t nth = 0) {
    size_t at = base.find(from);
    for (size_t i = 0; i < nth && at != std::string::npos; ++i) at = base.find(from, at + 1);
    EXPECT_NE(at, std::string::npos) << from;
    std::string t = base;
    return at == std::string::npos ? t : t.replace(at, from.size(), to);
  };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"bad seq", replaced("{\"seq\":40,", "{\"seq\":41,")},
      {"bad kind", replaced("\"kind\":\"sched\"", "\"kind\":\"schad\"", 3)},
      {"tick type", replaced("{\"seq\":12,\"tick\":", "{\"seq\":12,\"tick\":\"x\",\"t\":")},
      {"missing lid", replaced(",\"lid\":null", "", 5)},
      {"event not an object", replaced("{\"seq\":7,", "7,{\"seq\":7,")},
      {"syntax in an event", replaced("{\"seq\":30,", "{\"seq\":30,,")},
      {"syntax at the end", base.substr(0, base.size() - 3)},
      {"trailing text", base + "x"},
      {"bad format", replaced("\"forkscope-trace\"", "\"forkscope-trace2\"")},
      {"bad version", replaced("\"version\": 1,", "\"version\": 2,")},
      {"outcome field", replaced("\"result\":", "\"resalt\":")},
      {"outcome type", replaced("\"steps\": ", "\"steps\": -")},
      {"scenario type", replaced("\"scenario\": {", "\"scenario\": [{\"a\":1}],\"x\": {")},
      {"no events", replaced("\n  \"events\": [", "\n  \"evants\": [")},
      {"root not an object", "[" + base + "]"},
      {"bom", "\xEF\xBB\xBF" + replaced("{\"seq\":3,", "{\"seq\":4,")},
      {"number overflow", replaced("{\"seq\":20,\"tick\":", "{\"seq\":20,\"x\":1e999,\"tick\":")},
      {"unicode before the error", replaced("\"PTRACE_FORK: the", "\"\xC3\xA9\xC3\xA9 the") + "x"},
      {"long number", replaced("{\"seq\":21,\"tick\":",
                               "{\"seq\":21,\"x\":1" + std::string(400, '0') + ",\"tick\":")},
  };
  TempFile f("cases");
  for (const auto& [what, text] : cases) EXPECT_FALSE(expect_same_streamed(f, text, what)) << what;
}

// `text`, saved at `path`, read the four ways a trace is read: in memory by
// the fast reader (the exact one as referee) and by the exact one alone, over
// a stream by the exact one, and from the file as the app and the CLI read it.
std::vector<TraceRead> every_read(const std::string& text, const std::string& path) {
  std::vector<TraceRead> reads;
  reads.push_back(read_trace_text(text, path));
  reads.push_back(read_trace_text_exact(text, path));
  reads.push_back(read_trace_file_stream_exact(path));
  reads.push_back(read_trace_file(path));
  return reads;
}

// A NUL byte is never JSON, but nlohmann's lexer stops at one as at the end
// of its input: each path must refuse it where it lies - in memory (fast and
// exact), streamed from a file, and through gzip - and say "NUL byte".
TEST(TraceStreamExact, NulBytesAreRefusedWhereTheyLie) {
  const std::string base = trace_of("first-fork.json");
  ASSERT_FALSE(base.empty());
  const int last_line = static_cast<int>(std::count(base.begin(), base.end(), '\n')) + 1;
  std::string in_header = base;
  in_header.replace(in_header.find("\"version\": 1") + 12, 0, std::string("\0\0\0", 3));
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      // A file padded with zeros after the document (as a crash can leave it).
      {"zeros after the document", base + std::string("\0\0\0\0", 4),
       ":" + std::to_string(last_line) +
           ":1: expected the end of the file after the JSON value but found a NUL byte"},
      {"zeros then text after the document", base + std::string("\0{\"x\": 1}", 10),
       ":" + std::to_string(last_line) +
           ":1: expected the end of the file after the JSON value but found a NUL byte"},
      // Inside the header: "version": 1<NUL> would be read as 1 by nlohmann
      // alone (a fuzz finding: the fast reader accepted it).
      {"zeros after a header number", in_header,
       ":3:15: syntax error while parsing object - unexpected NUL byte; expected '}'"},
  };
  TempFile f("nul");
  for (const auto& [what, text, message] : cases) {
    const std::string path = f.write(text);
    for (const TraceRead& r : every_read(text, path)) {
      ASSERT_TRUE(r.error) << what;
      EXPECT_EQ(r.error->str(), path + message) << what;
    }
  }
}

// A top-level member given twice: nlohmann would keep the last, after the
// events of each had been read. Every path refuses it at the repeated key
// (a fuzz finding: the two exact readers located the error in different
// "events" members).
TEST(TraceStreamExact, ARepeatedTopLevelKeyIsRefusedAtTheRepeat) {
  const std::string base = trace_of("first-fork.json");
  const size_t events = base.find("\n  \"events\": [");
  const size_t outcome = base.find("\n  \"outcome\": {");
  ASSERT_NE(events, std::string::npos);
  ASSERT_NE(outcome, std::string::npos);
  auto line_of = [](const std::string& t, size_t at) {
    return std::to_string(std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(at), '\n') +
                          1);
  };
  // "events": "x" before the real events; the outcome again after itself.
  const std::string twice_events =
      base.substr(0, events) + "\n  \"events\": \"x\"," + base.substr(events);
  const std::string twice_outcome =
      base.substr(0, base.rfind('}')) + ",\n  \"outcome\": {\"result\": \"completed\"}\n}\n";
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"events twice", twice_events,
       ":" +
           line_of(twice_events,
                   events + 1 + twice_events.substr(events + 1).find("\"events\": [") + 1) +
           ":3: duplicate key \"events\""},
      {"outcome twice", twice_outcome,
       ":" + line_of(twice_outcome, twice_outcome.rfind("\"outcome\"")) +
           ":3: duplicate key \"outcome\""},
  };
  TempFile f("dup");
  for (const auto& [what, text, message] : cases) {
    const std::string path = f.write(text);
    for (const TraceRead& r : every_read(text, path)) {
      ASSERT_TRUE(r.error) << what;
      EXPECT_EQ(r.error->str(), path + message) << what;
    }
  }
}

// A byte order mark starts a file, never a value: nlohmann would skip one at
// the start of a member's text that the fast reader hands it (a fuzz
// finding). Every path refuses it, and the byte that is not UTF-8 on its own
// is shown as <0xEF> so that the message stays text.
TEST(TraceStreamExact, AByteOrderMarkBeforeAMemberIsRefused) {
  std::string text = trace_of("first-fork.json");
  const size_t outcome = text.find("\"outcome\": {");
  ASSERT_NE(outcome, std::string::npos);
  text.insert(outcome + 11, "\xEF\xBB\xBF");
  const std::string line = std::to_string(
      std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(outcome), '\n') + 1);
  TempFile f("bom");
  const std::string path = f.write(text);
  for (const TraceRead& r : every_read(text, path)) {
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->str(), path + ":" + line +
                                  ":14: /outcome: syntax error while parsing value - invalid "
                                  "literal; last read: '\"outcome\": <0xEF>'");
  }
}

// Errors located by their JSON pointer alone - a number too large for a
// double (nlohmann gives no byte for it), a root of the wrong type - with no
// span of a member or event to start from: over a stream the pointer is
// walked from the start of the file as the whole-text reader walks it.
TEST(TraceStreamExact, AnErrorOutsideAnyMemberIsLocatedAsInMemory) {
  const std::vector<std::tuple<std::string, std::string>> cases = {
      {"[1e999]", ":1:2: /0: number overflow parsing '1e999'"},
      {"[0, [1,\n  [2, 1e999]]]", ":2:7: /1/1/1: number overflow parsing '1e999'"},
      // The root, after more whitespace than the first read-back holds.
      {std::string(5000, ' ') + "[]", ":1:5001: a trace must be a JSON object"},
  };
  TempFile f("overflow");
  for (const auto& [text, message] : cases) {
    const std::string path = f.write(text);
    for (const TraceRead& r : every_read(text, path)) {
      ASSERT_TRUE(r.error) << text;
      EXPECT_EQ(r.error->str(), path + message) << text;
    }
  }
}

// nlohmann quotes what its lexer read for the failing token, whitespace and
// all: only its end is kept.
TEST(TraceStreamExact, ALongExcerptKeepsItsEnd) {
  const std::string base = trace_of("first-fork.json");
  const std::string text = "{" + std::string(500, '\n') + "*" + base.substr(1);
  const TraceRead r = read_trace_text(text, "t.json");
  ASSERT_TRUE(r.error);
  const std::string expected_tail =
      "invalid literal; last read: '...<U+000A><U+000A><U+000A><U+000A><U+000A><U+000A>"
      "<U+000A><U+000A><U+000A><U+000A><U+000A><U+000A><U+000A><U+000A><U+000A>*'; "
      "expected string literal";
  EXPECT_TRUE(r.error->message.ends_with(expected_tail)) << r.error->message;
  EXPECT_LT(r.error->message.size(), 220u) << r.error->message;
}

std::string first_events(const std::string& text, size_t n) {
  const size_t start = text.find("\n{\"seq\":");
  size_t end = start;
  for (size_t i = 0; i < n && end != std::string::npos; ++i) end = text.find('\n', end + 1);
  const size_t outcome = text.find("\n],\n  \"outcome\"");
  if (start == std::string::npos || end == std::string::npos || outcome == std::string::npos ||
      end > outcome)
    return text;
  std::string cut = text.substr(0, end);
  if (cut.back() == ',') cut.pop_back();
  return cut + text.substr(outcome);
}

// The mutated-trace corpus of the fast reader's referee test, through files.
TEST(TraceStreamExact, AgreesOnMutatedTraces) {
  const std::string bases[] = {first_events(trace_of("ptrace-fork.json"), 60),
                               first_events(trace_of("kqueue-track.json"), 60),
                               first_events(trace_of("wait-options.json"), 60)};
  std::mt19937_64 rng(20261203);
  const std::string alphabet = "{}[]\":,\\ \n0123456789-+.eEtrufalsn/u\x7f\xc3\xa9\xff\x01";
  TempFile f("mutated");
  int refused = 0;
  for (int i = 0; i < 500; ++i) {
    std::string text = bases[i % 3];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < edits; ++k) {
      const size_t at = rng() % text.size();
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
      case 0: text[at] = c; break;
      case 1: text.erase(at, 1); break;
      default: text.insert(at, 1, c); break;
      }
    }
    refused += !expect_same_streamed(f, text, "mutation " + std::to_string(i));
    if (HasFailure()) break;
  }
  EXPECT_GT(refused, 300);
}

// A long valid trace of `mb` MiB (fork-bomb-8cpu's events over and over,
// renumbered) with one wrong value in event `bad` (or in the very last event
// when bad is 0). Returns the line and column of the wrong value.
std::pair<int, int> write_long_trace(const std::string& path, uint64_t mb, uint64_t bad) {
  const std::string base = trace_of("fork-bomb-8cpu.json");
  const size_t start = base.find("\n{\"seq\":") + 1;
  const size_t outcome = base.find("\n],\n  \"outcome\"");
  // The events end where "step_cpus" begins; the long trace leaves it out
  // (it is optional) and goes on with the outcome.
  const size_t step_cpus = base.find("\n],\n  \"step_cpus\"");
  const size_t events_end = step_cpus != std::string::npos ? step_cpus : outcome;
  std::vector<std::string> ev; // each event from "tick" on, split at its step
  std::vector<std::pair<uint64_t, uint64_t>> tick_step;
  {
    std::istringstream in(base.substr(start, events_end - start));
    for (std::string l; std::getline(in, l);) {
      const size_t t0 = l.find("\"tick\":") + 7, s0 = l.find("\"step\":") + 7;
      const size_t s1 = l.find(',', s0);
      tick_step.emplace_back(std::stoull(l.substr(t0)), std::stoull(l.substr(s0)));
      ev.push_back(l.substr(s1));
      if (ev.back().back() != ',') ev.back() += ',';
    }
  }
  std::ofstream out(path, std::ios::binary);
  out << base.substr(0, start);
  int line = static_cast<int>(std::count(base.begin(), base.begin() + start, '\n')) + 1;
  uint64_t seq = 0, written = 0, step_base = 0, tick_base = 0;
  std::string chunk;
  auto bad_event = [&] {
    return "{\"seq\":" + std::to_string(seq) + ",\"tick\":" + std::to_string(tick_base) +
           ",\"step\":" + std::to_string(step_base) +
           ",\"cpu\":null,\"pid\":null,\"lid\":null,\"kind\":\"log\",\"text\":7}";
  };
  while (written < (mb << 20)) {
    for (size_t i = 0; i < ev.size(); ++i) {
      if (bad != 0 && seq == bad) {
        out << chunk << bad_event() << ",\n";
        return {line, static_cast<int>(bad_event().find(":7}")) + 2};
      }
      chunk += "{\"seq\":" + std::to_string(seq++) +
               ",\"tick\":" + std::to_string(tick_base + tick_step[i].first) +
               ",\"step\":" + std::to_string(step_base + tick_step[i].second) + ev[i] + "\n";
      ++line;
    }
    step_base += tick_step.back().second + 1, tick_base += tick_step.back().first + 1;
    written += chunk.size();
    out << chunk;
    chunk.clear();
  }
  out << bad_event() << base.substr(outcome);
  return {line, static_cast<int>(bad_event().find(":7}")) + 2};
}

// A 24 MiB trace with an error in its last event, through the streaming
// exact reader (what a file above 32 MiB gets; forced here to keep the
// Debug test short): the exact position (the event's line and column) while
// the process's peak memory grows by far less than the file - the old
// reader held the whole text (and refused above 2 GiB).
TEST(TraceStreamExact, LargeInvalidFileIsRefusedInBoundedMemory) {
  if (peak_rss_mb() < 0) GTEST_SKIP() << "no /proc/self/status";
  TempFile f("large");
  const auto [line, col] = write_long_trace(f.path(), 24, 0);
  const uint64_t size = std::filesystem::file_size(f.path());
  const long before = current_rss_mb();
  reset_peak_rss();
  const TraceRead r = read_trace_file_stream_exact(f.path());
  const long growth = peak_rss_mb() - before;
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->line, line) << r.error->str();
  EXPECT_EQ(r.error->col, col) << r.error->str();
  EXPECT_EQ(r.error->json_path.substr(r.error->json_path.rfind('/')), "/text");
  EXPECT_EQ(r.error->message, "expected a string");
  // The Trace of the valid part is built and dropped (~20 bytes an event)
  // plus windows of a few MiB; the text itself is never held.
  // Holding the text alone would add the whole file; the exact DOM reader
  // took about ten times it.
  if (kRssBudgetMeasurable) {
    EXPECT_LT(growth, static_cast<long>(size >> 20) * 3 / 4) << growth << " MiB";
  }
}

// A 300 MiB trace with an error early on: refused as soon as the error is
// read, with its position, without reading (or holding) the rest.
TEST(TraceStreamExact, HugeFileWithAnEarlyErrorIsRefusedAtOnce) {
  if (peak_rss_mb() < 0) GTEST_SKIP() << "no /proc/self/status";
  TempFile f("huge");
  write_long_trace(f.path(), 300, 0);
  // The same file with event 5,000 spoilt in place (same length).
  std::string head(size_t{1} << 20, '\0');
  {
    std::ifstream in(f.path(), std::ios::binary);
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
  }
  const size_t at = head.find("{\"seq\":5000,");
  ASSERT_NE(at, std::string::npos);
  const size_t kind = head.find("\"kind\":\"", at) + 8;
  {
    std::fstream io(f.path(), std::ios::binary | std::ios::in | std::ios::out);
    io.seekp(static_cast<std::streamoff>(kind));
    io.put('X');
  }
  const int line = static_cast<int>(std::count(head.begin(), head.begin() + at, '\n')) + 1;
  const long before = current_rss_mb();
  reset_peak_rss();
  const TraceRead r = read_trace_file(f.path());
  const long growth = peak_rss_mb() - before;
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->line, line) << r.error->str();
  EXPECT_EQ(r.error->json_path, "/events/5000/kind");
  EXPECT_EQ(r.error->message.substr(0, 15), "unknown value \"") << r.error->str();
  if (kRssBudgetMeasurable) {
    EXPECT_LT(growth, 64) << growth << " MiB";
  }
}

} // namespace
} // namespace fs
