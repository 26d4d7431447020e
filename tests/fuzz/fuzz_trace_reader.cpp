// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the trace reader must refuse any malformed trace with one
// error, never crash, hang or read out of bounds - and its three paths must
// agree: the fast reader (with the exact reader as referee), the exact reader
// alone, and the exact reader over a stream (reached here through a gzip
// stream in memory, whose positions refer to the decompressed text).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "core/support/gzip_stream.h"
#include "core/trace/trace_io.h"

namespace {

bool same(const fs::TraceRead& a, const fs::TraceRead& b) {
  if (a.trace.has_value() != b.trace.has_value()) return false;
  if (a.error) return a.error->str() == b.error->str();
  return fs::trace_to_string(*a.trace) == fs::trace_to_string(*b.trace);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fs::TraceRead read = fs::read_trace_text(text, "fuzz.json");
  // The contract: a trace is set exactly when there is no error.
  if (read.trace.has_value() == read.error.has_value()) std::abort();
  if (read.error) (void)read.error->str();
  if (fs::starts_with_gzip_magic(text)) return 0;
  if (!same(read, fs::read_trace_text_exact(text, "fuzz.json"))) std::abort();
  std::ostringstream gz;
  {
    fs::GzipWriter w(gz, 1);
    w.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!w.finish()) std::abort();
  }
  if (!same(read, fs::read_trace_text(gz.str(), "fuzz.json"))) std::abort();
  return 0;
}
