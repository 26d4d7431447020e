// SPDX-License-Identifier: GPL-3.0-or-later
// Compressed traces: a name ending in .gz is written as gzip (forkscope and
// Chrome formats), and reading recognises gzip by its magic bytes whatever
// the name. Broken gzip streams (truncated, corrupt, a decompression bomb)
// are refused with a message naming the file; JSON errors inside a gzip
// stream are positioned in the decompressed text.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include <unistd.h>

#include "core/runner.h"
#include "core/scenario/scenario_loader.h"
#include "core/support/gzip_stream.h"
#include "core/trace/trace_io.h"
#include "support/rss_budget.h"
#include "support/test_support.h"

namespace fs {
namespace {

using test::slurp;
using test::source_path;

void spit(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string gunzip(const std::string& bytes) {
  GzipReader in(std::make_unique<std::istringstream>(bytes), uint64_t{1} << 32);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string gzip(const std::string& text) {
  std::ostringstream out;
  GzipWriter gz(out);
  gz << text;
  EXPECT_TRUE(gz.finish());
  return out.str();
}

Trace run_of(const std::string& scenario) {
  ScenarioLoad load = load_scenario_file(source_path("scenarios/" + scenario));
  EXPECT_TRUE(load.scenario.has_value()) << scenario;
  return run_scenario(std::make_shared<const Scenario>(*load.scenario)).trace;
}

class TraceGzip : public ::testing::Test {
protected:
  std::string path(const std::string& name) {
    const std::string p = (std::filesystem::temp_directory_path() /
                           ("fs-gz-" + std::to_string(::getpid()) + "-" + name))
                              .string();
    made_.push_back(p);
    return p;
  }
  void TearDown() override {
    for (const std::string& p : made_) std::filesystem::remove(p);
  }
  std::vector<std::string> made_;
};

TEST_F(TraceGzip, SavedByExtensionAndReadBackIdentically) {
  const Trace t = run_of("fork-bomb-8cpu.json");
  const std::string text = trace_to_string(t);
  const std::string gz = path("t.json.gz");
  ASSERT_EQ(save_trace_file(gz, t), "");
  const std::string bytes = slurp(gz);
  ASSERT_TRUE(starts_with_gzip_magic(bytes));
  EXPECT_LT(bytes.size() * 5, text.size()); // it is compressed
  EXPECT_EQ(gunzip(bytes), text);
  const TraceRead r = read_trace_file(gz);
  ASSERT_TRUE(r.trace) << r.error->str();
  EXPECT_EQ(trace_to_string(*r.trace), text);

  // The Chrome export too, and a plain name stays plain.
  const std::string chrome = path("c.json.GZ");
  ASSERT_EQ(save_chrome_trace_file(chrome, t), "");
  std::ostringstream expected;
  write_chrome_trace(expected, t);
  EXPECT_EQ(gunzip(slurp(chrome)), expected.str());
  const std::string plain = path("t.json");
  ASSERT_EQ(save_trace_file(plain, t), "");
  EXPECT_EQ(slurp(plain), text);
}

TEST_F(TraceGzip, RecognisedByMagicBytesWhateverTheName) {
  const Trace t = run_of("ptrace-fork.json");
  const std::string text = trace_to_string(t);
  const std::string p = path("no-extension.trace");
  spit(p, gzip(text));
  const TraceRead r = read_trace_file(p);
  ASSERT_TRUE(r.trace) << r.error->str();
  EXPECT_EQ(trace_to_string(*r.trace), text);
  const TraceRead m = read_trace_text(gzip(text), "mem.json");
  ASSERT_TRUE(m.trace) << m.error->str();
  EXPECT_EQ(trace_to_string(*m.trace), text);
  // Concatenated members read as one stream (what `cat a.gz b.gz` gives).
  const size_t half = text.size() / 2;
  spit(p, gzip(text.substr(0, half)) + gzip(text.substr(half)));
  const TraceRead c = read_trace_file(p);
  ASSERT_TRUE(c.trace) << c.error->str();
  EXPECT_EQ(trace_to_string(*c.trace), text);
}

// Positions in errors refer to the decompressed JSON: the same message,
// line:col and pointer as for the plain file.
TEST_F(TraceGzip, JsonErrorsArePositionedInTheDecompressedText) {
  std::string text = trace_to_string(run_of("ptrace-fork.json"));
  for (auto [from, to] : {std::pair<std::string, std::string>{"{\"seq\":40,", "{\"seq\":41,"},
                          {"\"kind\":\"sched\"", "\"kind\":\"schad\""},
                          {"\"result\":", "\"resalt\":"}}) {
    std::string bad = text;
    bad.replace(bad.find(from), from.size(), to);
    const std::string p = path("bad.json.gz");
    spit(p, gzip(bad));
    const TraceRead r = read_trace_file(p);
    ASSERT_TRUE(r.error) << from;
    EXPECT_EQ(r.error->str(), read_trace_text_exact(bad, p).error->str());
  }
}

TEST_F(TraceGzip, TruncatedAndCorruptStreamsAreRefusedByName) {
  const std::string text = trace_to_string(run_of("ptrace-fork.json"));
  const std::string gz = gzip(text);
  const std::string p = path("broken.json.gz");

  spit(p, gz.substr(0, gz.size() / 2)); // truncated
  TraceRead r = read_trace_file(p);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->str(), p + ": the gzip stream is truncated (it ends before its end marker)");

  spit(p, gz.substr(0, gz.size() - 4)); // only the length of the trailer is missing
  r = read_trace_file(p);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "the gzip stream is truncated (it ends before its end marker)");

  std::string bad_crc = gz; // the data decodes; its checksum does not match
  bad_crc[bad_crc.size() - 8] ^= 0x55;
  spit(p, bad_crc);
  r = read_trace_file(p);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->str(), p + ": corrupt gzip data (incorrect data check)");

  std::string bad_method = gz; // byte 2: the compression method (8 = deflate)
  bad_method[2] = 7;
  spit(p, bad_method);
  r = read_trace_file(p);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->str(), p + ": corrupt gzip data (unknown compression method)");

  std::string garbage = gz; // damage inside the deflate data: refused either way
  for (size_t i = gz.size() / 3; i < gz.size() / 3 + 64; ++i) garbage[i] ^= 0xa5;
  spit(p, garbage);
  r = read_trace_file(p);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->file, p);
}

// A ~1 MB file that expands to 1 GiB (whitespace inside a trace): refused
// once it passes 256x its size, in bounded memory, with the limit named.
TEST_F(TraceGzip, DecompressionBombIsRefusedAtItsLimit) {
  const std::string text = trace_to_string(run_of("first-fork.json"));
  const size_t events = text.find("\"events\": [") + 11;
  const std::string p = path("bomb.json.gz");
  {
    std::ofstream file(p, std::ios::binary);
    GzipWriter gz(file, 9);
    gz << text.substr(0, events);
    const std::string spaces(size_t{1} << 20, ' ');
    for (int i = 0; i < 1024; ++i) gz << spaces;
    gz << text.substr(events);
    ASSERT_TRUE(gz.finish());
  }
  const uint64_t size = std::filesystem::file_size(p);
  ASSERT_LT(size, uint64_t{2} << 20);
  const long before = current_rss_mb();
  reset_peak_rss();
  const TraceRead r = read_trace_file(p);
  const long growth = peak_rss_mb() - before;
  ASSERT_TRUE(r.error);
  const uint64_t limit_mb = std::max<uint64_t>(64, (size * 256) >> 20);
  EXPECT_EQ(r.error->str(), p + ": the gzip stream decompresses to more than " +
                                std::to_string(limit_mb) +
                                " MiB (256 times its size, at least 64 MiB): refused as a "
                                "likely decompression bomb");
  if (before > 0 && kRssBudgetMeasurable) {
    EXPECT_LT(growth, 64) << growth << " MiB";
  }
}

// Progress counts the compressed file's bytes, up to its size.
TEST_F(TraceGzip, ProgressCountsTheCompressedBytes) {
  const Trace t = run_of("fork-bomb-8cpu.json");
  const std::string p = path("progress.json.gz");
  ASSERT_EQ(save_trace_file(p, t), "");
  const uint64_t size = std::filesystem::file_size(p);
  uint64_t last = 0;
  const TraceRead r = read_trace_file(p, [&](uint64_t done, uint64_t total) {
    EXPECT_EQ(total, size);
    EXPECT_LE(done, size);
    EXPECT_GE(done, last);
    last = done;
    return true;
  });
  ASSERT_TRUE(r.trace) << r.error->str();
  EXPECT_EQ(last, size);
  const TraceRead c = read_trace_file(p, [](uint64_t, uint64_t) { return false; });
  EXPECT_TRUE(c.cancelled);
}

} // namespace
} // namespace fs
