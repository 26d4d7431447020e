// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario a trace embeds, loaded in place: replaying a trace re-runs it,
// and a broken one must be reported where it stands in the trace file, not in
// a re-serialised copy (whose lines and columns the user cannot find).
#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/scenario/scenario_loader.h"
#include "core/support/gzip_stream.h"
#include "core/support/json_locate.h"

namespace fs {

ScenarioLoad load_trace_scenario(std::string_view trace_text, const std::string& file) {
  const size_t start = locate_json_pointer(trace_text, "/scenario");
  // Without a "scenario" member the root object is located instead: not a scenario.
  const bool found = start < trace_text.size() && trace_text[start] == '{' &&
                     start != locate_json_pointer(trace_text, "");
  if (!found) {
    ScenarioLoad out;
    auto [line, col] = line_col_of_offset(trace_text, start);
    out.errors.push_back(LoadError{file, line, col, "/scenario", "the trace embeds no scenario"});
    return out;
  }
  const size_t end = json_value_end(trace_text, start);
  ScenarioLoad load = load_scenario_text(trace_text.substr(start, end - start), file);
  // Positions are relative to the embedded text: shift them to the trace's.
  const auto [line0, col0] = line_col_of_offset(trace_text, start);
  for (LoadError& e : load.errors) {
    if (e.line == 1) e.col += col0 - 1;
    if (e.line > 0) e.line += line0 - 1;
    e.json_path = "/scenario" + e.json_path;
  }
  return load;
}

ScenarioLoad load_trace_scenario_file(const std::string& path) {
  // The writer puts the scenario before the events, so it is usually in the
  // first kilobytes of a file of any size: read a prefix that grows until
  // the "/scenario" value is complete in it (or the file ends). Offsets in a
  // prefix are the file's own, so the errors point into the file.
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  auto fail = [&](std::string why) {
    ScenarioLoad out;
    out.errors.push_back(LoadError{path, 0, 0, "", std::move(why)});
    return out;
  };
  if (!*file) return fail("cannot open " + path + ": " + std::strerror(errno));
  // A .json.gz trace is read through the inflater: positions are then those
  // of the decompressed JSON, as the trace reader reports them.
  char magic[2] = {0, 0};
  file->read(magic, 2);
  const bool gzip = starts_with_gzip_magic(std::string_view(magic, size_t(file->gcount())));
  file->clear();
  file->seekg(0);
  std::unique_ptr<std::istream> gz;
  if (gzip) gz = std::make_unique<GzipReader>(std::move(file), uint64_t{2} << 30);
  std::istream& in = gzip ? *gz : static_cast<std::istream&>(*file);
  std::string text;
  size_t want = size_t{1} << 16;
  for (;;) {
    const size_t old = text.size();
    text.resize(want);
    try {
      in.read(text.data() + old, static_cast<std::streamsize>(want - old));
    } catch (const GzipError& e) {
      return fail(path + ": " + e.message);
    }
    text.resize(old + static_cast<size_t>(in.gcount()));
    if (in.bad()) return fail("cannot read " + path + ": " + std::strerror(errno));
    const bool eof = text.size() < want;
    const size_t start = locate_json_pointer(text, "/scenario");
    if (eof || (start < text.size() && json_value_end(text, start) < text.size()))
      return load_trace_scenario(text, path);
    // A trace whose scenario comes after megabytes of events: bounded as
    // the reader's exact pass is.
    if (want >= (size_t{2} << 30))
      return fail("cannot load " + path + ": the trace is larger than 2 GiB");
    want *= 2;
  }
}

} // namespace fs
